"""A later dated step as the knowledge base keeps it: what it is, when it is due, its words, and when it is a window
of days with hours for handing in ('纸质报送 | 2051年4月3日至4月10日（工作日8:30—17:00） | 申报企业 | …'), the
day it opens and the hours as written. A due day given without an hour ends at the window's closing hour."""

from __future__ import annotations

import re

from . import dates, facts, openings
from .lines import row_cells
from .sections import strip_end

# '工作日8:30—17:00', '（每日9:00-11:30、13:30-17:00）', '上午9:00至11:30，下午14:00至17:00'
_HOURS = re.compile(r"(?:(?:工作日|周一至周五|每日|每天|工作时间)\s*[：:]?\s*)?(?:上午\s*)?\d{1,2}[:：]\d{2}\s*(?:—|–|－|-|~|～|至|到)+\s*"
                    r"(?:下午\s*)?\d{1,2}[:：]\d{2}(?:\s*[、，,；;]\s*(?:下午\s*)?\d{1,2}[:：]\d{2}\s*(?:—|–|－|-|~|～|至|到)+\s*\d{1,2}[:：]\d{2})?")
_CLOSE = re.compile(r"(\d{1,2})[:：](\d{2})\s*$")


def once_each(extra: list[dict]) -> list[dict]:
    """One step read twice (its own sentence, and a row of a timeline table) once, with the shorter text of the two and
    the name a timeline gives it ('答辩PPT须于7月12日17:00前…' and '（五）答辩PPT报送：7月12日17:00前'); two steps
    due at the same hour stay two."""
    binding = {x["label"] for x in extra if not _ADVICE.search(x["text"])}  # '请…合理安排，于1月27日前或…报送': advice yields
    extra = [x for x in extra if not (_ADVICE.search(x["text"]) and x["label"] in binding)]  # to the same step's own date
    named = {x["when"]: x["label"] for x in extra if x["label"] != _OTHER}
    extra = [{**x, "label": named.get(x["when"], _OTHER)} if x["label"] == _OTHER else x for x in extra]
    extra = list({(x["when"], x["label"]): x for x in sorted(extra, key=lambda x: -len(x["text"]))}.values())
    return [x for x in extra if " " in x["when"] or not any(y["when"].startswith(x["when"] + " ") and y["text"] == x["text"]
                                                           for y in extra)]  # '5月26日至6月8日…6月8日17时前': once, with its hour


_OTHER = "其他时间要求"
_ADVICE = re.compile(r"合理安排|避免因")


def step_record(x: dates.Dated) -> dict:
    """{label, when, clause, text[, opens, hours]} of a later step."""
    text, when = strip_end(x.sentence), x.dl.value
    cells = row_cells(text) if re.search(r"[|\t]", text) else []
    if len(cells) >= 3:  # a timeline table's row: its words without the date's cell
        text = "；".join(c for c in cells if c and not facts.DATE.search(c))
    out = {"label": dates.label(x), "when": when, "clause": x.node.clause, "text": text}
    opens = openings.opening(x.dl)  # '4月3日至4月10日': the first day of the window
    after = x.dl.sentence[len(x.dl.lead):]
    hours = _HOURS.search(after[:64]) if opens or re.search(r"工作日|每日|每天|工作时间", after[:30]) else None
    if opens:
        out["opens"] = opens
    if hours:  # '（工作日；5月19日、20日为双休日，不受理）上午9:00-11:30、…': the working days said before the hours too
        days = re.search(r"工作日|周一至周五", after[:hours.start()]) if not re.search(r"工作日|周一至周五", hours.group(0)) else None
        out["hours"] = (days.group(0) if days else "") + hours.group(0).strip()
        if not x.dl.time and (close := _CLOSE.search(out["hours"])):  # the last day ends at the closing hour
            out["when"] = f"{when} {int(close.group(1)):02d}:{close.group(2)}"
    return out


# The hours the units take the paper copies, in a sentence of their own ('各推荐单位在工作日9:00—12:00、14:00—17:30接收纸质材料').
# Or the hand-in hours named first ('现场报送时间为上午9:00-11:30，下午14:00-17:00').
_TAKES = re.compile(_HOURS.pattern + r"[^。；;\d]{0,6}?(?:接收|受理|收取)(?:纸质|书面|申报)?材料"
                    r"|(?:现场|窗口)?(?:报送|递交|受理|接收|送达)时间\s*(?:为|是|：|:)\s*" + _HOURS.pattern
                    + r"|现场(?:报送|递交|送达)的[，,]\s*(?:请|应|须)?于\s*" + _HOURS.pattern)  # '现场报送的，请于工作日上午9:00-11:30、…送达'


def with_hours(steps: list[dict], text: str) -> list[dict]:
    """The paper steps given the hours a sentence elsewhere says the copies are taken; a date-only step on a paper step's
    day that only cuts that day short ('5月23日截止当天只接收至12:00') is no step of its own."""
    takes = next((m for m in _TAKES.finditer(text)  # not a unit's own hours, in its entry ('联系人：…，受理时间：…')
                  if not re.search(r"联系人|联系电话|电话[:：]", re.split(r"[。\n]", text[max(0, m.start() - 80):m.start()])[-1])), None)
    paper = {x["when"][:10] for x in steps if x["label"] == dates.PAPER_STEP}
    out = [x for x in steps if not (" " not in x["when"] and x["when"] in paper and re.search(r"当天|当日", x["text"]))]
    for x in out:
        if takes and x["label"] == dates.PAPER_STEP and "hours" not in x:
            x["hours"] = _HOURS.search(takes.group(0)).group(0).strip()
            if " " not in x["when"] and (close := _CLOSE.search(x["hours"])):  # the last day ends at the closing hour
                x["when"] = f"{x['when']} {int(close.group(1)):02d}:{close.group(2)}"
    return out


# Office hours the notice states ('受理时间：工作日上午8:30-11:30，下午13:30-17:30'): when its working day ends.
_SPAN = r"\d{1,2}\s*[:：]\s*\d{2}\s*[-—–至到~～]\s*\d{1,2}\s*[:：]\s*\d{2}"
_OFFICE_HOURS = re.compile(rf"(?:受理|工作|办公|上班)(?:、[\u4e00-\u9fff]{{2}})?时间[^。；\n]{{0,40}}?{_SPAN}(?:[^。；\n]{{0,30}}?{_SPAN})?")


def office_end(raw: str) -> tuple[str, str] | None:
    """('17:30', the sentence) of the office hours a notice states ('受理时间：工作日上午8:30-11:30，下午13:30-17:30'): when
    its working day ends, for a deadline written '…下班前'."""
    if not (hours := _OFFICE_HOURS.search(raw)):
        return None
    h, m = re.findall(r"(\d{1,2})\s*[:：]\s*(\d{2})", hours.group(0))[-1]
    return f"{int(h):02d}:{m}", hours.group(0).strip("。；")
