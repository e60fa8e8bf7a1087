"""A contacts table with two or more units side by side in each row ('区 | 联系人 | 电话 | 区 | 联系人 | 电话'): its header
repeats one group of columns, and each row is read as that many rows, one per group, at the row's offsets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_PHONE_HEAD = re.compile(r"电话|手机|座机|联系方式|号码")


def _group(cells: list[str]) -> int:
    """The width of the header's repeated group of columns, or 0 when the header repeats none."""
    heads = [re.sub(r"[（(][^）)]{1,12}[)）]|\s", "", c) for c in cells if c.strip()]
    for n in range(2, len(heads) // 2 + 1):
        if len(heads) % n == 0 and all(heads[i:i + n] == heads[:n] for i in range(n, len(heads), n)) \
                and any(_PHONE_HEAD.search(h) for h in heads[:n]):
            return n
    return 0


def unfold(raw: str, lines: list[tuple[str, int, int]], cells_of: Callable[[str], list[str]]) -> Iterator[tuple[str, int, int]]:
    """Each line of the table as (text, start, end); a side-by-side row comes once per group, its cells between bars."""
    width = 0
    for _text, s, e in lines:
        line = raw[s:e]
        cells = cells_of(line)
        if not width and (width := _group(cells)):
            yield " | ".join(c.strip() for c in cells[:width]), s, e
            continue
        filled = [c.strip() for c in cells]
        filled += [""] * (-len(filled) % width if width and len(filled) > width else 0)  # a last group left empty: '| 丙区 | 赵三 | … |  |'
        if width and len(filled) > width:
            for i in range(0, len(filled), width):
                if any(filled[i:i + width]):  # a row's last group may be left empty
                    yield " | ".join(x or "—" for x in filled[i:i + width]), s, e
            continue
        yield line, s, e
