"""The summary materials an applicant writes: their parts, their format, and the rules a draft is checked against."""

from __future__ import annotations

import re

from .records import record


@record
class Part:
    """One part of the summary materials: title, what to write, word limit."""

    clause: str
    key: str
    title: str
    text: str = ""  # what to write, where the notice says it (a part named in a list of limits has none)
    en: str = ""
    limit: int = 0
    text_en: str = ""
    match: tuple[str, ...] = ()
    about: bool = False  # '摘要300字左右': a guide, not a cap
    detail: bool = False  # a limit said apart from a list of documents ('…正文不超过5000字，摘要300字左右'): no document
    note: str = ""  # what the limit's bracket adds ('实施效果（2500字以内，须提供近三年数据）')

    def bound(self, en: bool = False) -> str:
        """'300 字以内' / '300 字左右' (English: 'at most 300 characters' / 'about 300 characters')."""
        note = f" ({self.note})" if en and self.note else f"，{self.note}" if self.note else ""
        if en:
            return f"{'about' if self.about else 'at most'} {self.limit:,} characters{note}"
        return f"{self.limit} 字{'左右' if self.about else '以内'}{note}"


@record
class Materials:
    """The summary materials an applicant writes, part by part."""

    clause: str
    parts: tuple[Part, ...]
    title: str = "申报材料"
    text: str = ""
    en: str = ""
    documents: tuple[Part, ...] = ()  # the documents handed in, where listed apart from the parts ('申报书', '营业执照复印件')

    def handed_in(self) -> tuple[Part, ...]:
        """The documents an applicant hands in, where the notice lists them: apart, or as the list itself ('营业执照')."""
        return self.documents or (self.parts if any(re.search(r"执照|承诺书|申报书|申请书|审计报告", p.title) for p in self.parts) else ())


@record
class FormatRule:
    """One typesetting rule of the materials (page, title, body, captions)."""

    topic: str
    text: str
    en: str = ""
    clause: str = ""  # when another clause than the format section's says it ('（四）格式要求。…A4纸双面打印…')


@record
class Format:
    """The typesetting rules of the materials."""

    clause: str
    rules: tuple[FormatRule, ...]


@record
class NameRule:
    """How the materials must be named: (unit) + (method) + a fixed ending."""

    clause: str
    suffix: str
    formula: str
    unit_words: tuple[str, ...] = ()
    example: str = ""


@record
class StyleRule:
    """The font, size, weight, alignment and spacing a kind of paragraph must have."""

    clause: str
    label: str
    font: str = ""
    size_pt: float = 0.0
    size_name: str = ""
    bold: bool = False
    align: str = ""
    line_spacing: str = ""


@record
class PageRule:
    """The paper size and orientation of the materials."""

    clause: str
    size: str
    width_mm: int
    height_mm: int
    orientation: str
    label: str


@record
class ResultsRule:
    """What the results part must show: data of recent years, comparisons, patents or standards."""

    clause: str
    years: int
    year_words: tuple[str, ...] = ()
    compare_words: tuple[str, ...] = ()
    ip_words: tuple[str, ...] = ()


@record
class DraftRules:
    """Everything a draft is checked against, taken from the notice's attachment."""

    headings: dict[str, tuple[str, ...]]
    name: NameRule
    page: PageRule
    title: StyleRule
    abstract_heading: StyleRule
    body: StyleRule
    captions: StyleRule
    results: ResultsRule
