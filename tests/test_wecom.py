"""WeCom: official crypto vectors, and `bot.py serve` end to end against a local fake WeCom API."""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fake_wecom import AES_KEY, AGENT_ID, CORP_ID, KF_ID, ROBOT_KEY, SECRET, TOKEN, FakeWeCom

from handlers.wecom.api import GroupRobot, WeComError, split_bytes
from handlers.wecom.callback import parse_xml
from handlers.wecom.crypto import CryptoError, WeComCrypto

ROOT = Path(__file__).resolve().parent.parent
CRYPTO = WeComCrypto(TOKEN, AES_KEY, CORP_ID)


# ------------------------------------------------------------ official vectors
def test_official_url_verification_vector():
    echostr = "fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA=="
    CRYPTO.verify("012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb", "1476416373", "47744683", echostr)
    assert CRYPTO.decrypt(echostr) == "1288432023552776189"


def test_official_message_vector():
    enc = ("Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+"
           "Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7il"
           "EbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84Ep"
           "HSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+")
    CRYPTO.verify("0c3914025cb4b4d68103f6bfc8db550f79dcf48e", "1476422779", "1597212914", enc)
    msg = parse_xml(CRYPTO.decrypt(enc))
    assert msg["Content"] == "你好" and msg["FromUserName"] == "ChenJiaShun"
    assert msg["MsgId"] == "1456453720" and msg["AgentID"] == "1000002"


def test_forged_and_corrupted_are_refused():
    enc = CRYPTO.encrypt("hello")
    with pytest.raises(CryptoError):
        CRYPTO.verify("0" * 40, "1", "2", enc)
    with pytest.raises(CryptoError):
        CRYPTO.decrypt(enc[:-8] + "AAAAAAA=")
    with pytest.raises(CryptoError):
        WeComCrypto(TOKEN, AES_KEY, "another-corp").decrypt(enc)
    with pytest.raises(CryptoError):
        CRYPTO.decrypt("not base64!!")
    assert CRYPTO.decrypt(CRYPTO.encrypt("中文" * 100)) == "中文" * 100


def test_split_bytes_keeps_utf8_whole():
    text = "\n".join("质量标杆" * 60 for _ in range(10))
    parts = split_bytes(text)
    assert all(len(p.encode()) <= 2048 for p in parts) and "".join(parts).replace("\n", "") == text.replace("\n", "")
    assert all(len(p.encode()) <= 2048 for p in split_bytes("字" * 5000))


def test_group_robot_client():
    async def main(url: str) -> None:
        async with httpx.AsyncClient() as client:
            await GroupRobot(ROBOT_KEY, url, client).send_text("浦东新区有 3 家企业完成申报", ["@all"])
            with pytest.raises(WeComError, match="93000"):
                await GroupRobot("wrong", url, client).send_text("x")
    with FakeWeCom() as fake:
        asyncio.run(main(fake.url))
        (sent,) = [p for p in fake.sent("webhook/send") if p["text"]["content"].startswith("浦东")]
        assert sent["text"]["mentioned_list"] == ["@all"]


