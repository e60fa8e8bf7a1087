"""Chinese numerals of clause numbers: '十二' <-> 12."""

from __future__ import annotations

CN_NUM = "〇零一二三四五六七八九十百两"


def cn_int(s: str) -> int:
    """'十二' -> 12, '三' -> 3, '12' -> 12; 0 when it is not a number."""
    s = s.strip()
    if s.isascii() and s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    total, cur = 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return 0
    return total + cur


def cn(n: int) -> str:
    """12 -> '十二', 3 -> '三'."""
    units = "零一二三四五六七八九"
    if n < 10:
        return units[n]
    if n < 20:
        return "十" + (units[n % 10] if n % 10 else "")
    return units[n // 10] + "十" + (units[n % 10] if n % 10 else "")
