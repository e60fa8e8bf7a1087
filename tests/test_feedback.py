"""Answer feedback: 👍/👎 through the core, typed “有用/没用”, masked comments, /forget, and Telegram buttons end to end."""

from __future__ import annotations

import asyncio

import pytest
from conftest import BEFORE
from fake_telegram import GOOD_TOKEN, FakeBotAPI

from assistant.router import Router
from assistant.types import Incoming, ReplyKind
from handlers.telegram import build_application, post_init
from storage.checklist import ChecklistStore, UserKey
from storage.db import Store


@pytest.fixture()
def dialog(answerer, tmp_path):
    store = Store(tmp_path / "fb.sqlite3")
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    yield d
    store.close()


def say(d: Router, text: str, user: str = "u1", channel: str = "console"):
    return d.respond(Incoming(channel, user, text))


def rows(d: Router, sql: str) -> list[tuple]:
    return d.store.store.read(sql)


def test_typed_ratings_and_a_masked_comment(dialog):
    answer = say(dialog, "截止时间是什么时候")
    assert answer.topic == "deadline" and "可回复：有用 ｜ 没用" in answer.plain()
    labels = [b.label for row in answer.buttons for b in row]
    assert labels == ["👍 有用", "👎 没用"]
    ack = say(dialog, "有用！")
    assert ack.kind == ReplyKind.ACK and "谢谢" in ack.text
    assert rows(dialog, "SELECT topic, vote, comment FROM feedback") == [("deadline", 1, None)]
    ask = say(dialog, "没用")  # changes the vote on the same answer rather than adding one
    assert "哪里不对" in ask.text
    assert rows(dialog, "SELECT topic, vote FROM feedback") == [("deadline", -1)]
    done = say(dialog, "没说几点截止。联系我 13812345678 或 a@b.cn，代码91310000MA1FL3LX2B")
    assert "已记录" in done.text
    (comment,) = rows(dialog, "SELECT comment FROM feedback")[0]
    assert "13812345678" not in comment and "a@b.cn" not in comment and "91310000MA1FL3LX2B" not in comment
    assert "[手机号]" in comment and "[邮箱]" in comment and "[信用代码]" in comment
    # the next message is a question again, not a second comment
    assert say(dialog, "盖什么章").topic == "seal"
    assert rows(dialog, "SELECT COUNT(*) FROM feedback WHERE comment IS NOT NULL")[0][0] == 1
    assert rows(dialog, "SELECT COUNT(*) FROM pragma_table_info('feedback') WHERE name='user_id'") == [(0,)]


def test_forget_removes_comments_but_keeps_anonymous_votes(dialog):
    say(dialog, "截止时间是什么时候")
    say(dialog, "没用")
    say(dialog, "写得太长了")
    say(dialog, "截止时间是什么时候", user="u2")
    say(dialog, "没用", user="u2")
    say(dialog, "不清楚", user="u2")
    say(dialog, "/forget")
    assert "已删除" in say(dialog, "确认").text
    assert rows(dialog, "SELECT vote, comment FROM feedback ORDER BY id") == [(-1, None), (-1, "不清楚")]
    assert dialog.store.rows_about(UserKey("console", "u1")) == 0


def test_skip_and_words_without_an_answer(dialog):
    assert say(dialog, "有用").kind != ReplyKind.ACK  # nothing to rate yet: an ordinary message
    assert rows(dialog, "SELECT COUNT(*) FROM feedback")[0][0] == 0
    say(dialog, "截止时间是什么时候")
    say(dialog, "没用")
    assert "不写意见也没关系" in say(dialog, "跳过").text
    assert rows(dialog, "SELECT COUNT(*) FROM feedback WHERE comment IS NOT NULL")[0][0] == 0


def test_forged_rate_commands_change_nothing(dialog):
    for forged in ("/rate", "/rate sideways", "/rate up nosuchtopic 一", "/rate up deadline " + "长" * 60,
                   "/rate up deadline 一\x00二", "/rate down <script>alert(1)</script> x"):
        reply = say(dialog, forged)
        assert not reply.matched, forged
    assert rows(dialog, "SELECT COUNT(*) FROM feedback")[0][0] == 0
    assert say(dialog, "/rate up deadline 三（一）").kind == ReplyKind.ACK  # a real button's data
    assert rows(dialog, "SELECT topic, clause, vote FROM feedback") == [("deadline", "三（一）", 1)]


def test_no_buttons_on_replies_that_are_not_answers(dialog):
    for text in ("/checklist", "/help", "你好", "漕河泾的推荐单位在哪"):
        reply = say(dialog, text)
        assert not any(b.data.startswith("/rate") for row in reply.buttons for b in row), text


