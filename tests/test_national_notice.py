"""A national notice (tests/notices/miit-national-benchmark-2038.txt): firms apply through their province, their
计划单列市 or their group, and no unit table is given; the firms' deadline is left to the recommending units. Also a
few readings of other notices met on the way: a firm that moved, a count that is an article ('一家…企业'), a
question whether tables count towards a word limit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

NOTICES = Path(__file__).resolve().parent / "notices"
data, bot = notice_fixtures(NOTICES / "miit-national-benchmark-2038.txt")
CST = dt.timezone(dt.timedelta(hours=8))
MAY, JULY = dt.datetime(2038, 5, 10, 10, 0, tzinfo=CST), dt.datetime(2038, 7, 5, 10, 0, tzinfo=CST)


def test_the_route_the_units_deadline_and_the_recipient_are_read(data) -> None:
    route = data["organisation"]["route"]
    assert route["clause"] == "三（一）" and "集团公司（总部）申报" in route["text"] and "计划单列市" in route["text"]
    sub = data["submission"]
    assert sub["deadline"] == "2038-06-20 17:00" and sub["set_by"] == "企业的填报截止时间由各推荐单位自行确定"
    assert data["mailing"]["person"] == "宋佳" and data["mailing"]["phone"] == "010-68392275"
    assert sub["form_seals"] == "加盖企业公章"  # the letter's seal in brackets is no part of the form's rule


@pytest.mark.parametrize("q", [
    "我们是江苏苏州的一家做汽车零部件的企业，想报今年的质量标杆，材料交给谁啊？直接报工信部吗",
    "深圳的企业是找广东省工信厅还是深圳市的？",
    "我们是某央企集团下属的二级子公司，工厂在山东济南。请问是走山东省工信厅推荐，还是走我们集团总部？",
    "大连的企业报这个是通过辽宁省工信厅吗",
    "找谁申报",
])
def test_no_province_is_another_region_and_the_route_answers_who_to_apply_to(bot, q) -> None:
    a = bot.answer(q, MAY)
    assert a.matched and "【向谁申报】" in a.text and "集团公司（总部）申报" in a.text and "010-68205361" in a.text
    assert "不掌握" not in a.text


def test_a_provinces_own_contact_is_said_as_not_given(bot) -> None:
    text = bot.answer("江苏省工信厅负责这个的联系人是谁，电话多少", MAY).text
    assert "通知中没有规定“省级主管部门的联系人和电话”" in text and "010-68205361" in text


@pytest.mark.parametrize("now, says", [(MAY, "推荐单位的截止时间还没到"), (JULY, "已经截止")])
def test_the_deadline_left_to_the_units_is_said_so_with_theirs(bot, now, says) -> None:
    text = bot.answer("还来得及报吗", now).text
    assert "企业的填报截止时间由各推荐单位自行确定" in text and "推荐单位完成推荐的截止时间：2038年6月20日 17:00" in text
    assert says in text and not text.startswith("【截止时间】\n申报截止时间")


@pytest.mark.parametrize("q, home, other", [
    ("我们是去年刚搬到临港新片区的一家做半导体设备零部件的企业，之前在闵行的时候一直是跟闵行经委对接的，现在搬过来以后不知道推荐单位要找谁了",
     "15026503596", "64121532"),
    ("公司从徐汇搬到松江了，该找哪个区盖章", "37737122", "64872222"),
    ("以前在长宁，今年迁到嘉定，推荐单位是谁", "69989071", "22050870"),
])
def test_a_firm_that_moved_is_placed_where_it_is_now(answerer, q, home, other) -> None:
    text = answerer.answer(q).text
    assert home in text and other not in text and "【更正】" not in text


def test_two_places_are_still_two_places(answerer) -> None:
    text = answerer.answer("徐汇和长宁各找谁").text
    assert "64872222" in text and "22050870" in text


@pytest.mark.parametrize("q, stated", [
    ("8000字里含不含图表里的字", False),
    ("摘要算不算在8000字里", False),
    ("Do tables count towards the word limit?", False),
    ("摘要占多少字", True),
])
def test_whether_tables_count_towards_a_word_limit_is_not_stated(answerer, q, stated) -> None:
    a = answerer.answer(q)
    assert ("字数是否计入" in a.text or "count towards the word limit" in a.text) is not stated
    assert a.matched is stated


@pytest.mark.parametrize("q, kb_says", [
    ("申报系统账号怎么注册？用户名是不是统一社会信用代码", "申报系统账号的注册和登录方式"),
    ("全国质量标杆那边的申报截止日期是哪天", "全国层面遴选的时间和名额"),
])
def test_what_the_bundled_notice_leaves_open(answerer, q, kb_says) -> None:
    a = answerer.answer(q)
    assert not a.matched and f"通知中没有规定“{kb_says}”" in a.text


def test_the_national_notice_states_how_accounts_are_registered(bot) -> None:
    a = bot.answer("账号怎么注册", MAY)
    assert "统一社会信用代码" in a.text and "通知中没有规定" not in a.text


def test_a_fee_for_an_account_is_a_fraud_warning_not_an_account_question(answerer) -> None:
    text = answerer.answer("区里有人打电话说要先交5000块评审费才能开通申报系统账号，钱是转给谁啊").text
    assert "收费与防诈骗" in text and "账号的注册" not in text


@pytest.mark.parametrize("q", ["标题是二号字，那“摘要”两个字用几号？", "摘要二字用什么字体"])
def test_a_parts_heading_words_are_a_layout_question(answerer, q) -> None:
    text = answerer.answer(q).text
    assert "【排版格式要求】" in text and "“摘要”二字宋体四号字" in text
    assert "【更正】" not in text or text.startswith("【更正】\n不是二号：文章标题为黑体小二号")  # 二号 is not the rules' 小二号


def test_working_late_on_the_last_day_is_a_can_i_still_question(answerer) -> None:
    late = dt.datetime(2024, 3, 2, 0, 30, tzinfo=CST)
    text = answerer.answer("今晚加班赶出来交上去还算数吗", late).text
    assert "已经截止" in text


@pytest.mark.parametrize("q", ["每个省能推几个", "央企能推几项"])
def test_what_a_recommending_unit_may_put_forward(bot, q) -> None:
    text = bot.answer(q, MAY).text
    assert text.startswith("【推荐名额】") and "原则上不超过5项" in text and "不超过3项" in text


def test_a_firm_may_apply_with_one(bot) -> None:
    assert "每家企业限报1项典型经验" in bot.answer("每家企业能报几项", MAY).text


def test_firms_do_not_post_the_paper_copies_themselves(bot) -> None:
    assert "纸质材料由推荐单位统一寄送，申报企业无需自行寄送" in bot.answer("纸质材料要我们企业自己寄吗", MAY).text


def test_a_seal_clause_of_its_own_is_given_whole() -> None:
    from knowledge.answer import Answerer
    from knowledge.model import load_knowledge

    fz = Answerer(load_knowledge(NOTICES / "fuzhou-quality-benchmark-2038.txt"))
    text = fz.answer("盖章要求是什么").text
    assert "各类复印件须逐页加盖企业公章" in text and "推荐意见须加盖推荐单位公章" in text


def test_a_forwarding_notice_gives_every_quota_and_the_firms_own_deadline() -> None:
    from knowledge.answer import Answerer
    from knowledge.model import load_knowledge

    sd = Answerer(load_knowledge(NOTICES / "shandong-forward-benchmark-2040.txt"))
    text = sd.answer("山东今年能推几个", MAY).text
    assert "我省推荐名额为5项" in text and "每市推荐数量原则上不超过2项" in text
    text = sd.answer("我们是潍坊一家做轮胎的企业，看部里的通知上写的6月10号前，那我们企业是按哪个时间交？", MAY).text
    assert "不是6月10日：申报截止时间是2040年5月15日" in text
    assert "无法提供帮助" in sd.answer("我们成立才两年，能不能把营业执照上的成立日期改一下 让它满三年", MAY).text
    assert "无法提供帮助" not in sd.answer("能不能把摘要改一下", MAY).text
