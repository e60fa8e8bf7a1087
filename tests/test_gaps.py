"""Knowledge gaps: recorded through the core with masking and no user id, grouped, kept BOT_GAP_DAYS, `bot.py gaps`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BEFORE

from assistant.gaps import group, normalise
from assistant.masking import mask
from assistant.router import Router
from assistant.types import Incoming
from storage.checklist import ChecklistStore
from storage.db import Store
from storage.gaps import Gap

ROOT = Path(__file__).resolve().parent.parent


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def make(answerer, path: Path, clock, gap_days: int = 30) -> Router:
    return Router(answerer, ChecklistStore(Store(path)), clock, gap_days=gap_days)


def texts(d: Router) -> list[tuple]:
    return d.store.store.read("SELECT channel, district, text FROM gaps ORDER BY id")


def test_unanswered_programme_questions_are_recorded_masked(answerer, tmp_path):
    d = make(answerer, tmp_path / "g.sqlite3", Clock(BEFORE))
    d.respond(Incoming("telegram", "555", "/start minhang"))
    reply = d.respond(Incoming("telegram", "555", "申报企业需要多少注册资本？我手机13812345678，邮箱boss@corp.cn"))
    assert reply.gap and not reply.matched
    for chat in ("你好", "今天天气怎么样", "高新技术企业怎么申报", "截止时间是什么时候", "/checklist"):
        d.respond(Incoming("console", "u", chat))  # chit-chat, other programmes, answers, commands: not gaps
    (row,) = texts(d)
    assert row[0] == "telegram" and row[1] == "minhang"
    assert "13812345678" not in row[2] and "boss@corp.cn" not in row[2] and "[手机号]" in row[2] and "[邮箱]" in row[2]
    columns = {r[0] for r in d.store.store.read("SELECT name FROM pragma_table_info('gaps')")}
    assert not columns & {"user_id", "chat_id"}
    assert "555" not in json.dumps(d.store.store.read("SELECT * FROM gaps"))


def test_retention_window_and_switch_off(answerer, tmp_path):
    clock = Clock(BEFORE)
    d = make(answerer, tmp_path / "g.sqlite3", clock, gap_days=30)
    d.respond(Incoming("console", "a", "申报需要多少注册资本"))
    clock.now = BEFORE + dt.timedelta(days=29)
    d.respond(Incoming("console", "b", "质量标杆有奖金吗"))
    assert len(texts(d)) == 2 and [g.count for g in d.gap_groups()] == [1, 1]
    clock.now = BEFORE + dt.timedelta(days=31)
    d.respond(Incoming("console", "c", "质量标杆有奖金吗"))  # recording also drops rows past the window
    assert [t for _, _, t in texts(d)] == ["质量标杆有奖金吗", "质量标杆有奖金吗"]
    off = make(answerer, tmp_path / "off.sqlite3", clock, gap_days=0)
    off.respond(Incoming("console", "a", "申报需要多少注册资本"))
    assert texts(off) == []


def test_grouping_is_normalised_and_fuzzy():
    at = "2024-02-20T00:00:00+00:00"
    raw = ["申报需要多少注册资本", "请问，申报需要多少注册资本？", "申报企业需要多少注册资本", "申報需要多少註冊資本",
           "质量标杆有奖金吗", "质量标杆有奖金吗?", "评审专家是谁"]
    groups = group([Gap(at, "console", "", t, normalise(mask(t))) for t in raw])
    assert [g.count for g in groups] == [4, 2, 1]
    assert groups[0].text == "申报需要多少注册资本" or groups[0].text in raw[:4]
    assert set(groups[0].examples) <= set(raw[:4]) and groups[2].text == "评审专家是谁"


def test_masking_rules():
    assert mask("身份证 310101199001011234 和 31010119900101123X") == "身份证 [身份证号] 和 [身份证号]"
    assert mask("代码 91310115MA1K3ABCDE") == "代码 [信用代码]"
    assert mask("座机 (021)6234-5678 转 801") == "座机 [电话]"
    assert mask("+86 138-1234-5678") == "[手机号]"
    assert mask("2024年3月1日截止，第3项") == "2024年3月1日截止，第3项"
    assert mask("a\x00b   c" + "长" * 400) .startswith("a b c") and len(mask("长" * 400)) == 300


def test_gaps_command_lists_groups_largest_first(answerer, tmp_path):
    db = tmp_path / "cli.sqlite3"
    d = make(answerer, db, Clock(BEFORE))
    for i, q in enumerate(["申报需要多少注册资本", "申报需要多少注册资本？", "质量标杆有奖金吗"]):
        d.respond(Incoming("wecom", f"w{i}", "/district 浦东"))
        d.respond(Incoming("wecom", f"w{i}", q))
    d.store.store.close()
    run = [sys.executable, "bot.py", "gaps", "--db", str(db), "--now", "2024-02-21T09:00:00+08:00"]
    out = subprocess.run(run + ["--json"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    groups = [json.loads(line) for line in out.stdout.splitlines()]
    assert [g["count"] for g in groups] == [2, 1] and groups[0]["districts"] == {"浦东新区": 2}
    assert "pudong" not in out.stdout and "w0" not in out.stdout
    text = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "3 条，2 组" in text and text.index("注册资本") < text.index("奖金")
    later = subprocess.run(run + ["--since", "2024-02-22"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    assert "0 条" in later
    bad = subprocess.run(run + ["--since", "yesterday"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode != 0 and "--since" in bad.stderr


@pytest.mark.parametrize("payload", ["", " ", "\x00\x01", "😀" * 3000])
def test_odd_input_never_crashes_recording(answerer, tmp_path, payload):
    d = make(answerer, tmp_path / "g.sqlite3", Clock(BEFORE))
    d.respond(Incoming("console", "x", payload))
    assert all(len(t) <= 300 for _, _, t in texts(d))
