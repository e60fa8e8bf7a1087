"""Several rounds at once: questions go to the current round by the clock, or to the round they name
("2023-2024那期", "上一期", "1240号文"), and an answer from another round says which one it uses.

`Rounds` answers like an Answerer (same `answer` and attributes), so the channels need not know about rounds.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .answer import Answer, Answerer
from .context import Turn
from .records import record
from .values import lazy

_YEARS = lazy(r"(20\d\d)\s*(?:年)?\s*[-—–~～至到/]\s*(20\d\d|\d\d)(?!\d)")
_YEAR = lazy(r"(20\d\d)\s*年?(?:度)?\s*(?:的|那|这)?\s*(?:一)?(?:期|轮|届|批|次)"
             r"|(20\d\d)\s*年度(?:的)?[^，,。？！?!\s]{0,8}?(?:通知|活动|申报|评选)")  # "2025年度的质量标杆通知"
_DOC = lazy(r"(?:〔\s*(20\d\d)\s*〕\s*)?(?<![月\d])(\d{1,5})\s*号\s*(?:文|通知|文件)?")
# "上一轮好像没有营收门槛，我们…能报吧": the earlier round recalled in passing, the question is of this one.
_RECALLED = lazy(r"^[^。？！?!，,]{0,4}?(好像|似乎|记得|貌似)[^。？！?!]{0,20}[，,。 ]\s*(我们|我司|本公司|这次|这一期|今年|现在)")
# "摘要是500字以内吧，跟上一届一样": a claim about this round, compared in passing with the one before.
# "今年重点方向还是四个吧 我记得上一轮是四个": a recollection after a question of this round.
_RECALLS = lazy(r"(记得|好像|印象中|印象里|貌似|似乎)[^。？！?!，,]{0,3}$")
_NOW_ROUND = lazy(r"今年|这次|这回|本次|现在")
_THIS_TIME = lazy(r"(?:今年|这次|这回|本次|这一期|这期)[^。？！?!]{0,8}(?:也|还|能|可以|行)")  # '上一轮没有…的 …这次也能报吧'
_SAME_AS = lazy(r"(跟|和|与|同|像)\s*(上一届|上届|上一期|上期|上一轮|上轮|往年|去年)[^。？！?!，,]{0,4}(一样|相同|差不多|一致|没变|不变)")
_PREVIOUS = lazy(r"上一期|上期|上一轮|上轮|上一届|上届|上一批|上批|往期|前一期|去年那期|上次那期|去年的那期|之前那期")
_COMPARE = lazy(r"变化|区别|不同|变了|改了|变没变|改没改|调整|变动|有没有变|一样吗|一样不|相比|比较|对比|\bchanged?\b|\bdifferen")
_THIS = lazy(r"本期|这一期|这期|本轮|这一轮|本届|今年这期")
# "上届入选的那个经验，今年再报一次行不行": a winner of the earlier round, asked of this one.
_WINNER = lazy(r"^[^。？！?!，,]{0,6}?(入选|评上|获评|选上|的质量标杆|的标杆)")
_WON_THEN = lazy(r"^[^。？！?!，,]{0,2}?(入选|评上|获评|选上|认定|获奖|拿到)")
_ROUND_WORDS = lazy(r"(的|那期|那一期|那轮|那次|通知|文件|里|中|年度)+")


@record
class Round:
    answerer: Answerer
    years: tuple[int, ...]
    number: str  # the document number's own digits ("17" of 沪经信技〔2024〕17号)
    issued: str

    @property
    def label(self) -> str:
        meta = self.answerer.kb.notice.meta
        doc = f"（{meta.doc_number}）" if meta.doc_number else ""
        if self.years:
            return f"{'-'.join(map(str, self.years))}年度{meta.programme or ''}通知{doc}"
        return f"《{meta.title}》{doc}"


def _round(answerer: Answerer) -> Round:
    meta = answerer.kb.notice.meta
    m = next((x for x in (*_YEARS.finditer(meta.title), *_YEARS.finditer(meta.programme_full or ""))
              if (int(x.group(2)) if len(x.group(2)) == 4 else 2000 + int(x.group(2))) == int(x.group(1)) + 1), None)
    years: tuple[int, ...] = ()
    if m:
        end = int(m.group(2)) if len(m.group(2)) == 4 else 2000 + int(m.group(2))
        years = (int(m.group(1)), end)
    elif y := re.search(r"(20\d\d)\s*年度", meta.title):
        years = (int(y.group(1)),)
    number = re.search(r"(\d+)\s*号\s*$", meta.doc_number or "")
    return Round(answerer, years, number.group(1) if number else "", meta.date or "")


class Rounds:
    """The rounds loaded, oldest first by issue date; `answer` picks one per question."""

    def __init__(self, answerers: list[Answerer], now: dt.datetime | None = None) -> None:
        if not answerers:
            raise ValueError("no round")
        self.rounds = sorted((_round(a) for a in answerers), key=lambda r: r.issued)
        start = self.current(now or answerers[0].now())
        self.answerer = start.answerer  # the round the checklist and reminders follow (by the start-up clock)

    def __getattr__(self, name: str):
        return getattr(self.__dict__["answerer"], name)  # kb, resolver, understander…: the current round's

    def earlier(self) -> tuple:
        return tuple(r.answerer.kb for r in self.rounds if r.answerer is not self.answerer)

    def current(self, now: dt.datetime) -> Round:
        """The round whose window (issue date to deadline) contains now, else the latest issued."""
        open_now = [r for r in self.rounds if r.issued and r.issued <= now.date().isoformat()
                    and r.answerer.kb.deadline and now < r.answerer.kb.deadline]
        return (open_now or self.rounds)[-1]

    def named(self, text: str, now: dt.datetime) -> tuple[Round | None, bool, str]:
        """(the round the message names, whether it names one at all, the message without the naming words)."""
        cur = self.current(now)
        if (m := _PREVIOUS.search(text)) and not _RECALLED.search(text[m.end():m.end() + 40]) and not _SAME_AS.search(text) \
                and not _WON_THEN.search(text[m.end():]) and not (_THIS_TIME.search(text[m.end():]) and not _PREVIOUS.search(text[m.end():])) \
                and not (_RECALLS.search(text[:m.start()]) and _NOW_ROUND.search(text) and not _PREVIOUS.search(text[m.end():])):
            before = [r for r in self.rounds if r.issued < cur.issued]
            return (before[-1] if before else None), True, _strip(text, m)
        if m := _THIS.search(text):
            return cur, True, _strip(text, m)
        for m in _YEARS.finditer(text):
            end = int(m.group(2)) if len(m.group(2)) == 4 else 2000 + int(m.group(2))
            if end not in (int(m.group(1)), int(m.group(1)) + 1) or _WINNER.search(text[m.end():]):
                continue  # "2024-03-01" is a date, not a round; "2023-2024那届的质量标杆，这次…": a winner asking of this one
            hit = [r for r in self.rounds if r.years[:1] == (int(m.group(1)),) and (len(r.years) < 2 or r.years[1] == end)]
            return (hit[-1] if hit else None), True, _strip(text, m)
        for m in _YEAR.finditer(text):
            if _WINNER.search(text[m.end():]):
                continue  # "2024那届的质量标杆": a winner of that round, asking of this one
            year = int(m.group(1) or m.group(2))
            hit = [r for r in self.rounds if r.years[:1] == (year,)] or [r for r in self.rounds if year in r.years]
            return (hit[-1] if hit else None), True, _strip(text, m)
        for m in _DOC.finditer(text):
            explicit = bool(m.group(1)) or bool(re.search(r"号\s*(?:文|通知|文件)", m.group(0)))
            hit = [r for r in self.rounds if r.number and r.number == m.group(2).lstrip("0")
                   or r.number and r.number.lstrip("0") == m.group(2).lstrip("0")]
            if hit:
                return hit[-1], True, _strip(text, m)
            if explicit and len(m.group(2)) >= 2:
                return None, True, _strip(text, m)
        return cur, False, text

    def answer(self, question: str, now: dt.datetime | None = None, home: str | None = None,
               context: Turn | None = None) -> Answer:
        now = now or self.answerer.now()
        cur = self.current(now)
        asked = cur.answerer.judge.focus(question) or question
        if len(self.rounds) == 1 and not _PREVIOUS.search(asked) and not _YEAR.search(asked):
            return cur.answerer.answer(question, now, home, context)
        focus = cur.answerer.judge.focus(question)  # in a long message, only the sentences that ask name a round
        chosen, named, rest = self.named(focus or question, now)
        rest = question if focus else rest
        if chosen is None and (prev := _PREVIOUS.search(question)) and (re.search(r"(跟|和|与|同|较|比)\s*$", question[:prev.start()])
                                                                       or _COMPARE.search(question[prev.end():prev.end() + 8])):  # '字数要求跟上一届比有啥变化'
            asked = re.sub(r"(跟|和|与|同|较|比)\s*$", "", question[:prev.start()]) + re.sub(r"^\s*(相比|比较|对比|比)(起来)?", "", question[prev.end():])
            asked = re.sub(r"^[，,\s]+|(有啥|有什么|有没有|有)?[没吗呢？?！!。\s]*$", "", _COMPARE.sub("", asked))
            ans = cur.answerer.answer(asked or question, now, home, context)  # this round's rules, said to be this round's
            if ans.matched:
                lead = f"📌 我这里没有上一期的通知，无法逐项对比；以下是{cur.label}的规定。"
                return replace(ans, text=f"{lead}\n\n{ans.text}")
        if chosen is None and (prev := _PREVIOUS.search(question)) and prev.group(0)[-1] in "届批" and prev.group(0) in cur.answerer.judge.body:
            return cur.answerer.answer(question, now, home, context)  # '上一届评上的企业…': the notice's own rule on them, its list
        if chosen is None:
            have = "、".join(r.label for r in self.rounds)
            which = "上一期" if _PREVIOUS.search(question) else "您说的那一期"
            return Answer(f"抱歉，我这里没有{which}的通知，只有：{have}。请指明要问哪一期，或直接提问（按当前一期回答）。", False,
                          gap=True)
        ans = chosen.answerer.answer(rest if named and rest.strip() else question, now, home, context)
        if chosen is not cur or (named and len(self.rounds) > 1):
            lead = f"📌 以下按{chosen.label}回答{'（不是当前一期）' if chosen is not cur else ''}。"
            ans = replace(ans, text=f"{lead}\n\n{ans.text}")
        return ans


def _strip(text: str, m: re.Match) -> str:
    rest = text[:m.start()] + text[m.end():]
    return _ROUND_WORDS.sub("", rest[:4]) + rest[4:] if m.start() == 0 else rest
