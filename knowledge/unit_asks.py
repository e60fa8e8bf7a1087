"""What a question asks of the recommending units, beyond the lexicon's topics: a unit's mailbox ('小店的邮箱') is
on its card, not a thing the notice leaves open; a quota ('每个区能推荐几家') is left open when the notice gives none."""

from __future__ import annotations

import re

from .model import Knowledge

_MAIL_WORD = re.compile(r"邮箱|邮件|e-?mail", re.I)
_QUOTA_ASKED = re.compile(r"(?:推荐|推|报)(?:几|多少)(?:家|个|项)|(?:能|可以)推荐?(?:几|多少)|\bhow many\b.{0,30}\brecommend", re.I)
_TOTAL_ASKED = re.compile(r"全市|全省|一共|总共|共评|总数|入选|评上|选上|最终")
_OWN_UNIT = re.compile(r"(?:我们|我|本|咱们?)(?:区|县|市|园区|开发区|新区)")
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
            if "one_item" not in intents and kb.notice.submission and kb.notice.submission.one_item \
                    and not any(u.quota for u in (kb.notice.units.items if kb.notice.units else ())):
                intents = (*intents, "one_item")  # the sentence that sets the units' quota
    if districts and (mail := [u for u in unknowns if "邮箱" in u]) and all(  # "小店的邮箱": the unit's own
            getattr(kb.unit_for(k), "email", "") for k in districts):
        unknowns, words = tuple(u for u in unknowns if u not in mail), tuple(w for w in words if not _MAIL_WORD.search(w))
    return intents, unknowns, words
