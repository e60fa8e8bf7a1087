"""Checklist talk never marks a step that is only planned, nor a message that also asks something: those are answered."""

from __future__ import annotations

import pytest

from assistant.router import Router
from assistant.types import Incoming
from storage.checklist import UserKey


@pytest.fixture()
def dialog(router):
    return router


def _say(d: Router, text: str) -> str:
    return d.respond(Incoming("console", "u1", text)).text


@pytest.mark.parametrize("message", ["网上已经交了，纸质的打算3月5号寄到，来得及吧", "纸质的下周寄出", "纸质材料准备下周寄出去",
                                     "明天把纸质材料寄出", "寄出了吗纸质材料", "纸质材料寄出了吧？"])
def test_a_plan_or_a_question_marks_nothing(dialog, message):
    text = _say(dialog, message)
    assert "已标记完成" not in text and not dialog.store.done(UserKey("console", "u1"))


def test_the_question_with_a_done_clause_is_answered(dialog):
    text = _say(dialog, "网上已经交了，纸质的打算3月5号寄到，来得及吧")
    assert "纸质材料" in text and "截止" in text


@pytest.mark.parametrize("message, step", [("纸质材料寄出了", 11), ("第3项完成了", 3)])
def test_a_step_said_done_is_still_marked(dialog, message, step):
    assert f"已标记完成：第 {step} 项" in _say(dialog, message)


@pytest.mark.parametrize("message", ["纸质材料今天下午寄出", "纸质材料3月1号寄出", "纸质材料马上寄出"])
def test_a_step_with_a_time_but_no_sign_of_done_is_a_plan(dialog, message):
    assert "已标记完成" not in _say(dialog, message)


@pytest.mark.parametrize("message", ["纸质材料今天寄出了", "纸质材料已寄出"])
def test_a_step_done_today_is_marked(dialog, message):
    assert "已标记完成：第 11 项" in _say(dialog, message)
