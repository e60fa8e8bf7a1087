"""The table of recommending units: one row per district of the geography, with the clause that lists them."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .outline import Node
from .table import parse_table


def build_units(d: Draft, geography) -> None:
    o = d.outline
    cands = [n for n in o.nodes() if not n.annex and len(facts.phones("".join(t for t, _, _ in n.lines))) >= 3]
    best, rows, notes = None, [], []
    for n in cands:
        r, nt = parse_table(o.raw, n.lines)
        hits = sum(1 for x in r if _district_of(x.cells.get("name", ""), x.cells.get("address", ""), geography))
        if hits >= 3 and (best is None or hits > best[0]):
            best, rows, notes = (hits, n), r, nt
    if best is None:
        def lists(n: Node) -> bool:
            return len(facts.phones(n.full())) >= 3 and bool(n.children) or len(facts.phones("".join(t for t, _, _ in n.lines))) >= 3
        listed = next((n for n in o.nodes() if lists(n) and not any(lists(c) for c in n.children)), None)
        if listed is not None:
            # Places the geography does not know (another city's districts): quoted from the clause, not structured.
            d.ambiguous.append(f"{listed.clause} 列有各地联系方式，但对应不到已知的区，未收录为推荐单位；问到时引用该条原文")
        else:
            d.missing.append("各区推荐单位联系方式表：未找到")
        return
    node = best[1]
    d.table_rows = [(r.start, r.end) for r in rows]
    d.repaired += notes
    items = []
    for r in rows:
        unit = {k: r.cells.get(k, "") for k in ("name", "address", "person", "phone")}
        key = _district_of(unit["name"], unit["address"], geography)
        if not key:
            if not re.search(r"咨询|邮寄|举报", unit["name"]):
                d.ambiguous.append(f"推荐单位“{unit['name']}”对应不到区，未收录")
            continue
        if not unit["phone"]:
            d.ambiguous.append(f"推荐单位“{unit['name']}”没有读出电话，未收录")
            continue
        if any(u["district"] == key for u in items):
            d.ambiguous.append(f"“{unit['name']}”与另一单位对应同一个区，未收录")
            continue
        items.append({"district": key, **{k: v for k, v in unit.items() if v}})
        d.note(f"units.{key}", unit["phone"], node.clause, r.start, r.end)
    title = node.heading or "各区主管部门（推荐单位）联系方式"
    d.data["units"] = {"clause": node.clause, "title": title, "items": items}
    d.found.append(f"推荐单位：{len(items)} 个（{node.clause}）")
    incomplete = [u["name"] for u in items if not all(u.get(k) for k in ("address", "person", "phone"))]
    if incomplete:
        d.ambiguous.append(f"这些单位缺地址、联系人或电话：{'、'.join(incomplete)}")


def _district_of(name: str, address: str, geography) -> str:
    if geography is None:
        return ""
    for probe in (name, address):
        best = ""
        for key, dist in geography.districts.items():
            names = (dist.name, dist.short, *dist.former)
            if any(x and probe.startswith(x) for x in names) or (probe is name and dist.short in probe):
                if dist.within and best:
                    continue
                best = key
        if best:
            return best
    return ""
