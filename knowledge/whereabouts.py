"""Where the company is: the one of two places it is registered in or moved to ("注册在临港新片区，找谁", "之前在闵行，
现在搬到临港", "注册在杨浦，去年搬到宝山，注册地也迁过去了"), and a place said to lie in a district it does not
("长兴岛归宝山管吧"). A mixin of Answerer (knowledge/answer.py)."""

from __future__ import annotations

import re

from .model import Clause
from .phrasing import Section
from .values import PHONE_RUN

_LOCATED = r"(注册|位于|落户|设在|注册地|(?:我们|我司|本公司|公司|企业|工厂|厂子?)(?:都|就|也)?(?:在|属于|地处))"
# A place put under a district, or sent to its unit: '长兴岛归宝山管吧', '火炬产业区的企业交给翔安区工信局对吧'.
_APART = re.compile(r"旁边|附近|隔壁|周边|对面|边上|很近|没关系|无关|不在|不属于|之外|以外")  # the firm set apart from the zone
_REGISTERED_RULE = re.compile(r"以(?:工商)?注册地为准|不得多头申报|不得向生产经营地")
_PUT_IN = r"(归|属于|属|是|在|算|划归|隶属|交给|交到|报给|报到|送到|送给|找|走|is in|is part of|belongs to|that'?s|it'?s|in)"


