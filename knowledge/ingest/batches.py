"""A round taken in batches ('（一）第一批 1. 网上申报：3月1日9:00至4月30日17:00；2. 纸质材料…'): each batch's own
deadline, opening and later steps, kept beside the round's first deadline so that the clock can judge each."""

from __future__ import annotations

import re

from . import dates, openings
from .draft import Draft
from .windows import step_record

_BATCH = re.compile(r"^第\s*([一二三四五六七八九十\d]{1,2})\s*批(?:次)?(?:[（(][^）)]{0,20}[）)])?\s*[：:。]?\s*$")


def build_batches(d: Draft) -> None:
    """submission.batches: [{name, clause, deadline, opens, deadlines}], when two or more clauses are batches."""
    sub = d.data.get("submission")
    nodes = [n for n in d.outline.nodes() if _BATCH.match(n.heading.strip())]
    if sub is None or len(nodes) < 2:
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
