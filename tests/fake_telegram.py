"""A local fake Telegram Bot API server on 127.0.0.1, enough for python-telegram-bot to run against."""

from __future__ import annotations

import email.parser
import email.policy
import json
import threading
import time
from urllib.parse import parse_qs

from fake_http import LoopbackHTTP

BOT_ID = 424242
BOT_USERNAME = "BiaoganTestBot"
GOOD_TOKEN = "123:good"


def _value(raw: str):
    try:
        return json.loads(raw)
    except ValueError:
        return raw


class FakeBotAPI:
    """Records every call; serves queued updates to getUpdates; answers sends with Message objects."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, float]] = []
        self.updates: list[dict] = []
        self.cond = threading.Condition()
        self.next_update = 1
        self.next_message = 1000
        self.files: dict[str, bytes] = {}
        self.http = LoopbackHTTP(lambda method, path, headers, body: self.handle(path, headers.get("Content-Type", ""), body))
        self.url = self.http.url

    def __enter__(self) -> FakeBotAPI:
        self.http.start()
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()

    # ------------------------------------------------------------ requests
    def _params(self, ctype: str, body: bytes) -> dict:
        if ctype.startswith("multipart/"):
            msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
                b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
            out = {}
            for part in msg.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                out[name] = payload if part.get_filename() else _value(payload.decode())
            return out
        if ctype.startswith("application/json"):
            return json.loads(body or b"{}")
        return {k: _value(v[0]) for k, v in parse_qs(body.decode()).items()}

    def handle(self, path: str, ctype: str, body: bytes):
        if path.startswith("/file/bot"):
            token, _, file_path = path[len("/file/bot"):].partition("/")
            return (200, self.files[file_path]) if file_path in self.files else (404, {"ok": False})
        token, _, method = path[len("/bot"):].partition("/")
        if token != GOOD_TOKEN:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        params = self._params(ctype, body)
        with self.cond:
            self.calls.append((method, params, time.perf_counter()))
            self.cond.notify_all()
        handler = getattr(self, f"m_{method}", None)
        if handler is None:
            return 200, {"ok": True, "result": True}
        return 200, {"ok": True, "result": handler(params)}

    # ------------------------------------------------------------ methods
    def m_getMe(self, p: dict) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "标杆助手", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    def m_getUpdates(self, p: dict) -> list:
        offset = int(p.get("offset") or 0)
        deadline = time.monotonic() + min(float(p.get("timeout") or 0), 0.5)
        with self.cond:
            while True:
                ready = [u for u in self.updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    return ready[: int(p.get("limit") or 100)]
                self.cond.wait(deadline - time.monotonic())

    def _message(self, p: dict, text_key: str = "text") -> dict:
        with self.cond:
            self.next_message += 1
            mid = self.next_message
        msg = {"message_id": mid, "date": int(time.time()), "chat": {"id": int(p["chat_id"]), "type": "private"},
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "标杆助手", "username": BOT_USERNAME}}
        if isinstance(p.get(text_key), str):
            msg["text"] = p[text_key]
        return msg

    def m_sendMessage(self, p: dict) -> dict:
        return self._message(p)

    def m_sendPhoto(self, p: dict) -> dict:
        msg = self._message(p, "caption")
        msg["photo"] = [{"file_id": "photo1", "file_unique_id": "u1", "width": 300, "height": 300}]
        return msg

    def m_editMessageText(self, p: dict) -> dict:
        msg = self._message(p)
        msg["message_id"] = int(p.get("message_id", msg["message_id"]))
        return msg

    def m_getFile(self, p: dict) -> dict:
        fid = p["file_id"]
        return {"file_id": fid, "file_unique_id": fid, "file_size": len(self.files.get(fid, b"")), "file_path": fid}

    # ------------------------------------------------------------ test helpers
    def push(self, update: dict) -> int:
        with self.cond:
            update["update_id"] = self.next_update
            self.next_update += 1
            self.updates.append(update)
            self.cond.notify_all()
            return update["update_id"]

    def text(self, user: int, text: str, chat: int | None = None, chat_type: str = "private", reply_to_bot: bool = False) -> int:
        msg = {"message_id": self.next_update + 1, "date": int(time.time()),
               "chat": {"id": chat if chat is not None else user, "type": chat_type},
               "from": {"id": user, "is_bot": False, "first_name": f"U{user}", "language_code": "zh-hans"}, "text": text}
        if text.startswith("/"):
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        if reply_to_bot:
            msg["reply_to_message"] = {"message_id": 1, "date": int(time.time()), "chat": msg["chat"],
                                       "from": {"id": BOT_ID, "is_bot": True, "first_name": "标杆助手"}, "text": "…"}
        return self.push({"message": msg})

    def document(self, user: int, name: str, data: bytes) -> int:
        fid = f"doc{len(self.files) + 1}"
        self.files[fid] = data
        return self.push({"message": {
            "message_id": self.next_update + 1, "date": int(time.time()), "chat": {"id": user, "type": "private"},
            "from": {"id": user, "is_bot": False, "first_name": f"U{user}"},
            "document": {"file_id": fid, "file_unique_id": fid, "file_name": name, "file_size": len(data)}}})

    def press(self, user: int, data: str, message_id: int = 77) -> int:
        return self.push({"callback_query": {
            "id": f"cq{self.next_update}", "chat_instance": "ci", "data": data,
            "from": {"id": user, "is_bot": False, "first_name": f"U{user}"},
            "message": {"message_id": message_id, "date": int(time.time()), "chat": {"id": user, "type": "private"},
                        "from": {"id": BOT_ID, "is_bot": True, "first_name": "标杆助手"}, "text": "📋"}}})

    def sent(self, method: str, chat: int | None = None) -> list[dict]:
        with self.cond:
            return [p for m, p, _ in self.calls if m == method and (chat is None or int(p.get("chat_id", 0)) == chat)]

    def wait(self, method: str, count: int = 1, chat: int | None = None, timeout: float = 10.0) -> list[dict]:
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [p for m, p, _ in self.calls if m == method and (chat is None or int(p.get("chat_id", 0)) == chat)]
                if len(found) >= count or time.monotonic() >= end:
                    return found
                self.cond.wait(max(0.0, end - time.monotonic()))
