"""A unit's office hours against the day a message names: '柳城县周六能去交材料吗' when the unit works on working days only."""

from __future__ import annotations

import re

from .values import lazy

# Days a unit that keeps working-day hours is closed ('周六', '周末', '国庆节').
_OFF_DAY = lazy(r"周六|周日|周天|周末|星期[六日天]|礼拜[六日天]|双休|节假日|假期|国庆|春节|五一|清明|端午|中秋|元旦|\b(saturday|sunday|weekend|holiday)s?\b")
_WEEKDAYS_ONLY = lazy(r"工作日|周一至周五|周一到周五|星期一至星期五|星期一到星期五")
# A message about going there ('能去交材料吗', '开门吗', '有人吗'), not about the deadline's own day.
_VISIT = lazy(r"交|送|递|去|跑|上门|开门|上班|办公|有人|接待|受理|\b(open|visit|drop off|hand in)\b")


def off_hours(unit, norm: str, en: bool = False) -> str:
    """The unit's hours and that the day asked is not among them; '' when it is, or when no such day is asked."""
    if not unit.hours or not _WEEKDAYS_ONLY.search(unit.hours) or re.search(r"六|周末|休息日|节假日", unit.hours) \
            or not (day := _OFF_DAY.search(norm)) or re.match(r"\s*(?:之|以)?前", norm[day.end():]) or not _VISIT.search(norm):
        return ""
    if en:
        return f"{unit.name} keeps office hours of {unit.hours}: {day.group(0)} is not among them; hand in on a working day, or call first."
    return f"{unit.name}的办公时间为{unit.hours}，{day.group(0)}不在其中：请在工作日办公时间内前往，或先电话确认。"
