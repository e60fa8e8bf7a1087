"""District resolver: names, short names, typos, pinyin, English, former districts, towns and zones."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from . import text as text_module
from .cache import IndexCache, source_stamp
from .matcher import Entry, PhraseMatcher
from .model import Geography, Knowledge
from .nasals import nasal_place
from .place_denial import denied
from .records import record
from .text import Text, pinyin, prepare, readings
from .values import cn_number

_KIND = re.compile(r"(?:[左右前中后]旗|旗|矿区|新区|区|县|市)$")  # what a place's short form keeps at its end
_TOWN_SUFFIX = re.compile(r"(街道|新村|镇|乡|路)$")  # stripped from a town name before its pinyin is taken (张江镇 -> zhangjiang)
_ROAD_NUMBER = re.compile(r"(?<=[经纬东西南北中])[一二三四五六七八九十]{1,3}(?=[路街马])")


@record
class Place:
    """One name the resolver knows and the recommending units it may belong to."""

    name: str
    districts: tuple[str, ...]
    kind: str  # district | former | town | unit | ambiguous | blocked
    note: str = ""


@dataclass(frozen=True)
class Resolution:
    """What a message says about districts: resolved keys, or candidates to ask about."""

    districts: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()
    note: str = ""
    corrected: tuple[tuple[str, str], ...] = ()  # (what was typed, what it was read as)
    mentions: tuple[str, ...] = ()  # the place names found, as written in the data
    spans: tuple[tuple[int, int], ...] = ()  # where in Text.compact the Chinese names were

    @property
    def resolved(self) -> bool:
        return bool(self.districts)

    @property
    def ambiguous(self) -> bool:
        return not self.districts and bool(self.candidates)


class DistrictResolver:
    """Maps free text to district keys of the notice's recommending units; never guesses between two."""

    def __init__(self, kb: Knowledge, cache: IndexCache | None = None) -> None:
        self._geo = geo = kb.geography
        self._region = (kb.notice.meta.region or "上海市")[:-1] if kb.notice.meta else "上海"  # "上海浦东", "西安高新"
        # The notice's own place ('闵行区' of a district's notice whose units are its towns): everywhere, never a unit's.
        own = kb.notice.meta.region if kb.notice.meta else ""
        self._own = own if own and not any(u.district in geo.districts and geo.districts[u.district].name == own
                                           for u in (kb.notice.units.items if kb.notice.units else ())) else ""
        self._local = frozenset(kb.notice.places)  # another city's places, read from its notice (short names unchecked)
        units = tuple((u.name, u.district, u.person, u.aliases) for u in (kb.notice.units.items if kb.notice.units else ()))
        self._shorts = [(k, _short_form(n, kind.group(0))) for k in self._local if k in geo.districts
                        and len(n := geo.districts[k].name) >= 4 and (kind := _KIND.search(n)) and len(n) - len(kind.group(0)) >= 3]
        self._unit_keys = frozenset(u[1] for u in units)  # a note on places no unit of this notice serves is not said
        if cache is None:
            places, entries = _places(geo, units)
        else:  # the places' pinyin spellings are derived once per geography and units, then read back
            inputs = (repr(geo), units, source_stamp(Path(__file__), Path(text_module.__file__)))
            places, entries = cache.get("districts", inputs, lambda: _places(geo, units))
        self._places = [Place(*p) for p in places]
        self._matcher = PhraseMatcher([Entry(*e) for e in entries], stopwords=geo.homophone_stopwords, cache=cache)

    def resolve(self, text: Text | str) -> Resolution:
        """Resolve the places named in a message."""
        text = prepare(text) if isinstance(text, str) else text
        hits = self._matcher.find(text)
        shorts = [(t, k) for t, k in (self._shortened(text.compact) if self._shorts else []) if not any(  # '和林新区' of '和林格尔新区', not
            not h.ascii and h.start <= (at := text.compact.find(t)) and at + len(t) <= h.end for h in hits)  # '和林' and 新区; nor inside a name
            and t != self._own and not any(t in (d.name, d.short) for d in self._geo.districts.values())  # ('湖新区' of '南太湖新区')
            and not denied(text, text.compact.find(t))]  # not '不在和林新区'
        hits = [h for h in hits if h.ascii or not any(0 <= h.start - text.compact.find(t) < len(t) for t, _ in shorts)]
        ambiguous, notes = list[Place](), list[str]()
        corrected: list[tuple[str, str]] = [(t, self._geo.districts[k].name) for t, k in shorts]
        definite, mentions = [k for _, k in shorts], [t for t, _ in shorts]
        ends = {h.end for h in hits if not h.ascii}  # a place right after another ("徐汇长宁" once punctuation is gone)
        hits = [h for h in hits if h.ascii or not denied(text, h.start) and not (  # '不在临港新片区'
            h.fuzzy and re.match(r"[第一二三四五六七八九十两几每这那][批期届轮次个家项]", text.compact[max(0, h.start - 1):h.start + 1]))]  # '第二批都报'
        for h in hits:
            place = self._places[int(h.label)]
            if not place.districts or place.name == self._own or not h.ascii and h.start not in ends and place.districts[0] in self._local \
                    and _inside_a_name(text, h.start, h.end, place, self._region):
                continue
            typed = text.compact[h.start:h.end] if not h.ascii else " ".join(text.tokens[h.start:h.end])
            mentions.append(typed if h.ascii else place.name)
            if h.fuzzy and typed != place.name and len(place.districts) == 1:
                corrected.append((typed, place.name))
            if place.note and (not self._unit_keys or self._unit_keys.intersection(place.districts)):
                notes.append(place.note)  # not '北京西路横跨静安区和黄浦区' to a firm in Nanchang
            if len(place.districts) == 1:
                if place.districts[0] not in definite:
                    definite.append(place.districts[0])
            else:
                ambiguous.append(place)
        spans = tuple((h.start, h.end) for h in hits if not h.ascii)  # (a zone named with its district, 临港 + 浦东: ask, never pick)
        typed_by = {self._places[int(h.label)].districts[0]: text.compact[h.start:h.end] for h in hits
                    if not h.ascii and len(self._places[int(h.label)].districts) == 1}
        typed = [(self._places[int(h.label)].districts, text.compact[h.start:h.end]) for h in hits if not h.ascii]  # '临港' a town
        mine = {t for ks, t in typed if ks and ks[0] in self._local}  # of this notice's 滨海新区, not 临港新片区
        definite = [k for k in definite if k in self._local or any(t not in mine for ks, t in typed if ks == (k,)) or k not in typed_by]
        for key in list(definite):
            parent = self._geo.districts[key].within
            if parent and parent in definite and _INSIDE.search(text.norm) and (typed := typed_by.get(key)) \
                    and re.search(re.escape(typed) + r"[^，,。；;]{0,4}?(?:内|范围内|里面|以内)|(?:位于|属于|在)" + re.escape(typed), text.norm):
                definite.remove(parent)  # '南汇新城，在临港新片区内': the zone, said to be where the firm is
                continue
            if parent and parent in definite and not _listed(text.norm, typed_by.get(key), typed_by.get(parent)):
                return Resolution(candidates=(key, parent), note="；".join(notes), corrected=tuple(corrected),
                                  mentions=tuple(mentions), spans=spans)
        if definite:
            return Resolution(districts=tuple(definite), note="；".join(dict.fromkeys(notes)),
                              corrected=tuple(corrected), mentions=tuple(mentions), spans=spans)
        if ambiguous and (listed := re.sub(r"(?<=[\u4e00-\u9fff])[、/](?=[\u4e00-\u9fff])", "和", text.norm)) != text.norm:
            again = self.resolve(listed)  # "浦东、临港": two places listed, not the one place the two words name together
            if len(again.districts) >= 2:
                return again
        if ambiguous:
            return Resolution(candidates=tuple(dict.fromkeys(d for p in ambiguous for d in p.districts)),
                              note="；".join(dict.fromkeys(p.note for p in ambiguous)), mentions=tuple(mentions), spans=spans)
        if not hits and self._local and (typed := nasal_place(text.compact, self._geo.districts, self._local)):  # '回明区' for 回民区
            return Resolution(districts=(typed[1],), corrected=((typed[0], self._geo.districts[typed[1]].name),), mentions=(typed[0],))
        return Resolution(spans=spans)

    def _shortened(self, compact: str) -> list[tuple[str, str]]:
        """(as typed, key) of each place of this notice's own whose name the message shortens as people do (_short_form), one only."""
        found = [(m.group(0), key) for key, pattern in self._shorts for m in pattern.finditer(compact)
                 if len(m.group(0)) >= 3 and m.group(0) != self._geo.districts[key].name]
        return [(t, k) for t, k in dict.fromkeys(found) if sum(x == t for x, _ in found) == 1]

    def display_name(self, key: str, en: bool = False) -> str:
        """The official name of a district key (浦东新区 / Pudong New Area)."""
        d = self._geo.districts[key]
        return d.name if not en else d.english[0] if d.english else f"{pinyin(d.short, self._geo.place_readings).title()} District"


