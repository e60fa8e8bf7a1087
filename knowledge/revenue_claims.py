"""The applicant's revenue ("营收三千多万", "4.2个亿", "revenue RMB 28 million") against the notice's revenue bounds
("营业收入不低于2000万元", "5000万元（含）以上、5亿元以下"). Each bound is read with the kind of firm, the level and the
track it is for; a notice in tracks (质量标杆企业 / 培育企业) gets a verdict per track unless the message names one.
A mixin of the premise Checker (uses n, en).
"""

from __future__ import annotations

import re

from .phrasing import Section
from .recall import word_pairs
from .tracks import Bound, bounds, named, shown, tracks, wan
from .values import NUM, lazy, plain

_SAID = lazy(rf"(营收|营业收入|收入|收益|销售额|产值)[^，,。？！?!\d一二两三四五六七八九十]{{0,6}}({NUM})\s*(?:多|余|来)?\s*个?\s*(亿|万|w(?![a-z]))"
             rf"|()(?<![\d.])({NUM})\s*(?:多|余|来)?\s*个\s*(亿)")  # "3个亿报标杆还是报培育": no fee is counted in 亿
_GENERAL = lazy(r"主营业务收入|业务收入|营业收入|营收|销售收入|经营状况良好|\d+\s*年度|上年度|年度|不低于|不少于")
# A kind of firm the message denies, up to where another is named or the figures begin ('不是大型企业是中小企业').
_DENIED = lazy(r"(?:不是|并非|不属于|不算|没有评上|没评上|未获评|没有获评|没获|没评过|没有评过|未评过|没被评为|没有被评为|未被认定为?"
               r"|没拿到|没有拿到)(?:(?!是|营|收入|产值|销售|去年|今年)[^，,。；;？！?!\s\d]){1,10}"
               r"|\b(?:not|isn'?t|aren'?t)\s+(?:an?\s+)?[\u4e00-\u9fff“”\"]{2,12}")
# A revenue said in English ('our 2030 revenue was RMB 28 million'), in 万元 once read.
_SAID_EN = lazy(r"\b(revenue|turnover|sales)\b(?:\s+(?:in|of|for|was|is|were|are|about|around|approximately|roughly|"
                r"nearly|almost|over|last year|this year|20\d\d|reached|totall?ed|came to|:))*\s*(?:rmb|cny|yuan|¥)?\s*"
                r"(\d{1,6}(?:\.\d+)?)\s*(million|m|billion|bn)\b(?!\s*(?:usd|us|dollars?|euros?|\$))")
_EN_BELOW = lazy(r"\b(less than|under|below|not (?:yet )?(?:reach|reached|over|above)|short of)\b")
_SAYS_KIND = lazy(r"制造(企业|业|型|厂)|生产(企业|型|厂)|工厂|\bmanufactur\w*|\bfactory\b|\bindustrial (firm|company|enterprise)")
_BELOW = lazy(r"不到|不足|不满|没到|没有|少于|低于|差")
_WHICH = lazy(r"还是|哪个|哪一个|哪类|哪一类|哪种|哪个类别|适合|\bwhich\b")


