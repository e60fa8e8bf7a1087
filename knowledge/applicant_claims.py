"""The applicant's own figures against the notice's numeric conditions: when it was registered ("2023年5月注册的",
"成立才一年半", "registered two years ago", "founded in March 2026") against "注册满N年", counted to the deadline;
and its revenue ("营收三千多万", "4.2个亿") against "营业收入不低于…". A mixin of the premise Checker (uses kb, n, en).
"""

from __future__ import annotations

import datetime as dt

from .assertions import sentence_around
from .phrasing import Section, last_day
from .values import EN_NUM, MONTHS, NUM, cn_number, lazy, plain

_SAID_REVENUE = lazy(rf"(营收|营业收入|收入|销售额|产值)[^，,。？！?!\d一二两三四五六七八九十]{{0,6}}({NUM})\s*(?:多|余|来)?\s*个?\s*(亿|万)")
_NEED_REVENUE = lazy(rf"(营业收入|营收|销售收入)[^，。；;]{{0,12}}?(?:不低于|不少于|达到|超过|在)\s*({NUM})\s*(亿|万)")
_NEED_YEARS = lazy(rf"(注册|成立|设立)[^，。；;]{{0,4}}?(?:满|已满|超过|不少于)\s*({NUM})\s*(?:年|周年)")
_SINCE_DATE = lazy(rf"(\d{{4}})\s*年\s*(?:({NUM})\s*月)?[^，。？！?!\s]{{0,4}}?(?:注册|成立|设立)"
                   rf"|(?:注册|成立|设立)(?:于|在|是|时间是)?\s*(\d{{4}})\s*年\s*(?:({NUM})\s*月)?")
_SINCE_SPAN = lazy(rf"(注册|成立|设立)(?:了|才|刚|只有|不到)?\s*({NUM})\s*(年|个月|个多月)(半)?")
_AS_OF = lazy(r"(?:截至|截止到|截止|到)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_EN_SINCE = lazy(r"\b(registered|founded|established|set up|incorporated)\b[^.?!]{0,30}?\b(?:in\s+)?"
                 r"(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(20\d\d)\b")
_EN_SPAN = lazy(r"\b(registered|founded|established|set up|incorporated)\b[^.?!]{0,30}?\b(\d+|one|two|three|four|five)\s+"
                r"(years?|months?)\s+ago\b")


class ApplicantClaims:
    """Uses the checker's kb, n and en."""

    def _registered(self, norm: str) -> Section | None:
        """'2023年5月注册的 能报吗' / '成立才一年半' / 'registered two years ago' against '注册满两年'."""
        el, deadline = self.n.eligibility, self.kb.deadline
        need = next(((m, i) for i in el.items if (m := _NEED_YEARS.search(i.text))), None)
        if not need or deadline is None:
            return None
        years = cn_number(need[0].group(2))
        if years <= 0:
            return None
        deadline = last_day(self.kb)
        rule = sentence_around(need[1].text, need[0].start(), need[0].end())
        by = f"到申报截止（{deadline.year}年{deadline.month}月{deadline.day}日）"
        by_en = f"by the deadline ({deadline:%Y-%m-%d})"
        if asof := _AS_OF.search(rule):  # "截至2027年12月31日注册登记满3年": counted to that day, not the deadline
            deadline = dt.date(int(asof.group(1)), int(asof.group(2)), int(asof.group(3)))
            by, by_en = f"到{deadline.year}年{deadline.month}月{deadline.day}日", f"by {deadline:%Y-%m-%d}"
        if m := _SINCE_DATE.search(norm):
            y, month = int(m.group(1) or m.group(3)), m.group(2) or m.group(4)
            mo = cn_number(month) if month else 1
            mo = int(mo) if 1 <= mo <= 12 else 0  # checked below
            said = f"{y}年{plain(mo)}月注册" if month else f"{y}年注册"
            said_en = f"registered in {y}-{mo:02d}" if month else f"registered in {y}"
        elif m := _EN_SINCE.search(norm):
            y, mo = int(m.group(3)), MONTHS.index(m.group(2)[:3]) + 1 if m.group(2) else 1
            said, said_en = f"{y}年{mo}月注册", f"registered in {y}-{mo:02d}" if m.group(2) else f"registered in {y}"
        elif m := _SINCE_SPAN.search(norm):  # "成立才一年半": counted from now
            n = cn_number(m.group(2)) + (0.5 if m.group(4) else 0)
            if not 0 <= n < 1000:
                return None
            return self._registered_verdict(n * (12 if m.group(3) == "年" else 1), years,
                                            f"成立（注册）{m.group(2)}{m.group(3)}{m.group(4) or ''}", "现在",
                                            f"registered {plain(n)} {'years' if m.group(3) == '年' else 'months'} ago", "so far",
                                            rule, need[1].clause)
        elif m := _EN_SPAN.search(norm):  # "registered two years ago"
            n = float(EN_NUM.get(m.group(2)) or m.group(2))
            return self._registered_verdict(n * (12 if m.group(3).startswith("year") else 1), years,
                                            f"成立{plain(n)}{'年' if m.group(3).startswith('year') else '个月'}", "现在",
                                            f"registered {m.group(2)} {m.group(3)} ago", "so far", rule, need[1].clause)
        else:
            return None
        if not 1 <= mo <= 12:
            return None
        months = (deadline.year - y) * 12 + deadline.month - mo
        return self._registered_verdict(months, years, said, by, said_en, by_en, rule, need[1].clause)

    def _registered_verdict(self, months: float, years: float, said: str, by: str, said_en: str, by_en: str,
                            rule: str, clause: str) -> Section | None:
        if months < 0:
            return None
        if months >= years * 12:
            if self.en:
                return Section("Eligibility check", (f"The registration condition is met: {said_en} — at least {plain(years)} "
                                                     f"years {by_en} (the notice: “{rule}”); other conditions below.",), (clause,))
            return Section("对照申报条件", (f"注册时间这一条符合：{said}，{by}已满{plain(years)}年（通知要求“{rule}”）；"
                                            "其他条件见下。",), (clause,))
        if self.en:
            return Section("Eligibility check", (f"No: {said_en} — less than {plain(years)} years {by_en} — and the "
                                                 f"notice requires: “{rule}”.",), (clause,))
        return Section("对照申报条件", (f"不符合：{said}的单位，{by}还不满{plain(years)}年，而通知要求“{rule}”。",), (clause,))

    def _revenue(self, norm: str) -> Section | None:
        """'去年营收才1500万 够格吗', '营收三千多万' against '营业收入不低于2000万元'."""
        said = _SAID_REVENUE.search(norm)
        need = next(((m, i) for i in self.n.eligibility.items if (m := _NEED_REVENUE.search(i.text))), None)
        if not said or not need:
            return None
        have, floor = _wan(said.group(2), said.group(3)), _wan(need[0].group(2), need[0].group(3))
        if have <= 0 or floor <= 0:
            return None
        rule = sentence_around(need[1].text, need[0].start(), need[0].end())
        verdict = "营业收入这一条符合" if have >= floor else "不符合：营业收入低于通知要求"
        return Section("对照申报条件", (f"{verdict}（您说的是{said.group(0)[len(said.group(1)):].strip()}，通知要求“{rule}”）。",),
                       (need[1].clause,))


def _wan(number: str, unit: str) -> float:
    """An amount in 万元 ('1.5亿' -> 15000)."""
    n = cn_number(number)
    return n * 10000 if unit.startswith("亿") else n
