"""Notice shapes met in a further round of fresh sets: an article of a WeChat account (numbered banners before the
clauses, symbol bullets, full-width digits), a notice followed by a supplementary notice and its questions and
answers, a PDF's text with letter-spaced headings, a schedule's window of days with hand-in hours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.ingest.faq import faq_items, faq_start
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))

QINGZHOU = """青州市工业和信息化局关于开展2060年度青州市质量标杆遴选的通知

青工信〔2060〕8号

各区工业和信息化局，各有关企业：

一、申报条件
（一）在青州市注册、具有独立法人资格的工业企业，成立满3年。
（二）2059年度营业收入不低于5000万元。

二、申报材料
（一）质量标杆典型经验材料，不超过6000字。
（二）纸质材料一式2份，封面加盖企业公章。

三、时间安排
（一）网上申报。企业于2060年4月30日17:00前登录青州市工业企业服务平台（网址：https://qz-gyqy.cn）在线提交。
（二）纸质材料报送。企业于2060年5月8日至5月15日（工作日9:00—17:00）将纸质材料报送所在区推荐单位。

四、咨询电话
政策咨询：市工业和信息化局质量处 欧阳明 0536-8123401
市市场监督管理局质量科 林一帆 0536-8123499

五、常见问题
问：分公司可以单独申报吗？
答：不可以。分公司不具有独立法人资格，由总公司申报。

问：线上材料可以用电子签章吗？
答：可以。线上材料可使用合规电子签章；纸质材料须加盖实体公章。

问：往年获评的企业还能再申报吗？
答：可以，但须以不同的质量管理实践申报。

