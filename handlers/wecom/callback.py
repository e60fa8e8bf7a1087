"""WeCom callbacks: verify and decrypt, route app messages and 微信客服 events to the core, reply."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from dataclasses import dataclass

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from assistant.router import Router
from assistant.types import Incoming, Reply
from storage.channel_state import ChannelState

from ..channel import guarded
from .api import WeComAPI, split_bytes
from .channels import WeComApp, WeComKf
from .crypto import CryptoError, WeComCrypto

logger = logging.getLogger(__name__)

APP, KF = WeComApp.name.value, WeComKf.name.value
KF_MAX_REPLIES = 5  # 微信客服 allows at most 5 messages per customer message
KF_REPLY_WINDOW = 48 * 3600  # …and only within 48 hours of it


class Rejected(Exception):
    """A request that must not reach the core; carries the HTTP status to answer with."""

    def __init__(self, status: int, reason: str) -> None:
        self.status, self.reason = status, reason
        super().__init__(reason)


@dataclass(frozen=True)
class Result:
    status: int
    body: str
    media_type: str = "text/plain"
    later: object = None  # coroutine function to run after the response is sent


def parse_xml(raw: bytes | str) -> dict[str, str]:
    """Flat dict of a WeCom XML message; entities and DTDs refused (defusedxml)."""
    try:
        root = ElementTree.fromstring(raw, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise Rejected(400, f"bad xml: {type(exc).__name__}") from None
    return {child.tag: (child.text or "") for child in root}


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


MAX_NONCE = 64  # WeCom's nonces are short digit strings; anything longer is not WeCom


class ReplayGuard:
    """Rejects stale timestamps and (timestamp, nonce) pairs seen within the window; runs after the signature check.

    The window is kept in SQLite, so it survives restarts and is shared by every `serve` worker.
    """

    def __init__(self, state: ChannelState, window: int) -> None:
        self.state, self.window = state, window

    def check(self, timestamp: str, nonce: str, now: float | None = None) -> None:
        now = time.time() if now is None else now
        try:
            ts = int(timestamp)
        except (TypeError, ValueError):
            raise Rejected(400, "bad timestamp") from None
        if not nonce or len(nonce) > MAX_NONCE:
            raise Rejected(400, "bad nonce")
        if abs(now - ts) > self.window:
            raise Rejected(403, "stale timestamp")
        if not self.state.fresh_nonce(f"{ts}:{nonce}", now, self.window):
            raise Rejected(403, "replayed nonce")


def answer_safely(dialog: Router, inc: Incoming) -> tuple[Reply, str]:
    """The core's reply and the outcome to record; an unexpected error is logged and becomes an apology."""
    reply, ok = guarded(dialog, inc)
    return reply, "answer" if ok else "apology"


