"""Days as people write them in a message ("后天", "3月中旬", "下个月", "月底", "next Friday", "March 10"), each read as
the span of calendar days it names around today and the deadline."""

from __future__ import annotations

import datetime as dt
import re

from .values import MONTHS, NUM, cn_number, lazy

_RELATIVE = {"今天": 0, "今晚": 0, "今儿": 0, "today": 0, "tonight": 0, "明天": 1, "明早": 1, "明晚": 1, "明儿": 1, "tomorrow": 1,
             "后天": 2, "后儿": 2, "the day after tomorrow": 2, "大后天": 3, "昨天": -1, "昨晚": -1, "昨儿": -1, "yesterday": -1,
             "last night": -1, "前天": -2}
_PARTS = {"上旬": (1, 10), "初": (1, 10), "月初": (1, 10), "early": (1, 10), "beginning of": (1, 10),
          "中旬": (11, 20), "中": (11, 20), "mid": (11, 20), "middle of": (11, 20),
          "下旬": (21, 31), "底": (21, 31), "末": (21, 31), "late": (21, 31), "end of": (21, 31)}
_EN_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = lazy(
    r"(?P<rel>大后天|后天|后儿|明天|明早|明晚|明儿|今天|今晚|今儿|昨天|昨晚|昨儿|(?<![大目之提以先])前天"
    r"|\b(?:the day after tomorrow|tomorrow|today|tonight|yesterday|last night)\b)"
    rf"|(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{NUM})\s*月\s*(?:(?P<d>{NUM})\s*[号日]|(?P<part>上旬|中旬|下旬|初|底|末|中(?!午)))"
    r"|(?<![0-9月.零〇一二两三四五六七八九十])(?P<dom>[0-3]?[0-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[号日]"
    r"(?!前|之前|以前|字|文|楼|院|线|门|栋|店|库|机|窗口|窗|柜台|台|室|房|厅|馆|展位|车道|站|口)"  # '六号去区里盖章': the 6th, not '二号字' nor '一号楼'
    rf"|\b(?P<epart>early|mid|late|end of|beginning of|middle of)[-\s]+(?P<emp>{_EN_MONTH})\b"
    rf"|\b(?P<em>{_EN_MONTH})\s*(?P<ed>\d{{1,2}})(?:st|nd|rd|th)?\b|\b(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<em2>{_EN_MONTH})\b"
    r"|(?P<wk>下下?个?|这个?|本)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
    r"|(?P<mrel>下个?月|这个?月|本月|\bnext month\b|\bthis month\b)(?P<mpart>底|末|初|中旬|上旬|下旬)?|(?<![\d一二三四五六七八九十])月(?P<cpart>底|末|初)"
    r"|\b(?P<ewk>next|this)?\s*(?P<ewd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I)
_WEEKDAYS = ("一二三四五六", ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


def _int(s: str) -> int:
    """A small whole number as written ('10', '十', '１０'); 0 when it is none or absurdly large."""
    n = cn_number(s)
    return int(n) if 0 <= n < 10000 else 0


def _month(s: str) -> int:
    return MONTHS.index(s[:3].lower()) + 1


# What follows a bare day when it is one gone by: '20号网上都交了', '15号就寄出去了', '10号交过'.
_DONE = re.compile(r"\s*(?:号|日)?[^，,。；;？?！!]{0,4}?(?:交|寄|报|提交|寄出|送|传|上传|递交|填|提)(?:完|出去|上去|好|掉)?(?:了|过)(?!吧|就|再|吗|么|去|来)")
_PLAN = re.compile(r"打算|准备|计划|排期|排了|想|要|就行|不了|能不能|行不行")

def _span(m: re.Match, today: dt.date, last: dt.date) -> tuple[str, dt.date, dt.date] | None:
    """(the words, first day, last day) of the day or days a match names; the year is the one nearest the deadline."""
    g = m.groupdict()
    if g["mrel"] or g["cpart"]:  # "下个月", "月底": of this month or the next, as today's calendar has them
        nxt = g["mrel"] and ("下" in g["mrel"] or "next" in g["mrel"].lower())
        start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1) if nxt else today.replace(day=1)
        last_of = ((start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)).day
        lo, hi = _PARTS.get(g["mpart"] or g["cpart"] or "", (1, 31))
        return m.group(0).strip(), start.replace(day=lo), start.replace(day=min(hi, last_of))
    if g["wd"] or g["ewd"]:  # "下周一", "this Friday": that weekday of this week or the next
        idx = 6 if g["wd"] in ("日", "天") else _WEEKDAYS[0].index(g["wd"]) if g["wd"] else _WEEKDAYS[1].index(g["ewd"].lower())
        weeks = (g["wk"] or "").count("下") or int((g["ewk"] or "").lower() == "next")
        day = today + dt.timedelta(days=idx - today.weekday() + 7 * weeks)
        if day < today and not (g["wk"] or g["ewk"]):  # a bare "周五" already past this week is next week's
            day += dt.timedelta(days=7)
        return m.group(0).strip(), day, day
    if g["rel"]:
        day = today + dt.timedelta(days=_RELATIVE[g["rel"].lower()])
        return g["rel"], day, day
    if g["dom"]:
        n = int(cn_number(g["dom"]))
        if not 1 <= n <= 31 or re.match(r"\s*(?:以|之)?内", m.string[m.end():]) or re.search(r"后是?\s*$", m.string[:m.start()]):
            return None  # '截止后10日内', '截止后是10日对吗': a count of days, not a day of the month
        done = _DONE.match(m.string, m.end()) is not None and not _PLAN.search(re.split(r"[，,。；;？?！!]", m.string[m.end():])[0])  # '20号网上都交了'
        base = today if n >= today.day or done else (today.replace(day=1) + dt.timedelta(days=32))
        base = last if abs((last - today).days) > 366 else base  # a clock years from the round: '25号' is of the deadline's month
        try:
            day = base.replace(day=n)
        except ValueError:
            return None
        return f"{day.month}月{day.day}日", day, day
    if g["m"]:
        month, first, end = _int(g["m"]), *(_PARTS[g["part"]] if g["part"] else (0, 0))
        if g["d"]:
            first = end = _int(g["d"])
        words = m.group(0).strip()
    elif g["epart"]:
        month, (first, end), words = _month(g["emp"]), _PARTS[g["epart"].lower()], m.group(0).strip()
    else:
        month, first = (_month(g["em"]), _int(g["ed"])) if g["em"] else (_month(g["em2"]), _int(g["ed2"]))
        end, words = first, m.group(0).strip()
    if not 1 <= month <= 12 or not 1 <= first <= end <= 31:
        return None
    years = [int(g["y"])] if g.get("y") and 1 < int(g["y"]) < 9999 else [last.year - 1, last.year, last.year + 1]
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
