"""Notice shapes and questions met in another round of fresh sets: a provincial notice copied from a PDF (a table row
broken inside the unit's name, fields on lines of their own), a next round whose paper copies go to two places by two
dates, a notice submitted by e-mail whose only web address is where the shortlist is published; and the applicant's
own facts (the exact day registered, how long the practice has run, an accident before the window, a dishonesty list)."""

from __future__ import annotations

import datetime as dt
import re
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
    assert bool(re.search(r"不符合：被列入(失信名单|经营异常名录)的单位", reply.text)) is listed
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
    assert ("纸质材料报送", "2068-03-02 17:00") in steps and ("纸质材料报送", "2068-03-09 16:30") in steps


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


# ---------------------------------------------------------------- the second reader's findings and a park's notice
@pytest.fixture(scope="module")
def changsha() -> Answerer:
    return _bot("changsha-quality-benchmark-2032.txt")


@pytest.fixture(scope="module")
def qingdao() -> Answerer:
    return _bot("qingdao-guide-annex-2064.txt")


@pytest.fixture(scope="module")
def park() -> Answerer:
    return _bot("suzhou-park-benchmark-2070.txt")


JUNE_32 = dt.datetime(2032, 6, 20, 10, 0, tzinfo=CST)
MARCH_64 = dt.datetime(2064, 3, 20, 10, 0, tzinfo=CST)
MAY_70 = dt.datetime(2070, 5, 8, 15, 0, tzinfo=CST)


def test_a_contact_labelled_for_receiving_materials_keeps_its_own_mailbox(changsha):
    c = changsha.kb.notice.consultation
    assert c.policy.person == "周立衡" and not c.policy.email
    assert c.filling.label == "材料接收" and c.filling.email == "cs_zlbg2032@csgxj-zl.cn"


def test_a_document_without_a_limit_gives_the_limits_written_for_it(changsha):
    text = changsha.answer("申报书多少字", JUNE_32).text
    assert "申报书正文 8000 字以内；典型经验做法 5000 字以内" in text and "没有规定这部分的字数" not in text


