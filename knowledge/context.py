"""Conversation context: the previous turn, so a follow-up is read against it.

"嘉定找谁" → "那松江呢" (the same topic, another district) → "地址呢" (the same district, another detail);
"名称限多少字" → "实施效果呢"; "遴选标准有哪些" → "in English please". A self-contained question ignores it.
Pure functions: the channels keep the turn per user (storage/context.py) and pass it back in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .arith import own_count
from .assertions import ASSERTS
from .records import record
from .text import prepare
from .understand import Analysis

# Topics a district's unit answers itself ("地址呢", "电话呢", "找谁" after a district was named).
UNIT_TOPICS = frozenset({"consult", "district", "mail", "seal"})
FIELDS = {"address": re.compile(r"地址|在哪|哪里|位置|address|where"), "phone": re.compile(r"电话|手机|号码|分机|phone|number|call|extension"),
          "person": re.compile(r"联系人|(?<!找)是谁|who|contact")}
_AT_UNIT = re.compile(r"(?:周六|周日|周天|周末|星期[六日天]|礼拜[六日天]|双休|节假日)[^。？?]{0,8}(?:交|送|递|去|跑|开门|上班|办公|有人)"
                      r"|开门|几点上班|几点下班|办公时间|午休")
ITEM_TOPICS = frozenset({"part", "word_limits", "materials", "focus", "eligibility", "criteria"})


@record
class Turn:
    """What the previous answer was about."""

    question: str
    intents: tuple[str, ...] = ()
    districts: tuple[str, ...] = ()
    english: bool = False

    def as_json(self) -> dict:
        return {"q": self.question, "intents": list(self.intents), "districts": list(self.districts), "en": self.english}

    @classmethod
    def from_json(cls, d: dict) -> Turn | None:
        try:
            return cls(str(d["q"])[:1000], tuple(map(str, d.get("intents", ())))[:8], tuple(map(str, d.get("districts", ())))[:6],
                       bool(d.get("en")))
        except (KeyError, TypeError, ValueError):
            return None


def follow(a: Analysis, prev: Turn, elliptical: bool, known_districts: set[str]) -> Analysis:
    """The analysis of a follow-up completed from the previous turn; unchanged when it stands on its own."""
    districts = tuple(k for k in prev.districts if k in known_districts)
    has_place = a.district.resolved or a.district.ambiguous
    said = re.search(r"地址(?:是|在|为)", a.text.compact)
    if has_place and districts and said and all(start >= said.end() for start, _ in a.district.spans):
        # "地址是柳城县大埔镇…吗" after "鹿寨县找谁": an address said of that unit, which names the place it is in
        return replace(a, intents=(), district=replace(a.district, districts=tuple(dict.fromkeys((*districts, *a.district.districts)))))
    if a.intents and has_place:
        return a  # "松江的地址": complete in itself
    if not has_place and districts and _AT_UNIT.search(a.text.norm):  # "周六能去交材料吗" after a unit's card: at that unit
        return replace(a, district=replace(a.district, districts=districts))
    if has_place and not a.intents and not a.items:
        # "那松江呢": the previous topic, for the new place (the unit card when the topic was the unit itself).
        kept = tuple(i for i in prev.intents if i in UNIT_TOPICS)  # the deadline is the same for every place
        return replace(a, intents=kept if not districts or not set(kept) <= UNIT_TOPICS else ())
    if not has_place and districts and (not a.intents or set(a.intents) <= UNIT_TOPICS) and (elliptical or not a.intents):
        # "地址呢", "电话呢" after a district: that district's unit (not "今晚12点前交可以吗", which asks of no unit).
        fields = tuple(k for k, rx in FIELDS.items() if rx.search(a.text.norm))
        if a.intents or elliptical and (fields or len(a.text.compact) <= 4):
            return replace(a, intents=(), district=replace(a.district, districts=districts), fields=fields)
    if a.items and not a.intents and prev.intents:
        # "实施效果呢" after "名称限多少字": the same question about another item.
        kept = tuple(i for i in prev.intents if i in ITEM_TOPICS)
        return replace(a, intents=kept or a.intents)
    return a


# "好的", "收到", "谢谢": an acknowledgement, never a question to read against the previous one.
_ACK = re.compile(r"^(好的?|嗯+|哦+|噢+|ok|okay|收到|明白了?|知道了|了解了?|行|可以|谢谢|多谢|感谢|thanks?|thank you)[!！。.~～]*$", re.I)


# "那下午5点半呢", "明天交呢" after a deadline answer: a moment to judge on its own.
_CLOCKISH = re.compile(r"\d|[点时号日]|今天|今晚|明天|明晚|后天|下周|周[一二三四五六日天]|星期|礼拜|月底|\b(am|pm|tomorrow|today|tonight)\b", re.I)
_OWN_LINE = re.compile(r"填报|政策|技术|系统|咨询|热线|市里|市经信|hotline|policy|technical", re.I)
_OTHER_FIRM = re.compile(r"^\s*(?:那如果|那要是|那假如|那么?|如果|要是|假如)\s*(?:是|我们是)?\s*(\S.{0,20}?)\s*(?:呢|的话呢|可以吗|行吗|能报吗)[？?。.]*$")
_FIRM_TOPICS = frozenset({"eligibility", "deadline", "about"})  # a registration date reads as a deadline's
_ORDINAL = re.compile(r"^(?:那|那么)?第\s*[一二三四五六七八九十\d]+\s*(?:条|点|项|个|部分|款)")
_MORE = re.compile(r"^(?:那)?(?:还有|其他|其它|别的)(?:的)?(?:呢|吗|没有|电话|号码|联系人)?(?:呢|吗)?$")
# A kind of applicant with a route of its own ('中央企业', '市直企业', '省属国有企业'): the follow-up is about it too.
_KIND = re.compile(r"(?:中央|央|省属|市属|市直|驻[\u4e00-\u9fff]{1,2}|国有)(?:企业|单位)|央企")
_SO_IT_IS = re.compile(r"\s*(?:那么?|所以)?\s*(?=是|要|得|应该是|应为|用)")  # '那是1.5倍对吧': a claim of the topic above
_QUOTA = re.compile(r"几家|几个|多少家|名额|限额|推荐数")
_ROUTE_TOPICS = frozenset({"submit", "paper", "mail", "district", "consult", "deadline", "seal"})
_EN_FOLLOW = re.compile(r"(so|and|then|what about|how about|but)\b", re.I)


def merged(prev: Turn, a: Analysis, elliptical: bool) -> str | None:
    """A short follow-up that has nothing to be answered by on its own ("是600字吧" after "摘要多少字", "几点", "明天交呢",
    "联系人是李梦钊吧" after "长宁找谁"), joined to the previous question's first sentence so both are read together."""
    compact = a.text.compact
    if a.district.resolved and not a.intents and len(compact) <= 10 and _QUOTA.search(prev.question) and not _QUOTA.search(compact):
        return re.sub(r"^那么?|呢?[？?。.]*$", "", a.text.norm.strip()) + "能推荐几家"  # "迁安呢" after "路南区能推荐几家"
    if len(compact) > 24 or a.district.resolved or a.district.ambiguous or a.chit_chat or _ACK.match(compact):
        return None
    asserts = ASSERTS.search(a.text.norm) is not None
    if "eligibility" in prev.intents and not asserts and (m := _OTHER_FIRM.match(a.text.norm)) and set(a.intents) <= _FIRM_TOPICS:
        return m.group(1) + "能申报吗"  # "那2024年3月注册的呢", "那如果是分公司呢" after "…能报吗": that firm, on its own
    if (kind := _KIND.search(prev.question)) and not _KIND.search(a.text.norm) and len(compact) <= 12 and not asserts \
            and set(a.intents) & _ROUTE_TOPICS and not a.items:
        return kind.group(0) + a.text.norm  # "材料送到哪" after "中央企业怎么报": that kind of firm's route
    if a.items:
        return None
    if set(prev.intents) & {"part", "word_limits"} and own_count(a.text.norm) and not asserts:  # '我写了520字超了吗' after '摘要多少字'
        return f"{prev.question.strip().rstrip('？?。.！! ')}。{a.text.norm}"
    if "consult" in prev.intents and not prev.districts and _MORE.match(compact):
        return "咨询电话有哪些"  # "还有呢" after "政策咨询找谁": every hotline, not the same one again
    # "联系人是谁" after a district's unit; not "填报咨询找谁", which names a line of its own
    unit_talk = bool(prev.districts and a.intents) and set(a.intents) <= UNIT_TOPICS and not _OWN_LINE.search(a.text.norm)
    if unit_talk and not asserts and not set(prev.intents) <= UNIT_TOPICS:
        return a.text.norm  # "那推荐单位找谁" after "我们是徐汇的，截止时间是…": the unit's card alone (the place is added below)
    ordinal = _ORDINAL.match(compact) if set(prev.intents) & ITEM_TOPICS else None  # "第二条是什么意思" after "遴选标准有哪些"
    elliptical = elliptical or len(compact) <= 6 or _EN_FOLLOW.match(a.text.norm) is not None or ordinal is not None
    if not (unit_talk or asserts and set(a.intents) <= set(prev.intents) or not a.intents and elliptical):
        return None  # a question of its own ("申报条件是什么", "今晚12点前交可以吗")
    if not asserts and not a.intents and "deadline" in prev.intents and _CLOCKISH.search(compact):
        core = re.sub(r"^(那么?|那如果|如果|要是|and|so|what about|how about)\s*", "", a.text.norm).rstrip("呢吗嘛？?。. ")
        if a.text.english:  # "so March 15 is fine?": submitting then
            return f"can we submit on {core}?"
        return core + ("" if re.search(r"交|报|寄|送|传", core) else "交") + "来得及吗"
    first = re.split(r"(?<=[。？?！!])", prev.question.strip())[0].rstrip("？?。.！! ")
    bare = re.sub(r"(?:呢|吗|吧|啊|呀|么)+$", "", first)  # "行距呢" → "是1.5倍吧": one claim, '行距是1.5倍吧'
    if ordinal and (subject := re.sub(r"(?:都|一共|分别)?(?:有哪些|有哪几[条点项个]|是什么|是哪些|包括哪些|包括什么|有什么|有啥|是啥)$", "", bare)):
        return subject + a.text.norm.strip()
    if asserts and bare and not re.search(r"多少|几|什么|哪|怎么|谁|是否|有没有", bare) and (m := _SO_IT_IS.match(a.text.norm)):
        return re.sub(r"(?:有没有|有什么|有)?(?:要求|规定|限制)$", "", bare) + a.text.norm[m.end():].strip()  # '行距是1.5倍对吧'
    return f"{first}。{a.text.norm}" if len(first) <= 60 else None


def reread(answerer, prev: Turn, text) -> tuple[str, bool] | None:
    """(the question to answer instead, in English) for "in English please" or a follow-up read with its predecessor."""
    if answerer.judge.wants_english(text.norm, text.compact):
        return prev.question, True
    a = answerer.understander.analyse(text)
    places = [k for k in prev.districts if k in answerer.kb.geography.districts]
    people = {p for u in (answerer.kb.notice.units.items if answerer.kb.notice.units else ()) for p in u.person.split("、") if p}
    if places and a.district.mentions and set(a.district.mentions) <= people and ASSERTS.search(text.norm):  # '联系人是刘侠对吧' after
        return "、".join(answerer.resolver.display_name(k) for k in places) + "：" + text.norm, text.english  # '嘉定找谁': 嘉定's
    joined = merged(prev, a, answerer.judge.is_followup(text.norm, text.compact))
    if joined and places and not answerer.understander.analyse(prepare(joined)).district.resolved:  # the place it was about
        joined = "、".join(answerer.resolver.display_name(k) for k in places) + "：" + joined  # ("那推荐单位找谁" then "电话是…吧")
    return (joined, text.english) if joined else None  # "and the phone?" after a Chinese turn: in English
