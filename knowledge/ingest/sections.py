"""Find the notice's sections in its clause tree by what they say, not by where they stand."""

from __future__ import annotations

import itertools
import re

from .enumeration import enumerated
from .lines import row_cells, table_rows
from .outline import Node, Outline

_TITLE_END = re.compile(r"[。.：:]|——|--|—")
# The title of an attachment that states the rules itself: a forwarded notice, or the round's guide ('…申报指南').
_GUIDE_TITLE = re.compile(r"^.{2,60}(申报指南|申请指南|实施细则|工作指南|实施方案|管理办法|遴选办法|评价办法)》?$")
_NOTICE_TITLE = re.compile(rf"关于.{{2,80}}(通知|办法|指南|细则|方案)|文件$|{_GUIDE_TITLE.pattern}")


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


def notice_annexes(outline: Outline) -> set[int]:
    """Attachments that are notices themselves (a forwarded notice: its own title and 一、二、三 clauses)."""
    out = set()
    for r in outline.roots:
        if r.level == 0 and sum(1 for c in r.children if c.level == 1) >= 3 \
                and any(_NOTICE_TITLE.search(t) for t, _, _ in r.lines[:6]):
            out.add(r.annex)
    return out


def guide_annexes(outline: Outline) -> set[int]:
    """Attachments that are the round's own guide ('…申报指南'): their dates are the applicants', as the main text's."""
    return {n for n in notice_annexes(outline)
            if any(r.annex == n and any(_GUIDE_TITLE.search(t.strip()) for t, _, _ in r.lines[:6]) for r in outline.roots)}


def content_nodes(outline: Outline) -> list[Node]:
    """The clauses that state the rules: the main text, then any notice forwarded as an attachment."""
    forwarded = notice_annexes(outline)
    main = [n for n in outline.nodes() if not n.annex]
    return main + [n for n in outline.nodes() if n.annex in forwarded and n.level > 0]


def find_section(outline: Outline, want: str, avoid: str, prose: str, titled: bool,
                 taken: set[int]) -> tuple[Node, list[dict]] | None:
    """A section's clause and items, in whichever shape the notice uses.

    A list of numbered items; a list in tiers (组织奖 1. 2. / 个人奖 1. 2.), each tier's items kept with its name;
    or a clause in prose under a heading matching `prose`, one item per sentence. The main text is searched first,
    then a notice forwarded as an attachment.
    """
    rx, bad, prose_rx = re.compile(want), re.compile(avoid) if avoid else None, re.compile(prose) if prose else None
    nodes = content_nodes(outline)
    for group in ([n for n in nodes if not n.annex], [n for n in nodes if n.annex]):
        lists = [n for n in group if n.children and all(not c.children or _bullets(c) or id(c) in taken for c in n.children)
                 and rx.search(_own_words(n)) and id(n) not in taken]
        # each tier names the section ('组织奖条件'), or the heading does ('申报条件': 共同条件 / 标杆企业还应满足); not one read already
        tiers = [n for n in group if len(kids := [c for c in n.children if id(c) not in taken]) >= 2 and all(_is_list(c) for c in kids)
                 and (all(rx.search(c.text) for c in kids) or rx.search(n.heading))
                 and not any(bad and bad.search(c.text) for c in kids) and id(n) not in taken]
        lists = [n for n in lists if not any(n in t.children for t in tiers)]  # a tiered list is read whole, not as its first tier
        # The words are in order of how surely they name the section: a list headed '…满足以下条件' before one headed
        # '遴选对象和数量', wherever they stand. A lead-in naming another section but for its last words is not this one's.
        cands = sorted([n for n in lists + tiers if not (n.kind == "#" and bad and bad.search(n.heading) and not rx.search(n.heading[-8:]))],
                       key=lambda n: (_strength(want, n.text), not rx.search(n.heading), n.start))  # '申报条件' before '项目构成'
        clean = [n for n in cands if not bad or not bad.search(n.text)]
        node = (clean or cands or [None])[0]
        if node is not None:
            return node, _tier_items(node, titled, taken) if node in tiers else [  # (not a section read already inside it)
                x for x in items_of(node, titled) if not any(x["clause"].startswith(c.clause) and (c.clause != node.clause or x["clause"] == c.clause)
                                                         for c in node.children if id(c) in taken and (bad.search(c.heading) or c.kind == "#"))]
        prose_nodes = [(n, *_prose(n)) for n in group if prose_rx and not n.children and id(n) not in taken]
        prose_nodes = [(n, title, body) for n, title, body in prose_nodes if prose_rx.search(title) and len(title) <= 16
                       and (enumerated(body) or len(sentences_of(body)) >= 2)]
        if prose_nodes:
            node, _title, body = prose_nodes[0]
            counted = enumerated(body)
            if counted:  # '…以下方向：一是…；二是…': the counted items, after the paragraph's lead-in
                lead, texts = counted
                return node, [_counted_item(node.clause, t, titled) for t in texts], lead or node.heading.rstrip("：:")  # lead-in as heading
            return node, _tiered_sentences(node.clause, sentences_of(body))
    return None


