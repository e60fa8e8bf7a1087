"""A seal said to be needed less often than the notice asks ('佐证材料盖骑缝章就行，不用每页盖吧' where it says 逐页加盖)."""

from __future__ import annotations

import re

from .notice_rule_claims import rule_sentence
from .phrasing import Section
from .values import lazy

# The message says a seal on every page is not needed.
_NOT_EVERY_PAGE = lazy(r"(?:不用|不需要|不必|无需|没必要|用不着)(?:再)?(?:每一?页|逐页|每张|一页一页)[^，,。？?！!]{0,3}(?:盖|加盖|盖章|用印)"
                      r"|(?:每一?页|逐页|每张)[^，,。？?！!]{0,3}(?:盖|盖章)[^，,。？?！!]{0,4}(?:不用|不需要|不必|没必要)"
                      r"|(?:每一?页|逐页|每张)都?(?:不用|不需要|不必|没必要)[^，,。？?！!]{0,2}(?:盖|加盖|盖章)"
                      r"|骑缝章就行[^。？?！!]{0,8}(?:不用|不需要|不必)(?:每一?页|逐页)")
_DOCUMENT = lazy(r"申报书|申报表|佐证材料|证明材料|证实性材料|复印件|营业执照|附件|承诺书|报告")
_EVERY_PAGE = lazy(r"逐页(?:加盖|盖章)|每页(?:均|都|须|需|应)?(?:加盖|盖)")


class SealClaims:
    """Uses the checker's n, en and _fix."""

    def _every_page(self, norm, a, intents, premise) -> Section | None:
        if not _NOT_EVERY_PAGE.search(norm):
            return None
        said = rule_sentence(self.n, _EVERY_PAGE)
        same = lambda t: re.sub(r"佐证材料|证实性材料|证明材料", "证明材料", t)  # noqa: E731 (the supporting papers, by any name)
        if said is None or any(d not in same(said[1]) for d in _DOCUMENT.findall(same(norm))):
            return None  # ('申报书不用每页盖章吧' where the rule is the copies'): said of another document
        return self._fix(f"需要逐页盖章：通知写明“{said[1]}”。", said[0], en=f"Yes, every page: the notice says “{said[1]}”.")
