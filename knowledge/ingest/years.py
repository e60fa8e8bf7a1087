"""The year of the round: what a date written without a year ('3月28日17:00') belongs to."""

from __future__ import annotations

import dataclasses
import re

from . import facts
from .draft import Draft

DONE = re.compile(r"已于|已经|已在|上一年度|上年度|去年|往年|上一轮|上一期")  # a thing already done, not a step


def round_year(d: Draft) -> int:
    """The year a date written without one belongs to: the notice's own date's, else its number's or title's year."""
    meta = d.data.get("meta", {})
    said = re.search(r"\d{4}", meta.get("date") or "") or re.search(r"[〔\[【(（](\d{4})[〕\]】)）]", meta.get("doc_number") or "") \
        or re.search(r"(\d{4})\s*年", (meta.get("title") or "") + d.outline.raw[:2000])
    return int(said.group(1) if said and said.groups() else said.group(0)) if said else 2000


def next_year(d: Draft, dl: facts.Deadline) -> facts.Deadline:
    """'于3月13日前寄送' with no year in a notice issued in December: the coming year's March, not the past one."""
    issued = d.data.get("meta", {}).get("date", "")
    if not issued or dl.date.isoformat() >= issued or re.search(rf"\d{{4}}\s*年\s*0?{dl.date.month}\s*月", dl.sentence) \
            or int(issued[5:7]) < 9 or dl.date.month > 6 or DONE.search(dl.sentence):
        return dl  # only across the turn of the year, and never a thing already done ('已于11月30日前完成注册')
    later = dl.date.replace(year=dl.date.year + 1) if (dl.date.month, dl.date.day) != (2, 29) else dl.date
    return dataclasses.replace(dl, date=later) if later.isoformat() >= issued else dl
