"""Deadline-reminder opt-ins and which reminder points each user has already been sent."""

from __future__ import annotations

import datetime as dt

from .checklist import UserKey
from .db import Store


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class ReminderStore:
    """Opt-in state lives in SQLite, so schedules survive restarts (the job queue only keeps memory)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def set(self, user: UserKey, chat_id: str, enabled: bool) -> None:
        with self.store.transaction() as db:
            db.execute("INSERT INTO reminders(channel, user_id, chat_id, enabled, updated_at) VALUES (?,?,?,?,?) "
                       "ON CONFLICT(channel, user_id) DO UPDATE SET chat_id=excluded.chat_id, enabled=excluded.enabled, "
                       "updated_at=excluded.updated_at", (user.channel, user.user_id, chat_id, int(enabled), _now()))

    def enabled(self, user: UserKey) -> bool:
        rows = self.store.read("SELECT enabled FROM reminders WHERE channel=? AND user_id=?", (user.channel, user.user_id))
        return bool(rows and rows[0][0])

    def subscribers(self, channel: str) -> list[tuple[UserKey, str]]:
        rows = self.store.read("SELECT user_id, chat_id FROM reminders WHERE channel=? AND enabled=1", (channel,))
        return [(UserKey(channel, uid), chat) for uid, chat in rows]

    def claim(self, user: UserKey, points: list[str]) -> bool:
        """Record these reminder points as sent; False if the newest was already sent (nothing to send)."""
        with self.store.transaction() as db:
            sent = {r[0] for r in db.execute("SELECT point FROM reminders_sent WHERE channel=? AND user_id=?",
                                             (user.channel, user.user_id))}
            if not points or points[-1] in sent:
                return False
            db.conn.executemany("INSERT OR IGNORE INTO reminders_sent(channel, user_id, point, sent_at) VALUES (?,?,?,?)",
                                [(user.channel, user.user_id, p, _now()) for p in points])
            return True
