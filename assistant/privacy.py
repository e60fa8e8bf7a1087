"""Privacy: /privacy says what is kept and for how long; /forget erases a person; old rounds' users are purged."""

from __future__ import annotations

import datetime as dt
import re

from knowledge.phrasing import zh_date
from storage.checklist import UserKey
from storage.feedback import FeedbackStore
from storage.gaps import GapStore
from storage.retention import purge_inactive

from .types import Button, Command, Incoming, Pending, Reply

CONFIRM_WORDS = {"确认", "确定", "confirm", "yes"}
PRIVACY_TALK = re.compile(r"(保存|存储|存了|记录|收集|留存|保留)(了)?(我|我们)(的)?(什么|哪些|啥|多少)?(数据|信息|资料|记录|隐私|内容)"
                          r"|(你们|助手|机器人).{0,6}(保存|存储|记录|收集).{0,4}(什么|哪些|啥)|隐私(政策|说明|声明)?$|个人信息保护")


class PrivacyFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def cmd_forget(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        self.store.set_pending(user, Pending.FORGET)
        return Reply("⚠️ 确定要删除您在本助手中的全部记录（清单进度、所在区、提醒设置、您写的意见）吗？\n回复“确认”删除；回复其他任何内容取消。",
                     buttons=((Button("确认删除", "确认"), Button("取消", "取消")),))

    def erase(self, user: UserKey) -> Reply:
        """The confirmed /forget: every row about the person, every round, and the feedback comments they wrote."""
        FeedbackStore(self.store.store).forget_comments([user])
        self.store.forget(user)
        return Reply("🗑 已删除您在本助手中的全部记录（清单进度、所在区、提醒设置、您写的意见）。")

    def retention_cutoff(self, now: dt.datetime) -> dt.datetime | None:
        """Activity before this time belongs to a round closed more than `retention_days` ago (None: nothing to purge).

        When the newest loaded round closed that long ago, everyone inactive for `retention_days` goes; otherwise those
        last active before the close of the newest earlier round that closed that long ago.
        """
        keep = dt.timedelta(days=self.retention_days)
        if self.kb.deadline + keep < now:
            return now - keep
        closed = [k.deadline for k in self.earlier.values() if k.deadline + keep < now]
        return max(closed) if closed else None

    def purge_expired(self) -> int:
        """Erase the users whose round closed more than BOT_RETENTION_DAYS ago, and unanswered questions older than
        BOT_GAP_DAYS (all of them when recording is off); run by `serve`. How many users went."""
        now = self.now()
        GapStore(self.store.store).purge((now - dt.timedelta(days=max(self.gap_days, 0))).astimezone(dt.UTC)
                                         .isoformat(timespec="seconds") if self.gap_days > 0 else "9999")
        cutoff = self.retention_cutoff(now)
        if cutoff is None:
            return 0
        return purge_inactive(self.store.store, cutoff.astimezone(dt.UTC).isoformat(timespec="seconds"))

    def cmd_privacy(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """What the assistant keeps about a user, for how long, and how to erase it."""
        until = (self.kb.deadline + dt.timedelta(days=self.retention_days)).astimezone(self.kb.tz).date()
        gaps = (f"• 我没能回答的申报问题：去掉电话、邮箱、身份证号、统一社会信用代码后保存 {self.gap_days} 天，"
                f"只记渠道和所在区、不记是谁问的，用来补充知识库；\n" if self.gap_days > 0 else "• 我没能回答的问题：当前设置为不记录；\n")
        text = ("🔒 隐私说明\n"
                "与您本人关联保存的（按渠道和用户 ID）：\n"
                "• 所在区、申报清单上完成的步骤和时间、截止提醒设置；\n"
                "• 上一轮对话的上下文（用来理解“那松江呢”这样的追问，不是原文），以及最近一条回答的话题和条款（用来记录“有用/没用”）；\n"
                "• 您在点“没用”后写的一句意见（去掉个人信息后保存）。\n"
                "不保存您的消息原文，不保存姓名、电话等身份信息。\n\n"
                "不与任何人关联的：\n" + gaps +
                "• 对回答的评价（按话题统计的“有用/没用”次数）和每天的回答数量。\n\n"
                f"保存多久：本期申报截止后 {self.retention_days} 天（{zh_date(until)}）仍未再使用的用户，其全部记录自动删除。\n"
                "区工作人员只能看到按区汇总的企业数（少于 3 家显示为“<3”），看不到任何企业是谁、说了什么。\n\n"
                "随时可以删除：发送 /forget 并回复“确认”，立即删除与您关联的全部记录（包括您写的意见），不可恢复。")
        return Reply(text)


COMMANDS: tuple[Command, ...] = (
    Command("privacy", "隐私说明：保存什么、保存多久、如何删除", "What is stored about me", PrivacyFeature.cmd_privacy),
    Command("forget", "删除我的全部记录", "Erase my data", PrivacyFeature.cmd_forget),
)
