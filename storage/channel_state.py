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

    def first_time(self, channel: str, msg_id: str) -> bool:
        """Record a message id; True only the first time it is seen (retries and replays are False)."""
        now = dt.datetime.now(dt.UTC)
        with self.store.transaction() as db:
            cur = db.execute("INSERT OR IGNORE INTO processed(channel, msg_id, at) VALUES (?,?,?)",
                             (channel, msg_id, now.isoformat(timespec="seconds")))
            if cur.rowcount and now.second == 0:  # now and then, forget ids older than WeCom retries
                db.execute("DELETE FROM processed WHERE at < ?", ((now - dt.timedelta(days=3)).isoformat(),))
            return bool(cur.rowcount)
