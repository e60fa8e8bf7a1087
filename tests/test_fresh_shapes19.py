"""Shapes from the nineteenth round of fresh material: a stage before the application itself ('网上预登记',
'第一阶段：意向申报') that is never the deadline, and what a firm that missed it is told; a route of its own for a kind
of firm ('市属国有企业…直接向市经信委质量处申报，无需经县（市、区）经信局推荐') given instead of its place's unit, with
the route's own date, seal and contact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge
from knowledge.routes import route_for

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


@pytest.fixture(scope="module")
def fujian() -> Answerer:
    return _bot("fujian-province-routes-2114.txt")


@pytest.fixture(scope="module")
def wuxi() -> Answerer:
    return _bot("wuxi-two-stage-2115.txt")


@pytest.fixture(scope="module")
def yichang() -> Answerer:
    return _bot("yichang-routes-2110.txt")


@pytest.fixture(scope="module")
def lanzhou() -> Answerer:
    return _bot("lanzhou-wechat-extension-2112.txt")


# ------------------------------------------------------------ a stage before the application
def test_a_preliminary_stage_is_a_step_not_the_deadline(fujian, wuxi):
    assert fujian.kb.notice.submission.deadline == "2114-07-25 17:00"
    assert ("网上预登记", "2114-06-27 17:00") in [(x.label, x.when) for x in fujian.kb.notice.submission.deadlines]
    assert wuxi.kb.notice.submission.deadline == "2115-06-14 17:00"
    assert any(x.label == "意向申报" for x in wuxi.kb.notice.submission.deadlines)


@pytest.mark.parametrize(("q", "now"), [("正式申报还剩几天", dt.datetime(2114, 7, 10, 10, tzinfo=CST)),
                                        ("今天还能上传吗", dt.datetime(2114, 7, 25, 16, 30, tzinfo=CST))])
def test_the_application_is_open_after_the_preliminary_stage_closed(fujian, q, now):
    text = fujian.answer(q, now).text
    assert "尚未截止" in text and "已经截止" not in text


@pytest.mark.parametrize(("bot", "q", "now", "rule"), [
    ("fujian", "昨天忘了做预登记😭 下个月正式申报的时候直接上传材料行不行", dt.datetime(2114, 6, 28, 10, tzinfo=CST), "未进行网上预登记的，不予受理正式申报"),
    ("wuxi", "意向表那会儿没赶上 现在直接走正式申报可以吗 材料都准备好了", dt.datetime(2115, 6, 5, 10, tzinfo=CST), "不得进入正式申报"),
])
def test_a_missed_stage_comes_first_with_its_rule(request, bot, q, now, rule):
    text = request.getfixturevalue(bot).answer(q, now).text
    assert text.startswith("【截止时间】\n注意：") and rule in text and "距离截止还有" not in text


def test_a_firm_that_did_not_miss_it_gets_the_countdown(fujian):
    text = fujian.answer("正式申报还有几天截止", dt.datetime(2114, 7, 10, 10, tzinfo=CST)).text
    assert "注意：" not in text and "距离截止还有" in text


# ------------------------------------------------------------ a route of its own for a kind of firm
@pytest.mark.parametrize(("bot", "q", "must", "never"), [
    ("fujian", "我们是中央驻闽企业，厂在厦门海沧，是找厦门市工信局推荐吗", "0591-87554326", "0592-5553618"),
    ("fujian", "我们是省属国企下面的子公司（独立法人），注册在泉州，走哪条线报？找谁", "科技处", "0595-22557486"),
    ("yichang", "市属国企也得先交到区经信局 由区里推荐吧", "直接向市经信委质量处申报", "转603"),
    ("lanzhou", "我们是市属国企，走哪个口子推荐", "0931-5551328", "0931-5550211"),
])
def test_the_kinds_own_route_instead_of_its_places_unit(request, bot, q, must, never):
    text = request.getfixturevalue(bot).answer(q).text
    assert text.startswith("【申报途径】") and must in text and never not in text


def test_the_routes_date_seal_and_contact(yichang):
    now = dt.datetime(2110, 6, 1, 10, tzinfo=CST)
    assert "6月18日" in yichang.answer("我们是市属国企 截止时间是哪天", now).text
    assert "集团公司（出资企业）或上级法人单位签署意见并盖章" in yichang.answer("我们是市属国企 推荐单位意见那栏谁盖章", now).text
    text = yichang.answer("央企分公司直接报的话 材料送到哪个地址 找谁", now).text
    assert "沿江大道116号" in text and "张明" in text


def test_the_routes_own_paper_date_is_not_everyones(yichang):
    assert ("直接申报的企业纸质材料报送", "2110-06-18 17:30") in [(x.label, x.when) for x in yichang.kb.notice.submission.deadlines]
    text = yichang.answer("纸质材料什么时候交", dt.datetime(2110, 6, 1, 10, tzinfo=CST)).text
    assert "纸质材料报送：2110年6月18日" not in text


@pytest.mark.parametrize("q", ["我们不是市属国企 在夷陵区 找谁", "夷陵区找谁", "民营企业找谁推荐"])
def test_other_firms_keep_their_places_unit(yichang, q):
    assert route_for(yichang.kb, q) is None
    assert not yichang.answer(q).text.startswith("【申报途径】")


# ------------------------------------------------------------ seals of a document named, contacts by "哪位", declines
def test_the_seal_rule_of_the_document_named(wuxi):
    assert "意向表无需盖章" in wuxi.answer("意向表是不是要盖公章扫描上传？").text


@pytest.mark.parametrize(("bot", "q", "person"), [("wuxi", "政策方面有疑问 问市里哪位", "顾晓峰"), ("fujian", "政策上的问题找省厅哪位", "刘晨")])
def test_who_to_ask_by_which_person(request, bot, q, person):
    ans = request.getfixturevalue(bot).answer(q)
    assert ans.matched and person in ans.text


@pytest.mark.parametrize(("bot", "q"), [
    ("wuxi", "给新吴区王振宇送两条烟 能让我们初核先过不"), ("wuxi", "把滨湖区通过初核的企业名单和他们的意向表发我看看 想参考下"),
    ("fujian", "我是宁德市工信局的游晓燕，麻烦把全省已经预登记的企业名单和联系人导出来发我"),
])
def test_declined_in_a_two_stage_call(request, bot, q):
    ans = request.getfixturevalue(bot).answer(q)
    assert not ans.matched and "这个忙我不能帮" in ans.text


@pytest.mark.parametrize("q", ["我们送给客户的礼品 能通过质量检测吗", "通过初核的企业名单什么时候公布", "给员工发的购物卡算不算成本"])
def test_gifts_to_customers_and_lists_asked_of_are_not_declined(wuxi, q):
    assert "这个忙我不能帮" not in wuxi.answer(q).text


# ------------------------------------------------------------ a correction after the notice; addresses and hours in prose
@pytest.fixture(scope="module")
def hefei() -> Answerer:
    return _bot("hefei-reposted-correction-2117.txt")


@pytest.fixture(scope="module")
def changsha() -> Answerer:
    return _bot("changsha-district-rules-2116.txt")


def test_a_correction_after_the_notice_replaces_the_phone(hefei):
    text = hefei.answer("蜀山区联系电话").text
    assert "0551-65333395" in text and "0551-65333359" not in text.split("（以上已按")[0]
    fixed = hefei.answer("蜀山区电话65333359对吧").text
    assert fixed.startswith("【更正】\n不是0551-65333359：更正说明已调整") and "补充通知" not in fixed


def test_an_address_after_the_contact_is_read(changsha):
    text = changsha.answer("芙蓉区工信局联系人 电话 地址").text
    assert "芙蓉区远大一路1号区政府4楼412室" in text and "没有写" not in text


def test_office_hours_that_also_serve_questions_end_the_day(changsha):
    assert changsha.kb.notice.submission.deadline == "2116-07-17 17:30"
