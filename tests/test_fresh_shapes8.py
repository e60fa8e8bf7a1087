"""Judgement met in a further round of fresh sets: a finished-by-day question without a submission verb, either-or
and follow-up clauses beside something the notice leaves open, a quota asked of one's own district, joint
applications and years of use, a gift offered in private, a common word read as a typo, whom to call about the
conditions, a revenue said to be enough, a unit's address a notice does not give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
BEFORE = dt.datetime(2024, 2, 26, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Monday; the Friday is 3月1日


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge())


@pytest.fixture(scope="module")
def windowed() -> Answerer:
    """Two categories with their own revenue floors; units only in an attachment table, without addresses."""
    return Answerer(load_knowledge(NOTICES / "shijiazhuang-quality-benchmark-2049.txt"))


@pytest.fixture(scope="module")
def capped() -> Answerer:
    """A next round that caps how many firms each unit recommends, and states the file type and size of uploads."""
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2049-2050.txt"))


# ------------------------------------------------------------ "can I still…" without a submission verb
@pytest.mark.parametrize("q", ["这周五之前弄完就行吧？", "周五前搞定就可以吧", "这周五之前交就行吧", "明天交上去就行吧"])
def test_finishing_by_a_day_is_a_question_of_the_clock(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert ans.matched and "2024年3月1日 24:00" in ans.text and "距离截止还有" in ans.text


def test_a_day_after_the_deadline_is_too_late(bundled) -> None:
    text = bundled.answer("下周一之前搞定就可以吧", BEFORE).text
    assert "下周一（2024年3月4日）已经过了截止时间" in text


# ------------------------------------------------------------ what the notice leaves open, with clauses beside it
@pytest.mark.parametrize("q, label", [
    ("纸质材料是以邮戳时间为准，还是必须3月1号之前寄到？", "以邮戳还是寄达时间为准"),
    ("通知说必要时会现场考察，那一般几月份来？会提前几天通知？", "现场核查或考察的时间安排"),
])
def test_the_other_option_or_a_follow_up_of_an_open_question_is_part_of_it(bundled, q, label) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "通知中没有规定" in ans.text and label in ans.text


def test_an_either_or_about_another_topic_is_still_answered(bundled) -> None:
    ans = bundled.answer("我们把总结材料和证实性材料打印装订了5本，直接寄到武夷路就行了吧", BEFORE)
    assert ans.matched and "武夷路" in ans.text


@pytest.mark.parametrize("q", ["我们和上游供应商想联合起来申报同一项经验，两家一起报可以吗", "能不能两家企业联合申报",
                               "可以和兄弟单位共同申报吗", "Can two companies apply jointly?"])
def test_a_joint_application_is_left_open_with_the_one_item_rule(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "同一单位原则上只能申报一项经验" in ans.text


@pytest.mark.parametrize("q", ["典型经验要推广满几年才可以报？我们做了三年够不够", "这个方法运行了几年才算成熟",
                               "管理方法推行多少年才可以申报"])
def test_years_of_use_are_left_open_and_the_criterion_is_quoted(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "经验须推广或运行的年限" in ans.text and "推广多年的成熟方法" in ans.text
    assert "成立或注册年限" not in ans.text


def test_years_since_registration_are_still_their_own_question(bundled) -> None:
    assert "成立或注册年限" in bundled.answer("公司成立几年才可以报", BEFORE).text


# ------------------------------------------------------------ quotas
@pytest.mark.parametrize("q", ["我是杨浦区商务委的，想问下我们区今年能推荐几家？名额有上限吗", "我们区今年能推荐几家？名额有上限吗",
                               "本区可以推荐多少家"])
def test_a_quota_asked_of_ones_own_district_is_left_open_when_none_is_set(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "名额或入选比例" in ans.text and "字以内" not in ans.text


@pytest.mark.parametrize("q", ["每个区能推荐多少家企业", "我们区今年能推荐几家？名额有上限吗", "我是黄浦区商务委的，我们区能推荐几家"])
def test_a_set_quota_is_quoted_never_called_unstated(capped, q) -> None:
    ans = capped.answer(q, BEFORE)
    assert ans.matched and "不超过8家" in ans.text and "没有规定" not in ans.text


# ------------------------------------------------------------ uploads, gifts, typos, contacts
def test_file_type_and_size_of_uploads_are_quoted(capped) -> None:
    ans = capped.answer("上传文件有格式要求吗？大小限多少", BEFORE)
    assert ans.matched and "PDF" in ans.text and "20MB" in ans.text


def test_a_font_size_is_not_a_file_size(capped) -> None:
    assert "文件大小" not in capped.answer("字体大小有限制吗", BEFORE).text


@pytest.mark.parametrize("q", ["评审专家都有谁？能不能私下联系一下送点心意", "私下给联系人送点东西行吗", "能不能偷偷给评委塞个红包"])
def test_a_gift_offered_in_private_is_declined_with_the_warning(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "送礼、行贿或托关系疏通" in ans.text and "申报不收费" in ans.text


def test_a_private_question_without_a_gift_is_not_bribery(bundled) -> None:
    assert "行贿" not in bundled.answer("能私下问一下评审结果吗", BEFORE).text


@pytest.mark.parametrize("q", ["我们之前从来没报过，申报网站是哪个", "去年报了，今年还要注册吗", "从来没报过这个，申报条件是什么"])
def test_having_applied_before_is_not_a_promise_of_selection(bundled, q) -> None:
    assert "申报不收费" not in bundled.answer(q, BEFORE).text


def test_whom_to_call_about_the_conditions_is_the_policy_line(windowed) -> None:
    text = windowed.answer("想问下对申报条件有不明白的地方该打哪个电话问？顺便问下申报网站是哪个", BEFORE).text
    assert "政策咨询：市工业和信息化局质量发展处 王立新 0311-86682107" in text and "赵晓楠" not in text
    assert "https://qyfw.sjzgxj-demo.cn" in text


def test_the_consultation_lines_asked_beside_the_conditions_are_all_given(windowed) -> None:
    text = windowed.answer("申报条件和咨询电话", BEFORE).text
    assert "王立新" in text and "赵晓楠" in text


# ------------------------------------------------------------ revenue said to be enough; a unit's address
@pytest.mark.parametrize("q", ["标杆营收一个亿就够了对吧", "营收一个亿就够了吧", "我们营收1个亿，也够了吧"])
def test_a_revenue_said_to_be_enough_is_checked_per_category(windowed, q) -> None:
    text = windowed.answer(q, BEFORE).text
    assert "申报“质量标杆”类别：营业收入低于要求，不符合" in text and "不低于2亿元" in text
    assert "““" not in text


@pytest.mark.parametrize("q", ["高新区科技经济发展局地址在哪", "正定县工信局在哪里办公", "经开区经济发展局的地址"])
def test_a_units_address_the_notice_lacks_is_left_open_with_its_phone(windowed, q) -> None:
    ans = windowed.answer(q, BEFORE)
    assert not ans.matched and "办公地点" in ans.text and "0311-" in ans.text


def test_a_units_address_the_notice_gives_is_answered(bundled) -> None:
    ans = bundled.answer("杨浦区商务委地址在哪", BEFORE)
    assert ans.matched and "惠民路 800 号" in ans.text


# ------------------------------------------------------------ a government web page's copy
@pytest.fixture(scope="module")
def webpage() -> Answerer:
    """Copied from a 政务公开 page: breadcrumbs and a metadata block on top, attachments, links and a footer below."""
    return Answerer(load_knowledge(NOTICES / "changchun-quality-benchmark-2050.txt"))


def test_the_pages_chrome_is_not_the_notice(webpage) -> None:
    meta = webpage.kb.notice.meta
    assert meta.doc_number == "长工信发〔2050〕37号" and meta.addressees.startswith("各县（市）区工业和信息化局")
    body = "".join(c.text for c in webpage.kb.notice.passages)
    assert "上一篇" not in body and "ICP" not in body and "索引号" not in body


def test_an_attachment_list_one_item_a_line_keeps_whole_titles(webpage, bundled) -> None:
    assert webpage.kb.notice.attachments.items == ("附件1：2050年长春市质量标杆申报书", "附件2：2050年长春市质量标杆推荐汇总表")
    assert bundled.kb.notice.attachments.items[1] == "附件2：上海市“质量标杆”申报流程"


def test_the_other_notice_linked_below_is_another_programme(webpage) -> None:
    ans = webpage.answer("技术改造项目那个通知申报截止是哪天", BEFORE)
    assert not ans.matched and "技术改造项目" in ans.text and "4月10日" not in ans.text


@pytest.mark.parametrize("q", ["我们公司在高新区，找哪个单位推荐", "长春高新区的企业找谁", "gaoxin区找谁"])
def test_the_citys_own_high_tech_zone_goes_to_the_unit_that_covers_it(webpage, q) -> None:
    text = webpage.answer(q, BEFORE).text
    assert "长春新区经济发展局" in text and "0431-81338024" in text and "净月" not in text


def test_a_zone_with_its_own_name_is_found_by_it(webpage) -> None:
    text = webpage.answer("净月高新区的找谁", BEFORE).text
    assert "净月高新区经济发展局" in text and "长春新区经济发展局" not in text


def test_a_zone_named_with_its_city_is_one_place_not_two() -> None:
    hefei = Answerer(load_knowledge(NOTICES / "hefei-quality-benchmark-2030.txt"))
    text = hefei.answer("新站高新区找谁", BEFORE).text
    assert "合肥新站高新区经贸局" in text and "合肥高新区经贸局" not in text
    assert "合肥高新区经贸局" in hefei.answer("高新区找谁", BEFORE).text


def test_high_tech_zones_none_named_after_the_city_are_asked_about() -> None:
    from knowledge.language import District, zones_shared
    places = {"a": District("东湖高新区", "东湖", towns=("高新",)), "b": District("西山高新区", "西山", towns=("高新",))}
    kept, shared = zones_shared(places, "某某市")
    assert {s.name for s in shared} == {"高新区", "高新"} and all("高新" not in p.towns for p in kept.values())
    kept, shared = zones_shared({**places, "c": District("某某新区", "新区", towns=("某某高新区",))}, "某某市")
    assert not shared and "高新区" in kept["c"].towns and "高新" not in kept["a"].towns


def test_a_count_said_of_the_selection_is_corrected_with_the_notices(webpage) -> None:
    text = webpage.answer("听说这次市里要评50家？", BEFORE).text
    assert text.startswith("【更正】\n不是") and "不超过30项" in text and "（出处：四（四））" in text


@pytest.mark.parametrize("q", ["去年全市一共评上了几家质量标杆", "往年入选的名单在哪看", "以前评上了哪些企业"])
def test_earlier_rounds_results_are_left_open(webpage, q) -> None:
    assert not webpage.answer(q, BEFORE).matched


def test_a_past_winner_asking_to_apply_again_gets_the_conditions(webpage) -> None:
    ans = webpage.answer("去年评上的企业今年还能报吗", BEFORE)
    assert ans.matched and "不得以同一经验重复申报" in ans.text


def test_a_template_said_to_be_downloaded_is_quoted(webpage) -> None:
    ans = webpage.answer("申报书模板在哪下", BEFORE)
    assert ans.matched and "从平台下载打印申报书" in ans.text


# ------------------------------------------------------------ what is asked beside the answer
@pytest.mark.parametrize("q", ["截止是3月1号没错吧？另外这次一共评多少家，评上有没有奖励资金？", "武夷路258号的邮编是多少？快递单上要填",
                               "我们区今年推荐名额有几个？上限多少家？"])
def test_a_message_asking_mostly_what_the_notice_leaves_open_is_not_matched(bundled, q) -> None:
    assert not bundled.answer(q, BEFORE).matched


@pytest.mark.parametrize("q", ["现在还能报今年的质量标杆不？错过了的话下一批什么时候开始", "请问申报时间从什么时候开始到什么时候结束",
                               "我们昨天晚上才把材料弄好，结果系统好像已经关了传不上去。能不能通融一下让我们补交？"])
def test_a_message_answered_with_one_thing_left_open_beside_is_matched(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert ans.matched and "2024年3月1日 24:00" in ans.text


def test_result_as_a_conjunction_asks_no_result(bundled) -> None:
    text = bundled.answer("材料弄好了，结果网站打不开，怎么办", BEFORE).text
    assert "评选结果" not in text


@pytest.mark.parametrize("q", ["总结材料和证实性材料也要打印装订寄一份纸质版过去吧？", "总结材料也要寄纸质版吧", "营业执照也要寄纸质的吧"])
def test_documents_said_to_go_on_paper_are_corrected(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert ans.matched and "不需要" in ans.text and "其他申报材料在线提交即可" in ans.text


def test_the_application_form_on_paper_is_not_corrected(bundled) -> None:
    assert "不需要" not in bundled.answer("申报信息表也要寄纸质版吧", BEFORE).text


@pytest.mark.parametrize("q", ["我们这边只是盖个章就完了，还是也要对照什么进行审核把关？", "推荐单位的职责是什么", "我们区商务委除了盖章还要审核吗"])
def test_an_officer_asking_the_units_duties_gets_their_clause(bundled, q) -> None:
    assert "对照上海市“质量标杆”的基本条件和遴选标准" in bundled.answer(q, BEFORE).text


def test_a_consultants_employer_is_not_the_applicant(bundled) -> None:
    text = bundled.answer("我是一家咨询公司的新人，帮客户整理申报思路。老板说可以把客户的经验拆成三项分别报，同一家单位可以这样报多项吗？",
                          BEFORE).text
    assert "同一单位原则上只能申报一项经验" in text and "非制造业" not in text


@pytest.mark.parametrize("q", ["材料月底前弄好就行？", "15号前传上去就可以", "下周三之前交就行"])
def test_done_before_a_day_is_a_clock_question(bundled, q) -> None:
    early = dt.datetime(2024, 2, 5, 10, 0, tzinfo=BEFORE.tzinfo)
    assert "距离截止还有" in bundled.answer(q, early).text


# ------------------------------------------------------------ a short notice to the units; requirements in tables
@pytest.fixture(scope="module")
def short() -> Answerer:
    """Addressed to the units: firms hand in to their county, the only date is the units' own, no units' contacts."""
    return Answerer(load_knowledge(NOTICES / "xuzhou-quality-benchmark-2052.txt"))


@pytest.fixture(scope="module")
def tabled() -> Answerer:
    """A schedule table with who does each step, and a materials table with each document's limits and copies."""
    return Answerer(load_knowledge(NOTICES / "nantong-quality-benchmark-2051.txt"))


