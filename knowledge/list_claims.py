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
# A share said of something ('初评和答辩各占50%', '答辩占一半'), and a share the notice gives it ('初评得分×40%').
_SHARE_SAID = lazy(r"(\d{1,3})\s*[%％]|百分之([一二三四五六七八九十]{1,3})|(一半|五五开|对半)")
_SHARE_GIVEN = lazy(r"([\u4e00-\u9fff]{2,8}?)(?:得分|成绩|分数)?\s*(?:[×xX*＊]|占|按|权重为?|比重为?)\s*(\d{1,3})\s*[%％]")
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

    def _share(self, norm, a, intents, premise) -> Section | None:
        """'听说初评和答辩各占50%' where the notice weighs them otherwise ('综合得分=初评得分×40%+答辩得分×60%')."""
        said = _SHARE_SAID.search(norm)
        if not said:
            return None
        value = int(said.group(1)) if said.group(1) else cn_number(said.group(2)) if said.group(2) else 50
        for c in self.n.passages:
            for s in (x.split("：")[-1] for x in re.split(r"(?<=[。；;\n])", c.text)):  # '…满分100分：综合得分=…'
                given = [(w, int(v)) for w, v in _SHARE_GIVEN.findall(s)]
                named = [(w, v) for w, v in given if any(w[i:i + 2] in norm for i in range(len(w) - 1))]
                quote = s.strip().rstrip("。；;")
                if any(v != value for _, v in named):
                    return self._fix(f"不是{said.group(0)}：通知写的是“{quote}”。", c.clause,
                                     en=f"Not {value}%: the notice says “{quote}”.")
                if named:  # '初评占40%吧': so it is, in the notice's words
                    return Section("From the notice" if self.en else "通知原文", (f"“{quote}”",), (c.clause,))
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
