"""Chinese numerals of clause numbers: '十二' <-> 12."""

from __future__ import annotations

import re

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
        elif ch in "百千":  # '3千字' as well as '三千字'
            total += (cur or 1) * (100 if ch == "百" else 1000)
            cur = 0
        elif ch == "万":  # '一万字', '一万二千字'
            total, cur = (total + cur) * 10000, 0
        elif ch.isascii() and ch.isdigit():
            cur = cur * 10 + int(ch)
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


_YEAR_CN = re.compile(r"(?<![〇零○一二三四五六七八九十])([〇零○一二三四五六七八九]{4})(\s*年)")
_DAY_CN = re.compile(r"(?<![〇零一二三四五六七八九十百])([一二三四五六七八九十]{1,2})(\s*月\s*)([一二三四五六七八九十]{1,3})(\s*[日号])")


_DOC_CN = re.compile(r"([〔\[（(【]\s*)([〇零○一二三四五六七八九]{4})(\s*[〕\]）)】]\s*)([〇零一二三四五六七八九十百]{1,5})号")  # '〔二一四七〕十八号'
_HOUR_CN = re.compile(r"(日\s*(?:[（(]\s*(?:星期|周)[一二三四五六日天]\s*[)）])?\s*(?:上午|下午|晚上|中午)?\s*)"
                      r"([一二三四五六七八九十]{1,3})(\s*[时点])(?:([一二三四五六七八九十]{1,3})(\s*分))?")


def arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals as a reader computes them: '二〇三二年六月三十日' -> '2032年6月30日',
    '七月十日前' -> '7月10日前', '五月二十日（星期四）十七时前' -> '5月20日（星期四）17时前'
    (an impossible month, day or hour is left as written)."""
    if not _YEAR_CN.search(text) and not _DAY_CN.search(text) and not _HOUR_CN.search(text) and not _DOC_CN.search(text):  # '五时三十分'
        return text
    text = _DOC_CN.sub(lambda m: m.group(1) + "".join(str("〇一二三四五六七八九".index(c) if c in "〇一二三四五六七八九" else 0)
                                                      for c in m.group(2)) + m.group(3) + str(cn_int(m.group(4)) or m.group(4)) + "号", text)
    text = _YEAR_CN.sub(lambda m: "".join(str("〇一二三四五六七八九".index(c) if c in "〇一二三四五六七八九" else 0)
                                          for c in m.group(1)) + m.group(2), text)

    def day(m: re.Match) -> str:
        month, date = cn_int(m.group(1)), cn_int(m.group(3))
        return f"{month}{m.group(2)}{date}{m.group(4)}" if 1 <= month <= 12 and 1 <= date <= 31 else m.group(0)
    def hour(m: re.Match) -> str:
        h, minute = cn_int(m.group(2)), cn_int(m.group(4) or "")
        if not 0 <= h <= 24 or m.group(4) and not 0 <= minute < 60:
            return m.group(0)
        return f"{m.group(1)}{h}{m.group(3)}" + (f"{minute}{m.group(5)}" if m.group(4) else "")
    return _HOUR_CN.sub(hour, _DAY_CN.sub(day, text))


# A word limit written with a unit of count ('3千字', '5百字', '三千字', '30个字'): the number of characters ('1.5万字' is
# read as written).
_CHARS = r"(?=字(?!号|体|样|母|符|段|数))"  # characters counted, not '五号字'
_LIMIT_CN = re.compile(r"(?<![\d.〇零一二三四五六七八九十百千万两几])(?:(\d{1,3}(?:\.\d)?)\s*([百千])|([〇零一二三四五六七八九十百千两]{2,6}))\s*个?\s*"
                       rf"{_CHARS}|(?<![\d.])(\d{{1,6}})\s*个\s*{_CHARS}")


def arabic_counts(text: str) -> str:
    """Word limits as a reader computes them: '正文不超过3千字' -> '正文不超过3000字', '摘要不超过五百字' -> '…500字',
    '名称不超过30个字' -> '…30字' (a run that is no number is left as written)."""
    if "字" not in text:
        return text

    def count(m: re.Match) -> str:
        if m.group(4):
            return m.group(4)
        if m.group(1):
            n = float(m.group(1)) * {"百": 100, "千": 1000}[m.group(2)]
            return str(int(n)) if n == int(n) else m.group(0)
        n = cn_int(m.group(3))  # not a range ('五六千字', '一两百字', '二三十个字'): two numbers side by side
        return str(n) if n >= 10 and "万" not in m.group(0) and not re.search(r"[一二两三四五六七八九]{2}", m.group(3)) else m.group(0)
    return _LIMIT_CN.sub(count, text)
