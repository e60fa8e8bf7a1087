"""'可以同时报标杆和培育两个层级吗' asked of a notice without a rule on how many applications: the sentence that allows
only one of the thing the message names ('每家企业只能选择一个层级'), quoted rather than said to be missing."""

from __future__ import annotations

from .phrasing import Section
from .values import lazy

_ONLY = lazy(r"(?:只能|仅能|仅可|只可|限)[^。；;，,]{0,6}?(?:一个|一项|一家|一类|一种|1个|1项|1类)")
_SENTENCE = lazy(r"[^。；;！!？?\n]+[。；;！!？?]?")
_NOUN = lazy(r"[\u4e00-\u9fff]{2}")


def only_one(passages, compact: str, en: bool) -> Section | None:
    """The first sentence limiting something the message names to one, as a quoted section (None when there is none)."""
    for c in passages:
        for s in _SENTENCE.findall(c.text):
            m = _ONLY.search(s)
            noun = _NOUN.match(s, m.end()) if m else None
            if noun and noun.group(0) in compact:
                lead = f"The notice says ({c.clause}):" if en else f"通知{c.clause}原文："
                return Section("From the notice" if en else "通知原文", (lead, f"“{s.strip()}”"), (c.clause,))
    return None
