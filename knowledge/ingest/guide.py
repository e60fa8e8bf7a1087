"""A service guide printed after the notice's signature ('2173年…遴选办事指南' then rows '受理时间｜工作日…'): the
notice's conditions, materials, hours and place are in its rows. It is read as a clause of its own, cited by its name
(“办事指南”), each row's label a clause under it (“办事指南”“受理时间”) and the row's numbered items under that. Its
rows are read as the notice would write them in prose ('受理时间：工作日…'), so that every reading of a labelled line
(a window's place, office hours, a hotline) reads them too."""

from __future__ import annotations

import re

from .tree import Node

_TITLE = re.compile(r"(办事指南|服务指南|申报指南|办理指南|申报须知|办事须知)$")
_LABEL = r"[\u4e00-\u9fff（）()、/]{2,12}"
_BAR_ROW = re.compile(rf"^(\s*{_LABEL})\s*(?:[｜|]|\t+)\s*(?=\S)", re.M)
_ROW = re.compile(rf"^({_LABEL})\s*[:：]\s*(\S.*)$")
_HEADER = re.compile(r"^(?:项目|事项|栏目|要素)\s*[:：｜|\t]\s*(?:内容|说明|具体内容|要求)\s*[｜|]?$")
_SIGNED = re.compile(r"^\s*[\d〇零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章部条])")
_END = re.compile(r"^\s*(?:附\s*件\s*[\d一二三四五六七八九十]{0,3}\s*[:：]?\s*$|[━─—=＝\-]{6,})")


def labelled(raw: str) -> str:
    """The text with each row of a guide written as a labelled line ('受理时间｜…' -> '受理时间：…')."""
    lines = raw.split("\n")
    out, inside, signed = [], False, False
    for i, line in enumerate(lines):
        signed = signed or bool(_SIGNED.match(line))  # a guide follows the notice's signature, never inside its clauses
        if not inside and signed and _TITLE.search(line.strip()) and len(line.strip()) <= 50 and not re.search(r"[，。；：:]", line) \
                and not _NUMBERED.match(line) and sum(bool(_BAR_ROW.match(t)) for t in [t for t in lines[i + 1:i + 16] if t.strip()][:8]) >= 4:
            inside = True
        elif inside and (_END.match(line) or _NUMBERED.match(line)):
            inside = False
        out.append(_BAR_ROW.sub(r"\1：", line, count=1) if inside else line)
    return "\n".join(out)


def guide_title(lines: list[tuple[str, int, int]], i: int, text: str) -> str:
    """The guide's short name when line `i` (read as `text`) is a guide's title with rows under it, else ''."""
    m = _TITLE.search(text)
    if not m or len(text) > 50 or re.search(r"[，。；：:]", text):
        return ""
    below = [t.strip() for t, _, _ in lines[i + 1:i + 16] if t.strip()][:8]
    return m.group(1) if sum(bool(_ROW.match(t) or _HEADER.match(t)) for t in below) >= 4 else ""


def guide_node(name: str, s: int, e: int) -> Node:
    """The guide's own clause, cited by its name."""
    return Node(f"“{name}”", 1, 0, name, s, e, kind="#")


def guide_row(text: str, guide: Node, s: int, e: int) -> tuple[Node | None, str]:
    """A row of the guide: its label's clause (added under the guide) and the value, to be read as that clause's
    first line; a header row ('项目｜内容') is skipped. (None, text) when `text` is not a row."""
    if _HEADER.match(text):
        return guide, ""
    m = _ROW.match(text)
    if not m:
        return None, text
    node = Node(f"{guide.clause}“{m.group(1)}”", 2, 0, m.group(1), s, e, kind="#")
    guide.children.append(node)
    return node, m.group(2).strip().strip("｜|").strip()
