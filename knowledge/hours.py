"""Whose hours a sentence gives: '政策方面的问题打23112876，几点有人接' is not answered by the technical support's service
hours, nor '受理窗口周末开门吗' by any hotline's. The hours the notice states count only for the contact asked about."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Clause, Knowledge

_HOURS, _OPEN = "接听时间", "开放时间"  # the labels (judgement.yaml) of the hotlines' hours and of a window's
_KINDS = (("policy", re.compile(r"政策")), ("system", re.compile(r"系统|平台|技术|运维|填报|上传|登录|账号")))
ELSEWHERE = re.compile(r"窗口|受理点|现场|送达|送过去|送去|递交|办公室|上门")  # a place to go, not a hotline


def scoped(kb: Knowledge, found: list, unstated: list, stated: list[Clause], norm: str, a=None) -> tuple[list, list[Clause]]:
    """(unstated, stated) with the hotlines' hours kept only where they are the asked contact's own; a place's unit asked
    about ('三江几点办公'): its own hours, on its card, or that the notice does not state them (never another unit's)."""
    if (units := [u for k in (a.district.districts if a is not None else ()) if (u := kb.unit_for(k))]) and _WHEN.search(norm) and (
            asked := [u for u in found if _HOURS in u.label or _OPEN in u.label]):  # (asked when: not '打了一个没人接')
        if all(u.hours for u in units):  # on each card: no other sentence with hours
            return [u for u in unstated if u not in asked], [c for c in stated if not _TIME.search(c.text)]
        if all(told(kb, u) for u in units):  # in the notice's words for it: those
            return [u for u in unstated if u not in asked], [c for c in stated if not _TIME.search(c.text) or told_in(units, c.text)]
        untold = [replace(h, label=f"{u.name}的办公时间", en=f"the office hours of {u.name}") for u in units if not told(kb, u) for h in asked]
        return [u for u in unstated if u not in asked] + list({u.label: u for u in untold}.values()), [c for c in stated if not _TIME.search(c.text)]
    hours = [u for u in found if _HOURS in u.label and u not in unstated]
    if not hours:
        return unstated, stated
    theirs = [u.hours for u in kb.notice.units.items if u.hours] if kb.notice.units else []  # a county's hours are not the city's
    if theirs and any(_TIME.search(c.text) for c in stated) and not (stated := [c for c in stated if not any(h in c.text for h in theirs)]):
        return unstated + hours, stated
    con, digits = kb.notice.consultation, re.sub(r"\D", "", norm)
    named = [x for x in con.all() if len(d := re.sub(r"\D", "", x.phone)) >= 7 and d[-7:] in digits
             or x.person and len(x.person) >= 2 and x.person in norm or _by_name(x, norm)]  # "李振华老师那个电话几点能打通"
    named = named or [x for k, rx in _KINDS if rx.search(norm) for x in con.of_kind(k)]
    if not named and not ELSEWHERE.search(norm):
        return unstated, stated  # "咨询电话几点有人接": any hotline's hours answer it
    above = {re.sub(r"（[^（）]*）$", "", x.clause) for x in named} - {x.clause for x in named}
    own = [p.text for p in kb.notice.passages if p.clause in {x.clause for x in named}  # the asked contacts' clauses, and a clause
           or re.sub(r"（[^（）]*）$", "", p.clause) in above and not re.search(r"\d{7}", p.text)]  # beside them with no number ('（三）咨询时间：…')
    kept = [c for c in stated if not _TIME.search(c.text) or (owner := _owner(c.text, con.all())) in named
            or owner is None and any(c.text.rstrip("。；;") in t for t in own)]
    if not any(_TIME.search(c.text) for c in kept):  # no hours of the contact asked about: they are not stated
        unstated = unstated + hours
    return unstated, kept


_WHEN = re.compile(r"几点|什么时候|啥时候|时间|中午|午休|上班|下班|办公|周末|周六|周日|节假日|工作日|\b(?:hours|when|open)\b", re.I)
_TIME = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}")


def _by_name(x, norm: str) -> bool:
    """'运维中心周末有人接吧': a contact named by the end of its office's name or by its whole label."""
    org = re.sub(r"[“”\"'‘’（）()]", "", x.org)
    return len(x.label) >= 3 and x.label in norm or len(org) >= 4 and (org[-4:] in norm or org[-3:] in norm and len(org[-3:].strip()) == 3)


def _owner(text: str, contacts):
    """The contact whose hours a sentence gives in brackets after them ('热线022-58911635（服务时间：工作日8:30—…）'),
    or None: hours on a line of their own ('咨询时间：工作日…') are every contact's of the clause."""
    before = text[:_TIME.search(text).start()]
    places = [k for k, ch in enumerate(before) if ch.isdigit()]  # where each digit of the run of digits stands
    digits = "".join(before[k] for k in places)

    def named_at(x) -> int:
        phone = re.sub(r"\D", "", x.phone)
        at = digits.rfind(phone[-7:]) if len(phone) >= 7 else -1
        return max(places[at] if at >= 0 else -1, before.rfind(x.person) if x.person else -1)

    where, i = max(((named_at(x), i) for i, x in enumerate(contacts)), default=(-1, -1))
    tail = before[where:] if where >= 0 else ""
    return contacts[i] if tail.count("（") + tail.count("(") > tail.count("）") + tail.count(")") else None


_RANGE = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}\s*[-—–~～至到]\s*\d{1,2}\s*[:：]\s*\d{2}")
_EVERY = re.compile(r"(?:各|所有|全部)(?:推荐|受理)?(?:单位|部门)[^。；]{0,16}(?:办公|受理|工作|接待)时间")


def told_in(units, text: str) -> bool:
    """Whether a text gives these units' hours: every unit's at once, or right after one of their phone numbers."""
    if _EVERY.search(text) and _RANGE.search(text):
        return True
    for u in units:
        digits = re.sub(r"\D", "", u.phone)[-7:]
        m = re.search(r"\D{0,2}".join(digits), text) if len(digits) == 7 else None
        after = re.split(r"\d{7,}|\d{3,4}-\d{7,8}|[。\n]|[\u4e00-\u9fff]{2,10}(?:局|委员会|管委会|中心|办公室)", text[m.end():m.end() + 90])[0] \
            if m else ""  # up to the next unit's office or number
        if _RANGE.search(after):
            return True
    return False


def told(kb: Knowledge, u) -> bool:
    """Whether the notice gives a unit's hours: on its card, beside its phone in its own entry, or for every unit."""
    return bool(u.hours) or any(told_in((u,), c.text) for c in kb.notice.passages)

