"""Addresses of the recommending units listed apart from their table ('部分推荐单位纸质材料接收地址：张店区：张店区人民
西路228号…；临淄区：…'): each given to the unit of the place its line names."""

from __future__ import annotations

import re

from .draft import Draft

# '张店区：张店区人民西路228号区政务服务中心B座412室；': a place, a colon, and an address (a road or a number and a room).
_LINE = re.compile(r"^\s*([\u4e00-\u9fff]{2,10})\s*[：:]\s*([^：:；;。]{6,60}?(?:路|街|道|大厦|号|室|楼)[^：:；;。]{0,30})\s*[；;。]?\s*$")
_ADDRESS = re.compile(r"\d+\s*号|室$|楼")
_ORG = re.compile(r"(?:管委会|管理委员会|[^：:，,]{0,8}(?:局|委|办|中心|处|科|部))?")  # the place's office after its name


def build_unit_addresses(d: Draft, geography) -> None:
    """units.items[].address from lines '<place or its office>：<address>' in the units clause, for units with none."""
    units = (d.data.get("units") or {}).get("items") or []
    if not units:
        return
    clause = d.data["units"]["clause"]
    node = next((n for n in d.outline.nodes() if n.clause == clause), None)
    if node is None:
        return
    places = {k: {p.name, p.short} for k, p in (geography.districts.items() if geography else ())}
    places |= {k: {p.get("name", ""), p.get("short", "")} for k, p in (d.data.get("places") or {}).items()}
    for text, start, end in (x for n in node.walk() for x in n.lines):
        m = _LINE.match(text)
        if not m or not _ADDRESS.search(m.group(2)):
            continue
        label = m.group(1)
        for u in units:
            names = places.get(u.get("district", ""), set()) - {""}
            own = label in names or any(len(x) >= 2 and label.startswith(x) and _ORG.fullmatch(label[len(x):]) for x in names)
            if not u.get("address") and (own or u["name"].startswith(label) and len(label) >= 3):  # '高新区管委会：…'
                u["address"] = m.group(2).strip()
                d.note(f"units.{u['district']}.address", u["address"], clause, start, end)
                d.repaired.append(f"“{label}”的地址写在推荐单位表外（{clause}），已并入该单位：{u['address']}")
                break
