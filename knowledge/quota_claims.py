"""How many firms a unit may recommend, as the message says it ('每个镇街能推荐10家对吗', '每区推荐5家标杆企业吧'),
against the cap the notice writes for that kind of firm ('每个推荐单位推荐质量标杆企业不超过3家、…培育企业不超过5家')."""

from __future__ import annotations

import re

from .phrasing import Section
from .recall import _SENTENCE
from .table_cells import cell_sentences
from .values import NUM, cn_number, lazy, plain

# Each unit recommends N ('每区推荐5家', '各镇街能推10个'): the unit's word is said, never a firm's ('每家企业报1项').
_UNIT = r"(?:区县|县区|区|县|市|镇街|镇|街道|园区|地市|地州市?|推荐单位|推荐部门)"  # each one of them
_SAID = lazy(rf"(?:每个?|各){_UNIT}[^。？?！!，,]{{0,8}}?"
             rf"(?:推荐|推|报)[^。？?！!，,]{{0,6}}?({NUM})\s*(家|个|项)")
_CAP = lazy(rf"(?:不超过|不多于|不得超过|最多|限(?:报|推)?)\s*({NUM})\s*(家|个|项)")
_PER_UNIT = lazy(rf"(?:每个?|各)(?:{_UNIT}|单位)")


class QuotaClaims:
    """Uses the checker's notice (`n`) and `_fix`."""

    def _quota(self, norm, a, intents, premise) -> Section | None:
        m = _SAID.search(norm)
        if not m or (said := cn_number(m.group(1))) <= 0 or self.n.units and any(u.quota for u in self.n.units.items):
            return None  # (each unit's own quota is said with the units: '不是5个：• 浦东新区…不超过12项')
        for c in sorted(self.n.passages, key=lambda c: -len(c.clause)):  # the innermost clause that says it
            cells = cell_sentences(c.text)  # a table's cell under its column ('推荐名额，质量标杆企业：每个推荐单位不超过3家')
            for sent in [*cells, *_SENTENCE.findall(c.text)]:
                caps = list(_CAP.finditer(sent))
                if not caps or "推荐" not in sent or not _PER_UNIT.search(sent):
                    continue
                # the cap of the kind the message names: the words between the cap before it and this one
                spans = [sent[caps[i - 1].end() if i else 0:x.start()] for i, x in enumerate(caps)]
                named = [x for x, span in zip(caps, spans, strict=True) if _shares(span, norm)]
                if sent in cells and not named:
                    continue  # another column's cell
                values = {cn_number(x.group(1)) for x in (named or caps)}
                if said in values or len(named) != 1 and len(caps) > 1 and said in {cn_number(x.group(1)) for x in caps}:
                    return None
                return self._fix(f"不是{plain(said)}{m.group(2)}：通知写明“{sent.strip().rstrip('。；;')}”。", c.clause,
                                 en=f"Not {plain(said)}: the notice says “{sent.strip()}”.")
        return None


def _shares(span: str, norm: str) -> bool:
    """The message names what a part of the sentence is about: four characters of it ('标杆企业'), or a place or kind
    of its own ('镇街', '火炬开发区')."""
    runs = re.findall(r"[\u4e00-\u9fff]+", re.sub(r"推荐|原则上|不超过|不多于", " ", span))
    if any(r[i:i + 4] in norm for r in runs for i in range(len(r) - 3)):
        return True
    words = re.findall(r"[\u4e00-\u9fff]{2,}", re.sub(r"每个|各|企业|单位|质量|[、，,]", " ", " ".join(runs)))
    return any(w in norm for w in words)
