"""A scanned notice's text read back by OCR: characters mistaken for look-alikes ('2O52' for 2052, '－、' for the
clause number 一、, '曰常' for 日常). Set right before the clauses are read, one character for one, so that every
offset stays traceable to the source; the operator's report says how many were set right."""

from __future__ import annotations

import re

# A letter O or o between digits ('2O52', '9OO1', '1O6'), or a letter l or I ('2l3'): a digit.
_DIGIT_O = re.compile(r"(?<=\d)[Oo](?=[Oo]*\d)")
_DIGIT_L = re.compile(r"(?<=\d)[lI](?=[lI]*\d)")
# A dash read for 一 where a clause's number stands: at a line's start before '、', or inside brackets.
_DASH_ONE = re.compile(r"(?m)(?<![^\n])([ \t\u3000]*)[－\-—–](?=[、．.])|(?<=[（(])[－\-—–](?=[）)])")
# 曰 ('say') is no word of a notice: OCR's 日 ('曰常', '2月3曰').
_YUE = "曰"


def ocr_fixed(raw: str) -> str:
    """The text with OCR's look-alike characters set right, the same length."""
    if not (_YUE in raw or _DIGIT_O.search(raw) or _DIGIT_L.search(raw) or _DASH_ONE.search(raw)):
        return raw
    out = raw.replace(_YUE, "日")
    out = _DASH_ONE.sub(lambda m: (m.group(1) or "") + "一", out)
    for rx, digit in ((_DIGIT_O, "0"), (_DIGIT_L, "1")):
        while rx.search(out):
            out = rx.sub(digit, out)
    return out


def ocr_fixes(raw: str) -> int:
    """How many characters `ocr_fixed` sets right."""
    fixed = ocr_fixed(raw)
    return sum(1 for a, b in zip(raw, fixed, strict=True) if a != b)
