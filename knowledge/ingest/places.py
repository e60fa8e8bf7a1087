"""Places outside the geography (another city's districts) as the knowledge base's own districts.

A notice of another city lists its districts, county-level cities and zones with their units. They are written
as `places` (the same records as the geography's districts), keyed by the pinyin of the short name: the same
place gets the same key in every round, so a user's stored district stays valid across rounds.
"""

from __future__ import annotations

import re

from ..text import pinyin

# What users call a kind of unit (data: the longest full name a unit's name holds is the one shortened).
UNIT_ABBREVIATIONS = (
    ("工业和信息化委员会", "工信委"), ("工业和信息化局", "工信局"), ("经济和信息化委员会", "经信委"),
    ("经济信息化委员会", "经信委"), ("经济和信息化局", "经信局"), ("经济发展委员会", "经发委"), ("经济发展局", "经发局"),
    ("科技和经济委员会", "科经委"), ("商务委员会", "商务委"), ("经济委员会", "经委"), ("发展和改革委员会", "发改委"),
    ("市场监督管理局", "市场监管局"), ("管理委员会", "管委会"), ("科学技术局", "科技局"),
)
# The English word for a kind of place, by the last character of its name.
_KIND_EN = {"市": "City", "县": "County", "区": "District"}
_ETHNIC = re.compile(r"(?:回|满|蒙古|土家|苗|彝|壮|藏|侗|瑶|白|哈尼|傣|黎|畲|朝鲜|锡伯|羌|布依|仡佬|水|纳西|土)族(?:自治)?$")
# How a zone is called in English, whatever its city: the words users type for it.
_ZONE_EN = (("高新区", ("High-tech Zone", "Hi-tech Zone", "High Tech Zone", "High-tech Development Zone")),
            ("高新技术产业开发区", ("High-tech Zone", "Hi-tech Zone", "High-tech Industries Development Zone")),
            ("经开区", ("Economic and Technological Development Zone", "Economic Development Zone", "ETDZ")),
            ("经济技术开发区", ("Economic and Technological Development Zone", "Economic Development Zone", "ETDZ")))
# What a kind of zone is commonly called where it is: 苏州工业园区 is '园区' there, a 高新技术产业开发区 '高新区'.
_ZONE_SHORT = (("工业园区", "园区"), ("农业高新技术产业示范区", "农高区"),
               ("高新技术产业开发区", "高新区"), ("新技术产业开发区", "高新区"), ("新技术开发区", "高新区"),
               ("经济技术开发区", "经开区"), ("综合保税区", "综保区"), ("港保税区", "保税区"), ("边境经济合作区", "边合区"),
               ("经济开发区", "经开区"))


def place_records(places: list[dict], geography, region: str = "") -> dict[str, dict]:
    """{key: District fields} of the places read from a contacts list; sets each place's "key" as well.

    A key is the pinyin of the short name (zhangjiagang), with a number added when two places of the notice
    spell alike; a short form two places share is left out of both (the resolver never guesses between them)."""
    readings = getattr(geography, "place_readings", None) or {}
    out: dict[str, dict] = {}
    for p in places:
        base = pinyin(p["short"], readings) or pinyin(p["name"], readings) or "place"
        key, n = base, 2
        while key in out:
            key, n = f"{base}{n}", n + 1
        p["key"] = key
        record = {"name": p["name"], "short": p["short"]}
        kind = _KIND_EN.get(p["name"][-1]) if p["name"] == p["short"] + p["name"][-1] and len(p["short"]) <= 4 else None
        if kind and len(base) >= 4:
            record["english"] = [f"{base.title()} {kind}"]
        elif zone := next((en for suffix, en in _ZONE_EN if p["name"].endswith(suffix)), None):
            record["english"] = list(zone)  # 'the High-tech Zone': the notice's one zone of that kind
        # ('哈尔滨' of '哈尔滨经济技术开发区' is the city, never the zone)
        record["towns"] = [x for x in _aliases(p) if x not in (p["name"], p["short"]) and not (region and x in region)]
        out[key] = record
    counts: dict[str, int] = {}
    for r in out.values():
        for alias in {r["name"], r["short"], *r["towns"]}:
            counts[alias] = counts.get(alias, 0) + 1
    for r in out.values():
        r["towns"] = [x for x in r["towns"] if counts[x] == 1]
        if not r["towns"]:
            del r["towns"]
    return out


