"""Load and validate the knowledge base (notice, lexicon, geography) into frozen dataclasses."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
    issuer_short: str
    issuer_en: str
    doc_number: str
    title: str
    programme: str
    programme_full: str
    programme_en: str
    region: str
    region_en: str
    addressees: str
    date: str
    date_clause: str
    timezone: str


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
class Submission:
    clause: str
    deadline: str
    site_name: str
    site: str
    online: str
    form_name: str
    form_how: str
    form_seals: str
    form_copies: str
    rest_online: str
    one_item: str
    procedure_ref: str
    text: str
    site_variants: tuple[SiteVariant, ...] = ()


@dataclass(frozen=True)
class Organisation:
    mobilisation: Clause
    review: Clause
    national: Clause


@dataclass(frozen=True)
class Contact:
    clause: str
    label: str
    label_en: str
    org: str
    person: str
    phone: str


@dataclass(frozen=True)
class Consultation:
    policy: Contact
    filling: Contact


@dataclass(frozen=True)
class Unit:
    district: str
    name: str
    address: str
    person: str
    phone: str


@dataclass(frozen=True)
class Units:
    clause: str
    title: str
    items: tuple[Unit, ...]


@dataclass(frozen=True)
class Mailing:
    clause: str
    label: str
    address: str
    person: str
    phone: str


@dataclass(frozen=True)
class Attachments:
    clause: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Part:
    clause: str
    key: str
    title: str
    en: str
    limit: int
    text: str
    text_en: str = ""
    match: tuple[str, ...] = ()


@dataclass(frozen=True)
class Materials:
    clause: str
    title: str
    text: str
    parts: tuple[Part, ...]
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


@dataclass(frozen=True)
class NameRule:
    clause: str
    suffix: str
    unit_words: tuple[str, ...]
    formula: str
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
    year_words: tuple[str, ...]
    compare_words: tuple[str, ...]
    ip_words: tuple[str, ...]


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
class Notice:
    schema: int
    source_text: str
    meta: Meta
    intro: Clause
    focuses: Section
    eligibility: Section
    criteria: Section
    submission: Submission
    organisation: Organisation
    consultation: Consultation
    units: Units
    mailing: Mailing
    fees: Clause
    attachments: Attachments
    materials: Materials
    supporting: Clause
    format: Format
    uploads: Clause
    procedure: Procedure
    checklist: tuple[Step, ...] = ()
    draft_rules: DraftRules | None = None


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
    deadline: dt.datetime = field(compare=False)
    tz: dt.tzinfo = field(compare=False)

    @property
    def round_id(self) -> str:
        """The key that state of this round (checklist progress, reminders) is stored under: the document number."""
        return self.notice.meta.doc_number

    def example_place(self) -> str:
        """A district's short name taken from the data, for examples in help texts."""
        return self.geography.districts[self.notice.units.items[0].district].short

    def unit_for(self, district: str) -> Unit | None:
        """The recommending unit of a district key, if the notice lists one."""
        for unit in self.notice.units.items:
            if unit.district == district:
                return unit
        return None


# ---------------------------------------------------------------- building
def _build(cls: typing.Any, data: typing.Any, path: str, file: Path) -> typing.Any:
    """Turn parsed YAML into the annotated type `cls`, naming file and key on any mismatch."""
    origin = typing.get_origin(cls)
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise KnowledgeError(file, path or "(top level)", f"expected a mapping, got {type(data).__name__}")
        hints = typing.get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if not f.init:
                continue
            key = f"{path}.{f.name}" if path else f.name
            if f.name not in data or data[f.name] is None:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise KnowledgeError(file, key, "missing")
                continue
            kwargs[f.name] = _build(hints[f.name], data[f.name], key, file)
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise KnowledgeError(file, f"{path}.{sorted(unknown)[0]}" if path else sorted(unknown)[0], "unknown key")
        return cls(**kwargs)
    if origin is tuple:
        if not isinstance(data, list):
            raise KnowledgeError(file, path, f"expected a list, got {type(data).__name__}")
        (inner, _ellipsis) = typing.get_args(cls)
        return tuple(_build(inner, v, f"{path}[{i}]", file) for i, v in enumerate(data))
    if origin is dict:
        if not isinstance(data, dict) or not data:
            raise KnowledgeError(file, path, "expected a non-empty mapping")
        _k, inner = typing.get_args(cls)
        return {str(k): _build(inner, v, f"{path}.{k}", file) for k, v in data.items()}
    if origin in (typing.Union, types.UnionType):
        inner = [t for t in typing.get_args(cls) if t is not type(None)]
        return _build(inner[0], data, path, file) if len(inner) == 1 else data
    if cls is str:
        if isinstance(data, (dt.date, int, float)) and not isinstance(data, bool):
            return str(data)
        if not isinstance(data, str) or not data.strip():
            raise KnowledgeError(file, path, "expected non-empty text")
        return _CJK_GAP.sub("", " ".join(data.split()))
    if cls is int:
        if not isinstance(data, int) or isinstance(data, bool) or data <= 0:
            raise KnowledgeError(file, path, "expected a positive whole number")
        return data
    if cls is float:
        if not isinstance(data, (int, float)) or isinstance(data, bool) or data < 0:
            raise KnowledgeError(file, path, "expected a number")
        return float(data)
    if cls is bool:
        if not isinstance(data, bool):
            raise KnowledgeError(file, path, "expected true or false")
        return data
    raise KnowledgeError(file, path, f"unsupported type {cls!r}")  # pragma: no cover


