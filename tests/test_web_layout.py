"""A notice copied from a web page as markdown: '## **一、…**' headings, '### 遴选标准' without a number, bullet lists,
links, a pipe table, a breadcrumb above and share buttons and related links below. Uses the fictional Shanghai
2033-2034 notice in tests/notices; plus the replies that layout brought to light on any notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.answer import Answerer
from knowledge.ingest.outline import parse
from knowledge.model import load_knowledge

HERE = Path(__file__).resolve().parent
NOTICE = HERE / "notices" / "sh-benchmark-2033-2034.txt"


data, bot = notice_fixtures(NOTICE)


@pytest.fixture(scope="module")
def shanghai() -> Answerer:
    return Answerer(load_knowledge())


def test_markdown_headings_and_bullets_are_clauses(data) -> None:
    assert len(data["focuses"]["items"]) == 6 and data["focuses"]["items"][4]["clause"] == "一第5项"
    assert data["eligibility"]["clause"] == "二“申报单位应满足以下条件”" and len(data["eligibility"]["items"]) == 5
    assert data["criteria"]["clause"] == "二“遴选标准”" and len(data["criteria"]["items"]) == 3
    assert data["submission"]["deadline"] == "2034-02-20 17:00" and data["submission"]["clause"] == "三第1项"


def test_the_page_around_the_notice_is_no_part_of_it(data) -> None:
    assert data["meta"]["title"].startswith("上海市经济信息化委关于开展") and data["meta"]["date"] == "2033-11-17"
    assert "首页" not in data["intro"]["text"] and "浏览次数" not in data["intro"]["text"]
    assert not any("专精特新" in p["text"] or "总机" in p["text"] for p in data["passages"])  # related links, footer


def test_an_attachment_list_written_under_its_own_line_is_no_attachment() -> None:
    o = parse("关于开展示例工作的通知\n\n一、申报要求\n\n请于2031年4月10日前申报。\n\n附件：\n\n1. 申报书\n2. 汇总表\n\n"
              "示例市经济和信息化委员会\n\n2031年3月1日\n\n附件1\n\n申报书\n")
    assert [r.clause for r in o.roots] == ["一", "附件1"] and any("2031年3月1日" in t for t, _, _ in o.tail)


def test_the_recipient_on_the_line_under_the_address(data) -> None:
    mailing = data["mailing"]
    assert mailing["address"].startswith("上海市长宁区天山路1717号") and mailing["person"] == "彭思源"


@pytest.mark.parametrize(("q", "must"), [
    ("纸质材料寄到哪 寄给谁", ["彭思源", "天山路1717号"]),
    ("我们集团想报两个经验，总部报一个，下面独立法人的子公司再报一个，可以吗", ["分别申报"]),
    ("首台套装备可靠性提升的经验 算重点方向吗", ["可靠性", "一第5项"]),
    ("在线上传的文件要啥格式？有没有大小限制", ["PDF", "20MB"]),
    ("去年拿了全国质量标杆的那个经验，这次还能再报一次吗", ["不得重复申报"]),
    ("朱家脚这边的企业申报找哪个部门 电话多少", ["青浦区经委", "59732890"]),
    ("这个活动是干嘛的", ["412号"]),
])
def test_answers_from_the_web_page_notice(bot, q, must) -> None:
    reply = bot.answer(q)
    assert reply.matched and all(m in reply.text for m in must), reply.text


def test_another_programme_in_the_related_links_stays_another_programme(bot) -> None:
    reply = bot.answer("专精特新申报啥时候截止")
    assert not reply.matched and "2034年2月20日" not in reply.text


@pytest.mark.parametrize("q", ["朱家角这边的企业申报找哪个部门", "金泽真的企业找谁", "陆家最那边推荐单位电话"])
def test_towns_by_their_sound_and_which_department_to_go_to(shanghai, q) -> None:
    reply = shanghai.answer(q)
    assert reply.matched and ("青浦区经委" in reply.text or "浦东新区科经委" in reply.text), reply.text


def test_a_short_town_is_never_matched_by_its_sound(shanghai) -> None:
    assert "浦东新区科经委" not in shanghai.answer("我们新厂在建，能报吗").text  # 新厂 is no 新场


def test_a_wrong_line_spacing_is_corrected_with_the_spacing_rule() -> None:
    bot = Answerer(load_knowledge(HERE / "notices" / "hefei-quality-benchmark-2030.txt"))
    reply = bot.answer("正文是三号仿宋，行距28磅吧？").text
    assert reply.startswith("【更正】") and "26磅" in reply.split("\n\n")[0]
