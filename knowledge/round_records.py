"""Records of a round's dates and amendments: its batches, a supplementary notice and what it changed, and the notice's
own questions and answers."""

from __future__ import annotations

from .records import record


@record
class ExtraDeadline:
    """A second date the notice sets (paper copies, district recommendation), with its own clause."""

    label: str
    when: str
    clause: str
    text: str
    opens: str = ""  # the first day of a window of days ('4月3日至4月10日'), 'YYYY-MM-DD[ HH:MM]'
    hours: str = ""  # the hours it takes hand-ins, as written ('工作日8:30—17:00')


@record
class Batch:
    """One batch of a round taken in batches ('第二批'): its own deadline, opening and later steps."""

    name: str
    clause: str
    deadline: str
    opens: str = ""
    deadlines: tuple[ExtraDeadline, ...] = ()


@record
class Amendment:
    """One clause of a supplementary notice, and what it changed ('截止时间', a unit's name)."""

    clause: str  # 补充通知一
    text: str
    about: tuple[str, ...] = ()
    was: tuple[str, ...] = ()  # the dates it replaced ('2038-01-22 17:00')


@record
class FaqItem:
    """One of the notice's questions and answers ('问：…答：…'), cited 问答N."""

    clause: str
    q: str
    a: str


@record
class Supplement:
    """A supplementary notice printed after the notice: its title, number and date."""

    title: str
    doc_number: str = ""
    date: str = ""


@record
class TrackRow:
    """One row of a table that compares the call's tracks ('纸质材料份数 | 一式三份 | 一式两份'): a value per track."""

    label: str
    values: tuple[str, ...]


@record
class TrackTable:
    """A table with a column per track ('项目 | 质量标杆企业 | 质量标杆培育企业'), read row by row."""

    clause: str
    tracks: tuple[str, ...]
    rows: tuple[TrackRow, ...]