def test_the_units_date_is_given_as_theirs_when_firms_hand_in_through_them(short) -> None:
    sub = short.kb.notice.submission
    assert sub.deadline == "2052-05-20" and sub.set_by.startswith("企业向所在县（市）、区工信局")
    text = short.answer("截止时间是哪天", BEFORE).text
    assert "通知没有规定统一的申报截止时间，请向推荐单位确认" in text and "推荐单位完成推荐的截止时间：2052年5月20日" in text


def test_where_the_units_send_is_their_destination(short) -> None:
    text = short.answer("材料最后送到市里哪个地方 具体地址", BEFORE).text
    assert "【推荐单位汇总报送至】" in text and "东区3号楼419室" in text


def test_a_contact_person_and_phone_on_two_lines_are_one_contact(short) -> None:
    c = short.kb.notice.consultation.policy
    assert (c.person, c.phone, c.org) == ("韩立冬", "0516-83736215", "市工业和信息化局质量处")


@pytest.mark.parametrize("q", ["pizhou的企业材料交给谁呀", "我们企业报给谁", "向谁申报"])
def test_whom_to_hand_in_to_is_the_route_when_no_units_are_listed(short, q) -> None:
    ans = short.answer(q, BEFORE)
    assert ans.matched and "企业向所在县（市）、区工信局或开发区经发局报送申报材料" in ans.text


