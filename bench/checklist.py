#!/usr/bin/env python3
"""Checklist benchmark: durable real changes and no-op commands measured separately (SQLite, WAL).

    python bench/checklist.py [--n 1000] [--rounds 5]

A real change marks or unmarks a step (a committed write); a no-op marks a step already marked or
unmarks one not marked (what a repeated /done costs). Each round gives one median per kind.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats import header, spread  # noqa: E402

from storage.checklist import ChecklistStore, UserKey  # noqa: E402
from storage.db import Store  # noqa: E402


def _timed(fn, n: int) -> tuple[float, float]:
    """(median ms per call, calls per second) over n calls."""
    times = []
    t0 = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="operations per kind and round")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--dir", default=str(ROOT / "data"), help="where to put the database (a real disk, not tmpfs)")
    args = ap.parse_args()
    header("python bench/checklist.py " + " ".join(sys.argv[1:]))
    Path(args.dir).mkdir(parents=True, exist_ok=True)
    figures: dict[str, list[float]] = {"real change": [], "no-op": []}
    rates: dict[str, list[float]] = {"real change": [], "no-op": []}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        checklist = ChecklistStore(store)
        key = UserKey("bench", "u")
        checklist.mark(key, ["s0"])
        for _ in range(args.rounds):
            # s0 starts marked: unmark, mark, unmark, ... each call one committed change.
            real = _timed(lambda i: (checklist.unmark if i % 2 == 0 else checklist.mark)(key, ["s0"]), args.n)
            noop = _timed(lambda i: checklist.mark(key, ["s0"]) if i % 2 else checklist.unmark(key, ["s9"]), args.n)
            assert checklist.done(key).keys() == {"s0"}
            for kind, (med, rate) in (("real change", real), ("no-op", noop)):
                figures[kind].append(med)
                rates[kind].append(rate)
        store.close()
    print("\n## per call (median of each round), and calls per second")
    for kind in figures:
        print(f"{kind:12s} {spread(figures[kind])}   {spread(rates[kind], '/s', 0)}")


if __name__ == "__main__":
    main()
