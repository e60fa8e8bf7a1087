#!/usr/bin/env python3
"""Answering benchmark, side by side with a plain BM25 search over the notice (bench/bm25.py).

    python bench/answers.py [--cold 9] [--rounds 7] [--factor 10]

Prints: cold start to first answer (new processes, `bot.py ask` vs `bench/bm25.py`, interleaved),
per-question cost (in process) vs BM25, and per-question cost with an N-times larger knowledge base.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bigger_kb import bigger_kb  # noqa: E402
from bm25 import load as load_bm25  # noqa: E402
from stats import cold_starts, header, peak_rss_mb, per_call_ms, spread  # noqa: E402

from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402

QUESTIONS = [
    "截止时间是什么时候", "还剩几天截止", "在哪里申报", "申报信息表需要盖章吗", "个体户能申报吗", "遴选重点有哪些",
    "摘要写多少字", "排版格式要求", "政策咨询电话", "浦东新区科经委电话", "黄埔区联系人", "南汇区的企业找谁",
    "我们公司在漕河泾开发区徐汇园区", "申报截止时间和收费情况", "What is the deadline?", "Contact for Pudong",
    "明天会下雨吗", "高企认定材料清单", "有个中介说保过要交钱", "虹桥", "ddl", "闵航区", "申報截止時間",
    "Can a foreign-invested company apply?", "实施效果写什么，多少字", "需要哪些证明材料",
]


def _pool() -> list[str]:
    rng = random.Random(7)  # varied text, so that nothing is served from a per-text cache
    return [f"{rng.choice(['', '请问', '你好，', 'hi '])}{q}{rng.choice(['', '？', '呢', ' thanks'])}"
            for q in QUESTIONS for _ in range(20)]


def cold(n: int) -> None:
    question = "截止时间是什么时候"
    commands = {"bot.py ask": [sys.executable, "bot.py", "ask", question],
                "bench/bm25.py": [sys.executable, "bench/bm25.py", question]}
    print(f"\n## cold start to first answer: new process, wall and CPU time, {n} runs each, interleaved")
    for mode in ("as configured", "with bytecode cache"):
        saved = dict(os.environ)
        with tempfile.TemporaryDirectory() as tmp:
            cwd = str(ROOT)
            if mode != "as configured":  # what an installed bot sees: .pyc files written once, then reused
                cwd = shutil.copytree(ROOT, Path(tmp) / "tree", ignore=shutil.ignore_patterns(".git", "data", "__pycache__"))
                os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
            try:
                wall, cpu = cold_starts(commands, n, cwd=str(cwd))
            finally:
                os.environ.clear()
                os.environ.update(saved)
        print(f"{mode} (a copy of the tree; .pyc written on the first run)" if mode != "as configured" else f"{mode}:")
        for kind, times in (("wall", wall), ("CPU", cpu)):
            bot, bm = times["bot.py ask"], times["bench/bm25.py"]
            print(f"  {kind:4s} bot.py ask     {spread(bot, 'ms', 0)}")
            print(f"  {kind:4s} bench/bm25.py  {spread(bm, 'ms', 0)}")
            print(f"  {kind:4s} ratio of medians (bot / BM25): {statistics.median(bot) / statistics.median(bm):.2f}")


def per_question(rounds: int) -> Answerer:
    kb = load_knowledge()
    t0 = time.perf_counter()
    answerer = Answerer(kb)
    build = (time.perf_counter() - t0) * 1000
    bm25 = load_bm25()
    now = dt.datetime(2024, 2, 20, 10, 0, tzinfo=kb.tz)
    pool = _pool()
    for q in pool:
        answerer.answer(q, now)  # warm-up
    print(f"\n## per question, in process: {len(pool)} questions, {rounds} rounds each, interleaved (median of each round)")
    for kind, clock in (("wall", time.perf_counter), ("CPU", time.process_time)):
        ours: list[float] = []
        base: list[float] = []
        for _ in range(rounds):
            ours += per_call_ms(lambda q: answerer.answer(q, now), pool, 1, clock)
            base += per_call_ms(bm25.search, pool, 1, clock)
        print(f"{kind:4s} assistant (answer)    {spread(ours)}")
        print(f"{kind:4s} BM25 (best paragraph) {spread(base)}")
        print(f"{kind:4s} ratio of medians (assistant / BM25): {statistics.median(ours) / statistics.median(base):.2f}")
    one = []  # each question timed alone: the tail matters to a user as much as the median
    for _ in range(rounds):
        for q in pool:
            t = time.perf_counter()
            answerer.answer(q, now)
            one.append((time.perf_counter() - t) * 1000)
    one.sort()
    print(f"single questions (wall, {len(one)} calls): median {one[len(one) // 2]:.3f} ms, "
          f"p99 {one[int(len(one) * 0.99)]:.3f} ms, max {one[-1]:.3f} ms")
    print(f"building the answerer without index cache: {build:.0f} ms; peak memory {peak_rss_mb():.0f} MB")
    return answerer


def larger_kb(answerer: Answerer, factor: int, rounds: int) -> None:
    kb = answerer.kb
    big = Answerer(bigger_kb(kb, factor, avoid="".join(QUESTIONS)))
    now = dt.datetime(2024, 2, 20, 10, 0, tzinfo=kb.tz)
    pool = _pool()
    for q in pool:
        big.answer(q, now)
    small_t, big_t = [], []
    for _ in range(rounds):  # interleaved rounds, CPU time
        small_t += per_call_ms(lambda q: answerer.answer(q, now), pool, 1, time.process_time)
        big_t += per_call_ms(lambda q: big.answer(q, now), pool, 1, time.process_time)
    print(f"\n## {factor}x knowledge base (phrases, English words, towns): per question, CPU time, {rounds} rounds")
    print(f"bundled      {spread(small_t)}")
    print(f"{factor}x larger   {spread(big_t)}")
    print(f"ratio of medians ({factor}x / bundled): {statistics.median(big_t) / statistics.median(small_t):.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cold", type=int, default=9, help="new processes per command (default 9)")
    ap.add_argument("--rounds", type=int, default=7, help="rounds over the question pool (default 7)")
    ap.add_argument("--factor", type=int, default=10, help="size of the larger knowledge base (default 10)")
    args = ap.parse_args()
    header("python bench/answers.py " + " ".join(sys.argv[1:]))
    cold(args.cold)
    answerer = per_question(args.rounds)
    larger_kb(answerer, args.factor, args.rounds)


if __name__ == "__main__":
    main()
