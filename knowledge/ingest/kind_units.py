"""A second units table for another kind of firm ('（一）制造业企业推荐单位' / '（二）服务业企业推荐单位'): kept beside the
first, with the kind of firm each serves and the words that name that kind in a message (the notice's own list of
its fields: '生产性服务业企业包括研发设计、工业设计、检验检测认证、现代物流…')."""

from __future__ import annotations

import re

from .blocks import unit_lists
from .draft import Draft

_KIND = re.compile(r"([\u4e00-\u9fff]{2,12}?企业)(?:的)?(?:推荐单位|推荐部门|受理单位)")
_GENERIC = re.compile(r"^(?:服务|管理|企业|领域|行业|技术|其他|咨询|认证|设计|信息|环保)$")  # words every kind of firm uses


def build_kind_units(d: Draft) -> None:
    """Record each further table under a heading naming another kind of firm, its rows keyed by the first table's places."""
    units, o = d.data.get("units"), d.outline
    first = next((n for n in o.nodes() if units and n.clause == units["clause"]), None)
    main = _KIND.search(first.heading) if first is not None else None
    if main is None:
        return
    by_place = {x: k for k, r in d.data.get("places", {}).items() for x in (r["name"], r.get("short", "")) if x}
    by_place |= {u["name"][:len(u["name"]) - len(u["name"].lstrip("\u4e00-\u9fff"))]: u["district"] for u in units["items"]}
    others = []
    for n, rows, _notes in unit_lists(o):
        kind = _KIND.search(n.heading)
        if n is first or kind is None or kind.group(1) == main.group(1):
            continue
        items = []
        for r in rows:
            place = r.cells.get("place") or next((p for p in sorted(by_place, key=len, reverse=True) if p and r.cells.get("name", "").startswith(p)), "")
            if (key := by_place.get(place)) and (r.cells.get("phone") or r.cells.get("email")):
                items.append({"district": key, **{k: v for k in ("name", "phone", "address", "person", "email", "qq")
                                                  if (v := r.cells.get(k, "")) and not re.fullmatch(r"[—\-－]+", v)}})
        if len(items) >= 2:
            others.append({"kind": kind.group(1), "clause": n.clause, "items": items, "words": _words(kind.group(1), o.raw)})
            d.found.append(f"{kind.group(1)}的推荐单位：{len(items)} 个（{n.clause}）")
    if others:
        units["kind"], units["others"] = main.group(1), others


def _words(kind: str, raw: str) -> list[str]:
    """'生产性服务业企业' -> 生产性服务业, 服务业, and the fields the notice says the kind covers."""
    bare = kind.removesuffix("企业")
    words = [bare, re.sub(r"^(?:生产性|现代|先进)", "", bare)]
    if m := re.search(re.escape(kind) + r"(?:包括|主要包括|是指|指)([^。；]{4,120})", raw):
        for field in re.split(r"[、，,及和等]", m.group(1)):
            field = field.strip().removesuffix("领域的企业").removesuffix("的企业").removesuffix("领域")
            words += [field, re.sub(r"(?:服务|管理|认证)$", "", field), re.sub(r"^(?:现代|新型|商务)", "", field)]
    return list(dict.fromkeys(w for w in words if len(w) >= 2 and not _GENERIC.match(w)))
