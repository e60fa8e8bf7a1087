"""Rules a draft of the summary materials is checked against (headings, naming, page and type styles)."""

from __future__ import annotations

from dataclasses import dataclass


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
