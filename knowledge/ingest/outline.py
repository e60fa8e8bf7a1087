"""Notice text -> a tree of clauses (一、 / （一） / 1. / 附件N), each with its id, heading, body and source span.

Official notices arrive as plain text converted from Word or PDF: bold markers (**…**), URLs in angle
brackets, headings in half- or full-width brackets, paragraphs broken across lines and blank lines.
Every node keeps the character span of the source it was read from, so facts stay traceable.
"""

from __future__ import annotations

import re

from .guide import guide_node, guide_row, guide_title, labelled
from .item_ends import leaves_item
from .lines import _CLOSES, clean_line, decorated_heading, join_cjk, markdown_heading, markdown_item, symbol_item
from .numerals import CN_NUM, cn, cn_int
from .ocr import ocr_fixed
from .tree import Node, Outline
from .unwrap import counted_lines, split_lines, unglued, unwrap

__all__ = ["CN_NUM", "Node", "Outline", "clean_line", "cn_int", "join_cjk", "parse"]

_L1 = re.compile(rf"^\s*(?:第)?([{CN_NUM}]{{1,3}})\s*[、.．]\s*(.*)$")
# A part or chapter ('第五部分  申报程序', '第二章：申报条件'): a top-level clause, cited by its own words (第五部分（一）).
# An article ('第四条（申报条件）', '第四条 申报企业应当…') is one too.
_PART = re.compile(rf"^\s*第\s*([{CN_NUM}]{{1,3}})\s*(部分|章|篇|条)(?:\s*[、.．:：]\s*|\s+|$|(?=[（(【])|(?=[\u4e00-\u9fff][^，。；]{{0,15}}$))(.*)$")
_WRAPPED = re.compile(r"^[（(【]([^（()）【】]{1,20})[)）】]\s*(.*)$")
# An 一、 clause inside a part ('第一部分 总体要求' / '一、指导思想'): a level between the part and its （一） clauses.
_IN_PART = 1.5
_L2 = re.compile(rf"^\s*[（(]\s*([{CN_NUM}]{{1,3}})\s*[)）]\s*[、.．]?\s*(.*)$")
_L3 = re.compile(r"^\s*(\d{1,2})\s*(?:[.．、]|[)）])\s*(?!\d(?!\d{3}\s*年))(.*)$")  # '2．2032年度营业收入…' too
_L4 = re.compile(r"^\s*[（(]\s*(\d{1,2})\s*[)）]\s*(.*)$")
_L5 = re.compile(r"^\s*([①-⑳])\s*[、.．]?\s*(.*)$")  # '①质量管理体系升级。…': the innermost items
_ANNEX = re.compile(r"^\s*附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?\s*$")  # '附件2', '附件二'
_TAIL = re.compile(r"^[-•\s]*附\s*件\s*[:：]")
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
def parse(raw: str) -> Outline:
    """Split a notice (unwrapped if copied out of a PDF) into its clause tree; numbering must advance (1, 2, 3…)."""
    raw = labelled(counted_lines(unglued(unwrap(ocr_fixed(raw)))))
    head: list[tuple[str, int, int]] = []
    roots: list[Node] = []
    stack: list[Node] = []
    annex = 0
    tail: list[tuple[str, int, int]] = []
    prefix = ""
    blank = False
    lines = [(t, s, s + len(t)) for t, s, _ in split_lines(raw)]
    decorated = sum(bool(decorated_heading(clean_line(t))) for t, _, _ in lines) >= 3  # an article's own headings
    guide: Node | None = None  # a service guide after the signature ('…办事指南' then rows '受理时间｜…')
    for i, (line, s, e) in enumerate(lines):
        text, depth = markdown_heading(clean_line(line))
        if decorated and text and symbol_item(line):
            text = f"- {text}"  # '▶ …' under an article's heading is an item of its list
        if not text:
            blank = True
            continue
        after_blank, blank = blank, False
        m = _ANNEX.match(text)
        if m and roots and (annex or m.group(1) or not text.endswith(("：", ":")) or _signed_tail(tail)):
            # "附件" alone (a single attachment, often a forwarded notice) is cited as 附件.
            annex = cn_int(m.group(1)) if m.group(1) else annex + 1
            node = Node(f"附件{annex if m.group(1) else ''}", 0, annex, "", s, e, annex=annex)
            roots.append(node)
            stack = [node]
            continue
        if annex and stack and (_TAIL.match(text) or _DATE_LINE.match(text) and _signed(stack[-1])):
            # The attachment list and signature of a notice forwarded as an attachment close its clauses.
            stack = stack[:1]
            stack[0].lines.append((text, s, e))
            stack[0].end = e
            continue
        if not annex and roots and not tail and _DATE_LINE.match(text) and stack and stack[-1].lines:
            last = stack[-1].lines[-1]
            if len(last[0]) < 30 and not re.search(r"[，。；：]", last[0]):
                stack[-1].lines.pop()  # the issuer's signature above the date
                tail.append(last)
            tail.append((text, s, e))
            continue
        if not annex and tail and not guide and (name := guide_title(lines, i, text)):
            guide = guide_node(name, s, e)
            roots.append(guide)
            stack = [guide]
            continue
        if guide and not annex:
            row, text = guide_row(text, guide, s, e)
            stack = [guide, row] if row else [guide] if after_blank else stack
            if not text:
                continue
        elif not annex and roots and (tail or _TAIL.match(text)):
            tail.append((text, s, e))  # the attachment list and the signature close the main text
            continue
        node = _heading(text, s, e, stack, roots, annex)
        if node is None and decorated and not annex and (title := decorated_heading(text)):
            node = Node("", 1, 0, title, s, e, kind="#", depth=1)  # cited by its words: “申报对象”
        elif node is None and decorated and stack and _BATCH_LINE.match(text) and _items_follow(lines, i):
            node = Node("", stack[0].level + 0.5, 0, text.rstrip("：: "), s, e, kind="#", depth=2)  # '第一批：' over its steps
        if node is None and not annex and roots and _L1.match(text) and cn_int(_L1.match(text).group(1)) == 1 \
                and len(_L1.match(text).group(2)) <= 20 and "。" not in text:
            # A forwarded notice inside this one restarts at 一、: its clauses are cited as 附文 一、二…
            node = Node("", 1, 1, _L1.match(text).group(2).strip(), s, e)
            prefix = "附文 "
        if node is None and roots:
            node = _markdown_node(text, depth, s, e, stack, annex)
        if node:
            node.depth = node.depth or depth
            while stack and stack[-1].level >= node.level:
                stack.pop()
            if lead := _own_lead(stack, node):  # '专家评审主要从以下四个方面进行综合评价：' then ①…④ after the conditions' (1)…(5)
                stack[-1].children.append(lead)
                stack.append(lead)
            parent = stack[-1] if stack else None
            node.clause = _clause_id(parent, node, annex)
            if prefix and parent is None and not annex:
                node.clause = prefix + node.clause
            (parent.children if parent else roots).append(node)
            stack.append(node)
            continue
        if stack and after_blank and leaves_item(stack, text):
            stack.pop()  # a paragraph after a finished list item speaks of the whole list: it belongs to the list's clause
        if stack:
            stack[-1].lines.append((text, s, e))
            for n in stack:
                n.end = e
        else:
            head.append((text, s, e))
    for n in (x for r in roots for x in r.walk()):
        n.end = max([n.end, *(c.end for c in n.walk())])
    return Outline(raw, head, roots, tail)


