"""Find the notice's sections in its clause tree by what they say, not by where they stand."""

from __future__ import annotations

import re

from .outline import Node, Outline

_TITLE_END = re.compile(r"[。.：:]|——|--|—")


def leaf_lists(outline: Outline):
    """Nodes that head a list of numbered items (children without children of their own)."""
    for n in outline.nodes():
        if n.children and all(not c.children for c in n.children):
            yield n


def pick_list(outline: Outline, want: str, avoid: str = "", annex: bool = False) -> Node | None:
    """The list whose own heading/intro matches `want` (and not `avoid`, when another one does)."""
    rx, bad = re.compile(want), re.compile(avoid) if avoid else None
    cands = [n for n in leaf_lists(outline) if rx.search(n.text) and bool(n.annex) == annex]
    clean = [n for n in cands if not bad or not bad.search(n.text)]
    return (clean or cands or [None])[0]


def first_node(outline: Outline, want: str, *, annex: int | None = None, own: bool = True) -> Node | None:
    """The first clause whose own text (or, with own=False, its whole subtree) matches."""
    rx = re.compile(want)
    for n in outline.nodes():
        if annex is not None and n.annex != annex:
            continue
        if rx.search(n.text if own else n.full()):
            return n
    return None


def split_title(text: str, max_len: int = 24) -> tuple[str, str]:
    """'推动质量管理体系升级。加强…' -> ('推动质量管理体系升级', '加强…'); no title when the lead is a sentence."""
    m = _TITLE_END.search(text)
    if m and 0 < m.start() <= max_len and "，" not in text[: m.start()]:
        return text[: m.start()].strip(), text[m.end():].strip()
    return "", text.strip()


def strip_end(text: str) -> str:
    return text.strip().rstrip("；;。，,")


def items_of(node: Node, titled: bool) -> list[dict]:
    out = []
    for c in node.children:
        title, body = split_title(c.text) if titled else ("", c.text)
        item = {"clause": c.clause, "text": strip_end(body) if not titled else body.strip()}
        if title:
            item["title"] = title
        out.append(item)
    return out


def intro_of(node: Node) -> str:
    """A list's lead-in without its colon: '申报单位应满足以下条件'."""
    lead = node.body if node.body and len(node.heading) <= 12 and not node.heading.endswith(("：", ":")) else node.text
    return lead.rstrip("：:").strip()


def annex_titles(outline: Outline) -> dict[int, str]:
    """附件N -> its title (the first line under the 附件N mark)."""
    out = {}
    for r in outline.roots:
        if r.level == 0 and r.lines:
            out[r.annex] = r.lines[0][0].strip()
    return out


def annex_list(outline: Outline) -> list[str]:
    """The attachment list at the end of the main text: '附件：1. A 2. B' -> ['附件1：A', '附件2：B']."""
    text = "".join(t for t, _, _ in outline.tail)
    m = re.search(r"附\s*件\s*[:：](.*)", text)
    if not m:
        titles = annex_titles(outline)
        return [f"附件{k}：{v}" for k, v in sorted(titles.items())]
    body = m.group(1)
    parts = re.split(r"(\d{1,2})\s*[.．、]\s*", body)
    out = []
    for i in range(1, len(parts) - 1, 2):
        title = re.split(r"(?<=[》”\w])(?=[\u4e00-\u9fff]{2,}(委员会|政府|局|办公室|厅)\s*\d{4}|\d{4}\s*年)", parts[i + 1])[0]
        out.append(f"附件{parts[i]}：{title.strip()}")
    return out
