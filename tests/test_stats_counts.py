"""The trigger-kept district counts always equal a full recount, whatever writes the rows."""

from __future__ import annotations

import random
from collections import Counter

from storage.checklist import ChecklistStore, UserKey
from storage.db import LEGACY_ROUND, USER_TABLES, Store
from storage.progress_counts import ProgressCounts
from storage.retention import purge_inactive
from storage.stats import StatsStore

STEPS = tuple(f"s{i}" for i in range(1, 12))
ROUND = "R1"


def recount(store: Store, round_id: str = ROUND, steps: tuple[str, ...] = STEPS) -> Counter:
    return Counter({(d, m): n for d, m, n in StatsStore(store).progress_masks(round_id, steps) if n})


def kept(store: Store, round_id: str = ROUND) -> Counter:
    out: Counter = Counter()
    for d, m, n in ProgressCounts(store).masks(round_id):
        out[(d, m)] += n
    return Counter({k: v for k, v in out.items() if v})


def test_random_writes_keep_counts_exact(tmp_path):
    store = Store(tmp_path / "c.sqlite3")
    ProgressCounts(store).ensure_steps(ROUND, STEPS)
    checklist = ChecklistStore(store, ROUND)
    rng = random.Random(12)
    users = [UserKey(rng.choice(["telegram", "wecom", "console"]), str(i)) for i in range(25)]
    for step in range(600):
        u = rng.choice(users)
        op = rng.random()
        if op < 0.45:
            checklist.mark(u, rng.sample(STEPS, rng.randint(1, 4)))
        elif op < 0.65:
            checklist.unmark(u, rng.sample(STEPS, rng.randint(1, 3)))
        elif op < 0.85:
            checklist.set_district(u, rng.choice(["a", "b", "c", ""]))
        elif op < 0.9:
            checklist.forget(u)
        else:
            ChecklistStore(store, "R0").mark(u, ["s1"])  # another round's rows never count in this one
        if step % 50 == 0:
            assert kept(store) == recount(store), step
    assert kept(store) == recount(store)
    for u in users:  # erasing everyone leaves nothing behind, counts included
        checklist.forget(u)
        assert checklist.rows_about(u) == 0
    assert kept(store) == Counter() and store.read("SELECT COUNT(*) FROM user_progress")[0][0] == 0
    store.close()


def test_legacy_rows_adopted_and_steps_renumbered(tmp_path):
    store = Store(tmp_path / "c.sqlite3")
    legacy = ChecklistStore(store, LEGACY_ROUND)
    for i in range(5):
        legacy.mark(UserKey("console", str(i)), list(STEPS[: i + 1]))
        legacy.set_district(UserKey("console", str(i)), "a" if i % 2 else "b")
    counts = ProgressCounts(store)
    counts.ensure_steps(ROUND, STEPS)
    ChecklistStore(store, ROUND).adopt_legacy()
    assert kept(store) == recount(store) and sum(kept(store).values()) == 5
    reordered = STEPS[::-1]
    assert counts.ensure_steps(ROUND, reordered) and not counts.ensure_steps(ROUND, reordered)
    assert kept(store) == recount(store, steps=reordered)
    store.close()


def test_retention_purge_keeps_counts_and_erases_everything(tmp_path):
    store = Store(tmp_path / "c.sqlite3")
    ProgressCounts(store).ensure_steps(ROUND, STEPS)
    checklist = ChecklistStore(store, ROUND)
    for i in range(4):
        checklist.mark(UserKey("wecom", str(i)), ["s1", "s2"])
        checklist.set_district(UserKey("wecom", str(i)), "a")
    store.db.execute("UPDATE users SET updated_at='2000-01-01T00:00:00+00:00' WHERE user_id IN ('0', '1')")
    store.db.execute("UPDATE progress SET done_at='2000-01-01T00:00:00+00:00' WHERE user_id IN ('0', '1')")
    assert purge_inactive(store, "2001-01-01T00:00:00+00:00") == 2
    assert kept(store) == recount(store) == Counter({("a", 3): 2})
    for i in ("0", "1"):
        assert sum(store.read(f"SELECT COUNT(*) FROM [{t}] WHERE user_id=?", (i,))[0][0] for t in USER_TABLES) == 0
    store.close()