def test_telegram_buttons_rate_without_editing(answerer, tmp_path):
    store = Store(tmp_path / "tg.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE)

    async def scenario(fake: FakeBotAPI) -> None:
        app = build_application(dialog, GOOD_TOKEN, fake.url, max_rate=0)
        async with app:
            await post_init(app)
            await app.start()
            await app.updater.start_polling(poll_interval=0.0, timeout=1)
            try:
                fake.text(2001, "截止时间是什么时候")
                (msg,) = await asyncio.to_thread(fake.wait, "sendMessage", 1, 2001)
                data = [b["callback_data"] for row in msg["reply_markup"]["inline_keyboard"] for b in row]
                assert data[0].startswith("/rate up deadline") and data[1].startswith("/rate down deadline")
                assert all(len(d.encode()) <= 64 for d in data)
                fake.press(2001, data[0], message_id=msg.get("message_id", 77))
                (ack,) = await asyncio.to_thread(fake.wait, "answerCallbackQuery", 1)
                assert "谢谢" in ack["text"]
                fake.press(2001, data[1])
                asks = await asyncio.to_thread(fake.wait, "sendMessage", 2, 2001)
                assert "哪里不对" in asks[1]["text"]
                fake.text(2001, "<b>没讲清楚</b> 电话 021-62345678")
                thanks = await asyncio.to_thread(fake.wait, "sendMessage", 3, 2001)
                assert "已记录" in thanks[2]["text"]
                assert fake.sent("editMessageText") == []  # the rated answer is left as it was
            finally:
                await app.updater.stop()
                await app.stop()

    with FakeBotAPI() as fake:
        asyncio.run(scenario(fake))
    assert store.read("SELECT topic, vote, comment FROM feedback ORDER BY id") == [
        ("deadline", -1, "<b>没讲清楚</b> 电话 [电话]")]  # 👍 then 👎 on the same answer: one vote, changed
    store.close()


def test_wecom_app_users_rate_by_typing(answerer, tmp_path):
    """WeCom has no buttons: the answer ends with “可回复：有用 ｜ 没用” and the typed word is the rating."""
    import secrets
    import time

    from fake_wecom import AES_KEY, AGENT_ID, CORP_ID, KF_ID, SECRET, TOKEN, FakeWeCom

    from handlers.wecom.api import WeComAPI
    from handlers.wecom.callback import WeComChannel, parse_xml
    from handlers.wecom.crypto import WeComCrypto
    from storage.channel_state import ChannelState

    store = Store(tmp_path / "wc.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    crypto = WeComCrypto(TOKEN, AES_KEY, CORP_ID)

    async def say_wecom(channel: WeComChannel, text: str, msg_id: str) -> str:
        inner = (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[member1]]></FromUserName>"
                 f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                 f"<Content><![CDATA[{text}]]></Content><MsgId>{msg_id}</MsgId><AgentID>{AGENT_ID}</AgentID></xml>")
        enc, ts, nonce = crypto.encrypt(inner), str(int(time.time())), secrets.token_hex(6)
        body = f"<xml><Encrypt><![CDATA[{enc}]]></Encrypt></xml>".encode()
        result = await channel.handle({"msg_signature": crypto.sign(ts, nonce, enc), "timestamp": ts, "nonce": nonce}, body)
        return parse_xml(crypto.decrypt(parse_xml(result.body)["Encrypt"]))["Content"]

    async def scenario(fake: FakeWeCom) -> list[str]:
        api = WeComAPI(CORP_ID, SECRET, AGENT_ID, fake.url)
        channel = WeComChannel(dialog, crypto, api, ChannelState(store), KF_ID)
        try:
            return [await say_wecom(channel, t, str(i)) for i, t in enumerate(["截止时间是什么时候", "没用", "没讲清楚几点"])]
        finally:
            await api.close()

    with FakeWeCom() as fake:
        answer, ask, thanks = asyncio.run(scenario(fake))
    assert answer.endswith("可回复：有用 ｜ 没用") and "/rate" not in answer
    assert "哪里不对" in ask and "已记录" in thanks
    assert store.read("SELECT channel, topic, vote, comment FROM feedback") == [("wecom", "deadline", -1, "没讲清楚几点")]
    store.close()


def test_console_rating(tmp_path):
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "bot.py", "console", "--user", "c1", "--db", str(tmp_path / "c.sqlite3"),
                          "--now", "2024-02-20T10:00:00+08:00"], cwd=root, input="盖什么章\n有用\n",
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "可回复：有用 ｜ 没用" in out.stdout and "谢谢您的评价" in out.stdout
