"""A word the message shares with only one sentence of the notice ('用活页夹装可以吧' -> '…不接受活页夹、拉杆夹等散装形式'):
that sentence is what it asks about, when the reply does not already say it."""

from __future__ import annotations

import re

from .model import Clause
from .values import PHONE_RUN, lazy

_SENTENCE = lazy(r"[^。；;\n]+[。；;]?")
# Characters of the message's own talk, never of a term it shares with the notice.
_TALK = set("吧吗呢啊呀哦嘛的了是就也都我你他她们可以能不要么啥什怎样这那个有没和与及或在为把被给让从到对还很太又再才更最会该"
            "区县市镇省局委办厅处科一二两三四五六七八九十几送交寄发填写")  # (nor of a place or an office: '区工信局', '綦江区' name whom to ask, not what)
SHORT = 40  # characters
_HELD: dict[int, tuple[object, dict[str, list[tuple[str, str]]]]] = {}


def _index(passages: tuple[Clause, ...]) -> dict[str, list[tuple[str, str]]]:
    """Each three-character piece of the notice's sentences: the distinct sentences holding it (innermost clause first)."""
    held = _HELD.get(id(passages))
    if held is None or held[0] is not passages:
        grams: dict[str, list[tuple[str, str]]] = {}
        seen: set[str] = set()
        for c in sorted(passages, key=lambda c: -len(c.clause)):
            for s in (x.strip() for x in _SENTENCE.findall(c.text)):
                if s and s not in seen and not any(s in t for t in seen) and len(s) <= 160 and not PHONE_RUN.search(s):  # (no table row, no contact line)
                    seen.add(s)
                    for g in {s[i:i + 3] for i in range(len(s) - 2)}:
                        grams.setdefault(g, []).append((c.clause, s))
        _HELD[id(passages)] = held = (passages, grams)
    return held[1]


def rare_sentence(passages: tuple[Clause, ...], compact: str, answered: str) -> Clause | None:
    """The one sentence holding a word of three or more characters the message shares with no other sentence."""
    if len(compact) > SHORT:  # a long message (a forward, a story) shares words with the notice that it does not ask about
        return None
    grams = _index(passages)
    for run in re.findall(r"[\u4e00-\u9fff]{3,}", compact):
        for i in range(len(run) - 2):
            g = run[i:i + 3]
            if _TALK.intersection(g) or "申报" in g or len(where := grams.get(g, ())) != 1 or g in answered:
                continue
            return Clause(*where[0])
    return None
