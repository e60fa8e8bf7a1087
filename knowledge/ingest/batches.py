"""A round taken in batches ('（一）第一批 1. 网上申报：3月1日9:00至4月30日17:00；2. 纸质材料…'): each batch's own
deadline, opening and later steps, kept beside the round's first deadline so that the clock can judge each."""

from __future__ import annotations

import re

from . import dates, openings
from .draft import Draft
from .windows import step_record

# '第一批：2164年4月1日至4月30日；' one to a line of one clause, and '各批次…于截止日当天17:00关闭' for their hour.
_LINE = re.compile(r"^\s*第\s*([一二三四五六七八九十\d]{1,2})\s*批(?:次)?\s*[：:]\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                   r"(?:\s*(\d{1,2}[:：]\d{2}))?\s*(?:至|到|—|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                   r"(?:\s*(\d{1,2}[:：]\d{2}))?", re.M)
_CLOSES_AT = re.compile(r"截止日?(?:当天|当日)\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*(?:关闭|截止|前)")
_BATCH = re.compile(r"^第\s*([一二三四五六七八九十\d]{1,2})\s*批(?:次)?(?:[（(][^）)]{0,20}[）)])?\s*[：:。]?\s*$")


def build_batches(d: Draft) -> None:
    """submission.batches: [{name, clause, deadline, opens, deadlines}], when two or more clauses are batches."""
    sub = d.data.get("submission")
    nodes = [n for n in d.outline.nodes() if _BATCH.match(n.heading.strip())]
    if sub is not None and len(nodes) < 2:
        return _batch_lines(d, sub)
    if sub is None:
        return
    steps = dates.dated(d, set())
    out = []
    for node in nodes:
        inside = {id(x) for x in node.walk()}
        best, others = dates.choose([x for x in steps if id(x.node) in inside])
        if best is None:
            return  # a batch without a date of its own: not batches of the application
        opens = openings.opening(best.dl, best.node.text) or openings.opening(best.dl, node.full())
        out.append({"name": re.sub(r"[：:。\s]+$", "", node.heading.strip()), "clause": best.node.clause, "deadline": best.dl.value,
                    **({"opens": opens} if opens else {}),
                    "deadlines": [step_record(x) for x in others if x.dl.value != best.dl.value]})
    sub["batches"] = out
    d.found.append("分批受理：" + "；".join(f"{b['name']} {b.get('opens', '')}—{b['deadline']}" for b in out))


def _hhmm(said: str | None) -> str:
    """'9:00' as '09:00' ('' for none)."""
    return f"{int(said.replace('：', ':').split(':')[0]):02d}:{said.replace('：', ':').split(':')[1]}" if said else ""


def _batch_lines(d: Draft, sub: dict) -> None:
    """Batches written one to a line of the same clause, each a window of days; the hour of their closing from the
    sentence that gives it for every batch, and the round's first deadline given that hour too."""
    for node in d.outline.nodes():
        own = d.outline.raw[node.start:node.end]
        found = list(_LINE.finditer(own))
        if len(found) < 2:
            continue
        year = (re.search(r"(\d{4})\s*年", own) or re.search(r"(\d{4})", sub.get("deadline", "")) or [None, ""])[1]
        at = _CLOSES_AT.search(own) or _CLOSES_AT.search(d.outline.raw)
        out = []
        for m in found:
            start, end = (m.group(2) or year, m.group(3), m.group(4)), (m.group(6) or m.group(2) or year, m.group(7), m.group(8))
            if not all(start) or not all(end):
                return
            hour = _hhmm(m.group(9)) or (f"{int(at.group(1)):02d}:{at.group(2)}" if at else "")
            out.append({"name": f"第{m.group(1)}批", "clause": node.clause, "deadline": f"{int(end[0]):04d}-{int(end[1]):02d}-{int(end[2]):02d}"
                        + (f" {hour}" if hour else ""), "opens": f"{int(start[0]):04d}-{int(start[1]):02d}-{int(start[2]):02d}"
                        + (f" {_hhmm(m.group(5))}" if m.group(5) else ""), "deadlines": []})
        if at and out and sub.get("deadline") == out[0]["deadline"].split()[0]:
            sub["deadline"] = out[0]["deadline"]  # '第一批…至4月30日' with '截止日当天17:00关闭': 17:00
        sub["batches"] = out
        d.found.append("分批受理：" + "；".join(f"{b['name']} {b['opens']}—{b['deadline']}" for b in out))
        return

