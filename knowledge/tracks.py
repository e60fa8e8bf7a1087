"""Tracks of one call (质量标杆企业 / 质量标杆培育企业): conditions listed in tiers, each tier with its own figures,
and the revenue bounds of each tier ('营业收入不低于2000万元', '5000万元（含）以上、5亿元以下').

A tier headed '共同条件' holds for every track. A message names a track by the words only that track's name has
('培育'), or by the whole name ('质量标杆企业').
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .memo import per_object
from .recall import word_pairs
from .values import NUM, cn_number, lazy

_TAIL = lazy(r"(?:附加|另需|另外|专项|特定)?(?:还应|还须|还需|应当|应该|应|须|需)?(?:同时)?(?:满足|具备|符合)?(?:以下|下列|如下)?(?:的)?"
             r"(?:条件|要求)?\s*[：:]?\s*$")
_OF = lazy(r"^(?:申报|参评)|的$")  # '（二）申报质量标杆企业的特定条件': the track's own name
_COMMON = lazy(r"共同|通用|基本|一般|基础|共性")
_REVENUE = lazy(r"主营业务收入|业务收入|营业收入|营收|销售收入|销售额")
_INCL = lazy(r"[（(]\s*含\s*[）)]")
_LOW = lazy(rf"(?:不低于|不少于|达到|(?<!不)超过|高于|大于|放宽[至到为]|降低?至|调整为)\s*({NUM})\s*(亿|万)|({NUM})\s*(亿|万)\s*元?\s*(?:及|或)?以上")
_HIGH = lazy(rf"(?:(?<!不)低于|不足|不超过|(?<!不)少于|(?<!不)小于)\s*({NUM})\s*(亿|万)|({NUM})\s*(亿|万)\s*元?\s*(?:及|或)?(?:以下|以内)")
_JOIN = lazy(r"^\s*元?\s*(?:[、，,至到\-－~～]|且|并且|但)\s*$")


def track(item) -> str:
    """The track an item of the conditions belongs to ('质量标杆企业还应同时满足' -> '质量标杆企业'); '' for conditions
    common to all tracks or a list without tiers."""
    name = _OF.sub("", _TAIL.sub("", getattr(item, "title", "") or "").strip())
    return "" if not name or _COMMON.search(name) else name


def shown(name: str) -> str:
    """A track's name in quotes, once: '“质量标杆”类别' is already quoted."""
    return name if "“" in name else f"“{name}”"


def tracks(items) -> list[str]:
    """The tracks of a list of conditions, in order; empty when it has fewer than two."""
    return list(_tracks(items))


@per_object
def _tracks(items) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(t for i in items if (t := track(i))))
    return names if len(names) >= 2 else ()


def named(names: list[str], norm: str) -> list[str]:
    """The tracks a message names: by its whole name, or by a word only that track's name has ('培育')."""
    said = word_pairs(norm)
    pairs = {n: word_pairs(n) for n in names}
    return [n for n in names if n.lower() in norm.lower() or pairs[n] - set().union(*(pairs[o] for o in names if o != n)) & said]


_KIND_LEAD = lazy(r"([\u4e00-\u9fff]{2,12}?(?:企业|单位))(?:[（(][^）)]{0,12}[)）])?(?:可申报[，,])?(?:还|另)?(?:须|应|需)")
_FOREIGN = lazy(r"外商|外资|合资|独资|港澳台|港资|澳资|台资|中外|\b(?:foreign|joint venture|wfoe|jv)\b", re.I)


def of_kind(found: list, norm: str):
    """Of several (match, condition) pairs, the one of the kind of firm the message names ('报生产性服务业那类' of
    '生产性服务业企业须同时满足：…满2年' beside '制造业企业须…满3年'); else the first; None when there are none."""
    kinds = [track(i) or (k.group(1) if (k := _KIND_LEAD.search(i.text)) else "") for _m, i in found]
    hit = named([k for k in dict.fromkeys(kinds) if k], norm) if len(set(kinds) - {""}) >= 2 else []
    if not hit and len(set(kinds) - {""}) == 1 and (k := next(k for k in kinds if k)) and _FOREIGN.search(k) and _FOREIGN.search(norm):
        hit = [k]  # '外商投资企业…须在海南注册满2年' beside the general rule: a joint venture is of that kind
    return next((f for f, k in zip(found, kinds) if len(hit) == 1 and k == hit[0]), found[0] if found else None)


@dataclass(frozen=True)
class Bound:
    """A revenue range of the conditions, in 万元: [low, high), high math.inf without a ceiling."""

    low: float
    high: float
    kind: str  # the words before the figure: the kind of firm it is for ('生产性服务业企业')
    tier: str  # '申报卓越级的…': the level it is for, within one list
    track: str
    item: object


_MEASURE = lazy(r"主营业务收入|业务收入|营业收入|营收|销售收入|销售额|税收|纳税|缴税|税额|研发|投入|利润|资产|产值|出口|人数|员工")
# An amount said before a bound in its sentence, with the kind it was for ('制造业企业不低于3000万元，服务业企业…'): not
# this bound's kind.
_AMOUNT_BEFORE = lazy(r"[^，,；;]*?\d+(?:\.\d+)?\s*[万亿]元[，,]?")
_TIER = lazy(r"申报([\u4e00-\u9fff]{1,6}?)(?:级|类)?的")


def bounds(items, general) -> list[Bound]:
    """Every revenue range the conditions state ('不低于2000万元', '5000万元（含）以上、5亿元以下'), with the kind of
    firm, level and track it is for. A figure of another measure ('纳税不低于300万元') is none."""
    found = []
    for item in items:
        if not _REVENUE.search(item.text):
            continue
        text = _INCL.sub("", item.text)
        lows = [(m.start(), m.end(), wan(m.group(1) or m.group(3), m.group(2) or m.group(4))) for m in _LOW.finditer(text)]
        highs = [(m.start(), m.end(), wan(m.group(1) or m.group(3), m.group(2) or m.group(4))) for m in _HIGH.finditer(text)]
        ranges = [(s, low, next((h for hs, _, h in highs if hs >= e and _JOIN.match(text[e:hs]) and h > low), math.inf))
                  for s, e, low in lows]
        ranges += [(s, 0.0, high) for s, _, high in highs  # a ceiling alone ('营业收入不超过4亿元的中小企业')
                   if not any(e <= s and _JOIN.match(text[e:s]) for _, e, _ in lows)]
        for start, low, high in sorted(ranges):
            measure = [m.group(0) for m in _MEASURE.finditer(text, 0, start)]
            if not measure or not _REVENUE.fullmatch(measure[-1]) or (low <= 0 and high == math.inf):
                continue
            before = text[:start]
            kind = general.sub("", _AMOUNT_BEFORE.sub("", re.split(r"[。；;（(？?]|其中", before)[-1]))
            tier = _TIER.findall(re.split(r"[。；;]", before)[-1])
            found.append(Bound(low, high, kind, tier[-1] if tier else "", track(item), item))
    return found


def wan(number: str, unit: str) -> float:
    """An amount in 万元 ('1.5亿' -> 15000)."""
    n = cn_number(number)
    return n * 10000 if unit.startswith("亿") else n
