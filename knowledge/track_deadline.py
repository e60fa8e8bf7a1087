"""A call whose tracks close on different days ('质量标杆班组：…网上填报截止时间提前至4月13日'): a message that names
that track is answered against the track's own date, and the notice's other date is listed as the other tracks'."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace

from .model import Knowledge
from .round_records import ExtraDeadline
from .tracks import tracks
from .values import lazy

_COMMON = frozenset({"企业", "单位", "项目", "个人", "组织"})  # words any message may use of itself
_DENIED = lazy(r"不是|并非|而非|不报|不属于|除了|非$")
_OWN_STEP = lazy(r"截止|提前|推迟|延后|延长")  # the step sets that track's own closing
_NOT_APPLYING = lazy(r"纸质|推荐单位|推荐汇总|审核推荐|报送|送达|邮寄|公示|评审")


def track_step(kb: Knowledge, norm: str) -> tuple[str, ExtraDeadline] | None:
    """(the track, its own closing step) when the message names exactly one track that has a date of its own."""
    sub, el = kb.notice.submission, kb.notice.eligibility
    if not sub or kb.deadline is None or not el or not sub.deadlines:
        return None
    names = tracks(el.items)
    if len(names) < 2 or len(asked := [n for n in names if _said(n, names, norm)]) != 1:
        return None
    for step in sub.deadlines:
        head = step.text[:len(asked[0]) + 8]
        if asked[0] in head and _OWN_STEP.search(step.text) and not _NOT_APPLYING.search(step.label + head):
            return asked[0], step
    return None


def _said(name: str, names: list[str], norm: str) -> bool:
    """The message names this track as the one applied for: its whole name, or the word only it has ('班组'), not
    denied ('不是班组') nor inside another word ('班组长'); a common word ('企业') only as a category ('报企业类')."""
    own = name[len(os.path.commonprefix(names)):] or name
    if name in norm:
        return True
    if len(own) < 2:
        return False
    pattern = rf"{re.escape(own)}(?:类|那类|这类|类别|组别)|报{re.escape(own)}" if own in _COMMON else re.escape(own) + r"(?![长里内])"
    return any(not _DENIED.search(norm[max(0, m.start() - 4):m.start()]) for m in re.finditer(pattern, norm))


def track_view(kb: Knowledge, norm: str) -> Knowledge | None:
    """The knowledge base as the named track sees it: its own date is the deadline; the notice's main date becomes a
    further date of the other tracks. None when the message names no such track."""
    found = track_step(kb, norm)
    if found is None:
        return None
    name, step = found
    sub = kb.notice.submission
    day_s, _, time_s = step.when.partition(" ")
    hour, minute = (int(x) for x in (time_s or "24:00").split(":"))
    due = dt.datetime.combine(dt.date.fromisoformat(day_s), dt.time(0), kb.tz) + dt.timedelta(hours=hour, minutes=minute)
    others = "、".join(t for t in tracks(kb.notice.eligibility.items) if t != name)
    main = ExtraDeadline(others, sub.deadline, sub.clause_of("deadline"), "截止时间不同")
    rest = (main, *(x for x in sub.deadlines if x is not step))
    view = replace(sub, deadline=step.when, deadline_words="", deadlines=rest, clause=step.clause,
                   clauses={**{k: sub.clause_of(k) for k in (*(sub.clauses or {}), "online", "form_seals")}, "deadline": step.clause})
    return replace(kb, deadline=due, notice=replace(kb.notice, submission=view))
