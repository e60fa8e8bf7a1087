"""Reply section on the round's timeline: where the round stands by the clock, and the stage a message names.

A mixin of Renderer (knowledge/render.py): it uses the renderer's notice, clock, language and t().
"""

from __future__ import annotations

import re

from .notice import PAPER_STEP
from .phrasing import Section, deadline_text, en_date, time_left, when_text, zh_date
from .schedule import named, stages, status

_RELATIVE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:之日起|后)\s*\d{1,2}\s*个?(?:工作日|日|天)内")  # '接到通知之日起5个工作日内'
_STATE = {"done": ("已结束", "over"), "now": ("进行中", "under way"), "ahead": ("尚未开始", "not yet begun"), "": ("", "")}


class ScheduleSections:
    def schedule(self, a) -> Section:
        """'现在到哪一步了', '什么时候公示', '整个遴选分哪几个阶段': the notice's stages, each with its time as written."""
        st = stages(self.n)
        if not st:
            return self.deadline(a)  # no timeline beyond the application's own dates
        today = self.now.date()
        states = status(st, today)
        day = en_date(today) if self.en else zh_date(today)
        picked = named(st, a.text.norm) if a is not None else []
        lines: list[str] = []
        for i in picked:
            s, (zh, en) = st[i], _STATE[states[i]]
            rel = None if s.written else _RELATIVE.search(s.text)  # '接到通知之日起5个工作日内': counted from one's own day
            when = s.written or (self.t(f"没有统一日期，{rel.group(0)}", f"no common date: {rel.group(0)}") if rel
                                 else self.t("通知没有写具体时间", "no time given"))
            lines.append(self.t(f"“{s.name}”：{when}{f'（按当前时间 {day}，{zh}）' if zh else ''}。通知原文：“{s.text}”（{s.clause}）",
                                f"“{s.name}”: {when}{f' ({en} as of {day})' if en else ''}. The notice: “{s.text}” ({s.clause})"))
        if not picked:
            now = [st[i].name for i, x in enumerate(states) if x == "now"]
            ahead = next((st[i] for i, x in enumerate(states) if x == "ahead"), None)
            if left := time_left(self.kb, self.now, self.en):  # the application itself still open: say so first
                lines.append(self.t(f"申报截止时间：{deadline_text(self.kb)}，距离截止{left}。", f"Applications close {deadline_text(self.kb, True)}: {left}."))
            if now:
                lines.append(self.t(f"按当前时间（{day}），正在进行：{'、'.join(now)}。", f"As of {day}, under way: {', '.join(now)}."))
            elif all(x in ("done", "") for x in states) and "done" in states:
                lines.append(self.t(f"按当前时间（{day}），通知写明时间的各阶段都已结束。", f"As of {day}, every dated stage is over."))
            if ahead is not None:
                lines.append(self.t(f"接下来：{ahead.name}（{ahead.written}）。", f"Next: {ahead.name} ({ahead.written})."))
        lines.append(self.t("通知的工作安排：", "The notice's timeline:") if not picked else self.t("全部阶段：", "All stages:"))
        for s, x in zip(st, states):
            zh, en = _STATE[x]
            paper = next((x for x in (self.n.submission.deadlines if self.n.submission and "纸质" in s.name else ()) if x.label == PAPER_STEP), None)
            when = s.written or (self.t(f"截止{when_text(self.kb, paper.when)}（{paper.clause}）", f"by {paper.when}") if paper  # said elsewhere
                                 else rel.group(0) if (rel := _RELATIVE.search(s.text)) else self.t("未写具体时间", "no time given"))
            lines.append(self.t(f"• {s.name}：{when}{f'（{zh}）' if zh else ''}", f"• {s.name}: {when}{f' ({en})' if en else ''}"))
        return Section(self.t("工作安排", "Timeline"), tuple(lines), tuple(dict.fromkeys(s.clause for s in st)))
