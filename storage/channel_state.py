"""Channel bookkeeping: cursors (微信客服 sync position) and message ids already processed."""

from __future__ import annotations

import datetime as dt

from .db import Store


class ChannelState:
    """Small persistent key/value state plus an 'each message once' ledger."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, name: str) -> str | None:
        rows = self.store.read("SELECT value FROM channel_state WHERE name=?", (name,))
        return rows[0][0] if rows else None

    def set(self, name: str, value: str) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT OR REPLACE INTO channel_state(name, value) VALUES (?,?)", (name, value))

    def seen(self, channel: str, msg_id: str) -> bool:
        """Whether this message id was already answered."""
        return bool(self.store.read("SELECT 1 FROM processed WHERE channel=? AND msg_id=?", (channel, msg_id)))

    def mark(self, channel: str, msg_id: str, outcome: str) -> bool:
        """Record that a message id was answered, and how ('answer' or 'apology'); False if it already was."""
        with self.store.transaction() as db:
            cur = db.execute("INSERT OR IGNORE INTO processed(channel, msg_id, at, outcome) VALUES (?,?,?,?)",
                             (channel, msg_id, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), outcome))
            return bool(cur.rowcount)

    def fresh_nonce(self, key: str, now: float, window: float) -> bool:
        """Record a (timestamp, nonce) pair; False if it was seen within the window. Shared by all processes."""
        with self.store.transaction() as db:
            if int(now) % 16 == 0:  # now and then, drop pairs that have left the window
                db.execute("DELETE FROM nonces WHERE at < ?", (now - 2 * window,))
            cur = db.execute("INSERT OR IGNORE INTO nonces(key, at) VALUES (?, ?)", (key, now))
            return bool(cur.rowcount)

    def first_time(self, channel: str, msg_id: str) -> bool:
        """Record a message id; True only the first time it is seen (retries and replays are False)."""
        now = dt.datetime.now(dt.UTC)
        with self.store.transaction() as db:
            cur = db.execute("INSERT OR IGNORE INTO processed(channel, msg_id, at) VALUES (?,?,?)",
                             (channel, msg_id, now.isoformat(timespec="seconds")))
            if cur.rowcount and now.second == 0:  # now and then, forget ids older than WeCom retries
                db.execute("DELETE FROM processed WHERE at < ?", ((now - dt.timedelta(days=3)).isoformat(),))
            return bool(cur.rowcount)
