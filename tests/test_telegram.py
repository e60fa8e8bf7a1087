"""End to end: the real PTB Application against a local fake Bot API server."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import BEFORE
from fake_telegram import BOT_USERNAME, GOOD_TOKEN, FakeBotAPI

from assistant.router import Router
from handlers.telegram import build_application, post_init, send_reminders, split_message, to_html
from storage.checklist import ChecklistStore, UserKey
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture()
def env(answerer, tmp_path):
    """A fake Bot API, a dialog on a real SQLite file, and a settable clock."""
    clock = Clock(BEFORE)
    store = Store(tmp_path / "tg.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), clock, frozenset({"telegram:900"}))
    with FakeBotAPI() as fake:
        yield fake, dialog, clock
    store.close()


def run(fake: FakeBotAPI, dialog: Router, scenario) -> None:
    """Start the Application with long polling against the fake server, run the scenario, stop."""
    async def main() -> None:
        app = build_application(dialog, GOOD_TOKEN, fake.url, max_rate=0)
        async with app:
            await post_init(app)
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                await scenario(app)
            finally:
                await app.updater.stop()
                await app.stop()
    asyncio.run(main())


async def wait(fake: FakeBotAPI, method: str, count: int = 1, chat: int | None = None) -> list[dict]:
    return await asyncio.to_thread(fake.wait, method, count, chat)


def test_question_and_answer(env):
    fake, dialog, _ = env

    async def scenario(app):
        fake.text(1001, "截止时间是什么时候")
        (msg,) = await wait(fake, "sendMessage", chat=1001)
        assert "2024年3月1日" in msg["text"] and msg["parse_mode"] == "HTML" and "<b>【截止时间】</b>" in msg["text"]
        fake.text(1001, "<script>alert(1)</script> 浦东电话")
        msgs = await wait(fake, "sendMessage", 2, chat=1001)
        assert "28282754" in msgs[1]["text"] and "<script>" not in msgs[1]["text"]
    run(fake, dialog, scenario)


def test_command_menu_in_chinese_and_default(env):
    fake, dialog, _ = env

    async def scenario(app):
        calls = fake.sent("setMyCommands")
        zh = next(c for c in calls if c.get("language_code") == "zh")
        default = next(c for c in calls if "language_code" not in c)
        assert {c["command"] for c in zh["commands"]} >= {"checklist", "done", "next", "district", "remind", "forget"}
        assert any("清单" in c["description"] for c in zh["commands"])
        assert all(c["description"].isascii() for c in default["commands"])
        assert "share" not in {c["command"] for c in zh["commands"]}
    run(fake, dialog, scenario)


def test_checklist_buttons_toggle_in_place(env):
    fake, dialog, _ = env

    async def scenario(app):
        fake.text(1002, "/checklist")
        (msg,) = await wait(fake, "sendMessage", chat=1002)
        rows = msg["reply_markup"]["inline_keyboard"]
        assert rows[0][0]["callback_data"] == "/toggle 1" and "⬜" in rows[0][0]["text"]
        fake.press(1002, "/toggle 1", message_id=555)
        (edit,) = await wait(fake, "editMessageText", chat=1002)
        assert int(edit["message_id"]) == 555 and "✅ 1." in edit["text"] and "已完成 1/11" in edit["text"]
        assert edit["reply_markup"]["inline_keyboard"][0][0]["text"].startswith("✅")
        assert await wait(fake, "answerCallbackQuery")
        assert dialog.view.steps[0].id in dialog.store.done(UserKey("telegram", "1002"))
    run(fake, dialog, scenario)


def test_ambiguous_district_offers_buttons(env):
    fake, dialog, _ = env

    async def scenario(app):
        fake.text(1003, "漕河泾")
        (msg,) = await wait(fake, "sendMessage", chat=1003)
        data = {b["callback_data"] for row in msg["reply_markup"]["inline_keyboard"] for b in row}
        assert data == {"/district xuhui", "/district minhang"}
        fake.press(1003, "/district minhang")
        msgs = await wait(fake, "sendMessage", 2, chat=1003)
        assert "64121532" in msgs[1]["text"]
    run(fake, dialog, scenario)


def test_officer_share_link_and_deep_link_start(env):
    fake, dialog, _ = env

    async def scenario(app):
        fake.text(1004, "/share 浦东")  # not an officer
        (refused,) = await wait(fake, "sendMessage", chat=1004)
        assert "仅供" in refused["text"]
        fake.text(900, "/share 浦东")
        (photo,) = await wait(fake, "sendPhoto", chat=900)
        link = f"https://t.me/{BOT_USERNAME}?start=pudong"
        assert link in photo["caption"] and photo["photo"][:8] == b"\x89PNG\r\n\x1a\n"
        fake.text(1005, "/start pudong")
        (hello,) = await wait(fake, "sendMessage", chat=1005)
        assert "浦东新区科经委" in hello["text"] and "28282754" in hello["text"]
        assert dialog.store.district(UserKey("telegram", "1005")) == "pudong"
        fake.text(1006, "/start pudong'; DROP TABLE users")
        (plain,) = await wait(fake, "sendMessage", chat=1006)
        assert "您好" in plain["text"] and "28282754" not in plain["text"]
    run(fake, dialog, scenario)


def test_group_chat_answers_only_when_addressed(env):
    fake, dialog, _ = env

    async def scenario(app):
        fake.text(1007, "大家好，今天开会", chat=-500, chat_type="group")
        fake.text(1007, f"@{BOT_USERNAME} 截止时间", chat=-500, chat_type="group")
        fake.text(1007, "/help@SomeOtherBot", chat=-500, chat_type="group")
        fake.text(1007, "摘要多少字", chat=-500, chat_type="group", reply_to_bot=True)
        msgs = await wait(fake, "sendMessage", 2, chat=-500)
        await asyncio.sleep(0.5)
        msgs = fake.sent("sendMessage", chat=-500)
        assert len(msgs) == 2
        texts = [m["text"] for m in msgs]  # two updates may be answered in either order
        assert any("2024年3月1日" in t for t in texts) and any("500 字" in t for t in texts)
    run(fake, dialog, scenario)


def test_reminder_fires_with_injected_clock(env):
    fake, dialog, clock = env

    async def scenario(app):
        fake.text(1008, "/remind on")
        (ok,) = await wait(fake, "sendMessage", chat=1008)
        assert "已开启" in ok["text"]
        fake.text(1008, "/done 1-3")
        await wait(fake, "sendMessage", 2, chat=1008)
        clock.now = dialog.kb.deadline - dt.timedelta(days=7) + dt.timedelta(minutes=5)
        app.job_queue.run_once(send_reminders, when=0)
        msgs = await wait(fake, "sendMessage", 3, chat=1008)
        assert "⏰" in msgs[2]["text"] and "还有 8 项未完成" in msgs[2]["text"] and "4. 按格式要求排版" in msgs[2]["text"]
        app.job_queue.run_once(send_reminders, when=0)  # same point again: not resent
        await asyncio.sleep(0.5)
        assert len(fake.sent("sendMessage", chat=1008)) == 3
        clock.now = dialog.kb.deadline + dt.timedelta(minutes=1)  # after the deadline: nothing
        app.job_queue.run_once(send_reminders, when=0)
        await asyncio.sleep(0.5)
        assert len(fake.sent("sendMessage", chat=1008)) == 3
    run(fake, dialog, scenario)


def test_reminder_schedule_survives_restart(env):
    fake, dialog, clock = env
    dialog.reminders.set(UserKey("telegram", "1009"), "1009", True)
    clock.now = dialog.kb.deadline - dt.timedelta(days=3) + dt.timedelta(hours=1)

    async def scenario(app):  # a fresh Application: post_init re-creates jobs from SQLite and catches up
        msgs = await wait(fake, "sendMessage", 1, chat=1009)
        assert "⏰" in msgs[0]["text"]
        names = {j.name for j in app.job_queue.jobs()}
        assert "reminders-d1" in names and "reminders-d7" not in names
    run(fake, dialog, scenario)


def test_crash_in_handler_is_answered_with_apology(env, monkeypatch):
    fake, dialog, _ = env
    original = dialog.respond

    def boom(inc):
        if inc.text == "boom":
            raise RuntimeError("kaboom")
        return original(inc)
    monkeypatch.setattr(dialog, "respond", boom)

    async def scenario(app):
        fake.text(1010, "boom")
        (msg,) = await wait(fake, "sendMessage", chat=1010)
        assert "抱歉" in msg["text"]
        fake.text(1010, "截止")  # still running
        msgs = await wait(fake, "sendMessage", 2, chat=1010)
        assert "2024年3月1日" in msgs[1]["text"]
    run(fake, dialog, scenario)


def test_long_replies_are_split_and_escaped():
    text = "\n".join(f"第{i}行 <b>不是标签</b> & 内容" * 5 for i in range(400))
    parts = split_message(text)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert "".join(p.replace("\n", "") for p in parts) == text.replace("\n", "")
    assert "&lt;b&gt;" in to_html("<b>x</b>")
    assert split_message("x" * 9000) == ["x" * 4096, "x" * 4096, "x" * 808]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _bot(args: list[str], env: dict, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "bot.py", "telegram", *args], cwd=ROOT, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def test_missing_or_rejected_token_fails_fast(tmp_path):
    with FakeBotAPI() as fake:
        base = {"TELEGRAM_API_URL": fake.url}
        proc = _bot(["--db", str(tmp_path / "a.sqlite3")], {**base, "TELEGRAM_BOT_TOKEN": ""})
        assert proc.wait(30) == 2 and "TELEGRAM_BOT_TOKEN" in proc.stderr.read()
        proc = _bot(["--db", str(tmp_path / "a.sqlite3")], {**base, "TELEGRAM_BOT_TOKEN": "999:bad"})
        assert proc.wait(30) == 2 and "拒绝" in proc.stderr.read()


def test_webhook_rejects_wrong_secret(tmp_path):
    port = _free_port()
    with FakeBotAPI() as fake:
        env = {"TELEGRAM_API_URL": fake.url, "TELEGRAM_BOT_TOKEN": GOOD_TOKEN, "TELEGRAM_WEBHOOK_SECRET": "s3cret-Token"}
        proc = _bot(["--db", str(tmp_path / "w.sqlite3"), "--webhook-url", f"http://127.0.0.1:{port}/tg",
                     "--listen", "127.0.0.1", "--port", str(port)], env)
        try:
            (hook,) = fake.wait("setWebhook", timeout=30)
            assert hook["secret_token"] == "s3cret-Token"
            update = ('{"update_id": 5, "message": {"message_id": 1, "date": 1, "chat": {"id": 77, "type": "private"},'
                      ' "from": {"id": 77, "is_bot": false, "first_name": "x"}, "text": "截止时间"}}').encode()

            def post(secret: str | None) -> int:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/tg", data=update, method="POST",
                                             headers={"Content-Type": "application/json"})
                if secret:
                    req.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
                try:
                    return urllib.request.urlopen(req, timeout=10).status
                except urllib.error.HTTPError as err:
                    return err.code
            end = time.monotonic() + 20
            while True:  # wait until the webhook server listens
                try:
                    status = post("wrong")
                    break
                except OSError:
                    if time.monotonic() > end:
                        raise
                    time.sleep(0.2)
            assert status == 403 and post(None) == 403
            assert not fake.sent("sendMessage")
            assert post("s3cret-Token") == 200
            (msg,) = fake.wait("sendMessage", chat=77, timeout=20)
            assert "2024年3月1日" in msg["text"]
        finally:
            proc.terminate()
            proc.wait(30)


def test_document_upload_is_checked(env, tmp_path):
    from draft_fixtures import good_docx
    fake, dialog, _ = env
    good = good_docx(tmp_path / "good.docx").read_bytes()
    bad = good_docx(tmp_path / "bad.docx", title_font="宋体").read_bytes()

    async def scenario(app):
        fake.document(1011, "我们的总结材料.docx", good)
        (msg,) = await wait(fake, "sendMessage", chat=1011)
        assert "没有发现问题" in msg["text"] and fake.sent("getFile")
        offer = [b["callback_data"] for row in msg["reply_markup"]["inline_keyboard"] for b in row]
        assert offer == ["/done 3", "/done 4"]  # asks before ticking: 撰写总结材料, 按格式要求排版
        assert not dialog.store.done(UserKey("telegram", "1011"))
        fake.document(1011, "初稿.docx", bad)
        msgs = await wait(fake, "sendMessage", 2, chat=1011)
        assert "文章标题" in msgs[1]["text"] and "黑体" in msgs[1]["text"] and "reply_markup" not in msgs[1]
        fake.document(1011, "坏文件.docx", b"not a docx at all")
        msgs = await wait(fake, "sendMessage", 3, chat=1011)
        assert "无法检查" in msgs[2]["text"]
    run(fake, dialog, scenario)


def test_telegram_webhook_inside_serve(tmp_path):
    """`bot.py serve` hosts the Telegram webhook next to WeCom: secret checked, updates answered."""
    port = _free_port()
    with FakeBotAPI() as fake:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WECOM_")}
        env.update({"TELEGRAM_API_URL": fake.url, "TELEGRAM_BOT_TOKEN": GOOD_TOKEN, "TELEGRAM_WEBHOOK_SECRET": "hook-Secret_1",
                    "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/tg-hook"})
        proc = subprocess.Popen([sys.executable, "bot.py", "serve", "--host", "127.0.0.1", "--port", str(port),
                                 "--db", str(tmp_path / "s.sqlite3")], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            (hook,) = fake.wait("setWebhook", timeout=30)
            assert hook["url"].endswith("/tg-hook") and hook["secret_token"] == "hook-Secret_1"
            end = time.monotonic() + 20
            while True:  # the webhook is registered during start-up, just before the port opens
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                    break
                except OSError:
                    if time.monotonic() > end:
                        raise
                    time.sleep(0.1)
            update = ('{"update_id": 9, "message": {"message_id": 1, "date": 1, "chat": {"id": 88, "type": "private"},'
                      ' "from": {"id": 88, "is_bot": false, "first_name": "x"}, "text": "浦东电话"}}').encode()

            def post(secret: str, body: bytes = update) -> int:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/tg-hook", data=body, method="POST",
                                             headers={"Content-Type": "application/json",
                                                      "X-Telegram-Bot-Api-Secret-Token": secret})
                try:
                    return urllib.request.urlopen(req, timeout=10).status
                except urllib.error.HTTPError as err:
                    return err.code
            assert post("wrong") == 403
            assert post("hook-Secret_1", b"{not json") == 400
            assert post("hook-Secret_1") == 200
            (msg,) = fake.wait("sendMessage", chat=88, timeout=20)
            assert "28282754" in msg["text"]
            health = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).read())
            assert health == {"ok": True, "wecom": False, "telegram": True}
        finally:
            proc.terminate()
            proc.wait(30)


OWN_LOGGERS = ("bot", "assistant", "handlers", "storage", "knowledge", "drafts")


def test_no_secret_in_logs_and_texts_only_in_our_debug_lines(tmp_path):
    """LOG_LEVEL=DEBUG: neither token nor webhook secret anywhere; message texts only in the project's DEBUG lines."""
    port = _free_port()
    secret, canary = "very-Secret_hook42", "截止时间 canary7f3a"
    with FakeBotAPI() as fake:
        env = {"TELEGRAM_API_URL": fake.url, "TELEGRAM_BOT_TOKEN": GOOD_TOKEN, "TELEGRAM_WEBHOOK_SECRET": secret,
               "LOG_LEVEL": "DEBUG"}
        proc = _bot(["--db", str(tmp_path / "l.sqlite3"), "--webhook-url", f"http://127.0.0.1:{port}/tg",
                     "--listen", "127.0.0.1", "--port", str(port)], env)
        try:
            fake.wait("setWebhook", timeout=30)
            update = json.dumps({"update_id": 5, "message": {
                "message_id": 1, "date": 1, "chat": {"id": 79, "type": "private"},
                "from": {"id": 79, "is_bot": False, "first_name": "x"}, "text": canary}}).encode()

            def post(body: bytes) -> int:
                req = urllib.request.Request(f"http://127.0.0.1:{port}/tg", data=body, method="POST",
                                             headers={"Content-Type": "application/json",
                                                      "X-Telegram-Bot-Api-Secret-Token": secret})
                try:
                    return urllib.request.urlopen(req, timeout=10).status
                except urllib.error.HTTPError as err:
                    return err.code
            end = time.monotonic() + 20
            while True:
                try:
                    status = post(b"\xff\xfe{not utf-8")
                    break
                except OSError:
                    if time.monotonic() > end:
                        raise
                    time.sleep(0.2)
            assert status == 400
            assert post(update) == 200
            fake.wait("sendMessage", chat=79, timeout=20)
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=30)
    assert GOOD_TOKEN not in err and secret not in err
    for line in err.splitlines():
        if "canary7f3a" in line:
            parts = line.split()
            level, name = parts[2], parts[3].rstrip(":")
            assert level == "DEBUG" and name.split(".")[0] in OWN_LOGGERS, line
