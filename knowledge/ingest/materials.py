"""The written materials: their parts with word limits, in whichever shape the notice lists them."""

from __future__ import annotations

import re

from . import facts
from .doc_names import asked_list, doc_title, doc_words, numbered_entries, part_key, prose_entries, table_entries
from .draft import Draft
from .inline_parts import INLINE_PART as _INLINE_PART
from .inline_parts import inline_parts as _inline_parts
from .inline_parts import section_limits
from .numerals import CN_NUM, cn_int
from .part_totals import subject as _subject
from .part_totals import tier_total
from .part_totals import title_and_total as _title_and_total
from .sections import content_nodes, strip_end
from .tree import md_body_rows


def build_materials(d: Draft) -> None:
    # Parts titled with their limit in brackets: '摘要（500 字以内）' followed by what to write.
    node = next((n for n in d.outline.nodes()
                 if len([c for c in n.children if _BRACKET_LIMIT.search(c.heading) or _COLON_LIMIT.match(c.heading)]) >= 2), None)
    if node is None:
        node = next((n for n in d.outline.nodes() if n.annex and re.search(r"材料.{0,6}(内容|组成)", n.text) and n.children), None)
        if node is not None and _limits_after(d.outline, node):  # the documents, and their parts' lengths in the next article
            _list_parts(d, node)
            return
    if node is None and (table := next((n for n in d.outline.nodes() if len(_limit_rows(n)) >= 2), None)) is not None:
        _table_parts(d, table)
        return
    if node is None:
        inline = next((n for n in d.outline.nodes() if len(_INLINE_PART.findall(n.text)) >= 2), None)
        listed = next((n for n in content_nodes(d.outline) if _MATERIALS.search(n.heading) and len(n.heading) <= 16
                       and (n.children or len(prose_entries(n)) >= 2)), None)
        if inline is not None and not (inline.annex and listed is not None and len(facts.limits("".join(x.text for x in listed.walk()))) >= 2):  # not a form's
            _inline_parts(d, inline)  # fields ('拟申报经验名称（不超过30字）' of an annexed 意向表) over the notice's own list
            return
        if listed is not None:
            _list_parts(d, listed)
            return
        if said := [(n, m) for n in content_nodes(d.outline) for m in _SAID_LIMIT.finditer(n.text)]:
            _said_limits(d, said)  # no list of materials, only '典型经验材料不超过5000字' in a sentence
            return
        d.missing.append("申报材料的组成与字数：未找到")
        return
    parts, used = [], set()
    for i, c in enumerate(node.children, 1):
        lim = facts.limit(c.heading)
        lim_m = re.search(r"\s*[（(][^）)]*字[^）)]*[)）]", c.heading)
        title = c.heading[: lim_m.start()].strip() if lim_m else c.heading.strip()
        rest = c.heading[lim_m.end():].strip(" 。.；;，,") if lim_m else ""  # '摘要（600字以内）；': nothing more
        colon = _COLON_LIMIT.match(c.heading) if not lim_m else None
        if colon:  # '经验摘要：不超过800字，概述…'
            title, rest = colon.group(1).strip(), c.heading[colon.end():].strip(" 。.；;")
        elif not lim_m and (cut := re.match(r"([\u4e00-\u9fff]{2,12})。(.+)", title)):  # '企业概况。包括…'
            title, rest = cut.group(1), cut.group(2).strip(" 。")
        body = "".join(x for x in (rest + "。" if rest else "", c.body) if x)
        key = part_key(title, used, f"part{i}")
        part = {"clause": c.clause, "key": key, "title": title, "text": body or title}
        if lim:
            part["limit"] = lim
        else:
            d.missing.append(f"{c.clause} {title}：没有字数限制")
        parts.append(part)
        d.note(f"materials.parts.{key}", lim or title, c.clause, c.start, c.start + len(c.heading) + 8)
    title, total = _title_and_total(node.heading)
    text = "".join(x for x in (total, node.body) if x)
    d.data["materials"] = {"clause": node.clause, "title": _subject(title), "text": text, "parts": parts}
    d.found.append(f"申报材料：{len(parts)} 个部分（{node.clause}）：" + "、".join(
        f"{p['title']}{'（' + str(p['limit']) + '字）' if 'limit' in p else ''}" for p in parts))


