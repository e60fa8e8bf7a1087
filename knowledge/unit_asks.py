"""What a question asks of the recommending units, beyond the lexicon's topics: a unit's mailbox ('小店的邮箱') is
on its card, not a thing the notice leaves open; a quota ('每个区能推荐几家') is left open when the notice gives none."""

from __future__ import annotations

import re

from .model import Knowledge
from .phrasing import hotline_named
from .values import PHONE_RUN

_MAIL_WORD = re.compile(r"邮箱|邮件|e-?mail", re.I)
_QUOTA_ASKED = re.compile(r"(?:推荐|推|报)(?:几|多少)(?:家|个|项)|(?:能|可以)推荐?(?:几|多少)|\bhow many\b.{0,30}\brecommend"
                          r"|(?:能|可以|最多|只能)推荐?\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*(?:家|个|项)", re.I)  # '每个市州可以推10个对吧'
_TOTAL_ASKED = re.compile(r"全市|全省|一共|总共|共评|总数|入选|评上|选上|最终")
_OWN_UNIT = re.compile(r"(?:我们|我|本|咱们?)(?:区|县|市|园区|开发区|新区)")
_PLACE_CONTACT = re.compile(r"[\u4e00-\u9fff]{1,5}(?<![厂校社小景营片辖城市郊该本各我园])(?:区|县|新区|园区|开发区|(?<![所在城])[乡镇])"  # not '厂区地址'
                            r"(?:的|这边|那边|那里|里)?[^。？?！!]{0,8}?"
                            r"(?:找谁|找哪|联系谁|电话|联系人|联系方式|对接人|地址|在哪|交给|报给|交到|送到|哪个部门|负责人)")
_HOTLINE = re.compile(r"咨询电话|热线|技术支持|市工信局|市局")
_QUOTA_SAID = re.compile(r"(?:推荐|名额)[^。；]{0,12}?\d+\s*(?:家|个|项|名)")


def quotas_said(kb: Knowledge) -> bool:
    """Whether the notice gives the units any quota (a unit's own, or a sentence of them)."""
    n = kb.notice
    return any(u.quota for u in (n.units.items if n.units else ())) or any(_QUOTA_SAID.search(c.text) for c in n.passages)


def of_units(kb: Knowledge, compact: str, intents: tuple[str, ...], unknowns: tuple[str, ...], words: tuple[str, ...],
             districts: tuple[str, ...], quotas: bool) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(intents, unknowns, their words) once the units' own details are taken into account; `quotas`: quotas_said(kb)."""
    if (not intents or "district" in intents) and _QUOTA_ASKED.search(compact) and (
            "每" in compact or districts or _OWN_UNIT.search(compact)):  # "每个区能推荐几家", "我们区今年能推荐几家"
        quota = [u for u in kb.lexicon.unknowns if "名额" in u.match][:1]
        if not quotas:  # none is set
            unknowns += tuple(q.label for q in quota if q.label not in unknowns)
        elif not _TOTAL_ASKED.search(compact):  # not "全市一共评多少家" beside it
            unknowns = tuple(u for u in unknowns if u not in {q.label for q in quota})  # set: quoted, never "not stated"
            own = any(u.quota for u in (kb.notice.units.items if kb.notice.units else ()))  # each unit's quota: on its card
            if "one_item" not in intents and kb.notice.submission and (kb.notice.submission.one_item and not own or own and not districts):
                intents = (*intents, "one_item")  # the sentence that sets the units' quota
    n = kb.notice
    if not n.units and n.organisation.route and not districts and _PLACE_CONTACT.search(compact) and not _HOTLINE.search(compact):
        # '玄武区找谁' where the notice lists no units: to whom firms apply, and where the offices' contacts are
        intents = tuple(dict.fromkeys(("district", *(i for i in intents if i != "consult"))))
    if ("consult" in intents or {"submit", "mail"} & set(intents) and _NAMED_PLACE.search(compact)) and "district" not in intents \
            and unlisted_place(kb, compact, districts):  # '朝阳区的企业找谁推荐', '昭觉县注册的交哪里'
        intents = ("district", *(i for i in intents if i not in ("consult", "submit")))

    if districts and (mail := [u for u in unknowns if "邮箱" in u]) and all(  # "小店的邮箱": the unit's own
            getattr(kb.unit_for(k), "email", "") for k in districts):
        unknowns, words = tuple(u for u in unknowns if u not in mail), tuple(w for w in words if not _MAIL_WORD.search(w))
    return intents, unknowns, words


_NAMED_PLACE = re.compile(r"(?<![各本该全辖市城园厂校社小景营片郊我你他新老])"
                          r"([\u4e00-\u9fff]{2,3}(?:(?<![发范作济业新园片城港税胜景])区|县|市|(?<![所在城])[乡镇]))"
                          r"(?=的|这边|那边|那里|企业|公司|找|联系|通知|在|是|归|属|注册|交|报|送|[，,。？?！!\s]|$)")
_NOT_NAMES = re.compile(r"^(?:[各本该全辖市城园我你他]|开发|高新|经开|新|老|工业|城区|郊区|园区|片区|辖区|社区|景区|厂区|校区|小区|营区"
                        r"|城市|省市|地市|县市|城县)")


