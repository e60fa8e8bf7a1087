"""Sums and ratios of the word limits a question names ("摘要和名称加起来最多多少字", "推进部分是实施效果的几倍"):
worked out from the limits the notice sets, each with its part and clause. A mixin of Answerer."""

from __future__ import annotations

from .phrasing import Section
from .values import lazy, plain

_TOTAL = lazy(r"加起来|一共|总共|合计|总计|总字数|共多少字|\bin total\b|\btotal\b|\bcombined\b|\badd(ed)? up\b", 0)
_RATIO = lazy(r"几倍|多少倍|\bhow many times\b")
_ALL_PARTS = lazy(r"(五|六|七|四|全部|所有|各|每个)(个)?部分|总结材料|\ball (the )?parts\b|\bwhole\b")


class Arithmetic:
    """Uses the answerer's kb."""

    def _arith(self, a, norm: str, en: bool) -> Section | None:
        total, ratio = _TOTAL.search(norm), _RATIO.search(norm)
        parts = self.kb.notice.materials.parts if self.kb.notice.materials else ()
        if not (total or ratio) or not parts:
            return None
        named = [parts[i] for i in a.items.get("part", ()) if i < len(parts) and parts[i].limit]
        if total and len(named) < 2 and _ALL_PARTS.search(norm):
            named = [p for p in parts if p.limit]
        if len(named) < 2:
            return None
        label = (lambda p: p.en or p.title) if en else (lambda p: p.title)
        clauses = tuple(dict.fromkeys(p.clause for p in named))
        if ratio and len(named) == 2:
            big, small = sorted(named, key=lambda p: -p.limit)
            times = big.limit / small.limit
            line = (f"{label(big)} ({big.limit}) is {plain(round(times, 2))} times {label(small)} ({small.limit})." if en else
                    f"{label(big)}（{big.limit} 字）是{label(small)}（{small.limit} 字）的 {plain(round(times, 2))} 倍。")
            return Section("Worked out" if en else "计算", (line,), clauses)
        if not total:
            return None
        s = sum(p.limit for p in named)
        terms = " + ".join(f"{label(p)} {p.limit}" for p in named)
        line = f"In total at most {s} characters: {terms}." if en else f"合计最多 {s} 字：{terms}。"
        return Section("Worked out" if en else "合计", (line,), clauses)
