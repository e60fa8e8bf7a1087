#!/usr/bin/env python3
"""District statistics on a large database: the /stats query over 100,000 users (target ≤ 50 ms).

    python bench/district_stats.py [--users 100000] [--rounds 9]

Users are spread over every district (a tenth without one); about 70% started the checklist with a random
number of steps done. Each round times one full computation of every district's figures (query + aggregation).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from stats import header, spread  # noqa: E402

from assistant.router import Router  # noqa: E402
from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402
from storage.checklist import ChecklistStore  # noqa: E402
from storage.db import Store  # noqa: E402


def populate(store: Store, router: Router, users: int, seed: int = 7) -> int:
    """Insert `users` people with districts and progress in the current round; returns progress rows."""
    rng = random.Random(seed)
    keys = [u.district for u in router.kb.notice.units.items]
    steps = [s.id for s in router.view.steps]
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    urows, prows = [], []
    for i in range(users):
        channel = ("telegram", "wecom", "wecom-kf")[i % 3]
        district = rng.choice(keys) if rng.random() > 0.1 else None
        urows.append((channel, str(i), district, now, now))
        if rng.random() < 0.7:
            for s in steps[: rng.randint(1, len(steps))]:
                prows.append((channel, str(i), router.kb.round_id, s, now))
    with store.transaction() as db:
        db.conn.executemany("INSERT INTO users(channel, user_id, district, created_at, updated_at) VALUES (?,?,?,?,?)", urows)
        db.conn.executemany("INSERT INTO progress(channel, user_id, round, step_id, done_at) VALUES (?,?,?,?,?)", prows)
    store.db.execute("ANALYZE")
    return len(prows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args()
    header(f"district statistics over {args.users:,} users")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        router = Router(Answerer(load_knowledge()), ChecklistStore(store), lambda: dt.datetime.now(dt.UTC))
        rows = populate(store, router, args.users)
        print(f"# {rows:,} progress rows")
        router.district_stats()  # warm the page cache once
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            stats = router.district_stats()
            times.append((time.perf_counter() - t) * 1000)
        print(f"all districts ({len(stats)} rows): {spread(times, 'ms', 1)}  (target ≤ 50 ms)")
        one = frozenset({router.kb.notice.units.items[0].district})
        times = []
        for _ in range(args.rounds):
            t = time.perf_counter()
            router.district_stats(one)
            times.append((time.perf_counter() - t) * 1000)
        print(f"one district (same query, filtered after): {spread(times, 'ms', 1)}")
        store.close()


if __name__ == "__main__":
    main()
