"""A table written with bars in a clause ('场次|时间|地点|覆盖区县 第二场|4月18日…|…|贡井区、大安区'), read cell by cell
under its header, so that a question naming a row and a column ('第二场覆盖哪些区县') finds the cell:
'第二场，覆盖区县：贡井区、大安区'."""

from __future__ import annotations

import re

_ROW = re.compile(r"[^。；;|\n]+(?:\|[^。；;|\n]*){2,}")  # a row of three cells or more
_HEADER = re.compile(r"[\u4e00-\u9fff（）()、/]{1,12}")  # a header cell: a few words, no figures


def cell_sentences(text: str) -> list[str]:
    """'<row's first cell>，<header>：<cell>' for every cell of every row under a header row of the same width."""
    out: list[str] = []
    header: list[str] = []
    for m in _ROW.finditer(text):
        cells = [c.strip() for c in m.group(0).split("|")]
        lead = re.split(r"[：:]", cells[0])[-1].strip()  # '具体安排如下：场次' starts the header row
        if all(_HEADER.fullmatch(c) for c in [lead, *cells[1:]]):
            header = [lead, *cells[1:]]
            continue
        if len(cells) != len(header) or not cells[0]:
            continue
        out += [f"{cells[0]}，{h}：{c}。" for h, c in zip(header[1:], cells[1:]) if c and c not in ("—", "-", "/")]
    return out


_NTH = re.compile(r"第\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[项条个]|序号\s*(\d{1,3})")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def numbered_row(text: str, norm: str, words: str) -> str:
    """'自评表第9项是啥要求': the row numbered 9 of a table whose first column is its number ('序号|指标|要求'), each cell under
    its header ('第9项：指标：质量数字化；要求：关键工序数控化率不低于60%'); '' when the message names no such row, or names
    nothing of the table (`words`: its title and lead, whose words the message must share)."""
    m = _NTH.search(norm)
    if m is None:
        return ""
    raw = m.group(1) or m.group(2)
    n = int(raw) if raw.isdigit() else (_CN[raw] if len(raw) == 1 else 10 + _CN.get(raw[-1], 0) if raw[0] == "十" else -1)
    header: list[str] = []
    for r in _ROW.finditer(text):
        cells = [c.strip() for c in r.group(0).split("|")]
        if re.search(r"序号|编号", cells[0]) and all(_HEADER.fullmatch(c) for c in cells[1:]):
            header = cells
            shared = any(words[i:i + 3] in norm for i in range(len(words) - 2)) or any(len(h) >= 2 and h in norm for h in header[1:])
            continue
        named = len(cells) > 1 and len(cells[1]) >= 2 and cells[1][:4] in norm  # '第十一项顾客满意…': the row's own name
        if header and (shared or named) and len(cells) == len(header) and cells[0] == str(n):
            return f"第{n}项：" + "；".join(f"{h}：{c}" for h, c in zip(header[1:], cells[1:]) if c)
    return ""