class WeComChannel:
    """The self-built app's callback endpoint and the 微信客服 account behind it."""

    def __init__(self, dialog: Router, crypto: WeComCrypto, api: WeComAPI, state: ChannelState,
                 kf_id: str = "", window: int = 300) -> None:
        self.dialog, self.crypto, self.api, self.state, self.kf_id = dialog, crypto, api, state, kf_id
        self.guard = ReplayGuard(state, window)
        self.app = WeComApp(api, kf_id)  # the Channel that pushes reminders and builds share links
        self._kf_lock = asyncio.Lock()

    # ------------------------------------------------------------ URL verification
    def verify_url(self, q: dict[str, str]) -> str:
        """GET: the decrypted echostr proves we hold the Token and EncodingAESKey."""
        echostr = q.get("echostr", "")
        self._verify(q, echostr)
        self.guard.check(q.get("timestamp", ""), q.get("nonce", ""))
        return self._decrypt(echostr)

    def _verify(self, q: dict[str, str], encrypt: str) -> None:
        try:
            self.crypto.verify(q.get("msg_signature", ""), q.get("timestamp", ""), q.get("nonce", ""), encrypt)
        except CryptoError:
            raise Rejected(403, "bad signature") from None

    def _decrypt(self, encrypt: str) -> str:
        try:
            return self.crypto.decrypt(encrypt)
        except CryptoError as exc:
            raise Rejected(400, f"cannot decrypt: {exc}") from None

    # ------------------------------------------------------------ messages
    async def handle(self, q: dict[str, str], body: bytes) -> Result:
        """POST: verify the signature, then the replay window, decrypt, route. Raises Rejected for anything forged."""
        encrypt = parse_xml(body).get("Encrypt", "")
        if not encrypt:
            raise Rejected(400, "no Encrypt")
        self._verify(q, encrypt)
        self.guard.check(q.get("timestamp", ""), q.get("nonce", ""))
        msg = parse_xml(self._decrypt(encrypt))
        kind, event = msg.get("MsgType", ""), msg.get("Event", "")
        if kind == "event" and event == "kf_msg_or_event":
            token, kfid = msg.get("Token", ""), msg.get("OpenKfId", "")
            return Result(200, "success", later=lambda: self.sync_kf(token, kfid))
        user = msg.get("FromUserName", "")
        if not user:
            raise Rejected(400, "no sender")
        if kind == "event":
            if event == "enter_agent":
                return self._passive(user, self.dialog.respond(Incoming(APP, user, "/start")).plain())
            return Result(200, "success")
        msg_id = msg.get("MsgId", "")
        if msg_id and self.state.seen(APP, msg_id):
            logger.info("duplicate MsgId ignored")
            return Result(200, "success")  # WeCom retried; the first delivery was answered
        if kind == "file" and msg.get("MediaId"):
            if msg_id:
                self.state.mark(APP, msg_id, "answer")
            return Result(200, "success", later=lambda: self._check_file(user, msg["MediaId"]))
        if kind != "text":
            return self._passive(user, "目前只能处理文字消息和 .docx/.txt 稿件，请直接输入您的问题。")
        # The core's changes and the MsgId's outcome commit together: a retry finds both or neither.
        with self.state.store.transaction():
            if msg_id and self.state.seen(APP, msg_id):
                return Result(200, "success")
            reply, outcome = answer_safely(self.dialog, Incoming(APP, user, msg.get("Content", "")))
            if msg_id:
                self.state.mark(APP, msg_id, outcome)
        if reply.share:
            return Result(200, "success", later=lambda: self.app.share(user, reply))
        text = reply.plain()
        if len(text.encode()) <= 2048:
            return self._passive(user, text)
        return Result(200, "success", later=lambda: self.api.send_text(user, text))

    def _passive(self, user: str, text: str) -> Result:
        """Encrypted passive reply in the HTTP response (inside WeCom's 5-second window)."""
        ts, nonce = str(int(time.time())), secrets.token_hex(8)
        inner = (f"<xml><ToUserName>{cdata(user)}</ToUserName><FromUserName>{cdata(self.api.corp_id)}</FromUserName>"
                 f"<CreateTime>{ts}</CreateTime><MsgType>{cdata('text')}</MsgType><Content>{cdata(text)}</Content></xml>")
        enc = self.crypto.encrypt(inner)
        body = (f"<xml><Encrypt>{cdata(enc)}</Encrypt><MsgSignature>{cdata(self.crypto.sign(ts, nonce, enc))}"
                f"</MsgSignature><TimeStamp>{ts}</TimeStamp><Nonce>{cdata(nonce)}</Nonce></xml>")
        return Result(200, body, "application/xml")

    async def _check_file(self, user: str, media_id: str) -> None:
        """A draft sent to the app: download it and reply with the pre-check report."""
        import zipfile
        from io import BytesIO
        data, name = await self.api.download_media(media_id)
        name = name or ("draft.docx" if zipfile.is_zipfile(BytesIO(data)) else "draft.txt")
        reply = self.dialog.check_document(Incoming(APP, user, ""), data, name)
        await self.api.send_text(user, reply.plain())

    # ------------------------------------------------------------ 微信客服
    async def sync_kf(self, token: str, open_kfid: str) -> int:
        """Pull new 微信客服 messages from the stored cursor and answer each one once."""
        answered = 0
        async with self._kf_lock:
            name = f"kf_cursor:{open_kfid}"
            cursor = self.state.get(name) or ""
            while True:
                data = await self.api.kf_sync(token, cursor, open_kfid)
                for item in data.get("msg_list", []):
                    answered += await self._kf_message(item)
                cursor = data.get("next_cursor") or cursor
                if cursor:
                    self.state.set(name, cursor)
                if not data.get("has_more"):
                    break
        return answered

    async def _kf_message(self, item: dict) -> int:
        """Answer one synced 微信客服 item once: the core's changes and the msgid's outcome commit together."""
        msgid = str(item.get("msgid", ""))
        if not msgid:
            return 0
        with self.state.store.transaction():
            if self.state.seen(KF, msgid):
                return 0
            sends = self._kf_plan(item)
            self.state.mark(KF, msgid, "answer" if sends else "skipped")
        for send in sends:
            await send()
        return 1 if sends else 0

    def _kf_plan(self, item: dict) -> list:
        """The sends that answer one item (none for items that are not answered)."""
        kfid = item.get("open_kfid", "")
        if item.get("msgtype") == "event":
            event = item.get("event") or {}
            if event.get("event_type") != "enter_session":
                return []
            user, scene = event.get("external_userid", ""), str(event.get("scene_param") or "")
            text = answer_safely(self.dialog, Incoming(KF, user, f"/start {scene}".strip()))[0].plain()
            if event.get("welcome_code"):
                return [lambda: self.api.kf_welcome(event["welcome_code"], text[:1000])]
            return [lambda: self.api.kf_send_text(event.get("open_kfid", kfid), user, text)]
        if item.get("origin") != 3 or item.get("msgtype") != "text":
            return []  # only customers' text messages are answered
        if time.time() - int(item.get("send_time") or 0) > KF_REPLY_WINDOW:
            return []  # outside the 48-hour reply window
        user = item.get("external_userid", "")
        reply = answer_safely(self.dialog, Incoming(KF, user, (item.get("text") or {}).get("content", "")))[0]
        parts = split_bytes(reply.plain())
        if len(parts) > KF_MAX_REPLIES:
            parts = parts[:KF_MAX_REPLIES - 1] + [parts[KF_MAX_REPLIES - 1][:600] + "\n……（回复较长已截断，请问得更具体一些）"]
        return [lambda part=part: self.api.kf_send_text(kfid, user, part) for part in parts]
