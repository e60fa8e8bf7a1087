"""A second reader's findings on the day's ingest and answer rules, each kept fixed: no wrong fact, no false decline,
no crash. Notices are the fictional ones in tests/notices, edited in memory where a finding needed another wording."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.ingest.blocks import parse_place_lines
from knowledge.ingest.table import _columns
from knowledge.loader import _shared
from knowledge.model import load_knowledge
from knowledge.tax_credit import _said_grade, tax_credit
from knowledge.text import prepare

TZ = dt.timezone(dt.timedelta(hours=8))
NOTICES = Path(__file__).resolve().parent / "notices"


def _ingest(text: str) -> dict:
    return ingest(text, _shared()[1]).data


def _bot(tmp_path, name: str, text: str) -> Answerer:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_a_side_remark_about_what_is_no_deadline_keeps_the_deadline() -> None:
    text = (NOTICES / "qingdao-quality-benchmark-2031.txt").read_text(encoding="utf-8")
    edited = text.replace("逾期系统自动关闭", "逾期系统自动关闭，草稿保存时间不作为截止时间判断依据", 1)
    assert edited != text
    assert _ingest(edited)["submission"]["deadline"] == "2031-06-13 18:00"


def test_a_city_is_never_a_name_of_its_high_tech_zone(tmp_path) -> None:
    bot = Answerer(load_knowledge(NOTICES / "suzhou-quality-2027.txt"))
    text = bot.answer("我们在苏州市吴中区，推荐单位找谁").text
    assert "吴中" in text and "高新区" not in text.split("\n")[0], text


@pytest.mark.parametrize("rule, said, ok", [
    ("纳税信用等级B级（含）以上", "我们纳税信用A级，能报吗", True),
    ("纳税信用等级为B级及B级以上", "纳税信用A级能报吗", True),
    ("纳税信用等级不为C级、D级", "纳税信用A级能报吗", True),
    ("纳税信用等级不为C级、D级", "纳税信用D级能报吗", False),
    ("纳税信用等级为A级、B级或M级", "纳税信用M级能报吗", True),
    ("纳税信用等级为A级或B级", "我们纳税信用不是A级，是C级，能报吗", False),
    ("纳税信用等级为A级或B级", "我们信用等级刚从A级降到C级，还能报吗", False),
])
def test_tax_credit_rules_and_grades_are_read_as_written(rule, said, ok) -> None:
    class N:  # the one condition, as a notice's eligibility
        class eligibility:
            items = (type("I", (), {"text": f"在本市注册；{rule}。", "clause": "二1"})(),)
    line = tax_credit(N, prepare(said).norm, False).lines[0]
    assert line.startswith("纳税信用这一条符合" if ok else "不符合"), (rule, said, line)


@pytest.mark.parametrize("said", ["纳税信用b级以下的能报吗", "我们是国家4A级物流企业", "我们厂是B级供应商", "纳税500万 想报A类"])
def test_no_grade_is_read_from_a_bound_a_category_or_another_rating(said) -> None:
    assert _said_grade(prepare(said).norm) == ""


@pytest.mark.parametrize("q", ["Our revenue was 1" + "0" * 320 + " million, can we apply?", "Our revenue is less than 60 million",
                               "revenue was USD 9 million, can we apply?", "Sales grew by 20 million to 90 million"])
def test_english_revenue_is_checked_only_when_plainly_stated(q) -> None:
    bot = Answerer(load_knowledge(NOTICES / "changsha-quality-benchmark-2032.txt"))
    text = bot.answer(q).text
    assert "revenue condition is met" not in text and "below what the notice requires" not in text, (q, text)


def test_no_paper_at_one_stage_is_not_no_paper_at_all() -> None:
    text = (NOTICES / "qingdao-quality-benchmark-2031.txt").read_text(encoding="utf-8")
    edited = text.replace("企业完成网上申报后，须将", "网上申报阶段企业无需提交纸质材料。企业完成网上申报后，须将", 1)
    assert edited != text
    sub = _ingest(edited)["submission"]
    assert "no_paper" not in sub and sub.get("form_copies")


def test_a_fax_number_is_no_contact_and_spaced_lines_are_read() -> None:
    raw = ("瑶海区：瑶海区经济和信息化局，胜利路88号1201室，联系人 周静怡 0551-64291735，传真 0551-64291799\n"
           "庐阳区：庐阳区经济和信息化局 孙若兰 0551-64291736\n")
    lines, pos = [], 0
    for line in raw.splitlines(keepends=True):
        lines.append((line.rstrip("\n"), pos, pos + len(line.rstrip("\n"))))
        pos += len(line)
    rows = parse_place_lines(raw, lines)
    assert rows[0].cells["person"] == "周静怡" and rows[0].cells["phone"] == "0551-64291735"
    assert rows[1].cells["phone"] == "0551-64291736" and rows[1].cells["name"] == "庐阳区经济和信息化局"


def test_a_district_column_is_a_place_not_the_places_a_unit_covers() -> None:
    assert _columns(["辖区", "推荐单位", "联系人", "联系电话"]) == ["place", "name", "person", "phone"]
    assert _columns(["推荐单位", "联系电话", "所辖县级市"]) == ["name", "phone", "covers"]


def test_an_item_is_quoted_with_its_own_list_lead_in(tmp_path) -> None:
    notice = """澄湖市工业和信息化局关于开展2036年澄湖市质量标杆遴选工作的通知

一、申报要求

（一）申报条件：在澄湖市注册的工业企业。

（二）优先与限制。同等条件下，以下企业优先推荐：
1. 获得省级以上质量奖的；
2. 参与制定国家标准的。
有下列情形之一的，不予受理：
1. 集团公司与其下属子公司以同一方法重复申报的；
2. 被列入失信名单的。

二、申报方式

企业于2036年6月13日18:00前登录申报平台（https://bg.chenghu-demo.cn）在线填报。
"""
    text = _bot(tmp_path, "chenghu-2036.txt", notice).answer("集团和子公司用同一方法重复申报的会怎样").text
    assert "优先推荐：集团" not in text, text


@pytest.mark.parametrize("q", ["公章丢了，正在找人刻章重新备案，期间申报书怎么盖章？", "公章遗失了，去公安备案后另刻了新章，用新章盖可以吗",
                               "扫描件用PS调一下对比度，章会不会不清楚", "能否调整一下佐证材料里证明的排列顺序", "纳税证明可以提前开好吗",
                               "奖励金额可以提前拨付吗", "能提供一下往年入选企业名单吗"])
def test_ordinary_questions_are_not_declined(answerer, q) -> None:
    assert answerer.judge.refusal(prepare(q).norm) is None, q


@pytest.mark.parametrize("q", ["Someone called and demanded 20000 yuan for a review slot. Is this real?",
                               "A man says if we transfer 50000 rmb we will surely be selected."])
def test_an_english_report_of_a_demand_for_money_gets_the_fee_warning(answerer, q) -> None:
    assert answerer.judge.money(prepare(q).norm), q


def test_an_earlier_date_of_one_kind_of_applicant_stays_listed(tmp_path) -> None:
    text = (NOTICES / "qingdao-quality-benchmark-2031.txt").read_text(encoding="utf-8")
    edited = text.replace("逾期系统自动关闭", "逾期系统自动关闭。市管国有企业应于2031年6月6日18:00前通过平台完成网上申报", 1)
    bot = _bot(tmp_path, "qd-group.txt", edited)
    reply = bot.answer("我们是市属国企，现在网上交还来得及吗", dt.datetime(2031, 6, 8, 10, 0, tzinfo=TZ)).text
    assert "6月6日" in reply and "还来得及" not in reply, reply
