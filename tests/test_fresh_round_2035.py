"""A next round worded anew (tests/notices/sh-benchmark-2035-2036.txt): a table of lengths, dates without a year in
a notice issued the year before, a writing-advice line; and replies fresh sets brought to light on other notices."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge
from knowledge.rounds import Rounds

HERE = Path(__file__).resolve().parent
NOTICE = HERE / "notices" / "sh-benchmark-2035-2036.txt"


data = notice_fixtures(NOTICE)[0]  # the answerer is the bot's Rounds, below


@pytest.fixture(scope="module")
def bot() -> Rounds:
    return Rounds([Answerer(load_knowledge(NOTICE))])  # as the bot runs: a round named in a question is looked for


def test_a_table_of_lengths_gives_the_parts_and_their_limits(data) -> None:
    parts = {p["title"]: p["limit"] for p in data["materials"]["parts"]}
    assert parts == {"质量标杆名称": 30, "摘要": 600, "正文": 10000, "企业概况": 800} and data["materials"]["clause"] == "附件1 二"


def test_dates_without_a_year_fall_in_the_round_not_before_the_notice(data) -> None:
    later = {x["label"]: x["when"] for x in data["submission"]["deadlines"]}
    assert later["纸质材料报送"] == "2036-03-13" and any(v == "2036-03-27" for k, v in later.items() if k.startswith("推荐单位"))


@pytest.mark.parametrize(("q", "must", "must_not"), [
    ("区里推荐截止是哪天啊", ["2036年3月27日"], []),
    ("正文最多写多少字", ["10000 字以内"], []),
    ("材料不太会写 有没有人能指导一下", ["55508836"], []),
    ("上一轮好像没有营收门槛，我们去年营收2600万，应该能报吧", ["不符合", "3000万元"], ["没有上一期"]),
    ("上一期的截止时间", ["没有上一期"], []),
])
def test_answers_from_the_2035_round(bot, q, must, must_not) -> None:
    text = bot.answer(q).text
    assert all(m in text for m in must) and not any(m in text for m in must_not), text


@pytest.mark.parametrize(("notice", "q", "matched", "must"), [
    ("changsha-quality-benchmark-2032.txt", "6月30号晚上12点前发过去就行吧", True, ["不是晚上12点", "17:30"]),
    ("changsha-quality-benchmark-2032.txt", "株洲市的质量标杆什么时候申报", False, ["株洲"]),
    ("xiamen-forward-benchmark-2032.txt", "厦门专精特新小巨人认定今年什么时候申报", False, ["专精特新"]),
    ("beijing-pdf-benchmark-2033.txt", "能不能借兄弟公司的营业执照和统一社会信用代码来报", False, ["不能帮"]),
    ("beijing-pdf-benchmark-2033.txt", "结果大概几月份能出来？", False, ["评选结果何时公布"]),  # '公示期为5个工作日' is no month
    ("jinan-quality-benchmark-2033.txt", "公示是什么时候", True, ["7月中旬"]),
    ("hefei-quality-benchmark-2030.txt", "公示期7天对吧 在哪公示", True, ["公示"]),
])
def test_replies_fresh_sets_brought_to_light(notice, q, matched, must) -> None:
    reply = Answerer(load_knowledge(HERE / "notices" / notice)).answer(q)
    assert reply.matched == matched and all(m in reply.text for m in must), reply.text


def test_all_the_paper_requirements_at_once_include_printing_and_seals() -> None:
    bot = Answerer(load_knowledge(HERE / "notices" / "beijing-pdf-benchmark-2033.txt"))
    text = bot.answer("纸质的都有啥要求啊 一次说全吧😂 省得来回跑").text
    assert all(x in text for x in ("一式三份", "7月22日", "A4", "胶装", "骑缝章")), text
    assert "A4" not in bot.answer("纸质版交几份").text  # only when all of them are asked for


@pytest.mark.parametrize(("q", "must", "must_not"), [
    ("我们公司在威海路，找哪个推荐单位", ["推荐单位"], ["不掌握"]),  # a road named after a city is no other region
    ("借问一下，申报时信用代码填哪个", [], ["不能帮"]),
    ("我们公司去年申报的材料能调出来发我一份吗", [], ["他人"]),
])
def test_second_readers_cases_on_the_bundled_notice(q, must, must_not) -> None:
    text = Answerer(load_knowledge()).answer(q).text
    assert all(m in text for m in must) and not any(m in text for m in must_not), text


def test_a_past_event_without_a_year_is_never_moved_into_the_round(tmp_path) -> None:
    raw = NOTICE.read_text(encoding="utf-8").replace("六、工作要求", "六、工作要求\n　　已于11月30日前在系统完成注册的单位，无需重复注册。", 1)
    data = ingest(raw, _shared()[1]).data
    assert data["submission"]["deadline"] == "2036-03-06 17:30"
    assert not any(x["when"].startswith("2036-11") for x in data["submission"]["deadlines"])


def test_the_units_mailbox_is_no_channel_of_the_applicants() -> None:
    bot = Answerer(load_knowledge(HERE / "notices" / "changsha-quality-benchmark-2032.txt"))
    assert "cs_zlbg2032@" not in bot.answer("在哪里提交？").text


def test_six_places_in_one_message_each_get_their_unit() -> None:
    bot = Answerer(load_knowledge(HERE / "notices" / "minhang-district-benchmark-2032.txt"))
    text = bot.answer("吴泾镇、七宝镇、莘庄镇、浦江镇、梅陇镇、华漕镇的联系人").text
    assert all(n in text for n in ("钱美华", "王志刚", "陈佳琪", "刘晓燕", "周文斌", "赵立新")), text


def test_paper_requirements_at_once_leave_out_the_layout_of_online_materials(bot) -> None:
    text = bot.answer("纸质的都有啥要求 一次说全").text
    assert "A4纸纵向" not in text and "盖章" in text