_AND = r"\s*(?:和|跟|与|及|以及|还有|、|,|，|/|;|；|or|and)\s*"
_INSIDE = re.compile(r"内|范围内|里面|以内|位于|属于")
# Characters that may stand before a place's short name without being part of a longer name ("在新城", "我们新城").
_BEFORE_NAME = frozenset("在是于到去找和与跟及搭的我们司厂属归位地那这问请里区县市找咱俺家个有册部址设办营落搬迁驻近边旁内外")


def _inside_a_name(text: Text, start: int, end: int, place: Place, region: str) -> bool:
    """'沣东新城' is not 新城区: a district's two-character short name, written without its 区/县, right after two
    characters that are not a district's name and not words around one, ends a longer name (a town, a zone)."""
    compact = text.compact
    if place.kind != "district" or len(place.name) != 2 or compact[end:end + 1] in ("区", "县", "市"):
        return False
    before = compact[max(0, start - 2):start]
    return (len(before) == 2 and before != region and before + place.name in text.norm
            and all("\u4e00" <= ch <= "\u9fff" and ch not in _BEFORE_NAME for ch in before))


def _short_form(name: str, kind: str) -> re.Pattern[str]:
    """How people shorten a long name: its first character, some after it in order, and its kind ('达茂旗' of
    '达尔罕茂明安联合旗'); a four-character name only loses its third ('雨花区' of '雨花台区', never '东湖区' of '东西湖区')."""
    if len(name) == 4:
        return re.compile(re.escape(name[:2]) + "(?:" + re.escape(name[2]) + ")?" + re.escape(kind))
    return re.compile(re.escape(name[0]) + "".join(f"(?:{re.escape(c)})?" for c in name[1:len(name) - len(kind)]) + re.escape(kind))


