"""Load and validate the knowledge base (notice, lexicon, geography) into frozen dataclasses."""

from __future__ import annotations

import datetime as dt
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_NOTICE = HERE / "notices" / "2023-2024.yaml"
LEXICON_FILE = HERE / "lexicon.yaml"
GEOGRAPHY_FILE = HERE / "shanghai.yaml"

# Sections a checklist step may take its guidance from (see checklist in the notice file).
GUIDE_SOURCES = ("eligibility", "focuses", "materials", "format", "supporting", "uploads", "seals")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Folded YAML lines leave a space between two Chinese characters; Chinese text has none.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


class KnowledgeError(Exception):
    """A knowledge file is missing, malformed or incomplete; names the file and the key."""

    def __init__(self, file: Path | str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = str(file), key, problem
        super().__init__(f"{file}: {key}: {problem}")


# ---------------------------------------------------------------- notice
@dataclass(frozen=True)
class Meta:
    clause: str
    issuer: str
    title: str
    programme: str
    issuer_short: str = ""
    issuer_en: str = ""
    doc_number: str = ""
    programme_full: str = ""
    programme_en: str = ""
    region: str = ""
    region_en: str = ""
    addressees: str = ""
    date: str = ""
    date_clause: str = "落款"
    timezone: str = "Asia/Shanghai"


@dataclass(frozen=True)
class Clause:
    clause: str
    text: str
    en: str = ""
    title: str = ""


@dataclass(frozen=True)
class Item:
    clause: str
    text: str
    title: str = ""
    en: str = ""
    en_title: str = ""
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    clause: str
    intro: str
    items: tuple[Item, ...]
    intro_en: str = ""


@dataclass(frozen=True)
class SiteVariant:
    url: str
    clause: str
    where: str


@dataclass(frozen=True)
class ExtraDeadline:
    """A second date the notice sets (paper copies, district recommendation), with its own clause."""

    label: str
    when: str
    clause: str
    text: str


@dataclass(frozen=True)
class Submission:
    clause: str
    deadline: str
    text: str = ""
    site_name: str = ""
    site: str = ""
    online: str = ""
    form_name: str = ""
    form_how: str = ""
    form_seals: str = ""
    form_copies: str = ""
    paper_text: str = ""  # the notice's sentence on paper copies, quoted as it stands
    rest_online: str = ""
    one_item: str = ""
    procedure_ref: str = ""
    site_variants: tuple[SiteVariant, ...] = ()
    deadlines: tuple[ExtraDeadline, ...] = ()
    clauses: dict[str, str] | None = None  # field -> clause, where a fact sits outside the deadline's clause

    def clause_of(self, name: str) -> str:
        """The clause that states one of these facts (seals, copies, one-item rule…)."""
        return (self.clauses or {}).get(name, self.clause)


@dataclass(frozen=True)
class Organisation:
    mobilisation: Clause | None = None
    review: Clause | None = None
    national: Clause | None = None


@dataclass(frozen=True)
class Contact:
    clause: str
    label: str
    phone: str
    label_en: str = ""
    org: str = ""
    person: str = ""


@dataclass(frozen=True)
class Consultation:
    policy: Contact | None = None
    filling: Contact | None = None

    def any(self) -> Contact:
        """The hotline to name when a question has no better contact."""
        return self.policy or self.filling  # type: ignore[return-value]


@dataclass(frozen=True)
class Unit:
    district: str
    name: str
    phone: str
    address: str = ""
    person: str = ""


@dataclass(frozen=True)
class Units:
    clause: str
    title: str
    items: tuple[Unit, ...]


@dataclass(frozen=True)
class Mailing:
    clause: str
    address: str
    label: str = "纸质材料邮寄地址"
    person: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Attachments:
    clause: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Part:
    clause: str
    key: str
    title: str
    text: str
    en: str = ""
    limit: int = 0
    text_en: str = ""
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Materials:
    clause: str
    parts: tuple[Part, ...]
    title: str = "申报材料"
    text: str = ""
    en: str = ""


@dataclass(frozen=True)
class FormatRule:
    topic: str
    text: str
    en: str = ""


@dataclass(frozen=True)
class Format:
    clause: str
    rules: tuple[FormatRule, ...]


@dataclass(frozen=True)
class Procedure:
    clause: str
    title: str
    text: str
    truncated: bool = False
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameRule:
    clause: str
    suffix: str
    formula: str
    unit_words: tuple[str, ...] = ()
    example: str = ""


@dataclass(frozen=True)
class StyleRule:
    clause: str
    label: str
    font: str = ""
    size_pt: float = 0.0
    size_name: str = ""
    bold: bool = False
    align: str = ""
    line_spacing: str = ""


@dataclass(frozen=True)
class PageRule:
    clause: str
    size: str
    width_mm: int
    height_mm: int
    orientation: str
    label: str


@dataclass(frozen=True)
class ResultsRule:
    clause: str
    years: int
    year_words: tuple[str, ...] = ()
    compare_words: tuple[str, ...] = ()
    ip_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftRules:
    headings: dict[str, tuple[str, ...]]
    name: NameRule
    page: PageRule
    title: StyleRule
    abstract_heading: StyleRule
    body: StyleRule
    captions: StyleRule
    results: ResultsRule


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    clause: str
    guide: str = ""
    guide_from: str = ""
    involves_unit: bool = False
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Trace:
    """Where a value was read: its clause and the character span of the notice text."""

    clause: str
    span: str  # "start-end": character offsets in the notice text


@dataclass(frozen=True)
class Notice:
    """One round's notice. Sections a notice does not have are None: the assistant then says so."""

    schema: int
    meta: Meta
    source_text: str = ""
    intro: Clause | None = None
    focuses: Section | None = None
    eligibility: Section | None = None
    criteria: Section | None = None
    submission: Submission | None = None
    organisation: Organisation = field(default_factory=Organisation)
    consultation: Consultation = field(default_factory=Consultation)
    units: Units | None = None
    mailing: Mailing | None = None
    fees: Clause | None = None
    attachments: Attachments | None = None
    materials: Materials | None = None
    supporting: Clause | None = None
    format: Format | None = None
    uploads: Clause | None = None
    procedure: Procedure | None = None
    checklist: tuple[Step, ...] = ()
    draft_rules: DraftRules | None = None
    passages: tuple[Clause, ...] = ()
    trace: dict[str, Trace] | None = None


# ---------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class Intent:
    label: str
    label_en: str
    strong: tuple[str, ...]
    weak: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    en_weak: tuple[str, ...] = ()
    generic: bool = False
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unknown:
    label: str
    match: tuple[str, ...]


@dataclass(frozen=True)
class OutOfScope:
    programmes: tuple[str, ...]
    programmes_en: tuple[str, ...]
    regions: tuple[str, ...]
    regions_en: tuple[str, ...]
    chit_chat: tuple[str, ...]
    meta: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    intents: dict[str, Intent]
    unknowns: tuple[Unknown, ...]
    out_of_scope: OutOfScope
    programme_words: tuple[str, ...]
    english_stopwords: tuple[str, ...]
    contact_kinds: dict[str, tuple[str, ...]]
    part_words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrasings of each kind of materials part


# ---------------------------------------------------------------- geography
@dataclass(frozen=True)
class District:
    name: str
    short: str
    english: tuple[str, ...] = ()
    former: tuple[str, ...] = ()
    towns: tuple[str, ...] = ()
    within: str = ""  # a zone inside another district (临港 in 浦东): naming both means "ask"


@dataclass(frozen=True)
class AmbiguousPlace:
    name: str
    districts: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class Geography:
    districts: dict[str, District]
    ambiguous: tuple[AmbiguousPlace, ...] = ()
    not_places: tuple[str, ...] = ()
    not_places_en: tuple[str, ...] = ()
    homophone_stopwords: tuple[str, ...] = ()
    place_readings: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Knowledge:
    """Everything the assistant knows: the notice plus the language and place data that read it."""

    notice: Notice
    lexicon: Lexicon
    geography: Geography
    notice_path: Path
    deadline: dt.datetime | None = field(compare=False)
    tz: dt.tzinfo = field(compare=False)

    @property
    def round_id(self) -> str:
        """The key that state of this round (checklist progress, reminders) is stored under: the document number."""
        meta = self.notice.meta
        return meta.doc_number or f"{meta.title}（{meta.date}）"

    def example_place(self) -> str:
        """A district's short name taken from the data, for examples in help texts."""
        units = self.notice.units
        key = units.items[0].district if units and units.items else next(iter(self.geography.districts))
        return self.geography.districts[key].short

    def unit_for(self, district: str) -> Unit | None:
        """The recommending unit of a district key, if the notice lists one."""
        for unit in self.notice.units.items if self.notice.units else ():
            if unit.district == district:
                return unit
        return None


# ---------------------------------------------------------------- loading (in loader.py; re-exported here)
def load_knowledge(notice_file: Path | str | None = None, cache_dir: Path | None = None) -> Knowledge:
    """Load one round: a reviewed YAML file or a notice text (default: the bundled curated round)."""
    from .loader import load_knowledge as load

    return load(notice_file, cache_dir)


def load_rounds(paths: typing.Iterable[Path | str] | None = None, cache_dir: Path | None = None) -> list[Knowledge]:
    """Load every round the paths name (files or folders; default: the bundled notice folder)."""
    from .loader import load_rounds as load

    return load(paths, cache_dir)


def parse_deadline(text: str, tz: dt.tzinfo, file: Path | str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' in the notice's time zone; '24:00' means the end of that day."""
    from .loader import parse_deadline as parse

    return parse(text, tz, file)
