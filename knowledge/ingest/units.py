"""The table of recommending units: one row per district of the geography, with the clause that lists them."""

from __future__ import annotations

import re

from . import facts
from .blocks import unit_lists
from .cover_names import GENERIC_TAIL, cover_names
from .draft import Draft
from .outline import Node, Outline
from .places import assigned_in_text, former_in_text, place_records, towns_in_addresses, unit_aliases
from .sections import annex_titles, split_title
from .sublists import with_sublists


def build_units(d: Draft, geography) -> None:
    """The recommending units of the geography's districts; failing those, a list of other places (another city's
    districts) becomes the knowledge base's own `places`, and their units the units table."""
    o, best, local, lists = d.outline, None, None, []
    for n, rows, notes in unit_lists(o):
        hits = sum(1 for x in rows if _district_of(*_probes(x.cells), geography))
        if hits >= 3 and (best is None or hits > best[0]):
            best = (hits, n, rows, notes)
        lists.append((n, places := [p for p in (_place_of(x, d) for x in rows) if p], rows))
        enough = 3 - bool(re.search(r"推荐单位|联系方式", n.heading + n.text[:80]) and all(x.cells.get("phone") for x in rows))  # a short table
        if len(places) >= enough and (local is None or len(places) > len(local[1])):
            local = (n, places, rows)
    if best is None:
        if local is not None:
            _local_places(d, *with_sublists(o, local, lists, lambda r: _place_of(r, d)), geography)
        elif (listed := _listed_clause(o)) is not None:
            # Places written one to a numbered item: quoted from the clause, not structured.
            d.ambiguous.append(f"{listed.clause} 列有各地联系方式，但对应不到已知的区，未收录为推荐单位；问到时引用该条原文")
        else:
            d.missing.append("各区推荐单位联系方式表：未找到")
        return
    _hits, node, rows, notes = best
    # The rows that are a district's (a hotline written in the same clause is no row of the table).
    d.table_rows = [(r.start, r.end) for r in rows if _district_of(*_probes(r.cells), geography)]
    d.repaired += notes
    items = []
    for r in rows:
        unit = {k: r.cells.get(k, "") for k in ("name", *_FIELDS)}
        key = _district_of(*_probes(r.cells), geography)
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
        for other in r.others:  # a further contact in a row of its own: listed beside the first ('甲、乙')
            d.repaired.append(f"“{unit['name']}”下一行另有联系人 {other}（{node.clause}），已与第一位联系人并列收录，请核对")
        d.note(f"units.{key}", unit["phone"], node.clause, r.start, r.end)
    d.data["units"] = {"clause": node.clause, "title": _title(o, node) or "各区主管部门（推荐单位）联系方式", "items": items}
    _assigned_districts(d, items, geography)
    d.found.append(f"推荐单位：{len(items)} 个（{node.clause}）")
    if incomplete := [u["name"] for u in items if not all(u.get(k) for k in ("address", "person", "phone"))]:
        d.ambiguous.append(f"这些单位缺地址、联系人或电话：{'、'.join(incomplete)}")


def _listed_clause(o: Outline) -> Node | None:
    """The innermost clause whose items, together, list three or more phone numbers."""
    def lists(n: Node) -> bool:
        return len(facts.phones(n.full())) >= 3 and bool(n.children) or len(facts.phones("\n".join(t for t, _, _ in n.lines))) >= 3
    return next((n for n in o.nodes() if lists(n) and not any(lists(c) for c in n.children)), None)


# A unit named after its place: 张家港市…局, 苏州工业园区…委员会, 滨河区…局, 某某县…局, a long zone's (…产业示范区…局).
_PLACE = re.compile(r"^([\u4e00-\u9fff]{4,16}?(?:示范区|试验区|合作区)(?=[\u4e00-\u9fff]{2,}(?:局|委|办|部|中心))"
                    r"|[\u4e00-\u9fff]{3,8}?园(?!区)(?=[（(]原|[\u4e00-\u9fff]{2,6}(?:局|管委会|委员会)$)"  # '沈阳中德园（原…）经济发展局'
                    r"|[\u4e00-\u9fff][\u4e00-\u9fff—－·]{1,13}?(?:[新园]区|(?:[产工]业|科技)园(?!区)|基地|新城|世纪城|科[技学]城|自治[县州]|市|区|县|旗|镇|街道|乡)"
                    r"|[\u4e00-\u9fff]县(?![城区])|[\u4e00-\u9fff]{1,3}州(?=经信|工信|工业|发改|发展|经济|商务|科[技学]|市场|人民政府)"  # '忠县…', '巴州…'
                    r"|(?:新疆生产建设)?兵团(?=[\u4e00-\u9fff]{2,12}(?:局|委|办)$))")  # the corps, a unit of its own firms


