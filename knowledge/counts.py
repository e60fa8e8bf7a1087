"""How many of something the notice counts, and the places it writes with a phone: '提名奖有几个名额', '昆山能推荐几家',
a place the district table does not know. A mixin of Answerer, under Attributes (knowledge/attributes.py)."""

from __future__ import annotations

import re

from .model import Clause
from .values import GROUP_LED, lazy

_CJK_RUN_3, _CJK_RUN_2 = re.compile(r"[\u4e00-\u9fff]{3,}"), re.compile(r"[\u4e00-\u9fff]{2,}")
_PLACE_PHONE = lazy(r"(?=(?:区|县|市|新区)[^。；\n]{0,40}?\d{3,4}[-\s]?\d{7,8})")  # overlapping: 县 and 市 in 淳安县市…
_CJK_ONLY = lazy(r"[\u4e00-\u9fff]+")
_COUNT_UNIT = "(?:项|家|个|名|批|户|人)"
# How many of something, not "电话多少": what a place's own count answers.
_HOW_MANY_OF = lazy(r"几\s*(?:个|名|家|项|批|户)|多少\s*(?:个|名|家|项|批|户)|名额|数量|限报|推荐多少|报多少")
_HOW_MANY = lazy(r"几个|几名|几家|几项|几级|多少|名额|什么级别|哪一级|比例|多高|门槛|不低于|不少于|至少")
_NUMBER_ASKED = re.compile(r"(?:电话|号码|手机|座机|热线|传真|邮编|分机|QQ|qq|群号|邮箱)(?:号|号码)?(?:是|为|有)?多少")
_ASKED_UNIT = re.compile(r"(?:多少|几)\s*(家|个|项|名|字|份|页|年|天|人|次|张|万)")
_SAME_UNIT = {"家": "家|项|个|名", "项": "家|项|个|名", "个": "家|项|个|名", "名": "家|项|个|名", "万": "万"}


_SENTENCE_END = re.compile(r"[^。；]*[。；]")
_WHOLE, _EACH = re.compile(r"全市|全省|全区|一共|总共|共计|总数|合计|总计"), re.compile(r"每个|每家|每一|各(?:个|推荐|区|县|单位)")
_PLACE_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:县|市|区|旗|镇|乡)")


