"""A reply to one message: its text, whether the notice answers it, the clauses it used, and what it was about."""

from __future__ import annotations

from dataclasses import dataclass

from .context import Turn


@dataclass(frozen=True)
class Answer:
    """A reply: text for the user, whether the question was within the notice, and the clauses used."""
    text: str
    matched: bool
    sources: tuple[str, ...] = ()
    intents: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()  # topic labels worth offering next (buttons in chat channels)
    district_choices: tuple[str, ...] = ()  # district keys to choose from when a place was ambiguous
    districts: tuple[str, ...] = ()  # district keys the question resolved to
    choices: tuple[tuple[str, str], ...] = ()  # (label, text to send) when the question could mean several things
    gap: bool = False  # a question on the programme the notice does not answer (recorded for operators)
    partial: bool = False  # asked beside the answer: something notices often leave open (a lexicon unknown) this one does
    turn: Turn | None = None  # what this answer was about, for the next message's context

    def as_json(self) -> dict:
        return {"text": self.text, "matched": self.matched, "sources": list(self.sources)}
