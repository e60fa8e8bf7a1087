#!/usr/bin/env python3
"""Baseline: plain BM25 over the notice's paragraphs with character bigrams (pure Python, no model).

    python bench/bm25.py "截止时间是什么时候"      prints the best paragraph

The yardstick the assistant's figures are compared with: what any search over the notice costs on
the same machine (start-up, per question). Okapi BM25, k1 = 1.5, b = 0.75.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from pathlib import Path

NOTICE = Path(__file__).resolve().parent.parent / "knowledge" / "notices" / "2023-2024.txt"
_WORD = re.compile(r"[0-9a-z\u4e00-\u9fff]+")


def bigrams(text: str) -> list[str]:
    """Character bigrams (and single characters of one-character runs) of the word runs in a text."""
    out: list[str] = []
    for run in _WORD.findall(text.lower()):
        out += [run[i:i + 2] for i in range(len(run) - 1)] if len(run) > 1 else [run]
    return out


class BM25:
    """BM25 index over a list of paragraphs."""

    def __init__(self, paragraphs: list[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.paragraphs = paragraphs
        self.k1, self.b = k1, b
        self.tf = [Counter(bigrams(p)) for p in paragraphs]
        self.len = [sum(tf.values()) for tf in self.tf]
        self.avg = sum(self.len) / max(1, len(self.len))
        df = Counter(term for tf in self.tf for term in tf)
        n = len(paragraphs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def search(self, query: str, k: int = 1) -> list[tuple[float, int]]:
        """The k best (score, paragraph index) for a query."""
        terms = [t for t in bigrams(query) if t in self.idf]
        scores = []
        for i, tf in enumerate(self.tf):
            norm = self.k1 * (1 - self.b + self.b * self.len[i] / self.avg)
            s = sum(self.idf[t] * tf[t] * (self.k1 + 1) / (tf[t] + norm) for t in terms if t in tf)
            scores.append((s, i))
        return sorted(scores, reverse=True)[:k]


def load(path: Path = NOTICE) -> BM25:
    """The index over the notice's non-empty paragraphs."""
    paragraphs = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    return BM25(paragraphs)


def main() -> None:
    index = load()
    question = " ".join(sys.argv[1:]) or sys.stdin.read()
    (score, best), = index.search(question)
    print(index.paragraphs[best] if score > 0 else "（没有找到相关段落）")


if __name__ == "__main__":
    main()