def test_a_timeline_tables_actor_column_says_whose_step_it_is(tabled) -> None:
    steps = {x.label: x.when for x in tabled.kb.notice.submission.deadlines}
    assert steps == {"纸质材料报送": "2051-04-10 17:00", "推荐单位报送": "2051-04-25 17:00"}  # the window closes at 17:00


def test_a_materials_tables_row_gives_the_forms_copies(tabled) -> None:
    text = tabled.answer("申报书纸质的要几份", BEFORE).text
    assert "材料名称：南通市质量标杆申报书（系统导出打印）" in text and "份数：2份" in text and "序号" not in text
    assert tabled.answer("申报书交1份就够了吧", BEFORE).text.startswith("【更正】\n不是1份：纸质材料2份。")


@pytest.mark.parametrize("q", ["能发word吗", "用wps写可以吗", "可以交word版吗"])
def test_a_word_file_asked_of_a_notice_that_refuses_it(q) -> None:
    taiyuan = Answerer(load_knowledge(NOTICES / "taiyuan-quality-benchmark-2045.txt"))
    ans = taiyuan.answer(q, BEFORE)
    assert ans.matched and "不接受Word" in ans.text


@pytest.mark.parametrize("q", ["我们是企业，材料最晚哪天交给区里？", "铜山区工信局让我们哪天前把材料交上去？", "最晚哪天交给区县"])
def test_a_firms_own_date_with_its_unit_is_left_open_when_the_notice_gives_only_the_units(short, q) -> None:
    ans = short.answer(q, BEFORE)
    assert not ans.matched and "2052年5月20日" in ans.text


