"""The Channel protocol: what the wiring, the reminder loops and the edge guard know of every channel adapter.

Each adapter (console, Telegram, WeCom app, 微信客服, WeCom AI bot) declares its name and what it can do. The core
is told which channels can push (`pushers`), so `/remind on` is accepted only where a reminder can be delivered,
and each pushing channel sends its own users' due reminders through `deliver_reminders`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from assistant.types import ChannelName, Incoming, Reply

if TYPE_CHECKING:  # the router imports the knowledge base; the protocol itself stays light to import
    from assistant.router import Router

logger = logging.getLogger(__name__)

APOLOGY = "抱歉，处理您的消息时出了点问题，请稍后再试。"


@dataclass(frozen=True)
class Capabilities:
    """What a channel can do besides answering a message."""

    push: bool = False  # send a message nobody asked for (deadline reminders)
    buttons: bool = False  # show Reply.buttons as buttons; without, the text offers what to type (Reply.plain)
    share: bool = False  # build an officer's /share link for companies; without, Reply.plain says why not


class CannotPush(RuntimeError):
    """push() on a channel that can only answer messages."""


class Channel(Protocol):
    """One channel adapter. Adding a channel is one module implementing this, plus one line of wiring."""

    name: ClassVar[ChannelName]  # the user-id namespace (or, for the AI bot, the delivering channel, Incoming.via)
    capabilities: ClassVar[Capabilities]

    async def push(self, chat_id: str, reply: Reply) -> None:
        """Deliver a reply unasked (a reminder); raises CannotPush where capabilities.push is False."""
        ...


def pushers(channels: Iterable[type[Channel] | Channel]) -> frozenset[str]:
    """The names of the channels (classes or instances) that can push: the core accepts /remind on only there."""
    return frozenset(c.name.value for c in channels if c.capabilities.push)


def guarded(dialog: Router, inc: Incoming) -> tuple[Reply, bool]:
    """The edge guard: the core's reply and True, or for an unexpected error a logged apology and False."""
    try:
        return dialog.respond(inc), True
    except Exception:
        logger.exception("%s message failed in the core", inc.via or inc.channel)
        return Reply(APOLOGY, matched=False), False


async def deliver_reminders(dialog: Router, channel: Channel) -> int:
    """Push each reminder due now to this channel's opted-in users; a failed send is logged and the rest go on."""
    if not channel.capabilities.push:
        return 0
    sent = 0
    for chat_id, text in dialog.due_reminders(channel.name.value):
        try:
            await channel.push(chat_id, Reply(text))
            sent += 1
        except Exception:
            logger.warning("%s reminder failed", channel.name, exc_info=True)
    return sent