class RevenueClaims:
    """Uses the checker's n and en."""

    def _revenue(self, norm: str) -> Section | None:
        """'去年营收才1500万 够格吗', '营收三千多万', '不到5000万', '3个亿报标杆还是报培育'."""
        said, en_said = _SAID.search(norm), _SAID_EN.search(norm)
        if not (said or en_said) or said and re.search(r"[-－负亏]\s*$", norm[:said.start(2 if said.group(2) else 5)]):  # a loss
            return None
        items = self.n.eligibility.items
        scale = next((i for i in items if _SCALE_OR.search(i.text)), None)  # '属于规模以上工业企业，或…营业收入不低于1亿元'
        if scale is not None and _SCALE_SAID.search(norm) and not _SCALE_DENIED.search(norm):
            rule = _SCALE_OR.search(scale.text).group(0)
            return Section("Eligibility check" if self.en else "对照申报条件", (f"The size condition is met: it reads “{rule}…”, and you "
                           "said you are above the statistical size threshold (either suffices)." if self.en else
                           f"规模这一条符合：通知写的是“{rule}…”，两者满足其一即可，您说企业属于规模以上（规上）工业企业。",), (scale.clause,))
        found = [b for b in bounds(items, _GENERAL) if not b.tier or b.tier in norm]  # a level the user did not name
        if found:  # a relief for a kind of firm the message names, written outside the conditions (an FAQ's answer)
            kinds = set().union(*(word_pairs(b.kind) for b in found))
            found += [b for b in self._outside_bounds() if len((word_pairs(b.kind) - kinds) & word_pairs(norm)) >= 2]
        if not found:
            return None
        if said:
            number, unit = (said.group(2), said.group(3)) if said.group(2) else (said.group(5), said.group(6))
            have, words = wan(number, unit), said.group(0)[len(said.group(1) or ""):].strip()
            below = bool(_BELOW.search(said.group(0)))  # "不到5000万"
        else:  # 'RMB 28 million' is 2800万
            if re.search(r"\$|usd|dollar|euro|€", en_said.group(0)) or _EN_BELOW.search(en_said.group(0)):
                return None  # another currency, or a bound rather than a figure: no verdict
            have = float(en_said.group(2)) * (100000 if en_said.group(3).startswith("b") else 100)
            words, below = f"{en_said.group(2)} {en_said.group(3)}", False
        if have <= 0:
            return None
        names = [t for t in tracks(items) if any(b.track == t for b in found)]
        if not names:
            line = self._verdict(have, words, below, found, norm, "")
            return Section("Eligibility check" if self.en else "对照申报条件", (line[1],), _clauses(found)) if line else None
        asked = named(names, norm)
        verdicts = {t: self._verdict(have, words, below, [b for b in found if b.track in ("", t)], norm, t) for t in names}
        if len(asked) == 1 and not _WHICH.search(norm):  # "8个亿能报培育吗": that track, and another the figure fits
            t = asked[0]
            shown = [t] + [o for o in names if o != t and verdicts[t] and verdicts[t][0] != "meets" and verdicts[o]
                           and verdicts[o][0] == "meets"]
        else:  # "3个亿报标杆还是报培育": each track's verdict
            shown = names
        lines = tuple(verdicts[t][1] for t in shown if verdicts[t])
        used = [b for b in found if b.track in ("", *shown)]
        return Section("Eligibility check" if self.en else "对照申报条件", lines, _clauses(used)) if lines else None

    def _outside_bounds(self) -> list[Bound]:
        """The revenue bounds written outside the conditions, read once per notice (not on every question)."""
        held = self.__dict__.setdefault("_outside", {})
        if id(self.n.passages) not in held:
            own = {i.text for i in self.n.eligibility.items}
            held[id(self.n.passages)] = bounds([c for c in self.n.passages if not any(t in c.text for t in own)], _GENERAL)
        return held[id(self.n.passages)]

    def _verdict(self, have: float, words: str, below: bool, found: list[Bound], norm: str,
                 track: str) -> tuple[str, str] | None:
        """(status, line): the figure against the bounds of one track, by the kind of firm the message says it is."""
        if not found:
            return None
        # "不是专精特新": a kind the message denies is set aside, and its words are not read as the user's kind.
        denied = word_pairs(" ".join(_DENIED.findall(norm)))
        found = [b for b in found if not (denied and len(word_pairs(b.kind) & denied) >= 2)] or found
        norm = _DENIED.sub(" ", norm)
        # "我们是制造业，能按软件企业1000万的标准报吗": the kind asked to be judged as is not the firm's own.
        if (asif := _AS_IF.sub(" ", norm)) != norm and any(word_pairs(b.kind) & word_pairs(asif) for b in found):
            norm = asif
        near = [b for b in found if len(word_pairs(b.kind) & word_pairs(norm)) >= 2]
        near = near or (one if len(one := [b for b in found if word_pairs(b.kind) & word_pairs(norm)]) == 1 else [])  # '软件公司'
        # No kind, or the size either-or ("属于规模以上工业企业，或…不低于1亿元") for a firm that did not say it is 规上.
        general = [b for b in found if not word_pairs(b.kind) or _SCALE_KIND.search(b.kind)]
        mine = [b for b in near if _admits(b.kind, norm) or len(near) == 1 and len(word_pairs(b.kind) & word_pairs(norm)) == 1]
        if len({b.low for b in mine}) > 1:  # '国家级专精特新小巨人，制造业' is the relief's manufacturer, not the general one
            most = max(len(word_pairs(b.kind) & word_pairs(norm)) for b in mine)
            mine = [b for b in mine if len(word_pairs(b.kind) & word_pairs(norm)) == most]
        # A manufacturer is none of the service kinds with their own floor ("生产性服务业企业不低于…"): the general floor.
        service_only = all("服务" in b.kind for b in found if word_pairs(b.kind))
        chosen = mine or (general if general and (near or len(general) < len(found) and service_only and _SAYS_KIND.search(norm))
                          else found)
        lo, hi = min(b.low for b in chosen), max(b.low for b in chosen)
        top = max(b.high for b in chosen)
        if below:
            status = "fails" if have <= lo else "depends"
        elif have >= top:
            status = "above"
        else:
            status = "meets" if have >= hi and all(have < b.high for b in chosen) else "fails" if have < lo else "depends"
        rule = _rule_of(chosen)
        if status == "fails" and _EITHER.search(rule) and not _SCALE_OR.search(rule):  # '…不低于2亿元，或近三年研发投入…'
            return "depends", (f"{track + ': ' if track else ''}The revenue alone falls short ({words}), but the notice accepts either "
                               f"condition: “{rule}”; check the other one." if self.en else
                               f"{'申报' + shown(track) + '：' if track else ''}营业收入这一条未达到（您说的是{words}），但通知写的是满足其一即可："
                               f"“{rule}”，请对照另一项。")
        if self.en:
            verdict = {"meets": "The revenue condition is met", "fails": "No: the revenue is below what the notice requires",
                       "above": "No: the revenue is above the range the notice sets",
                       "depends": "The revenue condition depends on the kind of firm"}[status]
            return status, f"{track + ': ' if track else ''}{verdict} (you said {words} = {plain(have)}万元; the notice: “{rule}”)."
        if track:
            verdict = {"meets": "营业收入这一条符合", "fails": "营业收入低于要求，不符合", "above": "营业收入超出规定的范围，不符合",
                       "depends": "营业收入这一条要看企业属于哪一类"}[status]
            return status, f"申报{shown(track)}：{verdict}（您说的是{words}，通知要求“{rule}”）。"
        verdict = {"meets": "营业收入这一条符合", "fails": "不符合：营业收入低于通知要求", "above": "不符合：营业收入超出通知规定的范围",
                   "depends": "营业收入这一条要看企业属于哪一类"}[status]
        return status, f"{verdict}（您说的是{words}，通知要求“{rule}”）。"


