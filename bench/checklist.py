#!/usr/bin/env python3
"""Checklist benchmark: durable updates per second and per-command latency through the dialog core.

    python bench/checklist.py [--n 2000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats import percentile  # noqa: E402

from handlers.dialog import Dialog, Incoming  # noqa: E402
from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402
from storage.checklist import ChecklistStore, UserKey  # noqa: E402
from storage.db import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="updates / commands per measurement")
    ap.add_argument("--dir", default=str(ROOT / "data"), help="where to put the database (a real disk, not tmpfs)")
    args = ap.parse_args()
    Path(args.dir).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        checklist = ChecklistStore(store)
        key = UserKey("bench", "u")
        t0 = time.perf_counter()
        for i in range(args.n):
            (checklist.mark if i % 2 == 0 else checklist.unmark)(key, [f"s{i % 11}"])
        elapsed = time.perf_counter() - t0
        print(f"durable checklist updates (WAL, synchronous=FULL): {args.n / elapsed:.0f} /s")

        kb = load_knowledge()
        now = dt.datetime(2024, 2, 20, 10, tzinfo=kb.tz)
        dialog = Dialog(Answerer(kb), checklist, lambda: now)
        for command in ("/done 3", "/undo 3", "/checklist", "/progress", "/next", "第3项完成了", "截止时间是什么时候"):
            times = []
            for i in range(max(200, args.n // 10)):
                t = time.perf_counter()
                dialog.respond(Incoming("bench", f"user{i % 50}", command))
                times.append((time.perf_counter() - t) * 1000)
            print(f"{command:12s} median {statistics.median(times):6.2f} ms   p99 {percentile(times, 99):6.2f} ms")
        store.close()


if __name__ == "__main__":
    main()
