"""What a message asserts ("截止是3月15号吧", "政策咨询就是找<某人>吧"): the people and phone numbers it names, and the
message without them (the question left), for the premise checker (knowledge/premise.py)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from .model import Knowledge
from .values import PHONE, lazy

ASSERTS = lazy(r"吧|反正|对不对|是不是|对么|对吗|对伐|是伐|嘛|确实是|确定是|真的是|没记错|没错|我记得|听说|据说|好像是|应该是|"
               r"有人说|群里说|别人说|同事说|领导说|原文是|原话是|非说|硬说|非要说|坚持说|一口咬定|"
               r"不就是|难道不是|是这样吗|right\b|isn'?t it|correct\?|"
                     r"is that right|am i right|is it true|i heard|i think|i remember|isn'?t that|aren'?t they|doesn'?t it|don'?t we")

# The user's own number ('我手机号139…', '本人电话…', '回电请打…'): never a claim about a contact of the notice.
SELF_PHONE = lazy(r"(我|本人|我司|本公司|我们公司|我们单位|我们厂|公司)(的|们的)?(手机|电话|联系电话|手机号|号码|座机|微信)(号|号码)?\s*(是|为|:|：|\d)|"
                  r"(回电|回拨|打给我|联系我|拨打我)[^\d，,。]{0,4}\d|\d{7,}[^。？?]{0,12}(随时)?(打我|找我|联系我|加我)|"
                  r"(我|本人)是[^，,。]{0,12}联系人[^\d。]{0,6}\d|\bmy (phone|mobile|number|cell)|\b(call|reach) me\b")
CHECKS = lazy(r"吗|么|伐|[？?]|还是|够不够|符不符合|满不满足|达不达标|算不算(?:达标|符合|合格|够)|够格|够资格|适合报哪|该报哪|应该报哪|报哪个类别|报哪一?类|"
               r"报哪档|哪档合适|哪个层级|能报啥|能报什么|还是报|还是申报|(?:想|准备|打算|计划)(?:报|申报|参评)(?:一下|这个|今年)?[。！!\s]*$|"
               r"(能|可以|行|对|是|有|算|够|符合|满足)[^\s，,。]{0,10}不[。！!\s]*$|是否|能否|可否|能不能|可不可以|行不行|有没有|\b(is|are|does|do|can)\b")


@dataclass(frozen=True)
class Premise:
    """What the message asserts, and the message without the asserted names and numbers (the question left)."""

    persons: tuple[str, ...]
    phones: tuple[str, ...]
    stripped: str
    firm: bool = True  # "…吧", "我记得…": asserted; False for a plain yes/no question ("截止是3月15号吗")


@functools.lru_cache(maxsize=512)
def _spelled(name: str) -> str:
    """A person's name as English text spells it: '陈立' -> 'chen li' (never found in a Chinese message)."""
    from .text import readings
    said = [r[0] for ch in name if (r := readings(ch))]
    return " ".join(said) if len(said) >= 2 else "\x00"


def asserted(kb: Knowledge, norm: str, people: dict[str, str] | None = None) -> Premise | None:
    """None unless the message asserts something ("…吧", "对不对", "我记得…") or asks a yes/no question about a
    value it states ("填报咨询是<某号码>吗", "网站是xxx.cn吗")."""
    firm = ASSERTS.search(norm) is not None
    if not firm and not CHECKS.search(norm):
        return None
    people = people_of(kb) if people is None else people
    latin = re.search(r"[a-z]{2,}\s+[a-z]{2,}", norm) is not None  # spelled names only in a message with Latin words
    persons = tuple(p for p in people if p in norm or latin and _spelled(p) in norm)  # '陈立' or 'chen li'
    norm = functools.reduce(lambda t, p: t.replace(_spelled(p), p), persons, norm) if latin else norm
    bare = _YEARS.sub(" ", norm)  # '2024-2025', '2023年-2024年': years, not a phone number
    phones = () if SELF_PHONE.search(norm) else tuple(PHONE.findall(bare.replace(" ", "").replace("-", "")))
    stripped = norm
    for x in persons:
        stripped = stripped.replace(x, " ")
    return Premise(persons, phones, stripped, firm)


def people_of(kb: Knowledge) -> dict[str, str]:
    """Every person the notice names -> who they are ('政策咨询', '浦东新区推荐单位')."""
    n, out = kb.notice, {}
    for c in n.consultation.all():  # every hotline, the further ones (系统技术支持…) included
        if c.person:
            out.setdefault(c.person, c.label)
        if c.was:  # the person a supplementary notice replaced: a name, never a word ('钱雨桐' is no '钱')
            out.setdefault(c.was.split()[0], c.label)
    for u in n.units.items if n.units else ():
        if u.person:
            out.setdefault(u.person, f"{kb.geography.districts[u.district].name}推荐单位")
        if u.was:
            out.setdefault(u.was.split()[0], f"{kb.geography.districts[u.district].name}推荐单位")
    if n.mailing and n.mailing.person:
        out.setdefault(n.mailing.person, "纸质材料收件人")
    return out


def phones_of(kb: Knowledge) -> dict[str, str]:
    """Every phone number the notice gives, digits only -> whose it is: each number of a hotline or unit written
    with another ('027-…、186…', '…，0571-…', '… / …') on its own."""
    n, out = kb.notice, {}
    for c in n.consultation.all():
        for p in _PHONE_SPLIT.split(c.phone):
            if re.sub(r"\D", "", p):
                out.setdefault(re.sub(r"\D", "", p), c.label)
    for u in n.units.items if n.units else ():
        for p in _PHONE_SPLIT.split(u.phone):
            if re.sub(r"\D", "", p):
                out.setdefault(re.sub(r"\D", "", p), f"{kb.geography.districts[u.district].name}推荐单位")
    return out


_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*年?\s*[-–—~～至到]\s*(?:19|20)\d{2}(?!\d)")
_PHONE_SPLIT = re.compile(r"[、,，;；/]")


LEAD = lazy(r"(满|超过|以上|不少于|不低于|达到|至少|最多|最高|不超过|不多于|上限|限|要|需|须|必须|已|有|了|的|在)+$")


def sentence_around(text: str, start: int, end: int) -> str:
    a = max(text.rfind(x, 0, start) for x in "。；;\n") + 1
    b = min([i for i in (text.find(x, end) for x in "。；;\n") if i >= 0] or [len(text)])
    return text[a:b + 1].strip()


def with_eligibility(a, kb: Knowledge):
    """A numeric condition with no topic named ("必须注册满两年才能报吧") is about the conditions to apply."""
    if not a.intents and kb.notice.eligibility:
        return replace(a, intents=("eligibility",))
    return a


def firm_said(norm: str) -> frozenset[str]:
    """{'eligibility'} when a firm tells its own facts ("2023年6月注册的 独立法人 营收3个多亿"): "能报吗" then asks of the
    conditions, not of its district's unit."""
    return frozenset({"eligibility"}) if FIRM_FACTS.search(norm) else frozenset()


FIRM_FACTS = lazy(r"注册|成立|营收|营业收入|销售额|独立法人|法人资格|分公司|个体|员工|职工|\d{4}\s*年\s*\d{1,2}\s*月")