# '（二）制造业企业须同时满足：…' inside a paragraph: the tier the sentences after it belong to, up to the next.
_TIER_LEAD = re.compile(r"^[（(][一二三四五六七八九十\d]+[)）]\s*([\u4e00-\u9fff]{2,14}?)(?:还|另)?(?:须|应|需)?(?:同时)?(?:满足|具备|符合)?"
                        r"(?:以下|下列)?(?:条件|要求)?\s*[：:]")


def _tiered_sentences(clause: str, sents: list[str]) -> list[dict]:
    """One item per sentence of a paragraph, each titled with the tier it follows when the paragraph has two or more."""
    tiers = [m.group(1) if (m := _TIER_LEAD.match(s)) else None for s in sents]
    tiers, out, tier = tiers if len(set(tiers) - {None}) >= 2 else [None] * len(sents), [], ""
    for s, lead in zip(sents, tiers):  # the tier is its title: '制造业企业' / '在南京市注册成立满3年…'
        tier, text = lead or tier, (_TIER_LEAD.sub("", s) if lead else s) or s
        out.append({"clause": clause, "text": text, **({"title": tier} if tier else {})})
    return out


def _own_words(n: Node) -> str:
    """A clause's heading and lead-in, without the rows of a table in its body (a timeline's '专家评审' row is no
    heading of the criteria)."""
    return n.heading + "".join(t for t, _, _ in n.lines if "\t" not in t and "|" not in t)


def _strength(want: str, text: str) -> int:
    """The position of the first of `want`'s words that the text uses (0: the surest)."""
    return next((i for i, w in enumerate(want.split("|")) if re.search(w, text)), len(want))


def _prose(n: Node) -> tuple[str, str]:
    """(heading, body) of a clause in prose; a heading run into its paragraph ('遴选方向：本年度…') is split off."""
    if n.body:
        return n.heading, n.body
    title, body = split_title(n.heading)
    return (title, body) if title else (n.heading, "")


def _counted_item(clause: str, text: str, titled: bool) -> dict:
    """An item counted in a paragraph; titled, its words before the first comma are its title ('一是深化…应用，以…')."""
    head, comma, rest = text.partition("，")
    if titled and comma and len(head) <= 20 and rest:
        return {"clause": clause, "title": head, "text": rest}
    return {"clause": clause, "text": text}


def _bullets(n: Node) -> bool:
    """A titled item whose rules are bullets under it ('### （六）其他规定' / '- 每家企业限选1个…'): still one list's item."""
    return all(c.kind == "项" and not c.children for c in n.children)


def _is_list(n: Node) -> bool:
    return bool(n.children) and all(not c.children for c in n.children)


def _tier_items(node: Node, titled: bool, taken: set[int]) -> list[dict]:
    out = []
    for tier in (c for c in node.children if id(c) not in taken):
        name = _TITLE_END.split(tier.heading)[0].strip() or tier.heading.strip()
        name = re.sub(r"(?:申报单位|申报企业)?(?:还|另|另外)?(?:应|须|需|必须)?(?:同时)?(?:满足|具备|符合)(?:以下|下列)?(?:条件|要求)$", "", name) or name
        for item in items_of(tier, titled):
            if not titled or "title" not in item:
                item["title"] = name
            out.append(item)
    return out


