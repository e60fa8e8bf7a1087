"""Judgement on a message before it is answered: requests to decline, "can I still…", attributes the notice
leaves open, follow-ups, one-word questions and the real question inside a long message.

The rules are data (judgement.yaml); this module compiles them once per notice and applies them per sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

JUDGEMENT_FILE = Path(__file__).resolve().with_name("judgement.yaml")
_SENTENCE = re.compile(r"[^。！!？?\n；;]+[。！!？?；;]*")
LONG_MESSAGE = 100  # characters: above this, the sentences that ask something are read first

Rule = tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Refusal:
    kind: str  # forge | bribe | impersonate | others_data | ghost
    what: str  # what is declined, in Chinese
    fraud: bool  # add the notice's fee and fraud warning


@dataclass(frozen=True)
class Unstated:
    """An attribute a notice may leave open (the number of pages, the courier…)."""

    label: str
    en: str
    match: re.Pattern[str]
    evidence: re.Pattern[str]
    near: tuple[str, ...]
    contact: str
    topic_scope: bool = False  # look for evidence only in the clauses of the topics asked about


@dataclass(frozen=True)
class Choice:
    label: str
    topic: str


@dataclass(frozen=True)
class Ambiguous:
    word: str
    en: str
    choices: tuple[Choice, ...]


def _rule(raw: str | list[str]) -> Rule:
    return tuple(re.compile(p, re.I) for p in ([raw] if isinstance(raw, str) else raw))


class Rules:
    """Rules of one kind, with one pattern of their first parts: most messages are ruled out by a single search."""

    def __init__(self, raws: list) -> None:
        self.rules = tuple(_rule(r) for r in raws)
        self.any = re.compile("|".join(f"(?:{r[0].pattern})" for r in self.rules), re.I)

    def fire(self, whole: str, parts: list[str]) -> bool:
        if not self.any.search(whole):
            return False
        return any(all(p.search(s) for p in rule) for rule in self.rules for s in parts)


@cache
def _data() -> dict:
    return yaml.safe_load(JUDGEMENT_FILE.read_text(encoding="utf-8"))


def sentences(norm: str) -> list[str]:
    return [s for s in _SENTENCE.findall(norm) if s.strip()] or [norm]


class Judge:
    """Built once per notice: an attribute the notice does state is never called unstated."""

    def __init__(self, notice_text: str) -> None:
        d = _data()
        self._unsafe = [(kind, spec["what"], bool(spec.get("fraud")), Rules(spec["rules"])) for kind, spec in d["unsafe"].items()]
        self._ghost = Rules(d["ghost"])
        self._any_request = re.compile("|".join(r.any.pattern for r in (*(x[3] for x in self._unsafe), self._ghost)), re.I)
        self._reported = re.compile(d["reported"])
        self._money = Rules(d["money"])
        self._can_still = Rules(d["can_still"])
        self.unstated_all = tuple(
            Unstated(u["label"], u["en"], re.compile(u["match"], re.I), re.compile(u["evidence"]), tuple(u["near"]),
                     u.get("contact", "any"), u.get("scope") == "topic")
            for u in d["unstated"])
        # Attributes this notice does state are answered from the notice, not declined.
        self.unstated = tuple(u for u in self.unstated_all if not u.evidence.search(notice_text))
        self._any_attribute = re.compile("|".join(f"(?:{u.match.pattern})" for u in self.unstated_all), re.I)
        f = d["followup"]
        self._followup = re.compile(f["markers"], re.I)
        self._english = re.compile(f["english"], re.I)
        self.followup_chars = int(f["max_chars"])
        self._ambiguous = {a["word"]: Ambiguous(a["word"], a["en"], tuple(Choice(c["label"], c["topic"]) for c in a["choices"]))
                           for a in d["ambiguous"]}
        self._asks = re.compile(d["question_marks"], re.I)
        self._agency = re.compile(d["agency"], re.I)
        self.format_subjects = re.compile(d["format_subjects"])
        self.format_asks = re.compile(d["format_asks"], re.I)
        self.body = notice_text
        self._senses = [(x["topic"], re.compile(x["other"], re.I), re.compile(x["unless"], re.I)) for x in d["senses"]]

    def refusal(self, norm: str) -> Refusal | None:
        """A request to forge, bribe, impersonate, get others' data, or write texts for the user."""
        if not self._any_request.search(norm):
            return None
        whole = self.focus(norm) or norm
        own = [s for s in sentences(whole) if not self._reported.search(s)]  # "有人冒充…怎么办" reports, it does not ask
        for kind, what, fraud, rules in self._unsafe:
            if rules.fire(whole, own):
                return Refusal(kind, what, fraud)
        if self._ghost.fire(whole, own):
            return Refusal("ghost", "代写或生成文字材料", False)
        return None

    def money(self, norm: str) -> bool:
        """A sum of money or a promise of selection: the fee and fraud warning always goes with the reply."""
        return self._money.any.search(norm) is not None and self._money.fire(norm, sentences(norm))

    def can_still(self, norm: str) -> bool:
        return self._can_still.any.search(norm) is not None and self._can_still.fire(norm, sentences(norm))

    def unstated_in(self, norm: str) -> list[Unstated]:
        if not self._any_attribute.search(norm):
            return []
        return [u for u in self.unstated if u.match.search(norm)]

    def attributes_in(self, norm: str) -> list[Unstated]:
        """Every attribute the message asks about, whether or not this notice states it."""
        if not self._any_attribute.search(norm):
            return []
        return [u for u in self.unstated_all if u.match.search(norm)]

    def agency(self, norm: str) -> bool:
        """An agency, consultant or middleman is mentioned: the notice's word on agents goes with the reply."""
        return self._agency.search(norm) is not None

    def other_senses(self, norm: str) -> set[str]:
        """Topics named here by a word used in another sense ("行业标准" is not the selection criteria)."""
        return {t for t, other, unless in self._senses if other.search(norm) and not unless.search(norm)}

    def stated_in(self, norm: str) -> list[Unstated]:
        """Attributes asked about that this notice does state (answered from its text)."""
        if len(self.unstated) == len(self.unstated_all) or not self._any_attribute.search(norm):
            return []
        return [u for u in self.unstated_all if u not in self.unstated and u.match.search(norm)]

    def is_followup(self, norm: str, compact: str) -> bool:
        return len(compact) <= self.followup_chars and bool(self._followup.search(norm.strip()))

    def wants_english(self, norm: str, compact: str) -> bool:
        return len(compact) <= 30 and bool(self._english.search(norm))

    def ambiguous(self, compact: str) -> Ambiguous | None:
        """'地址' alone: which address? ('地址呢', '地址？' count too.)"""
        return self._ambiguous.get(re.sub(r"(呢|吗|嘛|是什么|是多少|多少|有吗)$", "", compact))

    def asks(self, norm: str) -> list[str]:
        """The sentences that ask something."""
        return [s for s in sentences(norm) if self._asks.search(s)]

    def focus(self, raw: str) -> str | None:
        """In a long message, the sentences that ask something (the question buried in a story); None if short."""
        if len(raw) <= LONG_MESSAGE:
            return None
        asks = [s for s in sentences(raw) if self._asks.search(s)]
        return "".join(asks) if asks and len("".join(asks)) < len(raw) else None
