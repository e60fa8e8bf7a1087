"""WeCom AI-bot long connection against a local fake WebSocket server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import BEFORE
from websockets.asyncio.server import serve

from assistant.router import Router
from handlers.wecom.aibot import AIBotClient
from storage.checklist import ChecklistStore, UserKey
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent
BOT_ID, SECRET = "aib-test", "aib-secret"


class FakeOpenWS:
    """Accepts subscriptions, pushes callbacks, and records every frame the bot sends."""

    def __init__(self) -> None:
        self.frames: list[dict] = []
        self.connections = 0
        self.sockets: list = []
        self.got = asyncio.Event()

    async def handler(self, ws) -> None:
        sub = json.loads(await ws.recv())
        self.frames.append(sub)
        ok = sub.get("cmd") == "aibot_subscribe" and sub["body"] == {"bot_id": BOT_ID, "secret": SECRET}
        await ws.send(json.dumps({"headers": sub["headers"], "errcode": 0 if ok else 40058,
                                  "errmsg": "ok" if ok else "invalid secret"}))
        if not ok:
            return
        self.connections += 1
        self.sockets.append(ws)
        async for raw in ws:
            frame = json.loads(raw)
            self.frames.append(frame)
            if frame.get("cmd") == "ping":
                await ws.send(json.dumps({"headers": frame["headers"], "errcode": 0, "errmsg": "ok"}))
            self.got.set()

    async def wait_for(self, cmd: str, count: int = 1, timeout: float = 10) -> list[dict]:
        end = asyncio.get_running_loop().time() + timeout
        while True:
            found = [f for f in self.frames if f.get("cmd") == cmd]
            if len(found) >= count or asyncio.get_running_loop().time() > end:
                return found
            self.got.clear()
            try:
                await asyncio.wait_for(self.got.wait(), 0.2)
            except TimeoutError:
                pass


def callback(req: str, user: str, text: str, chattype: str = "single") -> str:
    return json.dumps({"cmd": "aibot_msg_callback", "headers": {"req_id": req},
                       "body": {"msgid": req, "aibotid": BOT_ID, "chattype": chattype, "chatid": "c1",
                                "from": {"userid": user}, "msgtype": "text", "text": {"content": text}}}, ensure_ascii=False)


def test_long_connection_end_to_end(answerer, tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE)

    async def main() -> None:
        fake = FakeOpenWS()
        async with serve(fake.handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            client = AIBotClient(dialog, BOT_ID, SECRET, f"ws://127.0.0.1:{port}", ping_interval=0.3, max_backoff=0.5)
            task = asyncio.create_task(client.run())
            while not fake.sockets:
                await asyncio.sleep(0.05)
            ws = fake.sockets[0]
            await ws.send(callback("r1", "zhangsan", "截止时间是什么时候"))
            (reply,) = await fake.wait_for("aibot_respond_msg")
            assert reply["headers"]["req_id"] == "r1" and reply["body"]["stream"]["finish"] is True
            assert "2024年3月1日" in reply["body"]["stream"]["content"]
            await ws.send(callback("r2", "zhangsan", "@标杆助手 /done 1", chattype="group"))
            await fake.wait_for("aibot_respond_msg", 2)
            assert dialog.store.done(UserKey("wecom", "zhangsan"))  # the mention was stripped
            await ws.send(json.dumps({"cmd": "aibot_event_callback", "headers": {"req_id": "e1"},
                                      "body": {"event": {"eventtype": "enter_chat"}, "from": {"userid": "lisi"}}}))
            (welcome,) = await fake.wait_for("aibot_respond_welcome_msg")
            assert welcome["headers"]["req_id"] == "e1" and "您好" in welcome["body"]["text"]["content"]
            await ws.send("not json at all")  # ignored, connection stays
            pings = await fake.wait_for("ping", 2, timeout=5)
            assert len(pings) >= 2
            await ws.close()  # dropped: the client reconnects and subscribes again
            for _ in range(100):
                if fake.connections >= 2:
                    break
                await asyncio.sleep(0.05)
            assert fake.connections == 2
            await fake.sockets[1].send(json.dumps({"cmd": "aibot_event_callback", "headers": {"req_id": "d"},
                                                   "body": {"event": {"eventtype": "disconnected_event"}}}))
            await asyncio.wait_for(task, 5)  # replaced by a newer connection: stops, no reconnect loop
            assert fake.connections == 2
    asyncio.run(main())
    store.close()


def test_wrong_secret_fails_fast(tmp_path):
    async def main() -> int:
        fake = FakeOpenWS()
        async with serve(fake.handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            env = {**os.environ, "WECOM_BOT_ID": BOT_ID, "WECOM_BOT_SECRET": "wrong",
                   "WECOM_BOT_WS_URL": f"ws://127.0.0.1:{port}"}
            proc = await asyncio.create_subprocess_exec(sys.executable, "bot.py", "wecom-bot", "--db",
                                                        str(tmp_path / "b.sqlite3"), cwd=ROOT, env=env,
                                                        stderr=subprocess.PIPE)
            _, err = await asyncio.wait_for(proc.communicate(), 30)
            assert "WECOM_BOT_SECRET" in err.decode()
            return proc.returncode
    assert asyncio.run(main()) == 2
    env = {k: v for k, v in os.environ.items() if not k.startswith("WECOM_BOT")}
    proc = subprocess.run([sys.executable, "bot.py", "wecom-bot", "--db", str(tmp_path / "c.sqlite3")], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2 and "WECOM_BOT_ID" in proc.stderr


def test_core_exception_is_apologised_and_the_connection_lives_on(answerer, tmp_path, monkeypatch):
    store = Store(tmp_path / "e.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    real = dialog.respond

    def boom(inc):
        if inc.text == "boom":
            raise RuntimeError("core failed")
        return real(inc)
    monkeypatch.setattr(dialog, "respond", boom)

    async def main() -> None:
        fake = FakeOpenWS()
        async with serve(fake.handler, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            client = AIBotClient(dialog, BOT_ID, SECRET, f"ws://127.0.0.1:{port}", ping_interval=30, max_backoff=0.5)
            task = asyncio.create_task(client.run())
            while not fake.sockets:
                await asyncio.sleep(0.05)
            ws = fake.sockets[0]
            await ws.send(callback("b1", "zhangsan", "boom"))
            (sorry,) = await fake.wait_for("aibot_respond_msg")
            assert sorry["headers"]["req_id"] == "b1" and "抱歉" in sorry["body"]["stream"]["content"]
            await ws.send(callback("b2", "zhangsan", "/remind on"))  # this channel cannot push: declined honestly
            replies = await fake.wait_for("aibot_respond_msg", 2)
            assert "不能主动推送" in replies[1]["body"]["stream"]["content"]
            assert fake.connections == 1 and not task.done()
            client.stop()
            await asyncio.wait_for(task, 5)
    asyncio.run(main())
    assert not dialog.reminders.enabled(UserKey("wecom", "zhangsan"))
    store.close()
