"""What the user asks, apart from what a short message says around it: a forwarded notice before '——@小助手 所以截止到底
是哪天', or who the user is ('我是区工信局的，推荐意见最晚哪天要报到市局'), whose words name no topic asked."""

from __future__ import annotations

import re

from .values import lazy

_HANDLE = lazy(r"(?<![A-Za-z0-9._%+-])@[^\s@，,。：:]{1,12}\s+")  # a mention ('@小助手 '), not a mailbox ('…@163.com 对吗')
# '我是区工信局的，', '您好，我们是某某区经信局，': who is asking, up to the first comma or stop.
_WHO = lazy(r"^(?:(?:您好|你好|老师好)[!！，, ]*)?(?:我是|我们是|本人是|这边是|我这边是)([^，,。？?！!]{2,16}?)(?:的)?(?:工作人员|同志|老师)?[，,。 ]+(.+)$")
# An office or body named by no place of its own ('区工信局', '本市一家行业协会秘书处'), not a firm ('我是浦东的企业')
# nor an office of a place the reply should use ('我是荆门市经信局的': that unit's own steps and card).
_OFFICE = lazy(r"(?:局|委|办|处|科|管委会|中心|部门|协会|商会|联合会)$")
_UNITS_ACT = lazy(r"推荐|审核|初审|汇总|名额")  # what an office asks of its own step: who it is stays part of the question
_PLACED = lazy(r"(?<![本我全该各])(?:[\u4e00-\u9fff]{2,}(?:省|市|区|县|镇|州)|[\u4e00-\u9fff]{2,}(?:新区|园区|开发区))")


def own_words(raw: str, asks: re.Pattern[str]) -> str | None:
    """The question the user wrote, when a forward or their own introduction surrounds it; None otherwise."""
    if (at := list(_HANDLE.finditer(raw))) and len(mine := raw[at[-1].end():].strip()) >= 4 and at[-1].start() >= 8 and asks.search(mine):
        return mine
    if not (who := _WHO.match(raw.strip())) or not _OFFICE.search(who.group(1)) or _PLACED.search(who.group(1)):
        return None
    body = not re.search(r"协会|商会|联合会", who.group(1))  # an office whose own step is asked: who it is stays part of the question
    return who.group(2) if len(who.group(2)) >= 4 and asks.search(who.group(2)) and not (body and _UNITS_ACT.search(who.group(2))) else None


_INTRO = lazy(r"^(?:您好|你好|老师好)?(?:我是|我们是|本人是|这边是|我这边是)([\u4e00-\u9fff]{1,14}?(?:局|委|办|处|科|管委会|中心|部门))"
               r"(?:的)?(?:工作人员|同志|老师)?")


def office_intro(compact: str) -> int:
    """Where an office's self-introduction ends in a message without punctuation ('我是区商务委的审核完什么时候报市里'),
    or 0: the office it names is who is asking, not a unit asked for."""
    who = _INTRO.match(compact)
    return who.end() if who and len(compact) - who.end() >= 4 else 0
