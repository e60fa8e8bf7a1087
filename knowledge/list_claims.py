"""Claims that name a list's items ('遴选标准就是科学性、系统性、经济性这三条吧'), checked against the notice's titled
items: a name that is none of the items', or a count that is not theirs, is corrected with the whole list; and
claims of a score's shares ('初评和答辩各占50%'), checked against the notice's weights. A mixin of the premise
Checker (knowledge/premise.py)."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import NUM, cn_number, lazy

# Names one after another ('科学性、系统性、经济性'), and the count said of them ('这三条', '三个方向').
_NAMES = lazy(r"[\u4e00-\u9fff]{2,12}(?:[、，,和及与]\s*[\u4e00-\u9fff]{2,12}){1,7}")
_COUNT_SAID = lazy(rf"(?:这|共|一共|总共|就)?\s*({NUM})\s*(?:条|个|项|类|方面|大方向|方向)")
_LEAD_IN = lazy(r"^.*?(?:就是|只有|包括|包含|分别是|是不是|是否为|是否|不是|有|是|为|：|:)(?=[\u4e00-\u9fff]{2})")
_COMMON = frozenset("质量 管理 企业 提升 推动 推进 加强 提高 建设 能力 水平 其他 方面 工作".split())  # windows naming no item
_TAIL = lazy(r"(?:这|那|共|一共|总共|就)?(?:[0-9一二两三四五六七八九十]{0,2}|几)(?:条|个|项|类)?(?:大?方向|方面|标准|重点)?"
             r"(?:吧|吗|嘛|呢|对吧|对吗|是吧|没错吧)?$")
# A share said of something ('初评和答辩各占50%', '答辩占一半'), and a share the notice gives it ('初评得分×40%').
_SHARE_SAID = lazy(r"(\d{1,3})\s*[%％]|百分之([一二三四五六七八九十]{1,3})|(一半|五五开|对半)")
_SHARE_GIVEN = lazy(r"(?:(?<=[按、，,=＝+＋：:（(和与及])|(?<![\u4e00-\u9fff]))([\u4e00-\u9fff]{2,8}?)(?:得分|成绩|分数)?\s*"
                    r"(?:[×xX*＊]|占|权重为?|比重为?)\s*(\d{1,3})\s*[%％]")
_OWN_WORD = lazy(r"(?:得分|成绩|分数)$")
_QUOTED = lazy(r"[“\"「『]([\u4e00-\u9fff]{2,24})[”\"」』]")


def _names_an_item(name: str, titles: list[str], texts: str) -> bool:
    """Whether a name the message lists is one of the items, as people shorten them: a word of a title ('过程控制' of
    '提升关键过程质量控制能力'), or three characters of an item's text ('可靠性')."""
    pairs = {name[i:i + 2] for i in range(len(name) - 1)} - _COMMON
    return any(name in t or t in name for t in titles) or any(p in t for p in pairs for t in titles) \
        or any(name[i:i + 3] in texts for i in range(len(name) - 2))


def _close(name: str, titles: list[str]) -> bool:
    """Half or more of a quoted name's character pairs are one title's: that item, in other words."""
    pairs = {name[i:i + 2] for i in range(len(name) - 1)} - _COMMON
    return not pairs or any(len(pairs & {t[i:i + 2] for i in range(len(t) - 1)}) * 2 >= len(pairs) for t in titles)


def _share_after(norm: str, name: str) -> tuple[int, str] | None:
    """(the share, as written) the message gives a thing: the first said after its name ('初评40%', '答辩占一半'),
    else one said of all ('初评和答辩各占50%')."""
    at = norm.find(name)
    m = _SHARE_SAID.search(norm, at + len(name)) if at >= 0 else None
    if m is None:
        return None
    if m.start() - at - len(name) > 8 and not re.search(r"各|都", norm[at:m.start()]):
        return None
    value = int(m.group(1)) if m.group(1) else cn_number(m.group(2)) if m.group(2) else 50
    return value, m.group(0)


_SECTIONS = (("criteria", "criteria", "遴选标准", "selection criteria"), ("focus", "focuses", "遴选重点", "selection focuses"))


class ListClaims:
    """Uses the checker's notice (n), en and _fix."""

    def _listed(self, norm, a, intents, premise) -> Section | None:
        for topic, attr, zh, en in _SECTIONS:
            sec = getattr(self.n, attr, None)
            items = sec.items if sec else ()
            titles = list(dict.fromkeys(re.sub(r"[（(][^）)]*[)）]", "", it.title or "").strip() for it in items))  # sub-points share
            if topic not in intents or len(titles) < 2 or not all(titles):
                continue
            named = self._names(norm, titles)
            texts = "".join(it.text for it in items)
            wrong = [x for x in named if not _names_an_item(x, titles, texts)]
            if not named:  # one item quoted as the notice's ('按遴选重点里的“加强产业链供应链质量联动”那一条报'), which it is not
                wrong = [q for q in _QUOTED.findall(norm) if len(q) >= 6 and not _close(q, titles) and q not in texts]
            count = _COUNT_SAID.search(norm) if named else None
            short = count is not None and cn_number(count.group(1)) != len(titles) and self._count(norm, a, intents, premise) is None
            if not wrong and not short or count and self._count(norm, a, intents, premise) is not None:
                continue  # (a count said wrong the count check corrects, with the names it lacks: '不是三个方向：…共 5 项')
            whole, missing = "、".join(titles), "；没有" + "、".join(f"“{x}”" for x in wrong) if wrong else ""
            return self._fix(f"不是：通知的{zh}共{len(titles)}条：{whole}{missing}。", sec.clause,
                             en=f"No: the notice's {en} are {len(titles)}: {whole}{'; not ' + ', '.join(wrong) if wrong else ''}.")
        return None

    def _share(self, norm, a, intents, premise) -> Section | None:
        """'听说初评和答辩各占50%' where the notice weighs them otherwise ('综合得分=初评得分×40%+答辩得分×60%'): each
        thing the message names, with the share it gives that thing (the next one said, or one said of them all)."""
        if not _SHARE_SAID.search(norm):
            return None
        for c in self.n.passages:
            for s in (x.split("：")[-1] for x in re.split(r"(?<=[。；;\n])", c.text)):  # '…满分100分：综合得分=…'
                given = {_OWN_WORD.sub("", w): int(v) for w, v in _SHARE_GIVEN.findall(s)}
                named = {w: v for w, v in given.items() if len(w) >= 2 and w in norm}
                said = {w: _share_after(norm, w) for w in named}
                said = {w: v for w, v in said.items() if v is not None}
                if not said:
                    continue
                quote = s.strip().rstrip("。；;")
                wrong = [(w, v) for w, v in said.items() if v[0] != named[w]]
                if wrong:
                    return self._fix(f"不是{wrong[0][1][1]}：通知写的是“{quote}”。", c.clause,
                                     en=f"Not {wrong[0][1][0]}%: the notice says “{quote}”.")
                return Section("From the notice" if self.en else "通知原文", (f"“{quote}”",), (c.clause,))  # '初评占40%吧'
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