_SCALE_OR = lazy(r"(?:属于|为|是)?规模以上(?:工业)?企业[，,]?\s*或[^。；]{0,20}?营业收入")
_EITHER = lazy(r"[万亿]元[，,]\s*或(?!者?营业收入)[^。；]{2,}|满足其一|之一即可|任一即可")  # a revenue floor or another condition
_SCALE_KIND = lazy(r"规模以上[^，,。；;]{0,8}[，,]?\s*或\s*$")
_AS_IF = lazy(r"(?:按|按照|参照|套用|用)[^，,。？！?!]{0,16}?(?:标准|门槛|要求|条件|那档|那一档)")
_SCALE_SAID = lazy(r"规上|规模以上|\babove[- ]scale\b")
_SCALE_DENIED = lazy(r"(?:不是|不属于|非|没有|没到|不算|达不到|还不是)(?:规上|规模以上)")
_LEVEL = lazy(r"(国家级|省级|市级|区级|县级)(及以上|以上)?")
_RANK = {"国家级": 3, "省级": 2, "市级": 1, "区级": 0, "县级": 0}


def _admits(kind: str, norm: str) -> bool:
    """Whether the level the message gives its kind ('省级专精特新') is one a kind of the bound admits: each kind named
    in it ('国家级专精特新“小巨人”企业、省级以上制造业单项冠军企业') with its own level, '以上' admitting higher ones."""
    for part in re.split(r"[、，,；;]|或者?|以及", kind):
        if len(common := word_pairs(_LEVEL.sub("", part)) & word_pairs(_LEVEL.sub("", norm))) < 2:
            continue
        at = min((i for p in common if (i := norm.find(p)) >= 0), default=len(norm))  # the level said of this kind, not
        said = ([m for m in _LEVEL.finditer(norm) if m.start() < at] or [_LEVEL.search(norm)])[-1]  # '想评个市级的…' before it
        need = _LEVEL.search(part)
        if not need or not said or _RANK[said.group(1)] == _RANK[need.group(1)] \
                or need.group(2) and _RANK[said.group(1)] > _RANK[need.group(1)]:
            return True
    return False


def _clauses(found: list[Bound]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(b.item.clause for b in found))


def _rule_of(chosen: list[Bound]) -> str:
    """The words of the notice that set these bounds: the item, or in a long item the sentence from the first
    figure to the last."""
    texts = list(dict.fromkeys(b.item.text for b in chosen))
    if len(texts) > 1:
        return "；".join(_short(t) for t in texts)
    return _short(texts[0])


def _short(rule: str) -> str:
    if len(rule) <= 160:
        return rule
    spots = [m.start() for m in re.finditer(rf"({NUM})\s*(亿|万)", rule)] or [0]
    end = rule.find("。", spots[-1])
    rule = rule[rule.rfind("。", 0, spots[0]) + 1:end + 1 if end >= 0 else None]
    return re.sub(r"^\s*\d{1,2}\s*(?:[．、]|\.(?=\d{4}\s*年|\D))\s*", "", rule)
