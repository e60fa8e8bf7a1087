"""Per-user checklist state: which steps are done, the user's district, a pending confirmation."""

from __future__ import annotations

from dataclasses import dataclass

from .clock import now as _now
from .db import LEGACY_ROUND, ROUND_TABLES, USER_TABLES, Store

MAX_ID_LEN = 128


@dataclass(frozen=True)
class UserKey:
    """A person is a (channel, user id) pair; nothing is ever read or written across pairs."""

    channel: str
    user_id: str

    def __post_init__(self) -> None:
        if not self.channel or not self.user_id or len(self.user_id) > MAX_ID_LEN or len(self.channel) > 32:
            raise ValueError("invalid user key")


class ChecklistStore:
    """Domain verbs over the store: mark, unmark, progress, district, pending, forget. No SQL outside.

    Progress belongs to a round (the notice's round id): `for_round` gives the view of one round, so a new
    round starts clean while last round's rows stay readable. District, pending and forget span all rounds.
    """

    def __init__(self, store: Store, round_id: str = LEGACY_ROUND) -> None:
        self.store, self.round_id = store, round_id

    def for_round(self, round_id: str) -> ChecklistStore:
        """The same database, seen from one round."""
        return ChecklistStore(self.store, round_id)

    def adopt_legacy(self) -> int:
        """Hand rows written before rounds existed to this round (once, at start-up); how many moved."""
        moved = 0
        with self.store.transaction() as db:
            for table in ROUND_TABLES:
                moved += db.execute(f"UPDATE OR IGNORE [{table}] SET round=? WHERE round=?",
                                    (self.round_id, LEGACY_ROUND)).rowcount
        return moved

    def rounds(self, user: UserKey) -> list[str]:
        """Rounds in which this user has checklist progress, most recently touched first."""
        rows = self.store.read("SELECT round, MAX(done_at) FROM progress WHERE channel=? AND user_id=? GROUP BY round "
                               "ORDER BY 2 DESC", (user.channel, user.user_id))
        return [r[0] for r in rows]

    def _touch(self, db, user: UserKey) -> None:
        now = _now()
        db.execute("INSERT INTO users(channel, user_id, created_at, updated_at) VALUES (?,?,?,?) "
                   "ON CONFLICT(channel, user_id) DO UPDATE SET updated_at=excluded.updated_at",
                   (user.channel, user.user_id, now, now))

    def mark(self, user: UserKey, step_ids: list[str]) -> list[str]:
        """Mark steps done in one transaction; returns those that were not done before."""
        with self.store.transaction() as db:
            self._touch(db, user)
            done = {r[0] for r in db.execute("SELECT step_id FROM progress WHERE channel=? AND user_id=? AND round=?",
                                             (user.channel, user.user_id, self.round_id))}
            new = [s for s in dict.fromkeys(step_ids) if s not in done]
            now = _now()
            db.conn.executemany("INSERT INTO progress(channel, user_id, round, step_id, done_at) VALUES (?,?,?,?,?)",
                                [(user.channel, user.user_id, self.round_id, s, now) for s in new])
        return new

    def unmark(self, user: UserKey, step_ids: list[str]) -> list[str]:
        """Unmark steps in one transaction; returns those that had been done."""
        with self.store.transaction() as db:
            removed = []
            for s in dict.fromkeys(step_ids):
                cur = db.execute("DELETE FROM progress WHERE channel=? AND user_id=? AND round=? AND step_id=?",
                                 (user.channel, user.user_id, self.round_id, s))
                if cur.rowcount:
                    removed.append(s)
            if removed:
                self._touch(db, user)
        return removed

    def done(self, user: UserKey) -> dict[str, str]:
        """Step id -> when it was marked done, in this round."""
        rows = self.store.read("SELECT step_id, done_at FROM progress WHERE channel=? AND user_id=? AND round=?",
                               (user.channel, user.user_id, self.round_id))
        return dict(rows)

    def set_district(self, user: UserKey, district: str) -> None:
        with self.store.transaction() as db:
            self._touch(db, user)
            db.execute("UPDATE users SET district=? WHERE channel=? AND user_id=?",
                       (district, user.channel, user.user_id))

    def district(self, user: UserKey) -> str | None:
        rows = self.store.read("SELECT district FROM users WHERE channel=? AND user_id=?", (user.channel, user.user_id))
        return rows[0][0] if rows else None

    def set_pending(self, user: UserKey, action: str) -> None:
        with self.store.transaction() as db:
            db["pending"].upsert({"channel": user.channel, "user_id": user.user_id, "action": action,
                                  "created_at": _now()}, pk=("channel", "user_id"))

    def pending(self, user: UserKey) -> str | None:
        """The action waiting for this user's confirmation, if any (read only)."""
        rows = self.store.read("SELECT action FROM pending WHERE channel=? AND user_id=?", (user.channel, user.user_id))
        return rows[0][0] if rows else None

    def pop_pending(self, user: UserKey) -> str | None:
        """The pending action (if any), cleared in the same transaction."""
        with self.store.transaction() as db:
            row = db.execute("SELECT action FROM pending WHERE channel=? AND user_id=?",
                             (user.channel, user.user_id)).fetchone()
            if row:
                db.execute("DELETE FROM pending WHERE channel=? AND user_id=?", (user.channel, user.user_id))
        return row[0] if row else None

    def forget(self, user: UserKey) -> None:
        """Erase every row about this user in every table, in one transaction, then scrub the files on disk."""
        with self.store.transaction() as db:
            for table in USER_TABLES:
                db.execute(f"DELETE FROM [{table}] WHERE channel=? AND user_id=?", (user.channel, user.user_id))
        self.store.scrub()

    def rows_about(self, user: UserKey) -> int:
        """How many rows in all tables belong to this user (for /forget checks)."""
        return sum(self.store.read(f"SELECT COUNT(*) FROM [{t}] WHERE channel=? AND user_id=?",
                                   (user.channel, user.user_id))[0][0] for t in USER_TABLES)
