"""Aggregate queries for officers and operators: progress per district, answers per day, users. No row about a person leaves."""

from __future__ import annotations

from .db import Store

MAX_STEPS = 62  # progress is summed into a 64-bit mask, one bit per checklist step


class StatsStore:
    """Counts only: every method returns numbers grouped by district, day or channel."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def progress_masks(self, round_id: str, step_ids: tuple[str, ...]) -> list[tuple[str, int, int]]:
        """(district key or "", mask of the steps done in this round, how many users) for every user with a district or progress.

        One pass over the round's progress rows (index progress_by_round) joined to users; bit i is step_ids[i].
        """
        steps = step_ids[:MAX_STEPS]
        case = " ".join("WHEN ? THEN ?" for _ in steps)
        mask = f"SUM(CASE step_id {case} ELSE 0 END)" if steps else "0"
        params: list[object] = [v for i, s in enumerate(steps) for v in (s, 1 << i)]
        sql = (f"SELECT COALESCE(u.district, ''), COALESCE(m.mask, 0), COUNT(*) FROM users u LEFT JOIN "
               f"(SELECT channel, user_id, {mask} AS mask FROM progress WHERE round=? GROUP BY channel, user_id) m "
               f"ON m.channel=u.channel AND m.user_id=u.user_id "
               f"WHERE COALESCE(u.district, '') != '' OR m.mask IS NOT NULL GROUP BY 1, 2")
        return [(d, int(m), int(n)) for d, m, n in self.store.read(sql, (*params, round_id))]

    def count_answer(self, day: str, round_id: str, channel: str, matched: bool) -> None:
        """One more answer on this day (a counter, no text and no user)."""
        with self.store.transaction() as db:
            db.execute("INSERT INTO answer_days(day, round, channel, answers, matched) VALUES (?,?,?,1,?) "
                       "ON CONFLICT(day, round, channel) DO UPDATE SET answers=answers+1, matched=matched+excluded.matched",
                       (day, round_id, channel, int(matched)))

    def answers_per_day(self, since_day: str) -> list[tuple[str, int, int]]:
        """(day, answers, matched answers) from `since_day` on, oldest first."""
        rows = self.store.read("SELECT day, SUM(answers), SUM(matched) FROM answer_days WHERE day >= ? GROUP BY day ORDER BY day",
                               (since_day,))
        return [(d, int(a), int(m)) for d, a, m in rows]

    def users_per_channel(self) -> dict[str, int]:
        """People who used the assistant (a checklist row or an answer they may rate), per channel."""
        out: dict[str, int] = {}
        # Both counts walk primary-key indexes; a union of the two tables would sort every row instead.
        for c, n in self.store.read("SELECT channel, COUNT(*) FROM users GROUP BY channel") + self.store.read(
                "SELECT channel, COUNT(*) FROM answer_ref a WHERE NOT EXISTS (SELECT 1 FROM users u "
                "WHERE u.channel=a.channel AND u.user_id=a.user_id) GROUP BY channel"):
            out[c] = out.get(c, 0) + int(n)
        return out

    def gaps_since(self, after: str) -> int:
        """How many unanswered questions were recorded at or after `after`."""
        return int(self.store.read("SELECT COUNT(*) FROM gaps WHERE at >= ?", (after,))[0][0])

    def feedback_totals(self, since_day: str = "") -> tuple[int, int]:
        """(👍, 👎) since a day."""
        row = self.store.read("SELECT SUM(vote > 0), SUM(vote < 0) FROM feedback WHERE day >= ?", (since_day,))[0]
        return int(row[0] or 0), int(row[1] or 0)
