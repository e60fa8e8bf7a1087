"""What a list of materials' parts makes up, and its total: the name and the total of a heading ('典型经验材料。全文不超过
12000字，由以下部分组成：'), and a document listed over its parts with a limit of its own ('质量管理经验报告。报告正文不超过
1.5万字，应包括以下内容：1．企业基本情况，3千字以内…')."""

from __future__ import annotations

import re

from . import facts
from .doc_names import doc_title, doc_words, part_key


def title_and_total(heading: str) -> tuple[str, str]:
    """The name and the sentence on the total ('全文不超过12000字。') of '典型经验材料。全文不超过12000字，由以下部分组成：'."""
    said = facts.sentences(heading)
    if len(said) < 2 or not facts.LIMIT.search(said[1].replace(" ", "")):
        return heading, ""
    total = re.split(r"[，,]?\s*(?:由以下|按以下|包括以下|分为以下)", said[1])[0].rstrip("，,：:；; ")
    return said[0].rstrip("。"), total + "。" + "".join(said[2:])


def subject(heading: str) -> str:
    """What the parts make up: '典型经验材料由以下部分组成：' -> '典型经验材料', '申报书内容及字数要求' -> '申报书内容'."""
    subject = re.split(r"由以下|按以下|包括以下|分为以下", heading)[0].rstrip("：: ")
    return re.sub(r"(?:及|和)?(?:字数|格式|撰写|编写)?要求$", "", subject) or subject or "申报材料"


def tier_total(tier: str, node, used: set[str], parts: list[dict]) -> None:
    """A document over its parts with its own limit, put before its first part (`node`, just listed) once."""
    title = doc_title(tier) if tier else ""
    if not title or not (lim := facts.limit(tier)) or any(p["title"] == title for p in parts) \
            or not re.search(r"(?:正文|全文|报告|材料|总字数|篇幅|总计|合计)[^，,。；;：:]{0,4}(?:不超过|不多于|不得超过|控制在|限)", tier):
        return  # not '…其中经验摘要不超过500字', a part's limit
    said = facts.sentence_with(tier, r"不超过|不多于|不得超过|以内|之内|控制在") or tier
    parts.insert(len(parts) - 1, {"clause": re.sub(r"[0-9]+$", "", node.clause) or node.clause, "key": part_key(title, used, f"total{lim}"),
                                  "title": title, "limit": lim, "match": doc_words(title), "text": said.rstrip("：:，,") + "。"})