def unlisted_place(kb: Knowledge, compact: str, districts: tuple[str, ...], asked: bool = False) -> str:
    """'温江区的企业找哪个单位推荐' where the units listed serve no such place: the name as typed, else ''. `asked`: the
    message is known to ask whom to go to."""
    n = kb.notice
    if not n.units or districts or not asked and not _PLACE_CONTACT.search(compact) and not re.search(r"推荐|申报|报给|找谁|找哪|[交送报寄]到?哪", compact):
        return ""
    known = "".join(f"{u.name}{''.join(u.aliases)}" for u in n.units.items) + (n.meta.region if n.meta else "") + n.meta.issuer
    table = next((c.text for c in n.passages if c.clause == n.units.clause), "")  # (a row the reading missed is still listed)
    for m in _NAMED_PLACE.finditer(compact):
        name = re.sub(r"^[在是和与及到去的我们于从跟向找归属还就也都咱俺]+", "", m.group(1))  # '我们在南岸区': 南岸区
        if len(name) >= 3 and not _NOT_NAMES.match(name) and name not in known and name[:-1] not in known \
                and not re.search(re.escape(name[:-1]) + r"[^。；]{0,30}?\d{7,8}", table):
            return name
    for m in re.finditer(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?=的企业|那边|这边|企业)"
                         r"|(?<=[是在])([\u4e00-\u9fff]{2,3}?)(?=的企业|找|推荐|申报|报|归|属|怎么|咋|风景|景区|名胜|[，,。？?！!\s]|$)",
                         compact):  # '我们是横州的企业', '我们在马山，找谁', '注册在云台山风景区': a place the notice names with its kind
        name = m.group(1) or m.group(2)
        if re.match(r"其[他余它]|所在|所有|全部|这些|那些|哪些|一些|有些|外地|本地|当地|我们|你们|他们|咱们", name):
            continue  # '其他企业找谁': no place
        full = next((x.group(0) for c in n.passages if (x := re.search(re.escape(name) + r"(?:风景名胜区|风景区|[市县区](?![域内外划级]))", c.text))), "")
        if full and not _NOT_NAMES.match(name) and name not in known and not re.search(re.escape(name) + r"[^。；]{0,30}?\d{7,8}", table):
            return full
    return ""


def look_alike(kb: Knowledge, place: str) -> str:
    """A listed place one character off the name typed, same length and kind ('泪罗市' for 汨罗市), to offer as a
    question, never to answer for: or ''."""
    names = {d.name for d in kb.geography.districts.values()} | {a for u in (kb.notice.units.items if kb.notice.units else ()) for a in u.aliases}
    near = [x for x in names if len(x) == len(place) >= 3 and x[-1] == place[-1] and sum(a != b for a, b in zip(x, place)) == 1]
    return near[0] if len(near) == 1 else ""


def said_of_place(kb: Knowledge, place: str) -> str:
    """The notice's own sentence on a place its units do not list ('新民市、康平县、法库县企业，由所在地…推荐'), if any."""
    short = place[:-1] if len(place) >= 3 else place
    sentences = (re.split(PHONE_RUN.pattern, s)[-1].strip(" —-|") for c in sorted(kb.notice.passages, key=lambda c: -len(c.clause))
                 for s in re.findall(r"[^。；\n]+[。；]?", c.text))  # (a table's rows run into the sentence after it)
    return next((s for s in sentences if short in s and len(s) <= 120), "")


# What the notice says of the places its units do not list ('其他区县的企业，向注册地所在区县经济信息委申报').
_OTHER_PLACES = re.compile(r"(?:(?:其他|其余|其它)各?(?:区县|区（市）县|县（市、区）|县市区|区|县)(?![域内])(?:（[^）]{1,8}）)?"
                           r"|(?:本表|上表|表中|以上)所列[^。；\n\d]{0,8}以外的|注册地不在[^。；\n\d]{0,16}所列[^。；\n\d]{0,8}的)"
                           r"[^。；\n\d]{0,6}?企业[^。；\n\d]{0,40}?(?:申报|推荐|联系|报送)[^。；\n]{0,40}[。；]?")


def other_places(n) -> str:
    """The notice's sentence on the places its units do not list ('其他区县的企业，向注册地所在区县经济信息委申报…'), or ''."""
    return next((x.strip() for c in n.passages for x in _OTHER_PLACES.findall(c.text)), "")


def quoted(n, said: str) -> str:
    """A sentence of the notice in quotes, with the number of a hotline it names without one ('…可拨打政策咨询热线查询')."""
    line = hotline_named(n, said)
    return f"“{said}”" + (f"（{line.label}：{line.phone}）" if line else "")


def reach_said(n, geo) -> list[str]:
    """Sentences of the units clause, beside its rows, on how to reach this place's unit."""
    text = next((c.text for c in n.passages if n.units and c.clause == n.units.clause), "")
    text = re.sub(r"(?=注\s*\d?\s*[:：])", "\n", text)  # a note under the table is a paragraph of its own
    return [x.strip() for x in re.findall(r"[^。\n]+。", text) if (geo.name in x or geo.short and len(geo.short) >= 2 and geo.short in x)
            and _REACH.search(x) and (not re.search(r"\d{3,}[\s-]?\d{3,}|@|联系人|电话：", x) or re.search(r"未(?:提供|公布|留)", x)) and len(x) <= 120][:1]


_REACH = re.compile(r"咨询|联系|邮件|邮箱|专线|主题")
