"""What the core speaks: Incoming messages, Replies with buttons, kinds as enums, the Command table type."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from storage.checklist import UserKey

    from .router import Router


class ChannelName(StrEnum):
    """Namespaces of user ids (a person is a channel plus a user id) and the channels that deliver replies."""

    CONSOLE = "console"
    TELEGRAM = "telegram"
    WECOM = "wecom"  # WeCom app members (the AI bot's users are the same people)
    WECOM_KF = "wecom-kf"  # 微信客服 customers
    WECOM_AIBOT = "wecom-aibot"  # delivers only answers to callbacks


class ReplyKind(StrEnum):
    TEXT = "text"
    CHECKLIST = "checklist"  # edited in place by channels that can
    SILENT = "silent"  # nothing to send (group chatter not addressed to the bot)
    ACK = "ack"  # a short acknowledgement (of a button press): a toast where the channel has one, else text


class Pending(StrEnum):
    """Actions waiting for the user's confirmation."""

    FORGET = "forget"


class Share(TypedDict):
    """An officer's request for a district's share link; each channel builds the link it can."""

    district: str


@dataclass(frozen=True)
class Incoming:
    """What the core sees of any platform's message."""

    channel: str
    user_id: str
    text: str
    chat_id: str = ""
    is_group: bool = False
    addressed: bool = True  # in a group: a command, a mention or a reply to the bot
    is_officer: bool = False
    via: str = ""  # the delivering channel when it differs from the user's channel (e.g. the WeCom AI bot)


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # sent back as if the user had typed it (≤ 64 bytes, Telegram's callback_data limit)
    typed: str = ""  # what to type on a channel without buttons, when it differs from data (no internal keys)

    @property
    def text(self) -> str:
        """What a text-only channel offers the user to type."""
        return self.typed or self.data


@dataclass(frozen=True)
class Reply:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    kind: ReplyKind = ReplyKind.TEXT
    matched: bool = True
    share: Share | None = None
    topic: str = ""  # the knowledge-base topic (intent) the answer is about, for feedback and statistics
    clause: str = ""  # the first clause the answer cites
    gap: bool = False  # a question about the programme that the knowledge base could not answer (for operators)

    def plain(self) -> str:
        """Text for channels without buttons: choices become a line of replies the user can type."""
        if self.kind == ReplyKind.SILENT:
            return ""
        if self.share:
            return (f"{self.text}：这个渠道不能生成链接（Telegram 链接需要机器人的用户名，企业微信链接需要微信客服账号）。"
                    f"请在 Telegram 或企业微信应用中发送 /share。")
        if self.buttons and self.kind != ReplyKind.CHECKLIST:
            return self.text + "\n可回复：" + " ｜ ".join(b.text for row in self.buttons for b in row)
        return self.text


Handler = Callable[["Router", "UserKey", str, Incoming], Reply]


@dataclass(frozen=True)
class Command:
    """One slash command: drives /help, Telegram's menus and the README's command list."""

    name: str
    zh: str
    en: str
    handler: Handler
    officer_only: bool = False
    args: str = ""
    menu: bool = True  # False: reachable (e.g. from buttons) but not listed
