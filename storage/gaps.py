"""Knowledge gaps: programme questions the knowledge base could not answer, masked, without user ids."""

from __future__ import annotations

from dataclasses import dataclass

from .db import Store

MAX_TEXT = 300  # a gap is a question, not a document: longer texts are cut before they are stored


@dataclass(frozen=True)
class Gap:
    at: str
    channel: str
    district: str
    text: str
    norm: str


class GapStore:
    """Append-only log of unanswered questions, read back for grouping, trimmed to its retention window."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, round_id: str, at: str, channel: str, district: str, text: str, norm: str, keep_after: str) -> None:
        """Store one masked question; rows older than `keep_after` go in the same transaction."""
        with self.store.transaction() as db:
            db.execute("INSERT INTO gaps(round, at, channel, district, text, norm) VALUES (?,?,?,?,?,?)",
                       (round_id, at, channel, district or "", text[:MAX_TEXT], norm[:MAX_TEXT]))
            db.execute("DELETE FROM gaps WHERE at < ?", (keep_after,))

    def since(self, after: str, limit: int = 20_000) -> list[Gap]:
        """Gaps recorded at or after `after` (ISO time), newest first."""
        rows = self.store.read("SELECT at, channel, district, text, norm FROM gaps WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ?",
                               (after, limit))
        return [Gap(*r) for r in rows]

    def purge(self, before: str) -> int:
        """Drop gaps recorded before `before`; how many went."""
        with self.store.transaction() as db:
            return db.execute("DELETE FROM gaps WHERE at < ?", (before,)).rowcount
