"""A seal said to be needed less often than the notice asks ('佐证材料盖骑缝章就行，不用每页盖吧' where it says 逐页加盖)."""

from __future__ import annotations

from .phrasing import Section
from .recall import _SENTENCE
from .values import lazy

# The message says a seal on every page is not needed.
_NOT_EVERY_PAGE = lazy(r"(?:不用|不需要|不必|无需|没必要|用不着)(?:再)?(?:每一?页|逐页|每张|一页一页)"
                      r"|(?:每一?页|逐页|每张)[^，,。？?！!]{0,4}(?:不用|不需要|不必|没必要)")
_EVERY_PAGE = lazy(r"逐页(?:加盖|盖章)|每页(?:均|都|须|需|应)?(?:加盖|盖)")


class SealClaims:
    """Uses the checker's n, en and _fix."""

    def _every_page(self, norm, a, intents, premise) -> Section | None:
        if not _NOT_EVERY_PAGE.search(norm):
            return None
        said = next(((c.clause, x.strip().rstrip("。；;")) for c in self.n.passages for x in _SENTENCE.findall(c.text) if _EVERY_PAGE.search(x)), None)
        if said is None:
            return None
        clause = max((c.clause for c in self.n.passages if said[1] in c.text), key=len)  # the innermost clause that says it
        return self._fix(f"需要逐页盖章：通知写明“{said[1]}”。", clause, en=f"Yes, every page: the notice says “{said[1]}”.")
