"""The knowledge base's types and entry points: notice, lexicon and geography as frozen dataclasses.

The dataclasses live in notice.py, rules.py and language.py and are importable from here; loading and
validation are in loader.py (imported when a knowledge base is loaded, with YAML only when one is parsed).
"""

from __future__ import annotations

import datetime as dt
import typing
from collections import Counter
from dataclasses import field
from pathlib import Path

from .language import AmbiguousPlace, District, Geography, Intent, Lexicon, OutOfScope, Unknown
from .notice import (
    Attachments,
    Clause,
    Consultation,
    Contact,
    ExtraDeadline,
    Item,
    Mailing,
    Meta,
    Notice,
    Organisation,
    Procedure,
    Section,
    SiteVariant,
    Step,
    Submission,
    Trace,
    Unit,
    Units,
)
from .records import record
from .rules import DraftRules, Format, FormatRule, Materials, NameRule, PageRule, Part, ResultsRule, StyleRule

__all__ = [
    "AmbiguousPlace", "Attachments", "Clause", "Consultation", "Contact", "District", "DraftRules", "ExtraDeadline",
    "Format", "FormatRule", "Geography", "Intent", "Item", "Knowledge", "KnowledgeError", "Lexicon", "Mailing",
    "Materials", "Meta", "NameRule", "Notice", "Organisation", "OutOfScope", "PageRule", "Part", "Procedure",
    "ResultsRule", "Section", "SiteVariant", "Step", "StyleRule", "Submission", "Trace", "Unit", "Units", "Unknown",
    "DEFAULT_NOTICE", "GEOGRAPHY_FILE", "GUIDE_SOURCES", "LEXICON_FILE", "load_knowledge", "load_rounds", "parse_deadline",
]

HERE = Path(__file__).resolve().parent
DEFAULT_NOTICE = HERE / "notices" / "2023-2024.yaml"
LEXICON_FILE = HERE / "lexicon.yaml"
GEOGRAPHY_FILE = HERE / "shanghai.yaml"

# Sections a checklist step may take its guidance from (see checklist in the notice file).
GUIDE_SOURCES = ("eligibility", "focuses", "materials", "format", "supporting", "uploads", "seals")


class KnowledgeError(Exception):
    """A knowledge file is missing, malformed or incomplete; names the file and the key."""

    def __init__(self, file: Path | str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = str(file), key, problem
        super().__init__(f"{file}: {key}: {problem}")



@record
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

    def place_word(self) -> str:
        """What the units' places are called in a help text: '区', '镇（街道）' for a district's towns, '市' for a
        province's cities, '区县' when districts and counties mix, '行业' when the units are trade associations."""
        units = self.notice.units
        names = [self.geography.districts[u.district].name for u in units.items if u.district in self.geography.districts] \
            if units else []
        ends = Counter("镇" if n.endswith(("镇", "街道", "乡")) else n[-1] for n in names)
        if not ends:
            return "区"
        top = ends.most_common(1)[0][0]
        return "镇（街道）" if top == "镇" else "市" if top == "市" else "行业" if top in ("会", "业") else "区县" if ends["县"] and ends["区"] else "区"

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
