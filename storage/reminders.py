"""Deadline-reminder opt-ins and which reminder points each user has already been sent."""

from __future__ import annotations

from .checklist import UserKey
from .clock import now as _now
from .db import LEGACY_ROUND, Store


class ReminderStore:
    """Opt-in state lives in SQLite, so schedules survive restarts (the job queue only keeps memory).

    Subscriptions and sent marks belong to a round: a new round's reminders start from nothing.
    """

    def __init__(self, store: Store, round_id: str = LEGACY_ROUND) -> None:
        self.store, self.round_id = store, round_id

    def set(self, user: UserKey, chat_id: str, enabled: bool) -> None:
        """Opt in or out (upsert of this user's row in this round)."""
        with self.store.transaction() as db:
            db["reminders"].upsert({"channel": user.channel, "user_id": user.user_id, "round": self.round_id,
                                    "chat_id": chat_id, "enabled": int(enabled), "updated_at": _now()},
                                   pk=("channel", "user_id", "round"))

    def enabled(self, user: UserKey) -> bool:
        rows = self.store.read("SELECT enabled FROM reminders WHERE channel=? AND user_id=? AND round=?",
                               (user.channel, user.user_id, self.round_id))
        return bool(rows and rows[0][0])

    def subscribers(self, channel: str) -> list[tuple[UserKey, str]]:
        rows = self.store.read("SELECT user_id, chat_id FROM reminders WHERE channel=? AND round=? AND enabled=1",
                               (channel, self.round_id))
        return [(UserKey(channel, uid), chat) for uid, chat in rows]

    def claim(self, user: UserKey, points: list[str]) -> bool:
        """Record these reminder points as sent; False if the newest was already sent (nothing to send)."""
        with self.store.transaction() as db:
            sent = {r[0] for r in db.execute("SELECT point FROM reminders_sent WHERE channel=? AND user_id=? AND round=?",
                                             (user.channel, user.user_id, self.round_id))}
            if not points or points[-1] in sent:
                return False
            db["reminders_sent"].insert_all([{"channel": user.channel, "user_id": user.user_id, "round": self.round_id,
                                              "point": p, "sent_at": _now()} for p in points], ignore=True)
            return True