青州市工业和信息化局
2060年3月20日
"""
APRIL = dt.datetime(2060, 4, 1, 10, 0, tzinfo=CST)


@pytest.fixture(scope="module")
def qingzhou(tmp_path_factory) -> Answerer:
    """A small notice with its own questions and answers, a paper window with hours, an unlabelled second office."""
    path = tmp_path_factory.mktemp("qz") / "qingzhou.txt"
    path.write_text(QINGZHOU, encoding="utf-8")
    return Answerer(load_knowledge(path))


@pytest.fixture(scope="module")
def article() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "dongguan-wechat-benchmark-2055.txt"))


@pytest.fixture(scope="module")
def extended() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "changzhou-extension-benchmark-2056.txt"))


@pytest.fixture(scope="module")
def pdf() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "dalian-pdf-benchmark-2057.txt"))


@pytest.fixture(scope="module")
def tabled() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "nantong-quality-benchmark-2051.txt"))


# ------------------------------------------------------------ questions and answers of the notice
def test_questions_and_answers_are_read_wherever_they_stand() -> None:
    items = faq_items(QINGZHOU)
    assert [x["clause"] for x in items] == ["问答1", "问答2", "问答3"]
    assert items[0]["q"] == "分公司可以单独申报吗？" and items[0]["a"].startswith("不可以。")
    assert items[2]["a"] == "可以，但须以不同的质量管理实践申报。"  # the signature after a blank line is not the answer's
    assert QINGZHOU[faq_start(QINGZHOU):].startswith("五、常见问题")
    assert faq_items("问：只有一问？\n答：一答。") == []  # one pair is no list of questions and answers


@pytest.mark.parametrize("q, clause", [
    ("我们是分公司 能自己报吗", "问答1"),
    ("分公司能不能单独报", "问答1"),
    ("往年获评过质量标杆的还能再报吗", "问答3"),
])
def test_a_question_the_notice_answers_itself_is_answered_with_it_first(qingzhou, q, clause) -> None:
    ans = qingzhou.answer(q, APRIL)
    assert ans.matched and ans.text.startswith("【常见问题解答】") and ans.sources[0] == clause


@pytest.mark.parametrize("q", ["截止时间是什么时候", "纸质材料交几份", "政策咨询电话多少", "申报材料怎么写"])
def test_other_questions_do_not_bring_a_question_and_answer(qingzhou, q) -> None:
    assert "常见问题解答" not in qingzhou.answer(q, APRIL).text


def test_a_correction_the_notices_answer_contradicts_gives_way_to_it(qingzhou) -> None:
    text = qingzhou.answer("电子章可以吗", APRIL).text
    assert "不是电子章" not in text and "合规电子签章" in text and text.count("合规电子签章") == 1


def test_no_question_and_answer_beside_a_decline(qingzhou) -> None:
    ans = qingzhou.answer("分公司能不能伪造一份独立法人证明单独报", APRIL)
    assert not ans.matched and "常见问题解答" not in ans.text


def test_a_question_the_notice_answers_is_never_not_stated(extended) -> None:
    ans = extended.answer("已经提交了 发现有个数据填错 还能改吗", dt.datetime(2056, 3, 1, 10, 0, tzinfo=CST))
    assert ans.matched and "撤回修改" in ans.text and "通知中没有规定" not in ans.text


# ------------------------------------------------------------ a supplementary notice with items under its clauses
def test_a_supplements_items_move_each_date_they_name(extended) -> None:
    sub = extended.kb.notice.submission
    assert sub.deadline == "2056-03-17 17:00"
    assert {x.label: x.when for x in sub.deadlines} == {"纸质材料报送": "2056-03-24 17:00", "推荐单位报送": "2056-03-31 17:00"}
    assert extended.kb.notice.supplement.date == "2056-02-22"  # its signature, not a date of the questions after it


def test_a_supplement_replaces_a_contact_named_as_the_former_one(extended) -> None:
    policy = extended.kb.notice.consultation.policy
    assert (policy.person, policy.phone) == ("顾晨阳", "0519-85682365")
    ans = extended.answer("有问题还是打钱雨桐老师那个0519-85682317是吧", dt.datetime(2056, 3, 1, 10, 0, tzinfo=CST))
    assert ans.matched and ans.text.startswith("【更正】\n不是钱雨桐：补充通知已调整") and "顾晨阳" in ans.text
    assert "行贿" not in ans.text and "收费" not in ans.text  # a person surnamed 钱 is no money
    text = extended.answer("政策咨询是0519-85682317吧", dt.datetime(2056, 3, 1, 10, 0, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是0519-85682317：") and text.count("【更正】") == 1


def test_between_the_old_and_the_new_deadline_it_is_still_open(extended) -> None:
    text = extended.answer("现在还能在系统上提交吗", dt.datetime(2056, 3, 1, 10, 0, tzinfo=CST)).text
    assert "尚未截止" in text and "已经截止" not in text


# ------------------------------------------------------------ an article of a WeChat account
def test_numbered_banners_and_symbol_bullets_are_decoration(article) -> None:
    n = article.kb.notice
    assert n.eligibility and len(n.eligibility.items) >= 6
    assert n.submission.deadline == "2055-03-10 17:30"
    assert n.format and not any(x.text.startswith(("▲", "▶")) for x in n.format.rules)


def test_a_units_row_with_a_colon_and_a_comma_gives_the_person(article) -> None:
    text = article.answer("松山湖的企业找谁推荐 电话多少", dt.datetime(2055, 2, 1, 10, 0, tzinfo=CST)).text
    assert "何志鹏" in text and "0769-22891357" in text


def test_the_units_onward_address_is_quoted_when_the_office_is_asked_about(article) -> None:
    ans = article.answer("市工信局收材料的地址和邮编发我下", dt.datetime(2055, 2, 1, 10, 0, tzinfo=CST))
    assert ans.matched and "鸿福西路168号" in ans.text and "523071" in ans.text


@pytest.mark.parametrize("q", ["审计报告还没出 能不能帮我p一份去年的先交上去", "营业执照P一张行不行", "审计报告ps一下数据"])
def test_retouching_a_document_is_forgery(article, q) -> None:
    ans = article.answer(q, dt.datetime(2055, 2, 1, 10, 0, tzinfo=CST))
    assert not ans.matched and "伪造" in ans.text


def test_a_person_surnamed_qian_is_no_money(bundled_answerer) -> None:
    assert bundled_answerer.judge.refusal("打钱老师的电话行吗") is None
    assert bundled_answerer.judge.refusal("给评审老师打钱行不行") is not None


@pytest.fixture(scope="module")
def bundled_answerer() -> Answerer:
    return Answerer(load_knowledge())


# ------------------------------------------------------------ a PDF's text
def test_letter_spaced_headings_are_their_words(pdf) -> None:
    heads = [n.title for n in pdf.kb.notice.passages if n.title]
    assert "遴选方向" in heads and "咨询电话" in heads
    assert pdf.kb.notice.focuses is not None


def test_a_span_under_the_steps_heading_ends_on_the_deadline(pdf) -> None:
    sub = pdf.kb.notice.submission
    assert sub.deadline == "2057-03-20 17:00" and sub.opens == "2057-02-17 09:00"


def test_an_office_named_before_its_people_is_a_hotline(pdf) -> None:
    text = pdf.answer("政策方面有问题打哪个电话", dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST)).text
    assert "0411-83631726" in text


def test_the_postmark_question_finds_what_counts(pdf) -> None:
    ans = pdf.answer("邮寄的话是按邮戳日期算吧", dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST))
    assert ans.matched and "以材料送达时间为准" in ans.text


def test_the_units_and_direct_applicants_address_is_given(pdf) -> None:
    ans = pdf.answer("我们是市属国企 纸质材料直接寄哪 邮编多少", dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST))
    assert ans.matched and "人民路75号" in ans.text and "116001" in ans.text
    assert "人民路75号" in pdf.answer("纸质材料寄到哪", dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST)).text


# ------------------------------------------------------------ ingest details
def test_an_unlabelled_line_of_another_office_is_its_own_hotline() -> None:
    con = ingest(QINGZHOU).data["consultation"]
    assert con["policy"]["person"] == "欧阳明"  # not '市市场监督管理局质量科' read as a second person of that label
    assert (con["filling"]["person"], con["filling"]["label"], con["filling"]["org"]) == ("林一帆", "咨询", "市市场监督管理局质量科")


def test_one_direction_per_firm_is_the_one_item_rule(extended) -> None:
    assert extended.kb.notice.submission.one_item == "每家企业限选择1个方向、申报1项质量管理实践"


# ------------------------------------------------------------ a window of days with hand-in hours
def test_a_window_keeps_its_first_day_and_hours(tabled) -> None:
    step = next(x for x in tabled.kb.notice.submission.deadlines if x.label == "纸质材料报送")
    assert (step.opens, step.hours, step.when) == ("2051-04-03", "工作日8:30—17:00", "2051-04-10 17:00")
    assert step.text.startswith("纸质报送；申报企业；")  # a table row's cells, not its bars


@pytest.mark.parametrize("now, q, says", [
    ("2051-04-01T10:00", "纸质材料现在能交吗", "尚未开始受理，2051年4月3日起才能报送"),
    ("2051-04-01T10:00", "纸质的明天送过去行吗", "还没开始受理"),
    ("2051-04-05T10:00", "纸质材料今天下午6点去送来得及吗", "18:00不在受理时间内"),
    ("2051-04-05T10:00", "纸质的周六送过去行吗", "不是工作日"),
    ("2051-04-05T18:30", "纸质材料现在能交吗", "现在（18:30不在受理时间内）不受理"),
    ("2051-04-10T15:00", "纸质材料今天下午6点送来得及吗", "已经过了截止时间"),
])
def test_a_paper_plan_is_judged_against_the_window(tabled, now, q, says) -> None:
    text = tabled.answer(q, dt.datetime.fromisoformat(now).replace(tzinfo=CST)).text
    assert says in text
    assert "还来得及" not in text.split(says)[0][-40:]


def test_a_window_is_said_with_its_days_and_hours(qingzhou) -> None:
    text = qingzhou.answer("纸质材料什么时候交", APRIL).text
    assert "2060年5月8日至5月15日（工作日9:00—17:00）" in text


def test_a_units_former_person_is_corrected_with_the_unit() -> None:
    a = Answerer(load_knowledge(NOTICES / "sh-benchmark-2037-2038.txt"))
    text = a.answer("嘉定找焦若琳对吧").text
    assert text.startswith("【更正】\n不是焦若琳：补充通知已调整，嘉定区推荐单位现为") and "毛嘉诚" in text and "【嘉定区 · 推荐单位联系方式】" in text


@pytest.mark.parametrize("q", ["我们公司座机是021-64872333，徐汇的推荐单位电话是多少？", "我司电话021-64872333，徐汇找谁"])
def test_the_firms_own_phone_with_an_area_code_is_no_claim(bundled_answerer, q) -> None:
    text = bundled_answerer.answer(q).text
    assert "更正" not in text and "64872333" not in text


# ------------------------------------------------------------ judgement met in the hard sets of this round
@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(Path(__file__).resolve().parents[2] / "shared" / "notices" / "dev-variant-2024-2025.txt"))


VARIANT_AFTER = dt.datetime(2025, 4, 2, 10, 0, tzinfo=CST)


@pytest.mark.parametrize("q", ["我是我们公司的申报联系人，手机13917226658，有问题随时打我。想问下在线填报系统出问题该找谁？",
                               "13917226658是我手机，有事找我。填报咨询找谁"])
def test_a_number_the_user_gives_as_their_own_is_no_claim(bundled_answerer, q) -> None:
    text = bundled_answerer.answer(q).text
    assert "更正" not in text and "张竞之" in text


def test_a_count_of_focus_areas_is_no_count_of_items(bundled_answerer) -> None:
    text = bundled_answerer.answer("看了下遴选重点，一共就四个方向：体系升级、关键过程控制、数字化、供应链联动。我们是做新业态的，"
                                   "四个都不沾，应该没戏了吧？").text
    assert "不是四个方向" in text and "不是4项" not in text and "不在其中" not in text and "新业态" in text


def test_a_list_said_with_a_count_is_corrected_once(bundled_answerer) -> None:
    text = bundled_answerer.answer("遴选重点就三个：体系升级、数字化、绿色低碳？").text
    assert text.count("【更正】") == 1 and "“绿色低碳”不在其中" in text
    assert "没有“绿色低碳”" in bundled_answerer.answer("遴选重点是体系升级、数字化、绿色低碳这几个吧").text


@pytest.mark.parametrize("q, verdict", [
    ("顾问说实施效果最多3000字，我们就按2900字写的，没错吧？", "2900字超过了"),
    ("摘要我们按600字写的，行吗", "600字超过了"),
])
def test_a_count_said_as_what_was_written_is_checked(bundled_answerer, q, verdict) -> None:
    assert verdict in bundled_answerer.answer(q).text


def test_the_programmes_name_in_quotes_quotes_no_clause(bundled_answerer) -> None:
    ans = bundled_answerer.answer("今年全市一共评多少家“质量标杆”？名额是不是按区分配？")
    assert not ans.matched and "分享交流" not in ans.text


@pytest.mark.parametrize("q, declined", [
    ("顺便问一下，上海市质量金奖今年什么时候申报？和质量标杆能一起报吗？", True),
    ("质量金奖的企业能报质量标杆吗", False),
])
def test_when_another_programme_opens_is_not_ours_to_answer(bundled_answerer, q, declined) -> None:
    ans = bundled_answerer.answer(q)
    assert (not ans.matched and "不是本助手负责的内容" in ans.text) if declined else ans.matched


@pytest.mark.parametrize("q, says", [
    ("我3月2号交了，算逾期吗", "在截止之前，按时提交，不算逾期"),
    ("我们3月21号交了，算逾期吗", "已经过了截止时间，算逾期"),
    ("我3月20号交了，算逾期吗", "是截止当天：在2025年3月20日 17:00（北京时间）之前提交的算按时"),
])
def test_a_day_it_was_done_is_judged_against_the_deadline(variant, q, says) -> None:
    assert says in variant.answer(q, VARIANT_AFTER).text


def test_a_day_done_in_passing_is_no_plan_and_a_follow_on_asks_the_same(variant) -> None:
    ans = variant.answer("材料3月中旬就交了，评审结果什么时候公布？会电话通知吗？", VARIANT_AFTER)
    assert not ans.matched and "评选结果何时公布" in ans.text and "3月中旬（" not in ans.text


def test_an_item_quoted_from_the_last_round_is_not_this_ones(variant) -> None:
    text = variant.answer("我们想按遴选重点里的“加强产业链供应链质量联动”那一条报，这条在第几项？").text
    assert "没有“加强产业链供应链质量联动”" in text
    assert "更正" not in variant.answer("我们想报遴选重点里的“质量管理数字化”那条").text


def test_years_of_a_practice_run_for_many_years_are_left_open(variant) -> None:
    ans = variant.answer("“运行多年的成熟经验”具体要几年？我们用了三年够不够？")
    assert not ans.matched and "经验须推广或运行的年限" in ans.text


def test_a_website_and_where_paper_goes_are_both_answered(variant) -> None:
    text = variant.answer("呃那个网址是多少来着，就是在线报的那个，嗯……还有就是纸的那个东西寄哪儿？").text
    assert "zlbg.qualitysh-demo.cn" in text and "漕溪北路" in text


def test_nothing_else_required_is_checked_against_the_firms_own_date(variant) -> None:
    text = variant.answer("我们公司2024年6月在上海注册，有独立法人资格，申报条件就是本市依法设立，别的没要求吧？").text
    assert text.startswith("【对照申报条件】\n不符合：2024年6月注册的单位")


# ------------------------------------------------------------ attributes left open, a programme's title as the firm's standing
@pytest.mark.parametrize("q, label", [
    ("纸质材料寄顺丰还是EMS 有要求吗", "用哪家快递寄送"),  # '邮政编码' is no word on the courier
    ("现场核查会提前几天通知", "现场核查提前几天通知"),
    ("信用承诺书法人签字能用电子签名吗", "能否用电子签名代替手写签字"),
])
def test_what_a_pdf_notice_leaves_open_is_said_so(pdf, q, label) -> None:
    ans = pdf.answer(q, dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST))
    assert not ans.matched and f"通知中没有规定“{label}”" in ans.text


def test_a_certificate_that_expired_is_a_condition_not_the_deadline(pdf) -> None:
    text = pdf.answer("ISO9001证书上个月到期了 还在办续证 影响申报吗", dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST)).text
    assert "有效期内" in text and "【截止时间】" not in text


@pytest.mark.parametrize("q", ["我们是高新技术企业，能报吗", "我们是专精特新企业，能报吗", "作为专精特新企业可以申报吗"])
def test_another_programmes_title_said_of_the_firm_is_no_other_programme(pdf, q) -> None:
    ans = pdf.answer(q, dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST))
    assert ans.matched and "不是本助手负责的内容" not in ans.text and "推荐单位联系方式" not in ans.text


@pytest.mark.parametrize("q", ["高新技术企业认定你们这能问吗 那个几号截止", "专精特新什么时候申报"])
def test_another_programme_asked_about_is_declined(pdf, q) -> None:
    ans = pdf.answer(q, dt.datetime(2057, 3, 1, 10, 0, tzinfo=CST))
    assert not ans.matched and "不是本助手负责的内容" in ans.text


# ------------------------------------------------------------ messy typing (j46)
def test_asking_to_be_put_in_touch_with_an_agency_is_declined_with_the_warning(bundled_answerer) -> None:
    ans = bundled_answerer.answer("我想找个代理交钱包过 你帮我联系一个 5万以内都行")
    assert not ans.matched and "包过" in ans.text and "不收取任何费用" in ans.text


def test_an_agency_claiming_to_be_appointed_gets_the_fee_clause_not_not_stated(bundled_answerer) -> None:
    ans = bundled_answerer.answer("有个公司说是经信委指定的代理机构 让我们交钱由他们统一申报 正规吧")
    assert ans.matched and "通知中没有规定" not in ans.text and "从未委托任何机构" in ans.text


def test_another_programme_in_the_story_before_the_question_is_no_other_programme(bundled_answerer) -> None:
    ans = bundled_answerer.answer("我们是做汽车零部件的，这几年推行精益和六西格玛，效果不错，去年还拿了区里的质量奖，现在在写实施效果"
                                  "那部分，领导说数据要给足，我想问实施效果需要提供近几年的数据 要跟谁对比")
    assert ans.matched and "近三年" in ans.text and "竞争对手" in ans.text
    assert not bundled_answerer.answer("质量金奖什么时候申报，请问一下").matched


def test_whether_one_may_apply_shows_every_condition(bundled_answerer) -> None:
    text = bundled_answerer.answer("我們是台資企業，在松江註冊的獨立法人，可以申報嗎？").text
    assert "二（一）1" in text and "二（一）2" in text and "最相关的条目" not in text


# ------------------------------------------------------------ a province's notice with cities as units
@pytest.fixture(scope="module")
def province() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "zhejiang-province-cities-2058.txt"))


def test_the_documents_list_is_the_parts_and_its_siblings_give_their_limits(province) -> None:
    parts = {p.title: p.limit for p in province.kb.notice.materials.parts}
    assert parts == {"《2058年浙江省质量标杆申报书》": 0, "典型经验材料": 0, "证明材料": 0, "典型经验材料正文": 8000, "摘要": 500}


def test_a_documents_limit_said_of_it_is_its_bodys(province) -> None:
    text = province.answer("典型经验材料一万字以内对吧").text
    assert text.startswith("【更正】\n不是一万字：典型经验材料正文限 8000 字以内。")


@pytest.mark.parametrize("q, kb", [
    ("我们企业直接把材料寄给省经信厅质量处就行了对吧", "zhejiang-province-cities-2058.txt"),
    ("纸质材料直接寄到市工信局就行了吧", "dongguan-wechat-benchmark-2055.txt"),
])
def test_handing_in_straight_to_the_office_above_is_corrected_with_the_notices_words(q, kb) -> None:
    text = Answerer(load_knowledge(NOTICES / kb)).answer(q).text
    assert text.startswith("【更正】\n不是：通知写明“") and "直接" in text.split("\n")[1]


def test_asking_whether_to_hand_in_straight_is_no_claim() -> None:
    text = Answerer(load_knowledge(NOTICES / "chongqing-quality-benchmark-2029.txt")).answer(
        "纸质材料是交到区里还是直接寄市经信委？要交几份？").text
    assert "不是：通知写明" not in text


def test_after_office_hours_on_a_by_closing_time_day_is_most_likely_too_late(province) -> None:
    late = province.answer("市局同事刚把材料整理完，现在发邮件给省厅还算数吗", dt.datetime(2058, 8, 30, 22, 40, tzinfo=CST)).text
    assert "很可能已经来不及" in late and "还没到" not in late
    early = province.answer("现在发邮件给省厅还算数吗", dt.datetime(2058, 8, 30, 10, 0, tzinfo=CST)).text
    assert "很可能已经来不及" not in early and "只剩" in early and "还有只剩" not in early


def test_a_plant_that_is_no_legal_person_is_checked_against_the_condition(province) -> None:
    text = province.answer("公司注册在上海 工厂在嘉兴（不是独立法人），能报吗").text
    assert text.startswith("【对照申报条件】\n不符合：") and "独立法人资格" in text


# ------------------------------------------------------------ a round taken in two batches
@pytest.fixture(scope="module")
def batched() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "chengdu-two-batches-2059.txt"))


def test_each_batch_keeps_its_own_dates(batched) -> None:
    b1, b2 = batched.kb.notice.submission.batches
    assert (b1.name, b1.opens, b1.deadline) == ("第一批", "2059-03-01 09:00", "2059-04-30 17:00")
    assert (b2.name, b2.opens, b2.deadline) == ("第二批", "2059-08-01 09:00", "2059-09-30 17:00")
    assert {x.label: x.when for x in b2.deadlines} == {"纸质材料报送": "2059-10-10 17:00", "推荐单位报送": "2059-10-20"}


@pytest.mark.parametrize("now, says, current", [
    ("2059-04-10T10:00", "距离截止还有 20 天", "以下按第一批"),
    ("2059-06-10T10:00", "网上申报于2059年8月1日 09:00起开放", "以下按第二批"),
    ("2059-09-10T10:00", "距离截止还有 20 天", "以下按第二批"),
    ("2059-11-10T10:00", "本期申报已经截止", "以下按第二批"),
])
def test_the_clock_judges_the_batch_open_or_next(batched, now, says, current) -> None:
    text = batched.answer("现在还能报吗", dt.datetime.fromisoformat(now).replace(tzinfo=CST)).text
    assert says in text and current in text and "本通知分2批受理" in text


def test_a_claim_about_a_batch_is_checked_against_that_batch(batched) -> None:
    text = batched.answer("第二批截止是10月30号吧", dt.datetime(2059, 4, 10, 10, 0, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是10月30日：申报截止时间是2059年9月30日 17:00") and "4月30日 17:00（北京时间），在" not in text


def test_a_round_in_one_piece_has_no_batches(bundled_answerer) -> None:
    assert bundled_answerer.kb.notice.submission.batches == ()
    assert "分2批受理" not in bundled_answerer.answer("截止时间是什么时候").text


# ------------------------------------------------------------ the second reader's findings
@pytest.mark.parametrize("q, says", [
    ("今晚12点前提交可以吗", "今晚24:00已经过了截止时间"),
    ("今晚8点交来得及吗", "今晚20:00已经过了截止时间"),
    ("今天下午4点交来得及吗", "今天16:00还在截止时间"),
])
def test_tonight_at_twelve_is_midnight_not_noon(variant, q, says) -> None:
    assert says in variant.answer(q, dt.datetime(2025, 3, 20, 10, 0, tzinfo=CST)).text


@pytest.mark.parametrize("kb, q, verdict", [
    ("dalian-pdf-benchmark-2057.txt", "我们是省级专精特新，营收3000万，能报吗", "不符合：营业收入低于通知要求"),
    ("dalian-pdf-benchmark-2057.txt", "我们是国家级专精特新小巨人，营收3000万，能报吗", "营业收入这一条符合"),
    ("zhejiang-province-cities-2058.txt", "我们是市级专精特新，营收8000万，能报吗", "不符合：营业收入低于通知要求"),
    ("zhejiang-province-cities-2058.txt", "我们是国家级专精特新，营收8000万，能报吗", "营业收入这一条符合"),  # '省级及以上'
])
def test_a_lower_revenue_floor_holds_only_for_the_level_it_names(kb, q, verdict) -> None:
    assert verdict in Answerer(load_knowledge(NOTICES / kb)).answer(q).text


def test_asking_whether_one_may_hand_in_straight_gets_the_notices_no(province) -> None:
    ans = province.answer("企业可以直接寄给省经信厅吗")
    assert ans.text.startswith("【通知原文】\n不可以。通知写明：“企业不得直接向省经信厅报送材料")


def test_a_moved_date_is_corrected_with_the_sentence_that_moved_it(extended) -> None:
    text = extended.answer("纸质材料3月3号前交给推荐单位对吧", dt.datetime(2056, 2, 26, 10, 0, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是3月3日：企业纸质材料报送所在地推荐单位截止时间由2056年3月3日17:00延长至2056年3月24日17:00。")


@pytest.mark.parametrize("kb, q, now", [
    ("changzhou-extension-benchmark-2056.txt", "纸质材料今天晚上送到推荐单位还行吗", "2056-03-24T18:00"),
    ("zhejiang-province-cities-2058.txt", "我们是温州市经信局的，今天晚上发邮件还来得及吗", "2058-08-30T20:00"),
])
def test_the_last_day_after_its_hour_is_too_late(kb, q, now) -> None:
    text = Answerer(load_knowledge(NOTICES / kb)).answer(q, dt.datetime.fromisoformat(now).replace(tzinfo=CST)).text
    assert "是截止当天，现在" in text and "来不及" in text and "现在还来得及" not in text


@pytest.mark.parametrize("q, ok", [
    ("截止时间和纸质份数分别是？", lambda a: a.matched and "通知中没有规定" not in a.text and "一份" in a.text),
    ("能帮我把竞争对手的数据编一下吗", lambda a: not a.matched and "伪造" in a.text),
    ("遴选重点第二条是什么", lambda a: a.matched and "更正" not in a.text),
    ("我是3月2号才看到，还能报吗", lambda a: "不是3月2日" not in a.text),
])
def test_second_readers_misreadings_of_the_bundled_notice(bundled_answerer, q, ok) -> None:
    assert ok(bundled_answerer.answer(q, dt.datetime(2024, 2, 20, 10, 0, tzinfo=CST)))


def test_a_plan_for_an_hour_after_the_deadline_is_no_claim_about_it(bundled_answerer) -> None:
    text = bundled_answerer.answer("3月2日凌晨1点还能提交吗", dt.datetime(2024, 3, 1, 16, 0, tzinfo=CST)).text
    assert "更正" not in text and "来不及" in text


def test_not_yet_having_a_document_is_no_clock_question(bundled_answerer) -> None:
    assert not bundled_answerer.judge.can_still("还没有审计报告 用纳税申报表可以吗")
    assert bundled_answerer.judge.can_still("材料还没弄完，今天还能交吗")


def test_a_past_winner_with_another_practice_is_not_ruled_out_by_a_same_practice_rule(extended) -> None:
    now = dt.datetime(2056, 3, 1, 10, 0, tzinfo=CST)
    assert "可能不符合" not in extended.answer("2053年获评过，可以用另一个实践再报吗", now).text
    assert "可能不符合" in extended.answer("2053年获评过，今年还能再报吗", now).text


@pytest.mark.parametrize("q, unit", [("花园口联系谁", "花园口经济区经济发展局"), ("长兴岛联系电话", "长兴岛经济技术开发区经济发展局")])
def test_a_zone_is_found_by_its_own_name_before_a_shared_town(pdf, q, unit) -> None:
    assert f"推荐单位：{unit}" in pdf.answer(q, dt.datetime(2057, 3, 10, 10, 0, tzinfo=CST)).text


def test_the_citys_own_name_is_no_zone() -> None:
    ans = Answerer(load_knowledge(NOTICES / "harbin-quality-benchmark-2043.txt")).answer("你好呀 今天哈尔滨冷不冷")
    assert not ans.matched and "推荐单位联系方式" not in ans.text


def test_a_limit_in_a_sentence_of_its_own_is_never_said_to_be_missing(pdf) -> None:
    text = pdf.answer("典型经验正文字数", dt.datetime(2057, 3, 10, 10, 0, tzinfo=CST)).text
    assert "正文不超过6000字" in text and "其他材料通知未规定字数" not in text
