"""A notice written as articles ('第四条（申报条件）'), with units one to a line led by their place, a list of exclusions
whose items are only conditions, and a scoring table followed by a paragraph. A small fictional notice of an invented
round; every name, number and address below is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.ingest.outline import parse
from knowledge.loader import _shared
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))

NOTICE = """上海市经济和信息化委员会关于开展2033-2034年度上海市“质量标杆”遴选工作的通知

沪经信质〔2033〕501号

各区经委（商务委、科经委），各有关企业：

第一条（遴选目的）
发掘一批可复制、可推广的先进质量管理典型经验。

第二条（申报条件）
申报企业应同时符合下列条件：
（一）在本市注册登记，具有独立法人资格；
（二）近三年未发生重大质量事故，未发生产品召回事件。

第三条（不予受理的情形）
有下列情形之一的，不予受理：
（一）已获评2031-2032年度上海市“质量标杆”的企业以相同经验申报的；
（二）被列入严重失信主体名单的。

第四条（申报时间）
（一）在线申报。申报企业于2033年11月2日9:00至2033年12月10日17:00登录申报系统（https://zlbg.example-sh.cn）在线填报，逾期不予受理。
（二）纸质材料。申报信息表一式两份，于2033年12月17日16:00前送达市质量促进中心。
（三）推荐审核。推荐单位对申报材料进行审核，于2033年12月24日17:00前在系统中完成推荐。

第五条（推荐单位）
各推荐单位名称、地址及联系人如下：
浦东新区：浦东新区科技和经济委员会，世纪大道1001号5楼501室，联系人 甘一舟 50880011、江小禾 50880012
黄浦区：黄浦区商务委员会，延安东路801号12楼，联系人 陶然 63210022
徐汇区：徐汇区商务委员会，漕溪北路301号9楼902室，联系人 闻笛 64380033
杨浦区：杨浦区商务委员会，江浦路2001号6楼，联系人 郁青 55210044

第六条（评审计分）
专家按下表评分：
序号	指标	分值
1	质量战略	40
2	质量绩效	60
合计		100

加分项：近三年获得中国质量奖的，加5分；获得市级质量奖的，加3分。

第七条（咨询方式）
政策咨询：市经济信息化委质量处，单青，电话：23110099。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("articles") / "sh-2033-2034.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return Answerer(load_knowledge(path))


def _ask(bot: Answerer, q: str, now: dt.datetime = dt.datetime(2033, 11, 20, 10, 0, tzinfo=TZ)) -> str:
    return bot.answer(q, now).text


def test_articles_are_clauses_cited_by_their_number_and_titled_without_brackets() -> None:
    o = parse(NOTICE)
    assert [n.clause for n in o.roots][:3] == ["第一条", "第二条", "第三条"]
    assert o.roots[1].heading == "申报条件" and o.find("第二条（二）") is not None


def test_the_deadline_and_conditions_of_an_article_layout_are_read(bot) -> None:
    n = bot.kb.notice
    assert n.submission.deadline == "2033-12-10 17:00" and len(n.eligibility.items) == 2
    text = _ask(bot, "网上申报什么时候截止")
    assert "12月10日" in text and "17:00" in text and "第四条" in text, text


def test_units_written_one_to_a_line_led_by_their_place_keep_both_contacts() -> None:
    units = ingest(NOTICE, _shared()[1]).data["units"]["items"]
    pudong = next(u for u in units if u["district"] == "pudong")
    assert pudong == {"district": "pudong", "name": "浦东新区科技和经济委员会", "address": "世纪大道1001号5楼501室",
                      "person": "甘一舟、江小禾", "phone": "50880011、50880012"}
    assert len(units) == 4


def test_units_from_place_lines_answer_a_district(bot) -> None:
    text = _ask(bot, "杨浦的企业找谁")
    assert "55210044" in text and "郁青" in text and "50880011" not in text, text


def test_a_condition_item_is_quoted_with_the_list_lead_in(bot) -> None:
    text = _ask(bot, "我们2032年已经评上过上海市质量标杆了，今年用同一个经验还能再报吗")
    assert "不予受理" in text and "已获评2031-2032年度" in text, text


def test_a_table_last_row_does_not_swallow_the_paragraph_after_it(bot) -> None:
    text = _ask(bot, "得过中国质量奖能加分吗？加几分")
    assert "加5分" in text and "合计" not in text, text


@pytest.mark.parametrize("q, paper, units", [
    ("今天还能网上交吗", False, False),
    ("网上申报截止是不是11月30号", False, False),
    ("纸质的什么时候交", True, False),
    ("截止时间", True, True),
    ("推荐单位什么时候报", True, True),
])
def test_a_deadline_reply_lists_the_later_dates_the_question_is_about(bot, q, paper, units) -> None:
    text = _ask(bot, q)
    assert ("12月17日" in text) == paper and ("12月24日" in text) == units, (q, text)


def test_after_the_online_deadline_the_paper_date_stays_listed(bot) -> None:
    text = _ask(bot, "网上还能交吗", dt.datetime(2033, 12, 12, 10, 0, tzinfo=TZ))
    assert "已经截止" in text and "12月17日" in text, text
