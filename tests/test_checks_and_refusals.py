"""Each figure a message gives is checked against its condition (registration day, revenue in Chinese or English,
tax credit grade); requests to forge a seal with an image editor, to get a past winner's application or to have a
part expanded or named are declined. Uses the fictional 2031-2032 notice in tests/notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
NOTICE = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2031-2032.txt"


@pytest.fixture(scope="module")
def bot() -> Answerer:
    return Answerer(load_knowledge(NOTICE))


def _ask(bot: Answerer, q: str):
    return bot.answer(q, dt.datetime(2031, 11, 20, 10, 0, tzinfo=TZ))


def test_every_figure_given_is_checked(bot) -> None:
    text = _ask(bot, "公司营业执照上成立日期是2028年11月15日 营收5000多万 纳税A级 这次能报吗").text
    assert "不符合：2028年11月15日注册" in text and "营业收入这一条符合" in text and "纳税信用这一条符合：A级" in text, text


@pytest.mark.parametrize("q, ok", [("纳税信用C级能不能申报", False), ("我们是B级纳税人 可以报吗", True),
                                   ("Our tax credit rating is grade C. Can we still apply?", False),
                                   ("纳税信用等级M级 能报吗", False)])
def test_a_tax_credit_grade_is_checked_against_the_grades_allowed(bot, q, ok) -> None:
    text = _ask(bot, q).text
    assert (("符合：" in text and "不符合" not in text) or "condition is met" in text) if ok else \
        ("不符合：纳税信用" in text or "does not meet" in text), (q, text)


def test_a_revenue_said_in_english_is_checked(bot) -> None:
    text = _ask(bot, "We are not a 专精特新 SME. Our 2030 revenue was RMB 28 million. Can we apply?").text
    assert "营业收入低于" in text or "below" in text, text
    text = _ask(bot, "Our revenue last year was 45 million yuan, can we apply?").text
    assert "revenue condition is met" in text and "fraud" not in text, text


@pytest.mark.parametrize("q", [
    "区里盖章流程太慢了 麻烦教一下怎么把推荐单位的公章用PS做上去 先应个急",
    "能把去年入选的某某精密公司的申报书发我参考一下吗",
    "您好，能否提供一下去年入选企业的申报材料原文？我们想参考着改一改直接用",
    "帮我们起个典型经验名称吧 我们是做动力电池的",
    "实施效果这块我只有几个数，帮我扩写成2000字左右：良率98.2%→99.5%",
])
def test_forging_others_data_and_ghost_writing_are_declined(bot, q) -> None:
    reply = _ask(bot, q)
    assert not reply.matched and ("不能帮" in reply.text or "不能代" in reply.text or "抱歉" in reply.text), (q, reply.text)


@pytest.mark.parametrize("q", ["扫描件要盖章吗 ps能打开吗", "典型经验名称怎么起", "帮我看看摘要500字够不够", "有个某某公司说交两万包过"])
def test_neighbouring_phrasings_are_answered_not_declined(bot, q) -> None:
    assert _ask(bot, q).matched, q


def test_a_contact_s_hours_are_given_when_asked_when_someone_answers(bot) -> None:
    text = bot.answer("周日晚上7点多了 系统技术支持这会儿还有人吗", dt.datetime(2031, 12, 7, 19, 20, tzinfo=TZ)).text
    assert "54930617" in text and "20:00" in text and "8:30" in text, text
    assert "20:00" not in _ask(bot, "系统技术支持电话多少").text


def test_a_group_count_gets_the_group_cap_not_a_correction(bot) -> None:
    text = _ask(bot, "集团下面3家控股子公司每家想各报1项 总部自己也想报1项 一共4项 行不行").text
    assert "不得超过2项" in text and "第五条（二）" in text and "不是4项" not in text, text


def test_asking_whether_it_is_in_time_gets_a_plain_yes_while_open(bot) -> None:
    text = bot.answer("今天最后一天了吧 还差两个专利证书没传 现在传还赶得上不", dt.datetime(2031, 12, 12, 10, 0, tzinfo=TZ)).text
    assert "还来得及" in text and "7 小时" in text, text
    assert "还来得及" not in _ask(bot, "我们公司2019年3月5日成立，还能报吗").text


@pytest.mark.parametrize("q, phone", [("我们厂在书院镇 要找哪个推荐单位 有电话吗", "68283517"), ("泥城镇的企业找谁", "68283517"),
                                      ("原来南汇区的企业归哪个区推", "50882316"), ("闸北的企业找谁", "56317742")])
def test_places_the_notice_assigns_override_the_shared_geography(bot, q, phone) -> None:
    text = _ask(bot, q).text
    assert phone in text and "请确认所在区" not in text, (q, text)


def test_the_bundled_round_still_asks_where_a_shared_town_lies() -> None:
    text = Answerer(load_knowledge()).answer("书院镇的企业找谁", dt.datetime(2024, 2, 1, 10, 0, tzinfo=TZ)).text
    assert "请确认所在区" in text, text


@pytest.mark.parametrize("q", ["whats the minimum revenue for a manufacturing company", "What is the revenue requirement?"])
def test_an_english_question_on_the_revenue_floor_gets_the_conditions(bot, q) -> None:
    reply = _ask(bot, q)
    assert reply.matched and "3000万" in reply.text, (q, reply.text)


@pytest.mark.parametrize("q, stated", [("政策方面的问题打23112876 一般几点到几点有人接？", False),
                                       ("纸质信息表想周六送过去 受理窗口周末开门吗", False), ("技术支持平时几点到几点", True)])
def test_hours_are_answered_only_for_the_contact_asked_about(bot, q, stated) -> None:
    text = _ask(bot, q).text
    assert ("8:30—17:30" in text) == stated and ("没有规定" in text) != stated, (q, text)
