"""Addresses of the recommending units listed apart from their table ('部分推荐单位纸质材料接收地址：张店区：张店区人民
西路228号…；临淄区：…'): each given to the unit of the place its line names."""

from __future__ import annotations

import re

from .draft import Draft
from .places import towns_in_addresses

# '张店区：张店区人民西路228号区政务服务中心B座412室；': a place, a colon, and an address (a road or a number and a room).
_LINE = re.compile(r"^\s*([\u4e00-\u9fff]{2,24})\s*[：:]\s*([^：:；;。]{6,60}?(?:路|街|道|大厦|号|室|楼)[^：:；;。]{0,30})\s*[；;。]?\s*$")
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
        for m in _segments(text):
            _give(d, units, places, clause, m.group(1), m.group(2).strip(), start, end)


def _segments(text: str) -> list[re.Match]:
    """'张店区：张店区人民西路228号…', or several after a label ('2.部分推荐单位地址：毕节市工业和信息化局，毕节市…512室；
    黔南…局，都匀市剑江中路36号…'): (the place or its office, its address)."""
    if (m := _LINE.match(text)) and _ADDRESS.search(m.group(2)):
        return [m]
    listed = re.match(r"^\s*(?:\d+\s*[.．、]\s*)?([^：:；;。]{0,16})地址\s*[：:]\s*(.+)$", text)
    listed = listed if listed and re.search(r"推荐|单位|部门|受理|接收|报送", listed.group(1)) \
        and not re.search(r"答辩|培训|会议|会场|活动|考察|评审", listed.group(1)) else None  # not '现场答辩地址：…'
    listed = re.match(r"([^。]+)", listed.group(2)) if listed else None  # (a sentence after the list is none of it)
    found = [m for seg in re.split(r"[；;]", listed.group(1)) if listed and (m := _ITEM.match(seg)) and _ADDRESS.search(m.group(2))] if listed else []
    return found if len(found) >= 2 else []


_ITEM = re.compile(r"^\s*([\u4e00-\u9fff]{2,30}?)\s*[，,：:]\s*([^：:，,；;]{4,60}?(?:路|街|道|大厦|号|室|楼)[^：:；;]{0,30}?)\s*[。]?\s*$")


def _give(d: Draft, units: list[dict], places: dict, clause: str, label: str, address: str, start: int, end: int) -> None:
    """The address to the one unit without one whose place (or name) the label names."""
    for u in units:
        names = places.get(u.get("district", ""), set()) - {""}
        own = label in names or any(len(x) >= 2 and label.startswith(x) and _ORG.fullmatch(label[len(x):]) for x in names)
        if not u.get("address") and (own or u["name"].startswith(label) and len(label) >= 3):  # '高新区管委会：…'
            u["address"] = address
            d.note(f"units.{u['district']}.address", u["address"], clause, start, end)
            d.repaired.append(f"“{label}”的地址写在推荐单位表外（{clause}），已并入该单位：{u['address']}")
            if u.get("district") in (d.data.get("places") or {}):  # a town or street in it is a name of the unit's place
                towns_in_addresses(d.data["places"], [(u["district"], address)])
            return
