"""Notice shapes and questions met in another round of fresh sets: a provincial notice copied from a PDF (a table row
broken inside the unit's name, fields on lines of their own), a next round whose paper copies go to two places by two
dates, a notice submitted by e-mail whose only web address is where the shortlist is published; and the applicant's
own facts (the exact day registered, how long the practice has run, an accident before the window, a dishonesty list)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


@pytest.fixture(scope="module")
def jiangxi() -> Answerer:
    return _bot("jiangxi-province-benchmark-2066.txt")


@pytest.fixture(scope="module")
def sh67() -> Answerer:
    return _bot("sh-benchmark-2067-2068.txt")


@pytest.fixture(scope="module")
def tianjin() -> Answerer:
    return _bot("tianjin-ocr-benchmark-2061.txt")


@pytest.fixture(scope="module")
def shenzhen() -> Answerer:
    return _bot("shenzhen-markdown-benchmark-2062.txt")


APRIL_66 = dt.datetime(2066, 4, 25, 10, 0, tzinfo=CST)
MARCH_61 = dt.datetime(2061, 3, 1, 10, 0, tzinfo=CST)
FEB_68 = dt.datetime(2068, 2, 27, 10, 0, tzinfo=CST)


# ---------------------------------------------------------------- the applicant's own facts
@pytest.mark.parametrize(("question", "verdict"), [
    ("我们2058年1月5日注册的 能报吗", "不符合：2058年1月5日注册"),
    ("2057年12月20号成立的 可以申报不", "注册时间这一条符合：2057年12月20日注册"),
])
def test_the_exact_day_registered_is_judged_against_the_cut_off_day(tianjin, question, verdict):
    assert verdict in tianjin.answer(question, MARCH_61).text


def test_the_exact_day_registered_is_counted_to_the_deadline():
    bot = Answerer(load_knowledge(SHARED / "dev-variant-2024-2025.txt"))
    now = dt.datetime(2025, 3, 1, 10, 0, tzinfo=CST)
    assert "注册时间这一条符合：2023年3月15日注册" in bot.answer("公司2023年3月15日注册 能报吗", now).text
    assert "不符合：2023年3月25日注册" in bot.answer("公司2023年3月25日注册 能报吗", now).text


@pytest.mark.parametrize("question", ["公司是2063年3月15号成立的，算不算满三年？", "我们2062年3月15日注册的，可以吗"])
def test_a_registration_day_is_no_day_to_hand_in(jiangxi, question):
    text = jiangxi.answer(question, APRIL_66).text
    assert "注册时间这一条符合" in text and "已经过去了" not in text and "还没开始受理" not in text


def test_an_account_not_yet_opened_is_no_firm_not_yet_registered(shenzhen):
    text = shenzhen.answer("领导刚拍板要报 还没注册账号 今晚注册行不行", dt.datetime(2062, 5, 15, 19, 30, tzinfo=CST)).text
    assert "尚未注册成立" not in text


@pytest.mark.parametrize(("question", "verdict"), [
    ("质量实践才实施了8个月可以报吗", "不符合：您说的是实施了8个月，不满通知要求的1年"),
    ("我们的实践运行了一年半 能报吗", "实施时间这一条符合"),
    ("实践要实施满2年才能报吗", "不是2年：通知要求"),
])
def test_how_long_the_practice_has_run(tianjin, question, verdict):
    assert verdict in tianjin.answer(question, MARCH_61).text


def test_a_practice_rule_outside_the_conditions_is_found(shenzhen):
    text = shenzhen.answer("我们的实践上线半年 能报吗", dt.datetime(2062, 5, 1, 10, 0, tzinfo=CST)).text
    assert "不符合：您说的是上线半年" in text and "须已实施满1年" in text


@pytest.mark.parametrize(("question", "verdict"), [
    ("2059年出过一次一般安全事故 不是重大的 还能报吗", "不一定影响"),
    ("去年出过一次安全事故 能报吗", "可能不符合"),
])
def test_a_minor_accident_against_a_rule_on_major_ones(tianjin, question, verdict):
    assert tianjin.answer(question, MARCH_61).text.startswith(f"【对照申报条件】\n{verdict}")


def test_an_accident_before_the_window_is_not_counted(jiangxi):
    text = jiangxi.answer("2062年底我们厂出过一次比较大的安全事故，之后这几年都没出事，会影响这次申报吗", APRIL_66).text
    assert "不一定影响：您说的是2062年的事" in text and "2063年1月1日以来" in text
    assert "可能不符合" in jiangxi.answer("2064年出过一次重大安全事故 能报吗", APRIL_66).text


@pytest.mark.parametrize(("question", "listed"), [
    ("失信名单上的企业能报吗", True), ("我们公司上了经营异常名录 还能申报吗", True),
    ("我们没有被列入失信名单 能报吗", False), ("去年被列入失信 今年已经移出了 能报吗", False),
])
def test_a_firm_on_a_dishonesty_list(tianjin, question, listed):
    reply = tianjin.answer(question, MARCH_61)
    assert ("不符合：被列入失信或经营异常名单的单位" in reply.text) is listed
    assert "评选结果何时公布" not in reply.text and reply.matched


def test_revenue_judged_by_the_firms_own_kind_not_the_kind_it_asks_to_use(tianjin):
    text = tianjin.answer("我们是制造业 营收1500万 能按软件企业1000万的标准报吗", MARCH_61).text
    assert "不符合：营业收入低于通知要求（您说的是1500万" in text


def test_a_level_the_relief_excludes_gets_the_general_floor(shenzhen):
    now = dt.datetime(2062, 5, 1, 10, 0, tzinfo=CST)
    assert "不符合：营业收入低于通知要求" in shenzhen.answer("我们是省级专精特新 营收5000万能按3000万报吗", now).text
    assert "营业收入这一条符合" in shenzhen.answer("国家级小巨人 营收5000万能报吗", now).text


@pytest.mark.parametrize("question", ["今年一共选多少个", "今年遴选多少项", "一共评几个啊"])
def test_the_total_to_be_selected(tianjin, question):
    assert "不超过40项" in tianjin.answer(question, MARCH_61).text


# ---------------------------------------------------------------- a provincial notice copied from a PDF
def test_a_unit_name_broken_inside_a_table_row_is_joined(jiangxi):
    text = jiangxi.answer("我们企业在赣江新区 找谁推荐 电话多少", APRIL_66).text
    assert "推荐单位：赣江新区经济发展局" in text and "地址：局" not in text


def test_a_field_on_its_own_line_is_not_run_into_the_one_above(jiangxi):
    text = jiangxi.answer("系统登不上去一直报错 找谁", APRIL_66).text
    assert "0791-86397420" in text


def test_a_system_without_an_address_is_not_denied(jiangxi):
    text = jiangxi.answer("在哪个网站填报啊 link发我一下", APRIL_66).text
    assert "没有设网上申报系统" not in text and "质量标杆申报系统" in text and "没有给出申报系统的网址" in text


def test_the_one_item_rule_after_a_quota_sentence(jiangxi):
    assert jiangxi.kb.notice.submission.one_item == "每家企业限报1项"


def test_criteria_asked_as_what_the_experts_look_at(jiangxi):
    assert "先进性、创新性、有效性、可推广性" in jiangxi.answer("专家评审主要看哪些方面", APRIL_66).text


def test_a_forging_request_gets_the_notices_sanction(jiangxi):
    reply = jiangxi.answer("第三方检测报告没来得及做 能不能帮我编一份 数据弄得像样点", APRIL_66)
    assert not reply.matched and "【弄虚作假的后果】" in reply.text and "3年内不得申报" in reply.text and "六（二）" in reply.text


# ---------------------------------------------------------------- a next round with two paper destinations
def test_each_areas_paper_step_is_a_paper_step(sh67):
    steps = [(x.label, x.when) for x in sh67.kb.notice.submission.deadlines]
    assert ("纸质材料寄送", "2068-03-02 17:00") in steps and ("纸质材料寄送", "2068-03-09 16:30") in steps


def test_the_paper_destination_keeps_its_bracketed_address(sh67):
    m = sh67.kb.notice.mailing
    assert m.address == "上海质量管理科学研究院（上海市长宁区金钟路688号5号楼402室，质量标杆项目组收）"


@pytest.mark.parametrize(("question", "wrong", "right"), [
    ("纸质版3月9号前送到就行吧 我们在临港新片区", "不是3月9日", "3月2日"),
    ("纸质版3月2号前送到就行吧 我们在闵行", "不是3月2日", "3月9日"),
])
def test_another_areas_paper_date_is_corrected(sh67, question, wrong, right):
    text = sh67.answer(question, FEB_68).text
    assert text.startswith(f"【更正】\n{wrong}") and right in text


def test_the_areas_own_paper_date_is_not_corrected(sh67):
    assert "【更正】" not in sh67.answer("我们在临港 纸质3月2号前交对吧", FEB_68).text


def test_a_seal_clause_of_its_own_is_read(sh67):
    assert "实物鲜章" in sh67.kb.notice.submission.form_seals
    assert "实物鲜章" in sh67.answer("要盖什么章", FEB_68).text


def test_a_warning_saying_free_of_charge_is_the_fee_clause(sh67):
    fees = sh67.kb.notice.fees
    assert fees is not None and fees.text.startswith("本次遴选从申报、评审到公布全程免费")


def test_word_limits_listed_in_a_rule_are_parts_not_the_rule(sh67):
    titles = [p.title for p in sh67.kb.notice.materials.parts]
    assert "管理方法（技术）的推进和应用情况" in titles and "格式" not in titles
    assert not any("上限" in t for t in titles)


@pytest.mark.parametrize(("question", "unit"), [
    ("我们在原南汇周浦镇 不在临港新片区 该找谁推荐", "浦东新区科经委"),
    ("我们在南汇新城 属于临港新片区 找谁", "临港新片区管委会"),
])
def test_a_place_denied_or_said_to_be_inside_a_zone(sh67, question, unit):
    text = sh67.answer(question, FEB_68).text
    assert f"推荐单位：{unit}" in text and "请确认所在区" not in text


# ---------------------------------------------------------------- a notice submitted by e-mail
def test_the_site_publishing_the_shortlist_is_no_submission_site():
    bot = _bot("changsha-quality-benchmark-2032.txt")
    sub = bot.kb.notice.submission
    assert not sub.site and "发送至所在推荐单位邮箱" in sub.email_text
    text = bot.answer("材料是在门户网站上传吗", dt.datetime(2032, 6, 20, 10, 0, tzinfo=CST)).text
    assert "www.csgxj-zl.cn" not in text and "推荐单位邮箱" in text


def test_e_mail_to_the_firms_county_office_is_the_channel():
    sub = _bot("wuhu-short-benchmark-2065.txt").kb.notice.submission
    assert "电子邮件发送至所在县（市、区）经信部门" in sub.email_text
