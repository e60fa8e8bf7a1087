"""Tools for district officers: who is one and which districts they serve (BOT_OFFICERS), and /share links."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from storage.checklist import UserKey

from .types import Command, Incoming, Reply

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Officers:
    """Officer id ("channel:user") -> the district keys they serve; None for commission officers (every district)."""

    scope: dict[str, frozenset[str] | None]
    problems: tuple[str, ...] = ()  # entries naming a district the knowledge base does not know

    def districts(self, officer: str) -> frozenset[str] | None:
        return self.scope.get(officer, frozenset())


def district_key(name: str, kb, resolver) -> str | None:
    """A district key from a key, a Chinese name (short or full) or any place the resolver knows; None if unsure."""
    name = name.strip()
    if not name:
        return None
    if kb.unit_for(name) or name in getattr(kb.geography, "districts", {}):
        return name
    res = resolver.resolve(name)
    return res.districts[0] if res.resolved and len(res.districts) == 1 else None


def bind_officers(entries: Iterable[str], kb, resolver) -> Officers:
    """Read BOT_OFFICERS entries: `channel:user` (commission: every district) or `channel:user@district+district`.

    The district part follows the last '@' (WeCom user ids may contain '@' themselves). An entry naming a district
    that cannot be resolved gives that officer no district at all, never every district, and is reported.
    """
    scope: dict[str, frozenset[str] | None] = {}
    problems = []
    for raw in entries:
        entry = raw.strip()
        if not entry or ":" not in entry:
            if entry:
                problems.append(entry)
            continue
        who, at, where = entry.rpartition("@") if "@" in entry.partition(":")[2] else (entry, "", "")
        if not at:
            scope[entry] = None
            continue
        keys = [district_key(n, kb, resolver) for n in where.split("+")]
        if not who or ":" not in who or None in keys:
            problems.append(entry)
            scope.setdefault(who or entry, frozenset())
            continue
        old = scope.get(who, frozenset())
        scope[who] = None if old is None else frozenset(old | set(keys))
    for p in problems:
        logger.warning("BOT_OFFICERS entry not understood, no district access given: …@%s", p.rpartition("@")[2][:40])
    return Officers(scope, tuple(problems))


class OfficerFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def cmd_share(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        res = self.answerer.resolver.resolve(args) if args else None
        if not res or not res.resolved or len(res.districts) != 1:
            return Reply(f"用法：/share 区名，例如 /share {self.kb.example_place()}（生成本区企业专用的链接）。", matched=False)
        key = res.districts[0]
        return Reply(f"{self.answerer.resolver.display_name(key)}专属链接", share={"district": key})

    def officer_districts(self, inc: Incoming) -> frozenset[str] | None:
        """The districts this officer may see: None means every district (commission officers)."""
        officer = f"{inc.channel}:{inc.user_id}"
        if officer in self.officer_scope.scope:
            return self.officer_scope.districts(officer)
        return None if inc.is_officer else frozenset()


COMMANDS: tuple[Command, ...] = (
    Command("share", "（区工作人员）生成本区企业的专属链接", "(Officers) share link for a district", OfficerFeature.cmd_share,
            True, "区名"),
)