@pytest.mark.parametrize(("question", "fixed"), [
    ("标题40字 摘要500字 对不对", False), ("摘要400字 对吧", True), ("标题40字 摘要600字 对不对", True),
])
def test_a_word_limit_is_checked_against_the_part_named_before_it(question, fixed):
    bot = Answerer(load_knowledge(NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"))
    text = bot.answer(question, dt.datetime(2024, 1, 10, 10, 0, tzinfo=CST)).text
    assert text.startswith("【更正】") is fixed and "不是40字" not in text


def test_a_firm_not_above_the_size_threshold(qingdao):
    text = qingdao.answer("我们是小微企业 营收6000万 不是规上 能报吗", MARCH_64).text
    assert "不符合：不是规模以上（规上）企业" in text


def test_a_title_the_notice_names_in_part_is_the_applicants_own(qingdao):
    reply = qingdao.answer("我们是国家级专精特新小巨人 营收1800万可以吗", MARCH_64)
    assert reply.matched and "不符合：营业收入低于通知要求（您说的是1800万" in reply.text


def test_a_city_named_only_in_a_road_is_another_region(qingdao):
    reply = qingdao.answer("烟台的质量标杆怎么报", MARCH_64)
    assert not reply.matched and "烟台" in reply.text


def test_what_winners_get_is_quoted_when_the_notice_says_it(qingdao, changsha):
    assert "优先推荐入选企业申报省级、国家级质量标杆" in qingdao.answer("入选有什么好处", MARCH_64).text
    assert "同等条件下优先考虑入选企业" in changsha.answer("入选有什么好处", JUNE_32).text


def test_an_industrial_producers_rule_against_a_trading_firm():
    bot = _bot("wuhu-short-benchmark-2065.txt")
    text = bot.answer("商贸公司能报吗", dt.datetime(2065, 4, 1, 10, 0, tzinfo=CST)).text
    assert "可能不符合" in text and "为从事工业生产的企业" in text


def test_the_units_mailbox_is_quoted_when_an_officer_asks():
    bot = _bot("wuhu-short-benchmark-2065.txt")
    assert "whjxjzlk@126.com" in bot.answer("县经信局汇总后发到哪个邮箱", dt.datetime(2065, 4, 1, 10, 0, tzinfo=CST)).text


def test_units_asked_of_a_deadline_the_notice_does_not_give_them():
    bot = Answerer(load_knowledge(SHARED / "dev-variant-2024-2025.txt"))
    text = bot.answer("区里推荐的截止时间是几号", dt.datetime(2025, 3, 20, 15, 0, tzinfo=CST)).text
    assert "通知没有规定推荐单位审核推荐的截止时间" in text and "2025年3月20日 17:00" in text


def test_a_timeline_rows_range_end_and_a_platform_closing_are_the_deadline(park):
    sub = park.kb.notice.submission
    assert sub.deadline == "2070-05-18 18:00" and ("纸质材料报送", "2070-05-20 12:00") in [(x.label, x.when) for x in sub.deadlines]
    assert "距离截止还有 10 天 3 小时" in park.answer("质量标杆还剩几天能报啊", MAY_70).text


@pytest.mark.parametrize(("question", "person"), [("独墅胡科教区的电话", "沈立文"), ("公司在阳澄湖度假区 联系谁", "吴海峰")])
def test_a_zone_by_its_short_name(park, question, person):
    assert f"联系人：{person}" in park.answer(question, MAY_70).text


def test_a_question_ending_in_bu_after_a_long_object_is_checked(park):
    text = park.answer("我们公司是2068年3月在园区注册的 营收也够了 能报今年的质量标杆不", MAY_70).text
    assert "不符合：2068年3月注册的单位" in text


def test_a_past_winner_said_with_le_is_checked(park):
    text = park.answer("前年评上培育企业了 今年还能再报一次培育企业吗", MAY_70).text
    assert "不得重复申报培育企业层级" in text.split("【申报条件】")[0]


def test_reward_tiers_quote_the_whole_sentence(park):
    text = park.answer("评上了有奖励吗 标杆和培育各给多少", MAY_70).text
    assert "50万元" in text and "20万元" in text


# ---------------------------------------------------------------- a second reader's findings, round two
def test_an_areas_own_paper_route_is_given_when_the_area_is_named(sh67):
    text = sh67.answer("临港的企业纸质材料交到哪 几号截止", FEB_68).text
    route = text.split("【纸质材料报送至】")[1]
    assert route.lstrip().startswith("临港新片区内企业：于2068年3月2日") and "（其他企业：上海质量管理科学研究院" in route
    assert "纸质材料报送（临港新片区内企业）：2068年3月2日" in text


def test_the_general_paper_route_is_not_a_zones(tianjin, jiangxi):
    assert tianjin.kb.notice.mailing.address == "注册地所在区工业和信息化主管部门"
    assert jiangxi.kb.notice.mailing.address == "所在设区市工业和信息化局（赣江新区经济发展局）"


def test_a_new_user_after_sign_up_closed(shenzhen):
    text = shenzhen.answer("我们是新用户，还没注册账号，现在注册还能报吗", dt.datetime(2062, 5, 16, 10, 0, tzinfo=CST)).text
    assert "您还没有注册账号：新用户须在2062年5月15日 17:00（北京时间）前完成注册" in text and "本期无法提交申报材料" in text
    assert "您还没有注册账号" not in shenzhen.answer("我们是新用户，还没注册账号，现在注册还能报吗",
                                                  dt.datetime(2062, 5, 10, 10, 0, tzinfo=CST)).text


def test_a_units_review_step_in_a_timeline_table_is_theirs(shenzhen):
    text = shenzhen.answer("我是区市场监管局的，初审推荐还来得及吗", dt.datetime(2062, 6, 10, 10, 0, tzinfo=CST)).text
    assert "推荐单位报送尚未截止" in text and "通知没有规定推荐单位" not in text


@pytest.mark.parametrize(("question", "rule"), [("网上可以用电子章吗", "可加盖电子公章"), ("纸质材料可以盖电子章打印吗", "电子印章打印件")])
def test_an_e_seal_allowed_online_is_not_corrected(sh67, question, rule):
    text = sh67.answer(question, FEB_68).text
    assert "不是电子章" not in text and rule in text


def test_an_e_seal_the_notice_is_silent_on_is_not_stated(jiangxi):
    reply = jiangxi.answer("公章能用电子章吗", APRIL_66)
    assert not reply.matched and "能否使用电子印章" in reply.text and "不是电子章" not in reply.text


def test_the_paper_block_does_not_give_the_online_copys_e_seal(sh67):
    text = sh67.answer("纸质材料寄到哪里", FEB_68).text
    assert "（可加盖电子公章）" not in text and "实物鲜章" in text


@pytest.mark.parametrize(("question", "kind"), [("把不良率改低点再写进去", "伪造或篡改"), ("能不能找人疏通一下关系", "托关系疏通")])
def test_doctoring_figures_and_pulling_strings_are_declined(jiangxi, question, kind):
    reply = jiangxi.answer(question, APRIL_66)
    assert not reply.matched and kind in reply.text


def test_a_place_note_of_another_city_is_not_said(jiangxi):
    assert "横跨" not in jiangxi.answer("我们是南昌的企业，纸质材料自己送到北京西路8号可以吗", APRIL_66).text


def test_a_practice_minimum_said_as_the_rule_with_cai_neng(tianjin):
    text = tianjin.answer("实践连续实施2年以上才能报对吧", MARCH_61).text
    assert text.startswith("【更正】\n不是2年") and "实施时间这一条符合" not in text


# ---------------------------------------------------------------- a development zone's notice and a third reading
@pytest.fixture(scope="module")
def devzone() -> Answerer:
    return _bot("guangzhou-devzone-benchmark-2071.txt")


APRIL_71 = dt.datetime(2071, 4, 9, 10, 0, tzinfo=CST)


def test_a_paper_step_counted_from_the_online_deadline_is_quoted(devzone):
    text = devzone.answer("纸质材料今天寄还来得及吗", APRIL_71).text
    assert "网上申报截止后5个工作日内" in text and "没有规定纸质材料的寄送截止日期" not in text


def test_revenue_below_one_branch_of_an_either_or_rule(devzone):
    text = devzone.answer("我们营收1.6亿 近三年研发投入3400万 能报吗", APRIL_71).text
    assert "营业收入这一条未达到" in text and "满足其一即可" in text and "不符合" not in text


def test_a_line_listing_the_units_contacts_is_no_hotline(devzone):
    labels = [c.label for c in devzone.kb.notice.consultation.all()]
    assert labels == ["政策咨询", "系统技术支持"]  # (a system's helpdesk keeps the notice's own name)


def test_a_paper_step_due_with_the_online_one_is_kept():
    steps = _bot("dongguan-wechat-benchmark-2055.txt").kb.notice.submission.deadlines
    assert ("纸质材料报送", "2055-03-10 17:30") in [(x.label, x.when) for x in steps]


def test_a_review_row_dated_by_before_is_the_units_step(park):
    assert ("推荐单位报送", "2070-05-25") in [(x.label, x.when) for x in park.kb.notice.submission.deadlines]


def test_handing_in_to_the_units_office_is_not_the_units_step():
    labels = [x.label for x in _bot("jinan-quality-benchmark-2033.txt").kb.notice.submission.deadlines]
    assert "推荐单位其他时间要求" not in labels


def test_a_list_the_notice_does_not_exclude(park):
    text = park.answer("我们上了经营异常名录 能报吗", MAY_70).text
    assert "不符合：被列入" not in text


@pytest.mark.parametrize("question", ["给评审专家打个招呼", "给推荐单位送点东西"])
def test_more_ways_of_currying_favour_are_declined(park, question):
    reply = park.answer(question, MAY_70)
    assert not reply.matched and "托关系疏通" in reply.text


def test_a_tracks_figure_is_never_quoted_from_another_track():
    bot = _bot("minhang-district-benchmark-2032.txt")
    text = bot.answer("A类的营收是1亿还是3000万", dt.datetime(2032, 3, 20, 10, 0, tzinfo=CST)).text
    assert "不低于3000万元" not in text


def test_a_seal_carved_oneself_is_declined():
    bot = Answerer(load_knowledge(NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"))
    reply = bot.answer("我们能不能先用自己刻的一个“区经委”的章盖上寄过去，回头再补？", dt.datetime(2024, 2, 20, 10, 0, tzinfo=CST))
    assert not reply.matched and "伪造或篡改印章" in reply.text


def test_a_firm_that_means_to_apply_is_checked():
    bot = Answerer(load_knowledge(SHARED / "dev-variant-2024-2025.txt"))
    text = bot.answer("我们公司是2023年10月在闵行注册成立的独立法人 今年应该没有年限要求吧 我们想报一下",
                      dt.datetime(2025, 1, 10, 10, 0, tzinfo=CST)).text
    assert "不符合：2023年10月注册的单位" in text


def test_applying_on_a_firms_behalf_gets_the_notices_words():
    bot = Answerer(load_knowledge(SHARED / "dev-variant-2024-2025.txt"))
    text = bot.answer("区里有几家企业不太想报，我们能不能直接帮他们报上去", dt.datetime(2025, 1, 10, 10, 0, tzinfo=CST)).text
    assert "请各单位自主申报" in text and "企业自愿参与" in text


def test_two_recommending_units_are_no_two_items(sh67, changsha):
    text = sh67.answer("一家企业能不能同时选区里和协会两个推荐单位 双保险", FEB_68).text
    assert "不是2项" not in text and "每家企业只能选择一个推荐单位" in text
    assert "不得多头申报" in changsha.answer("能同时通过高新区和岳麓区两个渠道报吗", JUNE_32).text


def test_the_length_of_a_document_outside_the_parts(sh67):
    text = sh67.answer("入选以后那个跟踪报告 几个月内交 写多少字", FEB_68).text
    assert "6个月内" in text and "3000字以内" in text and "（出处：六（一））" in text


# ---------------------------------------------------------------- corrections of what the user never claimed
@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(SHARED / "dev-variant-2024-2025.txt"))


@pytest.mark.parametrize(("question", "now"), [
    ("现在刚好5点整，还能交吗", dt.datetime(2025, 3, 20, 17, 0, tzinfo=CST)),
    ("5点截止对吧", dt.datetime(2025, 3, 20, 15, 0, tzinfo=CST)),
    ("我们3月1日开始准备的，现在能赶上吗", dt.datetime(2025, 3, 10, 10, 0, tzinfo=CST)),
    ("我们在静安区，离漕溪北路88号远吗，纸质材料可以当面送吗", dt.datetime(2025, 3, 10, 10, 0, tzinfo=CST)),
    ("公司2022年成立，但2024年亏损了500万，还算经营状况良好吗", dt.datetime(2025, 3, 1, 10, 0, tzinfo=CST)),
    ("我们今年打算投入200万做数字化，材料名称写50字行吗", dt.datetime(2025, 3, 1, 10, 0, tzinfo=CST)),
])
def test_what_the_user_never_claimed_is_not_corrected(variant, question, now):
    assert "【更正】" not in variant.answer(question, now).text


def test_a_wrong_hour_is_still_corrected(variant):
    text = variant.answer("下午4点截止对吧", dt.datetime(2025, 3, 20, 15, 0, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是下午4点")


def test_several_counts_are_each_checked_against_their_part(variant):
    text = variant.answer("我们摘要580字，实施效果2600字，推进应用9000字，名称45个字，帮我看看哪个超了",
                          dt.datetime(2025, 3, 1, 10, 0, tzinfo=CST)).text
    assert "超过上限的是：管理方法（技术）的实施效果。" in text and "质量标杆名称：您写了45字，上限50字，没有超过" in text


def test_a_part_asked_by_name_is_not_led_by_another_parts_limit():
    bot = Answerer(load_knowledge(NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"))
    text = bot.answer("管理方法的推进和应用情况最多多少字", dt.datetime(2024, 2, 20, 10, 0, tzinfo=CST)).text
    assert text.startswith("【管理方法（技术）的推进和应用情况】") and "2000 字以内" not in text


def test_a_wrong_mailing_road_is_corrected_with_the_mailing_address():
    bot = Answerer(load_knowledge(NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"))
    text = bot.answer("纸质材料是寄漕溪北路88号吗", dt.datetime(2024, 2, 1, 10, 0, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是“漕溪北路88号”：纸质材料邮寄地址是上海市武夷路 258 号")


def test_an_award_to_write_in_a_part_is_no_other_programme(variant):
    reply = variant.answer("我们公司3年前获得过上海市质量金奖，企业概况里写进去吗", dt.datetime(2025, 3, 10, 10, 0, tzinfo=CST))
    assert reply.matched and "荣获的相关荣誉" in reply.text


def test_reapplying_after_not_being_selected_is_not_stated(variant):
    reply = variant.answer("我们去年已经报过但没评上，今年还能再报吗", dt.datetime(2025, 3, 10, 10, 0, tzinfo=CST))
    assert not reply.matched and "往年申报未入选的企业能否再次申报" in reply.text
