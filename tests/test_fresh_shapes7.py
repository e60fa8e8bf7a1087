"""Shapes of notice met in this round of fresh sets: towns and parks as the recommending units in a barred table, the
places a unit serves written in brackets, several dated steps of which the first only opens an account, a list of
cases that veto an application, and a place of another city asked of a city's notice. With the judgement they called
for: thanks beside a question, a third party's help asked about, another applicant's data, a reward's conditions,
and a claim that names a list's items."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.answer import Answerer
from knowledge.ingest.cover_names import cover_names
from knowledge.ingest.unwrap import _plain_headings
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"


@pytest.fixture(scope="module")
def towns() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "kunshan-quality-benchmark-2042.txt"))


@pytest.fixture(scope="module")
def steps() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "harbin-quality-benchmark-2043.txt"))


@pytest.fixture(scope="module")
def covers() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "xiamen-forward-benchmark-2032.txt"))


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge())


# ------------------------------------------------------------ towns and parks as units
@pytest.mark.parametrize("q, unit, phone", [
    ("花桥的找谁报", "花桥经济开发区经济发展和改革局", "18962678301"),
    ("zhouzhuang的联系人", "周庄镇经济服务中心", "13814875562"),
    ("周市镇经服中心电话", "周市镇经济服务中心", "13962648217"),
    ("千灯那边对接人是谁", "千灯镇经济服务中心", "0512-57469835"),
    ("我们在综保区里面，归哪个区镇推荐", "昆山开发区经济发展和改革局", "0512-57306287"),
    ("阳澄湖科技园的企业找谁", "昆山高新区经济发展和改革局", "0512-57368612"),
])
def test_a_town_of_a_barred_table_is_a_place_with_its_office(towns, q, unit, phone) -> None:
    ans = towns.answer(q)
    assert ans.matched and f"推荐单位：{unit}" in ans.text and phone in ans.text


def test_a_town_and_its_neighbour_are_not_confused(towns) -> None:
    text = towns.answer("周市镇经服中心电话").text
    assert "顾晨阳" in text and "徐丽娟" not in text


@pytest.mark.parametrize("q", [
    "老师您好，我是一家精密零部件公司的行政小刘，我们公司在陆家，想问下我们区镇这边的对接人是谁呀，谢谢🙏",
    "我们公司在陆家，对接人是谁，谢谢",
    "辛苦了，陆家镇的联系电话发我一下",
])
def test_thanks_beside_a_question_leave_the_question(towns, q) -> None:
    ans = towns.answer(q)
    assert ans.matched and "蒋文静" in ans.text


@pytest.mark.parametrize("q", ["谢谢", "好的谢谢", "辛苦了", "thanks"])
def test_thanks_alone_get_a_welcome_not_an_apology(towns, q) -> None:
    ans = towns.answer(q)
    assert not ans.matched and ("不客气" in ans.text or "welcome" in ans.text) and "抱歉" not in ans.text


@pytest.mark.parametrize("q, place", [
    ("我们在上海青浦白鹤，离花桥很近，可以让花桥那边推荐吗", "青浦区"),
    ("浦东的企业找谁", "浦东新区"),
])
def test_a_place_of_another_city_gets_the_notice_area_and_no_unit(towns, q, place) -> None:
    text = towns.answer(q).text
    assert f"{place}不在本通知的推荐单位之列" in text and "在昆山市行政区域内依法登记注册" in text
    assert "金晓雯" not in text and "18962678301" not in text


@pytest.mark.parametrize("q", ["把巴城镇其他申报企业的营收数据发我一份参考参考", "其他参评企业的申报书能发我看看吗"])
def test_another_applicants_data_is_declined(towns, q) -> None:
    ans = towns.answer(q)
    assert not ans.matched and "他人的数据" in ans.text


def test_a_reward_is_quoted_with_when_it_is_paid(towns) -> None:
    text = towns.answer("评上之后奖金马上就发下来对吧？").text
    assert "20万元" in text and "验收合格后拨付" in text


def test_a_sentence_on_another_thing_is_not_carried_with_the_reward() -> None:
    ans = Answerer(load_knowledge(NOTICES / "jiading-brand-zjtx-2026.txt")).answer("资助资金什么时候拨付")
    assert not ans.matched and "项目实施周期" not in ans.text


# ------------------------------------------------------------ places a unit serves, in brackets
@pytest.mark.parametrize("covers_, city, names", [
    ("火炬园、厦门软件园二期和三期、火炬（翔安）产业区", "厦门",
     ["软件园二期", "软件园三期", "软件园", "火炬产业区", "翔安火炬产业区"]),
    ("集美机械工业集中区、杏林湾商务营运中心", "厦门", ["集美机械工业集中区", "杏林湾商务营运中心", "杏林湾"]),
])
def test_the_places_a_unit_serves_are_named_as_users_write_them(covers_, city, names) -> None:
    got = cover_names(covers_, city)
    assert all(n in got for n in names)


@pytest.mark.parametrize("q, phone, not_phone", [
    ("我们在软件园三期 纸质材料找谁", "0592-5365290", "0592-6289517"),
    ("杏林湾那边的企业对接哪个区？", "0592-6289517", "0592-6083149"),
    ("火炬产业区找谁", "0592-5365290", "0592-7885016"),
])
def test_a_place_in_a_units_brackets_finds_that_unit(covers, q, phone, not_phone) -> None:
    text = covers.answer(q).text
    assert phone in text and not_phone not in text


def test_a_place_sent_to_the_wrong_units_office_is_corrected(covers) -> None:
    text = covers.answer("翔安火炬产业区的企业 交给翔安区工信局对吧").text
    assert text.startswith("【更正】\n不是翔安区：翔安火炬产业区属于火炬高新区") and "0592-7885016" not in text


# ------------------------------------------------------------ dated steps, and cases that veto
def test_registering_an_account_is_a_step_not_the_deadline(steps) -> None:
    when = steps.kb.deadline
    assert (when.month, when.day, when.hour) == (4, 24, 18)
    assert any(x.label == "系统注册" and "4月10日" in x.text for x in steps.kb.notice.submission.deadlines)


@pytest.mark.parametrize("q, must", [
    ("网上填报几点截止", "2043年4月24日 18:00"),
    ("网上填报是4月24号晚上12点截止对吧", "不是晚上12点"),
    ("注册截止是哪天", "系统注册：2043年4月10日"),
])
def test_each_step_is_answered_with_its_own_date(steps, q, must) -> None:
    assert must in steps.answer(q).text


@pytest.mark.parametrize("q", ["一票否决的情形都有哪些", "我们41年出过一次一般安全事故，不算较大的，算一票否决吗"])
def test_the_veto_list_is_given_whole(steps, q) -> None:
    text = steps.answer(q).text
    assert "【不予受理的情形】" in text and "较大及以上生产安全事故" in text and "弄虚作假" in text


def test_a_bad_credit_record_is_checked_against_the_credit_case(steps) -> None:
    text = steps.answer("之前被列入失信被执行人名单，上个月已经移出了，还能报不").text
    assert "尚未移出" in text and "突发环境事件" not in text.split("【", 2)[1]


@pytest.mark.parametrize("q", ["一定要找咨询公司帮忙写材料吗", "是不是得请专家帮忙写申报书"])
def test_asking_whether_a_third_party_must_write_it_is_no_ghost_writing_request(steps, q) -> None:
    assert "我不代写" not in steps.answer(q).text


@pytest.mark.parametrize("q", ["你帮忙写一下摘要", "帮忙写个企业概况"])
def test_asking_the_assistant_to_write_is_still_declined(steps, q) -> None:
    ans = steps.answer(q)
    assert not ans.matched and "我不代写" in ans.text


# ------------------------------------------------------------ a list's items, and two unstated questions
@pytest.mark.parametrize("q, wrong", [
    ("遴选标准就是科学性、系统性、经济性这三条吧", "经济性"),
    ("遴选重点是质量管理数字化和质量文化这两个方向吧", "质量文化"),
])
def test_a_list_with_an_item_it_does_not_have_is_corrected(bundled, q, wrong) -> None:
    text = bundled.answer(q).text
    assert text.startswith("【更正】\n不是：") and f"没有“{wrong}”" in text


def test_a_list_said_short_is_corrected_with_its_count(bundled) -> None:
    text = bundled.answer("遴选标准有科学性、系统性两条吧").text
    assert text.startswith("【更正】\n不是：通知的遴选标准共3条") and "显效性和发展性" in text


@pytest.mark.parametrize("q", ["遴选标准是科学性和创新性、系统性和示范性、显效性和发展性吧", "科学性和经济性分别怎么体现",
                               "我们的经验是数字化和精益生产，属于哪个方向"])
def test_a_list_said_right_or_asked_about_is_not_corrected(bundled, q) -> None:
    assert "【更正】" not in bundled.answer(q).text


@pytest.mark.parametrize("q", ["质量标杆称号有效期几年？到期要复审吗", "推荐到工信部的全国质量标杆，国家那边截止是几号"])
def test_one_unstated_question_in_two_phrases_is_unmatched(bundled, q) -> None:
    ans = bundled.answer(q)
    assert not ans.matched and "通知中没有规定" in ans.text


# ------------------------------------------------------------ e-mail to each unit, and a units' step after the deadline
@pytest.fixture(scope="module")
def mailed() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "taiyuan-quality-benchmark-2045.txt"))


@pytest.mark.parametrize("q, mailbox", [
    ("小店的邮箱", "xdgxjzl@126.com"),
    ("wanbolin邮箱", "wblqgxj@163.com"),
    ("综改区发给谁", "zgqjjfzb@163.com"),
    ("清徐的企业电子版发哪个邮箱", "qxxgxj@163.com"),
    ("不锈钢园区找谁", "bxgyqqyfw@126.com"),
])
def test_a_units_mailbox_column_is_on_its_card(mailed, q, mailbox) -> None:
    text = mailed.answer(q).text
    assert f"邮箱：{mailbox}" in text and "tygxjzlfz@163.com" not in text  # never the units' own mailbox at the city


def test_the_units_mailbox_is_checked_against_the_notice() -> None:
    kb = load_knowledge(NOTICES / "taiyuan-quality-benchmark-2045.txt")
    assert all(u.email for u in kb.notice.units.items)


@pytest.mark.parametrize("q, must", [
    ("邮件主题怎么写？有固定格式吗", "2045质量标杆+企业全称"),
    ("附件加起来超过20M了咋办", "分多封邮件发送"),
    ("能不能直接在网上系统填报？网址发我一下", "通过电子邮件发送至所在县（市、区）推荐单位电子邮箱"),
    ("电子版怎么交", "通过电子邮件发送至所在县（市、区）推荐单位电子邮箱"),
])
def test_the_rules_of_sending_by_e_mail_are_quoted(mailed, q, must) -> None:
    assert must in mailed.answer(q).text


@pytest.mark.parametrize("q", ["区里报市里截止是哪天", "推荐单位报市局最迟哪天"])
def test_a_units_step_dated_after_the_deadline_is_quoted_not_counted(mailed, q) -> None:
    text = mailed.answer(q).text
    assert "推荐单位报送：" in text and "于企业申报截止后10个工作日内" in text


def test_the_units_step_after_the_deadline_is_not_listed_for_the_firms_own_question(mailed) -> None:
    assert "10个工作日内" not in mailed.answer("截止时间").text


@pytest.mark.parametrize("q", ["我们集团下面有三个子公司，能不能都报", "集团和子公司能同时申报吗"])
def test_a_groups_own_rule_is_given_beside_one_item(mailed, q) -> None:
    assert "集团公司与其下属子公司不得同时申报" in mailed.answer(q).text


def test_a_units_deadline_asked_as_to_which_day_is_a_deadline_question() -> None:
    ans = Answerer(load_knowledge(NOTICES / "shenyang-quality-benchmark-2044.txt")).answer("区里推荐单位审核推荐是到几号")
    assert ans.matched and "推荐单位报送：2044年4月20日" in ans.text


@pytest.mark.parametrize("q", ["我是区经委的，每个区最多能推荐几家？", "每个区能推荐几家"])
def test_quotas_a_notice_does_not_set_are_said_to_be_unstated(bundled, q) -> None:
    ans = bundled.answer(q)
    assert not ans.matched and "通知中没有规定“名额或入选比例”" in ans.text


def test_quotas_a_notice_sets_are_still_given() -> None:
    ans = Answerer(load_knowledge(NOTICES / "sh-benchmark-2041-2042.txt")).answer("每个区能推几个")
    assert ans.matched and "不超过12项" in ans.text


def test_a_buried_question_is_judged_by_itself_not_by_the_words_around_it(bundled) -> None:
    q = ("你好，我是嘉定一家汽车零部件企业质量部的，现在领导让我负责写材料。我大致看了一遍通知，感觉要求挺多的，格式啊字数啊，"
         "怕写超了被退回来。先问一个最基本的：管理方法的实施效果那部分最多写多少字？")
    ans = bundled.answer(q)
    assert ans.matched and "2000" in ans.text and "通知中没有规定" not in ans.text


def test_which_teacher_to_ask_is_a_contact_question(bundled) -> None:
    text = bundled.answer("二是有政策口径上的问题该找市经信委哪位老师？").text
    assert "吴敏" in text and "23119416" in text


# ------------------------------------------------------------ two programmes in one notice, and a staged review
@pytest.fixture(scope="module")
def two() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "guiyang-benchmark-brand-2047.txt"))


@pytest.fixture(scope="module")
def staged() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "nanning-quality-benchmark-2046.txt"))


@pytest.mark.parametrize("q, person, other", [
    ("品牌培育找谁咨询", "杨帆", "龙晓燕"),
    ("质量标杆的咨询电话", "龙晓燕", "杨帆"),
])
def test_a_programmes_own_hotline_answers_for_it(two, q, person, other) -> None:
    text = two.answer(q).text
    assert person in text and other not in text


def test_a_person_of_the_other_programme_is_corrected(two) -> None:
    text = two.answer("品牌培育的事是问龙晓燕对吧").text
    assert text.startswith("【更正】\n品牌培育示范企业申报咨询的联系人不是龙晓燕") and "杨帆" in text


def test_each_documents_abstract_keeps_its_own_limit(two) -> None:
    parts = {p.title: p.limit for p in two.kb.notice.materials.parts if p.limit}
    assert parts["摘要（质量标杆典型经验总结材料）"] == 500 and parts["摘要（品牌培育工作报告）"] == 300
    assert parts["品牌培育工作报告"] == 6000


def test_an_abstract_limit_said_of_one_programme_is_checked_against_its_own(two) -> None:
    text = two.answer("质量标杆的摘要是300字以内对吧").text
    assert text.startswith("【更正】\n不是300字：摘要（质量标杆典型经验总结材料）限 500 字以内")


def test_applying_to_both_programmes_is_answered_with_the_rule(two) -> None:
    text = two.answer("质量标杆和品牌培育我们想两个一起报，提高点命中率，可以吗").text
    assert "不符合" in text and "“同一企业同一年度只能选择上述其中一个类别申报" in text


@pytest.mark.parametrize("q", ["质量标竿需要啥认证吗", "需要什么认证", "要有ISO认证吗"])
def test_a_certificate_asked_about_finds_the_condition(two, q) -> None:
    assert "ISO 9001" in two.answer(q).text


@pytest.mark.parametrize("q", ["高新区的企业纸质材料交给谁", "贵阳高新区找谁"])
def test_a_national_zone_is_not_called_national(two, q) -> None:
    assert "李俊" in two.answer(q).text
    assert "gaoxinqu" in two.kb.notice.places and not any(p.short == "国家" for p in two.kb.notice.places.values())


def test_altering_a_figure_and_asking_if_it_shows_is_declined(two) -> None:
    ans = two.answer("营收差一点，审计报告我们自己改成5000万能看出来吗")
    assert not ans.matched and "伪造或篡改" in ans.text


@pytest.mark.parametrize("q, must", [
    ("初评是啥时候？", "2046年5月14日至5月25日"),
    ("答辨哪几天啊", "2046年6月11日至6月15日"),
    ("答辩能用ppt吗，有没有页数限制", "PPT不超过15页"),
])
def test_a_stage_of_the_review_is_answered_with_its_own_sentence(staged, q, must) -> None:
    assert must in staged.answer(q).text


@pytest.mark.parametrize("q, said", [("听说初评和答辩各占50%？", "50%"), ("答辩占一半对吧", "一半")])
def test_a_share_said_wrong_is_corrected(staged, q, said) -> None:
    text = staged.answer(q).text
    assert text.startswith(f"【更正】\n不是{said}：") and "初评得分×40%+答辩得分×60%" in text


def test_a_share_said_right_is_quoted_not_corrected(staged) -> None:
    text = staged.answer("初评占40%吧").text
    assert "【更正】" not in text and "初评得分×40%" in text


def test_a_duration_is_no_start_date(staged) -> None:
    ans = staged.answer("公示具体是哪天开始？")
    assert "公示5个工作日" in ans.text and "没有规定" in ans.text


# ------------------------------------------------------------ a mailbox that opens on a day, and meanings
def test_a_mailbox_that_opens_later_is_not_open_yet(covers) -> None:
    import datetime as dt
    now = dt.datetime(2032, 6, 19, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    text = covers.answer("现在可以把电子版发邮箱了吗", now).text
    assert "2032年6月21日起开放" in text and "尚未开放" in text


def test_an_english_question_on_the_mailbox_gets_the_address(covers) -> None:
    assert "xmzlbg2032@gxj.xm-example.gov.cn" in covers.answer("which email address do we send the files to").text


def test_asking_what_a_word_means_is_no_ghost_writing_request(bundled) -> None:
    ans = bundled.answer("“推荐单位”是指要找一家行业龙头企业帮我们写推荐信吗？")  # who the units are and what they do
    assert ans.matched and "推荐单位即企业所在区的主管部门" in ans.text and "经推荐单位盖章" in ans.text


def test_a_sentence_naming_the_document_is_no_answer_on_its_length(steps) -> None:
    text = steps.answer("经验总结材料有没有字数限制").text
    assert "弄虚作假" not in text  # the notice sets no word limits: no neighbouring clause quoted as if it did


def test_an_example_beside_an_unstated_question_keeps_it_unstated(bundled) -> None:
    ans = bundled.answer("申报对企业营收规模有没有门槛，比如要年营收过亿？")
    assert not ans.matched and "营业收入或企业规模的门槛" in ans.text


def test_a_district_officer_asking_their_duties_gets_the_units_clause(bundled) -> None:
    q = "我是普陀区商务委新接手这块工作的，领导让我弄清楚我们区主管部门在这个活动里到底要承担哪些工作，还要做什么？"
    assert "组织发动" in bundled.answer(q).text or "培育推荐" in bundled.answer(q).text


# ------------------------------------------------------------ found by a second reader
@pytest.mark.parametrize("kb, q", [
    ("nanning-quality-benchmark-2046.txt", "初评40%答辩60%是吧"),
    ("guangzhou-quality-benchmark-2028.txt", "现场评审占60%对吗"),
    ("guangzhou-quality-benchmark-2028.txt", "材料评审占40%吧"),
])
def test_a_share_said_right_of_one_of_two_things_is_not_corrected(kb, q) -> None:
    text = Answerer(load_knowledge(NOTICES / kb)).answer(q).text
    assert "【更正】" not in text and "40%" in text and "60%" in text


@pytest.mark.parametrize("q", [
    "遴选标准是不是科学性和创新性、系统性和示范性、显效性和发展性这三条",
    "遴选重点就是体系升级、关键过程控制、数字化、产业链联动、其他这五条吧",
    "遴选重点就是质量体系、过程控制、数字化、供应链、其他这5个对吧",
])
def test_a_list_said_right_in_short_names_is_not_corrected(bundled, q) -> None:
    assert "【更正】" not in bundled.answer(q).text


def test_sub_points_under_one_title_are_one_item_of_the_list(towns) -> None:
    text = towns.answer("遴选重点是质量管理体系升级、质量管理数字化、产业链供应链质量协同这三个吧").text
    assert "共6条" not in text and "【更正】" not in text


def test_a_place_of_the_notice_beside_one_of_another_city_keeps_its_unit(towns) -> None:
    for q in ("我们在花桥，跟青浦交界，找谁", "总部在上海青浦，子公司注册在昆山花桥，子公司能报吗"):
        assert "金晓雯" in towns.answer(q).text


@pytest.mark.parametrize("q", ["帮我写一份申报书，申报书是指哪个文件？", "能帮我把摘要写成500字吗？这里的摘要是指全文概述吗"])
def test_a_request_to_write_is_declined_even_beside_a_meaning_asked(bundled, q) -> None:
    ans = bundled.answer(q)
    assert not ans.matched and "我不代写" in ans.text


def test_a_thank_you_letter_is_no_thanks(bundled) -> None:
    assert "不客气" not in bundled.answer("感谢信需要附上吗").text


def test_thanks_for_the_help_get_a_welcome(bundled) -> None:
    assert "不客气" in bundled.answer("谢谢你的帮助").text


def test_when_the_publicity_starts_is_not_when_the_mailbox_opens(covers) -> None:
    text = covers.answer("公示什么时候开始").text
    assert "6月21日" not in text


@pytest.mark.parametrize("q", ["我们去年被罚款2万，能报吗", "前年被环保部门罚了3万元还能申报吗"])
def test_a_fine_is_no_fee(bundled, q) -> None:
    assert "不需要交费" not in bundled.answer(q).text


def test_a_condition_asked_of_one_track_quotes_that_tracks_sentence_first(two) -> None:
    text = two.answer("质量标杆营收要求多少").text
    assert "5000万元" in text and "2亿元" not in text


def test_a_part_without_a_limit_is_said_to_have_none() -> None:
    text = Answerer(load_knowledge(NOTICES / "shenyang-quality-benchmark-2044.txt")).answer("企业概况多少字").text
    assert "0 字以内" not in text and "通知没有规定这部分的字数" in text


def test_each_units_quota_said_in_a_sentence_is_given(mailed) -> None:
    ans = mailed.answer("每个区能推荐几家")
    assert ans.matched and "每个推荐单位推荐企业原则上不超过5家" in ans.text


def test_a_sentence_saying_no_paper_is_quoted_for_a_paper_question() -> None:
    text = Answerer(load_knowledge(NOTICES / "changsha-quality-benchmark-2032.txt")).answer("纸质材料寄到哪里").text
    assert "不接收纸质材料" in text


@pytest.mark.parametrize("kb, q, must", [
    ("nanning-quality-benchmark-2046.txt", "现场核查什么时候", "2046年6月25日至7月6日"),
    ("qingdao-quality-benchmark-2031.txt", "现场考察什么时候", "2031年7月21日至7月25日"),
    ("harbin-quality-benchmark-2043.txt", "纸质材料什么时候交", "2043年4月28日"),
])
def test_a_date_the_notice_gives_is_never_said_to_be_unstated(kb, q, must) -> None:
    ans = Answerer(load_knowledge(NOTICES / kb)).answer(q)
    assert ans.matched and must in ans.text and "没有规定" not in ans.text


def test_a_units_mailbox_said_as_the_firms_is_corrected(mailed) -> None:
    text = mailed.answer("材料发到tygxjzlfz@163.com对吧").text
    assert text.startswith("【更正】\n不是这个邮箱：tygxjzlfz@163.com是推荐单位报送用的") and "推荐单位电子邮箱" in text


def test_a_mailbox_the_notice_never_gives_is_corrected(covers) -> None:
    text = covers.answer("电子版发abc@gxj.xm-example.gov.cn对吧").text
    assert text.startswith("【更正】\n通知中没有“abc@gxj.xm-example.gov.cn”这个邮箱") and "xmzlbg2032@" in text


@pytest.mark.parametrize("q", ["电子版发xmzlbg2032@gxj.xm-example.gov.cn对吧", "我们公司邮箱是abc@qq.com，发这个可以吗"])
def test_the_right_mailbox_or_ones_own_is_not_corrected(covers, q) -> None:
    assert "【更正】" not in covers.answer(q).text


def test_an_abstract_said_of_a_named_document_is_checked_against_its_own(two) -> None:
    assert two.answer("品牌培育工作报告摘要是500字吧").text.startswith("【更正】\n不是500字：摘要（品牌培育工作报告）限 300 字")


@pytest.mark.parametrize("q", ["质量标杆和品牌培育能同时报吗", "可以同时申报质量标杆和品牌培育示范吗"])
def test_applying_to_both_asked_plainly_gets_the_rule(two, q) -> None:
    assert "只能选择上述其中一个类别申报" in two.answer(q).text


# ------------------------------------------------------------ a notice copied from an article, with a kind of firm of its own
@pytest.fixture(scope="module")
def article() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "wenzhou-quality-benchmark-2048.txt"))


def test_decorated_headings_open_their_clauses(article) -> None:
    n = article.kb.notice
    assert n.focuses and n.eligibility and n.materials and n.submission
    assert n.focuses.clause == "一" and n.eligibility.clause == "二"


def test_the_articles_trailer_is_no_part_of_the_notice(article) -> None:
    body = "".join(c.text for c in article.kb.notice.passages)
    assert "往期推荐" not in body and "专精特新中小企业认定申报指南" not in body


def test_a_kind_of_firms_earlier_date_is_theirs_not_the_deadline(article) -> None:
    when = article.kb.deadline
    assert (when.month, when.day, when.hour, when.minute) == (4, 24, 17, 30)
    assert any(x.label == "市属国有企业申报截止" for x in article.kb.notice.submission.deadlines)


def test_a_kind_of_firm_asking_its_route_gets_its_clause(article) -> None:
    text = article.answer("我们是市属国企，也要先报区经信局吗").text
    assert "直接向市经信局申报（直报）" in text and "2048年4月10日17:00" in text


def test_a_unit_and_its_person_on_one_line_are_apart(article) -> None:
    unit = article.kb.unit_for("ouhai")
    assert unit.name == "瓯海区经信局" and unit.person == "郑丽娜"


@given(st.text(alphabet=st.sampled_from(list("📌⚠️【】一二三、（）申报条件材料 \n\t#*")), max_size=200))
@settings(max_examples=300, deadline=None)
def test_plain_headings_keep_every_offset(raw) -> None:
    out = _plain_headings(raw)
    assert len(out) == len(raw) and out.count("\n") == raw.count("\n")
    assert all(a == b or a == " " for a, b in zip(out, raw))  # only decoration is blanked, never a word changed


@pytest.mark.parametrize("line, plain", [("📌 一、遴选重点", "一、遴选重点"), ("【三、申报材料】", "三、申报材料"),
                                         ("⚠️ 七、特别提醒", "七、特别提醒"), ("#### 一、总结材料内容", "#### 一、总结材料内容"),
                                         ("一、申报条件", "一、申报条件")])
def test_a_decorated_heading_is_plain_again(line, plain) -> None:
    assert _plain_headings(line).strip() == plain


def test_a_layout_word_written_longer_in_the_notice_is_the_same_rule() -> None:
    ans = Answerer(load_knowledge(NOTICES / "qingdao-quality-benchmark-2031.txt")).answer("行距有要求吗")
    assert ans.matched and "行间距为固定值28磅" in ans.text and "没有规定" not in ans.text
