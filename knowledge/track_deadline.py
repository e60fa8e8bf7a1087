"""A call whose tracks close on different days ('质量标杆班组：…网上填报截止时间提前至4月13日'): a message that names
that track is answered against the track's own date, and the notice's other date is listed as the other tracks'."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import replace

from .model import Knowledge
from .notice import GROUP_DUE
from .round_records import ExtraDeadline
from .tracks import tracks
from .values import lazy

_COMMON = frozenset({"企业", "单位", "项目", "个人", "组织"})  # words any message may use of itself
_DENIED = lazy(r"(?:不是|并非|而非|不报|不属于|除了|没有?报?|不打算报?|不准备报?|不想报?|非)$")  # '没报培育', '不是培育企业'
_AS_VERB = lazy(r"重点$|着力$|持续$|大力$|注重$")  # '公司重点培育了一支团队': the verb
_OWN_STEP = lazy(r"截止|提前|推迟|延后|延长")  # the step sets that track's own closing
_NOT_APPLYING = lazy(r"纸质|推荐单位|推荐汇总|审核推荐|报送|送达|邮寄|公示|评审")


def track_names(kb: Knowledge) -> list[str]:
    """The call's tracks: the columns of a table comparing them, else the tiers of its conditions."""
    n = kb.notice
    return list(n.track_table.tracks) if n.track_table else tracks(n.eligibility.items) if n.eligibility else []


def track_steps(kb: Knowledge, norm: str) -> tuple[str, list[ExtraDeadline]] | None:
    """(the track, its own steps) when the message names exactly one track that has dates of its own: steps labelled
    with its name ('质量标杆培育企业纸质材料报送'), or one whose text opens with it and sets its closing."""
    sub = kb.notice.submission
    if not sub or kb.deadline is None or not sub.deadlines:
        return None
    names = track_names(kb)
    if len(names) < 2:  # '复核/续报企业：请于6月25日17:00前…' beside the others' date: a kind of firm with its own closing
        own = [x for x in sub.deadlines if x.label.endswith(GROUP_DUE) and _named_group(x.label.removesuffix(GROUP_DUE), norm, kb)]
        return (own[0].label.removesuffix(GROUP_DUE), own[:1]) if len(own) == 1 else None
    if len(asked := [n for n in names if said_track(n, names, norm)]) != 1:
        return None
    name = asked[0]
    own = [x for x in sub.deadlines if x.label.startswith(name) or name in x.text[:len(name) + 8] and _OWN_STEP.search(x.text)
           and not _NOT_APPLYING.search(x.label + x.text[:len(name) + 8])]
    return (name, own) if own else None


def _named_group(group: str, norm: str, kb: Knowledge) -> bool:
    """'复核企业', '我们是续报的' of the group '复核/续报企业': the firm says it is one (not '不用复核', '评审后要复核',
    nor a word of the programme's own name, '标杆' of '质量标杆'), and names no first application besides."""
    meta = kb.notice.meta
    kinds = [re.sub(r"(?:企业|单位|项目)$", "", x) for x in re.split(r"[/／、和及]", group)]  # '中央驻疆企业、区属国有企业'
    words = [v for w in kinds if len(w) >= 2 and w not in f"{meta.programme}{meta.programme_full}{meta.title}"
             for v in dict.fromkeys((w, w.replace("国有", "国企")))]
    if not words or _FIRST_TIME.search(norm):
        return False
    return any(not _DENIED.search(norm[max(0, m.start() - 6):m.start()]) and not re.search(r"不用|无需|不需要|要$", norm[max(0, m.start() - 4):m.start()])
               and (_IDENTITY.search(norm[max(0, m.start() - 6):m.start()]) or re.match(r"(?:企业|单位|类|这类|的企业|那类)", norm[m.end():])
                    or w.endswith("国企"))  # '区属国企还剩几天'
               for w in words for m in re.finditer(re.escape(w), norm))


_FIRST_TIME = lazy(r"首次|第一次|初次|新申报|头一次|没获评过|没有获评过|没评上过")
_IDENTITY = lazy(r"(?:我们是|我们属于|我司是|属于|作为|是)$")


