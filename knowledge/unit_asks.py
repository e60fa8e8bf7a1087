"""What a question asks of the recommending units, beyond the lexicon's topics: a unit's mailbox ('小店的邮箱') is
on its card, not a thing the notice leaves open; a quota ('每个区能推荐几家') is left open when the notice gives none."""

from __future__ import annotations

import re

from .model import Knowledge

_MAIL_WORD = re.compile(r"邮箱|邮件|e-?mail", re.I)
_QUOTA_ASKED = re.compile(r"(?:推荐|推|报)(?:几|多少)(?:家|个|项)|(?:能|可以)推荐?(?:几|多少)|\bhow many\b.{0,30}\brecommend"
                          r"|(?:能|可以|最多|只能)推荐?\s*(?:\d{1,2}|[一二三四五六七八九十两]{1,2})\s*(?:家|个|项)", re.I)  # '每个市州可以推10个对吧'
_TOTAL_ASKED = re.compile(r"全市|全省|一共|总共|共评|总数|入选|评上|选上|最终")
_OWN_UNIT = re.compile(r"(?:我们|我|本|咱们?)(?:区|县|市|园区|开发区|新区)")
_PLACE_CONTACT = re.compile(r"[\u4e00-\u9fff]{1,5}(?<![厂校社小景营片辖城市郊该本各我园])(?:区|县|新区|园区|开发区)"  # not '厂区地址'
                            r"(?:的|这边|那边|那里|里)?[^。？?！!]{0,8}?"
                            r"(?:找谁|找哪|电话|联系人|联系方式|对接人|地址|在哪|交给|报给|交到|送到|哪个部门|负责人)")
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
    if districts and (mail := [u for u in unknowns if "邮箱" in u]) and all(  # "小店的邮箱": the unit's own
            getattr(kb.unit_for(k), "email", "") for k in districts):
        unknowns, words = tuple(u for u in unknowns if u not in mail), tuple(w for w in words if not _MAIL_WORD.search(w))
    return intents, unknowns, words
