"""District statistics for officers (/stats, “我们区的情况”): aggregates only, small counts shown as “<3”."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from knowledge.phrasing import countdown
from storage.checklist import UserKey
from storage.progress_counts import ProgressCounts

from .types import Command, Incoming, Reply

SMALL = 3  # any count below this is shown as "<3": a handful of enterprises must not be singled out
BUCKETS = ("未开始", "≤25%", "26–50%", "51–75%", "76–99%", "全部完成")
NO_DISTRICT = ""  # users with checklist progress who never said where they are
STATS_TALK = re.compile(r"(我们|我|本|咱们?)区(里|的)?.{0,4}(情况|统计|数据|进度|进展)|(各区|全市|区里).{0,4}(申报)?(情况|统计|数据|进展)")


def shown(n: int) -> str:
    """A count as officers see it: 0, "<3", or the number."""
    return "<3" if 0 < n < SMALL else str(n)


def bucket(done: int, total: int) -> int:
    if done <= 0 or total <= 0:
        return 0
    if done >= total:
        return len(BUCKETS) - 1
    return min(4, 1 + (4 * done - 1) // total)


@dataclass(frozen=True)
class DistrictStats:
    """One district in the current round; every field is a count over enterprises, never a person."""

    key: str
    name: str
    users: int
    started: int
    finished: int
    buckets: tuple[int, ...]
    stuck_step: int = 0  # 1-based checklist step where most unfinished enterprises stopped (0: none)
    stuck_count: int = 0


def aggregate(rows: list[tuple[str, int, int]], total_steps: int) -> dict[str, tuple[list[int], Counter]]:
    """(district, mask, users) rows -> per district: bucket counts and the first open step of each unfinished starter."""
    out: dict[str, tuple[list[int], Counter]] = {}
    full = (1 << total_steps) - 1
    for district, mask, n in rows:
        buckets, stuck = out.setdefault(district, ([0] * len(BUCKETS), Counter()))
        mask &= full
        done = mask.bit_count()
        buckets[bucket(done, total_steps)] += n
        if 0 < done < total_steps:
            stuck[(~mask & (mask + 1)).bit_length()] += n  # lowest step not done
    return out


class StatsFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def district_name(self, key: str) -> str:
        """The display name of a district key (keys never reach users)."""
        if key == NO_DISTRICT:
            return "未设置所在区"
        try:
            return self.answerer.resolver.display_name(key)
        except KeyError:
            return "其他"

    def district_stats(self, only: frozenset[str] | None = None) -> list[DistrictStats]:
        """Every district with enterprises this round (or the named ones, even when empty), most users first."""
        rows = ProgressCounts(self.store.store).masks(self.kb.round_id)  # kept by triggers: no scan of every row
        per = aggregate(rows, len(self.view.steps))
        keys = set(per) if only is None else set(only)
        out = []
        for key in keys:
            buckets, stuck = per.get(key, ([0] * len(BUCKETS), Counter()))
            step, count = stuck.most_common(1)[0] if stuck else (0, 0)
            users = sum(buckets)
            out.append(DistrictStats(key, self.district_name(key), users, users - buckets[0], buckets[-1], tuple(buckets),
                                     step, count))
        return sorted(out, key=lambda d: (d.key == NO_DISTRICT, -d.users, d.name))

    def cmd_stats(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """Officers: this round's uptake in their district(s); commission officers see every district."""
        allowed = self.officer_districts(inc)
        if allowed is not None and not allowed:
            return Reply("您的工作人员账号没有绑定可识别的区，请管理员在 BOT_OFFICERS 中写成 渠道:用户ID@区名。", matched=False)
        want: frozenset[str] | None = allowed
        if args.strip():
            from .officers import district_key
            key = district_key(args, self.kb, self.answerer.resolver)
            if key is None:
                return Reply(f"没认出“{args.strip()[:20]}”是哪个区。用法：/stats 或 /stats 区名。", matched=False)
            if allowed is not None and key not in allowed:
                return Reply("您只能查看本人负责的区的情况。", matched=False)
            want = frozenset({key})
        head = f"📊 本期申报情况（{self.kb.notice.meta.doc_number}）\n{countdown(self.kb, self.now())}"
        stats = self.district_stats(want)
        if want is None:
            return Reply(head + "\n\n" + self._overview_text(stats))
        return Reply(head + "\n\n" + "\n\n".join(self._district_text(d) for d in stats))

    def _district_text(self, d: DistrictStats) -> str:
        lines = [f"【{d.name}】", f"进入助手的企业：{shown(d.users)}（通过本区链接进入或设置了本区）"]
        if d.users < SMALL:
            return "\n".join(lines + ["企业数少于 3 家，暂不显示分布。"])
        lines.append(f"已开始清单：{shown(d.started)}　全部完成：{shown(d.finished)}")
        lines.append("进度分布：")
        top = max(d.buckets) or 1
        for label, n in zip(BUCKETS, d.buckets, strict=True):
            bar = "▓" * max(1, round(10 * n / top)) if n >= SMALL else ("·" if n else "")
            lines.append(f"{label}　{bar + ' ' if bar else ''}{shown(n)}")
        if d.stuck_step:
            title = self.view.steps[d.stuck_step - 1].title
            lines.append(f"卡住最多的一步：第 {d.stuck_step} 步「{title}」（{shown(d.stuck_count)} 家）")
        return "\n".join(lines)

    def _overview_text(self, stats: list[DistrictStats]) -> str:
        if not stats:
            return "还没有企业通过各区链接进入或设置所在区。"
        lines = ["各区（进入｜开始｜完成）："]
        for d in stats:
            stuck = f"｜多卡在第 {d.stuck_step} 步" if d.stuck_step and d.users >= SMALL else ""
            lines.append(f"{d.name}：{shown(d.users)}｜{shown(d.started)}｜{shown(d.finished)}{stuck}")
        total = sum(d.users for d in stats)
        lines.append(f"合计：{shown(total)} 家。发送 /stats 区名 查看某区的进度分布。")
        return "\n".join(lines)


COMMANDS: tuple[Command, ...] = (
    Command("stats", "（区工作人员）本区企业申报进度统计", "(Officers) district statistics", StatsFeature.cmd_stats, True,
            "[区名]"),
)
