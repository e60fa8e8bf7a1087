"""Checklist flows through the console channel and the dialog core."""

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


def console(db: Path, user: str, *lines: str, now: str = "2024-02-20T10:00:00+08:00") -> str:
    proc = subprocess.run([sys.executable, "bot.py", "console", "--user", user, "--db", str(db), "--now", now],
                          cwd=ROOT, input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture()
def dialog(answerer, tmp_path):
    store = Store(tmp_path / "bot.sqlite3")
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE, frozenset({"console:officer"}))
    yield d
    store.close()


def say(d: Router, text: str, user: str = "u1"):
    return d.respond(Incoming("console", user, text))


def done_ids(d: Router, user: str = "u1") -> set[str]:
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
    from assistant.router import COMMANDS
    text = say(dialog, "/help").text
    assert all(f"/{c.name}" in text for c in COMMANDS if not c.officer_only)


def test_deadline_countdown_after_deadline(answerer, tmp_path):
    store = Store(tmp_path / "x.sqlite3")
    d = Router(answerer, ChecklistStore(store), lambda: dt.datetime(2024, 3, 5, tzinfo=BEFORE.tzinfo))
    assert "已经截止" in say(d, "/checklist").text
    store.close()


def test_pasted_section_is_checked(dialog):
    reply = say(dialog, "帮我检查摘要：" + "质" * 520)
    assert "摘要字数" in reply.text and "520 字" in reply.text and "500" in reply.text
    assert "没有发现问题" in say(dialog, "检查一下摘要：我们推行六西格玛多年，合格率稳步提升。").text
    long_paste = "帮我检查：" + "质量" * 6000  # longer than a normal message, still checked
    assert "稿件预检" in say(dialog, long_paste).text
    assert not done_ids(dialog)


# ------------------------------------------------------------ faults found under attack (issue 9)
DIGIT_LIKE = ["❸", "①", "⑳", "❶", "❿", "➀", "➉", "⓵", "⓾", "²", "٣", "１２", "𝟙", "Ⅻ", "½", "1❸", "❸-❺"]


@pytest.mark.parametrize("arg", DIGIT_LIKE)
def test_digit_like_characters_get_a_reply(dialog, arg):
    for command in ("/done", "/undo", "/toggle"):
        reply = say(dialog, f"{command} {arg}")
        assert reply.text.strip()
    assert dialog.store.store.integrity_ok()


def test_circled_numbers_mean_their_value(dialog):
    say(dialog, "/done ❸")
    assert done_ids(dialog) == {dialog.view.steps[2].id}
    before = done_ids(dialog)
    assert "超出范围" in say(dialog, "/done ⑳").text and done_ids(dialog) == before


@pytest.mark.parametrize("text", ["撤销00000", "撤销二二", "第00000项完成了", "第二二项完成了"])
def test_number_talk_that_is_no_number(dialog, text):
    assert say(dialog, text).text.strip() and not done_ids(dialog)


def test_forget_leaves_no_trace_on_disk(answerer, tmp_path):
    path = tmp_path / "f.sqlite3"
    store = Store(path)
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    uid = "erase-me-5d1c9e"
    say(d, "/done 1-5", user=uid)
    say(d, "/district 浦东", user=uid)
    say(d, "/forget", user=uid)
    assert "已删除" in say(d, "确认", user=uid).text
    for file in tmp_path.glob("f.sqlite3*"):
        assert uid.encode() not in file.read_bytes(), file.name
    store.close()


def test_console_ctrl_c_leaves_cleanly(dialog):
    import io

    from handlers.console import run

    class Interrupted(io.StringIO):
        def readline(self, *args) -> str:
            raise KeyboardInterrupt

    out = io.StringIO()
    assert run(dialog, "u1", Interrupted(), out, True) == 0
    assert "再见" in out.getvalue()


def test_console_share_says_what_it_can(dialog):
    import io

    from handlers.console import run
    out = io.StringIO()
    run(dialog, "officer", io.StringIO("/share 浦东\n"), out, False)
    assert "不能生成" in out.getvalue() and "/share" in out.getvalue()


def test_text_channels_never_mention_buttons_or_district_keys(dialog):
    for text in ("/help", "/checklist", "盖章已经办好了", "漕河泾", "/district 漕河泾", "/forget", "取消"):
        shown = say(dialog, text).plain()
        assert not any(w in shown for w in ("按钮", "点选", "点击", "点一下")), (text, shown)
        assert not any(k in shown for k in ("xuhui", "minhang")), (text, shown)
    assert "徐汇区" in say(dialog, "漕河泾").plain()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_interactive_console_has_line_editing_and_history(tmp_path):
    import os
    import pty
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "bot.py", "--db", str(tmp_path / "p.sqlite3"),
                                  "--now", "2024-02-20T10:00:00+08:00"])
    import select
    out = b""

    def read_until(marker: bytes) -> None:
        nonlocal out
        while marker not in out:
            if not select.select([fd], [], [], 30)[0]:
                return  # no output for 30 s: fail on the assertion below rather than hang the suite
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return
            if not chunk:
                return
            out += chunk
    read_until("你> ".encode())
    os.write(fd, b"/progress\r")
    read_until("下一步".encode())
    os.write(fd, b"\x1b[A\r")  # arrow up: the previous line again
    while out.count("下一步".encode()) < 2:
        if not select.select([fd], [], [], 30)[0]:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.write(fd, b"\x04")
    read_until(b"\xff")  # to EOF
    try:
        os.kill(pid, 9)  # if it did not leave, it must not outlive the test
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    assert out.decode("utf-8", "replace").count("已完成 0/11") == 2