_BRACKET_LIMIT = re.compile(r"[（(][^）)]*\d[^）)]*字[^）)]*[)）]|[（(][^）)]*字(?:以内|之内)[^）)]*[)）]")
# A part titled before a colon and its limit: '经验摘要：不超过800字，…', '名称：30字以内。'.
_COLON_LIMIT = re.compile(r"^([^：:，,。；]{2,20})[：:]\s*(?:不超过|不多于|不得超过|限|最多|控制在)?\s*[\d一二三四五六七八九十百千.]+\s*万?\s*字"
                          r"(?:以内|之内|以下)?\s*[，,。；;]?\s*")
_MATERIALS = re.compile(r"申报材料|申请材料|提交材料|报送材料|材料清单|材料要求")


def _list_parts(d: Draft, node) -> None:
    """Materials as a list of documents (numbered, in tiers, or one sentence split at '；'), each with its word limit."""
    # '（一）材料清单 1. 2. …' beside '（二）字数要求', '（三）份数与装订': the one list of documents, its siblings the rules
    lists = [c for c in node.children if c.children and not any(g.children for g in c.children)]
    inner = next((c for c in lists if re.search(r"清单|目录|组成|构成|^(?:申报|提交|报送|需提交的)?材料[：:]?$", c.heading.strip())), None) \
        if len(node.children) > 1 and (len(lists) == 1 or re.search(r"组成|构成|清单", lists[0].heading if lists else "")) else None
    table = next((c for c in node.walk() if len(md_body_rows(c.lines)) >= 3), None)  # '| 序号 | 材料 | 要求 |' rows
    bare = next(((c, rows) for c in node.walk() if len(rows := table_entries(c)) >= 3), None) if table is None else None
    if bare is not None and (inner is None or not inner.children):  # '序号 | 材料名称 | 份数 | 盖章要求', no outer bars
        entries, inner = [(bare[0], row, "") for row in bare[1]], bare[0]
    elif table is not None and (inner is None or not inner.children):
        entries, inner = [(table, row.rstrip("。"), "") for row in md_body_rows(table.lines)], table
    elif inner is not None:
        entries = [(g, _own_text(g), "") for g in inner.children]
    elif asked := asked_list(node):
        entries = asked
    elif node.children:
        entries = []
        for c in (c for c in node.children if not (c.kind == "#" and re.search(r"格式|要求|说明|规范", c.heading))):  # not '材料格式要求：1.…'
            for g in (c.children or [c]):
                entries.append((g, _own_text(g), c.heading if c.children else ""))
        # One clause numbering the documents inline ('以下材料：1.…；2.…'): its items are the parts, and its
        # siblings ('材料要求') say how to hand them in.
        numbered = [(c, t, "") for c in node.children if not c.children for t in numbered_entries(c.text)]
        entries = numbered or entries
    else:
        entries = [(node, t, "") for t in prose_entries(node)]
    parts, used = [], set()
    for i, (n, text, tier) in enumerate(entries, 1):
        text = _ENUMERATED.sub("", text)  # '申报材料包括：（1）《…申报书》' / '（2）典型经验材料': the document itself
        title = (quoted := _QUOTED_LIMIT.match(text)) and quoted.group(1) or doc_title(text)  # '“企业概况”不超过800字'
        found = facts.limits(text)
        if _RULE_ENTRY.match(title) or len(found) >= 2 and len(_SENTENCE_PART.findall(text)) >= 2 and re.search(r"上限|字数|篇幅", title) \
                or re.fullmatch(r"(?:材料|文件|资料)?名称|序号|项目", title) and re.search(r"字数|格式|要求|备注|份数", text):
            continue  # '格式：A4纵向…', '总结材料各部分字数上限：名称30字以内；摘要…': a rule, its parts read below; a table's header
        key = part_key(title, used, f"part{i}")
        part = {"clause": n.clause, "key": key, "title": title, "text": strip_end(text) + "。", "match": doc_words(title),
                **({"detail": True} if quoted and parts and (parts[-1].get("detail") or re.search(r"其中[：:]?$", strip_end(parts[-1]["text"])))
                   else {})}  # the parts listed after '总字数不超过6000字，其中：
        if tier and len(name := _TIER_NAME.split(tier)[0].strip()) <= 16:  # not a lead-in ('企业须通过“…系统”（网址：…）…上传以下材料：')
            part["text"] = f"{name}：{part['text']}"
        # '正文不超过8000字，另附不超过500字的摘要', '全文不超过8000字，其中摘要不超过500字': the second limit is the abstract's
        named = _LIMIT_OF.findall(text) or [(lim, name) for name, lim in _PART_LIMIT.findall(text)]
        named = named if len(found) == 2 and len(named) == 1 and named[0][1] != title else []
        found = [x for x in found if not named or str(x[0]) != named[0][0]]
        about = re.search(rf"([\d{CN_NUM}千]{{2,6}})\s*字(?:左右|上下)", text) if not found else None  # '3000字左右': a guide, no cap
        if len(found) == 1 or about and cn_int(about.group(1)):
            part["limit"], part["about"] = (found[0][0], False) if found else (cn_int(about.group(1)), True)
            d.note(f"materials.parts.{key}", part["limit"], n.clause, n.start, n.end)
        if (sub := _SUB_LIMIT.search(text)) and int(sub.group(2)) == part.get("limit") and sub.group(1) not in title:
            part["title"] = f"{title}（{sub.group(1)}）"  # '其中"企业基本情况"不超过1500字': that part's limit, not the whole's
        parts.append(part)
        tier_total(tier, n, used, parts)  # '经验报告。报告正文不超过1.5万字，应包括以下内容：' over its parts
        # '其中，企业基本情况不超过800字；…摘要不超过500字；…总结（…）不超过6000字': each section's limit, no document of its own
        each = [(str(lim), name, piece) for name, lim, piece in section_limits(text)] if len(found) >= 3 else []
        for j, (lim, name, piece) in enumerate([*((lim, name, "") for lim, name in named), *each]):
            key = part_key(name, used, f"part{i}b{j or ''}")
            parts.append({**part, "key": key, "title": name, "limit": int(lim), "match": doc_words(name), "of": title,
                          **({"detail": True, "text": strip_end(piece) + "。"} if piece else {})})
    twice = {t for t in (p["title"] for p in parts) if sum(q["title"] == t for q in parts) > 1}
    for p in (p for p in parts if (of := p.pop("of", "")) and p["title"] in twice):  # '摘要（品牌培育工作报告）': with its document
        p["title"] = f"{p['title']}（{of}）"
    # Limits written after the list, in a sentence of their own ('经验总结材料正文一般不超过5000字，摘要300字左右，…').
    said = {p.get("limit") for p in parts}
    rest = [x for x in node.walk() if x not in inner.walk()] if inner is not None and inner is not node else [*([] if inner else [node]), *node.children]
    rest += _limits_after(d.outline, node)  # '第九条 典型经验材料按以下四部分撰写，字数要求如下：（一）“企业基本情况”不超过1000字…'
    for n, m in ((x, m) for x in rest for m in _SENTENCE_PART.finditer(x.text)):
        title, lim = re.sub(r"^(?:其中|另|且|并)", "", m.group(1)), int(m.group(2))
        if re.fullmatch(r"(?:不超过|不多于|控制在|限)", title) and (who := re.search(r"([\u4e00-\u9fff]{2,8}?)(?:应|须|需|要)[^，,。；;]{0,8}[，,]\s*$",
                                                                                       n.text[:m.start()])):
            title = who.group(1)  # '经验名称应简明扼要，不超过25字': the name's limit
        if of := re.match(r"的([\u4e00-\u9fff]{2,6}?)(?=[，,；;。）)]|$)", n.text[m.end():]):  # '并在正文前附不超过500字的内容摘要'
            title = of.group(1)
        # '申报质量标杆企业的，申报报告正文不超过8000字；申报…培育企业的，…不超过5000字': each limit with its track
        seg = re.split(r"[。；;]", n.text[:m.start()])[-1]  # '…；质量标杆培育企业提交《…报告》，正文不超过5000字': that track's document
        lead = re.search(r"(?:申报|属于|对于?)([\u4e00-\u9fff]{2,16}?)的[，,]?\s*$", seg) \
            or re.match(r"\s*([\u4e00-\u9fff]{2,16}?)(?:须|应|需)?(?:提交|报送|提供)《", seg)
        named = re.findall(r"《([^》]{2,30})》", seg) if title in ("正文", "全文") else []
        title = f"《{named[-1]}》{title}" if named else title
        if not named and title in ("正文", "全文") and (doc := re.split(r"按|依照|参照|根据|应|须|需|[，,]", doc_title(n.text))[0]) not in (title, ""):
            title = f"{doc}{title}"  # '典型经验材料按附件2提纲编写，正文不超过8000字': 典型经验材料正文
        if lim not in said and len(title) >= 2:
            key, title = part_key(title, used, f"limit{lim}"), f"{title}（{lead.group(1)}）" if lead else title
            also = [*doc_words(named[-1]), *(f"{lead.group(1)[-4:]}{w}" for w in ("报告", "主报告", "正文") if lead)] if named else []
            parts.append({"clause": n.clause, "key": key, "title": title, "limit": lim, "match": list(dict.fromkeys(doc_words(title) + also)),
                          "text": facts.sentence_with(n.text, re.escape(m.group(0))) or m.group(0),
                          "detail": True, **({"about": True} if m.group(0).endswith("左右") else {})})
    title = re.sub(r"(?<=材料)(?:及要求|要求|清单)$", "", node.heading) or "申报材料"  # '申报材料及要求'
    d.data["materials"] = {"clause": node.clause, "title": title, "text": node.body if node.children else "", "parts": parts}
    d.note("materials", node.clause, node.clause, node.start, node.end)
    d.found.append(f"申报材料：{len(parts)} 项（{node.clause}，材料清单）：" + "、".join(
        f"{p['title']}{'（' + str(p['limit']) + '字）' if 'limit' in p else ''}" for p in parts))


