"""The knowledge base being built from one notice: its data, the trace of every value, and the review notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from .outline import Outline


@dataclass
class Draft:
    """The knowledge base being built, with where each value came from and what the operator should review."""

    outline: Outline
    data: dict = field(default_factory=dict)
    trace: dict[str, dict] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    table_rows: list[tuple[int, int]] = field(default_factory=list)  # source spans of the units table's rows
    places: list[dict] = field(default_factory=list)  # a contacts list of places the geography does not know

    def note(self, key: str, value: object, clause: str, start: int, end: int) -> None:
        """Record that `key` holds `value`, read from text[start:end] in `clause`."""
        if value not in ("", None, [], ()):
            self.trace[key] = {"clause": clause, "span": f"{start}-{end}"}
