"""The language and place data that read a notice: the lexicon of user phrasings and Shanghai's geography."""

from __future__ import annotations

import dataclasses
from dataclasses import field

from .records import record


# ---------------------------------------------------------------- lexicon
@record
class Intent:
    """A topic users ask about, with the strong and weak phrasings (Chinese and English) that name it."""

    label: str
    label_en: str
    strong: tuple[str, ...]
    weak: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    en_weak: tuple[str, ...] = ()
    generic: bool = False
    related: tuple[str, ...] = ()


@record
class Unknown:
    """Something users ask that the notice does not state, and the words that ask it."""

    label: str
    match: tuple[str, ...]
    en: str = ""
    later_years: bool = False  # also named by a year after this round's deadline ("2025年还有吗" in a 2024 round)
    evidence: str = ""  # a sentence matching this regex means this notice does state it ("网上申报受理时间为4月1日至…")
    unit_row: bool = False  # a named district's recommending unit, listed with its address, answers it
    unit_field: str = ""  # fields of the units' rows that answer it where the notice gives them ("email wechat")
    opens: bool = False  # its evidence states when applications open: before then, "can we submit now?" says not yet
    staged: bool = False  # a stage of the round's timeline that it names ('结果公示（5月）', '评审与发布。7月至8月') states it


@record
class OutOfScope:
    """Other programmes, other regions, small talk and questions about the assistant itself."""

    programmes: tuple[str, ...]
    programmes_en: tuple[str, ...]
    regions: tuple[str, ...]
    regions_en: tuple[str, ...]
    chit_chat: tuple[str, ...]
    meta: tuple[str, ...] = ()
    courtesy: tuple[str, ...] = ()  # "谢谢", "辛苦了": said beside a question, they leave it as it is
    home: tuple[str, ...] = ()  # the bundled geography's own region: another region to a notice with places of its own


@record
class Lexicon:
    """How users say things: topics, unknowns, out-of-scope words, contact kinds, part phrasings."""

    intents: dict[str, Intent]
    unknowns: tuple[Unknown, ...]
    out_of_scope: OutOfScope
    programme_words: tuple[str, ...]
    english_stopwords: tuple[str, ...]
    contact_kinds: dict[str, tuple[str, ...]]
    part_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrasings of each kind of materials part
    homophone_stopwords: tuple[str, ...] = ()  # words typed as meant, never a typo of a topic word ("报过" is not "保过")


# ---------------------------------------------------------------- geography
@record
class District:
    """A Shanghai district: official and short name, English names, former districts, towns and zones."""

    name: str
    short: str
    english: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    within: str = ""  # a zone inside another district (临港 in 浦东): naming both means "ask"


@record
class AmbiguousPlace:
    """A place name shared by several districts: the assistant asks instead of guessing."""

    name: str
    districts: tuple[str, ...]
    note: str


@record
class Geography:
    """Shanghai's districts and the place names that are, or are not, districts."""

    districts: dict[str, District]
    region: str = ""  # the city these are the districts of; another city's notice keeps their names, not their towns
    ambiguous: tuple[AmbiguousPlace, ...] = ()
    not_places: tuple[str, ...] = ()
    not_places_en: tuple[str, ...] = ()
    homophone_stopwords: tuple[str, ...] = ()
    place_readings: dict[str, str] = field(default_factory=dict)


def zones_shared(places: dict[str, District], city: str = "") -> tuple[dict[str, District], tuple[AmbiguousPlace, ...]]:
    """'高新区' where several places of the notice are high-tech zones: the city's own ('长春高新区', which a unit may
    cover) when one is named after the city, else a place to ask about; never the alias of a zone with its own name
    ('净月高新区')."""
    shared: list[AmbiguousPlace] = []
    city = city.removesuffix("市")
    for kind, bare in (("高新区", "高新"), ("经开区", "经开")):
        owners = [k for k, p in places.items() if any(n.endswith(kind) and n != kind for n in (p.name, *p.towns))]
        if len(owners) < 2:
            continue
        own = [k for k in owners if city and any(n == city + kind for n in (places[k].name, *places[k].towns))]
        if len(own) != 1:
            names = "、".join(next(n for n in (p.name, *p.towns) if n.endswith(kind)) for p in (places[k] for k in owners))
            shared += [AmbiguousPlace(w, tuple(owners), f"本通知有几个{kind}（{names}）") for w in (kind, bare)]
        places = {k: dataclasses.replace(p, towns=tuple(dict.fromkeys(t for t in (*p.towns, *((kind, bare) if k in own else ()),
                                                                                *_without(city, p.name))  # '新站高新区'
                                                                      if t not in (kind, bare) or k in own)),
                                         english=tuple(e for e in p.english if "zone" not in e.lower() or k in own))
                  if k in owners else p for k, p in places.items()}
    return places, tuple(shared)


def _without(city: str, name: str) -> tuple[str, ...]:
    """A zone's name without its city ('合肥新站高新区' -> '新站高新区'), so that it is not read as two places."""
    rest = name.removeprefix(city) if city else name
    return (rest,) if rest != name and len(rest) >= 4 else ()
