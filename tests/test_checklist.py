"""Checklist flows through the console channel and the dialog core."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BEFORE

from handlers.dialog import Dialog, Incoming
from storage.checklist import ChecklistStore, UserKey
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent


def console(db: Path, user: str, *lines: str, now: str = "2024-02-20T10:00:00+08:00") -> str:
    proc = subprocess.run([sys.executable, "bot.py", "console", "--user", user, "--db", str(db), "--now", now],
                          cwd=ROOT, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture()
def dialog(answerer, tmp_path):
    store = Store(tmp_path / "bot.sqlite3")
    d = Dialog(answerer, ChecklistStore(store), lambda: BEFORE, frozenset({"console:officer"}))
    yield d
    store.close()


def say(d: Dialog, text: str, user: str = "u1"):
    return d.respond(Incoming("console", user, text))


def done_ids(d: Dialog, user: str = "u1") -> set[str]:
    return set(d.store.done(UserKey("console", user)))


def test_state_persists_across_processes(tmp_path):
    db = tmp_path / "c.sqlite3"
    console(db, "alice", "/done 1-3", "/district 闵行")
    out = console(db, "alice", "/progress", "/checklist", "我该找谁")
    assert "已完成 3/11" in out and "下一步：4." in out
    assert "✅ 1." in out and "⬜ 4." in out and "64121532" in out


def test_two_users_never_see_each_other(tmp_path):
    db = tmp_path / "c.sqlite3"
    console(db, "alice", "/done 1 2 3", "/district 浦东")
    out = console(db, "bob", "/progress", "我该找谁")
    assert "已完成 0/11" in out and "28282754" not in out


def test_checklist_view(dialog):
    reply = say(dialog, "/checklist")
    assert "已完成 0/11" in reply.text and "⬜ 1." in reply.text and "距离截止还有 10 天" in reply.text
    assert reply.kind == "checklist" and reply.buttons[0][0].data == "/toggle 1"
    reply = say(dialog, "/done 1 3")
    assert "已完成 2/11" in reply.text and "✅ 1." in reply.text and "✅ 3." in reply.text


@pytest.mark.parametrize("command,expected", [("/done 1 3", {1, 3}), ("/done 1-4", {1, 2, 3, 4}), ("/done 2,5", {2, 5}),
                                              ("/done 二", {2}), ("/done 第3项", {3}), ("/done 1 1 1", {1})])
def test_done_forms(dialog, command, expected):
    say(dialog, command)
    steps = dialog.view.steps
    assert done_ids(dialog) == {steps[n - 1].id for n in expected}


def test_undo(dialog):
    say(dialog, "/done 1-4")
    say(dialog, "/undo 2")
    assert len(done_ids(dialog)) == 3 and dialog.view.steps[1].id not in done_ids(dialog)
    assert "本来就未完成" in say(dialog, "/undo 2").text


def test_toggle_button(dialog):
    say(dialog, "/toggle 5")
    assert dialog.view.steps[4].id in done_ids(dialog)
    say(dialog, "/toggle 5")
    assert not done_ids(dialog)


BAD = ["/done 999", "/done abc", "/done -1", "/done 0", "/done", "/done 3-1", "/done 1 999", "/undo xyz",
       "/toggle 1 2", "x" * 10_000, "😀" * 50, "'); DROP TABLE progress; --", "/done 1; DROP TABLE users",
       "\x00\x01", "/district 火星", "/nosuch"]


@pytest.mark.parametrize("text", BAD)
def test_bad_input_changes_nothing(dialog, text):
    say(dialog, "/done 2")
    before = done_ids(dialog)
    reply = say(dialog, text)
    assert reply.text.strip()
    assert done_ids(dialog) == before
    assert dialog.store.store.integrity_ok()


def test_next_gives_guidance_and_unit(dialog):
    say(dialog, "/done 1-7")
    reply = say(dialog, "/next")
    assert "第 8 项" in reply.text and "推荐单位" in reply.text and "/district" in reply.text
    say(dialog, "/district 黄埔")
    reply = say(dialog, "/next")
    assert "33134800" in reply.text and "三（一）" in reply.text


@pytest.mark.parametrize("text,expect", [("第3项完成了", {3}), ("第三步做完了", {3}), ("完成了第4项", {4}),
                                         ("排版搞定了", {4}), ("营业执照扫描上传好了", {9}), ("纸质材料寄出了", {11})])
def test_natural_language_done(dialog, text, expect):
    say(dialog, text)
    assert done_ids(dialog) == {dialog.view.steps[n - 1].id for n in expect}


def test_unclear_item_asks(dialog):
    reply = say(dialog, "盖章已经办好了")
    assert "哪一项" in reply.text and {b.data for row in reply.buttons for b in row} == {"/done 7", "/done 8"}
    assert not done_ids(dialog)


def test_negation_does_not_mark(dialog):
    say(dialog, "排版还没完成")
    assert not done_ids(dialog)


def test_natural_progress_and_district(dialog):
    say(dialog, "/done 1")
    assert "已完成 1/11" in say(dialog, "我做到哪一步了").text
    reply = say(dialog, "我是闵行的")
    assert "已记住" in reply.text and dialog.store.district(UserKey("console", "u1")) == "minhang"
    assert "64121532" in say(dialog, "我该找谁").text
    assert "64121532" in say(dialog, "盖章找谁").text


def test_undo_natural(dialog):
    say(dialog, "/done 1-3")
    say(dialog, "第2项还没完成")
    assert dialog.view.steps[1].id not in done_ids(dialog)


def test_forget_requires_confirmation_and_erases_everything(dialog):
    say(dialog, "/done 1-5")
    say(dialog, "/district 浦东")
    say(dialog, "/done 1", user="other")
    key = UserKey("console", "u1")
    assert "确认" in say(dialog, "/forget").text
    assert "已取消" in say(dialog, "算了").text and len(done_ids(dialog)) == 5
    say(dialog, "/forget")
    assert "已删除" in say(dialog, "确认").text
    assert dialog.store.rows_about(key) == 0
    assert len(done_ids(dialog, "other")) == 1


def test_questions_still_answered_in_dialog(dialog):
    reply = say(dialog, "截止时间是什么时候")
    assert "2024年3月1日" in reply.text and reply.matched
    reply = say(dialog, "漕河泾")
    assert {b.data for row in reply.buttons for b in row} == {"/district xuhui", "/district minhang"}


def test_officer_only_share(dialog):
    assert "仅供" in say(dialog, "/share 浦东").text
    reply = say(dialog, "/share 浦东", user="officer")
    assert reply.share == {"district": "pudong"}


def test_start_payload_sets_district(dialog):
    reply = say(dialog, "/start jiading")
    assert "69989071" in reply.text and dialog.store.district(UserKey("console", "u1")) == "jiading"
    reply = say(dialog, "/start evil$payload", user="u2")
    assert "您好" in reply.text and dialog.store.district(UserKey("console", "u2")) is None


def test_remind_refused_where_nothing_can_be_pushed(dialog):
    reply = say(dialog, "/remind on")
    assert "不能主动推送" in reply.text and not dialog.reminders.enabled(UserKey("console", "u1"))


def test_help_lists_the_command_table(dialog):
    from handlers.dialog import COMMANDS
    text = say(dialog, "/help").text
    assert all(f"/{c.name}" in text for c in COMMANDS if not c.officer_only)


def test_deadline_countdown_after_deadline(answerer, tmp_path):
    store = Store(tmp_path / "x.sqlite3")
    d = Dialog(answerer, ChecklistStore(store), lambda: dt.datetime(2024, 3, 5, tzinfo=BEFORE.tzinfo))
    assert "已经截止" in say(d, "/checklist").text
    store.close()


def test_pasted_section_is_checked(dialog):
    reply = say(dialog, "帮我检查摘要：" + "质" * 520)
    assert "摘要字数" in reply.text and "520 字" in reply.text and "500" in reply.text
    assert "没有发现问题" in say(dialog, "检查一下摘要：我们推行六西格玛多年，合格率稳步提升。").text
    long_paste = "帮我检查：" + "质量" * 6000  # longer than a normal message, still checked
    assert "稿件预检" in say(dialog, long_paste).text
    assert not done_ids(dialog)
