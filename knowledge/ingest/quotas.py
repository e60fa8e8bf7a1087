"""How many each district may recommend, when one sentence gives the quotas of several districts
('各区推荐名额如下：甲区不超过10家；乙区、丙区各不超过6家'): each unit gets its own district's quota, as written."""

from __future__ import annotations

import re

from .draft import Draft
from .sections import content_nodes

_EVERY = re.compile(r"各[^，,。；]{0,12}?(?:区|县|市|单位|部门)|每个?(?:区|县|市|推荐单位|单位)")
# A quota closing a sentence part: '各不超过6家', '不超过10家', '限推荐3家'; '各' says each of the places before it.
_QUOTA = re.compile(r"(各)?((?:原则上)?(?:不超过|不多于|最多|限推荐|限报|可推荐|推荐)?\s*[\d一二三四五六七八九十]{1,3}\s*(?:家|个|项|名))\s*$")


def build_quotas(d: Draft, geography) -> None:
    """Each unit's quota from the first clause that gives two or more districts theirs; a quota column of the units
    table (read with the table) is kept."""
    units = d.data.get("units", {}).get("items", [])
    if not units or all(u.get("quota") for u in units):
        return
    names = {u["district"]: _names(u["district"], d, geography) for u in units}
    for n in (*content_nodes(d.outline), *(x for x in d.outline.nodes() if x.annex)):  # an annex's quota table too
        got: dict[str, str] = {}
        every = ""  # '各县级市（区）推荐数量原则上不超过8项': the quota of each district not named
        # A list of one place to an item ('1. 西安高新区不超过8项；2. …') is read as its parent's text.
        text = n.full() if n.children and all(not c.children for c in n.children) else n.text
        for part in re.split(r"[；;。，,]|(?<=\d[家个项名])、", text):  # ('自流井区4个、贡井区3个': each place its own)
            part = re.split(r"[:：]", part)[-1]  # '各区推荐名额如下：甲区不超过10家'
            m = _QUOTA.search(part)
            if not m:
                continue
            before = part[: m.start()]
            named = [key for key, words in names.items() if any(w in before for w in words)]
            for key in named:
                got.setdefault(key, m.group(2).strip())
            if not named and (_EVERY.search(before) or re.search(r"其他|其余|其它|剩余", before)):  # '其他设区市…不超过12项'
                every = every or m.group(2).strip()
        table = "\n".join([n.heading, *(d.outline.raw[s:e] for _, s, e in n.lines)])
        if len(got) < 2 and (unit := _TABLE_HEAD.search(table)):  # '序号  推荐单位  推荐名额（家）' over '1  海曙区  3'
            for row in _TABLE_ROW.finditer(table):
                named = [key for key, words in names.items() if any(w == row.group(1) or w in row.group(1) for w in words)]
                for key in named[:1]:
                    got.setdefault(key, row.group(2) + (unit.group(1) or ""))  # the table's '3' under '推荐名额（家）'
        if len(got) >= 2 or got and every:
            for u in units:
                if not u.get("quota") and (u["district"] in got or every):
                    u["quota"], u["quota_clause"] = got.get(u["district"], every), n.clause
            d.found.append(f"各区推荐名额：{len(got)} 个区单列{'，其余' + every if every else ''}（{n.clause}）")
            return


_TABLE_HEAD = re.compile(r"(?:推荐)?名额\s*(?:[（(](家|个|项|名)[）)])?\s*$", re.M)
_TABLE_ROW = re.compile(r"^\s*\d{1,2}[\t ]+(\S{2,16}?)[\t ]+(\d{1,3})\s*$", re.M)


def _names(key: str, d: Draft, geography) -> tuple[str, ...]:
    """The names a district is written by: the round's own place, else the geography's district."""
    place = d.data.get("places", {}).get(key)
    if place:
        return tuple(x for x in (place["name"], place["short"]) if len(x) >= 2)
    dist = geography.districts.get(key) if geography is not None else None
    return tuple(x for x in (dist.name, dist.short) if x and len(x) >= 2) if dist else ()
