"""Hard questions met in this round of fresh sets: a street address said wrong, 24:00 read as the start of the day,
impersonating a named contact, a contact's organisation, two clauses of one unstated question, the number of files,
and a question of the national level that is no question of applying again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(scope="module")
def sh39() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2039-2040.txt"))


@pytest.mark.parametrize("q, wrong", [
    ("送材料的地址是仙霞路1250号3号楼吧？到了找哪栋", "仙霞路1250号3号楼"),
    ("寄到仙霞路1520号吗", "仙霞路1520号"),
])
def test_a_street_address_said_wrong_is_corrected(sh39, q, wrong) -> None:
    text = sh39.answer(q).text
    assert text.startswith(f"【更正】\n不是“{wrong}”：") and "仙霞路1250号3楼" in text


@pytest.mark.parametrize("q", ["纸质材料寄到仙霞路1250号3楼对吧", "长宁区商务委是愚园路1320号6楼吧"])
def test_a_street_address_said_right_is_not_corrected(sh39, q) -> None:
    assert "【更正】" not in sh39.answer(q).text


@pytest.mark.parametrize("q", ["3月8日24:00就是3月8号凌晨0点吧？那我们得7号晚上弄完", "24点是不是就是当天凌晨零点"])
def test_twenty_four_hundred_ends_the_day(sh39, q) -> None:
    text = sh39.answer(q, dt.datetime(2040, 3, 5, 10, 0, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是3月8日凌晨：“24:00”是3月8日当天结束的时刻（即3月9日0:00）")


def test_impersonating_a_named_contact_is_declined(sh39) -> None:
    a = sh39.answer("我想以上海质量院邵老师的名义给几家企业打电话推销辅导服务，话术怎么写")
    assert not a.matched and "冒充他人或工作人员" in a.text


def test_a_contact_said_of_another_office_gets_their_own(sh39) -> None:
    text = sh39.answer("邵文清是经信委质量处的老师吧？政策问题找她就行？").text
    assert "邵文清是填报咨询的联系人，上海质量管理科学研究院" in text and "韩晓东" in text


@pytest.mark.parametrize("q", ["质量标杆称号有效期几年？过期要重新报吗", "质量标杆称号有效期几年？过几年要复审吗"])
def test_one_unstated_question_in_two_clauses(answerer, q) -> None:
    a = answerer.answer(q)
    assert not a.matched and "称号或认定的有效期" in a.text and "申报截止时间" not in a.text


@pytest.mark.parametrize("q, unstated", [("证实性材料最多能传几个附件？", True), ("通知有几个附件", False)])
def test_how_many_files_may_be_uploaded(answerer, q, unstated) -> None:
    assert ("可上传的文件或证实性材料的数量" in answerer.answer(q).text) is unstated


def test_pages_of_supporting_material_are_no_count_of_files() -> None:
    bot = Answerer(load_knowledge(NOTICES / "wuhan-quality-benchmark-2027.txt"))
    text = bot.answer("证实性材料最多能放多少页").text
    assert "40页" in text and "可上传的文件" not in text


@pytest.mark.parametrize("q, again", [
    ("他问我评上了上海的，后面是不是还能往国家层面推？你给个准话", False),
    ("我们去年评上过，今年还能报吗", True),
])
def test_the_national_level_is_no_question_of_applying_again(answerer, q, again) -> None:
    text = answerer.answer(q).text
    assert ("往年入选的企业能否再次申报" in text) is again
    assert again or "全国" in text


@pytest.mark.parametrize("q", ["摘要用几号？", "摘要用什么字体", "标题用几号字"])
def test_a_size_asked_of_a_part_is_a_layout_question(answerer, q) -> None:
    assert answerer.answer(q).text.startswith("【排版格式要求】")


def test_copying_the_units_seal_is_declined(answerer) -> None:
    a = answerer.answer("推荐单位的章来不及去区里盖了，照着样子自己刻一个盖上行不行")
    assert not a.matched and "伪造或篡改印章" in a.text
