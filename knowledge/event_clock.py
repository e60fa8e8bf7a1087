"""A clock question about an event of the round that is not the application ('线上那场宣讲会还能报名吗', '公示今天刚挂出来，
异议最晚哪天交'): the notice's sentences on that event's own time are the answer, never the application's deadline
(which would say “还来得及” of a sign-up that closed yesterday). A mixin of Answerer (uses its recall index)."""

from __future__ import annotations

import datetime as dt
import re

from .model import Clause
from .phrasing import Section
from .recall import terms
from .table_cells import numbered_row
from .values import lazy

_EVENT = lazy(r"宣讲|培训会|培训班|说明会|座谈会|观摩|答辩|路演|异议|公示期|场次|那场|哪场|这场|第[一二三四五六七八九十\d]场")
# Whether it may still be done, or by when ('还能报名吗', '异议最晚哪天交', '12点半过去交行吗'); not when it takes place ('几点开始').
_CLOCKY = lazy(r"还能|还可以|来得及|来不及|赶得上|截止|截至|最晚|最迟|还行|算数|有效吗|行吗|可以吗|\bstill\b|\bdeadline\b", 0)
_APPLICATION = lazy(r"申报材料|网上申报|在线申报|填报|纸质|申报书|申报系统|申报平台|提交申报|报送材料")
_HOUR_ASKED, _HHMM = lazy(r"\d{1,2}\s*点|几点|上午|下午|中午|晚上"), lazy(r"\d{1,2}\s*[:：]\s*\d{2}")
_DAY_ASKED, _DAY_SAID = lazy(r"哪天|几号|最晚|最迟|截止|最后一天"), lazy(r"期内|最后一日|截止|\d{1,2}\s*月\s*\d{1,2}\s*日|个工作日")
_DAY_NAMED = lazy(r"(?:明天|后天|大后天|下周.|\d{1,2}\s*[号日])\s*(?:再|才|就)?\s*(?:能|还能|可以)?\s*(?:交|发|报|送|提交|递交|寄|去)")
_SESSION = lazy(r"第[一二三四五六七八九十\d]场")
_DUE = lazy(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(][^）)]{1,6}[）)])?\s*(\d{1,2}\s*[:：]\s*\d{2})?\s*(?:前|之前|截止)?")
_TIMED = lazy(r"期内|最后一日|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*[:：]\s*\d{2}|个工作日|前[一二两三\d]天|次日")


class EventClock:
    """Uses the answerer's recall index."""

    def _event_times(self, norm: str, compact: str) -> list[Clause]:
        """The notice's sentences on the time of the event a clock question is about, or [] when it asks of the application."""
        m = _EVENT.search(norm)
        steps = [re.sub(r"报送|提交|截止|时间|材料", "", x.label) for x in (self.kb.notice.submission.deadlines if self.kb.notice.submission else ())]
        if m is None or not _CLOCKY.search(norm) or _APPLICATION.search(norm) or any(len(w) >= 2 and w.lower() in norm.lower() for w in steps):
            return []  # ('答辩PPT后天还能发吗': a step the notice dates, judged by its own date)
        word = "场" if "场" in m.group(0) else m.group(0)[:2]
        sents, idf = self._sentence_index()
        clauses = {cl for t, cl, _ in sents if word in t}  # the clauses on the event: its times may sit a sentence away
        asked = terms(compact)
        hour = _HOUR_ASKED.search(norm) is not None  # '中午12点半过去行吗': the hours it takes hand-ins

        day = _DAY_ASKED.search(norm) is not None  # '异议最晚哪天交': the period or the last day

        def score(s: tuple[str, str, frozenset[str]]) -> float:
            return sum(idf.get(p, 0.0) for p in asked & s[2]) + (6.0 if hour and _HHMM.search(s[0]) else 0.0) \
                + (3.0 if day and _DAY_SAID.search(s[0]) else 0.0) + (1.0 if word in s[0] else 0.0)

        ranked = sorted((s for s in sents if s[1] in clauses and _TIMED.search(s[0])), key=lambda s: (-score(s), len(s[0])))
        timed = [Clause(cl, t) for t, cl, pairs in ranked[:2] if asked & pairs or hour and _HHMM.search(t)]
        return timed[:2]

    def _numbered(self, norm: str) -> list[Clause]:
        """'自评表第9项是啥要求': that row of a numbered table, each cell under its header (see table_cells.numbered_row)."""
        for c in self.kb.notice.passages:
            if "|" in c.text and (row := numbered_row(c.text, norm, (c.title or "") + c.text[:40])):
                return [Clause(c.clause, row)]
        return []

    def _event_verdict(self, said: list[Clause], norm: str, now: dt.datetime, en: bool) -> Section | None:
        """'现在发回执报名还行吗' at a time past the one the quoted sentence sets ('请于2129年4月8日17:00前，将…回执…发送至…'):
        that the time has passed, or how long is left; for a list of sessions' times, the session the message names."""
        if en or not said or _DAY_NAMED.search(norm):
            return None  # ('后天再交行吗': a day of the user's own, not now)
        which = _SESSION.search(norm)
        label = which.group(0) if which else ""
        body = "".join(c.text for c in self.kb.notice.passages)
        if "线上" in norm and not label and (row := re.search(r"(第[一二三四五六七八九十\d]场)[（(]线上[）)]", body)):
            label = row.group(1)  # '线上那场': the session the table marks as online
        for c in said:  # the first quoted sentence with one time for it ('第五场4月27日17:00' of the list)
            times = [m for m in _DUE.finditer(c.text) if not label or c.text[max(0, m.start() - len(label) - 2):m.start()].endswith(label)]
            if len(times) == 1:
                break
        else:
            return None
        m, year = times[0], self.kb.deadline.year if self.kb.deadline else now.year
        try:
            hour, minute = map(int, re.split(r"\s*[:：]\s*", m.group(4))) if m.group(4) else (23, 59)
            due = dt.datetime(int(m.group(1) or year), int(m.group(2)), int(m.group(3)), hour, minute, tzinfo=self.kb.tz)
        except ValueError:
            return None
        local = now.astimezone(self.kb.tz)
        said_at = f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
        when = f"{label}{m.group(0).rstrip('前之截止 ')}"
        line = f"按当前时间（{said_at}），{when}已经过了。" if now > due else f"按当前时间（{said_at}），还没到{when}，请在此之前办理。"
        return Section("时间核对", (line,), (c.clause,))
