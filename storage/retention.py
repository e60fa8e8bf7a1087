"""Retention: people whose last activity is older than a cut-off are erased from every per-user table."""

from __future__ import annotations

from .checklist import UserKey
from .db import USER_TABLES, Store
from .feedback import FeedbackStore

# Where a person's activity leaves a time: the newest of these is their last activity.
ACTIVITY = (("users", "updated_at"), ("progress", "done_at"), ("reminders", "updated_at"), ("context", "at"), ("answer_ref", "at"))


def inactive_since(store: Store, cutoff: str) -> list[UserKey]:
    """People whose newest activity (any table) is before `cutoff` (ISO time, UTC)."""
    union = " UNION ALL ".join(f"SELECT channel, user_id, {col} AS at FROM [{t}]" for t, col in ACTIVITY
                               if t in store.db.table_names())
    rows = store.read(f"SELECT channel, user_id FROM ({union}) GROUP BY channel, user_id HAVING MAX(COALESCE(at, '')) < ?",
                      (cutoff,))
    return [UserKey(c, u) for c, u in rows if c and u]


def purge_inactive(store: Store, cutoff: str) -> int:
    """Erase everyone inactive since `cutoff`, their feedback comments included; how many people went."""
    users = inactive_since(store, cutoff)
    if not users:
        return 0
    FeedbackStore(store).forget_comments(users)
    with store.transaction() as db:
        for u in users:
            for table in USER_TABLES:
                db.execute(f"DELETE FROM [{table}] WHERE channel=? AND user_id=?", (u.channel, u.user_id))
    store.scrub()
    return len(users)
