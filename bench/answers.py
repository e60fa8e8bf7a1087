#!/usr/bin/env python3
"""Answer latency benchmark: median / p99 over many questions, and cold start-to-first-answer time.

    python bench/answers.py [--n 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats import peak_rss_mb, percentile  # noqa: E402

from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402

QUESTIONS = [
    "截止时间是什么时候", "还剩几天截止", "在哪里申报", "申报信息表需要盖章吗", "个体户能申报吗", "遴选重点有哪些",
    "摘要写多少字", "排版格式要求", "政策咨询电话", "浦东新区科经委电话", "黄埔区联系人", "南汇区的企业找谁",
    "我们公司在漕河泾开发区徐汇园区", "申报截止时间和收费情况", "What is the deadline?", "Contact for Pudong",
    "明天会下雨吗", "高企认定材料清单", "有个中介说保过要交钱", "虹桥", "ddl", "闵航区", "申報截止時間",
    "Can a foreign-invested company apply?", "实施效果写什么，多少字", "需要哪些证明材料",
]



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="questions to answer (default 20000)")
    args = ap.parse_args()

    colds = []
    for _ in range(7):  # a new process each time: interpreter, imports, knowledge base, index, answer
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(ROOT / "bot.py"), "ask", "截止时间是什么时候"],
                              capture_output=True, text=True, check=True)
        colds.append(time.perf_counter() - t0)
        assert proc.stdout.strip()
    cold = statistics.median(colds)

    t0 = time.perf_counter()
    answerer = Answerer(load_knowledge())
    build = time.perf_counter() - t0
    now = dt.datetime(2024, 2, 20, 10, 0, tzinfo=answerer.kb.tz)
    rng = random.Random(7)
    # Vary the text so nothing is served from a cache: random suffixes and prefixes.
    pool = [f"{rng.choice(['', '请问', '你好，', 'hi '])}{q}{rng.choice(['', '？', '呢', ' thanks'])}" for q in QUESTIONS
            for _ in range(40)]
    for q in pool[:200]:
        answerer.answer(q, now)  # warm-up
    times = []
    for i in range(args.n):
        q = pool[i % len(pool)]
        t = time.perf_counter()
        answerer.answer(q, now)
        times.append((time.perf_counter() - t) * 1000)
    print(f"questions answered:        {args.n}")
    print(f"median latency:            {statistics.median(times):.3f} ms")
    print(f"p99 latency:               {percentile(times, 99):.3f} ms")
    print(f"max latency:               {max(times):.3f} ms")
    print(f"in-process build (KB+index): {build * 1000:.0f} ms")
    print(f"peak memory of this process (interpreter + knowledge base + index): {peak_rss_mb():.0f} MB")
    print(f"cold start to first answer (new process, `bot.py ask`, median of 7): {cold * 1000:.0f} ms"
          f" (max {max(colds) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
