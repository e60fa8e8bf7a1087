"""Answers from a table that compares the call's tracks, a column each ('纸质材料份数 | 一式三份 | 一式两份'): the row a
question asks about, for the track it names, or for each track; a figure said of one track that is another's is put
right. A mixin of Answerer; its dates are judged by track_deadline."""

from __future__ import annotations

import re

from .assertions import ASSERTS
from .form_fields import FormFields
from .phrasing import Section
from .track_deadline import said_track
from .values import cn_number, lazy, plain

# What a row is about (by its label), how a question asks about it, and the topic of such a question.
_ROWS = ((lazy(r"份数|几份"), lazy(r"几份|多少份|份数|一式|\bcop(?:y|ies)\b", re.I), "paper"),
         (lazy(r"字数|篇幅"), lazy(r"字数|多少字|几个字|几字|多长|篇幅|\d\s*字|\bwords?\b|\bcharacters?\b|\blength\b", re.I), "word_limits"),
         (lazy(r"名额|推荐数量|推荐家数"), lazy(r"名额|几家|推几|推荐几|推多少|\bquotas?\b", re.I), "district"),
         (lazy(r"营业收入|营收|销售收入"), lazy(r"营收|营业收入|收入|销售额|\brevenue\b|\bturnover\b", re.I), "eligibility"),
         (lazy(r"注册|成立"), lazy(r"注册|成立|年限|几年|\byears?\b|\bregistered\b", re.I), "eligibility"),
         (lazy(r"研发"), lazy(r"研发|\bR&D\b", re.I), "eligibility"),
         (lazy(r"体系|认证"), lazy(r"ISO|质量管理体系|体系认证|卓越绩效|\bISO\s*9001\b", re.I), "eligibility"),
         (lazy(r"遴选数量|拟遴选|入选数量"), lazy(r"选几家|评几家|遴选多少|遴选几|入选几|多少家|\bhow many (?:firms|winners)\b", re.I), "one_item"))
_NUMBER = lazy(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+")



def row_topic(kb, norm: str) -> tuple[str, ...]:
    """The topic of a table row a message asks of a track it names ('我们是中型企业营收1.5亿够不够'), when nothing else
    gave the message a topic."""
    table = kb.notice.track_table
    if table is None or not any(said_track(t, list(table.tracks), norm) for t in table.tracks):
        return ()
    return next(((topic,) for row, asks, topic in _ROWS if asks.search(norm) and any(row.search(r.label) for r in table.rows)), ())


class TrackRows(FormFields):
    """Uses the answerer's kb."""

    def _track_row(self, a, norm: str, en: bool = False) -> Section | None:
        """A row of the table comparing tracks, else the blanks of a form the notice annexes."""
        return self._row_of_tracks(a, norm) or self._form_fields(norm, en)

    def _row_of_tracks(self, a, norm: str) -> Section | None:
        table = self.kb.notice.track_table
        if table is None:
            return None
        rows = [r for r in table.rows if not re.search(r"截止|时间", r.label)
                and any(row.search(r.label) and asks.search(norm) for row, asks, _ in _ROWS)]
        if not rows:
            return None
        tracks = list(table.tracks)
        named = [i for i, t in enumerate(tracks) if said_track(t, tracks, norm)]
        lines = []
        for r in rows[:2]:
            if len(named) == 1:
                mine, others = r.values[named[0]], [v for i, v in enumerate(r.values) if i != named[0]]
                said = {cn_number(x) for x in _NUMBER.findall(norm)} if ASSERTS.search(norm) else set()  # '…8000字吧'
                wrong = [x for x in said if x not in _figures(mine) and any(x in _figures(v) for v in others)]
                lead = f"不是{plain(wrong[0])}：" if wrong else ""
                at = next((m.end() for row, asks, _ in _ROWS if row.search(r.label) for m in [asks.search(norm)] if m), 0)
                lines.append(f"{lead}{tracks[named[0]]} · {r.label}：{mine}{_verdict(mine, norm[at:at + 12]) if not wrong else ''}")
            else:
                lines.append(f"{r.label}：" + "；".join(f"{t} {v}" for t, v in zip(tracks, r.values, strict=False)))
        return Section("分类别要求", tuple(lines), (table.clause,))  # (the table is quoted as written)


_FLOOR = lazy(r"(?:不低于|不少于|不小于|达到|≥)\s*(\d+(?:\.\d+)?)\s*(亿|万)?\s*(元|%)")
_SAID = lazy(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)\s*(亿|万|%|个点)")


def _verdict(cell: str, norm: str) -> str:
    """'——您说的1.5亿，不符合这一条' when the words after the row's own ('营收1.5亿') state the firm's figure against a floor the cell sets
    ('不低于2亿元', '不低于4%'); '' when either is missing or they are of different kinds."""
    floor, said = _FLOOR.search(cell), _SAID.search(norm)
    if not floor or not said or (floor.group(3) == "%") != (said.group(2) in ("%", "个点")):
        return ""
    scale = {"亿": 1e8, "万": 1e4, None: 1.0, "%": 1.0, "个点": 1.0}
    need = float(floor.group(1)) * scale[floor.group(2)]
    whole, _, tenth = said.group(1).partition("点")  # '一点五亿'
    have = float(whole) if whole[0].isdigit() else cn_number(whole) + (cn_number(tenth) / 10 if tenth else 0)
    if have <= 0:
        return ""
    have *= scale.get(said.group(2), 1.0)
    return f"——您说的{said.group(0)}，{'符合' if have >= need else '不符合'}这一条"


def _figures(cell: str) -> set[float]:
    """The numbers a cell says ('不超过5000字' -> {5000}; '5000万元至5亿元' -> {5000, 5})."""
    return {cn_number(x) for x in _NUMBER.findall(cell)}
