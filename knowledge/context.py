"""Conversation context: the previous turn, so a follow-up is read against it.

"嘉定找谁" → "那松江呢" (the same topic, another district) → "地址呢" (the same district, another detail);
"名称限多少字" → "实施效果呢"; "遴选标准有哪些" → "in English please". A self-contained question ignores it.
Pure functions: the channels keep the turn per user (storage/context.py) and pass it back in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .records import record
from .understand import Analysis

# Topics a district's unit answers itself ("地址呢", "电话呢", "找谁" after a district was named).
UNIT_TOPICS = frozenset({"consult", "district", "mail", "seal"})
FIELDS = {"address": re.compile(r"地址|在哪|哪里|位置|address|where"), "phone": re.compile(r"电话|手机|号码|phone|number|call"),
          "person": re.compile(r"联系人|找谁|是谁|who|contact")}
ITEM_TOPICS = frozenset({"part", "word_limits", "materials", "focus", "eligibility", "criteria"})


@record
class Turn:
    """What the previous answer was about."""

    question: str
    intents: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    english: bool = False

    def as_json(self) -> dict:
        return {"q": self.question, "intents": list(self.intents), "districts": list(self.districts), "en": self.english}

    @classmethod
    def from_json(cls, d: dict) -> Turn | None:
        try:
            return cls(str(d["q"])[:1000], tuple(map(str, d.get("intents", ())))[:8], tuple(map(str, d.get("districts", ())))[:6],
                       bool(d.get("en")))
        except (KeyError, TypeError, ValueError):
            return None


def follow(a: Analysis, prev: Turn, elliptical: bool, known_districts: set[str]) -> Analysis:
    """The analysis of a follow-up completed from the previous turn; unchanged when it stands on its own."""
    districts = tuple(k for k in prev.districts if k in known_districts)
    has_place = a.district.resolved or a.district.ambiguous
    if a.intents and has_place:
        return a  # "松江的地址": complete in itself
    if has_place and not a.intents and not a.items:
        # "那松江呢": the previous topic, for the new place (the unit card when the topic was the unit itself).
        kept = tuple(i for i in prev.intents if i in UNIT_TOPICS)  # the deadline is the same for every place
        return replace(a, intents=kept if not districts or not set(kept) <= UNIT_TOPICS else ())
    if not has_place and districts and (not a.intents or set(a.intents) <= UNIT_TOPICS) and (elliptical or not a.intents):
        # "地址呢", "电话呢" after a district: that district's unit.
        if a.intents or elliptical:
            fields = tuple(k for k, rx in FIELDS.items() if rx.search(a.text.norm))
            return replace(a, intents=(), district=replace(a.district, districts=districts), fields=fields)
    if a.items and not a.intents and prev.intents:
        # "实施效果呢" after "名称限多少字": the same question about another item.
        kept = tuple(i for i in prev.intents if i in ITEM_TOPICS)
        return replace(a, intents=kept or a.intents)
    return a
