"""The number the notice sets for a thing a message names with a number ('评20家' against '本年度全市遴选不超过10家')."""

from __future__ import annotations

import re

from .assertions import LEAD, sentence_around
from .tracks import named, tracks
from .values import NUM, cn_number, in_unit


def stated_number(n, lead: str, unit: str, norm: str = "") -> tuple[float, str, str] | None:
    """(number, sentence, clause) where the notice sets a number of `unit` (years or months alike) for the thing
    named before it; of several sentences, the one of the track the message names ('标杆企业' of three tiers), then
    the one sharing most words with the message."""
    key = LEAD.sub("", lead)[-2:]
    if len(key) < 2:
        return None
    holders = [*(n.eligibility.items if n.eligibility else ()), *n.passages]
    duration = unit in ("年", "个月")
    units = "家|项|个|名" if unit in ("家", "项", "个", "名") else "年|个月" if duration \
        else "万元?|亿元?" if unit[:1] in "万亿" else re.escape(unit)  # "评50家" of "遴选…不超过30项"; '1亿元' in 万
    keys = (key, "遴选", "评选", "入选", "认定") if re.search(r"[评选]", key) else (key,)
    found = [(in_unit(cn_number(m.group(1)), m.group(2), unit), sentence, item.clause) for item in holders
             for m in re.finditer(rf"({NUM})\s*({units})(?!层级|方面|维度|部分|类别|阶段|环节|工作日|小时)", item.text)
             if any(k in (sentence := sentence_around(item.text, m.start(), m.end())) for k in keys) and cn_number(m.group(1)) > 0
             and not (m.group(2) == "年" and re.fullmatch(r"\d{4}", m.group(1)))]  # '2065年以来' is a year, no duration
    if not found:
        return None
    own = re.sub(r"(?:不是|并非|非|没有|没评上|不属于)[\u4e00-\u9fff“”\"]{2,8}", "", norm)  # not '不是专精特新' of a kind denied
    asked = named(tracks(n.eligibility.items), own) if n.eligibility and own else []
    stem = re.sub(r"申报$", "", asked[0]) if len(asked) == 1 else ""
    titles = {c.clause: c.title or "" for c in n.passages} if stem else {}
    pairs = {x for i in range(len(own) - 1) if not re.search(r"[\d\W]", x := own[i:i + 2])} - {"企业", "公司", "单位", "申报", "年度"}  # words
    best = max(found, key=lambda f: (bool(stem) and (titles.get(f[2], "").startswith(stem) or stem in f[1]),
                                     sum(f[1][i:i + 2] in pairs for i in range(len(f[1]) - 1))))[1]
    return max((f for f in found if f[1] == best), key=lambda f: len(f[2]))  # its innermost clause
