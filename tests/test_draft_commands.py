"""The draft pre-check wherever it is offered: /check in chat (its guide, one part, a whole draft on one line),
a pasted part through `bot.py ask`, and questions with a colon that are not drafts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BEFORE

from assistant.router import Router
from assistant.types import Incoming
from storage.checklist import ChecklistStore
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent
ONE_LINE = ("质量标杆名称：上海某某公司实施六西格玛管理的经验 摘要：我们推行六西格玛多年。 企业概况：公司成立于2000年。 "
            "管理方法（技术）的推进和应用情况：我们逐年推进。 管理方法（技术）的实施效果：合格率提升。")


@pytest.fixture()
def dialog(router):
    return router


def say(d: Router, text: str) -> str:
    return d.respond(Incoming("console", "u1", text)).text


def test_check_alone_explains_how_and_names_the_parts(dialog):
    text = say(dialog, "/check")
    assert "稿件预检" in text and "检查摘要：" in text and "企业概况" in text and "附件1 一" in text
    assert "/check" in say(dialog, "/help")


def test_check_with_one_part(dialog):
    text = say(dialog, "/check 摘要：我们推行六西格玛多年，合格率稳步提升。")
    assert "“摘要”没有发现问题" in text


def test_check_with_a_whole_draft_on_one_line_finds_every_part(dialog):
    for text in (say(dialog, "/check " + ONE_LINE), say(dialog, "检查" + ONE_LINE), say(dialog, "帮我检查：" + ONE_LINE)):
        assert "企业概况 " in text and "实施效果 6 字" in text and "部分齐全" not in text


def test_a_missing_part_names_the_notices_count_of_parts(dialog):
    text = say(dialog, "/check 质量标杆名称：上海某某公司实施六西格玛管理的经验 摘要：我们推行六西格玛多年。")
    assert "【五个部分齐全】没有找到“企业概况”部分" in text


@pytest.mark.parametrize("question, topic", [
    ("看看这个情况：我们公司2019年注册，营收3000万，能报吗", "申报条件"),
    ("查一下：闵行区联系人是谁", "闵行"),
    ("看一下截止时间：是不是3月1号", "截止"),
])
def test_a_question_after_a_colon_is_answered_not_checked(dialog, question, topic):
    text = say(dialog, question)
    assert "稿件预检" not in text and topic in text


def test_ask_runs_the_pre_check_on_a_pasted_part_and_answers_the_rest():
    lines = "检查摘要：我们推行六西格玛多年，合格率稳步提升。\n查一下：闵行区联系人是谁\n"
    out = subprocess.run([sys.executable, "bot.py", "ask", "--json"], input=lines, capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.splitlines()
    first, second = (json.loads(x) for x in out)
    assert first["matched"] and "“摘要”没有发现问题" in first["text"]
    assert "稿件预检" not in second["text"] and "闵行" in second["text"]


@pytest.mark.parametrize("message", ["看看摘要：要写多少字？", "查一下摘要：字数限制是多少", "帮忙看看：我们是浦东的制造企业，成立5年"])
def test_a_question_or_a_short_statement_after_a_colon_is_no_draft(dialog, message):
    assert "稿件预检" not in say(dialog, message)


def test_a_notice_without_draft_rules_answers_a_colon_question(tmp_path):
    from knowledge.answer import Answerer
    from knowledge.model import load_knowledge
    store = Store(tmp_path / "bot.sqlite3")
    d = Router(Answerer(load_knowledge(ROOT / "tests" / "notices" / "changshu-towns-2086.txt")), ChecklistStore(store), lambda: BEFORE)
    try:
        assert "周建国" in say(d, "查一下：琴川街道联系人是谁")
    finally:
        store.close()
