"""Hard questions from fresh sets written from the notices alone: a count asked in firms is never answered with a
number of characters, the user's own phone number is no claim, a title's validity and a revenue threshold the notice
leaves open, a company that says where it is among places it asks about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
NOTICES = Path(__file__).resolve().parent / "notices"


@pytest.fixture(scope="module")
def bot() -> Answerer:
    return Answerer(load_knowledge(ROOT / "knowledge" / "notices" / "2023-2024.yaml"))


@pytest.fixture(scope="module")
def zhejiang() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "zhejiang-province-benchmark-2036.txt"))


@pytest.mark.parametrize("q", ["这次上海一共评多少家质量标杆？名额多吗，竞争激烈不", "今年评几家质量标杆", "一共评多少家"])
def test_a_count_of_firms_is_not_a_count_of_characters(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "名额" in r.text and "40 字" not in r.text


@pytest.mark.parametrize("q", ["我手机号13916668888，填报遇到问题找谁？打哪个电话", "我的电话13916668888 系统登不上找谁",
                               "本人手机13916668888，请问填报咨询电话多少", "回电请打13916668888，填报问题问谁"])
def test_the_users_own_number_is_no_claim(bot, q) -> None:
    r = bot.answer(q)
    assert "18752017865" in r.text and "不是13916668888" not in r.text and "更正" not in r.text


def test_a_wrong_number_for_a_hotline_is_still_corrected(bot) -> None:
    assert "填报咨询的电话不是13916668888" in bot.answer("填报咨询是13916668888吧").text


@pytest.mark.parametrize("q", ["质量标杆称号有效期几年？到期了要复评吗", "评上以后要复评吗", "称号到期了还要重新申报吗"])
def test_a_titles_validity_is_not_stated(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "有效期" in r.text and "23119416" in r.text


@pytest.mark.parametrize("q", ["对企业营收规模有要求吗，比如年营收要几个亿以上才能报？", "营收门槛是多少", "企业规模有没有要求"])
def test_a_revenue_threshold_the_notice_does_not_set(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "营业收入或企业规模的门槛" in r.text and "经营状况良好" in r.text


def test_a_revenue_threshold_the_notice_sets_is_quoted(zhejiang) -> None:
    r = zhejiang.answer("对营收有没有要求")
    assert r.matched and "2000万元" in r.text and "没有规定" not in r.text


def test_an_open_attribute_beside_an_eligibility_question_answers_both(bot) -> None:
    r = bot.answer("我们一年营收就800来万，前两年还亏损，有没有营收门槛？我们这样符合条件不")
    assert r.matched and "没有规定“营业收入或企业规模的门槛”" in r.text and "申报条件" in r.text


@pytest.mark.parametrize("q", ["我们在临港新片区，是不是也找浦东新区科经委的顾俊盖推荐章？", "我司在临港新片区，找浦东还是临港",
                               "公司属于临港新片区 盖章找浦东新区吗"])
def test_the_place_the_company_says_it_is_in_decides(bot, q) -> None:
    r = bot.answer(q)
    assert "钱玮" in r.text and "请确认所在区" not in r.text


@pytest.fixture(scope="module")
def sh2035() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2035-2036.txt"))


@pytest.mark.parametrize(("q", "fix"), [
    ("通知里3月6号是星期五吧？也就是周五下午五点半截止？", "不是星期五：2036年3月6日是星期四。"),
    ("纸质材料3月13日是礼拜五截止对吧", "不是星期五：2036年3月13日是星期四。"),
])
def test_a_weekday_claimed_for_a_date_of_the_round_is_checked(sh2035, q, fix) -> None:
    r = sh2035.answer(q, now=dt.datetime(2036, 3, 2, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    assert fix in r.text and "周五（" not in r.text  # the weekday names the date, not a day of this week


@pytest.mark.parametrize("q", ["3月6日是星期四吧", "5月1日是星期五吧"])  # right, or a date the notice does not set
def test_a_right_weekday_or_another_date_is_no_correction(sh2035, q) -> None:
    assert "更正" not in sh2035.answer(q).text


def test_a_page_limit_of_one_part_is_not_anothers(sh2035) -> None:
    r = sh2035.answer("正文最多写多少页？A4纸的，领导说别超过20页")
    assert not r.matched and "页数限制" in r.text and "30页" not in r.text


def test_table_rows_are_never_one_sentence(sh2035) -> None:
    assert not any("近三年附件证明材料" in c.text for c in sh2035.kb.notice.passages)


@pytest.mark.parametrize("q", ["营业执照成立日期是2033年1月5号，就差几天，PS成2032年12月可以吗？应该看不出来",
                               "把执照上的成立日期p成去年的行不行", "审计报告的营收数字ps一下改成3500万"])
def test_retouching_a_document_is_declined(sh2035, q) -> None:
    r = sh2035.answer(q)
    assert not r.matched and "伪造或篡改" in r.text and "不收取任何费用" in r.text


@pytest.mark.parametrize("q", ["有个咨询公司说交3万保过，说跟经信委很熟，你帮我们跟他砍砍价？能砍到2万就签",
                               "中介说5万包过，你能不能帮我们跟他们讲讲价"])
def test_haggling_with_a_guaranteed_selection_agent_is_declined(sh2035, q) -> None:
    r = sh2035.answer(q)
    assert not r.matched and "021-55508899" in r.text


@pytest.mark.parametrize("q", ["请问评审费5000元是转到质量管理科学研究院的对公账户吗？发票抬头怎么开？", "请问报名费200元交给谁"])
def test_asking_where_to_pay_a_fee_is_told_there_is_none(sh2035, q) -> None:
    r = sh2035.answer(q)
    assert r.matched and "不收取任何费用" in r.text and "无法提供帮助" not in r.text


def test_a_report_of_an_agent_is_not_declined(sh2035) -> None:
    r = sh2035.answer("有中介说交3万保过，是真的吗")
    assert r.matched and "不收取任何费用" in r.text


@pytest.mark.parametrize("q", ["现场答辩大概几月份，在哪儿答辩？老板要提前排行程", "专家什么时候来现场核查"])
def test_when_and_where_the_review_takes_place_is_not_stated(sh2035, q) -> None:
    r = sh2035.answer(q)
    assert not r.matched and "答辩、评审或现场核查的时间和地点" in r.text and "021-55508801" in r.text


@pytest.fixture(scope="module")
def sh2037() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2037-2038.txt"))


def test_a_word_the_notice_writes_is_no_sound_alike(sh2037) -> None:
    """'都包括' is not '都报' (how many to apply with) + '括': 包括 is a word of the notice."""
    r = sh2037.answer("申报材料都包括哪些东西")
    assert "每家单位可申报几项" not in r.text and "申报信息表、申报承诺书、总结材料和证实性材料" in r.text
    assert "（已把“闵航区”理解为“闵行区”。）" in sh2037.answer("闵航区找谁").text  # a typo is still read


def test_parts_listed_in_a_sentence_are_named_by_its_subject(sh2037) -> None:
    m = sh2037.kb.notice.materials
    assert m.title == "总结材料" and "格式要求" not in m.text and "盖章要求" not in m.text
    assert "总结材料由以下五个部分组成" in sh2037.answer("申报材料都包括哪些东西").text


def test_a_year_near_a_word_is_no_count_of_it(sh2037) -> None:
    """'在本次遴选结果基础上，择优推荐参加2038年度全国…' gives no date of the results."""
    r = sh2037.answer("评审结果大概什么时候出来")
    assert not r.matched and "评选结果何时公布" in r.text


@pytest.mark.parametrize("q", ["我们去年营收1500万左右 够申报条件吗", "营收1500万，满足条件吗", "营收1500万够得上门槛不"])
def test_asking_whether_the_firm_qualifies_checks_its_figure(zhejiang, q) -> None:
    assert "不符合：营业收入低于通知要求" in zhejiang.answer(q).text


@pytest.mark.parametrize("q", ["我们单位是事业单位性质的检测院 能不能报这个", "我们是社会团体，可以申报吗"])
def test_an_excluded_kind_of_applicant_gets_the_exclusion_with_its_lead_in(zhejiang, q) -> None:
    text = zhejiang.answer(q).text
    assert "不符合" in text and "有下列情形之一的，不予受理：党政机关、事业单位、社会团体申报的" in text


@pytest.mark.parametrize(("q", "what", "line"), [
    ("吴敏老师的手机或者微信有吗？座机老是占线", "吴敏的手机号或微信", "23119416"),
    ("钱玮的微信有吗", "钱玮的微信", "15026503596"),
])
def test_a_contacts_mobile_or_wechat_the_notice_does_not_give(bot, q, what, line) -> None:
    r = bot.answer(q)
    assert not r.matched and f"没有规定“{what}”" in r.text and line in r.text


def test_a_mobile_the_notice_gives_is_given(bot) -> None:
    r = bot.answer("张竞之的手机多少")
    assert r.matched and "18752017865" in r.text


def test_two_places_listed_are_two_places(bot) -> None:
    text = bot.answer("浦东、临港两边的联系人和电话发一下").text
    assert "顾俊" in text and "钱玮" in text and "请确认所在区" not in text
    assert "请确认所在区" in bot.answer("我们在浦东临港，找谁盖章").text  # one place in both: asked back


@pytest.mark.parametrize("q", ["要不要去现场答辩？要准备PPT吗", "评审要路演吗"])
def test_a_defence_the_notice_does_not_mention(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "是否有现场答辩或汇报（PPT）" in r.text and "现场考察" in r.text


def test_a_defence_the_notice_mentions_is_quoted(sh2035) -> None:
    r = sh2035.answer("要不要去现场答辩")
    assert "现场答辩" in r.text and "没有规定“是否有现场答辩" not in r.text


@pytest.mark.parametrize("q", ["给我们申报质量标杆写首七律，年会上要念", "帮我们编个顺口溜庆祝申报成功"])
def test_verse_is_declined(bot, q) -> None:
    r = bot.answer(q)
    assert not r.matched and "无法提供帮助" in r.text


def test_drafting_a_notice_in_the_commissions_name_is_impersonation(bot) -> None:
    r = bot.answer("帮我起草一份经信委抬头的通知，让区里企业把材料先交给我们公司统一代报")
    assert not r.matched and "冒充" in r.text and "从未委托" in r.text


def test_what_the_user_means_to_do_inside_a_report_is_theirs(bot) -> None:
    r = bot.answer("有个中介说交3万包过，你能帮我们打听下评审专家是谁吗，我们想提前去打点一下")
    assert not r.matched and "行贿" in r.text


@pytest.mark.parametrize("q", ["推进和应用情况一万字以内对吧", "你直接帮我把“管理方法（技术）的推进和应用情况”那部分写出来吧，一万字左右"])
def test_ten_thousand_characters_is_no_sum_of_money_nor_a_rule_the_notice_lacks(bot, q) -> None:
    text = bot.answer(q).text
    assert "这样的规定" not in text and "收费与防诈骗提醒" not in text


def test_a_requirement_no_condition_sets(sh2035) -> None:
    text = sh2035.answer("是不是必须设首席质量官才能申报？我们还没设这个岗位").text
    assert "申报条件中没有“首席质量官”这一项要求" in text and "二（遴选范围和重点）" in text
    assert "这一项要求" not in sh2035.answer("一定要有营业执照才能报吗").text  # a condition the notice sets


def test_a_registration_after_the_notices_day_fails(sh2035) -> None:
    text = sh2035.answer("我们公司营业执照是2033年3月成立的，到现在也快三年了，注册年限这条应该没问题吧？").text
    assert "不符合：2033年3月注册的单位" in text and "这样的规定" not in text


def test_the_question_after_a_long_story_is_the_one_answered(bot) -> None:
    q = ("您好，我们是闵行一家做精密轴承的企业，这几年一直在推六西格玛和零缺陷管理，去年外部失效率降了一半，领导很重视这次活动，"
         "让我牵头，材料基本写完了，营业执照也扫描了，就是有个事想确认下：申报信息表打印盖完章以后，纸质的寄到哪里、寄给谁？谢谢")
    text = bot.answer(q).text
    assert "武夷路" in text and "张竞之" in text


@pytest.mark.parametrize(("q", "stated"), [("公司成立要满几年才能报？我们是2021年成立的", False), ("注册要满几年才可以申报", False)])
def test_years_since_registration_the_notice_does_not_ask(bot, q, stated) -> None:
    r = bot.answer(q)
    assert ("没有规定“成立或注册年限的要求”" not in r.text) is stated


def test_years_since_registration_the_notice_asks_are_quoted(sh2035) -> None:
    assert "注册满三年" in sh2035.answer("公司成立要满几年才能报").text


def test_a_format_subject_the_rules_do_not_name(bot) -> None:
    r = bot.answer("正文里的英文和数字用什么字体？Times New Roman可以吗")
    assert not r.matched and "英文和数字的格式" in r.text


def test_a_claim_compared_in_passing_with_the_last_round_is_about_this_one() -> None:
    from knowledge.rounds import Rounds
    bot = Rounds([Answerer(load_knowledge(NOTICES / "sh-benchmark-2039-2040.txt"))])
    assert "不是500字：摘要限 600 字以内" in bot.answer("摘要是500字以内吧，跟上一届一样").text
    assert "没有上一期的通知" in bot.answer("上一届的截止时间是什么时候").text
