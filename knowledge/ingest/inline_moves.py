"""A clause of the notice itself that moves a date it set earlier ('（六）因申报系统升级，网上填报截止时间顺延至2131年8月3日
17:00。纸质材料报送截止时间不作调整。'): applied as a supplementary notice's change would be, citing that clause."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .supplement import _CLOSING, _MOVED, _moved, changes

_LATER = re.compile(r"顺延|延长|推迟|延期|延至|延后")
_MAYBE = re.compile(r"可视情况|视情况|视情|如遇|如有|必要时|可申请|申请延期|去年|往年|上一年|上年度|上一期|上一届|曾(?:经)?(?:顺延|延长|推迟|延期)")
_OWN_GROUP = re.compile(r"^[\u4e00-\u9fff]{2,12}[：:]")  # a clause led by the applicants it is for


def apply_inline_moves(d: Draft) -> None:
    """The round's deadline (or a step's date) set to the later date the notice's own clause moves it to; the old
    date kept as replaced, so that replies say it was moved and by which clause."""
    sub = d.data.get("submission")
    if not sub or d.data.get("amendments"):
        return
    amendments = []
    for n in (x for x in d.outline.nodes() if not x.children and not x.annex):
        for sent in facts.SENTENCE.findall(n.text):
            for m in _MOVED.finditer(sent):
                new = facts.date_value(m.group("new"), int(sub["deadline"][:4]))
                if not (new and changes(m) and _CLOSING.search(m.group("what")) and _LATER.search(m.group(0))) \
                        or _OWN_GROUP.match(n.text) or _MAYBE.search(sent) or new < sub["deadline"][:len(new)]:
                    continue  # a date brought forward, one kind of applicant's ('质量标杆班组：…'), a maybe, or last year's
                was: list[str] = []
                if about := _moved(d, m, n.clause, was):
                    amendments.append({"clause": n.clause, "text": sent.strip(), "about": about, "was": was})
    if not amendments:
        return
    # the moved date read earlier as a step of its own ('其他时间要求 2131-08-03 17:00'): it is now the moved date itself
    steps = [x for x in sub.get("deadlines", []) if x["label"] in {a for y in amendments for a in y["about"]}]
    new = {sub["deadline"], *(x["when"] for x in steps)}
    kept: list[dict] = []  # and a step listed twice once moved (its own date and the moved one read as the same step)
    for x in sub.get("deadlines", []):
        if not (x["label"].startswith("其他") and x["when"] in new) and not any(k["label"] == x["label"] and k["when"] == x["when"] for k in kept):
            kept.append(x)
    sub["deadlines"] = kept
    d.data["supplement"] = {"title": f"通知{amendments[0]['clause']}", "doc_number": "", "date": ""}
    d.data["amendments"] = amendments
    changed = "、".join(dict.fromkeys(a for x in amendments for a in x["about"]))
    d.repaired.append(f"通知{amendments[0]['clause']}改动了通知前文的时间（{changed}），已按改动后的时间回答，请核对")
    moved = next((a for a in amendments if "截止时间" in a["about"]), None)
    d.found = [f"截止时间：{sub['deadline']}（{moved['clause']}，原为 {moved['was'][0]}）" if moved and x.startswith("截止时间：") else x
               for x in d.found]  # the report says the moved date, as the knowledge base has it
