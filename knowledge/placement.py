"""Which part of the materials a thing is written in ("牵头制定过两项行业标准，写在哪一部分", "QC小组的成果放哪块"):
the part whose own guidance names it, with that sentence. A mixin of Answerer.

A part is chosen by the word pairs of the message that occur in that part's guidance and in no more than one other
part's, so that words every part shares ("介绍", "情况") decide nothing; with no such pair, nothing is said.
"""

from __future__ import annotations

from .phrasing import Section
from .recall import _CJK_RUN, _SENTENCE, _pairs
from .values import lazy

_WHERE = lazy(r"(写在|放在|归到|归在|放到|写到|写进|体现在|放进|列在|填在|属于)[^。？！?!]{0,3}(哪|什么|那)|写哪|放哪|哪(一)?(个)?(部分|块|章|节)"
              r"(写|放|体现|介绍)|\bwhich (part|section)\b|\bwhere (do|should) (we|i) (put|write|mention|include)\b")
_ABOUT_PARTS = frozenset("申报 报材 材料 部分 哪一 一部 一块 哪块 写在 放在 写哪 放哪 里面 这个 我们 要写 写吗 需要 应该".split())


def _words(text: str) -> set[str]:
    return {p for run in _CJK_RUN.findall(text) for p in _pairs(run)} - _ABOUT_PARTS


class Placement:
    """Uses the answerer's kb."""

    def _placed(self, a, norm: str, en: bool) -> Section | None:
        parts = self.kb.notice.materials.parts if self.kb.notice.materials else ()
        if len(parts) < 2 or not _WHERE.search(norm):
            return None
        asked = _words(norm)
        guides = [_words(p.text) for p in parts]
        spread = {w: sum(w in g for g in guides) for w in asked}
        scored = [(len({w for w in asked & g if spread[w] <= 2}), i) for i, g in enumerate(guides)]
        best, i = max(scored, key=lambda x: (x[0], -x[1]))
        if best == 0 or sum(s == best for s, _ in scored) > 1:
            return None
        part = parts[i]
        hit = asked & guides[i]
        said = max((s for s in _SENTENCE.findall(part.text) if s.strip()), key=lambda s: len(hit & _words(s)))
        name = (part.en or part.title) if en else part.title
        line = (f"In “{name}”: “{said.strip()}”" if en else f"写在“{name}”部分：“{said.strip()}”")
        return Section("Which part" if en else "写在哪一部分", (line,), (part.clause,))