def _aliases(p: dict) -> list[str]:
    """Short forms of a zone's name ('工业园区' -> '园区'), and another name the unit gives the place in brackets
    ('汉南区', '汉南')."""
    out = []
    for name in (p["short"], p["name"]):
        for long, short in sorted(_ZONE_SHORT, key=lambda z: -len(z[0])):
            if name.endswith(long) and len(long) > len(short):
                out += [name[: -len(long)] + short, short, *(["开发区"] if long == "经济技术开发区" else [])]  # the city's 开发区
                break  # the longest kind of zone the name ends with
    if (plain := _ETHNIC.sub("", p["short"])) != p["short"] and len(plain) >= 2:  # '管城回族区' is '管城'
        out.append(plain)
    if re.fullmatch(r"[\u4e00-\u9fff]{3,}(?<![左右前中后])旗", p["short"]):  # '阿鲁科尔沁旗' is '阿鲁科尔沁' (not '巴林左' of 巴林左旗)
        out.append(p["short"][:-1])
    out += [n.replace(w, "") for n in (p["name"],) for w in ("国家级", "国家") if w in n and len(n) - len(w) >= 4][:1]  # 贵阳高新区
    for name in (p["short"], p["name"]):  # '浐灞生态区' -> '浐灞', '航天基地' -> '航天', '高新区' -> '高新'
        if m := re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:生态区|生态|示范区|基地|片区|经济区|经济技术开发区)$|^(?:[\u4e00-\u9fff]{2})?(高新|经开)区$", name):
            out.append(m.group(1) or m.group(2))
        if name == p["short"] and (m := re.match(r"^([\u4e00-\u9fff]{2,3})(?:高新区|经开区|新区)$", name)):  # '火炬高新区': '火炬'
            out.append(m.group(1))  # '松山湖高新区': '松山湖' (not '青岛' of '青岛高新区', whose short name drops the city)
        if m := re.match(r"^([\u4e00-\u9fff—－·]{2,12}?)(?:风景名胜区|风景区|旅游区|景区)$", name):  # '蜀冈—瘦西湖风景名胜区'
            pieces = [x for x in re.split(r"[—－·]", m.group(1)) if len(x) >= 2]
            out += [*pieces, *(x + w for x in pieces for w in ("景区", "风景区")), m.group(1) + "景区"]
        if name == p["short"] and (m := re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:投资|合作|试验|实验)区?$", name)):
            out += [m.group(1) + "区", m.group(1)]  # '台商投资区': '台商区', '台商'
        if m := re.match(r"^([\u4e00-\u9fff]{2,4}?)(?:半岛)?(旅游度假区|科教创新区|商务区|创新区|度假区)$", name):  # '阳澄湖半岛旅游度假区'
            out += [m.group(1), m.group(1) + m.group(2)[-3:], m.group(1) + m.group(2)[:2] + "区"]  # '阳澄湖', '阳澄湖度假区', '独墅湖科教区'
        if name == p["short"] and (m := re.match(r"^([\u4e00-\u9fff]{2,5}?)(?:科技)?(?:产业园区|产业园|工业园|科技园)$", name)):
            out += [m.group(1) + "园区", m.group(1) + "园", m.group(1)]  # '不锈钢产业园区': '不锈钢园区', '不锈钢'

    for name in (p["name"],) if re.search(r"[—－]", p["name"]) else ():  # '广西—东盟经济技术开发区': '东盟经开区', '广西东盟经开区'
        for part in (re.split(r"[—－]", name)[-1], re.sub(r"[—－]", "", name)):
            out += [part, *(part[: -len(long)] + x for long, short in _ZONE_SHORT if part.endswith(long)
                            for x in (short, *(["开发区"] if long.endswith("开发区") else [])))] if len(part) >= 4 else []
    for name in (*p.get("also", ()), *p.get("covers", ())):  # another name of the place; a county-level city it serves
        out += [name, name[:-1] if len(name) >= 3 and re.search(r"(?<![新园发片])[市区县]$", name) else name]
    return list(dict.fromkeys(x for x in out if len(x) >= 2))