# ------------------------------------------------------------ bot.py serve, end to end
def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`bot.py serve` in its own process, configured for the fake WeCom API."""

    def __init__(self, fake: FakeWeCom, db: Path, officers: str = "wecom:officer1",
                 now: str = "2024-02-20T10:00:00+08:00", extra: dict | None = None, workers: int = 1) -> None:
        self.port = _port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "WECOM_CORP_ID": CORP_ID, "WECOM_TOKEN": TOKEN, "WECOM_AES_KEY": AES_KEY,
               "WECOM_SECRET": SECRET, "WECOM_AGENT_ID": AGENT_ID, "WECOM_API_URL": fake.url, "WECOM_KF_ID": KF_ID,
               "BOT_OFFICERS": officers, **(extra or {})}
        self.proc = subprocess.Popen([sys.executable, "bot.py", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                                      "--db", str(db), "--now", now, *(["--workers", str(workers)] if workers > 1 else [])],
                                     cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        end = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > end or self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode() if self.proc.poll() is not None else "no start")
            time.sleep(0.1)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


@pytest.fixture()
def wecom(tmp_path):
    with FakeWeCom() as fake:
        server = Server(fake, tmp_path / "w.sqlite3")
        yield fake, server, tmp_path
        server.stop()


def signed(inner_xml: str, *, nonce: str | None = None, ts: int | None = None, forge: bool = False) -> tuple[dict, bytes]:
    enc = CRYPTO.encrypt(inner_xml)
    ts_s, nonce = str(ts or int(time.time())), nonce or secrets.token_hex(6)
    sig = "f" * 40 if forge else CRYPTO.sign(ts_s, nonce, enc)
    body = f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><Encrypt><![CDATA[{enc}]]></Encrypt><AgentID>{AGENT_ID}</AgentID></xml>"
    return {"msg_signature": sig, "timestamp": ts_s, "nonce": nonce}, body.encode()


def text_msg(user: str, content: str, msg_id: str) -> str:
    return (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            f"<Content><![CDATA[{content}]]></Content><MsgId>{msg_id}</MsgId><AgentID>{AGENT_ID}</AgentID></xml>")


def event_msg(user: str, event: str, extra: str = "") -> str:
    return (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
            f"<Event><![CDATA[{event}]]></Event>{extra}<AgentID>{AGENT_ID}</AgentID></xml>")


def post(server: Server, inner: str, **kw) -> httpx.Response:
    params, body = signed(inner, **kw)
    return httpx.post(f"{server.url}/wecom/callback", params=params, content=body, timeout=10)


def passive_text(resp: httpx.Response) -> str:
    outer = parse_xml(resp.content)
    CRYPTO.verify(outer["MsgSignature"], outer["TimeStamp"], outer["Nonce"], outer["Encrypt"])
    return parse_xml(CRYPTO.decrypt(outer["Encrypt"]))["Content"]


def test_url_verification(wecom):
    fake, server, _ = wecom
    echo = CRYPTO.encrypt("echo-1234567890")
    ts, nonce = str(int(time.time())), "n1"
    resp = httpx.get(f"{server.url}/wecom/callback", params={"msg_signature": CRYPTO.sign(ts, nonce, echo),
                                                               "timestamp": ts, "nonce": nonce, "echostr": echo})
    assert resp.status_code == 200 and resp.text == "echo-1234567890"
    bad = httpx.get(f"{server.url}/wecom/callback", params={"msg_signature": "0" * 40, "timestamp": ts, "nonce": "n2",
                                                              "echostr": echo})
    assert bad.status_code == 403


def test_question_answered_passively(wecom):
    fake, server, _ = wecom
    resp = post(server, text_msg("zhangsan", "截止时间是什么时候", "1001"))
    assert resp.status_code == 200 and "2024年3月1日" in passive_text(resp)
    assert "还有 10 天" in passive_text(post(server, text_msg("zhangsan", "还剩几天", "1002")))


def test_forged_and_malformed_requests_never_reach_the_core(wecom):
    fake, server, _ = wecom
    assert post(server, text_msg("mallory", "/done 1", "2001"), forge=True).status_code == 403
    assert post(server, text_msg("mallory", "截止", "2002"), ts=int(time.time()) - 3600).status_code == 403
    params, body = signed(text_msg("mallory", "截止", "2003"))
    assert httpx.post(f"{server.url}/wecom/callback", params=params, content=body).status_code == 200
    assert httpx.post(f"{server.url}/wecom/callback", params=params, content=body).status_code == 403  # replayed nonce
    ok_params, _ = signed("<xml/>")
    for junk in (b"not xml", b"<xml><Encrypt>", b"\x00\xff" * 10,
                 b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xml><Encrypt>&b;</Encrypt></xml>'):
        resp = httpx.post(f"{server.url}/wecom/callback", params={**ok_params, "nonce": secrets.token_hex(4)}, content=junk)
        assert resp.status_code == 400
    big = httpx.post(f"{server.url}/wecom/callback", params=ok_params, content=b"<xml>" + b"a" * 200_000 + b"</xml>")
    assert big.status_code == 413
    assert httpx.post(f"{server.url}/wecom/callback", params={}, content=b"<xml/>").status_code == 400
    assert not fake.sent("message/send")
    # the forged "/done 1" changed nothing
    check = post(server, text_msg("mallory", "/progress", "2004"))
    assert "已完成 0/11" in passive_text(check)


def test_retried_msgid_is_processed_once(wecom):
    fake, server, _ = wecom
    first = post(server, text_msg("lisi", "/done 1", "3001"))
    assert "已完成 1/11" in passive_text(first)
    retry = post(server, text_msg("lisi", "/done 1", "3001"))  # WeCom's retry: new nonce, same MsgId
    assert retry.status_code == 200 and retry.text == "success"
    toggle = post(server, text_msg("lisi", "/toggle 2", "3002"))
    again = post(server, text_msg("lisi", "/toggle 2", "3002"))
    assert "已完成 2/11" in passive_text(toggle) and again.text == "success"
    assert "已完成 2/11" in passive_text(post(server, text_msg("lisi", "/progress", "3003")))


def test_long_reply_goes_out_actively_with_token_refresh(wecom):
    fake, server, _ = wecom
    post(server, text_msg("wangwu", "截止", "4000"))  # warm up: no token needed for passive replies
    resp = post(server, text_msg("wangwu", "申报条件和遴选标准和遴选重点", "4001"))
    assert resp.text == "success"
    sends = fake.wait("message/send", 2)
    assert len(sends) >= 2 and all(len(s["text"]["content"].encode()) <= 2048 for s in sends)
    assert {s["touser"] for s in sends} == {"wangwu"} and sends[0]["agentid"] == int(AGENT_ID)
    fake.expire_current_token()
    before = fake.token_count
    count = len(fake.sent("message/send"))
    post(server, text_msg("wangwu", "申报条件和遴选标准和遴选重点", "4002"))
    fake.wait("message/send", count + 2)
    assert fake.token_count == before + 1  # refreshed once after 42001
    assert len([p for p in fake.sent("message/send")]) >= count + 2


def test_enter_app_event_gets_greeting(wecom):
    fake, server, _ = wecom
    assert "您好" in passive_text(post(server, event_msg("zhaoliu", "enter_agent")))


def test_officer_share_returns_kf_link(wecom):
    fake, server, _ = wecom
    assert "仅供" in passive_text(post(server, text_msg("someone", "/share 浦东", "5001")))
    assert post(server, text_msg("officer1", "/share 浦东", "5002")).text == "success"
    (way,) = fake.wait("kf/add_contact_way")
    assert way["open_kfid"] == KF_ID
    (msg,) = fake.wait("message/send")
    assert "kfc0123456789" in msg["text"]["content"] and "scene_param=pudong" in msg["text"]["content"]


def kf_event(token: str = "SYNC_TOKEN") -> str:
    return (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><CreateTime>{int(time.time())}</CreateTime>"
            f"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[kf_msg_or_event]]></Event>"
            f"<Token><![CDATA[{token}]]></Token><OpenKfId><![CDATA[{KF_ID}]]></OpenKfId></xml>")


def test_kf_sync_send_cursor_and_scene_param(wecom):
    fake, server, tmp = wecom
    fake.add_kf_enter("m1", "wmEXT1", "minhang")
    fake.add_kf_text("m2", "wmEXT1", "我该找谁")
    fake.add_kf_text("m3", "wmEXT2", "要收费吗")
    fake.add_kf_text("m4", "wmEXT3", "很久以前的问题", sent=time.time() - 3 * 86400)  # outside 48 h: not answered
    assert post(server, kf_event()).text == "success"
    (welcome,) = fake.wait("kf/send_msg_on_event")
    assert welcome["code"] == "WELCOME" and "64121532" in welcome["text"]["content"]
    sends = fake.wait("kf/send_msg", 2)
    by_user = {s["touser"]: s["text"]["content"] for s in sends}
    assert "64121532" in by_user["wmEXT1"]  # scene_param remembered the district
    assert "不收取任何费用" in by_user["wmEXT2"] and "wmEXT3" not in by_user
    syncs = fake.sent("kf/sync_msg")
    assert syncs[0]["token"] == "SYNC_TOKEN" and "cursor" not in syncs[0] and syncs[1]["cursor"] == "2"
    # restart: the stored cursor is used, nothing replayed, new messages answered
    server.stop()
    server2 = Server(fake, tmp / "w.sqlite3")
    try:
        fake.add_kf_text("m5", "wmEXT2", "截止时间")
        post(server2, kf_event("T2"))
        sends = fake.wait("kf/send_msg", 3)
        assert fake.sent("kf/sync_msg")[-1]["cursor"] == "4"
        assert len(sends) == 3 and "2024年3月1日" in sends[2]["text"]["content"]
    finally:
        server2.stop()
        server.proc = server2.proc  # fixture teardown stops it again harmlessly


def test_missing_settings_fail_fast(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WECOM_", "TELEGRAM_"))}
    proc = subprocess.run([sys.executable, "bot.py", "serve", "--db", str(tmp_path / "x.sqlite3")], cwd=ROOT,
                          env={**env, "WECOM_CORP_ID": CORP_ID, "WECOM_TOKEN": TOKEN}, capture_output=True, text=True)
    assert proc.returncode != 0 and "WECOM_AES_KEY" in proc.stderr and "WECOM_SECRET" in proc.stderr


def test_file_message_is_checked(wecom, tmp_path):
    from draft_fixtures import good_docx
    fake, server, _ = wecom
    fake.media["MEDIA1"] = good_docx(tmp_path / "g.docx", name="六西格玛设计").read_bytes()
    inner = (f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><FromUserName><![CDATA[qianqi]]></FromUserName>"
             f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[file]]></MsgType>"
             f"<MediaId><![CDATA[MEDIA1]]></MediaId><MsgId>6001</MsgId><AgentID>{AGENT_ID}</AgentID></xml>")
    assert post(server, inner).text == "success"
    (msg,) = fake.wait("message/send")
    assert "名称命名规则" in msg["text"]["content"] and "经验" in msg["text"]["content"]


def test_reminders_reach_wecom_app_users(tmp_path):
    with FakeWeCom() as fake:
        server = Server(fake, tmp_path / "r.sqlite3", now="2024-02-25T10:00:00+08:00",
                        extra={"WECOM_REMIND_INTERVAL": "0.3"})
        try:
            assert "已开启" in passive_text(post(server, text_msg("remindme", "/remind on", "7001")))
            sends = [s for s in fake.wait("message/send", 1, timeout=15) if s["touser"] == "remindme"]
            assert sends and "⏰" in sends[0]["text"]["content"] and "11 项未完成" in sends[0]["text"]["content"]
            time.sleep(1)  # later rounds: the same reminder point is not sent again
            assert len([s for s in fake.sent("message/send") if s["touser"] == "remindme"]) == 1
        finally:
            server.stop()


# ------------------------------------------------------------ faults found under attack (issue 9), in process
def _result_text(body: str) -> str:
    outer = parse_xml(body)
    return parse_xml(CRYPTO.decrypt(outer["Encrypt"]))["Content"]


@pytest.fixture()
def channel(answerer, tmp_path):
    from conftest import BEFORE

    from assistant.router import Router
    from handlers.wecom.api import WeComAPI
    from handlers.wecom.callback import WeComChannel
    from storage.channel_state import ChannelState
    from storage.checklist import ChecklistStore
    from storage.db import Store

    def make() -> WeComChannel:
        store = Store(tmp_path / "in.sqlite3")
        dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE)
        return WeComChannel(dialog, CRYPTO, WeComAPI(CORP_ID, SECRET, AGENT_ID, "http://127.0.0.1:9"), ChannelState(store))
    return make


def test_core_error_is_answered_and_the_msgid_marked_with_the_apology(channel, monkeypatch):
    ch = channel()
    calls = []
    real = ch.dialog.respond

    def flaky(inc):
        calls.append(inc.text)
        if len(calls) == 1:
            raise RuntimeError("core failed")
        return real(inc)
    monkeypatch.setattr(ch.dialog, "respond", flaky)
    first = asyncio.run(ch.handle(*signed(text_msg("zhou", "/done 1", "8001"))))
    assert first.status == 200 and "抱歉" in _result_text(first.body)
    retry = asyncio.run(ch.handle(*signed(text_msg("zhou", "/done 1", "8001"))))
    assert retry.body == "success" and len(calls) == 1
    answered = asyncio.run(ch.handle(*signed(text_msg("zhou", "/done 1", "8002"))))
    assert "已完成 1/11" in _result_text(answered.body)


def test_forged_request_cannot_burn_a_genuine_nonce(channel):
    from handlers.wecom.callback import Rejected
    ch = channel()
    params, body = signed(text_msg("victim", "截止", "8101"))
    with pytest.raises(Rejected) as forged:
        asyncio.run(ch.handle({**params, "msg_signature": "0" * 40}, body))
    assert forged.value.status == 403
    assert asyncio.run(ch.handle(params, body)).status == 200
    with pytest.raises(Rejected) as replayed:
        asyncio.run(ch.handle(params, body))
    assert replayed.value.status == 403


def test_long_nonces_are_refused_and_never_stored(channel):
    from handlers.wecom.callback import Rejected
    ch = channel()
    for i in range(50):
        params, body = signed(text_msg("x", "截止", f"82{i:02d}"), nonce="n" * 5000 + str(i))
        with pytest.raises(Rejected) as exc:
            asyncio.run(ch.handle(params, body))
        assert exc.value.status == 400
        with pytest.raises(Rejected):  # unsigned, long nonce: refused before anything is stored
            asyncio.run(ch.handle({**params, "msg_signature": "0" * 40}, body))
    store = ch.state.store
    tables = [r[0] for r in store.read("SELECT name FROM sqlite_master WHERE type='table'")]
    assert not any("n" * 5000 in str(store.read(f"SELECT * FROM [{t}]")) for t in tables)


def test_replay_window_survives_a_restart(channel):
    from handlers.wecom.callback import Rejected
    params, body = signed(text_msg("r", "截止", "8301"))
    first = channel()
    assert asyncio.run(first.handle(params, body)).status == 200
    first.state.store.close()
    second = channel()  # a new process (or another worker) on the same database file
    with pytest.raises(Rejected) as exc:
        asyncio.run(second.handle(params, body))
    assert exc.value.status == 403


def test_serve_with_several_workers(tmp_path):
    with FakeWeCom() as fake:
        server = Server(fake, tmp_path / "workers.sqlite3", workers=2)
        try:
            params, body = signed(text_msg("wk", "截止时间是什么时候", "8401"))
            first = httpx.post(f"{server.url}/wecom/callback", params=params, content=body, timeout=10)
            assert "2024年3月1日" in passive_text(first)
            for _ in range(4):  # whichever worker gets it, the replay window is the same
                again = httpx.post(f"{server.url}/wecom/callback", params=params, content=body, timeout=10)
                assert again.status_code == 403
        finally:
            server.stop()
