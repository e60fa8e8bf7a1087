"""A place named only to be denied: '不在临港新片区', '不是松江的', '别给我岳阳楼区的' (not '不是，松江', a correction)."""

from __future__ import annotations

import re

from .text import Text

_DENIED = re.compile(r"(?:不在|不属于|不是|并非|不归|不算|没在|(?:别|不要|不用)给我?)$")  # ("别给我岳阳楼区的", not "要不要徐汇区…")
_CORRECTION = re.compile(r"^\s*(?:不是|不对)的?\s*[，,。.!！~～\s]")  # '不是，松江' after '嘉定找谁': a correction, not a denial


def denied(text: Text, start: int) -> bool:
    """'不在临港新片区', '不是松江的' deny the place; '不是，松江' corrects the place asked before."""
    return bool(_DENIED.search(text.compact[max(0, start - 4):start])) and not (_CORRECTION.match(text.norm) and start <= 3)
