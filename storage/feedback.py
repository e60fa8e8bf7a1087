"""Answer feedback: votes per topic and clause (no user id), masked comments, and the answer a user may rate."""

from __future__ import annotations

from dataclasses import dataclass

from .checklist import UserKey
from .db import Store

MAX_COMMENT = 500


@dataclass(frozen=True)
class LastAnswer:
    """The answer a user saw last: what "有用/没用" refers to (topic and clause only, never the text)."""

    topic: str
    clause: str
    at: str
    awaiting: bool  # a 👎 asked for one comment
    feedback_id: int | None


@dataclass(frozen=True)
class TopicVotes:
    topic: str
    clause: str
    up: int
    down: int


class FeedbackStore:
    """Votes and comments. The link from a comment to its author lives only in `feedback_owner`, erased by /forget."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def remember(self, user: UserKey, topic: str, clause: str, at: str) -> None:
        """The answer this user may rate next (replaces the previous one)."""
        with self.store.transaction() as db:
            db.execute("INSERT INTO answer_ref(channel, user_id, topic, clause, at, awaiting, feedback_id) VALUES (?,?,?,?,?,0,NULL) "
                       "ON CONFLICT(channel, user_id) DO UPDATE SET topic=excluded.topic, clause=excluded.clause, at=excluded.at, "
                       "awaiting=0, feedback_id=NULL", (user.channel, user.user_id, topic, clause, at))

    def last(self, user: UserKey) -> LastAnswer | None:
        rows = self.store.read("SELECT topic, clause, at, awaiting, feedback_id FROM answer_ref WHERE channel=? AND user_id=?",
                               (user.channel, user.user_id))
        if not rows or not rows[0][0]:
            return None
        topic, clause, at, awaiting, fid = rows[0]
        return LastAnswer(topic, clause or "", at, bool(awaiting), fid)

    def vote(self, user: UserKey, round_id: str, day: str, topic: str, clause: str, up: bool, at: str,
             replace: int | None = None) -> int:
        """Record one vote (or change the user's vote `replace` on the same answer); a 👎 awaits an optional comment."""
        with self.store.transaction() as db:
            fid = None
            if replace is not None and db.execute("UPDATE feedback SET vote=? WHERE id=?", (1 if up else -1, replace)).rowcount:
                fid = replace
            if fid is None:
                fid = db.execute("INSERT INTO feedback(round, day, channel, topic, clause, vote) VALUES (?,?,?,?,?,?)",
                                 (round_id, day, user.channel, topic, clause, 1 if up else -1)).lastrowid
            db.execute("INSERT INTO answer_ref(channel, user_id, topic, clause, at, awaiting, feedback_id) VALUES (?,?,?,?,?,?,?) "
                       "ON CONFLICT(channel, user_id) DO UPDATE SET topic=excluded.topic, clause=excluded.clause, at=excluded.at, "
                       "awaiting=excluded.awaiting, feedback_id=excluded.feedback_id",
                       (user.channel, user.user_id, topic, clause, at, 0 if up else 1, fid))
        return fid

    def stop_waiting(self, user: UserKey) -> None:
        with self.store.transaction() as db:
            db.execute("UPDATE answer_ref SET awaiting=0 WHERE channel=? AND user_id=?", (user.channel, user.user_id))

    def comment(self, user: UserKey, feedback_id: int, text: str) -> bool:
        """Attach the (already masked) comment to the user's 👎; only once. False if there is nothing to attach to."""
        with self.store.transaction() as db:
            db.execute("UPDATE answer_ref SET awaiting=0 WHERE channel=? AND user_id=?", (user.channel, user.user_id))
            cur = db.execute("UPDATE feedback SET comment=? WHERE id=? AND vote<0 AND comment IS NULL",
                             (text[:MAX_COMMENT], feedback_id))
            if not cur.rowcount:
                return False
            db.execute("INSERT OR IGNORE INTO feedback_owner(channel, user_id, feedback_id) VALUES (?,?,?)",
                       (user.channel, user.user_id, feedback_id))
        return True

    def forget_comments(self, users: list[UserKey]) -> int:
        """Blank the comments these users wrote and drop the links; the anonymous votes stay. How many comments went."""
        gone = 0
        with self.store.transaction() as db:
            for u in users:
                gone += db.execute("UPDATE feedback SET comment=NULL WHERE id IN (SELECT feedback_id FROM feedback_owner "
                                   "WHERE channel=? AND user_id=?)", (u.channel, u.user_id)).rowcount
                db.execute("DELETE FROM feedback_owner WHERE channel=? AND user_id=?", (u.channel, u.user_id))
        return gone

    def per_topic(self, round_id: str | None = None, since_day: str = "") -> list[TopicVotes]:
        """Votes per (topic, clause), most voted first."""
        rows = self.store.read("SELECT topic, clause, SUM(vote > 0), SUM(vote < 0) FROM feedback WHERE (? IS NULL OR round=?) "
                               "AND day >= ? GROUP BY topic, clause ORDER BY COUNT(*) DESC, topic", (round_id, round_id, since_day))
        return [TopicVotes(t, c, int(u or 0), int(d or 0)) for t, c, u, d in rows]

    def comments(self, round_id: str | None = None, limit: int = 200) -> list[tuple[str, str, str, str]]:
        """(day, topic, clause, comment) of the newest comments."""
        return [tuple(r) for r in self.store.read(
            "SELECT day, topic, clause, comment FROM feedback WHERE comment IS NOT NULL AND (? IS NULL OR round=?) "
            "ORDER BY id DESC LIMIT ?", (round_id, round_id, limit))]