# A zone known by its managing body ('青岛蓝谷管理局', '某某湾管委会'), not an office of some function ('市场监督管理局').
_ZONE_BODY = re.compile(r"^((?:(?!市场|监督|工业|信息|经济|发展|质量|科技|商务|管理|委员|服务|办公)[\u4e00-\u9fff]){2,8}?)(?:管理局|管委会|管理委员会)")

# Kinds of zone called by the name before them (浦东新区: 浦东); a high-tech zone (高新区) keeps its kind.
_ZONE_KIND = re.compile(r"(?<=^[\u4e00-\u9fff]{2})(?<!高)(?:新区|特别合作区|合作区|示范区|试验区)$")

# A row for a kind of firm rather than a place: '省属企业', '市属国有企业', '中央企业', '直报企业'.
_CATEGORY = re.compile(r"^(省属|市属|区属|央属|中央|省管|市管|直报|在[沪京津渝]央)(?:国有)?(?:企业|国企|单位)$")
_FIELDS = ("person", "phone", "address", "quota", "email", "qq", "wechat", "fax", "due", "hours", "note")  # a unit's details, as read

# A trade association that recommends the firms of its sector, with the products it takes ('受理范围：…包括集成电路、…').
_ASSOCIATION = re.compile(r"^((?:[\u4e00-\u9fff]{2,4}?市)?([\u4e00-\u9fff]{2,8}?)(?:行业)?(?:协会|商会|联合会))(?:\s|$)")
_SCOPE = re.compile(r"(?:受理范围|服务范围|负责范围|适用范围|范围)[：:]\s*([^。\n]+)")


def _sector(assoc: re.Match, row, d: Draft) -> dict:
    """An association as the place of its sector: named by the sector ('电子'), found by the products it takes."""
    text = d.outline.raw[row.start:row.end]
    scope = _SCOPE.search(text)
    words = re.split(r"[、，,（）()；;：:]|包括|以及|及|和|等|其他", scope.group(1)) if scope else []
    also = [w.strip() for w in words if 2 <= len(w.strip()) <= 12 and not re.search(r"\d|行业$", w.strip())]
    cells = {k: row.cells.get(k, "") for k in ("person", "phone", "address", "quota", "due")}
    mail = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
    title = d.data.get("meta", {}).get("title", "")  # '质量协会' is never '质量' of the programme's own name
    short = assoc.group(2) if assoc.group(2) not in title else assoc.group(0).strip().removeprefix(d.data.get("meta", {}).get("region", ""))
    return {"name": f"{assoc.group(2)}行业", "short": short, "unit": assoc.group(1), **{k: v for k, v in cells.items() if v},
            **({"email": mail.group(0)} if mail else {}), "also": list(dict.fromkeys(also))}


