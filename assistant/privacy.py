"""Privacy: /forget erases everything about a person after a confirmation."""

from __future__ import annotations

from storage.checklist import UserKey

from .types import Button, Command, Incoming, Pending, Reply

CONFIRM_WORDS = {"确认", "确定", "confirm", "yes"}


class PrivacyFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def cmd_forget(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        self.store.set_pending(user, Pending.FORGET)
        return Reply("⚠️ 确定要删除您在本助手中的全部记录（清单进度、所在区、提醒设置）吗？\n回复“确认”删除；回复其他任何内容取消。",
                     buttons=((Button("确认删除", "确认"), Button("取消", "取消")),))


    def erase(self, user: UserKey) -> Reply:
        """The confirmed /forget: every row about the person, every round."""
        self.store.forget(user)
        return Reply("🗑 已删除您在本助手中的全部记录（清单进度、所在区、提醒设置）。")


COMMANDS: tuple[Command, ...] = (
    Command("forget", "删除我的全部记录", "Erase my data", PrivacyFeature.cmd_forget),
)
