"""A notice whose rules sit in an attached guide (tests/notices/guangdong-benchmark-guide-2037.txt): the guide's
clauses are read as the notice's own; units written in prose under a group's label ('珠三角地区：广州市…（联系人：…，
电话：…）；深圳市…'); a Q&A section without numbers; the cases not accepted, listed apart from the conditions."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.ingest import ingest
from knowledge.loader import _shared

NOTICES = Path(__file__).resolve().parent / "notices"
data, bot = notice_fixtures(NOTICES / "guangdong-benchmark-guide-2037.txt")


def test_the_guides_sections_are_found(data) -> None:
    assert data["eligibility"]["clause"] == "附件1 一（二）" and len(data["eligibility"]["items"]) == 4
    assert data["criteria"]["clause"] == "附件1 三" and data["focuses"]["clause"] == "附件1 二"
    assert data["submission"]["form_copies"] == "一式两份"


def test_units_in_prose_under_a_groups_label(data) -> None:
    units = {u["name"]: (u["person"], u["phone"]) for u in data["units"]["items"]}
    assert len(units) == 21 and units["佛山市工业和信息化局"] == ("何俊峰", "0757-83036215")
    assert not any("地区" in u["name"] for u in data["units"]["items"])


def test_the_cases_not_accepted_are_their_own_list(data) -> None:
    ex = data["exclusions"]
    assert ex["clause"] == "附件1 一（三）" and len(ex["items"]) == 5 and "不得申报" in ex["intro"]
    assert not any("事故" in i["text"] for i in data["eligibility"]["items"] if "较大及以上" in i["text"])


def test_a_list_of_exclusions_inside_the_conditions_stays_there() -> None:
    d = ingest((NOTICES / "jiangsu-province-benchmark-2030.txt").read_text(encoding="utf-8"), _shared()[1]).data
    assert "exclusions" not in d and d["eligibility"]["clause"] == "三"


@pytest.mark.parametrize(("q", "must"), [
    ("哪些情况是不能报的？列一下", "【不予受理的情形】"),
    ("who cannot apply", "[Who may not apply]"),
    ("视频是必须的吗？老板说没预算拍片", "答：不是必须提交"),
    ("佛山的联系人是谁", "何俊峰"),
    ("汕尾和揭阳分别找谁", "许志鹏"),
    ("申报条件", "可问“哪些情况不能报”"),
])
def test_replies_from_the_guide(bot, q, must) -> None:
    assert must in bot.answer(q).text


def test_labelled_contacts_in_brackets_in_one_sentence() -> None:
    """'甲区工信局（联系人：张三，电话：…）；乙区…' read in one sentence keeps each unit's name whole."""
    from knowledge.ingest.table import parse_table
    line = "各区联系人：甲区工业和信息化局（联系人：张三，电话：0571-5550101）；乙区（丙新区）工信局（联系人：李四，电话：0571-5550202）。"
    rows, _notes = parse_table(line, [(line, 0, len(line))])
    assert [(r.cells.get("name"), r.cells.get("person"), r.cells.get("phone")) for r in rows] == [
        ("甲区工业和信息化局", "张三", "0571-5550101"), ("乙区（丙新区）工信局", "李四", "0571-5550202")]


def test_a_date_in_the_guide_is_the_applicants(data) -> None:
    later = {x["label"]: x["when"] for x in data["submission"]["deadlines"]}
    assert later == {"纸质材料报送": "2037-05-30", "推荐单位报送": "2037-06-10"}


def test_a_faq_answer_is_quoted_whole(bot) -> None:
    text = bot.answer("2033年我们拿过一次省质量标杆，今年换个项目还能再申报不").text
    assert "2033年及以前获评的企业可以申报，但申报的经验须与此前获评的经验不同" in text


def test_list_parts_keep_bracketed_words_inside_their_names(data) -> None:
    parts = {p["title"]: (p.get("limit"), p.get("about", False)) for p in data["materials"]["parts"]}
    assert parts["管理方法（技术）的推进和应用情况"] == (8000, False)
    assert parts["管理方法（技术）的实施效果"] == (3000, True)
    assert "申报信息表" in [d["title"] for d in data["materials"]["documents"]]  # a document handed in, beside the parts


@pytest.mark.parametrize(("q", "declined"), [
    ("营收差一点点到5000万，审计报告上的数字能不能改一下 应该查不出来吧", True),
    ("审计报告的数字要改一下格式吗", False),
    ("申报书写错了能改一下吗 应该没事吧", False),
    ("我们数据改一下单位就行吧 万元还是元", False),
])
def test_altering_figures_so_nobody_notices_is_forgery_and_editing_is_not(bot, q, declined) -> None:
    assert ("无法提供帮助" in bot.answer(q).text) is declined


def test_the_guides_hotlines_join_the_main_texts(data) -> None:
    assert data["consultation"]["filling"]["phone"] == "020-37589102"


@pytest.mark.parametrize(("q", "must", "must_not"), [
    ("方法先进性占35分对吗？我记得是最高的", "不是35分：方法先进性（30分）", "【申报信息表与纸质材料】"),
    ("实施成效占几分", "实施成效（35分）", "【申报信息表与纸质材料】"),
    ("实施效果写多少字", "3000 字左右", "【遴选标准】"),
    ("纸质材料要几份", "一式两份", "【遴选标准】"),
    ("申报系统登陆不上找谁", "020-37589102", "申报指南申报范围和条件"),
])
def test_weights_copies_and_limits_are_told_apart(bot, q, must, must_not) -> None:
    text = bot.answer(q).text
    assert must in text and must_not not in text


@pytest.mark.parametrize(("q", "said"), [("东莞工信局地址", True), ("东莞工信局在哪个地址？我想直接把纸质材料送过去", True), ("东莞找谁", False)])
def test_a_units_address_the_notice_does_not_give_is_said_so(bot, q, said) -> None:
    assert ("通知没有写东莞市工业和信息化局的地址" in bot.answer(q).text) is said
