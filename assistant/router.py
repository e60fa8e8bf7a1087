"""The router: Incoming -> the feature that owns it -> Reply. Features are mixins; commands come from their tables."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable

from knowledge.answer import Answerer
from knowledge.model import Knowledge
from storage.checklist import ChecklistStore, UserKey
from storage.progress_counts import ProgressCounts
from storage.reminders import ReminderStore

from . import checklist, district, drafts, feedback, officers, privacy, reminders, stats, welcome
from .checklist import ChecklistFeature
from .district import DistrictFeature
from .drafts import PASTE, DraftsFeature
from .feedback import FeedbackFeature
from .gaps import GapsFeature
from .intents import TalkFeature
from .officers import OfficerFeature, bind_officers
from .privacy import CONFIRM_WORDS, PRIVACY_TALK, PrivacyFeature
from .reminders import RemindersFeature
from .reports import ReportsFeature
from .stats import STATS_TALK, StatsFeature
from .types import ChannelName, Command, Incoming, Pending, Reply, ReplyKind
from .view import ChecklistView
from .welcome import WelcomeFeature

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 2000
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.S)
# One table drives /help, Telegram's command menus and the README's command list (a test ties them).
COMMANDS: tuple[Command, ...] = (welcome.COMMANDS + checklist.COMMANDS + drafts.COMMANDS + district.COMMANDS + reminders.COMMANDS
                                 + privacy.COMMANDS + officers.COMMANDS + stats.COMMANDS)
ALL_COMMANDS = {c.name: c for c in COMMANDS + checklist.HIDDEN + feedback.HIDDEN}
# Who can push when the wiring does not say (tests, scripts): `serve` with the WeCom app and the Telegram webhook.
PUSHERS = frozenset({ChannelName.TELEGRAM.value, ChannelName.WECOM.value})


class Router(WelcomeFeature, ChecklistFeature, DistrictFeature, RemindersFeature, PrivacyFeature, OfficerFeature,
             StatsFeature, ReportsFeature, FeedbackFeature, GapsFeature, DraftsFeature, TalkFeature):
    """The conversation over the features; nothing here does network I/O."""

    def __init__(self, answerer: Answerer, store: ChecklistStore, now: Callable[[], dt.datetime],
                 officers: frozenset[str] = frozenset(), bot_name: str = "标杆助手", remind_days: tuple[int, ...] = (7, 3, 1),
                 reminder_channels: frozenset[str] = PUSHERS, earlier: tuple[Knowledge, ...] = (),
                 gap_days: int = 30, retention_days: int = 365) -> None:
        self.answerer, self.kb, self.now, self.bot_name = answerer, answerer.kb, now, bot_name
        # BOT_OFFICERS entries: `channel:user` (commission, every district) or `channel:user@district+district`.
        self.officer_scope = bind_officers(officers, self.kb, answerer.resolver)
        self.officers = frozenset(self.officer_scope.scope)
        self.gap_days, self.retention_days = gap_days, retention_days
        self.store = store.for_round(self.kb.round_id)  # checklist state belongs to the notice's round
        self.store.adopt_legacy()
        self.reminders = ReminderStore(store.store, self.kb.round_id)
        self.remind_days = tuple(sorted(set(remind_days), reverse=True))
        self.reminder_channels = reminder_channels  # channels that can push: handlers.channel.pushers(the wired channels)
        self.view = ChecklistView(self.kb)
        ProgressCounts(store.store).ensure_steps(self.kb.round_id, tuple(s.id for s in self.view.steps))
        self.earlier = {k.round_id: k for k in earlier if k.round_id != self.kb.round_id}  # past rounds' notices

    def respond(self, inc: Incoming) -> Reply:
        """Answer one message. Expected problems become helpful replies."""
        text = (inc.text or "").strip()
        if inc.is_group and not inc.addressed:
            return Reply("", kind=ReplyKind.SILENT)
        user = UserKey(inc.channel, inc.user_id)
        if PASTE.match(text) and (r := self.check_pasted(user, text)):
            return r
        if len(text) > MAX_MESSAGE_CHARS:
            return Reply(f"消息太长了（{len(text)} 字）。请把问题缩短到 {MAX_MESSAGE_CHARS} 字以内。", matched=False)
        if self.store.pending(user) and self.store.pop_pending(user) == Pending.FORGET:
            if text.lower() in CONFIRM_WORDS:
                return self.erase(user)
            if not text.startswith("/"):
                return Reply("已取消删除，您的记录保持不变。")
        if m := _COMMAND.match(text):
            name, args = m.group(1).lower(), (m.group(2) or "").strip()
            cmd = ALL_COMMANDS.get(name)
            if cmd is None:
                return Reply(f"没有 /{name} 这个命令。发送 /help 查看可用命令。", matched=False)
            if cmd.officer_only and not self.is_officer(inc):
                return Reply("这个命令仅供区主管部门工作人员使用。如您是工作人员，请联系管理员开通。", matched=False)
            return cmd.handler(self, user, args, inc)
        if not text:
            return Reply("请发送您的问题，或发送 /help 查看我能做什么。", matched=False)
        if (rated := self.feedback_talk(user, text)) is not None:
            return rated
        if PRIVACY_TALK.search(text):
            return self.cmd_privacy(user, "", inc)
        if STATS_TALK.search(text) and self.is_officer(inc):
            return self.cmd_stats(user, "", inc)
        with self.store.store.transaction():  # one commit for the context, the counter and the rateable answer
            return self.after_answer(user, text, self._talk(user, text, inc))

    def is_officer(self, inc: Incoming) -> bool:
        """Officers are named in BOT_OFFICERS as channel:user id, maybe bound to districts (or flagged by their channel)."""
        return inc.is_officer or f"{inc.channel}:{inc.user_id}" in self.officers