def sentences_of(text: str) -> list[str]:
    """The sentences of a paragraph, without their closing marks."""
    return [strip_end(s) for s in re.findall(r"[^。；！？]+[。；！？]?", text) if len(strip_end(s)) >= 4]


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
    """The list's items; items of another level after a lead-in of their own ('有下列情形之一的，不予推荐：' / 1. 2.)
    keep that lead-in, so that an exclusion never reads as a condition."""
    out = []
    first = node.children[0] if node.children else None
    for c in (x for child in node.children for x in (child.children if _bullets(child) and child.children else [child])):
        title, body = split_title(c.text) if titled else ("", c.text)
        if title and not strip_end(body):  # '6. 其他创新质量管理实践。': a title alone is the item's text
            title, body = "", title
        leads = [t for t, s, _ in node.lines if first.start < s < c.start and t.endswith(("：", ":"))] if c.level != first.level else []
        body = leads[-1] + body if leads else body
        item = {"clause": c.clause, "text": strip_end(body) if not titled else body.strip()}
        if title:
            item["title"] = title
        out.append(item)
    return out


def intro_of(node: Node) -> str:
    """A list's lead-in without its colon: '申报单位应满足以下条件'."""
    body = "".join(t for t, s, _ in node.lines if s < node.children[0].start) if node.children else node.body  # its own
    lead = body if body and len(node.heading) <= 12 and not node.heading.endswith(("：", ":")) else node.heading + body
    return lead.rstrip("：:").strip()


def annex_titles(outline: Outline) -> dict[int, str]:
    """附件N -> its title (the first line under the 附件N mark, or a forwarded notice's own 关于…通知 line)."""
    out = {}
    for r in outline.roots:
        if r.level == 0 and r.lines:
            first = [t.strip() for t, _, _ in r.lines[:4]]
            out[r.annex] = next((t for t in first if re.search(r"关于.{2,80}(通知|办法|指南|细则|方案)$", t)), first[0])
    return out


def annex_list(outline: Outline) -> list[str]:
    """The attachment list at the end of the main text: '附件：1. A 2. B' (or one item a line) -> ['附件1：A', '附件2：B']."""
    lines = [t.strip() for t, _, _ in outline.tail]
    at = next((i for i, t in enumerate(lines) if re.match(r"附\s*件\s*[:：]", t)), None)
    if at is None:
        titles = annex_titles(outline)
        return [f"附件{k}：{v}" for k, v in sorted(titles.items())]
    listed = [re.sub(r"^附\s*件\s*[:：]\s*", "", lines[at])]
    listed += list(itertools.takewhile(lambda t: re.match(r"\d{1,2}\s*[.．、]", t), lines[at + 1:]))  # '2.2050年…推荐汇总表'; the signature ends it
    out = []
    for t in listed:
        for num, title in re.findall(r"(?:^|(?<=\s))(\d{1,2})\s*[.．、]\s*(.+?)(?=\s+\d{1,2}\s*[.．、]|$)", t):
            title = re.split(r"(?<=[》”\w])(?=[\u4e00-\u9fff]{2,}(委员会|政府|局|办公室|厅)\s*\d{4}|\d{4}\s*年)", title)[0]
            out.append(f"附件{num}：{title.strip()}")
    return out


def table_row(o: Outline, name: str, value: str) -> tuple[Node, str] | None:
    """A table's row naming a document and holding a value ('2 | 南通市…申报书 | — | 是 | 2份'), read with its header's
    names ('材料名称：…；是否盖章：是；份数：2份')."""
    for n in content_nodes(o):
        rows = table_rows(n.lines)
        for t in rows[1:]:
            if name in t and re.search(value, t):
                head, cells = row_cells(rows[0]), row_cells(t)
                said = [f"{h}：{c}" for h, c in zip(head, cells) if c and c not in ("—", "-", "/") and h != "序号" and not c.isdigit()]
                return n, "；".join(said)
    return None
