"""What a second reader found in this round's changes, each kept fixed: street addresses compared as facts and
against the place asked about; a relaxed revenue floor ('可放宽至3000万元'); 24:00 said rightly as the next day's 0点;
a firm that asked elsewhere is no firm that moved, and where it is registered decides; a firm's own name is no
impersonation; a word count said beside a font is still checked; unstated rules kept to their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
VARIANT = Path(__file__).resolve().parents[2] / "shared" / "notices" / "dev-variant-2024-2025.txt"


@pytest.fixture(scope="module")
def sh39() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2039-2040.txt"))


@pytest.mark.parametrize("q", [
    "静安区商务委在巨鹿路915号19楼吧",  # 1906室: the 19th floor
    "普陀区商务委在大渡河路1668号2号楼10层对吧",  # 10 楼
    "武夷路258号2号楼对吧",  # the notice gives no building
    "纸质材料寄到武夷路258号吗",
])
def test_addresses_said_rightly_are_not_corrected(answerer, q) -> None:
    assert "【更正】" not in answerer.answer(q).text


@pytest.mark.parametrize("q, wrong", [
    ("静安区商务委在武夷路258号吧", "不是“武夷路258号”：静安区商务委的地址是上海市巨鹿路 915 号 1906 室"),
    ("纸质材料寄到武夷路285号吗", "不是“武夷路285号”：纸质材料邮寄地址是上海市武夷路 258 号"),
])
def test_addresses_said_wrongly_are_corrected_with_the_place_asked_about(answerer, q, wrong) -> None:
    assert wrong in answerer.answer(q).text


def test_a_units_own_address_is_no_wrong_mailing_address() -> None:
    bot = Answerer(load_knowledge(VARIANT))
    assert "【更正】" not in bot.answer("徐汇区商务委在漕溪北路366号1号楼1221室对吧").text
    assert "不是“漕溪北路366号”" in bot.answer("纸质材料寄到漕溪北路366号吧").text


def test_a_road_names_no_unit_to_check_the_mailing_address_against(sh39) -> None:
    text = sh39.answer("送材料的地址是仙霞路1250号3号楼吧？到了找哪栋").text
    assert "不是“仙霞路1250号3号楼”：纸质材料" in text and "愚园路" not in text.split("\n")[1]


@pytest.mark.parametrize("q, verdict", [
    ("营收5000万，是小巨人企业，能报吗", "营业收入这一条符合"),
    ("去年营收3000万能报吗", "营业收入这一条要看企业属于哪一类"),
    ("去年营收2000万能报吗", "不符合：营业收入低于通知要求"),
])
def test_a_relaxed_floor_is_a_floor(q, verdict) -> None:
    bot = Answerer(load_knowledge(NOTICES / "wuxi-quality-benchmark-2034.txt"))
    assert verdict in bot.answer(q).text


@pytest.mark.parametrize("q, corrected", [
    ("24:00截止，相当于2号零点吧", False),
    ("24点就是第二天0点对吗", False),
    ("3月1日24点截止，也就是3月2日凌晨0点对吧", False),
    ("3月1日24:00就是3月1号凌晨0点吧", True),
])
def test_midnight_said_rightly_is_not_corrected(answerer, q, corrected) -> None:
    assert ("【更正】" in answerer.answer(q).text) is corrected


@pytest.mark.parametrize("q, home, other", [
    ("之前是属于徐汇的，工厂在闵行，注册地还在徐汇，找谁", "64872222", "64121532"),
    ("我们以前在闵行注册的，现在注册地还是闵行，就是工厂搬到松江了，找谁", "64121532", "37737122"),
])
def test_where_it_is_registered_decides(answerer, q, home, other) -> None:
    text = answerer.answer(q).text
    assert home in text and other not in text


def test_asking_elsewhere_before_is_no_move(answerer) -> None:
    text = answerer.answer("之前在徐汇区问过，他们让我们问闵行区，我们公司在徐汇，到底找谁").text
    assert "64872222" in text


@pytest.mark.parametrize("q", ["我们是一家研究院，以研究院的名义申报可以吗", "以公司主任的身份去答辩可以吗"])
def test_a_firms_own_name_is_no_impersonation(sh39, q) -> None:
    assert "冒充" not in sh39.answer(q).text


@pytest.mark.parametrize("q", ["摘要600字用宋体行吗", "摘要写800字加粗标题可以吗"])
def test_a_word_count_beside_a_font_is_still_checked(answerer, q) -> None:
    assert "【更正】\n不是" in answerer.answer(q).text


def test_copies_are_no_count_of_files() -> None:
    bot = Answerer(load_knowledge(NOTICES / "fuzhou-quality-benchmark-2038.txt"))
    assert "可上传的文件" not in bot.answer("证明材料要准备几份").text


def test_failing_and_trying_again_is_no_question_of_a_titles_validity(answerer) -> None:
    assert "称号或认定的有效期" not in answerer.answer("落选了，过两年还能重新报吗").text


def test_a_direction_question_gets_the_directions(answerer) -> None:
    assert answerer.answer("应该报哪个方向比较好").text.startswith("【遴选重点】")


def test_a_winner_of_a_named_round_asks_of_this_one() -> None:
    from knowledge.rounds import Rounds
    bot = Rounds([Answerer(load_knowledge(NOTICES / "sh-benchmark-2029-2030.txt"))])
    assert "没有您说的那一期" not in bot.answer("我们是2023-2024那届的质量标杆，这次换个新经验能报吗").text
    assert "没有您说的那一期" in bot.answer("2023-2024那期的截止时间是哪天").text


@pytest.mark.parametrize("q, unstated", [
    ("表格标题和图片标题是不是都放在上面居中？", False),  # the rule speaks of 附表标题 and 插图标题
    ("页眉用什么字体", True),
])
def test_a_layout_rule_is_found_under_its_own_name(answerer, q, unstated) -> None:
    a = answerer.answer(q)
    assert ("通知中没有规定" in a.text) is unstated and a.matched is not unstated
