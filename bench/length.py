#!/usr/bin/env python3
"""Message-length sweep: cost of analysing a message of 10 ... 10,000 characters (length cap lifted).

    python bench/length.py [--repeat 7]

Text: the notice itself, repeated as needed (dense in known phrases: the hard case), and English
prose made of the lexicon's English words. Analysis = prepare + Understander.analyse (what
Answerer.answer does before composing); the assistant's own cap on question length is bypassed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bm25 import NOTICE  # noqa: E402
from bm25 import load as load_bm25  # noqa: E402
from stats import header  # noqa: E402

from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402
from knowledge.text import prepare  # noqa: E402

LENGTHS = (10, 30, 100, 300, 1000, 3000, 10000)
ENGLISH = ("Our company in Pudong would like to know the deadline and which documents are needed; "
           "is there a fee, who is the contact person, and how long may the abstract be? ")


def sweep(name: str, source: str, analyse, search, repeat: int) -> None:
    print(f"\n## {name}: chars, ms per message (min / median / max of {repeat}), µs per character (median); wall time,"
          " CPU time, and the median CPU time of a BM25 search for the same message (this machine's yardstick)")
    for n in LENGTHS:
        msg = (source * (n // len(source) + 1))[:n]
        times, cpu, base = [], [], []
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            analyse(prepare(msg))
            cpu.append((time.process_time() - c) * 1000)
            times.append((time.perf_counter() - t) * 1000)
            c = time.process_time()
            search(msg)
            base.append((time.process_time() - c) * 1000)
        med, cmed, bmed = statistics.median(times), statistics.median(cpu), statistics.median(base)
        print(f"{n:6d}  wall {min(times):7.3f} {med:7.3f} {max(times):7.3f} ms {med / n * 1000:5.2f} µs/char"
              f"   CPU {min(cpu):7.3f} {cmed:7.3f} {max(cpu):7.3f} ms {cmed / n * 1000:5.2f} µs/char"
              f"   BM25 {bmed:7.3f} ms  ratio {cmed / bmed:5.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=9)
    args = ap.parse_args()
    header("python bench/length.py " + " ".join(sys.argv[1:]))
    understander = Answerer(load_knowledge()).understander
    notice = " ".join(line.strip() for line in NOTICE.read_text(encoding="utf-8").splitlines() if line.strip())
    for _ in range(3):
        understander.analyse(prepare(notice))  # warm-up
    search = load_bm25().search
    sweep("Chinese (the notice)", notice, understander.analyse, search, args.repeat)
    sweep("English", ENGLISH, understander.analyse, search, args.repeat)


if __name__ == "__main__":
    main()