# A batch's line over its steps in an article ('第一批：' then '▶ 线上填报：…').
_BATCH_LINE = re.compile(r"^第\s*[一二三四五六七八九十\d]{1,2}\s*批(?:次)?\s*[：:]$")


def _items_follow(lines: list[tuple[str, int, int]], i: int) -> bool:
    """The next line with words is a symbol item."""
    return next((symbol_item(t) for t, _, _ in lines[i + 1:] if t.strip()), False)


def _markdown_node(text: str, depth: int, s: int, e: int, stack: list[Node], annex: int) -> Node | None:
    """A bulleted list item ('- …'), cited as its list's clause and its place ('一第2项'); or a heading with hashes and
    no number ('### 遴选标准'), cited by its words, at the level its hashes give among the headings around it."""
    if item := markdown_item(text):  # an item of the innermost open clause that is no item itself
        parent = next((n for n in reversed(stack) if n.kind != "项"), None)
        if parent is None:
            return None
        number = 1 + sum(c.kind == "项" for c in parent.children)
        return Node("", parent.level + 0.25, number, item, s, e, annex=annex, kind="项")
    if not depth or len(text) > 30 or text[-1] in _CLOSES or not stack or stack[-1].level == 0 and not stack[-1].lines:
        return None  # not a heading, or an attachment's title under its mark ('### 附件1' / '## 申报材料编写说明')
    # Between the clause above and the numbered clauses it holds ('### 基本条件' over its （一）（二）).
    marked = [n for n in stack if n.depth]
    above = [n for n in marked if n.depth < depth]
    level = above[-1].level + 0.5 if above else next((n.level for n in marked if n.depth >= depth), stack[-1].level + 0.5)
    return Node("", level, 0, text, s, e, annex=annex, kind="#", depth=depth)


