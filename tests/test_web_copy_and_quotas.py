"""A notice copied from a web page with units one to a numbered line (tests/notices/nanchang-quality-benchmark-2039.txt),
and a Shanghai round with quotas per district (tests/notices/sh-benchmark-2041-2042.txt): mobile numbers read whole,
two people of one unit, a county named after its city, a zone called by its first two characters, a registration
cut-off written '…前（含当日）在…注册登记', who pays the postage, and each unit's quota."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
data, bot = notice_fixtures(NOTICES / "nanchang-quality-benchmark-2039.txt")


@pytest.fixture(scope="module")
def sh41() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2041-2042.txt"))


def test_units_one_to_a_line_keep_mobiles_and_second_people(data) -> None:
    units = {u["name"]: u for u in data["units"]["items"]}
    assert units["红谷滩区工信局"]["phone"] == "13907085126"  # never cut to its first eight digits
    assert units["小蓝经开区经济发展局"]["person"] == "邓文华、李倩"
    assert units["小蓝经开区经济发展局"]["phone"] == "0791-85986231、0791-85986245"


def test_short_names_of_a_county_named_after_its_city_and_of_a_zone(data) -> None:
    short = {p["name"]: p["short"] for p in data["places"].values()}
    assert short["南昌县"] == "南昌县" and short["小蓝经开区"] == "小蓝" and short["青山湖区"] == "青山湖"


@pytest.mark.parametrize("q, must", [
    ("红谷滩那边联系谁", ["13907085126"]),
    ("小蓝的联系人", ["邓文华", "李倩", "0791-85986245"]),
    ("南昌县找谁", ["黄佳琪"]),
])
def test_units_are_answered(bot, q, must) -> None:
    text = bot.answer(q).text
    assert all(m in text for m in must), text


def test_a_cut_off_written_with_its_day_included_is_checked(bot) -> None:
    text = bot.answer("我们2037年8月在小蓝注册的，去年营收5000多万，能不能报").text
    assert "不符合：2037年8月注册，晚于2036年12月31日" in text and "营业收入这一条符合" in text


@pytest.mark.parametrize("q, stated", [("快递寄过去能到付吗", True), ("邮费谁出", True)])  # no COD: the sender pays
def test_cash_on_delivery_is_a_question_of_who_pays_the_postage(bot, q, stated) -> None:
    text = bot.answer(q).text
    assert ("不接受到付件" in text) is stated and "用哪家快递" not in text


@pytest.mark.parametrize("q, first", [
    ("听说今年每个区只能推5个，是真的吗", "不是5个："),
    ("每个区能推几个", "• 浦东新区科技和经济委员会：不超过12项"),
])
def test_the_quotas_of_all_units(sh41, q, first) -> None:
    text = sh41.answer(q).text
    assert text.startswith("【各推荐单位推荐名额】\n" + first) and "• 其余各推荐单位：不超过8项" in text


def test_one_units_quota(sh41) -> None:
    assert "推荐名额：不超过8项" in sh41.answer("嘉定能推几个").text


def test_a_winner_of_the_last_round_is_asked_of_this_one(sh41) -> None:
    a = sh41.answer("上届入选的那个经验 改个名字今年再报一次行不行")
    assert a.matched and "没有上一期的通知" not in a.text and "申报截止时间" not in a.text


def test_an_autonomous_county_is_called_by_its_place_name() -> None:
    bot = Answerer(load_knowledge(NOTICES / "kunming-quality-benchmark-2041.txt"))
    assert "推荐名额：2" in bot.answer("xundian名额多少").text
    assert "普玉兰" in bot.answer("石林的联系人").text and "罗文忠" in bot.answer("禄劝找谁").text


def test_documents_in_tiers_are_listed_by_what_they_are_for() -> None:
    bot = Answerer(load_knowledge(NOTICES / "kunming-quality-benchmark-2041.txt"))
    text = bot.answer("示范项目需要交哪些资料？").text
    assert "质量标杆示范项目申报材料：" in text and "项目立项或启动实施的文件" in text and "2040年度财务审计报告" not in text
    text = bot.answer("需要交哪些材料").text
    assert text.index("质量标杆企业申报材料：") < text.index("质量标杆示范项目申报材料：")