def test_a_firms_own_date_is_answered_where_the_notice_gives_it(bundled) -> None:
    ans = bundled.answer("材料最晚哪天交给区里？", BEFORE)
    assert ans.matched and "2024年3月1日 24:00" in ans.text


@pytest.mark.parametrize("q", ["附件在哪下载啊 群里只转了正文", "附件从哪里下", "哪里可以下载附件"])
def test_where_to_download_attachments_is_left_open_unless_said(short, q) -> None:
    ans = short.answer(q, BEFORE)
    assert not ans.matched and "附件的下载地址" in ans.text and "0516-83736215" in ans.text


def test_the_attachments_are_listed_however_asked(short) -> None:
    text = short.answer("这个通知附件都有哪些", BEFORE).text
    assert "附件1：2052年度徐州市质量标杆申报材料编写要求" in text and "附件2：2052年度徐州市质量标杆推荐汇总表" in text


# ------------------------------------------------------------ found by a second reader
@pytest.mark.parametrize("q, now, said", [
    ("3月2号凌晨1点提交的算按时吗", BEFORE, "3月2号（2024年3月2日）已经过了截止时间，来不及"),
    ("3月2日上午10点提交算按时吗", BEFORE, "3月2日（2024年3月2日）已经过了截止时间，来不及"),
    ("3月2号凌晨1点提交的算按时吗", dt.datetime(2024, 3, 1, 23, 0, tzinfo=BEFORE.tzinfo), "已经过了截止时间"),
    ("3月1日晚上11点提交的算按时吗", BEFORE, "3月1日23:00还在截止时间"),
])
def test_a_day_and_hour_asked_about_are_judged_together(bundled, q, now, said) -> None:
    text = bundled.answer(q, now).text
    assert said in text and "今天（" not in text and "【更正】" not in text


