"""Conversation context through the real core and the console channel: per user, short-lived, durable, erasable."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BEFORE

from assistant.router import Router
from assistant.types import Incoming
from storage.checklist import ChecklistStore, UserKey
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self) -> None:
        self.t = BEFORE

    def __call__(self) -> dt.datetime:
        return self.t


@pytest.fixture()
def clock() -> Clock:
    return Clock()


def make(answerer, db: Path, clock: Clock) -> Router:
    return Router(answerer, ChecklistStore(Store(db)), clock)


def say(router: Router, user: str, text: str) -> str:
    return router.respond(Incoming("console", user, text)).plain()


def test_console_multi_turn_follow_ups(tmp_path):
    lines = ["嘉定找谁", "那松江呢", "地址呢", "电话呢", "名称限多少字", "实施效果呢"]
    proc = subprocess.run([sys.executable, "bot.py", "console", "--user", "u1", "--db", str(tmp_path / "c.sqlite3"),
                           "--now", "2024-02-20T10:00:00+08:00"], cwd=ROOT, input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    replies = proc.stdout.split("—— 依据")  # every answer ends with its basis line
    assert "69989071" in replies[0]  # 嘉定
    assert "松江区" in replies[1] and "37737122" in replies[1]  # the same question for 松江
    assert "人民北路" in replies[2] and "37737122" in replies[3]  # 松江's address, then its phone
    assert "实施效果" in replies[5] and "2000" in replies[5]


def test_context_is_per_user(answerer, tmp_path, clock):
    r = make(answerer, tmp_path / "c.sqlite3", clock)
    say(r, "alice", "嘉定找谁")
    assert "69989071" in say(r, "alice", "电话呢")
    bob = say(r, "bob", "电话呢")
    assert "69989071" not in bob and "嘉定" not in bob


def test_context_expires_after_silence(answerer, tmp_path, clock, monkeypatch):
    monkeypatch.setenv("BOT_CONTEXT_MINUTES", "5")
    r = make(answerer, tmp_path / "c.sqlite3", clock)
    say(r, "u", "嘉定找谁")
    clock.t = BEFORE + dt.timedelta(minutes=4)
    assert "37737122" in say(r, "u", "那松江呢")  # within five minutes of the last message
    clock.t += dt.timedelta(minutes=6)
    late = say(r, "u", "地址呢")
    assert "人民北路" not in late and "哪个地址" in late  # too late: the question stands alone


def test_context_off(answerer, tmp_path, clock, monkeypatch):
    monkeypatch.setenv("BOT_CONTEXT_MINUTES", "0")
    r = make(answerer, tmp_path / "c.sqlite3", clock)
    say(r, "u", "嘉定找谁")
    assert "69989071" not in say(r, "u", "电话呢")


def test_context_survives_a_restart(answerer, tmp_path, clock):
    db = tmp_path / "c.sqlite3"
    say(make(answerer, db, clock), "u", "松江区找谁盖章")
    assert "人民北路" in say(make(answerer, db, clock), "u", "地址")


def test_forget_erases_the_context(answerer, tmp_path, clock):
    db = tmp_path / "c.sqlite3"
    r = make(answerer, db, clock)
    say(r, "u", "嘉定找谁")
    say(r, "u", "/forget")
    say(r, "u", "确认")
    assert ChecklistStore(Store(db)).rows_about(UserKey("console", "u")) == 0
    assert "69989071" not in say(r, "u", "电话呢")


def test_a_one_word_question_offers_buttons_that_answer(answerer, tmp_path, clock):
    r = make(answerer, tmp_path / "c.sqlite3", clock)
    reply = r.respond(Incoming("console", "u", "地址"))
    datas = [b.data for row in reply.buttons for b in row]
    assert len(datas) == 2
    mail = [d for d in datas if "邮寄" in d][0]
    assert "武夷路" in say(r, "u", mail)


def test_replies_carry_topic_clause_and_gap(answerer, tmp_path, clock):
    r = make(answerer, tmp_path / "c.sqlite3", clock)
    dl = r.respond(Incoming("console", "u", "截止时间"))
    assert dl.topic == "deadline" and dl.clause == "三（一）" and not dl.gap
    gap = r.respond(Incoming("console", "u", "总结材料最多能写多少页"))
    assert gap.gap and not gap.matched
    chat = r.respond(Incoming("console", "u", "讲个笑话"))
    assert not chat.gap
