"""The applicant's tax credit grade against the notice's condition ('纳税信用等级为A级或B级', 'B级（含）以上', '不为C级、D级'):
'纳税信用C级能报吗', '我们是B级纳税人', 'Our tax credit rating is grade C'."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import lazy

# The tax credit grade a condition allows ('纳税信用等级为A级或B级', 'B级及以上') and the one the user states.
_NEED_GRADE = lazy(r"纳税信用[^。；;，,]{0,10}?([ABMCD])\s*级")
_TAX_SAID = lazy(r"纳税信用|信用等级|信用评级|纳税等级|纳税|tax credit|credit rating|tax rating")
_GRADE_SAID = lazy(r"(?<![a-z0-9])([abmcd])\s*级|\b(?:grade|level|rating of|rating is|rated)\s+([abmcd])\b")
_GRADES = "ABMCD"  # best first


def tax_credit(n, norm: str, en: bool) -> Section | None:
    """'纳税信用C级能报吗' / 'Our tax credit rating is grade C' against '纳税信用等级为A级或B级' ('B级及以上')."""
    item = next((i for i in n.eligibility.items if _NEED_GRADE.search(i.text)), None)
    if not item:
        return None
    need = _NEED_GRADE.search(item.text)
    grade = _said_grade(norm)
    seg = re.split(r"[；;。，,]", item.text[need.start():])[0]  # the condition's own words
    listed = {g for g in re.findall(r"(?<![A-Za-z])([ABMCD])(?![A-Za-z])", seg)}
    if not grade or not listed:
        return None
    if re.search(r"不为|不是|不得为|非|除", seg):  # '纳税信用不为C级、D级'
        allowed = set(_GRADES) - listed
    elif "以上" in seg:  # 'B级（含）以上', 'B级及B级以上': every better grade too
        allowed = set(_GRADES[:max(_GRADES.index(g) for g in listed) + 1])
    else:
        allowed = listed
    rule = next((x for x in re.split(r"[；;。，,]", item.text) if "纳税信用" in x), seg).strip()  # its own words only
    if grade in allowed:
        line = (f"The tax credit condition is met: grade {grade} (the notice: “{rule}”)." if en else
                f"纳税信用这一条符合：{grade}级（通知要求“{rule}”）。")
    else:
        line = (f"No: tax credit grade {grade} does not meet the notice's condition: “{rule}”." if en else
                f"不符合：纳税信用{grade}级，而通知要求“{rule}”。")
    return Section("Eligibility check" if en else "对照申报条件", (line,), (item.clause,))


def _said_grade(norm: str) -> str:
    """The tax credit grade a message that speaks of tax says the firm has: the last one named ('从A级降到C级', '不是A级，
    是C级'), none when it speaks of a bound ('B级以下的能报吗'); 'A类' is a category, never a grade."""
    tax = _TAX_SAID.search(norm)
    if not tax or re.search(r"[abmcd]\s*级?\s*(?:以下|以上|及以上|及以下)", norm):
        return ""
    found = [m.group(1) or m.group(2) for m in _GRADE_SAID.finditer(norm)]  # 'B级纳税人' names the grade first
    denied = {g for g in re.findall(r"(?:不是|并非|不属于|\bnot\b)\s*(?:an?\s+|grade\s+)?([abmcd])(?:\s*级|\b)", norm)}
    kept = [g.upper() for g in found if g not in denied]
    return kept[-1] if kept else ""