def _read_yaml(file: Path) -> typing.Any:
    try:
        with open(file, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except FileNotFoundError:
        raise KnowledgeError(file, "(file)", "not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(file, "(file)", f"not valid YAML: {exc}") from None


def parse_deadline(text: str, tz: dt.tzinfo, file: Path) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' in the notice's time zone; '24:00' means the end of that day."""
    try:
        day_s, time_s = text.split()
        day = dt.date.fromisoformat(day_s)
        hour, minute = (int(x) for x in time_s.split(":"))
        if hour == 24 and minute == 0:
            return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tz)
        return dt.datetime.combine(day, dt.time(hour, minute), tz)
    except ValueError:
        raise KnowledgeError(file, "submission.deadline", f"expected 'YYYY-MM-DD HH:MM', got {text!r}") from None


def _check_notice(notice: Notice, geo: Geography, file: Path) -> None:
    seen = set()
    for i, unit in enumerate(notice.units.items):
        if unit.district not in geo.districts:
            raise KnowledgeError(file, f"units.items[{i}].district", f"unknown district key {unit.district!r}")
        if unit.district in seen:
            raise KnowledgeError(file, f"units.items[{i}].district", f"duplicate district {unit.district!r}")
        seen.add(unit.district)
    if not notice.materials.parts:
        raise KnowledgeError(file, "materials.parts", "empty")
    if notice.draft_rules:
        keys = {p.key for p in notice.materials.parts}
        for key in notice.draft_rules.headings:
            if key not in keys:
                raise KnowledgeError(file, f"draft_rules.headings.{key}", "not a key of materials.parts")
    ids = [s.id for s in notice.checklist]
    if len(ids) != len(set(ids)):
        raise KnowledgeError(file, "checklist", "duplicate step id")
    for i, step in enumerate(notice.checklist):
        if bool(step.guide) == bool(step.guide_from):
            raise KnowledgeError(file, f"checklist[{i}]", "needs exactly one of guide / guide_from")
        if step.guide_from and step.guide_from not in GUIDE_SOURCES:
            raise KnowledgeError(file, f"checklist[{i}].guide_from",
                                 f"unknown section {step.guide_from!r}; use one of {', '.join(GUIDE_SOURCES)}")


def load_knowledge(notice_file: Path | str | None = None) -> Knowledge:
    """Load, validate and cross-check the notice (default: the bundled one), lexicon and geography."""
    notice_path = Path(notice_file) if notice_file else DEFAULT_NOTICE
    lexicon: Lexicon = _build(Lexicon, _read_yaml(LEXICON_FILE), "", LEXICON_FILE)
    geography: Geography = _build(Geography, _read_yaml(GEOGRAPHY_FILE), "", GEOGRAPHY_FILE)
    notice: Notice = _build(Notice, _read_yaml(notice_path), "", notice_path)
    _check_notice(notice, geography, notice_path)
    for name, intent in lexicon.intents.items():
        for rel in intent.related:
            if rel not in lexicon.intents:
                raise KnowledgeError(LEXICON_FILE, f"intents.{name}.related", f"unknown intent {rel!r}")
    try:
        tz = ZoneInfo(notice.meta.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise KnowledgeError(notice_path, "meta.timezone", f"unknown time zone {notice.meta.timezone!r}") from None
    deadline = parse_deadline(notice.submission.deadline, tz, notice_path)
    return Knowledge(notice, lexicon, geography, notice_path, deadline, tz)
