"""Reports for operators and officers: the admin page's overview and feedback tables, and the weekly digest."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from knowledge.phrasing import countdown, deadline_text
from storage.feedback import FeedbackStore
from storage.stats import StatsStore

from .stats import SMALL, shown

CHANNEL_NAMES = {"console": "控制台", "telegram": "Telegram", "wecom": "企业微信应用", "wecom-kf": "微信客服",
                 "wecom-aibot": "企业微信智能机器人"}
_MARKDOWN = str.maketrans({"<": "＜", ">": "＞", "[": "［", "]": "］", "(": "（", ")": "）", "*": "＊", "`": "｀", "#": "＃",
                           "_": "＿", "\n": " ", "\r": " "})
DIGEST_LIMIT = 4000  # bytes; a WeCom markdown message holds 4096


@dataclass(frozen=True)
class RoundInfo:
    doc_number: str
    title: str
    deadline: str
    open: bool
    current: bool


@dataclass(frozen=True)
class Overview:
    rounds: tuple[RoundInfo, ...]
    users: tuple[tuple[str, str], ...]  # (channel name, count shown)
    users_total: str
    days: tuple[tuple[str, int, int], ...]  # (day, answers, matched), one per day, oldest first
    answers: int
    matched_ratio: float | None
    votes: tuple[int, int]
    gaps: int


@dataclass(frozen=True)
class TopicFeedback:
    label: str
    clause: str
    up: int
    down: int

    @property
    def ratio(self) -> float:
        return self.up / (self.up + self.down) if self.up + self.down else 0.0


def md(text: str, limit: int = 80) -> str:
    """User-derived text made inert in WeCom markdown (no links, tags or emphasis) and cut short."""
    out = text.translate(_MARKDOWN)
    return out if len(out) <= limit else out[: limit - 1] + "…"


class ReportsFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def topic_label(self, topic: str) -> str:
        intent = (getattr(getattr(self.kb, "lexicon", None), "intents", {}) or {}).get(topic)
        return getattr(intent, "label", "") or re.sub(r"[^A-Za-z0-9_]", "", topic) or "（未知话题）"

    def overview(self, days: int = 30) -> Overview:
        """Rounds loaded, users per channel, answers per day and the matched ratio, votes, gaps in the window."""
        now = self.now()
        today = now.astimezone(self.kb.tz).date()
        first = today - dt.timedelta(days=days - 1)
        stats = StatsStore(self.store.store)
        per_day = {d: (a, m) for d, a, m in stats.answers_per_day(first.isoformat())}
        series = tuple((d.isoformat(), *per_day.get(d.isoformat(), (0, 0)))
                       for d in (first + dt.timedelta(days=i) for i in range(days)))
        answers, matched = sum(a for _, a, _ in series), sum(m for _, _, m in series)
        kbs = [self.kb, *sorted(self.earlier.values(), key=lambda k: k.deadline, reverse=True)]
        rounds = tuple(RoundInfo(k.notice.meta.doc_number, k.notice.meta.programme_full, deadline_text(k), now < k.deadline,
                                 k is self.kb) for k in kbs)
        users = stats.users_per_channel()
        window = min(days, self.gap_days) if self.gap_days > 0 else 0
        gaps = stats.gaps_since((now - dt.timedelta(days=window)).astimezone(dt.UTC).isoformat(timespec="seconds")) if window else 0
        return Overview(rounds, tuple((CHANNEL_NAMES.get(c, c), shown(n)) for c, n in sorted(users.items())),
                        shown(sum(users.values())), series, answers, matched / answers if answers else None,
                        stats.feedback_totals(first.isoformat()), gaps)

    def feedback_table(self) -> tuple[list[TopicFeedback], list[tuple[str, str, str, str]]]:
        """Votes per topic and clause this round, and the newest masked comments (day, topic, clause, comment)."""
        store = FeedbackStore(self.store.store)
        rows = [TopicFeedback(self.topic_label(v.topic), v.clause, v.up, v.down) for v in store.per_topic(self.kb.round_id)]
        comments = [(d, self.topic_label(t), c, text) for d, t, c, text in store.comments(self.kb.round_id, 100)]
        return rows, comments

    def digest_markdown(self, days: int = 7) -> str:
        """The weekly digest for the officers' WeCom group: uptake per district, top gaps, feedback, deadline."""
        now = self.now()
        since = now - dt.timedelta(days=days)
        lines = [f"# {self.bot_name} · 申报情况周报", f"> {self.kb.notice.meta.doc_number}　{countdown(self.kb, now)}", "",
                 "**各区进展**（进入｜已开始｜全部完成）"]
        stats = self.district_stats()
        for d in stats:
            lines.append(f"{d.name}：{shown(d.users)}｜{shown(d.started)}｜{shown(d.finished)}")
        if not stats:
            lines.append("还没有企业通过各区链接进入或设置所在区。")
        groups = self.gap_groups(since) if self.gap_days > 0 else []
        lines += ["", f"**没能回答的问题**（近 {days} 天，共 {sum(g.count for g in groups)} 次）"]
        lines += [f"{i}. {md(g.text)}（{g.count} 次）" for i, g in enumerate(groups[:5], 1)] or ["无"]
        up, down = StatsStore(self.store.store).feedback_totals(since.astimezone(self.kb.tz).date().isoformat())
        ratio = f"，有用占 {round(100 * up / (up + down))}%" if up + down >= SMALL else ""
        lines += ["", f"**回答评价**（近 {days} 天）：👍 {up}　👎 {down}{ratio}"]
        answered = [a for d, a, _ in self.overview(days).days]
        lines.append(f"近 {days} 天共回答 {sum(answered)} 次。")
        # "<3" could open a tag in WeCom's markdown (it knows <font>): the full-width sign reads the same.
        lines = [line.replace("<3", "＜3") for line in lines]
        while len("\n".join(lines).encode()) > DIGEST_LIMIT and stats:  # one message: drop the smallest districts
            lines.pop(3 + len(stats))
            stats = stats[:-1]
        return "\n".join(lines)