_TIER_NAME = re.compile(r"[：:。]")


def _limits_after(o, node) -> list:
    """The clause right after the list of documents when it sets the parts' lengths (an article of its own)."""
    kin = next((p.children for p in o.nodes() if node in p.children), o.roots)
    after = kin[kin.index(node) + 1:kin.index(node) + 2] if node in kin else []
    return [x for n in after if len(_QUOTED_PART.findall(n.full())) >= 2 for x in n.walk()]
_QUOTED_LIMIT = re.compile(r"^[“\"]([^”\"]{2,12})[”\"](?:部分)?(?:不超过|不多于|限|控制在)\s*\d{2,6}\s*字")
_QUOTED_PART = re.compile(r"[“\"][^”\"]{2,12}[”\"](?:部分)?(?:不超过|不多于|限|控制在)\s*\d{2,6}\s*字")
_ENUMERATED = re.compile(r"^\s*(?:[^：:（(。；]{0,16}[：:]\s*)?[（(]\d{1,2}[)）]\s*")
_RULE_ENTRY = re.compile(r"^(?:格式|排版|版式|装订|份数|字数|篇幅|印章|盖章|签章)(?:要求)?$|^(?:编写|撰写|写作|其他|有关|相关)(?:要求|说明)$")


def _own_text(n) -> str:
    """An item's own words: its first line, and the lines after it only when they continue its sentence."""
    return n.heading if n.heading.endswith(("。", "；", ";", "：")) or not n.body else n.text


