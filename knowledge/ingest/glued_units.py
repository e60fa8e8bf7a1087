"""Units run together in one sentence, each office followed straight by its person and phone, separated by commas
('涧西区工信局王丽0379-64212345（地址：…），西工区工信局李强0379-63912345，…，联系人分别为偃师区工信局宋志刚0379-67712286、…')."""

from __future__ import annotations

import re

from .outline import clean_line
from .table import Row

_GLUED = re.compile(r"(?:^|(?<=[，,、：:；;。]))\s*(?:联系人(?:分别)?为)?\s*"
                    r"([\u4e00-\u9fff（）()]{2,20}?(?:局|委员会|委|管委会|中心|办公室|办))"
                    r"\s*([\u4e00-\u9fff·]{2,3}?)\s*[，,]?\s*((?:0\d{2,3}[-－]?)?\d{7,8}|1[3-9]\d{9})(?!\d)"
                    r"(?:\s*[（(](?:地址|办公地点)[:：]\s*([^）)]+)[）)])?")


def parse_glued_units(raw: str, lines: list[tuple[str, int, int]]) -> list[Row]:
    """One row per office found so in the clause's lines; none when fewer than three are run together."""
    rows = []
    for _text, s, e in lines:
        line = clean_line(raw[s:e])
        found = list(_GLUED.finditer(line))
        if len(found) < 3:
            continue
        for m in found:
            cells = {"name": m.group(1), "person": m.group(2), "phone": m.group(3)}
            if m.group(4):
                cells["address"] = m.group(4).strip()
            rows.append(Row(cells, s, e))
    return rows
