"""WeCom AI-bot long connection (智能机器人长连接): no public URL needed, for intranet deployments.

Frames are JSON over one outbound WebSocket: `aibot_subscribe` (bot id + secret) authenticates,
`aibot_msg_callback` / `aibot_event_callback` bring messages and events, `aibot_respond_msg` /
`aibot_respond_welcome_msg` answer them with the callback's req_id, `ping` every 30 s keeps it alive.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import sys
from collections.abc import Callable

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from assistant.router import Router
from assistant.types import ChannelName, Incoming, Reply

from ..channel import CannotPush, Capabilities, guarded, pushers
from ..settings import Settings
from .api import split_bytes
from .callback import APP

logger = logging.getLogger(__name__)

DEFAULT_URL = "wss://openws.work.weixin.qq.com"
VIA = ChannelName.WECOM_AIBOT.value  # Incoming.via: the users are WeCom app members, answered here
STREAM_LIMIT_BYTES = 20_000
_MENTION = re.compile(r"^(@\S+\s*)+")


class AuthFailed(Exception):
    """aibot_subscribe was refused: wrong bot id or secret. Reconnecting would not help."""


def req_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(8)}"


class AIBotClient:
    """Keeps one authenticated connection, answers every text with the dialog core, reconnects with backoff.

    As a Channel it only answers callbacks (req_id): it cannot push reminders, show buttons or build share links.
    """

    name = ChannelName.WECOM_AIBOT
    capabilities = Capabilities()

    def __init__(self, dialog: Router, bot_id: str, secret: str, url: str = DEFAULT_URL,
                 ping_interval: float = 30.0, max_backoff: float = 30.0) -> None:
        self.dialog, self.bot_id, self._secret, self.url = dialog, bot_id, secret, url
        self.ping_interval, self.max_backoff = ping_interval, max_backoff
        self.connections = 0
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    async def push(self, chat_id: str, reply: Reply) -> None:
        """The long connection carries answers to callbacks only: reminders are declined at /remind on."""
        raise CannotPush(self.name)

    async def run(self) -> None:
        """Connect, serve, and reconnect (1 s, 2 s, 4 s … up to max_backoff) until stopped or replaced."""
        delay = 1.0
        while not self._stop.is_set():
            try:
                replaced = await self._session()
                if replaced:
                    logger.warning("another connection took over this bot; stopping")
                    return
                delay = 1.0
            except AuthFailed:
                raise
            except (TimeoutError, OSError, ConnectionClosed) as exc:
                logger.warning("AI bot connection lost (%s); reconnecting in %.0f s", type(exc).__name__, delay)
            if self._stop.is_set():
                return
            try:
                await asyncio.wait_for(self._stop.wait(), timeout=delay)
            except TimeoutError:
                pass
            delay = min(delay * 2, self.max_backoff)

    async def _session(self) -> bool:
        async with connect(self.url, open_timeout=20, ping_interval=None, max_size=2**20) as ws:
            rid = req_id("aibot_subscribe")
            await ws.send(json.dumps({"cmd": "aibot_subscribe", "headers": {"req_id": rid},
                                      "body": {"bot_id": self.bot_id, "secret": self._secret}}))
            ack = json.loads(await asyncio.wait_for(ws.recv(), timeout=20))
            if ack.get("errcode", 0) != 0:
                raise AuthFailed(f"aibot_subscribe refused: errcode {ack.get('errcode')} {ack.get('errmsg', '')}")
            self.connections += 1
            logger.info("AI bot subscribed")
            pinger = asyncio.create_task(self._ping(ws))
            stopper = asyncio.create_task(self._stop.wait())
            try:
                while True:
                    recv = asyncio.create_task(ws.recv())
                    done, _ = await asyncio.wait({recv, stopper}, return_when=asyncio.FIRST_COMPLETED)
                    if stopper in done:
                        recv.cancel()
                        return False
                    try:
                        if await self._frame(ws, recv.result()):
                            return True
                    except ConnectionClosed:
                        raise
                    except Exception:  # one bad frame or core error must not end the connection
                        logger.exception("AI bot frame failed")
            finally:
                pinger.cancel()
                stopper.cancel()

    async def _ping(self, ws) -> None:
        while True:
            await asyncio.sleep(self.ping_interval)
            await ws.send(json.dumps({"cmd": "ping", "headers": {"req_id": req_id("ping")}}))

    async def _frame(self, ws, raw: str | bytes) -> bool:
        """Handle one frame; True when WeCom says a newer connection replaced this one."""
        try:
            frame = json.loads(raw)
            cmd, headers, body = frame.get("cmd", ""), frame.get("headers") or {}, frame.get("body") or {}
        except (ValueError, AttributeError):
            logger.warning("ignoring a malformed frame")
            return False
        rid = headers.get("req_id", "")
        if cmd == "aibot_msg_callback":
            await self._message(ws, rid, body)
        elif cmd == "aibot_event_callback":
            event = (body.get("event") or {}).get("eventtype", "")
            if event == "disconnected_event":
                return True
            if event == "enter_chat":
                user = (body.get("from") or {}).get("userid", "")
                text = self._respond(Incoming(APP, user, "/start", via=VIA)).plain()
                await ws.send(json.dumps({"cmd": "aibot_respond_welcome_msg", "headers": {"req_id": rid},
                                          "body": {"msgtype": "text", "text": {"content": text}}}, ensure_ascii=False))
        return False

    def _respond(self, inc: Incoming) -> Reply:
        """The core's reply; an unexpected error is logged and answered with an apology."""
        return guarded(self.dialog, inc)[0]

    async def _message(self, ws, rid: str, body: dict) -> None:
        user = (body.get("from") or {}).get("userid", "")
        if not user or not rid:
            return
        if body.get("msgtype") != "text":
            text = "目前只能处理文字消息，请直接输入您的问题。"
        else:
            content = _MENTION.sub("", (body.get("text") or {}).get("content", "")).strip()
            group = body.get("chattype") == "group"
            text = self._respond(Incoming(APP, user, content, chat_id=body.get("chatid", ""),
                                          is_group=group, addressed=True, via=VIA)).plain()
        # The answer is ready at once, so the stream is sent finished in one frame (content ≤ 20 KB).
        content = split_bytes(text, STREAM_LIMIT_BYTES)[0]
        await ws.send(json.dumps({"cmd": "aibot_respond_msg", "headers": {"req_id": rid},
                                  "body": {"msgtype": "stream", "stream": {"id": req_id("stream"), "finish": True,
                                                                           "content": content}}}, ensure_ascii=False))


def run_bot(settings: Settings, ping: float, build: Callable[..., Router]) -> int:
    """The AI bot long connection until interrupted; exit 2 on missing or refused credentials."""
    a = settings.aibot
    missing = [k for k, v in (("WECOM_BOT_ID", a and a.bot_id), ("WECOM_BOT_SECRET", a and a.secret)) if not v]
    if missing or a is None:
        sys.stderr.write(f"缺少企业微信智能机器人配置 / missing setting: {', '.join(missing)}\n")
        return 2
    client = AIBotClient(build(settings.core, pushers([AIBotClient])), a.bot_id, a.secret, a.ws_url, ping_interval=ping)
    try:
        asyncio.run(client.run())
    except AuthFailed as exc:
        sys.stderr.write(f"企业微信拒绝了机器人凭证，请检查 WECOM_BOT_ID / WECOM_BOT_SECRET：{exc}\n")
        return 2
    except KeyboardInterrupt:
        pass
    return 0
