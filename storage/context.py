"""The conversation context of each person: their last turn, kept briefly so a follow-up is read against it.

One row per (channel, user id): never shared between people, erased by /forget (it is one of USER_TABLES),
and ignored once older than the time to live. Kept in SQLite so it survives a restart and serves every worker.
"""

from __future__ import annotations

import datetime as dt
import json

from .checklist import UserKey
from .db import Store

MAX_DATA_CHARS = 4000


class ContextStore:
    def __init__(self, store: Store, ttl: dt.timedelta) -> None:
        self.store, self.ttl = store, ttl

    def get(self, user: UserKey, now: dt.datetime) -> dict | None:
        """The last turn, if the person spoke within the time to live."""
        if self.ttl <= dt.timedelta(0):
            return None
        rows = self.store.read("SELECT data, at FROM context WHERE channel=? AND user_id=?", (user.channel, user.user_id))
        if not rows:
            return None
        try:
            at = dt.datetime.fromisoformat(rows[0][1])
            if now - at > self.ttl or at - now > self.ttl:
                return None
            data = json.loads(rows[0][0])
        except (ValueError, TypeError):
            return None
        return data if isinstance(data, dict) else None

    def put(self, user: UserKey, data: dict, now: dt.datetime) -> None:
        raw = json.dumps(data, ensure_ascii=False)
        if self.ttl <= dt.timedelta(0) or len(raw) > MAX_DATA_CHARS:
            return
        with self.store.transaction() as db:  # plain SQL: an upsert through sqlite-utils inspects the schema each time
            db.execute("INSERT INTO context(channel, user_id, data, at) VALUES (?,?,?,?) ON CONFLICT(channel, user_id) "
                       "DO UPDATE SET data=excluded.data, at=excluded.at", (user.channel, user.user_id, raw, now.isoformat()))

    def clear(self, user: UserKey) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM context WHERE channel=? AND user_id=?", (user.channel, user.user_id))
