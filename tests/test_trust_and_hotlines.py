"""'Are you official?' says what the answers rest on and who answers officially; a system fault goes to the filling
hotline alone; a paper deadline the notice never sets is named as unstated, next to the deadline it does set."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOW = dt.datetime(2024, 2, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
POLICY, FILLING = "23119416", "18752017865"


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(None))


@pytest.mark.parametrize("q, says", [("你是官方的吗", "不是官方"), ("靠谱吗，信息准吗", "不是官方"),
                                     ("Are you an official government service? Can I trust your answers?", "not an official")])
def test_asking_whether_the_assistant_is_official(ans, q, says):
    a = ans.answer(q, NOW)
    assert says in a.text and ("通知" in a.text or "notice" in a.text) and POLICY in a.text


@pytest.mark.parametrize("q", ["网站上传文件一直失败，该打哪个电话问？", "系统老是报错，找谁", "忘记密码了打哪个电话"])
def test_a_system_fault_goes_to_the_filling_hotline_only(ans, q):
    a = ans.answer(q, NOW)
    assert FILLING in a.text and POLICY not in a.text


@pytest.mark.parametrize("q", ["纸质材料的截止时间是哪天？和网上提交的截止时间一样吗？", "纸质版最晚哪天寄"])
def test_a_paper_deadline_the_notice_never_sets_is_unstated(ans, q):
    a = ans.answer(q, NOW)
    assert "纸质材料单独的截止时间" in a.text and "2024年3月1日" in a.text


def test_a_deadline_and_paper_questions_in_one_message_are_all_answered(ans):
    a = ans.answer("截止几号 纸质的寄几份 寄哪里", NOW)
    assert a.matched and "2024年3月1日" in a.text and "武夷路" in a.text and "通知未规定" not in a.text
