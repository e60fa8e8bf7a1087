"""The language and place data that read a notice: the lexicon of user phrasings and Shanghai's geography."""

from __future__ import annotations

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
    opens: bool = False  # its evidence states when applications open: before then, "can we submit now?" says not yet


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
    ambiguous: tuple[AmbiguousPlace, ...] = ()
    not_places: tuple[str, ...] = ()
    not_places_en: tuple[str, ...] = ()
    homophone_stopwords: tuple[str, ...] = ()
    place_readings: dict[str, str] = field(default_factory=dict)
