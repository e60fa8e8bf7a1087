"""The notice of one round as frozen dataclasses: every fact with the clause that states it.

The records of whom to contact (hotlines, district units, the mailing address) are in contact_records.py."""

from __future__ import annotations

import re
from dataclasses import field

from .contact_records import Consultation, Contact, Mailing, Unit, Units
from .language import District
from .records import record
from .round_records import Amendment, Batch, ExtraDeadline, FaqItem, Supplement, TrackTable
from .rules import DraftRules, Format, Materials

# The contact records are importable from here as well (model.py gathers every record from this module).
__all__ = ["Amendment", "Batch", "Consultation", "Contact", "ExtraDeadline", "FaqItem", "Mailing", "Supplement", "Unit", "Units"]


@record
class Meta:
    """Who issued the notice, its title, document number and date, and the time zone its dates are in."""

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


@record
class Clause:
    """One clause of the notice: its number (三（一）), its text, and an English rendering where there is one."""

    clause: str
    text: str
    en: str = ""
    title: str = ""


@record
class Item:
    """One listed item of a section (a focus, a condition, a criterion) and the words that ask for it."""

    clause: str
    text: str
    title: str = ""
    en: str = ""
    en_title: str = ""
    match: tuple[str, ...] = ()


@record
class Section:
    """A clause that lists items: its lead-in sentence and the items."""

    clause: str
    intro: str
    items: tuple[Item, ...]
    intro_en: str = ""


@record
class SiteVariant:
    """Another spelling of the submission site found in the notice, and where it is written so."""

    url: str
    clause: str
    where: str


PAPER_STEP = "纸质材料报送"  # the label of the applicant's paper step among a notice's later dates (ingest writes it)
GROUP_DUE = "申报截止"  # after a kind of firm's name, the label of its own closing date ('复核/续报企业申报截止')


@record
class Submission:
    """How, where and by when to apply: deadline, site, form, seals, copies, one-item rule."""

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
    no_paper: str = ""  # the notice's sentence saying no paper copies are sent ('企业…均无需报送纸质材料')
    rest_online: str = ""
    one_item: str = ""
    procedure_ref: str = ""
    site_variants: tuple[SiteVariant, ...] = ()
    deadlines: tuple[ExtraDeadline, ...] = ()
    opens: str = ""  # when the online system opens, where the deadline's sentence says ('于4月1日9:00至4月28日17:00登录')
    email_text: str = ""  # the sentence sending the electronic copies by e-mail ('电子版…同步发送至…邮箱…')
    set_by: str = ""  # the applicant's deadline left to the units ('企业的填报截止时间由各推荐单位自行确定'): `deadline` is theirs
    capped: str = ""  # the applicant's deadline is the latest its unit may set ('…由各推荐单位自行确定，但最迟不得晚于…')
    deadline_words: str = ""  # the notice's own words for the time of day when it gives no clock time ("下班前")
    clauses: dict[str, str] | None = None  # field -> clause, where a fact sits outside the deadline's clause
    batches: tuple[Batch, ...] = ()  # a round taken in batches: each one's own dates

    def clause_of(self, name: str) -> str:
        """The clause that states one of these facts (seals, copies, one-item rule…)."""
        return (self.clauses or {}).get(name, self.clause)

    @property
    def sealed(self) -> str:
        """The seal rule as a sentence: '申报表须加盖…' from the form's name and the rule, or the rule as it stands
        when it names what is sealed itself ('申报书封面、信用承诺书须加盖企业公章…')."""
        own = not re.match(r"(?:须|需|应|必须|均须|均需|由|经|加盖|并|要|在)", self.form_seals)
        return self.form_seals if own else f"{self.form_name}{self.form_seals}"


@record
class Organisation:
    """How the round is run: mobilisation, review, recommendation to the national level."""

    mobilisation: Clause | None = None
    review: Clause | None = None
    national: Clause | None = None
    route: Clause | None = None  # to whom an applicant hands its application ('地方企业向所在地省级…主管部门申报')


@record
class Attachments:
    """The attachments the notice lists."""

    clause: str
    items: tuple[str, ...]


@record
class Procedure:
    """The application procedure, step by step where the notice gives steps."""

    clause: str
    title: str
    text: str
    truncated: bool = False
    steps: tuple[str, ...] = ()


@record
class Step:
    """One step of the applicant's checklist, with the clause and the guidance for it."""

    id: str
    title: str
    clause: str
    guide: str = ""
    guide_from: str = ""
    involves_unit: bool = False
    match: tuple[str, ...] = ()


@record
class Trace:
    """Where a value was read: its clause and the character span of the notice text."""

    clause: str
    span: str  # "start-end": character offsets in the notice text


@record
class Notice:
    """One round's notice. Sections a notice does not have are None: the assistant then says so."""

    schema: int
    meta: Meta
    source_text: str = ""
    intro: Clause | None = None
    focuses: Section | None = None
    eligibility: Section | None = None
    exclusions: Section | None = None  # '有下列情形之一的，不予受理：' and its items
    criteria: Section | None = None
    submission: Submission | None = None
    organisation: Organisation = field(default_factory=Organisation)
    consultation: Consultation = field(default_factory=Consultation)
    units: Units | None = None
    # The round's own places (another city's districts), keyed like the geography's districts and merged into
    # it for this knowledge base: the units of a notice of another city point to these.
    places: dict[str, District] = field(default_factory=dict)
    mailing: Mailing | None = None
    fees: Clause | None = None
    report: Clause | None = None  # where to report a charge or a fraud ('监督电话：…')
    attachments: Attachments | None = None
    materials: Materials | None = None
    supporting: Clause | None = None
    format: Format | None = None
    uploads: Clause | None = None
    procedure: Procedure | None = None
    checklist: tuple[Step, ...] = ()
    draft_rules: DraftRules | None = None
    passages: tuple[Clause, ...] = ()
    supplement: Supplement | None = None
    amendments: tuple[Amendment, ...] = ()
    faq: tuple[FaqItem, ...] = ()
    track_table: TrackTable | None = None  # a table comparing the tracks, a column each
    trace: dict[str, Trace] | None = None
