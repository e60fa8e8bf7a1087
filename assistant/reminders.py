"""Deadline reminders: opt in where a channel can push, and the due reminders each pushing channel sends."""

from __future__ import annotations

import datetime as dt

from knowledge.phrasing import countdown
from storage.checklist import UserKey

from .types import Command, Incoming, Reply


class RemindersFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def cmd_remind(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """Opt in or out of deadline reminders (sent by channels that can push messages)."""
        arg = args.strip().lower()
        days = "、".join(str(d) for d in self.remind_days)
        if (inc.via or inc.channel) not in self.reminder_channels:
            return Reply("这个渠道不能主动推送消息，截止提醒请在 Telegram 或企业微信应用中开启。"
                         "也可以随时发送 /progress 查看进度和倒计时。", matched=False)
        if arg in ("on", "开", "开启", "打开"):
            if self.now() >= self.kb.deadline:
                return Reply("本期申报已经截止，不再发送提醒。", matched=False)
            self.reminders.set(user, inc.chat_id or inc.user_id, True)
            return Reply(f"🔔 已开启截止提醒：将在截止前 {days} 天提醒您，并列出还没完成的步骤。发送 /remind off 可关闭。")
        if arg in ("off", "关", "关闭"):
            self.reminders.set(user, inc.chat_id or inc.user_id, False)
            return Reply("🔕 已关闭截止提醒。")
        state = "已开启" if self.reminders.enabled(user) else "未开启"
        return Reply(f"截止提醒{state}（截止前 {days} 天）。用法：/remind on 或 /remind off。")

    def reminder_times(self) -> list[tuple[str, dt.datetime]]:
        """(point id, when) for each reminder point, earliest first."""
        return [(f"d{d}", self.kb.deadline - dt.timedelta(days=d)) for d in self.remind_days]

    def due_reminders(self, channel: str) -> list[tuple[str, str]]:
        """(chat id, text) for every opted-in user due a reminder now; each point is sent at most once."""
        now = self.now()
        if now >= self.kb.deadline:
            return []
        passed = [p for p, when in self.reminder_times() if when <= now]
        out = []
        for user, chat_id in self.reminders.subscribers(channel):
            done = self.store.done(user)
            open_items = [f"{i}. {s.title}" for i, s in enumerate(self.view.steps, 1) if s.id not in done]
            if not open_items or not self.reminders.claim(user, passed):
                continue
            out.append((chat_id, f"⏰ {countdown(self.kb, now)}\n您还有 {len(open_items)} 项未完成：\n"
                        + "\n".join(open_items) + "\n发送 /next 查看下一步，/remind off 关闭提醒。"))
        return out


COMMANDS: tuple[Command, ...] = (
    Command("remind", "截止提醒：/remind on 或 /remind off", "Deadline reminders on/off", RemindersFeature.cmd_remind,
            args="on|off"),
)
