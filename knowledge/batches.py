"""A round taken in batches: the batch a message is about (the one it names, else the one open or next by the
clock, else the last) answers it, as if its dates were the round's; the reply lists every batch."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .judgement import APPLYING
from .model import Knowledge, parse_deadline
from .notice import PAPER_STEP, Batch
from .phrasing import en_date, zh_date
from .values import cn_number, lazy

_NAMED = lazy(r"(?<![这那哪每同下上])第?\s*([一二三四五六七八九十\d]{1,2})\s*批|\b(first|second|third) (batch|round)\b")  # not '这一批'
_LATER_STEP = lazy(r"纸质|书面|寄|邮|快递|送达|递交|送过去|\b(paper|hard ?cop(y|ies)|mail|post)\b")
_UNITS_STEP = lazy(r"推荐(?!单位联系)|初审|审核|\brecommend")
_GROUP_SAID = lazy(r"(市属|省属|区属|县属|央属|市管|省管)")
_EN_ORD = {"first": 1, "second": 2, "third": 3}
_VIEWS: dict[int, tuple[object, dict[int, Knowledge]]] = {}  # per notice object: each batch's view, built once


def _due(kb: Knowledge, b: Batch) -> dt.datetime:
    return parse_deadline(b.deadline, kb.tz, kb.notice_path)


def batch_of(kb: Knowledge, now: dt.datetime, norm: str) -> int | None:
    """The index of the batch the message is about, or None for a round in one piece."""
    batches = kb.notice.submission.batches if kb.notice.submission else ()
    if len(batches) < 2:
        return None
    named = [int(cn_number(m.group(1))) if m.group(1) else _EN_ORD[m.group(2).lower()] for m in _NAMED.finditer(norm)]
    if named and 1 <= named[-1] <= len(batches):  # "第一批没选上还能报第二批吗": the last one named is asked about
        return named[-1] - 1
    # "网上已经交了，纸质的现在送还来得及吗", "推荐截止哪天": a closed batch whose step of that kind is still ahead
    kinds = [rx for rx in (_LATER_STEP, _UNITS_STEP) if rx.search(norm)]
    for i, b in enumerate(batches):
        if kinds and _due(kb, b) < now and any(parse_deadline(x.when, kb.tz, kb.notice_path) >= now
                                               for x in b.deadlines if any(rx.search(x.label) for rx in kinds)):
            return i
    return next((i for i, b in enumerate(batches) if _due(kb, b) >= now), len(batches) - 1)


def batch_view(kb: Knowledge, i: int) -> Knowledge:
    """The knowledge base with batch i's dates as the round's."""
    held = _VIEWS.get(id(kb.notice))
    if held is None or held[0] is not kb.notice:
        _VIEWS[id(kb.notice)] = held = (kb.notice, {})
    if i not in held[1]:
        sub, b = kb.notice.submission, kb.notice.submission.batches[i]
        clauses = {**(sub.clauses or {}), "deadline": b.clause}
        view = replace(sub, deadline=b.deadline, opens=b.opens, deadlines=b.deadlines, clauses=clauses, clause=b.clause)
        held[1][i] = replace(kb, notice=replace(kb.notice, submission=view), deadline=_due(kb, b))
    return held[1][i]


def group_view(kb: Knowledge, norm: str) -> Knowledge | None:
    """'我们是省属企业，还来得及吗': the knowledge base with that kind of applicant's own dates as the round's (its online
    step the deadline, its paper step the paper step), when the notice sets them ('省属企业网上提交：…')."""
    sub = kb.notice.submission
    said = _GROUP_SAID.search(norm) if sub else None
    own = [x for x in sub.deadlines if x.label.startswith(said.group(1))] if said else []
    due = next((x for x in own if x.label.endswith("申报截止")), None)
    if due is None:
        return None
    paper = [replace(x, label=PAPER_STEP) for x in own if x.label.endswith(PAPER_STEP)]
    rest = [x for x in sub.deadlines if x not in own and not (paper and x.label == PAPER_STEP)]
    view = replace(sub, deadline=due.when, opens="", deadlines=tuple(paper + rest), clauses={**(sub.clauses or {}), "deadline": due.clause},
                   clause=due.clause)
    return replace(kb, notice=replace(kb.notice, submission=view), deadline=parse_deadline(due.when, kb.tz, kb.notice_path))


def batches_line(kb: Knowledge, now: dt.datetime, en: bool) -> str:
    """'本通知分2批受理：第一批 …（已截止）；第二批 …（尚未开放）。以下按第二批。' ('' for a round in one piece)."""
    sub = kb.notice.submission
    if len(sub.batches) < 2:
        return ""
    said = []
    for b in sub.batches:
        opens = dt.datetime.fromisoformat(f"{b.opens.partition(' ')[0]}T{b.opens.partition(' ')[2] or '00:00'}").replace(tzinfo=kb.tz) \
            if b.opens else None
        due = _due(kb, b)
        state = ("已截止", "closed") if now > due else ("尚未开放", "not open yet") if opens and now < opens else ("受理中", "open")
        day, end = dt.date.fromisoformat(b.deadline[:10]), b.deadline.partition(" ")[2]
        start = f"{zh_date(dt.date.fromisoformat(b.opens[:10]))}{' ' + b.opens[11:] if b.opens[11:] else ''}至" if b.opens else ""
        said.append((f"{b.name} {start}{zh_date(day)}{' ' + end if end else ''}（{state[0]}）",
                     f"{b.name}: until {en_date(day)}{' ' + end if end else ''} ({state[1]})"))
    current = next((b.name for b in sub.batches if b.deadline == sub.deadline), sub.batches[-1].name)
    if en:
        return f"This round is taken in {len(sub.batches)} batches: " + "; ".join(x[1] for x in said) + f". Below: {current}."
    return f"本通知分{len(sub.batches)}批受理：" + "；".join(x[0] for x in said) + f"。以下按{current}。"


def next_batch(kb: Knowledge, now: dt.datetime) -> tuple[str, str] | None:
    """(zh, en) of the next batch still to come, for a reply on a batch that has closed ('第二批2164年8月1日开放…')."""
    sub = kb.notice.submission
    for b in sub.batches if sub and len(sub.batches) > 1 else ():
        if b.opens and dt.date.fromisoformat(b.opens[:10]) > now.date():
            day, end = dt.date.fromisoformat(b.deadline[:10]), b.deadline.partition(" ")[2]
            return (f"{b.name}于{zh_date(dt.date.fromisoformat(b.opens[:10]))}开放，{zh_date(day)}{' ' + end if end else ''}截止，届时可以申报{b.name}。",
                    f"; {b.name} opens on {en_date(dt.date.fromisoformat(b.opens[:10]))} and closes {en_date(day)}{' ' + end if end else ''}.")
    return None


class Batches:
    """A mixin of the answerer: `_batched` answers with the dates of the batch a message is about."""

    kb: Knowledge

    def _still_open(self, now: dt.datetime, norm: str) -> bool:
        """'现在可以开始申报了吗' while the call is open: the clock answers it, whatever the notice leaves open of its start."""
        return self.kb.deadline is not None and now < self.kb.deadline and APPLYING.search(norm) is not None

    def _batched(self, now: dt.datetime, norm: str, answer):
        """`answer()` with the batch's view (or the view of the kind of applicant the message says it is) as the
        knowledge base of the answerer and its premise checker (answering is synchronous: the view is put back before
        any other message is read)."""
        i = batch_of(self.kb, now, norm)
        view = batch_view(self.kb, i) if i is not None else group_view(self.kb, norm)
        if view is None:
            return answer()
        saved = self.kb
        self.kb = self.checker.kb = view
        self.checker.n = self.kb.notice
        try:
            return answer()
        finally:
            self.kb = self.checker.kb = saved
            self.checker.n = saved.notice




def other_batch_only(norm: str, text: str) -> str:
    """'第二批的评审结果什么时候公布' answered by sentences that name only another batch ('第一批评审结果拟于6月中旬…'):
    the batch asked about, whose own answer the notice does not give; '' otherwise."""
    asked = {int(cn_number(m.group(1))) for m in _NAMED.finditer(norm) if m.group(1)}
    said = {int(cn_number(m.group(1))) for m in _NAMED.finditer(text) if m.group(1)}
    one = next(iter(asked)) if len(asked) == 1 else 0
    return f"第{'一二三四五六七八九十'[one - 1]}批" if one in range(1, 11) and said and not asked & said else ""


def of_other_batch(kb: Knowledge, norm: str, clause: str) -> bool:
    """Whether a clause lies under another batch's heading than the one the message names ('第二批什么时候评审' and
    '七（一）3 市级评审：5月21日…' under '（一）第一批')."""
    batches = kb.notice.submission.batches if kb.notice.submission else ()
    named = [int(cn_number(m.group(1))) for m in _NAMED.finditer(norm) if m.group(1)]
    if len(batches) < 2 or len(set(named)) != 1 or not 1 <= named[0] <= len(batches):
        return False
    heads = [re.sub(r"\d+$", "", b.clause) for b in batches]  # '七（一）1' -> '七（一）'
    own = heads[named[0] - 1]
    return not clause.startswith(own) and any(clause.startswith(h) for h in heads if h != own)
