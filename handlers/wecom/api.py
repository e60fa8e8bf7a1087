"""WeCom server API over httpx: access token cache, app messages, 微信客服 (kf), and group robots."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx

logger = logging.getLogger(__name__)

TOKEN_EXPIRED = {40014, 42001}  # invalid / expired access_token: refresh and retry once
TEXT_LIMIT_BYTES = 2048


class WeComError(RuntimeError):
    def __init__(self, method: str, errcode: int, errmsg: str) -> None:
        self.errcode = errcode
        super().__init__(f"{method}: errcode {errcode} {errmsg}")


def split_bytes(text: str, limit: int = TEXT_LIMIT_BYTES) -> list[str]:
    """Split text into parts of at most `limit` UTF-8 bytes, preferring line breaks."""
    parts, current = [], ""
    for line in text.split("\n"):
        candidate = f"{current}\n{line}" if current else line
        if len(candidate.encode()) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        current = ""
        while len(line.encode()) > limit:  # a single over-long line: cut at a character boundary
            cut = len(line.encode()[:limit].decode("utf-8", "ignore"))
            parts.append(line[:cut])
            line = line[cut:]
        current = line
    if current:
        parts.append(current)
    return parts or [""]


class WeComAPI:
    """One corp app's API client. The access token is cached and refreshed on expiry and on 40014/42001."""

    def __init__(self, corp_id: str, secret: str, agent_id: str, base_url: str = "https://qyapi.weixin.qq.com",
                 client: httpx.AsyncClient | None = None) -> None:
        self.corp_id, self._secret, self.agent_id = corp_id, secret, agent_id
        self.base = base_url.rstrip("/")
        self.client = client or httpx.AsyncClient(timeout=10)
        self._token: str | None = None
        self._expires = 0.0
        self._lock = asyncio.Lock()

    async def close(self) -> None:
        await self.client.aclose()

    async def token(self, refresh: bool = False) -> str:
        async with self._lock:
            if refresh or not self._token or time.monotonic() >= self._expires:
                resp = await self.client.get(f"{self.base}/cgi-bin/gettoken",
                                             params={"corpid": self.corp_id, "corpsecret": self._secret})
                data = resp.json()
                if data.get("errcode", 0) != 0:
                    raise WeComError("gettoken", data.get("errcode", -1), data.get("errmsg", ""))
                self._token = data["access_token"]
                # Refresh five minutes early; WeCom tokens live 7200 s.
                self._expires = time.monotonic() + max(60, int(data.get("expires_in", 7200)) - 300)
            return self._token

    async def _authed(self, method: str, path: str, params: dict[str, str], payload: dict[str, Any] | None = None,
                      file: bool = False) -> tuple[httpx.Response, dict[str, Any] | None]:
        """One request to /cgi-bin/<path> with the access token; an expired or invalid token is refreshed and the
        request tried once more. Returns the response and its JSON body (None for a file download's bytes)."""
        for attempt in (0, 1):
            token = await self.token(refresh=attempt == 1)
            resp = await self.client.request(method, f"{self.base}/cgi-bin/{path}", params={**params, "access_token": token},
                                             json=payload)
            is_json = not file or resp.headers.get("content-type", "").startswith(("application/json", "text/plain"))
            data = resp.json() if is_json else None
            code = data.get("errcode", 0) if data is not None else 0
            if code in TOKEN_EXPIRED and attempt == 0:
                logger.info("access token rejected (errcode %s); refreshing", code)
                continue
            return resp, data
        raise AssertionError("unreachable")  # pragma: no cover

    async def call(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        """POST to /cgi-bin/<path> with the access token; one retry with a fresh token if it expired."""
        _, data = await self._authed("POST", path, {}, payload)
        if data.get("errcode", 0) != 0:
            raise WeComError(path, data.get("errcode", -1), data.get("errmsg", ""))
        return data

    async def download_media(self, media_id: str) -> tuple[bytes, str]:
        """A file a user sent (media/get): its bytes and file name (from Content-Disposition, if given)."""
        resp, error = await self._authed("GET", "media/get", {"media_id": media_id}, file=True)
        if error is not None:
            raise WeComError("media/get", error.get("errcode", -1), error.get("errmsg", ""))
        disposition = resp.headers.get("content-disposition", "")
        name = disposition.split("filename=")[-1].strip('"; ') if "filename=" in disposition else ""
        return resp.content, name

    async def send_text(self, user_id: str, text: str) -> int:
        """Active app message to a corp member; text over 2048 bytes goes out in several messages."""
        parts = split_bytes(text)
        for part in parts:
            await self.call("message/send", {"touser": user_id, "msgtype": "text", "agentid": int(self.agent_id),
                                             "text": {"content": part}})
        return len(parts)

    # ------------------------------------------------------------ 微信客服
    async def kf_sync(self, token: str, cursor: str, open_kfid: str) -> dict[str, Any]:
        payload = {"token": token, "limit": 1000, "open_kfid": open_kfid}
        if cursor:
            payload["cursor"] = cursor
        return await self.call("kf/sync_msg", payload)

    async def kf_send_text(self, open_kfid: str, external_userid: str, text: str) -> None:
        await self.call("kf/send_msg", {"touser": external_userid, "open_kfid": open_kfid, "msgtype": "text",
                                        "text": {"content": text}})

    async def kf_welcome(self, welcome_code: str, text: str) -> None:
        await self.call("kf/send_msg_on_event", {"code": welcome_code, "msgtype": "text", "text": {"content": text}})

    async def kf_contact_link(self, open_kfid: str, scene: str) -> str:
        data = await self.call("kf/add_contact_way", {"open_kfid": open_kfid, "scene": scene})
        return data["url"]


class GroupRobot:
    """A WeCom group robot (群机器人) webhook, for notifying officers' groups."""

    def __init__(self, key: str, base_url: str = "https://qyapi.weixin.qq.com",
                 client: httpx.AsyncClient | None = None) -> None:
        self._key, self.base = key, base_url.rstrip("/")
        self.client = client or httpx.AsyncClient(timeout=10)

    async def send_text(self, text: str, mention: list[str] | None = None) -> None:
        for part in split_bytes(text):
            await self._send({"msgtype": "text", "text": {"content": part, "mentioned_list": mention or []}})

    async def send_markdown(self, text: str) -> None:
        """A markdown message (WeCom's subset: headings, bold, quotes, coloured text); over 4096 bytes it is split."""
        for part in split_bytes(text, 4096):
            await self._send({"msgtype": "markdown", "markdown": {"content": part}})

    async def _send(self, payload: dict[str, Any]) -> None:
        resp = await self.client.post(f"{self.base}/cgi-bin/webhook/send", params={"key": self._key}, json=payload)
        data = resp.json()
        if data.get("errcode", 0) != 0:
            raise WeComError("webhook/send", data.get("errcode", -1), data.get("errmsg", ""))

    async def close(self) -> None:
        await self.client.aclose()
