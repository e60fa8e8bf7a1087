"""Materials' parts named in one sentence with their limits in brackets ('包括经验名称（20字以内）、摘要（300字以内）和
正文（12000字以内）')."""

from __future__ import annotations

import re

from . import facts
from .doc_names import part_key
from .draft import Draft

# '摘要（600字以内）', '管理方法（技术）的推进和应用情况（6000字以内）', '实施效果（2500字以内，须提供近三年数据）'
INLINE_PART = re.compile(r"((?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{1,6}[)）]){2,30}?)\s*[（(]\s*(?:不超过|限)?\s*(\d{1,6})\s*字"
                          r"(?:以内|之内)?\s*(?:[，,；;]\s*([^（()）]{2,60}))?[)）]")


def inline_parts(d: Draft, node) -> None:
    """'包括经验名称（20字以内）、摘要（300字以内）和正文（12000字以内）' -> parts with limits."""
    parts, used = [], set()
    for i, m in enumerate(INLINE_PART.finditer(node.text), 1):
        title = re.sub(r"^(包括|含|由|及|和|以及|、)+", "", m.group(1))
        key = part_key(title, used, f"part{i}")
        parts.append({"clause": node.clause, "key": key, "title": title, "limit": int(m.group(2)), "note": m.group(3) or "",
                      "text": "".join(x for x in facts.SENTENCE.findall(node.text) if title in INLINE_PART.sub("", x))})
    # What the materials are: the sentences that list them, not the clause's format or seal rules written after them.
    listing = "".join(x for x in facts.SENTENCE.findall(node.body) if re.search(r"包括|组成|构成", x) or INLINE_PART.search(x))
    first = next((x for x in facts.SENTENCE.findall(node.body) if INLINE_PART.search(x)), "")
    said = re.match(r"\s*([\u4e00-\u9fff]{2,8}?)(?:依次|主要|应当|应|须)?(?:包括|包含|由)", first)  # '总结材料依次包括：…'
    title = said.group(1) if said else _inline_title(node.heading)
    d.data["materials"] = {"clause": node.clause, "title": title, "text": listing or node.text, "parts": parts}
    d.note("materials", node.clause, node.clause, node.start, node.end)
    d.found.append(f"申报材料：{len(parts)} 个部分（{node.clause}，写在一句话里）")


def _inline_title(heading: str) -> str:
    """What a sentence listing the parts names: its first words ('申报书。包括经验名称（20字以内）…' -> '申报书')."""
    first = re.split(r"[。：:，,；;]|包括|由以下", heading)[0].strip()
    return first[:12] if first and not INLINE_PART.search(first) else "申报材料"


_SECTION_LIMIT = re.compile(r"(?:不超过|不多于|限|控制在)\s*(\d{2,6})\s*字")


def section_limits(text: str) -> list[tuple[str, int, str]]:
    """The sections of one document each with its own limit, said clause by clause ('其中，企业基本情况不超过800字；
    质量管理实践摘要不超过500字；质量管理实践总结（包括…四部分）不超过6000字，并附3至5个典型案例，每个案例不超过1000字')."""
    out, lead = [], ""
    for piece in re.split(r"[；;。，,](?![^（(]*[)）])", text):
        if re.match(r"\s*(?:并附|另附|附)", piece) and not _SECTION_LIMIT.search(piece):
            lead = piece.strip() + "，"  # '并附3至5个典型案例，每个案例不超过1000字': said with the case's limit
            continue
        piece, lead = lead + piece, ""
        if (m := _SECTION_LIMIT.search(piece)) and not _SECTION_LIMIT.search(piece, m.end()):
            title = re.sub(r"[（(][^）)]*[)）]|[“”\"《》]", "", re.split(r"[：:，,]", piece[:m.start()])[-1])  # '如下：企业基本情况'
            title = re.sub(r"^.*?(?:其中|另|并|且|均|每份)[：:]?", "", title) if re.search(r"其中|另|并|且", title[:3]) else title
            title = re.sub(r"(?:一般|原则上|应|须|均|字数|篇幅)+$", "", title.strip())
            if re.fullmatch(r"[\u4e00-\u9fff]{2,16}", title) and not re.fullmatch(r"(?:全文|正文|总字数|总计|合计|共计)", title):
                out.append((title, int(m.group(1)), piece.strip()))
    return out
