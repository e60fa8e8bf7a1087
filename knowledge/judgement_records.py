"""The records judgement.py builds from its rules: a request declined, an attribute a notice may leave open, a kind
of applicant a condition rules out, and a one-word question with its readings."""

from __future__ import annotations

import re

from .records import record

__all__ = ["Ambiguous", "Applicant", "Choice", "Refusal", "Unstated"]


@record
class Refusal:
    kind: str  # forge | bribe | impersonate | others_data | ghost
    what: str  # what is declined, in Chinese
    fraud: bool  # add the notice's fee and fraud warning


@record
class Unstated:
    """An attribute a notice may leave open (the number of pages, the courier…)."""

    label: str
    en: str
    match: re.Pattern[str]
    evidence: re.Pattern[str]
    near: tuple[str, ...]
    contact: str
    topic_scope: bool = False  # look for evidence only in the clauses of the topics asked about
    unless: re.Pattern[str] | None = None  # a phrase that makes the message about something the notice states
    settled: bool = False  # a correction of the message's claim answers it ("只交纸质的行吗" on an online-only notice)
    quiet: bool = False  # when stated, the topic's own answer gives it (the paper copies): no clause quoted besides


@record
class Applicant:
    """A kind of applicant (says) that a condition (requires) rules out; `place`: a place's name, unless the notice's."""

    says: re.Pattern[str]
    requires: re.Pattern[str]
    why: str
    en: str
    place: bool = False
    verdict: str = "不符合"
    unruled: bool = False  # when the notice has no such condition, the message gets the conditions to check against


@record
class Choice:
    label: str
    topic: str


@record
class Ambiguous:
    word: str
    en: str
    choices: tuple[Choice, ...]
    ask: str = ""  # the question back, where "您问的是哪个<word>？" does not read well
