"""Tools for district officers: /share makes a district's link (each channel builds the link it can)."""

from __future__ import annotations

from storage.checklist import UserKey

from .types import Command, Incoming, Reply


class OfficerFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def cmd_share(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        res = self.answerer.resolver.resolve(args) if args else None
        if not res or not res.resolved or len(res.districts) != 1:
            return Reply(f"用法：/share 区名，例如 /share {self.kb.example_place()}（生成本区企业专用的链接）。", matched=False)
        key = res.districts[0]
        return Reply(f"{self.answerer.resolver.display_name(key)}专属链接", share={"district": key})


COMMANDS: tuple[Command, ...] = (
    Command("share", "（区工作人员）生成本区企业的专属链接", "(Officers) share link for a district", OfficerFeature.cmd_share,
            True, "区名"),
)
