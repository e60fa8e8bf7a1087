"""Items counted inside a paragraph: '…：一是A；二是B；三是C。', '第一，…；第二，…', '（1）…（2）…', '①…②…'."""

from __future__ import annotations

import re

from .numerals import cn_int

# A count word that opens an item: after the paragraph's start, a colon, a semicolon, a full stop or a comma
# (a circled number anywhere).
_MARK = re.compile(r"(?:(?:(?<=^)|(?<=[：:；;。，,、\s]))"
                   r"(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})[，,、]|[（(](\d{1,2})[)）])|([①-⑳]))")
_STYLES = 4


def _number(m: re.Match) -> tuple[int, int]:
    """(style, number) of a count word: 一是 and 第一， and （1） and ① are four styles, never mixed in one list."""
    for style in range(_STYLES):
        g = m.group(style + 1)
        if g:
            return style, (ord(g) - ord("①") + 1 if style == 3 else cn_int(g))
    return -1, 0  # pragma: no cover - the pattern has one group per style


def enumerated(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, items) when a paragraph counts two or more items in order from the first; the last item ends with
    its sentence. None when the paragraph counts nothing."""
    marks = [(m, *_number(m)) for m in _MARK.finditer(text)]
    for i, (first, style, num) in enumerate(marks):
        if num != 1:
            continue
        run = [first]
        for m, st, n in marks[i + 1:]:
            if st == style and n == len(run) + 1:
                run.append(m)
        if len(run) < 2:
            continue
        ends = [m.start() for m in run[1:]]
        tail = text[run[-1].end():]
        stop = re.search(r"[。！？]", tail)
        ends.append(run[-1].end() + (stop.start() if stop else len(tail)))
        items = [_clean(text[m.end():end]) for m, end in zip(run, ends, strict=True)]
        if all(items):
            return text[:first.start()].strip().rstrip("：:，,").strip(), items
    return None


def _clean(item: str) -> str:
    return item.strip().strip("；;。，,、 ").strip()
