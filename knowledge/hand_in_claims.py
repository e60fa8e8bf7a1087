"""A hand-in proposed ('开车直接送到607行吗') where the notice takes the paper copies by post only ('只接受邮寄，不接受现场递交')."""

from __future__ import annotations

from .phrasing import Section
from .recall import _SENTENCE
from .values import lazy

_HAND_IN = lazy(r"(?:开车|亲自|当面|直接|跑一趟|跑过去|自己)[^，,。？?！!]{0,8}(?:送|递交|交)(?:过去|到|去|给)?"
                r"[^，,。？?！!]{0,12}(?:行吗|行不行|可以吗|可以不|可不可以|行不|吧|没问题)")
_POST_ONLY = lazy(r"(?:只|仅)(?:接受|接收|限)(?:邮寄|快递)|不(?:接受|接收|受理)(?:现场|当面|上门)(?:递交|报送|提交|送达)?")


class HandInClaims:
    """Uses the checker's n, en and _fix."""

    def _hand_in(self, norm, a, intents, premise) -> Section | None:
        if not _HAND_IN.search(norm):
            return None
        rule = next(((c.clause, x.strip().rstrip("。；;")) for c in self.n.passages for x in _SENTENCE.findall(c.text) if _POST_ONLY.search(x)), None)
        if rule is None:
            return None
        clause = max((c.clause for c in self.n.passages if rule[1] in c.text), key=len)  # the innermost clause that says it
        return self._fix(f"不可以当面递交：通知写明“{rule[1]}”。", clause, en=f"No hand-in: the notice says “{rule[1]}”.")