def _listed(norm: str, a: str | None, b: str | None) -> bool:
    """'浦东跟临港', '临港、浦东': two places listed side by side, not one place inside another ('浦东临港')."""
    if not a or not b:
        return False
    return bool(re.search(re.escape(a) + _AND + re.escape(b), norm) or re.search(re.escape(b) + _AND + re.escape(a), norm))


def district_keys(geo: Geography) -> tuple[str, ...]:
    """All district keys in data order."""
    return tuple(geo.districts)


def _spellings(word: str, overrides: dict[str, str], most: int = 4) -> tuple[str, ...]:
    """The usual pinyin of a short name first, then spellings with its polyphones' other readings (at most `most`)."""
    options = [(overrides[ch],) if ch in overrides else readings(ch) for ch in word if ch in overrides or readings(ch)]
    out = [""]
    for opts in options:
        out = [s + o for s in out for o in opts][:most]
    return tuple(dict.fromkeys((pinyin(word, overrides), *out)))


def _places(geo: Geography, units: tuple[tuple[str, str, str, tuple[str, ...]], ...]) -> tuple[list[tuple], list[tuple]]:
    """Every name the resolver knows (as Place fields) and the phrases that find them (as Entry fields)."""
    places: list[tuple] = []
    entries: list[tuple] = []
    # pinyin -> (districts, name, district-level?): one place per spelling, so that two places
    # written alike in pinyin (漕河泾街道 / 漕河泾开发区) become one ambiguous place, never a guess.
    spelled: dict[str, tuple[tuple[str, ...], str, bool, str]] = {}

    def place(name: str, districts: tuple[str, ...], kind: str, note: str = "", *, fuzzy: bool = False) -> None:
        places.append((name, districts, kind, note))
        entries.append((name, str(len(places) - 1), 1.0, fuzzy))

    def add(name: str, districts: tuple[str, ...], kind: str, *, fuzzy: bool, note: str = "") -> None:
        place(name, districts, kind, note, fuzzy=fuzzy)
        if kind != "blocked" and (numbered := _ROAD_NUMBER.sub(lambda m: str(cn_number(m.group(0))), name)) != name:
            place(numbered, districts, kind, note)  # '经八路街道' typed '经8路街道'
        if kind == "blocked":
            return
        core = _TOWN_SUFFIX.sub("", name) if kind == "town" else name
        top = kind in ("district", "former", "unit")
        # A district's name is also spelled with its characters' other readings (番禺 is panyu, not fanyu).
        for py in (_spellings(core, geo.place_readings) if kind == "district" else (pinyin(core, geo.place_readings),)):
            if len(py) < 5 or len(core) < 2:
                continue
            old = spelled.get(py)
            if old is None or (top and not old[2]):
                spelled[py] = (districts, name, top, note)
            elif top == old[2]:
                merged = tuple(dict.fromkeys(old[0] + districts))
                spelled[py] = (merged, old[1], top, old[3] or note)

    for key, d in geo.districts.items():
        keys = (key,)
        add(d.short, keys, "district", fuzzy=True)
        add(d.name, keys, "district", fuzzy=True)
        for eng in d.english:
            place(eng, keys, "district")
        for former in d.former:
            add(former, keys, "former", fuzzy=True, note=f"{former}已并入{d.name}")
        for town in d.towns:  # a town of three characters or more by its sound too ('朱家脚'); a shorter one never
            add(town, keys, "town", fuzzy=len(town) >= 3)
    for name, district, person, aliases in units:
        for unit_name in dict.fromkeys((name, *aliases)):
            add(unit_name, (district,), "unit", fuzzy=True)
        place(person, (district,), "unit")  # "<联系人>电话": that district's contact
    for amb in geo.ambiguous:
        add(amb.name, amb.districts, "ambiguous", fuzzy=False, note=amb.note)
    for word in geo.not_places:
        add(word, (), "blocked", fuzzy=False)
    for word in geo.not_places_en:
        place(word, (), "blocked")
    for py, (districts, name, top, note) in spelled.items():
        # Typos in pinyin are allowed only for district-level names (pudon -> pudong).
        place(name, districts, "district" if top else "town", note, fuzzy=top)
        entries[-1] = (py, *entries[-1][1:])
    return places, entries