_LIMIT_OF = re.compile(r"(?:不超过|不多于|限)\s*(\d{2,6})\s*字的([\u4e00-\u9fff]{2,6}?)(?=[，,；;。）)]|$)")
_PART_LIMIT = re.compile(r"[，,；;]\s*(?:其中|另|含)?(?!全文|正文|篇幅|字数|内容|总)([\u4e00-\u9fff]{2,6}?)(?:不超过|不多于|限|控制在)\s*(\d{2,6})\s*字")
_SUB_LIMIT = re.compile(r"其中\s*[“\"]?([\u4e00-\u9fff]{2,10}?)[”\"]?\s*(?:部分)?(?:字数|篇幅)?(?:不超过|不多于|限|控制在)\s*(\d{2,6})\s*字")
_SENTENCE_PART = re.compile(r"((?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,6}[)）]){2,16}?)[”\"」]?(?:部分)?"
                            r"(?:一般|原则上|应|须|均)?(?:不超过|不多于|控制在|限|在)?\s*(\d{2,6})\s*字"
                            r"(?:以内|之内|左右|以下)?")

def _limit_rows(node) -> list[tuple[str, int, str, bool]]:
    """(part, limit, what to write, whether the limit is 'about') of a table of lengths ('质量标杆名称\t不超过30字\t按
    “单位名称+…”命名'), its cells in any order after the part's name and a row number."""
    out = []
    for text, _s, _e in node.lines:
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        cells = cells[1:] if cells and re.fullmatch(r"\d{1,2}[.．、]?", cells[0]) else cells
        said = next((c for c in cells[1:] if _LENGTH_CELL.search(c)), "")
        if len(cells) >= 2 and said and re.fullmatch(r"[\u4e00-\u9fff（）()]{2,16}", cells[0]):
            rest = "；".join(c for c in cells[1:] if c != said)
            out.append((cells[0], int(_LENGTH_CELL.search(said).group(1)), rest, bool(re.search(r"左右|约|上下", said))))
    return out


