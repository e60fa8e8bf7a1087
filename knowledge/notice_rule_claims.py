"""Rules a notice states that a message runs into: a hand-in where only post is taken ('只接受邮寄，不接受现场递交'), a firm whose
business is on the notice's list of industries that may not apply ('…教育培训行业的企业')."""

from __future__ import annotations

import re

from .phrasing import Section
from .recall import _SENTENCE
from .values import lazy

# What a firm says it does ('我们是职业技能培训学校', '公司主营房地产开发').
_DOES = lazy(r"(?:我们|我司|本公司|公司|企业|单位)(?:是|属于|做|从事|主营|主要做|是做)的?([^，,。？?！!]{2,24})")
_LISTED = re.compile(r"(?:属于|从事|为)([^。；]{2,120}?)(?:行业|领域)(?:的|类)?(?:企业|单位)")
_GENERIC = {"经营", "开发", "服务", "行业", "企业", "管理", "生产", "制造", "相关", "其他"}

_HAND_IN = lazy(r"(?:开车|亲自|当面|直接|跑一趟|跑过去|自己)[^，,。？?！!]{0,8}(?:送|递交|交)(?:过去|到|去|给)?"
                r"[^，,。？?！!]{0,12}(?:行吗|行不行|可以吗|可以不|可不可以|行不|吧|没问题)")
_POST_ONLY = lazy(r"(?:只|仅)(?:接受|接收|限)(?:邮寄|快递)|不(?:接受|接收|受理)(?:现场|当面|上门)(?:递交|报送|提交|送达)?")


def rule_sentence(n, rule) -> tuple[str, str] | None:
    """(the innermost clause, the sentence) of the notice's first sentence that `rule` finds, or None."""
    said = next((x.strip().rstrip("。；;") for c in n.passages for x in _SENTENCE.findall(c.text) if rule.search(x)), None)
    return (max((c.clause for c in n.passages if said in c.text), key=len), said) if said else None


class HandInClaims:
    """Uses the checker's n, en and _fix."""

    def _hand_in(self, norm, a, intents, premise) -> Section | None:
        if not _HAND_IN.search(norm):
            return None
        if (rule := rule_sentence(self.n, _POST_ONLY)) is None:
            return None
        return self._fix(f"不可以当面递交：通知写明“{rule[1]}”。", rule[0], en=f"No hand-in: the notice says “{rule[1]}”.")


class IndustryClaims:
    """Uses the checker's n, en and rules."""

    def _industry(self, norm, a, intents, premise) -> Section | None:
        ex = self.n.exclusions
        if ex is None or not self.rules.applying.search(norm) or not (does := _DOES.search(norm)):
            return None
        for it in ex.items:
            listed = _LISTED.search(it.text)
            terms = [re.sub(r"[（(][^）)]*[）)]", "", x).strip() for x in re.split(r"[、，,和及与或]", listed.group(1))] if listed else []
            keys = {k for t in terms for k in (t, t[:2], t[-2:]) if len(k) >= 2 and k not in _GENERIC}
            if any(k in does.group(1) for k in keys):
                lead = ex.intro.rstrip("：:") if ex.intro else "通知写明"
                return Section("Please check" if self.en else "请注意", (f"{lead}：“{it.text.rstrip('；;。')}”。请对照您企业的主营业务。",), (it.clause,))
        return None
