"""Progress per district kept up to date by SQLite triggers, so officers' statistics never scan every row.

`user_progress` holds each person's steps of a round as a bit mask (bit i = the i-th checklist step, numbered
in `step_bits` from the knowledge base); `district_progress` counts people per (round, district, mask).
Triggers on `progress` and `users` keep both exact whatever writes them (mark, unmark, /district, /forget,
a legacy round adopted); `ensure_steps` renumbers and rebuilds when the checklist itself changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import Store

MAX_STEPS = 62  # one bit per step in a 64-bit integer

_D = "COALESCE((SELECT district FROM users WHERE channel={r}.channel AND user_id={r}.user_id), '')"
_KEY = "channel={r}.channel AND user_id={r}.user_id AND round={r}.round"
_M = "(SELECT mask FROM user_progress WHERE " + _KEY + ")"
_B = "COALESCE((SELECT bit FROM step_bits WHERE round={r}.round AND step_id={r}.step_id), 0)"


def _leave(r: str) -> str:
    """Statements for a progress row going away (r = OLD)."""
    d, key, m, b = (x.format(r=r) for x in (_D, _KEY, _M, _B))
    return f"""
    UPDATE district_progress SET n=n-1 WHERE round={r}.round AND district={d} AND mask={m};
    UPDATE user_progress SET mask = mask & ~{b} WHERE {key};
    DELETE FROM user_progress WHERE {key} AND NOT EXISTS
        (SELECT 1 FROM progress WHERE channel={r}.channel AND user_id={r}.user_id AND round={r}.round);
    INSERT INTO district_progress(round, district, mask, n) SELECT {r}.round, {d}, mask, 1 FROM user_progress WHERE {key}
        ON CONFLICT(round, district, mask) DO UPDATE SET n=n+1;"""


def _enter(r: str) -> str:
    """Statements for a progress row arriving (r = NEW)."""
    d, m, b = (x.format(r=r) for x in (_D, _M, _B))
    return f"""
    UPDATE district_progress SET n=n-1 WHERE round={r}.round AND district={d} AND mask={m};
    INSERT INTO user_progress(channel, user_id, round, mask) VALUES ({r}.channel, {r}.user_id, {r}.round, {b})
        ON CONFLICT(channel, user_id, round) DO UPDATE SET mask = mask | excluded.mask;
    INSERT INTO district_progress(round, district, mask, n) VALUES ({r}.round, {d}, {m}, 1)
        ON CONFLICT(round, district, mask) DO UPDATE SET n=n+1;"""


def _move(old: str, new: str, who: str) -> str:
    """Statements moving a person's counts from district `old` to district `new` (SQL expressions)."""
    return f"""
    UPDATE district_progress SET n=n-1 WHERE district={old} AND (round, mask) IN
        (SELECT round, mask FROM user_progress WHERE channel={who}.channel AND user_id={who}.user_id);
    INSERT INTO district_progress(round, district, mask, n)
        SELECT round, {new}, mask, 1 FROM user_progress WHERE channel={who}.channel AND user_id={who}.user_id
        ON CONFLICT(round, district, mask) DO UPDATE SET n=n+1;"""


_OLD_D, _NEW_D = "COALESCE(OLD.district, '')", "COALESCE(NEW.district, '')"
DDL = (
    "CREATE TABLE IF NOT EXISTS step_bits (round TEXT NOT NULL, step_id TEXT NOT NULL, bit INTEGER NOT NULL, "
    "PRIMARY KEY (round, step_id))",
    "CREATE TABLE IF NOT EXISTS user_progress (channel TEXT NOT NULL, user_id TEXT NOT NULL, round TEXT NOT NULL, "
    "mask INTEGER NOT NULL, PRIMARY KEY (channel, user_id, round))",
    "CREATE TABLE IF NOT EXISTS district_progress (round TEXT NOT NULL, district TEXT NOT NULL, mask INTEGER NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (round, district, mask))",
    f"CREATE TRIGGER IF NOT EXISTS progress_counts_ai AFTER INSERT ON progress BEGIN {_enter('NEW')} END",
    f"CREATE TRIGGER IF NOT EXISTS progress_counts_ad AFTER DELETE ON progress BEGIN {_leave('OLD')} END",
    f"CREATE TRIGGER IF NOT EXISTS progress_counts_au AFTER UPDATE ON progress BEGIN {_leave('OLD')} {_enter('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS users_counts_au AFTER UPDATE OF district ON users "
    "WHEN COALESCE(OLD.district, '') != COALESCE(NEW.district, '') "
    "BEGIN " + _move(_OLD_D, _NEW_D, "NEW") + " END",
    "CREATE TRIGGER IF NOT EXISTS users_counts_ad AFTER DELETE ON users BEGIN " + _move(_OLD_D, "''", "OLD") + " END",
    "CREATE TRIGGER IF NOT EXISTS users_counts_ai AFTER INSERT ON users WHEN COALESCE(NEW.district, '') != '' "
    "BEGIN " + _move("''", "NEW.district", "NEW") + " END",
)


class ProgressCounts:
    """Reads the trigger-kept counts; numbers the steps of a round and rebuilds when they change."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def ensure_steps(self, round_id: str, step_ids: tuple[str, ...]) -> bool:
        """Number this round's steps (bit i = i-th step); when the numbering changed, rebuild the round's counts."""
        want = {s: 1 << i for i, s in enumerate(step_ids[:MAX_STEPS])}
        have = dict(self.store.read("SELECT step_id, bit FROM step_bits WHERE round=?", (round_id,)))
        if have == want:
            return False
        with self.store.transaction() as db:
            db.execute("DELETE FROM step_bits WHERE round=?", (round_id,))
            db.conn.executemany("INSERT INTO step_bits(round, step_id, bit) VALUES (?,?,?)",
                                [(round_id, s, b) for s, b in want.items()])
            self._rebuild(db, round_id)
        return True

    @staticmethod
    def _rebuild(db, round_id: str) -> None:
        db.execute("DELETE FROM user_progress WHERE round=?", (round_id,))
        db.execute("INSERT INTO user_progress(channel, user_id, round, mask) SELECT p.channel, p.user_id, p.round, "
                   "SUM(COALESCE(b.bit, 0)) FROM progress p LEFT JOIN step_bits b ON b.round=p.round AND b.step_id=p.step_id "
                   "WHERE p.round=? GROUP BY p.channel, p.user_id", (round_id,))
        db.execute("DELETE FROM district_progress WHERE round=?", (round_id,))
        db.execute("INSERT INTO district_progress(round, district, mask, n) SELECT ?, COALESCE(u.district, ''), m.mask, COUNT(*) "
                   "FROM user_progress m LEFT JOIN users u ON u.channel=m.channel AND u.user_id=m.user_id "
                   "WHERE m.round=? GROUP BY 2, 3", (round_id, round_id))

    def masks(self, round_id: str) -> list[tuple[str, int, int]]:
        """(district or "", mask, people) for everyone with progress in the round, plus (district, 0, people) for
        those who set a district but have no progress in it."""
        rows = self.store.read("SELECT district, mask, n FROM district_progress WHERE round=? AND n > 0", (round_id,))
        started: dict[str, int] = {}
        for d, _, n in rows:
            started[d] = started.get(d, 0) + n
        people = self.store.read("SELECT district, COUNT(*) FROM users WHERE district IS NOT NULL AND district != '' "
                                 "GROUP BY district")
        idle = [(d, 0, n - started.get(d, 0)) for d, n in people if n > started.get(d, 0)]
        return [(d, int(m), int(n)) for d, m, n in rows] + idle