def _own_lead(stack: list[Node], node: Node) -> Node | None:
    """A list that starts after its own lead-in line ('专家评审主要从以下四个方面进行综合评价：'), in a clause that
    already holds a list of another level: the lead-in heads it, so that the two lists are read apart."""
    parent = stack[-1] if stack else None
    if node.number != 1 or parent is None or not parent.children or parent.children[-1].level == node.level:
        return None
    text, s, e = parent.lines[-1] if parent.lines else ("", 0, 0)
    if not text.endswith(("：", ":")) or s < parent.children[-1].end or re.search(r"情形|不予|不得|不能|否决", text):
        return None  # ('有下列情形之一的，不予推荐：' keeps its cases among the conditions, each with that lead-in)
    parent.lines.pop()  # cited as the clause it stands in: its items are '“申报条件”①'
    return Node(parent.clause, node.level - 0.1, 0, text.rstrip("：: "), s, e, annex=node.annex, kind="#")


def _signed_tail(tail: list[tuple[str, int, int]]) -> bool:
    """The main text is signed and dated: a '附件：' after it opens the attachment; before it, it lists them."""
    return any(_DATE_LINE.match(t) for t, _, _ in tail)


def _signed(node: Node) -> bool:
    """The node's last line is a short signature line (an issuer's name above the date)."""
    if not node.lines:
        return False
    last = node.lines[-1][0]
    if len(last) < 30 and not re.search(r"[，。；：]", last):
        node.lines.pop()
        return True
    return False


_SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff])+")


def _heading(text: str, s: int, e: int, stack: list[Node], roots: list[Node], annex: int) -> Node | None:
    if text.count("\t") >= 2:
        return None  # a table's row ('1.企业自评申报\t2033年4月25日…\t申报企业'), numbered or not
    part = _PART.match(text)
    if part:
        num = cn_int(part.group(1))
        if num and _continues(1, num, part.group(3), stack, roots):
            title = part.group(3).strip()
            if wrapped := _WRAPPED.match(title):  # '（遴选目的）' is the article's title, written in brackets
                title = f"{wrapped.group(1)} {wrapped.group(2)}".strip()
            return Node("", 1, num, title, s, e, annex=annex, kind=part.group(2))
        return None
    in_part = any(n.kind not in ("", "#", "项") for n in stack)
    for level, rx in ((_IN_PART if in_part else 1, _L1), (2, _L2), (3, _L3), (4, _L4), (5, _L5)):
        m = rx.match(text)
        if not m:
            continue
        num = ord(m.group(1)) - ord("①") + 1 if level == 5 else cn_int(m.group(1))
        if level == 5 and (up := [n for n in stack if n.level < 5]) and up[-1].level >= 2 and up[-1].kind != "#":
            return None  # '（二）…主要包括：①…②…' inside an item: the item's own words, not a list of the clause
        if num and _continues(level, num, m.group(2), stack, roots):
            return Node("", level, num, _unspaced(m.group(2).strip()), s, e, annex=annex)
        return None
    return None


def _unspaced(heading: str) -> str:
    """A heading spaced out a character at a time ('申 报 条 件', as a PDF centres it) as its words."""
    return re.sub(r"[ \t\u3000]+", "", heading) if _SPACED.fullmatch(heading) else heading


def _continues(level: float, num: int, text: str, stack: list[Node], roots: list[Node]) -> bool:
    """A numbered line is a heading when its number continues its siblings (or starts a list at 1)."""
    parents = [n for n in stack if n.level < level]
    siblings = parents[-1].children if parents else roots
    same = [n for n in siblings if n.level == level]
    if same:
        # A top-level number written twice ("四、" … "四、") still opens a section when it reads as a heading.
        return num == same[-1].number + 1 or level == 1 and num == same[-1].number and len(text) <= 20 and "。" not in text
    if num > 1 and parents and level >= 3:  # numbered on from the section before ('一、…1. 2. 3.', '二、…4. 5.'): a guide's questions
        above = [n for n in stack if n.level < parents[-1].level]
        kin = above[-1].children if above else roots
        before = kin[kin.index(parents[-1]) - 1].children if parents[-1] in kin and kin.index(parents[-1]) > 0 else []
        return bool(before) and before[-1].level == level and before[-1].number == num - 1
    return num == 1


def _clause_id(parent: Node | None, node: Node, annex: int) -> str:
    if node.kind in ("#", "项"):  # '二“遴选标准”', '一第2项'
        own = f"“{node.heading[:16]}”" if node.kind == "#" else f"第{node.number}项"
        return f"{parent.clause}{own}" if parent else own
    top = f"第{cn(node.number)}{node.kind}" if node.kind else cn(node.number)
    mark = {1: top, _IN_PART: cn(node.number), 2: f"（{cn(node.number)}）", 3: str(node.number), 4: f"（{node.number}）",
            5: chr(ord("①") + node.number - 1)}[node.level]
    if parent is not None and (parent.level == 0 or node.level == _IN_PART):
        return f"{parent.clause} {mark}"  # 附件1 一, 第一部分 一
    if parent is None:
        return f"附件{annex} {mark}" if annex else mark
    return parent.clause + mark
