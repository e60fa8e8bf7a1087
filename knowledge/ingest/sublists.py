"""A units list split under sub-headings of one clause ('（二）各区推荐单位：…' '（三）滨海新区推荐单位：…'): read as one."""

from __future__ import annotations

import re
from collections.abc import Callable

from .grouped_units import grouped_rows
from .outline import Node, Outline

_UNITS_HEAD = re.compile(r"推荐单位|推荐部门|受理单位|申报受理|联系方式|联系人")
_NOT_UNITS = re.compile(r"不受理|不负责|不接收|不推荐|仅负责")


def with_sublists(o: Outline, chosen: tuple[Node, list[dict], list], others: list[tuple[Node, list[dict], list]],
                  place_of: Callable) -> tuple[Node, list[dict], list]:
    """The chosen list of places with those of the lists beside it under the same clause, each place citing its own
    clause; a place already listed is not listed again. `others` are (clause, places, rows) of every list found."""
    node, places, rows = chosen
    parent = {id(c): n for n in o.nodes() for c in n.children}
    above = parent.get(id(node))
    places, rows = [dict(p, clause=node.clause) for p in places], [r for r in rows if place_of(r)]
    names = {p["name"] for p in places}
    for n, more, more_rows in others if above is not None else ():
        if n is node or parent.get(id(n)) is not above or not _UNITS_HEAD.search(n.heading) or _NOT_UNITS.search(n.heading):
            continue  # not '（三）各区市场监管局（负责企业信用核查，不受理申报材料）' beside the units
        for p, r in zip(more, (r for r in more_rows if place_of(r)), strict=True):
            if p["name"] not in names:
                names.add(p["name"])
                places.append(dict(p, clause=n.clause))
                rows.append(r)
    beside = [*(n for n in (above.children if above is not None else ()) if n is not node), *node.children]  # and notes under a table
    for r in grouped_rows(o, beside):  # '城中区、鱼峰区…的企业由市工业和信息化局直接受理'
        if (p := place_of(r)) and p["name"] not in names:
            names.add(p["name"])
            places.append(dict(p, clause=next(n.clause for n in beside if n.start <= r.start < n.end)))
            rows.append(r)
    return node, places, rows
