"""Hard questions from fresh sets written from the notices alone: a count asked in firms is never answered with a
number of characters, the user's own phone number is no claim, a title's validity and a revenue threshold the notice
leaves open, a company that says where it is among places it asks about."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
NOTICES = Path(__file__).resolve().parent / "notices"


@pytest.fixture(scope="module")
def bot() -> Answerer:
    return Answerer(load_knowledge(ROOT / "knowledge" / "notices" / "2023-2024.yaml"))


@pytest.fixture(scope="module")
def zhejiang() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "zhejiang-province-benchmark-2036.txt"))


@pytest.mark.parametrize("q", ["这次上海一共评多少家质量标杆？名额多吗，竞争激烈不", "今年评几家质量标杆", "一共评多少家"])
def test_a_count_of_firms_is_not_a_count_of_characters(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "名额" in r.text and "40 字" not in r.text


@pytest.mark.parametrize("q", ["我手机号13916668888，填报遇到问题找谁？打哪个电话", "我的电话13916668888 系统登不上找谁",
                               "本人手机13916668888，请问填报咨询电话多少", "回电请打13916668888，填报问题问谁"])
def test_the_users_own_number_is_no_claim(bot, q) -> None:
    r = bot.answer(q)
    assert "18752017865" in r.text and "不是13916668888" not in r.text and "更正" not in r.text


def test_a_wrong_number_for_a_hotline_is_still_corrected(bot) -> None:
    assert "填报咨询的电话不是13916668888" in bot.answer("填报咨询是13916668888吧").text


@pytest.mark.parametrize("q", ["质量标杆称号有效期几年？到期了要复评吗", "评上以后要复评吗", "称号到期了还要重新申报吗"])
def test_a_titles_validity_is_not_stated(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "有效期" in r.text and "23119416" in r.text


@pytest.mark.parametrize("q", ["对企业营收规模有要求吗，比如年营收要几个亿以上才能报？", "营收门槛是多少", "企业规模有没有要求"])
def test_a_revenue_threshold_the_notice_does_not_set(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "营业收入或企业规模的门槛" in r.text and "经营状况良好" in r.text


def test_a_revenue_threshold_the_notice_sets_is_quoted(zhejiang) -> None:
    r = zhejiang.answer("对营收有没有要求")
    assert r.matched and "2000万元" in r.text and "没有规定" not in r.text


def test_an_open_attribute_beside_an_eligibility_question_answers_both(bot) -> None:
    r = bot.answer("我们一年营收就800来万，前两年还亏损，有没有营收门槛？我们这样符合条件不")
    assert r.matched and "没有规定“营业收入或企业规模的门槛”" in r.text and "申报条件" in r.text


@pytest.mark.parametrize("q", ["我们在临港新片区，是不是也找浦东新区科经委的顾俊盖推荐章？", "我司在临港新片区，找浦东还是临港",
                               "公司属于临港新片区 盖章找浦东新区吗"])
def test_the_place_the_company_says_it_is_in_decides(bot, q) -> None:
    r = bot.answer(q)
    assert "钱玮" in r.text and "请确认所在区" not in r.text
