#!/usr/bin/env python3
"""Telegram load benchmark: `bot.py telegram` (its own process) against a local fake Bot API.

Simulates many users sending a mix of questions and checklist commands, in rounds against one bot
process; per round prints updates/second, the bot's CPU time per update (user + system, from /proc),
wall time per update, and p50/p99 from an update being available to its reply arriving; checks every
reply arrived. Offer more than the bot can take (the default) to find its saturation point.

    python bench/telegram_load.py [--users 500] [--updates 3000] [--rate 1000] [--rounds 3]
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
from stats import header, peak_rss_mb, percentile, spread  # noqa: E402

MESSAGES = ["截止时间是什么时候", "浦东电话", "/checklist", "/done 2", "/progress", "盖什么章", "摘要多少字", "/next",
            "要收费吗", "What is the deadline?", "第3项完成了", "漕河泾", "申报条件", "/undo 2"]
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux /proc); 0.0 elsewhere."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except OSError:
        return 0.0


def replies_so_far(fake: FakeBotAPI) -> list[tuple[str, dict, float]]:
    with fake.cond:
        return [c for c in fake.calls if c[0] in ("sendMessage", "editMessageText")]


def one_round(fake: FakeBotAPI, pid: int, rng: random.Random, users: int, updates: int, rate: float) -> dict[str, float]:
    """Push `updates` at `rate`, wait for every reply; throughput, CPU and latency of this round."""
    before = len(replies_so_far(fake))
    pushed: dict[int, float] = {}
    chat_of: dict[int, int] = {}
    cpu0 = cpu_seconds(pid)
    t_start = time.perf_counter()
    for i in range(updates):
        user = 10_000 + rng.randrange(users)
        uid = fake.text(user, rng.choice(MESSAGES))
        pushed[uid] = time.perf_counter()
        chat_of[uid] = user
        behind = t_start + (i + 1) / rate - time.perf_counter()
        if behind > 0:
            time.sleep(behind)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        replies = replies_so_far(fake)[before:]
        if len(replies) >= updates:
            break
        time.sleep(0.02)
    cpu = cpu_seconds(pid) - cpu0
    if len(replies) < updates:
        raise SystemExit(f"only {len(replies)} of {updates} updates were answered")
    t_end = max(c[2] for c in replies)
    # Each user's replies come back in the order of that user's updates (sequential per chat).
    per_chat: dict[int, list[float]] = {}
    for uid in sorted(pushed):
        per_chat.setdefault(chat_of[uid], []).append(pushed[uid])
    latencies = sorted((t - per_chat[int(p["chat_id"])].pop(0)) * 1000 for _m, p, t in replies
                       if per_chat.get(int(p["chat_id"])))
    wall = t_end - t_start
    return {"rate": updates / wall, "cpu": cpu / updates * 1000, "wall": wall / updates * 1000,
            "p50": statistics.median(latencies), "p99": percentile(latencies, 99)}


def core_cpu_ms(users: int, n: int = 2000) -> tuple[float, float]:
    """CPU and wall time (ms) per message of the conversation core alone (Router.respond, same message mix,
    SQLite on disk as in the bot): what the adapter adds is the bot's CPU per update minus this CPU."""
    sys.path.insert(0, str(ROOT))
    import bot
    from assistant.types import Incoming

    rng = random.Random(5)
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        args = bot.build_parser().parse_args(["telegram", "--db", f"{tmp}/core.sqlite3"])
        dialog = bot.build_dialog(bot.load_settings(args, os.environ).core)
        msgs = [Incoming("telegram", str(10_000 + rng.randrange(users)), rng.choice(MESSAGES)) for _ in range(n)]
        for m in msgs[:200]:
            dialog.respond(m)
        c, t = time.process_time(), time.perf_counter()
        for m in msgs:
            dialog.respond(m)
        cpu, wall = (time.process_time() - c) / n * 1000, (time.perf_counter() - t) / n * 1000
        dialog.store.store.close()
    return cpu, wall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=500)
    ap.add_argument("--updates", type=int, default=3000, help="updates per round")
    ap.add_argument("--rate", type=float, default=1000, help="updates offered per second")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    header("python bench/telegram_load.py " + " ".join(sys.argv[1:]))
    rng = random.Random(3)
    rounds: list[dict[str, float]] = []
    with FakeBotAPI() as fake, tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        env = {**os.environ, "TELEGRAM_API_URL": fake.url, "TELEGRAM_BOT_TOKEN": GOOD_TOKEN,
               "TELEGRAM_MAX_RATE": "0", "LOG_LEVEL": "ERROR"}
        proc = subprocess.Popen([sys.executable, "bot.py", "telegram", "--db", f"{tmp}/load.sqlite3"], cwd=ROOT, env=env)
        try:
            fake.wait("getUpdates", timeout=30)
            one_round(fake, proc.pid, rng, args.users, min(300, args.updates), args.rate)  # warm-up, not counted
            for _ in range(args.rounds):
                rounds.append(one_round(fake, proc.pid, rng, args.users, args.updates, args.rate))
            rss = peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(30)
    print(f"\nusers: {args.users}  updates per round: {args.updates}  rounds: {args.rounds}  offered: {args.rate:.0f}/s"
          "  (rate limiter off; the fake server runs in this process, on the same cores)")
    print(f"throughput            {spread([r['rate'] for r in rounds], 'updates/s', 0)}")
    print(f"bot CPU per update    {spread([r['cpu'] for r in rounds], 'ms', 2)}")
    print(f"bot wall per update   {spread([r['wall'] for r in rounds], 'ms', 2)}  (1000 / throughput)")
    print(f"update -> reply p50   {spread([r['p50'] for r in rounds], 'ms', 1)}")
    print(f"update -> reply p99   {spread([r['p99'] for r in rounds], 'ms', 1)}")
    print(f"bot process peak memory: {rss:.0f} MB")
    core_cpu, core_wall = core_cpu_ms(args.users)
    adapter = statistics.median([r["cpu"] for r in rounds]) - core_cpu
    print(f"core alone (Router.respond in process, same mix): CPU {core_cpu:.2f} ms, wall {core_wall:.2f} ms per message"
          " (wall - CPU: waiting for SQLite commits)")
    print(f"adapter (python-telegram-bot, HTTP, JSON, dispatch): about {adapter:.2f} ms CPU per update"
          " (bot CPU per update minus the core's)")


if __name__ == "__main__":
    main()
