#!/usr/bin/env python3
"""Telegram load benchmark: `bot.py telegram` (its own process) against a local fake Bot API.

Simulates many users sending a mix of questions and checklist commands; prints updates/second and
p50/p99 time from an update being available to its reply arriving, and checks every reply arrived.

    python bench/telegram_load.py [--users 500] [--updates 5000] [--rate 600]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from fake_telegram import GOOD_TOKEN, FakeBotAPI  # noqa: E402
from stats import peak_rss_mb, percentile  # noqa: E402

MESSAGES = ["截止时间是什么时候", "浦东电话", "/checklist", "/done 2", "/progress", "盖什么章", "摘要多少字", "/next",
            "要收费吗", "What is the deadline?", "第3项完成了", "漕河泾", "申报条件", "/undo 2"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=500)
    ap.add_argument("--updates", type=int, default=5000)
    ap.add_argument("--rate", type=float, default=600, help="updates offered per second")
    args = ap.parse_args()
    rng = random.Random(3)
    with FakeBotAPI() as fake, tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        env = {**os.environ, "TELEGRAM_API_URL": fake.url, "TELEGRAM_BOT_TOKEN": GOOD_TOKEN,
               "TELEGRAM_MAX_RATE": "0", "LOG_LEVEL": "ERROR"}
        proc = subprocess.Popen([sys.executable, "bot.py", "telegram", "--db", f"{tmp}/load.sqlite3"], cwd=ROOT, env=env)
        try:
            fake.wait("getUpdates", timeout=30)
            pushed: dict[int, float] = {}
            chat_of: dict[int, int] = {}
            t_start = time.perf_counter()
            for i in range(args.updates):
                user = 10_000 + rng.randrange(args.users)
                uid = fake.text(user, rng.choice(MESSAGES))
                pushed[uid] = time.perf_counter()
                chat_of[uid] = user
                behind = t_start + (i + 1) / args.rate - time.perf_counter()
                if behind > 0:
                    time.sleep(behind)
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                with fake.cond:
                    replies = [c for c in fake.calls if c[0] in ("sendMessage", "editMessageText")]
                if len(replies) >= args.updates:
                    break
                time.sleep(0.05)
            t_end = max(c[2] for c in replies)
            rss = peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(30)
    # Each user's replies come back in the order of that user's updates (sequential per chat).
    per_chat: dict[int, list[float]] = {}
    for uid in sorted(pushed):
        per_chat.setdefault(chat_of[uid], []).append(pushed[uid])
    latencies = []
    for _method, params, t in replies:
        queue = per_chat.get(int(params["chat_id"]))
        if queue:
            latencies.append((t - queue.pop(0)) * 1000)
    latencies.sort()
    print(f"users: {args.users}  updates: {args.updates}  replies delivered: {len(replies)}")
    print(f"throughput: {args.updates / (t_end - t_start):.0f} updates/s (offered {args.rate:.0f}/s)")
    print(f"update -> reply  p50 {statistics.median(latencies):.1f} ms   p99 {percentile(latencies, 99):.1f} ms")
    print(f"bot process peak memory: {rss:.0f} MB")
    if len(replies) < args.updates:
        raise SystemExit("not every update was answered")


if __name__ == "__main__":
    main()