class Counts:
    """Uses the answerer's kb, judge and resolver."""

    def _counted(self, compact: str) -> list[Clause]:
        """'提名奖有几个名额': the clause where a thing the question names is counted (提名奖不超过10个)."""
        if not _HOW_MANY.search(_NUMBER_ASKED.sub("", compact)):  # "咨询电话是多少" asks for a number, not a count
            return []
        placed = self._counted_place(self.resolver.resolve(compact).districts) if _HOW_MANY_OF.search(compact) else []
        if placed:  # "昆山能推荐几家": the sentence that counts for that place, not its row of the contacts list
            return placed
        body, best = self.judge.body, ""
        unit = _ASKED_UNIT.search(compact)  # "评多少家": a count of firms, never a number of characters
        unit = rf"\d*\s*(?:{_SAME_UNIT.get(unit.group(1), unit.group(1))})" if unit else r"(?:\d{0,5}(?![\d\-－]))"  # never a phone
        prog = self.kb.notice.meta.programme + "".join(self.kb.lexicon.programme_words)  # never the programme itself
        asked = [*_CJK_RUN_3.findall(compact), *(("推荐数量", "推荐名额") if "推荐" in compact else ())]  # "能推荐几个"
        for run in asked:
            for n in (4, 3):
                for i in range(len(run) - n + 1):
                    w = run[i:i + n]
                    if len(w) > len(best) and w in body and not _HOW_MANY.search(w) and w not in prog and re.search(
                            rf"{re.escape(w)}[^。；，,]{{0,12}}?\d{unit}|{re.escape(w)}[：:][^。；]{{0,24}}?\d{unit}", body):
                        best = w
        if not best:
            return []
        counted = re.compile(rf"{re.escape(best)}([^。；，,]{{0,12}}?|[：:][^。；]{{0,24}}?)(?<!附件)\d{unit}")
        gaps = [(len(m.group(1)), len(c.text), i) for i, c in enumerate(self.kb.notice.passages) for m in counted.finditer(c.text)
                if not (_WHOLE.search(compact) and _EACH.search(c.text[max(0, m.start() - 12):m.start()]))]  # '全市一共评多少家' ≠ 每个单位的
        return [self.kb.notice.passages[min(gaps)[2]]] if gaps else []  # the nearest number, in the shortest clause

    def _counted_place(self, districts: tuple[str, ...]) -> list[Clause]:
        """The clause where a place the question names is given a count ('昆山市、苏州工业园区推荐数量原则上不超过12项')."""
        geo = self.kb.geography.districts
        names = [n for k in districts for n in (geo[k].name, geo[k].short) if len(n) >= 2]
        if not names:
            return []
        counted = re.compile(rf"(?:{'|'.join(map(re.escape, names))})([^。；\n]{{0,30}}?)(?<![\d-])\d{{1,4}}\s*{_COUNT_UNIT}")
        gaps = [(len(m.group(1)), len(c.text), i) for i, c in enumerate(self.kb.notice.passages) for m in counted.finditer(c.text)]
        return [self.kb.notice.passages[min(gaps)[2]]] if gaps else []

    def _places(self) -> frozenset[str]:
        """Names (2-3 characters) the notice writes as a place (X区, X县, X市) with a phone number soon after."""
        found = self.__dict__.get("_place_names")
        if found is None:
            body, names = self.judge.body, set()
            for m in _PLACE_PHONE.finditer(body):
                j = m.start()
                names |= {body[j - n:j] for n in (2, 3) if j >= n and _CJK_ONLY.fullmatch(body[j - n:j])}
            found = self.__dict__["_place_names"] = frozenset(names)
        return found

    def _place(self, a, compact: str) -> list[Clause]:
        """A place the district table does not know ("滨江", "余杭区") that the notice lists with a phone number; for a
        place it knows, asked how many ("昆山能推荐几家"), the clause that counts for that place."""
        if group := self._group_clause(compact):  # "我们是市属国企，也要先报区里吗": that kind of firm's own clause
            return group
        if a.district.resolved and _HOW_MANY_OF.search(compact):
            return self._counted_place(a.district.districts)
        if a.district.resolved or a.district.ambiguous or a.chit_chat and not a.intents:  # not '明天黄埔下不下雨'
            return []
        if self.kb.notice.units:  # a district table answers places; one it leaves out may have a rule of its own
            return self._place_rule(compact)
        names = self._places()
        if not names:
            return []
        for run in _CJK_RUN_2.findall(compact):
            for i in range(len(run) - 1):  # the place named first wins; at one place, the longer name
                for w in (run[i:i + 3], run[i:i + 2]):
                    if len(w) >= 2 and w in names:
                        return self._place_line(w)
        return []

    def _place_rule(self, compact: str) -> list[Clause]:
        """The sentence that says who recommends the firms of a place the units' list leaves out ('新民市、康平县、法库县企业，
        由所在地县（市）市场监督管理局推荐'), for a message naming that place ('康平县的企业找谁推荐')."""
        body, region = self.judge.body, self.kb.notice.meta.region
        for m in _PLACE_END.finditer(compact):
            name = next((compact[m.end() - n:m.end()] for n in range(3, 7) if m.end() >= n and compact[m.end() - n:m.end()] in body), "")
            if not name or name == region or not _CJK_ONLY.fullmatch(name):
                continue
            rule = re.compile(rf"[^。；]*{re.escape(name)}[^。；]{{0,30}}?(?:企业|单位)[^。；]{{0,40}}?(?:推荐|负责|报送)[^。；]*[。；]?")
            for c in sorted(self.kb.notice.passages, key=lambda c: len(c.text)):
                if said := rule.search(c.text):
                    return [Clause(c.clause, said.group(0).strip(), title=c.title)]
        return []

    def _group_clause(self, compact: str) -> list[Clause]:
        """The clause written for one kind of applicant ('（一）市属国有企业：直接向市经信局申报（直报）…') when the
        message says the firm is one ('我们是市属国企')."""
        led = self.__dict__.get("_group_led")
        if led is None:  # the notice's clauses that open with a kind of applicant, found once
            led = self.__dict__["_group_led"] = tuple((c, m.group(2)) for c in self.kb.notice.passages if (m := GROUP_LED.match(c.text)))
        for c, group in led:
            if group in compact and re.search(r"国企|企业|单位", compact[compact.find(group):][:8]):
                return [Clause(c.clause, "".join(_SENTENCE_END.findall(c.text)[:2]).strip() or c.text, title=c.title)]
        return []

    def _place_line(self, name: str) -> list[Clause]:
        """The notice's words from a place's name to the first phone number after it (one row of a contacts list)."""
        for c in sorted(self.kb.notice.passages, key=lambda c: len(c.text)):
            m = re.search(rf"{re.escape(name)}[^。；\n]{{0,40}}?\d{{3,4}}[-\s]?\d{{7,8}}(?:\s*(?:-|转|分机)\s*\d{{1,6}})?", c.text)
            if m:
                return [Clause(c.clause, m.group(0), title=c.title)]
        return []
