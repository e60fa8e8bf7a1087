"""Judgement found wanting by fresh hard sets: a courier asked as '指定快递吗', a heading's font asked after the rule
the user already knows, the recommending units' own deadline when the notice sets none, a firm's revenue read as a
sum paid, a new firm asking of the years registered, a visit to the reviewers with gifts, and system trouble."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"
CST = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(BUNDLED))


@pytest.fixture(scope="module")
def sh25() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2025-2026.txt"))


def _at(bot: Answerer, question: str, when: str = "2024-02-01T10:00") -> tuple[str, bool]:
    a = bot.answer(question, dt.datetime.fromisoformat(when).replace(tzinfo=CST))
    return a.text, a.matched


@pytest.mark.parametrize("question", ["寄纸质材料指定快递吗", "寄纸质材料指定快递吗，顺丰还是EMS？", "快递有没有指定的",
                                      "纸质的要用指定的快递寄吗"])
def test_a_courier_asked_as_designated_is_left_open(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "没有规定" in text and "快递" in text.split("\n")[1]
    assert "武夷路" in text  # the nearest fact: where the paper goes


@pytest.mark.parametrize("question, heading", [
    ("摘要正文是宋体小四，那企业概况、实施效果这些一级小标题用几号字？", "一级小标题"),
    ("正文小四我知道，二级标题用几号字", "二级标题"),
    ("一级标题用什么字体", "一级标题"),
])
def test_the_heading_asked_is_the_one_in_the_asking_clause(bundled, question, heading):
    text, matched = _at(bundled, question)
    assert not matched and f"“{heading}的格式”" in text


def test_a_rule_the_user_names_in_the_asking_clause_is_still_answered(bundled):
    text, matched = _at(bundled, "摘要用几号字")
    assert matched and "四号" in text and "没有规定" not in text


@pytest.mark.parametrize("question", ["区里推荐单位盖章有截止时间吗？一般几号前要把表送到区经委？",
                                      "推荐单位盖章最晚哪天", "区里这一步有没有截止时间", "几号前要把信息表交到推荐单位"])
def test_the_units_deadline_a_notice_does_not_set_is_said_to_be_open(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "没有规定" in text
    assert "3月1日" in text  # the applicants' own deadline, as the nearest fact


def test_a_units_deadline_the_notice_sets_is_not_called_open():
    bot = Answerer(load_knowledge(NOTICES / "jinan-quality-benchmark-2033.txt"))
    text, matched = _at(bot, "区县初审推荐什么时候截止", "2033-05-10T10:00")
    assert matched and "5月31日" in text and "没有规定" not in text
    text, _ = _at(bot, "纸质版啥时候要交到区里？", "2033-05-10T10:00")
    assert "5月24日" in text and "5月31日" not in text  # the firm's paper step, not the units'


@pytest.mark.parametrize("question", [
    "我们公司2023年6月才在浦东注册成立，今年营收大概5000万，客户审核也给了高分。我们这种新公司报有戏吗",
    "产值2个亿，利润三千万，给我们评个标杆有戏吗",
])
def test_a_firms_own_figures_are_no_sum_paid(bundled, question):
    text, _ = _at(bundled, question)
    assert "防诈骗" not in text


@pytest.mark.parametrize("question", ["有人说给两万就能保证入选", "营收3个亿，中介说交5万包过"])
def test_a_sum_paid_still_gets_the_fraud_warning(bundled, question):
    assert "防诈骗" in _at(bundled, question)[0]


@pytest.mark.parametrize("question", ["申报对成立年限有没有要求？", "我们是新成立的公司有资格报吗", "新注册的企业有资格吗",
                                      "我们公司2023年6月才注册，方法是从母公司带过来的。请问申报对成立年限有没有要求"])
def test_years_registered_the_notice_does_not_set(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "成立或注册年限" in text and "成熟应用" in text


def test_a_new_firm_asking_whether_it_may_apply_is_told_both(bundled):
    text, _ = _at(bundled, "我们是新成立的公司，能报吗")
    assert "没有规定“成立或注册年限的要求”" in text and "成熟应用" in text


def test_years_of_the_method_in_use_are_not_years_registered(bundled):
    text, _ = _at(bundled, "方法推行要满几年")
    assert "成立或注册年限" not in text


@pytest.mark.parametrize("question", ["能不能透露下评审专家都有谁 我们想提前登门拜访一下 带点土特产 就是表示下诚意",
                                      "想去评委家里拜访下，带点特产表示表示", "评审专家能见一面吗，带了点心意"])
def test_visiting_reviewers_with_gifts_is_declined(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "不能帮" in text and "防诈骗" in text


@pytest.mark.parametrize("question", ["系统打不开怎么办", "还有两分钟 点提交一直转圈圈 怎么办啊急死了", "上传失败怎么办",
                                      "网站登不上去"])
def test_system_trouble_gets_the_filling_in_hotline(sh25, question):
    bot_text, matched = _at(sh25, question, "2026-03-20T16:58")
    assert matched and "填报咨询" in bot_text


def test_system_trouble_after_the_hour_is_told_the_clock_first():
    bot = Answerer(load_knowledge(NOTICES / "sh-benchmark-2031-2032.txt"))
    text, _ = _at(bot, "刚才系统怎么传不上去了 是不是过点了", "2031-12-12T17:40")
    assert text.index("截止") < text.index("填报咨询") and "已经截止" in text