class Whereabouts:
    """Uses the answerer's kb, resolver and judge."""

    def _home(self, a, compact: str) -> str | None:
        """The one place the company is at, of the two the message names: where it is registered
        ("注册在临港新片区，找谁") or where it moved to ("之前在闵行…现在搬到临港")."""
        if a.district.ambiguous:
            return self._registered_in(a, compact)
        if len(a.district.districts) != 2:
            return None
        typed = {name: re.escape(t) + "|" for t, name in a.district.corrected}  # '和林新区' as the message shortens it
        names = {k: typed.get(self.kb.geography.districts[k].name, "") + self._called(k) for k in a.district.districts}  # '注册在经开区'
        registered = [k for k in a.district.districts if re.search(rf"(?:注册(?:地|在|于)|(?:营业)?执照(?:上|地址)?|工商(?:注册|登记)(?:地|在)?)"
                                                                   rf"(还|仍|也|就)?(是|在|写的?是?)?(?:{names[k]})", compact)]
        inside = r"[^，,。；]{0,6}?(?:范围(?:内|里)|在管|规划|管辖|里面|里头|园内|区内)"  # '在高新区规划管理范围里', not '不在开发区…'
        zoned = [k for k in a.district.districts if re.search(rf"(?<!不在)(?<!不属于)(?:{names[k]}){inside}", compact)
                 and re.search(rf"(?:{names[k]})[^。；]{{0,40}}?(?:范围内的企业[^。；]*(?:申报|推荐)|的企业[^。；]*(?:统一[向由]|不再(?:通过|经)|即使))",
                               self.judge.body)]
        if len(zoned) == 1:  # '注册在玉山镇，但在高新区规划管理范围里': the zone the notice sends its area's firms to
            return zoned[0]
        if self.judge.wants_all(compact) and not (len(registered) == 1 and _REGISTERED_RULE.search(self.judge.body)):
            return None  # "两个区的联系人都发我": both; but not where the notice goes by the place of registration
        moved = [k for k in a.district.districts if re.search(rf"(搬到|搬至|搬去|迁到|迁至|迁往|迁入)(?:{names[k]})", compact)]
        stayed = re.search(r"注册地?[^，,。；]{0,6}(没有?|未|不)[^，,。；]{0,4}(迁|搬|变)|注册地?(还|仍)(在|是)", compact)
        if len(moved) == 1 and re.search(r"注册地?[^，,。；]{0,4}(也|都|一起|一并|同时)[^，,。；]{0,3}(迁|搬|变更|改)", compact) and not stayed:
            return moved[0]  # "注册在杨浦，去年搬到宝山（注册地也迁过去了）": where it is registered now
        if len(registered) == 1:  # "工厂在闵行，注册地还在徐汇": where it is registered
            return registered[0] if not moved or stayed else None
        if not re.search(r"搬|迁|划到|划归|划入|并入|现在(在|是|属)", compact):  # "之前在徐汇区问过": where it asked, not where it was;
            own = self._not_via(a.district.districts) if not _APART.search(compact) else None
            return own[0] if own else None  # a zone the notice takes out of its district: the zone's unit
        left = [k for k in a.district.districts if re.search(
            rf"(之前|以前|原来|原先|过去|早先|前几年)[^，,。；？?]{{0,4}}?(在|是|属于?)(?:{names[k]})|从(?:{names[k]})[^，,。；]{{0,6}}?(搬|迁)"
            rf"|(搬离|迁出|迁离)(?:{names[k]})", compact)]
        return next(k for k in a.district.districts if k not in left) if len(left) == 1 else None

    def _called(self, key: str) -> str:
        """A pattern of every name of a place: full, short and its towns, longest first."""
        d = self.kb.geography.districts[key]
        return "|".join(re.escape(n) for n in sorted({d.name, d.short, *d.towns}, key=len, reverse=True) if n)

    def _not_via(self, keys: tuple[str, ...]) -> tuple[str, str, Clause] | None:
        """(zone, district, the notice's sentence) when the notice gives a place's firms its own unit and says they no
        longer go through the other ('注册地在沈阳中德园规划范围内的企业，由…推荐，不再经铁西区市场监督管理局推荐')."""
        names = {k: self._called(k) for k in keys}
        for k in keys:
            for o in (x for x in keys if x != k):
                rule = re.compile(rf"[^。；]*(?:{names[k]})[^。；]{{0,60}}?(?:不再(?:经|由|通过|向)|(?:不|无需)(?:经|通过|向))(?:{names[o]})[^。；]*[。；]?")
                if said := next((c for c in self.kb.notice.passages if rule.search(c.text)), None):  # (not a table row before it)
                    return k, o, Clause(said.clause, re.split(r"\d{3,4}-\d{7,8}|1\d{10}", rule.search(said.text).group(0))[-1].strip("，, "))
        return None

    def _registered_in(self, a, compact: str) -> str | None:
        """The one candidate the message says the company is registered in or located at."""
        geo = self.kb.geography.districts
        names = {k: [re.escape(n) for n in {geo[k].name, geo[k].short} if n] for k in a.district.candidates}
        said = [k for k in a.district.candidates  # "临港新片区的企业找浦东还是找临港", "我们在临港新片区，是不是也找浦东"
                if any(re.search(rf"{_LOCATED}(在|于|是)?{n}(?!{'|'.join(x for o in names if o != k for x in names[o]) or '$^'})"
                                 rf"|{n}(这边|那边)?的?(企业|公司|单位|工厂|厂)", compact) for n in names[k])]  # not "在浦东临港"
        return said[0] if len(said) == 1 else None

    def _wrong_district(self, a, en: bool, norm: str) -> tuple[Section, str] | None:
        """'长兴岛归宝山管吧' / 'Jinqiao, that's Jinshan, right?': a place said to lie in a district it does not.
        (the correction, the place's own district key)."""
        res, geo = a.district, self.kb.geography.districts
        if len(res.districts) != 2 or not self.kb.notice.units:
            return None

        def names(k: str) -> set[str]:
            unit = self.kb.unit_for(k)
            return {geo[k].name, geo[k].short, self.resolver.display_name(k, True).lower(),
                    self.resolver.display_name(k, True).lower().removesuffix(" district"),
                    *((unit.name, *unit.aliases, *unit.person.split("、")) if unit else ())} - {""}  # '…找储文静对吗': its person too
        mentions = list(dict.fromkeys(m.lower() for m in res.mentions))
        via = self._not_via(res.districts) if not re.search(r"还是|或者|或是|哪个|哪一个", norm) and not _APART.search(norm) else None  # no claim
        if via and re.search(rf"{_PUT_IN}|交|找|报", norm):  # '中德园归铁西区管，交铁西区就行吧'
            line = (f"Not {self.resolver.display_name(via[1], True)}: the notice says “{via[2].text}”" if en
                    else f"不是{geo[via[1]].name}：通知规定“{via[2].text}”")
            return Section("Correction" if en else "更正", (line,), (via[2].clause,)), via[0]
        said = [k for k in res.districts if any(m in names(k) for m in mentions)]
        places = [m for m in mentions if not any(m in names(k) for k in res.districts)]
        if len(said) != 1 or len(places) != 1:
            return self._sent_elsewhere(res.districts, norm, en)
        wrong, right = said[0], next(k for k in res.districts if k != said[0])
        typed = next(m for m in mentions if m in names(wrong))
        named = geo[right].name.lower().endswith(places[0])  # '经济技术开发区' is that zone itself (连云港经济技术开发区), not a place inside it
        if named or not re.search(rf"{re.escape(places[0])}.{{0,12}}?{_PUT_IN}.{{0,8}}?{re.escape(typed)}", norm, re.I):
            return self._sent_elsewhere(res.districts, norm, en)  # "七宝和松江的企业找谁" names two places, one not inside the other
        unit = self.kb.unit_for(right)
        place = places[0].title() if places[0].isascii() else places[0]
        line = (f"Not {self.resolver.display_name(wrong, True)}: {place} is in {self.resolver.display_name(right, True)}"
                f"{f', whose recommending unit is {unit.name}' if unit else ''}." if en else
                f"不是{geo[wrong].name}：{place}属于{geo[right].name}{f'，推荐单位是{unit.name}' if unit else ''}。")
        return Section("Correction" if en else "更正", (line,), (self.kb.notice.units.clause,)), right

    def _sent_elsewhere(self, keys: tuple[str, ...], norm: str, en: bool) -> tuple[Section, str] | None:
        """'我们厂在万盛，以前归綦江管的，是不是找綦江区经信委报': a firm said to be in a place with a unit of its own,
        sent to another place's unit. (the correction, the firm's place)."""
        geo, names = self.kb.geography.districts, {k: self._called(k) for k in keys}
        if re.search(r"还是|或者|或是|哪个|哪一个|注册", norm) or _APART.search(norm) or not all(self.kb.unit_for(k) for k in keys):
            return None
        at = [k for k in keys if re.search(rf"{_LOCATED}(在|于|是)?(?:{names[k]})|(?:{names[k]})(这边|那边|范围内|区域内|辖区内?)?的?"
                                           r"(企业|公司|单位|工厂|厂)", norm)]
        to = [k for k in keys if re.search(rf"(找|报给|报到|交给|交到|送到|走|通过|向|并到|并入|合并到|跟着?)(?:{names[k]})"
                                           rf"[^，,。；？?]{{0,10}}?(报|申报|推荐|交|递交)"
                                           rf"|(找|报给|交给|走)(?:{names[k]})", norm)]
        if len(at) != 1 or len(to) != 1 or at == to or any(  # a sentence of the notice that ties the two ('两镇…统一送青岩镇')
                re.search(names[at[0]], s) and re.search(names[to[0]], s) for c in self.kb.notice.passages
                for s in re.findall(r"[^。；\n]{4,120}[。；]?", c.text) if not PHONE_RUN.search(s)):
            return None
        unit, there = self.kb.unit_for(at[0]), geo[at[0]]
        route = re.compile(rf"[^。；\n]*(?:{names[at[0]]})[^。；\n]*(?:{re.escape(unit.name)})[^。；\n]*(?:申报|推荐)[^。；\n]*[。；]?")
        said = next(((c.clause, m.group(0).strip("，, ")) for c in self.kb.notice.passages
                     if (m := route.search(c.text)) and not re.search(r"\d{7,}", m.group(0))), None)
        if en:
            line = (f"Not {self.resolver.display_name(to[0], True)}: a firm in {self.resolver.display_name(at[0], True)} applies "
                    f"through {unit.name}" + (f"; the notice says “{said[1]}”" if said else "."))
        else:
            line = f"不是{geo[to[0]].name}：" + (f"通知规定“{said[1]}”" if said else f"{there.name}的企业，推荐单位是{unit.name}。")
        return Section("Correction" if en else "更正", (line,), (said[0] if said else self.kb.notice.units.clause,)), at[0]
