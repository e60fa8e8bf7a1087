"""The day a message plans to act on, judged against the deadline: "后天再交行不行", "我们打算3月10号交",
"3月中旬再传系统可以吧", "We plan to upload around mid-March". A day is before the deadline, its last day, or
too late; a span of days ("中旬", "end of March") may straddle it.

A date written before a submitting verb ("3月10号交") is the user's plan, not a claim about the deadline, so the
premise checker does not answer it with "不是3月10日" (see `is_plan`).
"""

from __future__ import annotations

import datetime as dt
import re

from .model import Knowledge
from .phrasing import deadline_text, en_date, last_day, zh_date
from .values import MONTHS, NUM, cn_number, lazy

_RELATIVE = {"今天": 0, "今晚": 0, "today": 0, "tonight": 0, "明天": 1, "明早": 1, "明晚": 1, "tomorrow": 1,
             "后天": 2, "the day after tomorrow": 2, "大后天": 3}
_PARTS = {"上旬": (1, 10), "初": (1, 10), "月初": (1, 10), "early": (1, 10), "beginning of": (1, 10),
          "中旬": (11, 20), "中": (11, 20), "mid": (11, 20), "middle of": (11, 20),
          "下旬": (21, 31), "底": (21, 31), "末": (21, 31), "late": (21, 31), "end of": (21, 31)}
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = lazy(
    r"(?P<rel>大后天|后天|明天|明早|明晚|今天|今晚|\b(?:the day after tomorrow|tomorrow|today|tonight)\b)"
    rf"|(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{NUM})\s*月\s*(?:(?P<d>{NUM})\s*[号日]|(?P<part>上旬|中旬|下旬|初|底|末|中(?!午)))"
    r"|(?<![0-9月.])(?P<dom>[0-3]?[0-9])\s*[号日](?!前|之前|以前)"
    rf"|\b(?P<epart>early|mid|late|end of|beginning of|middle of)[-\s]+(?P<emp>{_EN_MONTH})\b"
    rf"|\b(?P<em>{_EN_MONTH})\s*(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<em2>{_EN_MONTH})\b",
    re.I)
_ACT_AFTER = lazy(r"^\s*(左右|前后|再|才|就|开始|准备|打算)?\s*(交|提交|递交|报送|申报|报|寄|邮寄|寄出|上传|传|送|发|弄)")
_PLAN_BEFORE = lazy(r"(打算|准备|计划|想|预计|安排|估计|争取|最快|要到|得到|plan|planning|intend|going to|aim|expect|will|could)")
_ACT_BEFORE_EN = lazy(r"\b(submit|submitting|upload|uploading|send|sending|file|filing|mail|mailing|post|posting|apply|applying)\b")
_ASKED_AFTER = lazy(r"来得及|来不及|行不行|行吗|可以吗|可以吧|算逾期|算晚|晚不晚|还行|ok\b|okay|too late|in time|still")
_DEADLINE_WORDS = lazy(r"截止|截至|最晚|最迟|deadline|due|clos|cut-?off|last day|到期")


def is_plan(norm: str, m: re.Match) -> bool:
    """A date the user means to act on ("3月10号交", "plan to submit on March 10"), not one said of the deadline."""
    before = norm[max(0, m.start() - 24):m.start()]
    if _DEADLINE_WORDS.search(before[-10:]):
        return False
    return bool(_ACT_AFTER.search(norm[m.end():m.end() + 8]) or _PLAN_BEFORE.search(before[-12:])
                or _ACT_BEFORE_EN.search(before))


def _month(s: str) -> int:
    return MONTHS.index(s[:3].lower()) + 1


def _span(m: re.Match, today: dt.date, last: dt.date) -> tuple[str, dt.date, dt.date] | None:
    """(the words, first day, last day) of the day or days a match names; the year is the one nearest the deadline."""
    g = m.groupdict()
    if g["rel"]:
        day = today + dt.timedelta(days=_RELATIVE[g["rel"].lower()])
        return g["rel"], day, day
    if g["dom"]:
        n = int(g["dom"])
        if not 1 <= n <= 31:
            return None
        base = today if n >= today.day else (today.replace(day=1) + dt.timedelta(days=32))
        try:
            day = base.replace(day=n)
        except ValueError:
            return None
        return f"{day.month}月{day.day}日", day, day
    if g["m"]:
        month, first, end = int(cn_number(g["m"])), *(_PARTS[g["part"]] if g["part"] else (0, 0))
        if g["d"]:
            first = end = int(cn_number(g["d"]))
        words = m.group(0).strip()
    elif g["epart"]:
        month, (first, end), words = _month(g["emp"]), _PARTS[g["epart"].lower()], m.group(0).strip()
    else:
        month, first = (_month(g["em"]), int(g["ed"])) if g["em"] else (_month(g["em2"]), int(g["ed2"]))
        end, words = first, m.group(0).strip()
    if not 1 <= month <= 12 or not 1 <= first <= end:
        return None
    years = [int(g["y"])] if g.get("y") else [last.year - 1, last.year, last.year + 1]
    spans = []
    for y in years:
        try:
            a = dt.date(y, month, first)
            b = dt.date(y, month, min(end, 31))
        except ValueError:
            b = (dt.date(y, month % 12 + 1, 1) if month < 12 else dt.date(y + 1, 1, 1)) - dt.timedelta(days=1)
            if first > b.day:
                continue
            a = dt.date(y, month, first)
        spans.append((abs((a - last).days), a, b))
    if not spans:
        return None
    _, a, b = min(spans)
    return words, a, b


def judge_day(kb: Knowledge, now: dt.datetime, norm: str, en: bool = False) -> str:
    """Whether the day (or span of days) the message names comes before the deadline."""
    if kb.deadline is None:
        return ""
    today, last = now.astimezone(kb.tz).date(), last_day(kb)
    # A calendar date counts when it is acted on or asked about ("3月10号交", "3月10号来得及吗"), never a date
    # told in passing ("2019年3月5日成立").
    found = [s for m in _DAY.finditer(norm) if (m.group("rel") or m.group("dom") or is_plan(norm, m)
                                                 or _ASKED_AFTER.search(norm[m.end():m.end() + 12]))
             and (s := _span(m, today, last))]
    if not found:
        return ""
    said, first, end = found[-1]  # "明天截止？那我后天再交来得及吗": the day asked about comes last
    when = zh_date(first) if first == end else f"{zh_date(first)}至{zh_date(end)}"
    when_en = en_date(first) if first == end else f"{en_date(first)} to {en_date(end)}"
    if first > last:
        return (f"{when_en} is after the deadline: too late." if en else
                f"{said}（{when}）已经过了截止时间，来不及。")
    if first == end == last:
        return (f"{when_en} is the last day: submit before {deadline_text(kb, True)}." if en else
                f"{said}（{when}）是截止当天，须在{deadline_text(kb)}前提交。")
    if end >= last:
        return (f"{when_en} runs past the deadline: submit by {deadline_text(kb, True)}." if en else
                f"{said}（{when}）跨过了截止时间，须在{deadline_text(kb)}前提交，晚了就来不及。")
    return f"{when_en} is before the deadline." if en else f"{said}（{when}）还在截止之前，来得及。"
