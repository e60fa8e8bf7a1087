"""What a supplementary notice (or a note printed above a reposted notice) changed: the clause that changed a fact, the
word that names it, and the notice's own sentences with each replaced date marked."""

from __future__ import annotations

import datetime as dt
import re

from .model import Knowledge
from .phrasing import first_sentence, when_text


def amendment(n, about: str):
    """The supplementary notice's clause that changed `about` ('截止时间', a unit's name), or None."""
    return next((x for x in n.amendments if about in x.about), None)


def said_by(n) -> str:
    """What changed the notice's facts: '补充通知', or the note printed above a reposted notice ('温馨提示')."""
    return "补充通知" if n.supplement is None or any(x.clause.startswith("补充通知") for x in n.amendments) else n.supplement.title


def superseded(text: str, n, now_said: str, about: str = "截止时间") -> str:
    """The notice's sentence with the date of `about` that the supplementary notice replaced marked as such
    ('2085年4月16日17:00前' -> '2085年4月16日17:00（补充通知已改为…）前')."""
    for was in (w for x in n.amendments for what, w in zip(x.about, x.was) if what == about):
        day = dt.date.fromisoformat(was[:10])
        other = r"(?!\s*(?:[（(][^）)]{1,6}[)）])?\s*\d{1,2}\s*[:：时点])"  # not the same day at another hour ('5月20日14:00举办培训')
        clock = rf"(?:\s*(?:[（(][^）)]{{1,6}}[)）])?\s*{int(was[11:13])}\s*[:：]\s*{was[14:16]}|{other})" if len(was) > 10 else other
        text = re.sub(rf"(?:{day.year}\s*年\s*)?0?{day.month}\s*月\s*0?{day.day}\s*日{clock}(?![（(][^）)]{{0,8}}已改为)"
                      r"(?!\s*(?:延长|延期|推迟|顺延|延至|调整|变更))",
                      lambda m: f"{m.group(0)}（{said_by(n)}已改为{re.sub(r'[（(][^）)]*[)）]', '', now_said).strip()}）", text, count=1)
    return text


def marked(kb: Knowledge, text: str) -> str:
    """A quoted sentence with each date that a supplementary notice replaced marked with the date now in force."""
    n, sub = kb.notice, kb.notice.submission
    if any(x.text[:20] in text for x in n.amendments):  # the change's own words
        return text
    for what in dict.fromkeys(a for x in n.amendments for a in x.about) if sub else ():
        when = sub.deadline if what == "截止时间" else next((s.when for s in sub.deadlines if s.label == what), "")
        text = superseded(text, n, when_text(kb, when), what) if when else text
    return text


def moved_by(text: str, when: str) -> str:
    """The supplementary notice's sentence that names a date ('…延长至2056年3月24日17:00'), else its first."""
    day = dt.date.fromisoformat(when[:10])
    return next((x.strip() for x in re.split(r"(?<=[。；;\n])", text) if re.search(rf"(?<!\d){day.month}\s*月\s*{day.day}\s*日", x)),
                first_sentence(text))
