"""/privacy says what is kept and for how long; users of long-closed rounds are purged (by `serve`)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from admin_fixtures import free_port
from conftest import BEFORE

from assistant.router import Router
from assistant.types import Incoming
from handlers.settings import ops_from_env, retention_from_env
from storage.checklist import ChecklistStore, UserKey
from storage.db import USER_TABLES, Store

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def test_privacy_notice_by_command_and_by_question(answerer, tmp_path):
    d = Router(answerer, ChecklistStore(Store(tmp_path / "p.sqlite3")), lambda: BEFORE, gap_days=14, retention_days=90)
    text = d.respond(Incoming("console", "u", "/privacy")).text
    assert "不保存您的消息原文" in text and "14 天" in text and "90 天" in text and "/forget" in text and "<3" in text
    assert d.respond(Incoming("wecom", "u", "你们保存我什么数据？")).text == text
    assert d.respond(Incoming("wecom", "u", "你们会记录我的哪些信息")).text == text
    off = Router(answerer, ChecklistStore(Store(tmp_path / "q.sqlite3")), lambda: BEFORE, gap_days=0)
    assert "不记录" in off.respond(Incoming("console", "u", "/privacy")).text
    assert "/privacy" in d.respond(Incoming("console", "u", "/help")).text


def _populate(d: Router) -> None:
    for user in ("old1", "old2"):
        d.respond(Incoming("telegram", user, "/start minhang"))
        d.respond(Incoming("telegram", user, "/done 1-3"))
        d.respond(Incoming("telegram", user, "截止时间是什么时候"))
        d.respond(Incoming("telegram", user, "没用"))
        d.respond(Incoming("telegram", user, "看不懂"))


def test_purge_after_retention(answerer, tmp_path):
    clock = Clock(BEFORE)
    d = Router(answerer, ChecklistStore(Store(tmp_path / "p.sqlite3")), clock, retention_days=30)
    _populate(d)
    assert d.purge_expired() == 0  # the round is open
    deadline = answerer.kb.deadline
    clock.now = deadline + dt.timedelta(days=29)
    assert d.purge_expired() == 0  # closed, but not 30 days ago
    clock.now = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)  # rows carry real times: a month of silence after them
    assert d.retention_cutoff(clock.now) is not None
    assert d.purge_expired() == 2
    for user in ("old1", "old2"):
        assert d.store.rows_about(UserKey("telegram", user)) == 0
    rows = d.store.store.read("SELECT vote, comment FROM feedback")
    assert rows and all(comment is None for _, comment in rows)  # anonymous votes stay, comments go with their writers


def test_old_gaps_go_even_without_new_questions(answerer, tmp_path):
    clock = Clock(BEFORE)
    d = Router(answerer, ChecklistStore(Store(tmp_path / "p.sqlite3")), clock, gap_days=30)
    d.respond(Incoming("console", "a", "申报需要多少注册资本"))
    clock.now = BEFORE + dt.timedelta(days=29)
    d.purge_expired()
    assert d.store.store.read("SELECT COUNT(*) FROM gaps")[0][0] == 1
    clock.now = BEFORE + dt.timedelta(days=31)
    d.purge_expired()
    assert d.store.store.read("SELECT COUNT(*) FROM gaps")[0][0] == 0
    d.respond(Incoming("console", "a", "申报需要多少注册资本"))
    off = Router(answerer, ChecklistStore(d.store.store), clock, gap_days=0)  # recording switched off: the rest goes
    off.purge_expired()
    assert d.store.store.read("SELECT COUNT(*) FROM gaps")[0][0] == 0


def test_recent_users_are_kept_and_earlier_rounds_count(answerer, tmp_path):
    clock = Clock(answerer.kb.deadline + dt.timedelta(days=400))
    d = Router(answerer, ChecklistStore(Store(tmp_path / "p.sqlite3")), clock, retention_days=365)
    d.respond(Incoming("console", "fresh", "/done 1"))  # stamped with real time, newer than the cutoff when the clock is real
    cutoff = d.retention_cutoff(clock.now)
    assert cutoff == clock.now - dt.timedelta(days=365)
    assert d.purge_expired() == 0 and d.store.rows_about(UserKey("console", "fresh")) > 0
    clock.now = answerer.kb.deadline + dt.timedelta(days=10)
    assert d.retention_cutoff(clock.now) is None


def test_settings_parse_and_refuse_bad_values():
    assert retention_from_env({}) == {"gap_days": 30, "retention_days": 365}
    assert retention_from_env({"BOT_GAP_DAYS": "0", "BOT_RETENTION_DAYS": "30"}) == {"gap_days": 0, "retention_days": 30}
    for bad in ({"BOT_GAP_DAYS": "abc"}, {"BOT_RETENTION_DAYS": "0"}, {"BOT_GAP_DAYS": "-1"}):
        with pytest.raises(SystemExit):
            retention_from_env(bad)
    ops = ops_from_env({"WECOM_GROUP_WEBHOOK": "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc-123",
                        "BOT_ADMIN_TOKEN": "x" * 20, "BOT_DIGEST_DAYS": "14", "BOT_DIGEST_WEEKDAY": "5"})
    assert ops.group_key == "abc-123" and ops.group_api_url == "https://qyapi.weixin.qq.com" and ops.digest_days == 14
    assert "abc-123" not in repr(ops) and "x" * 20 not in repr(ops)
    assert ops_from_env({"WECOM_GROUP_WEBHOOK": "abc-123"}).group_key == "abc-123"
    for bad in ({"BOT_ADMIN_TOKEN": "short"}, {"WECOM_GROUP_WEBHOOK": "https://example.com/no-key"}, {"BOT_DIGEST_WEEKDAY": "8"},
                {"BOT_DIGEST_HOUR": "24"}):
        with pytest.raises(SystemExit):
            ops_from_env(bad)


def test_serve_purges_users_of_long_closed_rounds(answerer, tmp_path):
    db = tmp_path / "serve.sqlite3"
    store = Store(db)
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    _populate(d)
    store.close()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WECOM_", "TELEGRAM_", "BOT_"))}
    env.update(BOT_ADMIN_TOKEN="a-long-enough-admin-token", BOT_RETENTION_DAYS="30")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=60)).isoformat()
    proc = subprocess.Popen([sys.executable, "bot.py", "serve", "--port", str(port), "--db", str(db), "--now", later],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        end = time.monotonic() + 30
        left = None
        while time.monotonic() < end and proc.poll() is None:
            check = Store(db)
            left = sum(check.read(f"SELECT COUNT(*) FROM [{t}]")[0][0] for t in USER_TABLES)
            check.close()
            if left == 0:
                break
            time.sleep(0.2)
        assert left == 0, proc.stderr.read().decode() if proc.poll() is not None else left
        assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(30)
