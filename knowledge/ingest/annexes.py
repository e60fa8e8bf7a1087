"""Attachments and the clauses read from them: supporting evidence, uploads, the format clause, the procedure
annex and the attachment list. The written materials are in materials.py, the layout rules in formats.py."""

from __future__ import annotations

import re

from .doc_names import doc_words
from .draft import Draft
from .formats import FONTS, SIZE, draft_rules, format_rules
from .sections import annex_list, annex_titles, first_node

__all__ = ["build_annex_clauses", "doc_words"]


# A heading that only says its items are the layout rules ('格式要求：', '格式规范', '申报材料格式要求').
_SEALS_ONLY = re.compile(r"盖章|公章|骑缝")
_FORMAT_HEADING = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}(?:格式|排版|版式)(?:要求|规范|规定)|格式|排版|版式|排版格式)\s*[:：]?$")


_STEP_LINE = re.compile(r"^\s*第[一二三四五六七八九十]{1,2}步\s*[：:]")


def build_annex_clauses(d: Draft) -> None:
    o = d.outline
    sup = next((n for n in o.nodes() if re.match(r"[（(]?[一二三四五六七八九十\d]*[)）]?\s*(?:证实性|证明|佐证)材料(?:应|须|需|包括|包含|主要|是指|指)",
                                                  n.text)), None) or first_node(o, r"证实性材料|证明材料|佐证材料", annex=None)  # its own clause first
    sup = next((n for n in o.nodes() if n.annex and re.search(r"证实性材料|证明材料|佐证材料", n.heading)), None) or sup
    if sup is not None:
        d.data["supporting"] = {"clause": sup.clause, "title": sup.heading, "text": sup.body or sup.text}
        d.note("supporting", sup.clause, sup.clause, sup.start, sup.end)
    up = next((n for n in o.nodes() if n.annex and re.search(r"扫描|上传", n.text) and not n.children
               and len(re.findall(r"问\s*[：:]", n.text)) < 2), None)  # not a whole annex of questions and answers
    if up is not None:
        d.data["uploads"] = {"clause": up.clause, "text": up.text}
    fmts = [n for n in o.nodes() if re.search(FONTS, n.text) and SIZE.search(n.text)]
    fmt = next((n for n in fmts if not n.children and not n.annex), None) or next((n for n in fmts if not n.annex), None) \
        or next((n for n in fmts if not n.children), fmts[0] if fmts else None)  # the main text's, not a form's 填报说明
    parent = next((p for p in o.nodes() if fmt in p.children), None) if fmt is not None else None
    # '（三）格式要求：' over its items (paper, fonts, files): the whole clause, item by item; an item about seals only
    # ('申报信息表需加盖单位公章…') is none of them, and a clause with no other item is its one item.
    kids = [c for c in parent.children if not _SEALS_ONLY.search(c.full()) or re.search(rf"{FONTS}|PDF|pdf|MB|A4|纸", c.full())] \
        if parent is not None and _FORMAT_HEADING.match(parent.heading) else []
    if len(kids) >= 2 or parent is not None and kids and parent.body:
        fmt = parent
    if fmt is not None:
        parts = [fmt.body, *(c.full() for c in kids)] if fmt is parent else [fmt.text] if not fmt.children else \
            [t for t in (fmt.heading.rstrip("：:"), *(t for t, _, _ in fmt.lines)) if re.search(rf"{FONTS}|PDF|pdf|MB|A4|Word|JPG|格式要求|页码|装订", t)]
        # (a list's own layout lines, and its heading's: '三、正文（宋体小四号，1.5倍行距）：' over its parts)
        rules = [r for part in parts if part for r in format_rules(part)]
        inside = set(fmt.walk())
        for other in (n for n in o.nodes() if n not in inside and _FORMAT_HEADING.match(re.split(r"[。.]", n.heading)[0])
                      and not n.children and len(n.text) > len(n.heading.split("。")[0]) + 1):  # '（四）格式要求。…A4纸双面打印…' too
            own = other.text[len(re.split(r"[。.]", other.heading)[0]) + 1:]  # without its title
            rules += [{**r, "clause": other.clause} for r in format_rules(own) if r["text"] not in {x["text"] for x in rules}]
    if fmt is not None and rules:  # (a layout read from nothing is no format section)
        d.data["format"] = {"clause": fmt.clause, "rules": rules}
        d.note("format", fmt.clause, fmt.clause, fmt.start, fmt.end)
        d.found.append(f"格式要求：{len(rules)} 条（{fmt.clause}）")
        dr = draft_rules(d, fmt.clause, rules)
        if dr:
            d.data["draft_rules"] = dr
    else:
        d.missing.append("排版格式要求：未找到")
    titles = annex_titles(o)
    proc_no = next((k for k, v in titles.items() if re.search(r"流程|程序|步骤|指南", v)), None)
    if proc_no is not None:
        root = next(r for r in o.roots if r.level == 0 and r.annex == proc_no)
        body = "".join(t for t, _, _ in root.lines[1:]) + "".join(c.full() for c in root.children)
        steps = [f"{c.number}. {c.text}" for c in root.children]
        d.data["procedure"] = {"clause": root.clause, "title": titles[proc_no], "text": body or titles[proc_no],
                               "truncated": not root.children and bool(re.search(r"以下|如下", body)) and body.rstrip().endswith(("。", "：", ":"))}
        if steps:
            d.data["procedure"]["steps"] = steps
        if d.data["procedure"]["truncated"]:
            d.ambiguous.append(f"{root.clause}《{titles[proc_no]}》只有开头一句，后面的步骤没有随通知给出")
    if proc_no is None and (node := next((n for n in o.nodes() if sum(bool(_STEP_LINE.match(t)) for t, _, _ in n.lines) >= 2), None)):
        steps = [t.strip() for t, _, _ in node.lines if _STEP_LINE.match(t)]  # '第一步：实名认证。…' one to a line, in the main text
        d.data["procedure"] = {"clause": node.clause, "title": re.split(r"[。：:]", node.heading)[0] or "办理步骤", "text": node.text, "steps": steps}
        d.found.append(f"办理步骤：{len(steps)} 步（{node.clause}）")
    items = annex_list(o)
    if items:
        d.data["attachments"] = {"clause": "附件", "items": items}
