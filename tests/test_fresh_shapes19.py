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


# ------------------------------------------------------------ second reading: routes, stages, notes and limits that are none
def _variant(tmp_path, name: str, old: str, new: str) -> Answerer:
    text = (NOTICES / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return Answerer(load_knowledge(path))


YICHANG_ROUTE = "（二）直接申报。市属国有企业（含其在各县市区的控股子公司）和中央企业在宜分支机构，直接向市经信委质量处申报，无需经县（市、区）经信局推荐。"


@pytest.mark.parametrize("said", [
    "（二）市属国有企业、中央企业在宜分支机构与其他企业一样，按注册地向所在县（市、区）经信局申报，不直接向市经信委报送。",
    "（二）中央企业在宜分支机构直接向市经信委质量处申报，市属国有企业和其他企业向所在县（市、区）经信局申报。",
])
def test_no_route_for_a_kind_the_notice_sends_to_its_district(tmp_path, said):
    bot = _variant(tmp_path, "yichang-routes-2110.txt", YICHANG_ROUTE, said)
    text = bot.answer("我们是市属国企，在夷陵区，找谁申报").text
    assert not text.startswith("【申报途径】") and "夷陵区" in text


@pytest.mark.parametrize("q", ["我们给央企做配套，厂在厦门，找谁申报", "我们的客户是省属国企，我们是泉州的民营企业，推荐单位是谁",
                               "我们是民营企业，以前是省属国企改制来的，在漳州", "我们是省属国企的供应商，在莆田"])
def test_a_firm_that_only_mentions_a_kind_keeps_its_unit(fujian, q):
    assert not fujian.answer(q).text.startswith("【申报途径】")


@pytest.mark.parametrize(("bot", "q", "now"), [
    ("fujian", "我们已完成预登记，正式申报还剩几天", dt.datetime(2114, 7, 10, 10, tzinfo=CST)),
    ("wuxi", "我们已经填了意向表，也通过初核了，正式申报还剩几天", dt.datetime(2115, 6, 5, 10, tzinfo=CST)),
])
def test_a_firm_that_did_the_stage_gets_its_countdown(request, bot, q, now):
    text = request.getfixturevalue(bot).answer(q, now).text
    assert "注意：" not in text and "距离截止还有" in text


def test_an_application_step_that_names_the_intention_form_is_the_deadline(tmp_path):
    bot = _variant(tmp_path, "fujian-province-routes-2114.txt", "已完成预登记的申报单位登录申报系统上传全部申报材料",
                   "已完成预登记的申报单位登录申报系统，在线填写《申报意向表》和《申报书》并上传全部申报材料")
    assert bot.kb.notice.submission.deadline == "2114-07-25 17:00"


def test_a_notes_extension_for_firms_that_have_not_finished_is_applied(tmp_path):
    bot = _variant(tmp_path, "lanzhou-wechat-extension-2112.txt", "本次遴选网上申报截止时间由原定的2112年9月12日17:00延长至",
                   "尚未完成填报的企业网上申报截止时间由原定的2112年9月12日17:00延长至")
    assert bot.kb.notice.submission.deadline == "2112-09-26 17:00"


def test_a_parts_limit_in_the_documents_heading_is_not_the_documents(tmp_path):
    bot = _variant(tmp_path, "jinshui-prose-limits-2113.txt", "报告正文不超过1.5万字，应包括以下内容：", "包括以下内容，其中经验摘要不超过500字：")
    assert all(p.title != "质量管理经验报告" for p in bot.kb.notice.materials.parts)


def test_characters_of_a_file_name_are_no_word_limit():
    from knowledge.ingest import facts
    assert facts.limit("文件名不超过40个字符") == 0 and facts.limit("名称不超过40个字") == 40


@pytest.mark.parametrize("q", ["文化路街道，纸质材料送街道还是送区里", "花园路的联系人是王磊还是别人"])
def test_no_zone_rule_where_no_zone_is_asked(q):
    assert "园区推荐" not in _bot("jinshui-prose-limits-2113.txt").answer(q).text


def test_a_window_to_hand_in_at_is_no_mailing_address():
    text = _bot("jinshui-prose-limits-2113.txt").answer("纸质材料送到哪里 哪个窗口").text
    assert "18号窗口" in text and "邮寄地址" not in text


# ------------------------------------------------------------ a district's own earlier date in a note above a reposted notice
@pytest.mark.parametrize(("q", "must"), [("我们是包河区的企业 截止是哪天", "2117年6月11日 17:00"), ("包河的 现在提交还算数吗", "已经截止")])
def test_a_districts_own_date_in_the_editors_note(hefei, q, must):
    text = hefei.answer(q, dt.datetime(2117, 6, 11, 17, 30, tzinfo=CST)).text
    assert must in text and "尚未截止" not in text and "通知规定的截止时间：2117年6月16日" in text


def test_other_districts_keep_the_notices_date(hefei):
    text = hefei.answer("蜀山区的 截止是哪天", dt.datetime(2117, 6, 11, 17, 30, tzinfo=CST)).text
    assert "2117年6月16日 17:00" in text and "尚未截止" in text


def test_streets_written_after_their_district_belong_to_it(changsha):
    towns = {k: g.towns for k, g in changsha.kb.geography.districts.items()}
    assert "雷锋街道" in towns["wangcheng"] and "含浦街道" in towns["yuelu"] and "榔梨街道" in towns["changshaxian"]
    assert "贺志强" in changsha.answer("我们在雷锋街道，该找哪个部门？").text


def test_a_reposts_label_is_not_the_issuer(hefei):
    meta = hefei.kb.notice.meta
    assert meta.title.startswith("关于开展2117年度") and "转发" not in meta.issuer_short