def unit_aliases(unit: str, place: str, shorts: tuple[str, ...] | list[str]) -> list[str]:
    """The shorter names of a unit users write: its kind abbreviated (昆山市工信局), its place by a short name
    (昆山工业和信息化局, 昆山工信局, 园区经发委)."""
    forms = [unit]
    full = next((f for f, _ in sorted(UNIT_ABBREVIATIONS, key=lambda x: -len(x[0])) if f in unit), "")
    if full:
        forms.append(unit.replace(full, dict(UNIT_ABBREVIATIONS)[full], 1))
    else:  # written short (浦东新区商务委): the full name as well
        abbr = next((a for _, a in sorted(UNIT_ABBREVIATIONS, key=lambda x: -len(x[1])) if unit.endswith(a)), "")
        if abbr:
            forms.append(unit[: -len(abbr)] + next(f for f, a in UNIT_ABBREVIATIONS if a == abbr))
    if len(forms) == 1:
        return []  # no kind to shorten: the place's names in the unit's name already find it
    forms += [short + f[len(place):] for short in shorts if short and short != place
              for f in list(forms) if f.startswith(place) and len(f) > len(place)]
    return [f for f in dict.fromkeys(forms) if f != unit]


def former_in_text(records: dict[str, dict], raw: str) -> None:
    """Places a notice says a place holds ('滨海新区其他区域（含原塘沽、汉沽、大港地区）', '青岛高新区（含红岛街道）', '董家口
    经济区内企业由西海岸新区推荐'): each becomes one of its names, unless it is another place's."""
    taken = {x for r in records.values() for x in (r["name"], r["short"], *r.get("towns", ()))}
    for key, names in assigned_in_text({k: (r["name"],) for k, r in records.items()}, raw, taken).items():
        records[key].setdefault("towns", []).extend(names)
    for key, r in records.items():  # '雄县（古称“雄州”）', '安新县（旧称“新安”，当地亦习称“白洋淀片”）': its other names
        for m in re.finditer(re.escape(r["name"]) + r"[（(]([^）)]{2,40})[）)]", raw):
            said = re.findall(r"(?:原|旧称|古称|又称|亦称|习称|俗称|简称|曾用名|曾称|原称|原名)为?\s*[“\"]([\u4e00-\u9fff]{2,8})[”\"]", m.group(1))
            said += re.findall(r"^原([\u4e00-\u9fff]{1,6}(?:县|区|市|镇|乡))$", m.group(1))  # '桐山区（原桐山县）'
            said += [x for x in [m.group(1)] if _abbreviates(x, r["name"])]  # '托克托县（托县）', '土默特左旗（土左旗）'
            records[key].setdefault("towns", []).extend(x for x in said if x not in taken)
            taken.update(said)
    by_name = {x: k for k, r in records.items() for x in (r["name"], r["short"]) if x}
    for m in _DEFINED.finditer(raw):  # '巴音郭楞蒙古自治州（以下简称巴州）': the full name of a place listed by its short one
        short, run = m.group(2), m.group(1)
        full = run[run.rfind(short[0]):] if short[0] in run else ""
        stem = re.sub(r"(?:蒙古|哈萨克|柯尔克孜|[\u4e00-\u9fff]{1,3}族)+自治[州县旗]$", "", full)
        if (key := by_name.get(short)) and len(full) > len(short):
            records[key].setdefault("towns", []).extend(x for x in dict.fromkeys((full, stem)) if len(x) >= 2 and x not in taken)
            taken.update((full, stem))
    zones = [r for r in records.values() if re.search(r"(?:开发区|经开区|高新区)$", r["name"])]
    if len(zones) == 1 and "开发区" not in taken:  # the one development zone listed is '开发区' to its firms
        zones[0].setdefault("towns", []).append("开发区")
    for kind in ("示范区", "集聚区", "合作区", "试验区", "综试区"):  # and the one 示范区 '示范区' ('城乡一体化示范区')
        if kind not in taken and len(zones := [r for r in records.values() if r["name"].endswith(kind)]) == 1:
            zones[0].setdefault("towns", []).append(kind)
    for r in records.values():  # '生物园区' is called '生物园', '东川工业园区' '东川工业园'
        parks = [x[:-1] for x in (r["name"], *r.get("towns", ())) if x.endswith("园区") and len(x) >= 4 and x[:-1] not in taken]
        r.setdefault("towns", []).extend(parks)
        taken.update(parks)