def _place_of(row, d: Draft) -> dict:
    """A row of a contacts list as a place the geography does not know: its name, a short name, and its unit."""
    unit = row.cells.get("name", "")
    region = d.data.get("meta", {}).get("region", "")
    named = row.cells.get("place") or unit  # a column of its own ('区名 | 单位'), else the unit's name leads with it
    bare = named[len(region):] if region and named.startswith(region) else named  # 青川市滨河区… -> 滨河区
    m = _PLACE.match(bare) or _ZONE_BODY.match(named) or _ZONE_BODY.match(bare)  # '青岛蓝谷管理局…': the zone's body
    city = region[:-1] if region.endswith("市") else ""  # '景德镇高新技术产业开发区…' of 景德镇市: a zone of the city, not the city
    if m and city and m.group(1) == city and (rest := _PLACE.match(bare[len(city):])):
        m = re.match(f"({re.escape(city + rest.group(1))})", bare)
    if not m and (kind := _CATEGORY.match(named)) and row.cells.get("phone"):  # '省属企业': the firms it recommends
        cells = {k: row.cells.get(k, "") for k in _FIELDS}
        also = [f"{kind.group(1)}{x}" for x in ("企业", "国企", "国有企业", "单位") if f"{kind.group(1)}{x}" != named]
        return {"name": named, "short": named, "unit": unit, **{k: v for k, v in cells.items() if v}, "also": also}
    if not m and (assoc := _ASSOCIATION.match(unit)) and row.cells.get("phone"):  # '深圳市电子行业协会 受理范围：…PCB…'
        return _sector(assoc, row, d)
    if not m or not (row.cells.get("phone") or row.cells.get("email")):  # (a unit reached by mail only: '仅限邮箱：…')
        return {}
    place = m.group(1) if named is unit else re.sub(r"[（(][^）)]*[)）]", "", named) or named  # '福州新区（滨海新城）'
    short = place[len(region) - 1:] if region.endswith("市") and place.startswith(region[:-1]) else place
    if named is not unit and unit and place not in unit and short not in unit and not _PLACE.match(unit) and not row.cells.get("grouped"):
        unit = place + (unit[1:] if unit[0] in "区县市镇" else unit)  # '花桥经济开发区 | 经济发展和改革局' (not '秀峰区、叠彩区… | 市…局')
    if (lead := re.match(r"[\u4e00-\u9fff]{2,3}[县市]", short)) and GENERIC_TAIL.search(short) and len(short) - lead.end() >= 3:
        short = short[lead.end():]  # '慈安县光电产业园' is called '光电产业园'
    short = place if (named_for_city := len(short) <= 1 or bool(re.fullmatch(r"(?:经济技术|高新技术产业)开发区", short))) \
        else short  # '南昌县' of 南昌市, '南宁经济技术开发区' of 南宁市: the whole name, never '县', '南昌' nor '经济技术开发区'
    zone = _ZONE_KIND.search(short)
    if named_for_city:
        zone = None
    elif ethnic := re.fullmatch(r"([\u4e00-\u9fff]{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+自治[县旗州]", short):
        short = ethnic.group(1)  # '石林彝族自治县' is called '石林'
    elif m2 := re.fullmatch(r"([\u4e00-\u9fff]{2})(?:经开区|高新区|开发区|经济开发区)", short):  # '小蓝经开区' is called '小蓝'
        short = short[2:] if m2.group(1) in ("国家", "省级", "市级", "国际") or region.startswith(m2.group(1)) else m2.group(1)  # not '国家', '安吉'
    elif zone:
        short = short[:zone.start()]  # 滨海新区 -> 滨海, 云港特别合作区 -> 云港
    elif re.search(r"(?<![新园发片])[市区县镇乡州]$", short) and len(short) >= 3:
        short = short[:-1]
    elif short.endswith("街道") and len(short) >= 4:  # '古美路街道' is called '古美路'
        short = short[:-2]
    cells = {k: row.cells.get(k, "") for k in _FIELDS}
    # Another name of the place in brackets: '…开发区（汉南区）工业发展局', '…区工信局（广州开发区经济和信息化局）', '福州新区（滨海新城）',
    # a former one: '沈阳中德园（原沈阳中德高端装备制造产业园）'.
    also = [a.group(1) for x in re.findall(r"[（(](?!不含|不包括)(?:含|包括)?原?([^）)]{2,30})[)）]", unit) if (a := _PLACE.match(x)) and a.group(1) != place]
    also += [x.removeprefix("原") for x in re.findall(r"[（(](?!不?含|不?包括)([\u4e00-\u9fff]{2,8}|原[^\W等]{2,20})[)）]", named) if x not in (place, *also)]
    city = region[:-1] if region.endswith(("市", "区", "县")) and len(region) >= 3 else ""  # '无锡高新区' is '高新区' in its city
    also += [x[len(city):] for x in (*also, place) if city and x.startswith(city) and len(x) - len(city) >= 3 and x[len(city)] != region[-1]]
    covers = [x for x in cover_names(row.cells.get("covers", ""), city)
              if (_PLACE.fullmatch(x) or re.fullmatch(r"[\u4e00-\u9fff]{2,16}?(?:集中区|园|基地|中心|港|湾|期)", x) and len(x) >= 3)
              and x != place]
    return {"name": place, "short": short, "unit": unit, **{k: v for k, v in cells.items() if v}, **({"also": also} if also else {}),
            **({"covers": covers} if covers else {})}


