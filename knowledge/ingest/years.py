"""The year of the round: what a date written without a year ('3月28日17:00') belongs to."""

from __future__ import annotations

import re

from .draft import Draft


def round_year(d: Draft) -> int:
    """The year a date written without one belongs to: the notice's own date's, else its number's or title's year."""
    meta = d.data.get("meta", {})
    said = re.search(r"\d{4}", meta.get("date") or "") or re.search(r"[〔\[【(（](\d{4})[〕\]】)）]", meta.get("doc_number") or "") \
        or re.search(r"(\d{4})\s*年", (meta.get("title") or "") + d.outline.raw[:2000])
    return int(said.group(1) if said and said.groups() else said.group(0)) if said else 2000
