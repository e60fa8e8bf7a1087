#!/usr/bin/env python3
"""WeCom load benchmark: signed, encrypted callbacks against `bot.py serve` (its own process).

Prints callbacks/second and p50/p99 latency (WeCom waits at most 5 s for an answer) and checks
that every callback got a decryptable passive reply.

    python bench/wecom_load.py [--users 200] [--callbacks 2000] [--concurrency 32]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from fake_wecom import FakeWeCom  # noqa: E402
from stats import header, peak_rss_mb, percentile  # noqa: E402
from test_wecom import Server, passive_text, signed, text_msg  # noqa: E402

MESSAGES = ["截止时间是什么时候", "浦东电话", "/checklist", "/done 2", "/progress", "盖什么章", "摘要多少字", "/next",
            "要收费吗", "What is the deadline?", "第3项完成了", "漕河泾", "申报条件", "/undo 2"]


async def run(server: Server, users: int, total: int, concurrency: int) -> tuple[list[float], float, int]:
    rng = random.Random(5)
    jobs = [(f"user{rng.randrange(users)}", rng.choice(MESSAGES), str(10_000 + i)) for i in range(total)]
    latencies: list[float] = []
    ok = 0
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=10, limits=httpx.Limits(max_connections=concurrency)) as client:
        async def one(user: str, text: str, msg_id: str) -> None:
            nonlocal ok
            params, body = signed(text_msg(user, text, msg_id))
            async with sem:
                t = time.perf_counter()
                resp = await client.post(f"{server.url}/wecom/callback", params=params, content=body)
                latencies.append((time.perf_counter() - t) * 1000)
            if resp.status_code == 200 and passive_text(resp):
                ok += 1
        t0 = time.perf_counter()
        await asyncio.gather(*(one(*job) for job in jobs))
        elapsed = time.perf_counter() - t0
    return sorted(latencies), elapsed, ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--callbacks", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=32)
    args = ap.parse_args()
    header("python bench/wecom_load.py " + " ".join(sys.argv[1:]))
    with FakeWeCom() as fake, tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        server = Server(fake, Path(tmp) / "load.sqlite3")
        try:
            lat, elapsed, ok = asyncio.run(run(server, args.users, args.callbacks, args.concurrency))
            rss = peak_rss_mb(server.proc.pid)
        finally:
            server.stop()
    print(f"users: {args.users}  callbacks: {args.callbacks}  answered: {ok}  concurrency: {args.concurrency}")
    print(f"throughput: {args.callbacks / elapsed:.0f} callbacks/s")
    print(f"latency p50 {percentile(lat, 50):.1f} ms   p99 {percentile(lat, 99):.1f} ms   max {lat[-1]:.1f} ms"
          "   (WeCom's window: 5000 ms)")
    print(f"server process peak memory: {rss:.0f} MB")
    if ok < args.callbacks:
        raise SystemExit("not every callback was answered")


if __name__ == "__main__":
    main()
