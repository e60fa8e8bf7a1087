"""Find the clause of the notice that states what a question asks, when no structured fact answers it.

Character bigrams weighted by how rare they are across the notice's clauses: no segmenter, no model.
A passage is quoted only when the question's distinctive words are mostly found in it; otherwise the
caller says the notice does not state it. Never a guess.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from .model import Clause

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+|[a-z0-9]+")
# Words that ask rather than name a subject: they never decide which clause is meant.
_ASKING = set("怎么 什么 多少 哪里 哪些 哪个 是否 可以 能否 需要 请问 一下 我们 你们 这个 那个 还是 有没 没有 要求 规定 "
              "如何 怎样 时候 公司 企业 单位 申报 通知 关于 问下 问问 咨询 知道 告诉 是不 不是 吗吗 的话 一个".split())


def _grams(text: str) -> list[str]:
    out = []
    for run in _CJK_RUN.findall(text.lower()):
        if run.isascii():
            if len(run) >= 3:
                out.append(run)
            continue
        out += [run[i:i + 2] for i in range(len(run) - 1)]
    return out


@dataclass(frozen=True)
class Hit:
    clause: Clause
    score: float
    words: tuple[str, ...]


class PassageIndex:
    """Built once per notice; `best` is linear in the question's length."""

    def __init__(self, passages: tuple[Clause, ...]) -> None:
        parents = {c.clause.rsplit(" ", 1)[0] for c in passages if " " in c.clause}  # '附件1 三' lies in '附件1'
        # A whole attachment cut at the passage length is no quote: its clauses are quoted instead.
        self._passages = [p for p in passages if len(p.text) >= 8 and not (len(p.text) >= 1200 and p.clause in parents)]
        self._grams = [set(_grams(p.text)) for p in self._passages]
        df = Counter(g for gs in self._grams for g in gs)
        n = max(len(self._passages), 1)
        self._idf = {g: math.log((n + 1) / (c + 0.5)) for g, c in df.items()}
        self._common = math.log((n + 1) / (n * 0.5 + 0.5))  # a bigram in half the clauses says little

    def best(self, question: str, min_cover: float = 0.6, min_words: int = 2) -> Hit | None:
        """The clause that covers most of the question's distinctive bigrams, if it covers enough of them."""
        q = [g for g in dict.fromkeys(_grams(question)) if g not in _ASKING]
        known = [g for g in q if self._idf.get(g, 0) > self._common]
        unknown = [g for g in q if g not in self._idf]
        if len(known) < min_words:
            return None
        total = sum(self._idf[g] for g in known) + sum(self._idf_max() for _ in unknown) * 0.5
        best: Hit | None = None
        for p, grams in zip(self._passages, self._grams, strict=True):
            got = [g for g in known if g in grams]
            score = sum(self._idf[g] for g in got)
            if got and (best is None or score > best.score or score == best.score and len(p.text) < len(best.clause.text)):  # a child, not its parent
                best = Hit(p, score, tuple(got))
        if best is None or best.score < min_cover * total or len(best.words) < min_words:
            return None
        return best

    def _idf_max(self) -> float:
        return max(self._idf.values(), default=1.0)
