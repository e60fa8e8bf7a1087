"""Where a thing belongs: the part of the materials it is written in ("牵头制定过两项行业标准，写在哪一部分"), the
focus or criterion it falls under ("产品碳足迹对应通知里第几条"), and whether a named item is on a list at all
("重点方向里是不是还有“产业链供应链质量联动”那条"). A mixin of Answerer.

A part or item is chosen by the word pairs of the message that occur in its text and in no more than one other's,
so that words every item shares ("介绍", "情况") decide nothing; with no such pair, nothing is said.
"""

from __future__ import annotations

import re

from .phrasing import Section
from .recall import _SENTENCE, word_pairs
from .values import lazy

_WHERE = lazy(r"(写在|放在|归到|归在|放到|写到|写进|体现在|放进|列在|填在|属于)[^。？！?!]{0,3}(哪|什么|那)|写哪|放哪"
              r"|哪(一)?(个)?(部分|块|章|节)(写|放|体现|介绍)|(放|写|归|列)[^。？！?!]{0,8}哪(一)?(个)?(部分|块|章|节)"
              r"|\bwhich (part|section)\b|\bwhere (do|should) (we|i) (put|write|mention|include)\b")
_WHICH_ITEM = lazy(r"对应(通知)?(里|中)?的?(第几|哪一?)(条|项|个)|属于(通知)?(里|中)?的?(第几|哪一?)(个|条|项|类)|(归|算|放)(到|在)?哪(个|一)?(方向|类|条|项)"
                   r"|往哪(个|一)?(方向|条)|对应哪(个|一)?(方向|重点|条)|\bwhich (focus|area|category|criterion)\b")
_ON_LIST = lazy(r"(是不是|是否|有没有|还有没有|是不是还有|还有)[^。？！?!]{0,16}[“\"‘']([^”\"’']{4,24})[”\"’']"
                r"|(是不是|是否)还有([\u4e00-\u9fff]{4,16})(那|这)(条|项|个|一条)")
_MAYBE = re.compile(r"哪.{0,3}(部分|块|章|节|条|类|项|个|方向)|写哪|放哪|写在|放在|是不是|是否|有没有|还有|对应|属于|\bwhich\b|\bwhere\b")
_LISTS = {"focus": "focuses", "criteria": "criteria", "eligibility": "eligibility"}
_ABOUT_PARTS = frozenset("申报 报材 材料 部分 哪一 一部 一块 哪块 写在 放在 写哪 放哪 里面 这个 我们 要写 写吗 需要 应该".split())


def _words(text: str) -> set[str]:
    return word_pairs(text) - _ABOUT_PARTS


class Placement:
    """Uses the answerer's kb."""

    def _placed(self, a, norm: str, en: bool) -> Section | None:
        if not _MAYBE.search(norm):  # most questions ask none of this: skip compiling the patterns below
            return None
        return self._on_list(a, norm, en) or self._which_item(a, norm, en) or self._which_part(a, norm, en)

    def _list_of(self, a, default: str = "") -> tuple[str, list]:
        for topic in (*a.intents, default):
            if topic in _LISTS and (sec := getattr(self.kb.notice, _LISTS[topic], None)) and sec.items:
                return topic, list(sec.items)
        return "", []

    def _on_list(self, a, norm: str, en: bool) -> Section | None:
        """'是不是还有“产业链供应链质量联动”那条': the listed item that names it, or that none does."""
        m = _ON_LIST.search(norm)
        topic, items = self._list_of(a)
        if not m or not items:
            return None
        named = m.group(2) or m.group(4)
        pairs = _words(named)
        best = max(items, key=lambda i: len(pairs & _words(i.title + i.text)))
        label = self.kb.lexicon.intents[topic].label_en if en else self.kb.lexicon.intents[topic].label
        if pairs and len(pairs & _words(best.title + best.text)) >= 0.7 * len(pairs):
            line = (f"Yes: {best.clause} {best.en_title or best.title or best.en or best.text}" if en else
                    f"有：{best.clause} {best.title or best.text}")
            return Section("Check" if en else "核对", (line,), (best.clause,))
        names = "；".join(f"{i.clause} {i.title or i.text[:24]}" for i in items)
        line = (f"No: “{named}” is not among this notice's {label.lower()} ({len(items)}): {names}." if en else
                f"没有：本期{label}中没有“{named}”。本期共 {len(items)} 项：{names}。")
        return Section("Check" if en else "核对", (line,), tuple(dict.fromkeys(i.clause for i in items)))

    def _which_item(self, a, norm: str, en: bool) -> Section | None:
        """'产品碳足迹、LCA…对应通知里第几条': the focus or criterion whose own words the message uses."""
        topic, items = self._list_of(a, "focus") if _WHICH_ITEM.search(norm) else ("", [])
        if not items:
            return None
        i = self._distinct(_words(norm), [_words(x.title + x.text) for x in items])
        if i is None:
            return None
        it = items[i]
        line = (f"That fits {it.clause} “{it.en_title or it.title or it.en or it.text}”." if en else
                f"对应{it.clause}“{it.title or it.text}”" + (f"：{it.text}" if it.title else "。"))
        return Section("Which item" if en else "对应哪一条", (line,), (it.clause,))

    @staticmethod
    def _distinct(asked: set[str], texts: list[set[str]]) -> int | None:
        """The one text sharing most of the asked pairs that at most two texts hold; None on a tie or none."""
        spread = {w: sum(w in g for g in texts) for w in asked}
        scored = [(len({w for w in asked & g if spread[w] <= 2}), i) for i, g in enumerate(texts)]
        best, i = max(scored, key=lambda x: (x[0], -x[1]))
        return None if best == 0 or sum(s == best for s, _ in scored) > 1 else i

    def _which_part(self, a, norm: str, en: bool) -> Section | None:
        parts = self.kb.notice.materials.parts if self.kb.notice.materials else ()
        if len(parts) < 2 or not _WHERE.search(norm):
            return None
        asked = _words(norm)
        guides = [_words(p.text) for p in parts]
        i = self._distinct(asked, guides)
        if i is None:
            return None
        part = parts[i]
        hit = asked & guides[i]
        said = max((s for s in _SENTENCE.findall(part.text) if s.strip()), key=lambda s: len(hit & _words(s)))
        name = (part.en or part.title) if en else part.title
        line = (f"In “{name}”: “{said.strip()}”" if en else f"写在“{name}”部分：“{said.strip()}”")
        return Section("Which part" if en else "写在哪一部分", (line,), (part.clause,))
