"""One source line as a reader sees it, and the marks of a notice copied from a web page as markdown.

A web page's copy writes headings with hashes ('## **一、遴选重点**', '### 遴选标准' without a number), lists with
bullets ('- ', '* '), links as '[申报系统](https://…)' and bold as '**…**'.
"""

from __future__ import annotations

import re
import unicodedata

from .numerals import arabic_counts, arabic_dates
from .unwrap import ZWSP

_BOLD, _MASKED = re.compile(r"\*\*|__"), re.compile(r"(?<=\d)\*{3,6}(?=\d)|(?<=\d{3})\*{3,4}(?![\d*])")  # '139****6621', '0393-5321****'
_ANGLE_URL = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
_SPACE_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff，。；：、）（“”])[ \t\u3000]+(?=[\u4e00-\u9fff，。；：、）（“”])")


def clean_line(s: str) -> str:
    """Text of one source line as a reader sees it: no bold markers or URL brackets, NFKC digits."""
    s = _MASKED.sub(lambda m: "＊" * len(m.group(0)), s)  # '139****6621': a number partly hidden, no bold marks
    s = arabic_counts(arabic_dates(_BOLD.sub("", s.replace(ZWSP, ""))))
    s = _LINK.sub(lambda m: f"{m.group(1)}（{m.group(2)}）" if m.group(1) else m.group(2), _ANGLE_URL.sub(r"\1", s))
    s = "".join(unicodedata.normalize("NFKC", ch) if ch.isdigit() and not "①" <= ch <= "⑳" or "\uff01" <= ch <= "\uff5e" and ch not in "（），：；！？" else ch
                for ch in s)
    return _PADDED.sub(r"\1\2", _SYMBOL_BULLET.sub("", s.strip()))


# A two-character name padded to the width of three ('孙　丽', '王　工', '联系人：张 磊 0310-…'), as contacts lists write it.
_PADDED = re.compile(r"(?:(?<=[\s：:，,、])|^)([\u4e00-\u9fff])(?:\u3000{1,2}|(?<=[：:，,、]\w) )([\u4e00-\u9fff])(?=\s*(?:\d|$|[，,；;：:）)]))")
# An article's symbol before a line ('▲ 纸张：A4纸'), a decoration, not words.
_SYMBOL_BULLET = re.compile(r"^[▲△►▶▷■□●○◆◇★☆✔✅❖➤※]+\ufe0f?\s*")
_CLOSES = frozenset("。；;！!？?：:，,、")


def unpadded(s: str) -> str:
    """A line with its padded two-character names closed up ('鸳鸯街道：罗　婷 023-…' -> '鸳鸯街道：罗婷 023-…')."""
    return _PADDED.sub(r"\1\2", s)


def join_cjk(s: str) -> str:
    """Remove spaces a converter left between Chinese characters (keeps spaces inside addresses' numbers)."""
    return _SPACE_IN_CJK.sub("", s)


_FURNITURE = re.compile(r"^(?:首页|当前位置|您的位置|位置)\s*[:：]?.{0,80}(?:>|›|»).{0,80}(?:>|›|»).{0,40}$|"
                        r"^.{0,60}(?:浏览次数|阅读次数|点击数|访问量)\s*[:：]\s*\d+.{0,30}$|^字号\s*[:：].{0,40}$|"
                        r"^分享到[:：].{0,40}$|^【\s*(?:打印|关闭).{0,30}$|^\[?(?:打印本页|关闭窗口|返回顶部).{0,30}$|^-{3,}$|^\*{3,}$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_ITEM = re.compile(r"^[-*•·]\s+(\S.*)$")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(((?:https?://|www\.)[^)\s]+)\)")


def markdown_heading(text: str) -> tuple[str, int]:
    """A line without its heading's hashes, and how many there were (0: no markdown heading). A long '# …' line
    is a comment, not a heading, and a web page's furniture (breadcrumb, font size, share and print buttons) is no
    part of the notice: ('', 0)."""
    if _FURNITURE.search(text):
        return "", 0
    m = _MD_HEADING.match(text)
    if not m:
        return ("", 0) if text.startswith("#") else (text, 0)
    return (m.group(2).strip("# ").strip(), len(m.group(1))) if len(m.group(2)) <= 60 else ("", 0)


# A heading as a social-media article writes it: an emoji or a symbol, then the title, often in 【】 ('📌【申报对象】',
# '❓常见问题'), on a line of its own.
_EMOJI = "\U0001F300-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\u3297\u3299"
_DECORATED = re.compile(rf"^(?:[^\w\s【（(]\ufe0f?){{0,3}}\s*【\s*([^【】。，；;,！!？?]{{2,16}}?)\s*】\s*[:：]?$"
                        rf"|^[{_EMOJI}]\ufe0f?\s*([\u4e00-\u9fff][\u4e00-\u9fff、与和及]{{1,11}})\s*[:：]?$")


def symbol_item(line: str) -> bool:
    """A source line that starts with a symbol bullet ('▶ 注册成立满3年…'): in an article with decorated headings,
    an item of the list under its heading."""
    return bool(_SYMBOL_BULLET.match(line.strip()))


def decorated_heading(text: str) -> str:
    """The title of a line that is a decorated heading ('⏰【时间安排】' -> '时间安排'), '' for any other line."""
    m = _DECORATED.match(text)
    return (m.group(1) or m.group(2)).strip() if m else ""


def markdown_item(text: str) -> str:
    """The text of a bulleted list item ('- 推动质量管理体系升级。…'), '' for any other line."""
    m = _MD_ITEM.match(text)
    return m.group(1).strip() if m else ""


def table_rows(lines) -> list[str]:
    """The lines of a node that are rows of a plain-text table (cells between bars, or two or more tabs)."""
    return [t for t, _, _ in lines if "|" in t or t.count("\t") >= 2]


def row_cells(row: str) -> list[str]:
    """A table row's cells, split at bars or tabs."""
    return [x.strip() for x in re.split(r"[|\t]", row.strip())]
