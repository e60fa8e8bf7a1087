"""The Channel protocol: every adapter declares what it can do, and a capability it claims is one it serves.

Channels that push deliver to the local fake platform APIs; channels that cannot push refuse, and the core, wired
with `pushers(...)`, declines `/remind on` there honestly instead of storing a chat id no sender serves.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect

import pytest
from conftest import BEFORE
from fake_telegram import GOOD_TOKEN, FakeBotAPI
from fake_wecom import AGENT_ID, CORP_ID, KF_ID, SECRET, FakeWeCom
from telegram import Bot

from assistant.router import Router
from assistant.types import Button, ChannelName, Incoming, Reply
from handlers.channel import CannotPush, Capabilities, Channel, deliver_reminders, pushers
from handlers.console import ConsoleChannel
from handlers.telegram import TelegramChannel
from handlers.wecom.aibot import VIA, AIBotClient
from handlers.wecom.api import WeComAPI
from handlers.wecom.channels import WeComApp, WeComKf
from storage.checklist import ChecklistStore, UserKey
from storage.db import Store

CHANNELS: tuple[type[Channel], ...] = (ConsoleChannel, TelegramChannel, WeComApp, WeComKf, AIBotClient)
BUTTONS = Reply("选一项：", buttons=((Button("第一项", "/toggle 1", "1"), Button("第二项", "/toggle 2", "2")),))


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture()
def core(answerer, tmp_path):
    """A router wired the way bot.py wires it: told by the protocol which channels can push."""
    store = Store(tmp_path / "ch.sqlite3")
    clock = Clock(BEFORE)
    yield Router(answerer, ChecklistStore(store), clock, reminder_channels=pushers(CHANNELS)), clock
    store.close()


def incoming(channel: type[Channel], user: str, text: str) -> Incoming:
    """A message as the adapter builds it (the AI bot's users are WeCom app members; it is the delivering channel)."""
    if channel is AIBotClient:
        return Incoming(ChannelName.WECOM.value, user, text, via=VIA)
    return Incoming(channel.name.value, user, text)


def test_every_adapter_implements_the_protocol():
    assert len({c.name for c in CHANNELS}) == len(CHANNELS) == len(ChannelName)
    for c in CHANNELS:
        assert isinstance(c.name, ChannelName) and isinstance(c.capabilities, Capabilities), c
        assert inspect.iscoroutinefunction(c.push), c
    assert pushers(CHANNELS) == {"telegram", "wecom"}
    assert {c.name for c in CHANNELS if c.capabilities.buttons} == {ChannelName.TELEGRAM}


def test_a_channel_that_cannot_push_refuses_and_remind_on_is_declined_there(core, answerer):
    router, _ = core
    silent = [c for c in CHANNELS if not c.capabilities.push]
    assert {c.name for c in silent} == {ChannelName.CONSOLE, ChannelName.WECOM_KF, ChannelName.WECOM_AIBOT}
    instances = {ConsoleChannel: ConsoleChannel(), WeComKf: WeComKf(), AIBotClient: AIBotClient(router, "id", "secret")}
    for c in silent:
        with pytest.raises(CannotPush):
            asyncio.run(instances[c].push("someone", Reply("⏰")))
        reply = router.respond(incoming(c, f"u-{c.name}", "/remind on"))
        assert "不能主动推送" in reply.text and not reply.matched, c
        inc = incoming(c, f"u-{c.name}", "")
        assert not router.reminders.enabled(UserKey(inc.channel, inc.user_id)), c
        assert asyncio.run(deliver_reminders(router, instances[c])) == 0


def test_telegram_pushes_reminders_with_buttons(core):
    router, clock = core
    assert "已开启" in router.respond(incoming(TelegramChannel, "4242", "/remind on")).text
    with FakeBotAPI() as fake:
        async def go() -> int:
            async with Bot(GOOD_TOKEN, base_url=f"{fake.url}/bot") as bot:
                channel = TelegramChannel(bot)
                await channel.push("4243", BUTTONS)
                clock.now = router.kb.deadline - dt.timedelta(days=3) + dt.timedelta(minutes=1)
                return await deliver_reminders(router, channel)
        assert asyncio.run(go()) == 1
        (buttons,) = fake.sent("sendMessage", chat=4243)
        assert "inline_keyboard" in str(buttons["reply_markup"]) and "/toggle 2" in str(buttons["reply_markup"])
        (reminder,) = fake.sent("sendMessage", chat=4242)
        assert "⏰" in reminder["text"] and "11 项未完成" in reminder["text"]


def test_wecom_app_pushes_reminders_as_text_and_builds_share_links(core):
    router, clock = core
    assert "已开启" in router.respond(incoming(WeComApp, "lisi", "/remind on")).text
    share = router.respond(Incoming(ChannelName.WECOM.value, "officer", "/share 浦东", is_officer=True))
    with FakeWeCom() as fake:
        async def go() -> int:
            api = WeComAPI(CORP_ID, SECRET, AGENT_ID, fake.url)
            try:
                app = WeComApp(api, KF_ID)
                await app.push("zhangsan", BUTTONS)  # no buttons on WeCom: the text says what to type
                await app.share("officer", share)
                await WeComApp(api).share("officer", share)  # no 微信客服 account: says why not
                clock.now = router.kb.deadline - dt.timedelta(days=1) + dt.timedelta(minutes=1)
                return await deliver_reminders(router, app)
            finally:
                await api.close()
        assert asyncio.run(go()) == 1
        sent = {(s["touser"], s["text"]["content"]) for s in fake.sent("message/send")}
    texts = {user: [t for u, t in sent if u == user] for user, _ in sent}
    assert texts["zhangsan"] == ["选一项：\n可回复：1 ｜ 2"]
    assert any("scene_param=pudong" in t for t in texts["officer"]) and any("WECOM_KF_ID" in t for t in texts["officer"])
    assert "⏰" in texts["lisi"][0] and "11 项未完成" in texts["lisi"][0]


def test_channels_without_share_links_say_why_not(core):
    router, _ = core
    for c in CHANNELS:
        if c.capabilities.share:
            continue
        reply = router.respond(Incoming(incoming(c, "officer", "").channel, "officer", "/share 浦东", is_officer=True))
        assert reply.share and "不能生成链接" in reply.plain() and "pudong" not in reply.plain(), c
