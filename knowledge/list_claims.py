"""Claims that name a list's items ('遴选标准就是科学性、系统性、经济性这三条吧'), checked against the notice's titled
items: a name that is none of the items', or a count that is not theirs, is corrected with the whole list. A mixin
of the premise Checker (knowledge/premise.py)."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import NUM, cn_number, lazy

# Names one after another ('科学性、系统性、经济性'), and the count said of them ('这三条', '三个方向').
_NAMES = lazy(r"[\u4e00-\u9fff]{2,12}(?:[、，,和及与]\s*[\u4e00-\u9fff]{2,12}){1,7}")
_COUNT_SAID = lazy(rf"(?:这|共|一共|总共|就)?\s*({NUM})\s*(?:条|个|项|类|方面|大方向|方向)")
_LEAD_IN = lazy(r"^.*?(?:就是|只有|包括|包含|分别是|有|是|为|：|:)(?=[\u4e00-\u9fff]{2})")
_TAIL = lazy(r"(?:这|那|共|一共|总共|就)?[0-9一二两三四五六七八九十]{0,2}(?:条|个|项|类)?(?:大?方向|方面|标准|重点)?"
             r"(?:吧|吗|嘛|呢|对吧|对吗|是吧|没错吧)?$")
_SECTIONS = (("criteria", "criteria", "遴选标准", "selection criteria"), ("focus", "focuses", "遴选重点", "selection focuses"))


class ListClaims:
    """Uses the checker's notice (n), en and _fix."""

    def _listed(self, norm, a, intents, premise) -> Section | None:
        for topic, attr, zh, en in _SECTIONS:
            sec = getattr(self.n, attr, None)
            titles = [re.sub(r"[（(][^）)]*[)）]", "", it.title or "").strip() for it in (sec.items if sec else ())]
            if topic not in intents or len(titles) < 2 or not all(titles):
                continue
            named = self._names(norm, titles)
            if not named:
                continue
            wrong = [x for x in named if not any(x in t or t in x for t in titles)]
            count = _COUNT_SAID.search(norm)
            said = cn_number(count.group(1)) if count else len(titles)
            if not wrong and said == len(titles):
                continue
            whole = "、".join(titles)
            missing = "；没有" + "、".join(f"“{x}”" for x in wrong) if wrong else ""
            return self._fix(f"不是：通知的{zh}共{len(titles)}条：{whole}{missing}。", sec.clause,
                             en=f"No: the notice's {en} are {len(titles)}: {whole}"
                                f"{'; not ' + ', '.join(wrong) if wrong else ''}.")
        return None

    @staticmethod
    def _names(norm: str, titles: list[str]) -> list[str]:
        """The names the message lists, when at least one of them is an item's: '科学性、系统性、经济性'."""
        for m in _NAMES.finditer(norm):
            parts = [p.strip() for p in re.split(r"[、，,和及与]", m.group(0)) if p.strip()]
            parts[0] = _LEAD_IN.sub("", parts[0])
            parts[-1] = _TAIL.sub("", parts[-1])
            parts = [p for p in parts if len(p) >= 2]
            if len(parts) >= 2 and any(p in t or t in p for p in parts for t in titles):
                return parts
        return []
