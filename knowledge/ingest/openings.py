"""When a round's online system opens: written before its deadline in the same sentence ('于4月1日9:00至4月28日17:00
登录') or in a sentence of its own ('平台自12月1日9:00起开放')."""

from __future__ import annotations

import datetime as dt
import re

from . import facts

_OPENS_AFTER = re.compile(r"^\s*(?:[（(][^）)]{1,6}[）)])?\s*(?:(?:上午|下午)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[时点](?:\d{1,2}分|整|半)?))?"
                          r"\s*(?:至|到|—|－|-|~|～|起|开始|开放)")


# A sentence of its own that opens the system: '网上申报时间自4月23日9:00开始', '4月9日9:00，申报平台（…）开放注册'.
_OPEN_VERB = re.compile(r"^(?:\s*起|[^。；;]{0,80}?(?:开放|开通|启动|开始|(?<=[日0-9）)])起(?!草)))")  # '受理自6月15日起'
_OPEN_BEFORE = re.compile(r"(?:开放|开通|开始|受理|填报|申报)(?:时间|日期)\s*(?:为|是|:|：)?\s*$")  # '平台开放时间为4月22日9:00'
_OPEN_WHAT = re.compile(r"申报|填报|注册|系统|平台|受理|报名")
_CLOSING = re.compile(r"截止|截至|(?<!以)前|关闭|结束|逾期")


_CLOSURE = re.compile(r"(?:假期|放假|休假|节假日)[^。；，,]{0,12}(?:不受理|暂停|不接收|不办理|停止)")


def opening(dl: facts.Deadline, text: str = "") -> str:
    """When the online system opens, written in the deadline's sentence before it ('于4月1日9:00至4月28日17:00登录',
    '平台自12月1日9:00起开放，…截止时间为…') or in another sentence of its clause's `text` that says the system
    opens then: 'YYYY-MM-DD[ HH:MM]', or '' ('即日起至…' names no day)."""
    found = _opening_in(dl.lead, dl, _OPENS_AFTER) if not _CLOSURE.search(dl.lead) else ""  # not '5月1日至5日放假期间不受理…'s first day
    for sm in facts.SENTENCE.finditer(text.replace("||", "|\n")) if not found else ():  # a table's rows: one each
        sent = sm.group(0)
        # A sentence that also closes ('开放时间为4月22日9:00，关闭时间为5月20日17:30') is read a part at a time.
        for part in re.split(r"[，,]", sent) if _CLOSING.search(sent) else (sent,):
            if _OPEN_WHAT.search(sent) and not _CLOSING.search(part):
                found = _opening_in(part, dl, _OPEN_VERB) or found
    return found


def _opening_in(lead: str, dl: facts.Deadline, after: re.Pattern[str]) -> str:
    found = ""
    for m in facts.DATE.finditer(lead):
        rest = lead[m.end():]
        if not (after.match(rest) or after is _OPEN_VERB and _OPEN_BEFORE.search(lead[:m.start()])):
            continue
        try:
            day = dt.date(int(m.group(1)) if m.group(1) else dl.date.year, int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        time_s = facts.time_after(re.sub(r"^\s*[（(][^）)]{1,6}[）)]", "", rest))[0]
        value = f"{day.isoformat()} {time_s}" if time_s else day.isoformat()
        # Before the deadline, and not long before: an earlier date is a condition ('自2026年1月1日起未发生…').
        found = value if value < dl.value and (dl.date - day).days <= 120 else found
    return found
