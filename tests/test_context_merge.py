"""Follow-ups that have nothing to be answered by on their own are read together with the previous question:
a premise ("是600字吧" after "摘要多少字"), a moment ("那下午5点半呢" after a deadline answer), a generic unit
question ("联系人是谁" after a district), an English "so …". New questions and acknowledgements stand alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
CST = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(ROOT / "knowledge" / "notices" / "2023-2024.txt"))


@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(ROOT.parent / "shared" / "notices" / "dev-variant-2024-2025.txt"))


def talk(bot: Answerer, *messages: str, when: str = "2024-02-20T10:00") -> list[str]:
    now, turn, out = dt.datetime.fromisoformat(when).replace(tzinfo=CST), None, []
    for m in messages:
        a = bot.answer(m, now, context=turn)
        out.append(a.text)
        turn = a.turn or turn
    return out


@pytest.mark.parametrize("first, then, expect", [
    ("摘要多少字", "是600字吧", "不是600字"),
    ("长宁找谁", "联系人是王伟吧", "联系人不是王伟"),
    ("填报咨询找谁", "电话是18752017866吧", "不是18752017866"),
])
def test_a_premise_in_a_follow_up_is_corrected(bundled, first, then, expect):
    assert expect in talk(bundled, first, then)[1]


def test_an_english_so_after_the_deadline_is_judged(bundled):
    assert "March 15, 2024 is after the deadline: too late" in talk(bundled, "What is the deadline?", "so March 15 is fine?")[1]


def test_a_moment_after_a_deadline_answer_is_judged(variant):
    replies = talk(variant, "今晚12点前交可以吗", "那下午5点半呢", "那下午4点呢", when="2025-03-20T15:00")
    assert "今天17:30已经过了截止时间" in replies[1] and "今天16:00还在截止时间" in replies[2]


@pytest.mark.parametrize("then", ["明天交呢", "几点"])
def test_a_short_clock_follow_up_gets_the_deadline(bundled, then):
    assert "2024年3月1日 24:00" in talk(bundled, "截止时间", then)[1]


def test_a_generic_unit_question_keeps_the_district(bundled):
    assert "张炯" in talk(bundled, "嘉定找谁", "联系人是谁")[1]


def test_a_named_hotline_is_not_read_as_the_districts(bundled):
    reply = talk(bundled, "那黄浦呢", "填报咨询找谁")[1]
    assert "张竞之" in reply and "葛宏彬" not in reply


@pytest.mark.parametrize("then", ["申报条件是什么", "今晚12点前交可以吗"])
def test_a_question_of_its_own_ignores_the_district_before(bundled, then):
    reply = talk(bundled, "黄浦找谁", then)[1]
    assert "黄浦" not in reply


@pytest.mark.parametrize("then, lead", [("好的", "好的！"), ("收到", "好的！"), ("谢谢", "不客气！")])
def test_an_acknowledgement_is_acknowledged(bundled, then, lead):
    assert talk(bundled, "嘉定找谁", then)[1].startswith(lead)
