"""Channel bookkeeping: cursors (微信客服 sync position) and message ids already processed."""

from __future__ import annotations

import datetime as dt

from .clock import now
from .db import Store


def _days_ago(days: int) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(days=days)).isoformat(timespec="seconds")


class ChannelState:
    """Small persistent key/value state plus an 'each message once' ledger."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, name: str) -> str | None:
        rows = self.store.read("SELECT value FROM channel_state WHERE name=?", (name,))
        return rows[0][0] if rows else None

    def set(self, name: str, value: str) -> None:
        with self.store.transaction() as db:
            db["channel_state"].upsert({"name": name, "value": value}, pk="name")

    def seen(self, channel: str, msg_id: str) -> bool:
        """Whether this message id was already answered."""
        return bool(self.store.read("SELECT 1 FROM processed WHERE channel=? AND msg_id=?", (channel, msg_id)))

    def mark(self, channel: str, msg_id: str, outcome: str) -> bool:
        """Record that a message id was answered, and how ('answer' or 'apology'); False if it already was."""
        with self.store.transaction() as db:
            at = now()
            cur = db.execute("INSERT OR IGNORE INTO processed(channel, msg_id, at, outcome) VALUES (?,?,?,?)",
                             (channel, msg_id, at, outcome))
            if cur.rowcount and at.endswith("0"):  # now and then, forget ids older than any WeCom retry
                db.execute("DELETE FROM processed WHERE at < ?", (_days_ago(3),))
            return bool(cur.rowcount)

    def fresh_nonce(self, key: str, now: float, window: float) -> bool:
        """Record a (timestamp, nonce) pair; False if it was seen within the window. Shared by all processes."""
        with self.store.transaction() as db:
            if int(now) % 16 == 0:  # now and then, drop pairs that have left the window
                db.execute("DELETE FROM nonces WHERE at < ?", (now - 2 * window,))
            cur = db.execute("INSERT OR IGNORE INTO nonces(key, at) VALUES (?, ?)", (key, now))
            return bool(cur.rowcount)
