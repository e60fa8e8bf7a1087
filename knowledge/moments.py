"""A moment something was already done ("昨晚11点半提交的", "3月20号5点半交的"), judged against the deadline: on time,
late, or, for an hour said without 上午/下午 whose two readings differ, both readings."""

from __future__ import annotations

import datetime as dt

from .phrasing import deadline_text, en_date, zh_date


def _at(first: dt.date, minutes: int, kb) -> tuple[dt.datetime, str]:
    when = dt.datetime.combine(first, dt.time(0), kb.tz) + dt.timedelta(minutes=minutes)
    return when, f"{when:%H:%M}"


def past_moment(kb, said: str, first: dt.date, at: tuple[int, int, bool], en: bool) -> str:
    """'昨晚（2024年3月1日）23:30在截止时间…之前，按时提交'; for '5点半' on a 17:00 deadline day, both 05:30 and 17:30."""
    when, clock = _at(first, at[0], kb)
    late, first = when > kb.deadline, when.date()  # "昨晚1点": the next day's 01:00
    if not at[2] and at[0] < 720 and (kb.deadline >= (other := _at(first, at[0] + 720, kb))[0]) == late:
        alt = other[1]
        return (f"{en_date(first)} {clock} is before the deadline ({deadline_text(kb, True)}), but {alt} is after it: on time only "
                f"if you mean the morning." if en else f"{said}（{zh_date(first)}）：如果是早上{clock}，在截止时间（{deadline_text(kb)}）之前，"
                f"按时；如果是下午{alt}，已经过了截止时间，算逾期。")
    return (f"{en_date(first)} {clock} is {'after' if late else 'before'} the deadline ({deadline_text(kb, True)}): "
            f"{'late' if late else 'on time'}." if en else
            f"{said}（{zh_date(first)}）{clock}{'已经过了' if late else '在'}截止时间（{deadline_text(kb)}）"
            f"{'，算逾期' if late else '之前，按时提交，不算逾期'}。")