def test_an_hour_after_a_tables_deadline_is_too_late(tabled) -> None:
    text = tabled.answer("3月31日18:00提交算按时吗", dt.datetime(2051, 3, 20, 10, 0, tzinfo=BEFORE.tzinfo)).text
    assert "3月31日18:00已经过了截止时间" in text


def test_an_hour_is_not_corrected_where_the_notice_gives_none(short) -> None:
    text = short.answer("5月20号下午5点前交就行吧", dt.datetime(2052, 5, 10, 10, 0, tzinfo=BEFORE.tzinfo)).text
    assert "【更正】" not in text and "2052年5月20日" in text


@pytest.mark.parametrize("q", ["行距是1.5倍吧", "行间距为2倍吗"])
def test_a_line_spacing_said_with_its_word_first_is_corrected(bundled, q) -> None:
    text = bundled.answer(q, BEFORE).text
    assert text.startswith("【更正】\n不是") and "单倍行距" in text and "这样的规定" not in text


def test_a_line_spacing_asked_as_a_choice_is_not_corrected(bundled) -> None:
    assert "【更正】" not in bundled.answer("正文行距是1.5倍还是单倍", BEFORE).text


def test_a_site_corrected_names_the_notices_other_spelling(bundled) -> None:
    text = bundled.answer("申报网址是zlbg.saqm.org.cn对吧", BEFORE).text
    assert "http://zlbq.saqm.org.cn/" in text and "http://z1bg.saqm.org.cn/" in text and "不一致" in text


def test_the_first_unit_after_a_lead_in_is_read(webpage) -> None:
    text = webpage.answer("南关区联系人", BEFORE).text
    assert "南关区工业和信息化局" in text and "0431-88481205" in text


def test_the_deadline_hour_itself_is_not_before_it(bundled) -> None:
    text = bundled.answer("我们准备3月1号24点整提交", BEFORE).text
    assert "3月1号24:00正是截止时刻" in text and "来得及" not in text


def test_a_wrong_document_number_is_corrected(bundled) -> None:
    text = bundled.answer("文号是沪经信技〔2023〕1204号对吗", BEFORE).text
    assert text.startswith("【更正】\n不是沪经信技〔2023〕1204号：本通知的文号是沪经信技〔2023〕1240号。")
    assert "【更正】" not in bundled.answer("文号是沪经信技〔2023〕1240号吧", BEFORE).text


