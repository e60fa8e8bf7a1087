"""A step due a number of days after the applicant's own submission ('企业在线提交后，自提交次日起3个工作日内，将纸质材料
…送达'), reckoned from the day the message says it submitted ('我们3月9号就网上交了', '昨天下午在线提交的')."""

from __future__ import annotations

import datetime as dt
import re

from .days import _DAY, _span
from .memo import per_object
from .notice import PAPER_STEP
from .paper_plan import about_paper
from .phrasing import last_day, when_text, zh_date
from .planned import _DONE, _HOUR_FIRST
from .values import cn_number, lazy

_RULE = lazy(r"[^。；→↓\n]*?(?:提交|填报|申报)(?:后|之日起|次日起)[^。；→↓\n]{0,16}?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*个?"
             r"(工作日|自然日|日|天)(?:内|之内)[^。；→↓\n]*")
_WEEKDAY = "一二三四五六日"
_UNIT_DUTY = lazy(r"局|推荐单位|主管部门|管委会|经济发展局|[县区]级")


@per_object
def _rule(n) -> tuple[str, str, int, bool] | None:
    """(clause, sentence, days, working days) of the notice's rule for the paper copies after one's own submission."""
    found = [(c.clause, m.group(0).strip("，, "), int(cn_number(m.group(1))), m.group(2) == "工作日") for c in n.passages
             for m in _RULE.finditer(c.text) if "纸质" in m.group(0) and not m.group(0).lstrip().startswith(("推荐单位", "各"))
             and not _UNIT_DUTY.search(m.group(0)[:m.start(1) - m.start()])]  # ('企业提交后，县（区）工业和信息化局在5个工作日内…': theirs)
    return max(found, key=lambda f: (len(f[0]), -len(f[1])), default=None)  # said in its own clause, in the fewest words


def after_own(start: dt.date, days: int, working: bool) -> dt.date:
    """The last day of `days` days counted from the day after `start` (working days: Monday to Friday)."""
    day, left = start, days
    while left:
        day += dt.timedelta(days=1)
        left -= not working or day.weekday() < 5
    return day


def own_paper_due(kb, now: dt.datetime, norm: str) -> tuple[str, str] | None:
    """(Chinese, English) of the day the paper copies are due for a message that says when it submitted online."""
    if not (about_paper(norm) or re.search(r"纸质|送过去|送到|送达|寄", norm)) or (rule := _rule(kb.notice)) is None:
        return None
    today, last = now.astimezone(kb.tz).date(), last_day(kb)
    day = next((s for m in _DAY.finditer(norm) if (s := _span(m, today, last)) and s[1] == s[2]
                and _DONE.match(re.sub(r"^\s*(?:凌晨|早上|上午|中午|下午|晚上|傍晚)", "", _HOUR_FIRST.sub("", norm[m.end():])))), None)
    if day is None:
        return None  # no day the applicant submitted on
    clause, said, days, working = rule
    due = after_own(day[1], days, working)
    window = max((x.when for x in (kb.notice.submission.deadlines if kb.notice.submission else ()) if x.label == PAPER_STEP), default="")
    if window and due.isoformat() > window[:10]:  # the paper window closes first ('受理截止时间为5月22日17:00')
        return (f"按通知{clause}“{said}”：{day[0]}（{zh_date(day[1])}）提交的，按天数算是{zh_date(due)}，但纸质材料受理截止为"
                f"{when_text(kb, window)}，请在此之前送达。", f"Counted from {day[1]:%B %d} that is {due:%B %d}, but paper copies close {window}.")
    caveat = "（按周一至周五计算，未计法定节假日和调休，请向推荐单位确认）" if working else ""
    return (f"按通知{clause}“{said}”：{day[0]}（{zh_date(day[1])}）提交的，纸质材料最迟须于{zh_date(due)}（星期{_WEEKDAY[due.weekday()]}）"
            f"送达{caveat}。", f"Under “{said}” ({clause}): submitted on {day[1]:%B %d}, the paper copies are due by {due:%B %d, %Y}"
            f"{' (Monday to Friday; holidays not counted in)' if working else ''}.")
