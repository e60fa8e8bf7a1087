"""A local fake WeCom server API (gettoken, message/send, 微信客服, group robot) on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from urllib.parse import parse_qs, urlsplit

from fake_http import LoopbackHTTP

CORP_ID = "ww1436e0e65a779aee"
TOKEN = "hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo"
AES_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt"
SECRET = "app-secret"
AGENT_ID = "1000002"
KF_ID = "wkKF0001"
ROBOT_KEY = "robot-key"


class FakeWeCom:
    """Records calls; issues access tokens; can expire the current one; scripts 微信客服 message pages."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict, dict, float]] = []
        self.cond = threading.Condition()
        self.token_count = 0
        self.expired: set[str] = set()
        self.kf_messages: list[dict] = []
        self.page = 2
        self.media: dict[str, bytes] = {}
        self.http = LoopbackHTTP(self.handle)
        self.url = self.http.url

    def __enter__(self) -> FakeWeCom:
        self.http.start()
        return self

    def __exit__(self, *exc) -> None:
        self.http.close()

    def handle(self, method: str, path: str, headers: dict, body: bytes) -> tuple[int, object]:
        parts = urlsplit(path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        payload = json.loads(body) if body else {}
        name = parts.path.removeprefix("/cgi-bin/")
        with self.cond:
            self.calls.append((name, query, payload, time.perf_counter()))
            self.cond.notify_all()
        if name == "gettoken":
            if query.get("corpid") != CORP_ID or query.get("corpsecret") != SECRET:
                return 200, {"errcode": 40001, "errmsg": "invalid credential"}
            with self.cond:
                self.token_count += 1
                return 200, {"errcode": 0, "errmsg": "ok", "access_token": f"AT{self.token_count}", "expires_in": 7200}
        if name == "webhook/send":
            ok = query.get("key") == ROBOT_KEY
            return 200, {"errcode": 0 if ok else 93000, "errmsg": "ok" if ok else "invalid webhook url"}
        token = query.get("access_token", "")
        if token in self.expired:
            return 200, {"errcode": 42001, "errmsg": "access_token expired"}
        if not token.startswith("AT"):
            return 200, {"errcode": 40014, "errmsg": "invalid access_token"}
        if name == "kf/sync_msg":
            start = int(payload.get("cursor") or 0)
            batch = self.kf_messages[start:start + self.page]
            end = start + len(batch)
            return 200, {"errcode": 0, "errmsg": "ok", "next_cursor": str(end), "has_more": int(end < len(self.kf_messages)),
                         "msg_list": batch}
        if name == "media/get":
            media = self.media.get(query.get("media_id", ""))
            return (200, media) if media is not None else (200, {"errcode": 40007, "errmsg": "invalid media_id"})
        if name == "kf/add_contact_way":
            return 200, {"errcode": 0, "errmsg": "ok", "url": "https://work.weixin.qq.com/kfid/kfc0123456789"}
        return 200, {"errcode": 0, "errmsg": "ok"}

    # ------------------------------------------------------------ helpers
    def expire_current_token(self) -> None:
        with self.cond:
            self.expired.add(f"AT{self.token_count}")

    def sent(self, name: str) -> list[dict]:
        with self.cond:
            return [p for n, _, p, _ in self.calls if n == name]

    def wait(self, name: str, count: int = 1, timeout: float = 15.0) -> list[dict]:
        end = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [p for n, _, p, _ in self.calls if n == name]
                if len(found) >= count or time.monotonic() >= end:
                    return found
                self.cond.wait(max(0.0, end - time.monotonic()))

    def add_kf_text(self, msgid: str, user: str, text: str, sent: float | None = None) -> None:
        self.kf_messages.append({"msgid": msgid, "open_kfid": KF_ID, "external_userid": user, "origin": 3,
                                 "send_time": int(sent or time.time()), "msgtype": "text", "text": {"content": text}})

    def add_kf_enter(self, msgid: str, user: str, scene_param: str, welcome_code: str = "WELCOME") -> None:
        self.kf_messages.append({"msgid": msgid, "open_kfid": KF_ID, "origin": 4, "send_time": int(time.time()),
                                 "msgtype": "event", "event": {"event_type": "enter_session", "open_kfid": KF_ID,
                                                               "external_userid": user, "scene": "district",
                                                               "scene_param": scene_param, "welcome_code": welcome_code}})