def test_a_number_of_the_forwarded_notice_is_not_corrected() -> None:
    forwarded = Answerer(load_knowledge(NOTICES / "foshan-forward-benchmark-2053.txt"))
    assert "【更正】" not in forwarded.answer("粤工信质函〔2053〕19号的截止是哪天对吧", BEFORE).text


def test_items_is_no_courier(bundled) -> None:
    ans = bundled.answer("How many items can one company apply for?", BEFORE)
    assert ans.matched and "only one experience" in ans.text and "courier" not in ans.text


def test_the_cd_asked_about_gets_the_sentence_that_names_it(short) -> None:
    assert "电子版光盘一份" in short.answer("需要光盘吗", BEFORE).text


def test_a_science_park_is_called_by_its_first_name(tabled) -> None:
    assert "苏锡通科技产业园区经济发展局" in tabled.answer("苏锡通园区找谁", BEFORE).text


def test_years_since_founding_said_with_a_number_are_checked_against_the_notice(bundled, tabled) -> None:
    assert not bundled.answer("公司要成立满三年才能报吗", BEFORE).matched
    assert "注册成立满3年" in tabled.answer("公司要成立满三年才能报吗", BEFORE).text


@pytest.mark.parametrize("q", ["只盖我们公司的章就行了吧，不用区里盖？", "不用推荐单位盖章吧", "只盖公司公章就行吧"])
def test_leaving_out_the_units_seal_is_corrected(bundled, q) -> None:
    assert bundled.answer(q, BEFORE).text.startswith("【更正】\n不行：申报信息表需加盖单位公章并经推荐单位盖章。")


def test_sharing_is_no_score(bundled) -> None:
    text = bundled.answer("我们不想参加分享交流活动，可以吗", BEFORE).text
    assert "积极参与质量标杆典型经验的相关分享交流活动" in text and "评分" not in text


@pytest.mark.parametrize("q", ["我们公司2023年10月刚注册，能申报吗", "我们纳税信用是C级，还有戏吗", "我们方法才用了半年，效果很好，能报吗"])
def test_a_firms_own_situation_gets_the_conditions(bundled, q) -> None:
    assert "【申报条件】" in bundled.answer(q, BEFORE).text


def test_a_paragraph_after_a_units_list_is_no_units_address(webpage) -> None:
    text = webpage.answer("汽开区找谁", BEFORE).text
    assert "长春汽开区产业发展局" in text and "地址：" not in text


def test_a_person_said_for_the_other_hotline_with_their_own_office_is_corrected(bundled) -> None:
    text = bundled.answer("政策方面的问题是找上海质量管理科学研究院的张竞之咨询吧？", BEFORE).text
    assert text.startswith("【更正】\n政策咨询的联系人不是张竞之") and "吴敏 23119416" in text
    assert "【更正】" not in bundled.answer("填报问题找上海质量管理科学研究院的张竞之吧", BEFORE).text


def test_two_sites_in_a_zone_and_its_district_get_both_units(bundled) -> None:
    text = bundled.answer("一个厂在张江，一个在临港滴水湖那边，两边推荐单位各是谁、电话多少？", BEFORE).text
    assert "28282754" in text and "15026503596" in text


@pytest.mark.parametrize("q", ["我们在昆山，能报上海的吗", "公司在杭州，可以申报吗"])
def test_a_firm_located_in_another_city_gets_the_area_condition(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert ans.matched and "在本市依法设立" in ans.text and "不符合" in ans.text


def test_a_factory_elsewhere_of_a_firm_registered_here_is_no_verdict(bundled) -> None:
    text = bundled.answer("我们工厂在昆山，注册在嘉定，能报吗", BEFORE).text
    assert "不符合" not in text and "嘉定区经委" in text


def test_years_of_use_stated_by_the_notice_are_quoted() -> None:
    forwarded = Answerer(load_knowledge(NOTICES / "foshan-forward-benchmark-2053.txt"))
    ans = forwarded.answer("申报的经验要用了几年以上才行", BEFORE)
    assert ans.matched and "成熟应用2年以上" in ans.text


def test_how_many_will_be_selected_finds_the_planned_number(tabled) -> None:
    ans = tabled.answer("一共评多少家", BEFORE)
    assert ans.matched and "20家左右" in ans.text and ("不超过5家" not in ans.text or ans.text.index("20家左右") < ans.text.index("不超过5家"))
