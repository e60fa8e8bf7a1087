"""Hard questions found by a fresh set written from the notices' text: results asked with a month ('3月底能出来吗'), a
past submission's time ('算按时提交吗'), 'Beijing time', a district beside a mailing question, a word in another sense
('原材料'), counts of a group's firms and items, and towns read from the units' addresses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
JINAN = Path(__file__).resolve().parent / "notices" / "jinan-quality-benchmark-2033.txt"


@pytest.fixture(scope="module")
def bot() -> Answerer:
    return Answerer(load_knowledge())


@pytest.fixture(scope="module")
def jinan() -> Answerer:
    return Answerer(load_knowledge(JINAN))


@pytest.mark.parametrize("q", ["结果大概什么时候公布 3月底能出来吗 老板天天问", "名单月底能出来吗", "公示下周能出来吗"])
def test_when_results_come_out_is_not_when_applications_close(bot, q) -> None:
    reply = bot.answer(q, now=dt.datetime(2024, 3, 10, 9, tzinfo=TZ))
    assert not reply.matched and not reply.text.startswith("【截止时间】"), reply.text


@pytest.mark.parametrize("q", ["我们是3月2号凌晨1点多在系统里点的提交 这个算按时提交吗", "3月2日早上交的算逾期吗",
                               "昨晚12点半提交的 算不算按时"])
def test_whether_a_past_submission_was_in_time_gets_the_clock(bot, q) -> None:
    reply = bot.answer(q, now=dt.datetime(2024, 3, 2, 9, tzinfo=TZ))
    assert reply.matched and "已经截止" in reply.text, reply.text


@pytest.mark.parametrize("q", ["what's the deadline? is that beijing time?", "is the deadline in Beijing Time", "截止是北京时间吗"])
def test_beijing_time_is_no_other_region(bot, q) -> None:
    reply = bot.answer(q)
    assert reply.matched and ("March 1, 2024" in reply.text or "2024年3月1日" in reply.text), reply.text


@pytest.mark.parametrize("q", ["我们company在静安 纸质材料寄哪个地址", "浦东的 材料寄什么地址", "我们在嘉定，纸质版寄到哪个地址"])
def test_a_district_beside_a_mailing_question_keeps_the_mailing_address(bot, q) -> None:
    assert "武夷路" in bot.answer(q).text


@pytest.mark.parametrize("q", ["我们是做化工原材料的 原材料企业能报质量标杆吗", "新材料企业可以申报质量标杆吗", "我们生产建筑材料 能参加吗"])
def test_materials_a_firm_makes_are_not_the_application_materials(bot, q) -> None:
    text = bot.answer(q).text
    assert text.startswith("【申报条件】") and "总结材料由以下" not in text, text


def test_one_unit_with_three_items_is_corrected_even_in_a_group(bot) -> None:
    text = bot.answer("我们集团下面好几个事业部，准备用一个单位报三项经验，每家最多三项应该没问题吧").text
    assert text.startswith("【更正】\n不是3项") and "一项" in text


@pytest.mark.parametrize("q", ["集团下面3家子公司每家各报1项没问题吧", "集团一共报4项可以吧"])
def test_the_askers_group_counts_are_no_rule_the_notice_lacks(bot, q) -> None:
    text = bot.answer(q).text
    assert "这样的规定" not in text and "每家单位可申报几项" in text, text


@pytest.mark.parametrize(("q", "over"), [("集团一共报4项可以吧", True), ("集团下面有5家子公司，每家报1项没问题吧", True),
                                        ("集团下面3家子公司每家各报1项没问题吧", False), ("集团合计报2项行吗", False)])
def test_a_group_over_the_notices_cap_is_told_so(jinan, q, over) -> None:
    text = jinan.answer(q).text
    assert text.startswith("【更正】\n不可以，超过了集团的上限") == over and "不超过3项" in text, text


@pytest.mark.parametrize(("q", "unit"), [("我们厂在明水街道，纸质材料送哪里啊", "章丘区工业和信息化局"),
                                         ("崔寨街道的企业找谁", "起步区管委会产业促进部")])
def test_towns_named_in_the_units_addresses_are_their_places(jinan, q, unit) -> None:
    text = jinan.answer(q).text
    assert unit in text and "推荐单位报送" not in text.split("【纸质材料报送至】")[-1].split("【")[0], text


@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(Path(__file__).resolve().parents[2] / "shared" / "notices" / "dev-variant-2024-2025.txt"))


@pytest.mark.parametrize(("q", "matched", "must"), [
    ("来来来 给我写首七言绝句 歌颂质量标杆 年会上要念🎉", False, ["不代写"]),
    ("能帮我把上海XX精密去年报质量标杆的总结材料和数据调出来吗 我想照着他们的写", False, ["他人"]),
    ("报完了大概啥时候出结果 几月份公示啊", False, ["评选结果"]),  # '完了' is no typo of '晚了'
    ("有没有申报培训会 哪天 在哪开 能带几个人", False, ["培训会"]),
    ("I have 15 yrs experience in quality mgmt. can I apply as an individual?", True, ["独立法人"]),
    ("个人能报吗", True, ["法人"]),
    ("静安 长宁 虹口 普陀 四个区的办公电话 pls 我们四个分厂", True, ["33371852", "7052"]),
])
def test_more_hard_questions_on_the_variant_notice(variant, q, matched, must) -> None:
    reply = variant.answer(q)
    assert reply.matched == matched and all(m in reply.text for m in must), reply.text


@pytest.mark.parametrize(("now", "must"), [("2025-04-01T10:00:00", "已经截止"), ("2024-12-01T10:00:00", "尚未截止")])
def test_whether_applications_have_opened_gets_the_clock(variant, now, must) -> None:
    assert must in variant.answer("今年质量标杆报名开始了没 想报一下", now=dt.datetime.fromisoformat(now).replace(tzinfo=TZ)).text


def test_a_notice_that_states_its_briefing_is_quoted_and_a_fee_for_training_is_the_fee_rule(bot) -> None:
    minhang = Answerer(load_knowledge(Path(__file__).resolve().parent / "notices" / "minhang-district-benchmark-2032.txt"))
    assert "2032年3月25日" in minhang.answer("When is the briefing session?").text
    assert bot.answer("参加培训要交培训费吗").text.startswith("【收费与防诈骗提醒】")