def _abbreviates(short: str, name: str) -> bool:
    """'托县' of '托克托县', '土左旗' of '土默特左旗', '和林' of '和林格尔县': its first character, the rest in order."""
    it = iter(name[1:])
    return 2 <= len(short) < len(name) and short[0] == name[0] and all(c in it for c in short[1:]) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", short))


_DEFINED = re.compile(r"([\u4e00-\u9fff]{2,24})[（(](?:以下)?简称[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?[)）]")


_PREFECTURE = ("州", "盟", "地区")  # whose seat is a county-level city of its own name ('都匀市' of 黔南州)
_TOWN_IN_ADDRESS = re.compile(r"([\u4e00-\u9fff]{2,10}?)(街道|镇|乡)(?=[\u4e00-\u9fff\d])")


def towns_in_addresses(records: dict[str, dict], addresses: list[tuple[str, str]]) -> None:
    """A town or street in a unit's address ('章丘区明水街道汇泉路1688号') lies in that unit's place: it becomes one of
    the place's names (明水街道, 明水), unless it is another place's."""
    taken = {x for r in records.values() for x in (r["name"], r["short"], *r.get("towns", ()))}
    for key, address in addresses:
        # '都匀市剑江中路36号' of 黔南州's unit: a county-level city of its prefecture, before the street
        if (town := re.match(r"([\u4e00-\u9fff]{2,3})(市|县)(?=[\u4e00-\u9fff]{2,}(?:路|街|大道))", address)) and records[key]["name"].endswith(_PREFECTURE) \
                and town.group(0) not in taken and town.group(1) not in taken:
            records[key].setdefault("towns", []).extend((town.group(0), town.group(1)))
            taken.update((town.group(0), town.group(1)))
        for m in _TOWN_IN_ADDRESS.finditer(address):
            town = re.sub(r"^.*[区县市](?=[\u4e00-\u9fff]{2})", "", m.group(1))
            for name in (town + m.group(2), town):
                if len(name) >= 2 and name not in taken:
                    records[key].setdefault("towns", []).append(name)
                    taken.add(name)


_MOVED = re.compile(r"(?:等|区域|地区)*(?:划入|划归|并入|调整至|调整到|划至|划到)")
_STREETS = r"((?:[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)(?![\u4e00-\u9fff]{0,6}(?:路|号|大街|大道|办事处|政府|大楼))[、和及与]?)+)"


