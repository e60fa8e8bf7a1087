"""A certificate or title the message says has lapsed ('ISO9001证书上个月刚过期，能报吗') or is about to ('有效期只剩两个月'),
against a condition that it be valid ('已通过ISO 9001认证，且证书在有效期内'). A mixin of the premise Checker (uses n, en)."""

from __future__ import annotations

import re

from .phrasing import Section
from .recall import terms
from .values import lazy

_LAPSED = lazy(r"过期|失效|作废|吊销|撤销|不在有效期|超过有效期|超出有效期|有效期(?:已经?|都)?过了?|到期了|已到期|已经到期|expired", re.I)
_SOON = lazy(r"快要?|即将|马上|还有|只剩|剩下?|还剩|不到|下个?月|明年|今年底|年底|soon|in \d+ (?:days|months)", re.I)
_THING = lazy(r"证书|认证|证(?![明据])|资质|许可|执照|称号|认定|certificate|certification", re.I)
_VALID = lazy(r"有效期内|在有效期|有效期限内|仍然有效|仍在有效")
_BARS = lazy(r"不得|不予|不能申报|情形之一")  # '已获评…且称号仍在有效期内的企业' bars a firm: no condition to meet
_GENERIC = frozenset({"证书", "有效", "效期", "认证", "企业", "通过", "已经", "过期"})


def _terms(text: str) -> set[str]:
    """The words that name a thing ('ISO9001', 'IATF' of 'IATF 16949', '体系'), less the words every such rule has."""
    return (terms(text) | set(re.findall(r"[a-z]{3,}", text.lower()))) - _GENERIC


class LapsedClaims:
    """Uses the checker's n and en."""

    def _lapsed(self, norm, a, intents, premise) -> Section | None:
        m = _LAPSED.search(norm) or (soon if (soon := re.search(r"有效期", norm)) and _SOON.search(norm[soon.end():soon.end() + 8]) else None)
        el = self.n.eligibility
        if m is None or el is None or not _THING.search(norm[max(0, m.start() - 24):m.start() + 4]):
            return None
        said = _terms(norm[:m.start()])
        rules = [(len(said & _terms(i.text)), i) for i in el.items if _VALID.search(i.text) and not _BARS.search(i.text)]
        best = max((n for n, _ in rules), default=0)
        thing = _THING.search(norm[max(0, m.start() - 24):m.start() + 4]).group(0)  # no name beside: '证书过期了能报吗', of the one rule
        named = {w for w in said if w.isascii()}  # 'CMMI证书过期了': a certificate the rule does not name
        picked = [i for n, i in rules if n == best and (best or len(rules) == 1 and not named and len(thing) > 1 and thing in i.text)]
        if len(picked) != 1:
            return None
        item = picked[0]
        rule = next((s for s in re.split(r"(?<=[。；;：:])", item.text) if _VALID.search(s)), item.text).strip("。；;：: ")
        soon = m.group(0) == "有效期" or re.search(r"(?:快要?|即将|马上|就要)\s*$", norm[:m.start()]) is not None  # not '去年底到期了'
        if soon:  # still valid today: the condition holds now; how long it must remain valid is not said
            line = (f"The notice requires: “{rule}” ({item.clause}). A certificate still valid meets it; the notice does not say how long it "
                    "must remain valid." if self.en else
                    f"通知要求：“{rule}”（{item.clause}）。证书目前仍在有效期内的，符合这一条；通知没有规定剩余有效期须有多长。")
        else:
            line = (f"This condition is not met: the notice requires “{rule}” ({item.clause}), and you say it has lapsed." if self.en else
                    f"这一条不符合：通知要求“{rule}”（{item.clause}），您说的已过期，不在有效期内。")
        return Section("Eligibility check" if self.en else "对照申报条件", (line,), (item.clause,))