def said_track(name: str, names: list[str], norm: str) -> bool:
    """The message names this track as the one applied for: its whole name, or the word only it has ('班组', '培育'),
    not denied ('不是班组') nor inside another word ('班组长'); a common word ('企业') only as a category ('报企业类')."""
    head, tail = os.path.commonprefix(names), os.path.commonprefix([x[::-1] for x in names])[::-1]
    own = name[len(head):len(name) - len(tail)] or name[len(head):] or name  # '质量标杆培育企业': 培育
    cores = [x[len(head):len(x) - len(tail)] for x in names if x != name]
    if not name[len(head):len(name) - len(tail)] and len(head) >= 2:  # '质量标杆企业' beside '…培育企业': '标杆企业', '报标杆'
        short = head[-2:]
        pattern = rf"{re.escape(short + tail)}|报{re.escape(short)}(?!{'|'.join(map(re.escape, cores)) or '$^'})"
    elif len(own) < 2:
        return False
    else:
        pattern = rf"{re.escape(own)}(?:类|那类|这类|类别|组别)|报{re.escape(own)}" if own in _COMMON else re.escape(own) + r"(?![长里内了出一])"
    pattern = rf"{re.escape(name)}|{pattern}"
    return any(not _DENIED.search(norm[max(0, m.start() - 6):m.start()]) and not _AS_VERB.search(norm[max(0, m.start() - 2):m.start()])
               for m in re.finditer(pattern, norm))


def track_view(kb: Knowledge, norm: str) -> Knowledge | None:
    """The knowledge base as the named track sees it: its own dates replace the notice's dates of the same step, its
    closing is the deadline, and the notice's main date becomes a further date of the other tracks. None when the
    message names no such track."""
    found, sub, names = track_steps(kb, norm), kb.notice.submission, track_names(kb)
    asked = [n for n in names if said_track(n, names, norm)] if found is None and kb.notice.track_table and sub else []
    if found is None and len(asked) == 1:  # no dates of its own: its copies still
        return replace(kb, notice=replace(kb.notice, submission=_copies(sub, kb.notice.track_table, asked[0])))
    if found is None:
        return None
    name, own = found
    sub = _copies(sub, kb.notice.track_table, name)
    online = next((x for x in own if not _NOT_APPLYING.search(x.label[len(name):] if x.label.startswith(name) else x.label)), None)
    mine = [replace(x, label=x.label[len(name):] or x.label) for x in own if x is not online and x.label.startswith(name)]
    rest = [x for x in sub.deadlines if x not in own and not any(x.label.startswith(t) for t in names)
            and x.label not in {m.label for m in mine}]
    if online is None:
        return replace(kb, notice=replace(kb.notice, submission=replace(sub, deadlines=(*mine, *rest))))
    day_s, _, time_s = online.when.partition(" ")
    hour, minute = (int(x) for x in (time_s or "24:00").split(":"))
    due = dt.datetime.combine(dt.date.fromisoformat(day_s), dt.time(0), kb.tz) + dt.timedelta(hours=hour, minutes=minute)
    main = ExtraDeadline("、".join(t for t in names if t != name) or main_group(kb) or "其他企业", sub.deadline, sub.clause_of("deadline"), "截止时间不同")
    told = {k: online.text for k in ("text", "online") if main_group(kb) and main_group(kb) in getattr(sub, k)}  # not the other kind's sentence
    view = replace(sub, **told, deadline=online.when, deadline_words="", capped="", deadlines=(main, *mine, *rest), clause=online.clause,
                   clauses={**{k: sub.clause_of(k) for k in (*(sub.clauses or {}), "online", "form_seals")}, "deadline": online.clause})
    return replace(kb, deadline=due, notice=replace(kb.notice, submission=view))


def _copies(sub, table, name: str):
    """The submission with the named track's number of paper copies, where a table of tracks gives one."""
    row = next((r for r in (table.rows if table else ()) if re.search(r"份数", r.label)), None)
    if not row or name not in table.tracks:
        return sub
    copies = row.values[table.tracks.index(name)]
    return replace(sub, form_copies=copies, paper_text=f"{name}{row.label}：{copies}" if "|" in sub.paper_text else sub.paper_text)


_KIND_FIRST = lazy(r"^\s*([\u4e00-\u9fff、]{2,24}?(?:企业|项目|班组|类))\s*[：:]")


def main_group(kb: Knowledge) -> str:
    """The kind of firm the notice's main closing is for ('1. 制造业企业：…6月11日17:30前…'), when another kind has its own."""
    sub = kb.notice.submission
    if not sub or not any(x.label.endswith(GROUP_DUE) for x in sub.deadlines):
        return ""
    said = _KIND_FIRST.match(sub.online or sub.text or "")
    return said.group(1) if said else ""