def assigned_in_text(names: dict[str, tuple[str, ...]], raw: str, taken: set[str]) -> dict[str, list[str]]:
    """{key: the places the notice gives it} for places written '<name>…（含A、B）' or 'A、B内企业由<name>…推荐'."""
    out: dict[str, list[str]] = {}
    for key, own in names.items():
        found = []
        for name in (n for n in own if n):
            found += [m.group(1) for m in re.finditer(re.escape(name) + r"[^。；;，,]{0,16}?[（(](?:[^（）()]{0,40}?[，,；;])?\s*(?:含|包括|受理)\s*原?"
                                                      r"([^）)]{2,40})[）)]", raw)]  # '（负责…，含原塘沽区、汉沽区）'
            # the unit's block, its contact lines first, then a line of its own: '（含中市、东市等街道，以及三十铺镇、毛坦厂镇）'
            found += [m.group(1) for m in re.finditer(re.escape(name) + r"(?:(?!\n\s*\d+\s*[.．、])[^。；;]){0,160}?\n\s*[（(]\s*(?:含|包括|辖)\s*"
                                                      r"([^）)]{2,200})[）)]", raw)]
            found += [m.group(1) for m in re.finditer(re.escape(name) + r"[^。；;，,（(]{0,16}?[（(]([^）)]{2,60}?)\s*[0-9一二三四五六七八九十]+\s*个"
                                                      r"(?:街道|镇|乡|街镇|乡镇)[）)]", raw)]  # '江北新区直管区（泰山、…、大厂7个街道）'
            found += [m.group(1) for m in re.finditer(r"([\u4e00-\u9fff、—－]{2,40}?)(?:[（(][\u4e00-\u9fff]{1,8}[)）])?(?:规划)?(?:内|范围内|区域内)?"
                                                      r"的?(?:企业|单位)[，,]?\s*(?:均|一律|统一)?(?:由|向|通过)\s*"
                                                      + re.escape(name) + r"[\u4e00-\u9fff]{0,12}?(?:负责)?(?:推荐|申报|报送)", raw)]
            found += [m.group(1) for m in re.finditer(re.escape(name) + r"的?(?:推荐|受理|服务|管辖|申报)?范围(?:包括|包含|含|为)\s*"
                                                      r"([^。；;\n]{2,160}?)(?=[。；;\n]|$)", raw)]  # '…开发区推荐范围含德山街道、石门桥镇
            # '…托管的岳麓区含浦街道、坪塘街道': streets written right after the place they belong to
            found += [m.group(1) for m in re.finditer(re.escape(name) + r"(?:含|包括|包含)?" + _STREETS, raw)  # '大安区含牛佛镇、何市镇' too
                      if len(name) >= 3 and not _MOVED.match(raw, m.end())]
            # '原余杭区运河街道、塘栖镇…区域划入临平区': streets moved from another place to this one
            found += [m.group(1) for m in re.finditer(r"(?<=[、，,；;。区县市原\s])" + _STREETS + _MOVED.pattern + re.escape(name), raw)]
            # '钱塘区包括原杭州经济技术开发区（原下沙街道、白杨街道）和原萧山区河庄、义蓬…街道（原大江东产业集聚区），上述…'
            found += [re.sub(r"[（()）]", "、", m.group(1)) for m in re.finditer(re.escape(name) + r"(?:包括|包含|管辖|辖)([^。；;]{2,160}?)[，,。；;]"
                                                                                 r"(?=[^。；;]{0,8}(?:企业|单位|区域|地区))", raw)
                      if not re.search(r"产业(?!集聚区|园|区)|行业|领域|企业|主导", m.group(1))]  # places, not '电子信息、新材料两大主导产业'
        for part in (p for x in found for p in re.split(r"[、，,和及与]", x)):
            part = re.sub(r"^(?:注册地?在|注册地?位于|注册于|位于|在|原|以及|其?(?:托管|代管|所辖)的?)+|^[\u4e00-\u9fff]{1,4}[—－]|等(?:街道|乡镇|镇|乡)?$"
                          r"|(?<=[镇乡道区])(?:的|内)?(?:企业|单位)$", "", part.strip())  # '（受理普光镇、双河镇企业）', '（含其托管的老庄子镇）'
            part = re.sub(r"^原?[\u4e00-\u9fff]{2,3}(?<!新)[区县市](?!(?:区域|地区|范围)$)(?=[\u4e00-\u9fff]{2,4}(?:街道|镇|乡)?$)", "", part)  # '原萧山区河庄
            if len(part) < 2 or re.match(r"上述|以上|前述|该", part) or re.search(r"[（()）]", part) \
                    or re.fullmatch(r"[一二三四五六七八九十\d]期", part):  # '三期', '火炬（翔安'
                continue
            kind = next(((lg, sh) for lg, sh in sorted(_ZONE_SHORT, key=lambda z: -len(z[0])) if part.endswith(lg)), None)
            zoned = (part[: -len(kind[0])] + kind[1], kind[1]) if kind else ()  # '昆山综合保税区': '昆山综保区', '综保区'
            bare = re.sub(r"(?:等)?(?:地区|区域|街道|经济技术开发区|技术开发区|开发区|经济区|示范区|片区|(?<!(?<!高)新)区|县|镇)$", "", part)
            lead = next((s for s in (re.sub(r"[县区市]$", "", n) for n in own) if len(s) >= 2 and bare.startswith(s) and len(bare) - len(s) >= 2
                         and bare[len(s)] not in "区县市镇新"), "")  # not '区综合保税' of '无锡高新区综合保税区
            cluster = re.sub(r"(?:产业集聚区|集聚区)$", "", part)  # '大江东产业集聚区' is called '大江东'
            for old in dict.fromkeys((part, bare, *zoned, *((part[len(lead):], bare[len(lead):]) if lead else ()), cluster)):  # '嵩明杨林片区': 杨林
                if len(old) >= 2 and old not in taken and not re.search(r"企业|单位|其他|其余|等|划入|[A-Za-z0-9]|^(?:区域|地区|范围|[县区市镇乡]内)$|"
                                                                        r"辖区|投资|外商|核查|审核|初审|材料|负责|以外|管理$", old) \
                        and not (old == bare != part and part.endswith("开发区") and f"{bare}市" in raw):  # '杭州经济技术开发区' is no '杭州'
                    out.setdefault(key, []).append(old)
                    taken.add(old)
    return out
