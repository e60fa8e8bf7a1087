"""Whether a day is one the paper window takes hand-ins (knowledge/window.py says why not: a pause, a day off, a
weekday it is shut); a weekend day the notice makes a working day ('4月25日（星期日）为调休工作日') is open; and the
window a notice's deadline itself closes ('窗口受理：…受理截止时间为5月21日17:00'), with the hours its guide gives."""

from __future__ import annotations

import datetime as dt
import re

from .model import Knowledge
from .notice import PAPER_STEP, ExtraDeadline
from .phrasing import zh_date

_WORKDAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(][^）)]{1,6}[）)])?\s*(?:为|是)\s*(?:调休)?(?:工作日|上班日)")


def made_workday(kb: Knowledge, day: dt.date) -> bool:
    """The notice makes that weekend day a working day ('4月25日（星期日）为调休工作日')."""
    return any((int(m.group(1)), int(m.group(2))) == (day.month, day.day) for c in kb.notice.passages for m in _WORKDAY.finditer(c.text))


def shut_on(kb: Knowledge, day: dt.date) -> str:
    """Why the paper window takes nothing on that day, as a clause of a reply ('2190年4月24日是星期六，不是工作日'), or ''."""
    from .window import _closed  # (window reads the planner, which reads this module)

    sub = kb.notice.submission
    step = next((x for x in (sub.deadlines if sub else ()) if x.label == PAPER_STEP), None)
    if step is None and window_only(kb) and (hours := window_hours(kb)):
        step = ExtraDeadline(PAPER_STEP, sub.deadline, sub.clause, sub.text, hours=hours)
    why = _closed(step, day, None, kb) if step is not None and step.hours else ""
    return f"{zh_date(day)}{why}（受理时间为{step.hours}）" if why and "暂停" not in why else f"{zh_date(day)}{why}" if why else ""


def window_only(kb: Knowledge) -> bool:
    """The deadline closes a counter's hand-ins ('窗口受理：…受理截止时间为5月21日17:00'), not an online system."""
    return bool(kb.notice.submission and re.search(r"窗口|现场(?:递交|报送|受理)", kb.notice.submission.text))


def window_hours(kb: Knowledge) -> str:
    """The hours the notice gives for taking hand-ins ('工作日上午9:00—12:00，下午13:30—17:00'), or ''."""
    for c in kb.notice.passages:
        if "受理时间" in c.clause or c.text.startswith("受理时间"):
            if m := re.search(r"(?:工作日|周一至周五)[^。；;\n]{0,40}\d{1,2}\s*[:：]\s*\d{2}(?:[^。；;\n]{0,30}\d{1,2}\s*[:：]\s*\d{2})*", c.text):
                return m.group(0)
    return ""