def _local_places(d: Draft, node: Node, places: list[dict], rows, geography) -> None:
    """A contacts list of places outside the geography: the places become the knowledge base's own (`places`,
    keyed by pinyin), and their units the units table, so that they are found as a district's unit is."""
    d.table_rows = [(r.start, r.end) for r in rows if _place_of(r, d)]  # a hotline written among them is none of theirs
    records = place_records(places, geography, d.data.get("meta", {}).get("region", ""))
    former_in_text(records, d.outline.raw)
    towns_in_addresses(records, [(p["key"], p.get("address", "")) for p in places])
    items = []
    for p, r in zip(places, (r for r in rows if _place_of(r, d)), strict=True):
        p.setdefault("clause", node.clause)
        place = records[p["key"]]
        items.append({"district": p["key"], "name": p["unit"], **{k: p[k] for k in _FIELDS if p.get(k)},
                      **({"clause": p["clause"]} if p["clause"] != node.clause else {}),
                      "aliases": unit_aliases(p["unit"], p["name"], (place["short"], *(t for t in place.get("towns", ())
                                                                                         if t not in _covered(p))))})
        d.note(f"units.{p['key']}", p.get("phone") or p["email"], p["clause"], r.start, r.end)
    d.places = places
    d.data["places"] = records
    d.data["units"] = {"clause": node.clause, "title": _title(d.outline, node) or "各地联系方式", "items": items}
    listed = "、".join(f"{p['name']}（{p.get('person', '')} {p.get('phone') or p.get('email', '')}）" for p in places)
    d.found.append(f"各地联系方式：{len(places)} 个（{node.clause}）：{listed}")
    d.ambiguous.append(f"{node.clause} 的 {len(places)} 个地方不在已知区划内，已作为本期通知自己的地方（places）收录，"
                       "推荐单位指向这些地方；请核对地名的简称和拼音")


def _assigned_districts(d: Draft, items: list[dict], geography) -> None:
    """Places this notice gives a district's unit ('位于临港新片区范围内（含…书院镇…）的企业由临港新片区管委会…推荐'): the
    district is written as the round's own place, its towns with them, so that the notice decides where it is shared."""
    geo = geography.districts
    taken = {x for dist in geo.values() for x in (dist.name, dist.short)}
    names = {u["district"]: (geo[u["district"]].name, u["name"]) for u in items if u["district"] in geo}
    for key, towns in assigned_in_text(names, d.outline.raw, taken).items():
        dist = geo[key]
        d.data.setdefault("places", {})[key] = {
            "name": dist.name, "short": dist.short, **({"english": list(dist.english)} if dist.english else {}),
            **({"former": list(dist.former)} if dist.former else {}), **({"within": dist.within} if dist.within else {}),
            "towns": list(dict.fromkeys([*dist.towns, *towns]))}
        d.found.append(f"通知指定的地方：{'、'.join(towns)} → {dist.name}")


def _covered(p: dict) -> set[str]:
    """The names of the places a unit serves besides its own (江阴市, 江阴): never a name of the unit itself."""
    return {n for x in p.get("covers", ()) for n in (x, x[:-1])}


def _title(o: Outline, node: Node) -> str:
    title = node.heading or annex_titles(o).get(node.annex, "") if node.annex else node.heading
    title = split_title(title)[0] if len(title) > 30 else title  # '推荐单位。申报企业按注册地…如下：海州区…': its first words
    return "" if title.rstrip().endswith(("？", "?")) else title.rstrip("：:")  # a guide's question is no title


def _probes(cells: dict[str, str]) -> tuple[str, str, str]:
    """(name, address, place) of a row: what a district is looked up by."""
    return cells.get("name", ""), cells.get("address", ""), cells.get("place", "")


def _district_of(name: str, address: str, place: str, geography) -> str:
    if geography is None or not (place or name or address):
        return ""
    for probe in (x for x in (place, name, address) if x):
        best = ""
        for key, dist in geography.districts.items():
            names = (dist.name, dist.short, *dist.former)
            if any(x and probe.startswith(x) for x in names) or (probe == name and dist.short in probe):
                if dist.within and best:
                    continue
                best = key
        if best:
            return best
    return ""
