"""A place name typed with a front nasal for a back one or the reverse ('回明区' for 回民区, '高兴园区' for 高新园区, '南林区'
for 南岭区), as southern speakers and pinyin input methods often do: one character differs, by its nasal only, and the
rest is written the same. Tried last, when nothing else names a place, so that its pinyin tables load only then."""

from __future__ import annotations

import re

_SUFFIXED = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:园区|新区|开发区|区|县|市|旗|镇|街道)")


def _loose(reading: str) -> str:
    return reading[:-1] if reading.endswith(("ing", "eng")) else reading


def nasal_place(compact: str, districts: dict, keys) -> tuple[str, str] | None:
    """(as typed, key) of the one place of `keys` that a word of the message writes, by one of its names, with one
    character's nasal confused; None when none or several do."""
    from .text import readings  # the pinyin table, only on this rare path

    names = [(n, k) for k in keys if (d := districts.get(k)) for n in dict.fromkeys((d.name, d.short, *d.towns)) if n]
    found = set()
    for m in _SUFFIXED.finditer(compact):
        for start in range(m.start(), m.end() - 1):
            typed = compact[start:m.end()]
            for name, key in names:
                if len(name) != len(typed) or name == typed:
                    continue
                differ = [(a, b) for a, b in zip(typed, name, strict=True) if a != b]
                if len(differ) == 1 and len(name) >= 3 and {_loose(r) for r in readings(differ[0][0])[:1]} & {_loose(r) for r in readings(differ[0][1])}:
                    found.add((typed, key))
    return next(iter(found)) if len({k for _, k in found}) == 1 else None