# A cell giving a length: '不超过600字', '6000字左右', '30字以内' (never '第2页' or a date).
_LENGTH_CELL = re.compile(r"^(?:不超过|不多于|限|约|控制在)?\s*(\d{2,6})\s*字(?:以内|之内|以下|左右|上下)?$")


def _table_parts(d: Draft, node) -> None:
    """The parts and their limits from a table of lengths, under its clause's lead-in."""
    parts, used = [], set()
    for i, (title, lim, text, about) in enumerate(_limit_rows(node), 1):
        key = part_key(title, used, f"part{i}")
        parts.append({"clause": node.clause, "key": key, "title": title, "limit": lim, "text": text or title,
                      "match": doc_words(title), "about": about})
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8}?)部分?(?:不超过|不多于|限)\s*(\d{2,6})\s*字", text):  # '企业概况部分不超过800字'
            parts.append({"clause": node.clause, "key": f"limit{m.group(2)}", "title": m.group(1), "limit": int(m.group(2)),
                          "text": text, "match": doc_words(m.group(1)), "detail": True})
    lead = "".join(t for t, _, _ in node.lines if "\t" not in t)
    d.data["materials"] = {"clause": node.clause, "title": "申报材料", "text": lead, "parts": parts}
    d.note("materials", node.clause, node.clause, node.start, node.end)
    d.found.append(f"申报材料：{len(parts)} 个部分（{node.clause}，篇幅表）：" + "、".join(f"{p['title']}（{p['limit']}字）" for p in parts))


_SAID_LIMIT = re.compile(r"([\u4e00-\u9fff]{2,12}?)(?:一般|原则上|应|须)?(?:不超过|不多于|控制在|限)\s*(\d{2,6})\s*字")


def _said_limits(d: Draft, said: list) -> None:
    """Word limits written in sentences of a notice that lists no materials: each its part, quoted with its sentence."""
    parts, used = [], set()
    for i, (n, m) in enumerate(said, 1):
        title = re.sub(r"^(?:其中|另|且|并|和|及|撰写|编写|提交)", "", m.group(1))
        if any(p["title"] == title for p in parts):
            continue
        parts.append({"clause": n.clause, "key": part_key(title, used, f"part{i}"), "title": title, "limit": int(m.group(2)),
                      "match": doc_words(title), "text": facts.sentence_with(n.text, re.escape(m.group(0))) or m.group(0)})
    d.data["materials"] = {"clause": said[0][0].clause, "title": "申报材料", "text": "", "parts": parts}
    d.note("materials", said[0][0].clause, said[0][0].clause, said[0][0].start, said[0][0].end)
    d.found.append(f"申报材料：{len(parts)} 项字数（写在句子里）：" + "、".join(f"{p['title']}（{p['limit']}字）" for p in parts))
