"""Shapes and judgement from the sixteenth round of fresh material: an e-mail-only call (its mailbox under a lead-in,
each unit's mailbox, no system), trade associations as units, limits of a document's sections said in one sentence,
a presentation stage with its own PPT date, the organiser's own schedule rows, a notice in traditional characters
with its times in words, units with two contacts each, hotlines by topic, and hand-in on working days only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import simplified
from knowledge.ingest.inline_parts import section_limits
from knowledge.ingest.numerals import arabic_dates
from knowledge.model import load_knowledge
from knowledge.phrasing import en_date

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"
CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2024, 2, 1, 10, tzinfo=CST)


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(BUNDLED))


@pytest.fixture(scope="module")
def shenzhen() -> Answerer:
    return _bot("shenzhen-associations-email-2090.txt")


@pytest.fixture(scope="module")
def quanzhou() -> Answerer:
    return _bot("quanzhou-electronic-2092.txt")


@pytest.fixture(scope="module")
def taizhou() -> Answerer:
    return _bot("taizhou-email-only-2098.txt")


@pytest.fixture(scope="module")
def yantai() -> Answerer:
    return _bot("yantai-defence-award-2097.txt")


@pytest.fixture(scope="module")
def luoyang() -> Answerer:
    return _bot("luoyang-timeline-table-2102.txt")


@pytest.fixture(scope="module")
def huzhou() -> Answerer:
    return _bot("huzhou-two-contacts-2103.txt")


@pytest.fixture(scope="module")
def macau() -> Answerer:
    return _bot("macau-traditional-2101.txt")


# ------------------------------------------------------------ e-mail submission
def test_a_mailbox_under_a_lead_in_is_the_e_mail_step(shenzhen):
    said = shenzhen.kb.notice.submission.email_text
    assert "szzlbg2090@gxj.shenzhen.gov.cn" in said and "抄送" in said and said.startswith("企业将PDF合并文件")


@pytest.mark.parametrize("question", ["怎么提交", "邮件发给谁 要抄送谁", "申报系统网址多少 我找半天没找到入口", "材料发到哪"])
def test_an_e_mail_only_call_says_the_mailbox_and_that_no_paper_is_taken(shenzhen, question):
    a = shenzhen.answer(question, NOW)
    assert a.matched and "szzlbg2090@gxj.shenzhen.gov.cn" in a.text, a.text
    assert "不接收纸质材料" in a.text or "邮件发送成功后" in a.text, a.text


def test_each_units_mailbox_is_the_e_mail_step(taizhou):
    sub = taizhou.kb.notice.submission
    assert "经信局邮箱" in sub.email_text and not sub.site


@pytest.mark.parametrize("question", ["个人QQ邮箱可以吗", "可以用邮箱提交吗", "怎么提交", "Can I submit by email?"])
def test_an_e_mail_call_is_never_said_to_have_no_e_mail_submission(taizhou, question):
    a = taizhou.answer(question, NOW)
    assert "没有规定可以用电子邮件提交" not in a.text and "no submission by e-mail" not in a.text, a.text
    assert "does not mention e-mail" not in a.text


@pytest.mark.parametrize("question,en", [("可以用邮箱提交吗", False), ("能不能发邮件交材料", False), ("Can I submit by email?", True)])
def test_an_online_only_call_with_mailboxes_says_e_mail_is_no_way_to_submit(quanzhou, question, en):
    a = quanzhou.answer(question, NOW)
    assert a.matched and "xmsb.qzgxj.cn" in a.text, a.text
    assert ("no submission by e-mail" if en else "没有规定可以用电子邮件提交") in a.text, a.text
    assert "does not mention e-mail" not in a.text and "通知中没有提到" not in a.text


def test_a_later_steps_mailbox_is_not_the_applications(yantai):
    assert yantai.kb.notice.submission.email_text == ""  # '答辩PPT须于7月12日17:00前…发送至…': the PPT's, later


# ------------------------------------------------------------ a courtesy word used as a verb
@pytest.mark.parametrize("question", ["发完邮件怎么确认对方收到了？", "收到自动回复就等于形式审查通过了吧"])
def test_a_courtesy_word_inside_a_question_is_no_thanks(shenzhen, question):
    a = shenzhen.answer(question, NOW)
    assert "随时问我" not in a.text and "自动回复" in a.text, a.text


@pytest.mark.parametrize("message", ["收到", "好的谢谢", "收到，谢谢老师", "明白了"])
def test_a_courtesy_alone_is_still_thanks(shenzhen, message):
    a = shenzhen.answer(message, NOW)
    assert not a.matched and "随时问我" in a.text, a.text


# ------------------------------------------------------------ trade associations as units
def test_associations_as_units_are_asked_for_by_trade(shenzhen):
    assert shenzhen.kb.place_word() == "行业"
    a = shenzhen.answer("推荐单位是谁", NOW)
    assert "所在行业" in a.text or "电子行业协会" in a.text, a.text


# ------------------------------------------------------------ a document's sections and their limits in one sentence
def test_the_sections_of_one_document_each_have_their_limit():
    text = ("《申报书》（附件1）。其中，企业基本情况不超过800字；质量管理实践摘要不超过500字；质量管理实践总结（包括背景、"
            "主要做法、实施成效、推广价值四部分）不超过6000字，并附3至5个典型案例，每个案例不超过1000字。")
    assert [x[:2] for x in section_limits(text)] == [("企业基本情况", 800), ("质量管理实践摘要", 500), ("质量管理实践总结", 6000), ("每个案例", 1000)]
    assert [x[:2] for x in section_limits("全文不超过8000字，其中摘要不超过500字，正文（含图表）不超过7000字")] == [("摘要", 500)]


@pytest.mark.parametrize("question", ["实践总结限多少字", "字数有什么要求", "各部分多少字"])
def test_word_limits_of_sections_are_answered_not_called_unstated(shenzhen, question):
    a = shenzhen.answer(question, NOW)
    assert a.matched and "6000" in a.text and "通知中没有提到" not in a.text, a.text
    assert "申报书》：通知未规定字数" not in a.text  # its sections' limits are listed instead


@pytest.mark.parametrize("question,wrong", [("实践总结不是限8000字吗 我们已经写到7500了", "8000"), ("基本情况是1000字以内吧", "1000"),
                                            ("典型案例每个2000字对吧", "2000")])
def test_a_wrong_section_limit_is_corrected(shenzhen, question, wrong):
    a = shenzhen.answer(question, NOW)
    assert a.text.startswith("【更正】") and f"不是{wrong}字" in a.text, a.text


# ------------------------------------------------------------ hours said inside a number, and the user's own hour
@pytest.mark.parametrize("question", ["都快12点了 是不是今天截止？明天晚上10点交还来得及吗", "快十二点了 明天晚上十点交行不行",
                                      "已经11点多了，截止是今天吗 明早9点传来得及吗"])
def test_the_hour_now_and_the_hour_planned_are_not_corrected(bundled, question):
    a = bundled.answer(question, dt.datetime(2024, 2, 29, 23, 10, tzinfo=CST))
    assert "更正" not in a.text and "来得及" in a.text, a.text


def test_an_hour_said_of_the_deadline_is_still_corrected(bundled):
    a = bundled.answer("截止是晚上10点吧", dt.datetime(2024, 2, 29, 23, 10, tzinfo=CST))
    assert a.text.startswith("【更正】") and "24:00" in a.text


# ------------------------------------------------------------ the organiser's own schedule is nobody's deadline
def test_the_organisers_review_and_announcements_are_no_steps(yantai, luoyang):
    labels = [(x.label, x.when) for x in yantai.kb.notice.submission.deadlines]
    assert labels == [("纸质材料报送", "2097-06-19 17:00"), ("推荐单位报送", "2097-06-26 17:00"), ("答辩PPT报送", "2097-07-12 17:00")]
    assert all("形式审查" not in x.text for x in luoyang.kb.notice.submission.deadlines)
    assert ("推荐单位报送", "2102-06-09 17:00") in [(x.label, x.when) for x in luoyang.kb.notice.submission.deadlines]


@pytest.mark.parametrize("question", ["我们县区推荐今天还来得及吗", "推荐汇总表今天报市里来得及吗"])
def test_the_units_are_never_sent_to_the_organisers_review_dates(luoyang, question):
    a = luoyang.answer(question, dt.datetime(2102, 6, 9, 18, 30, tzinfo=CST))
    assert "6月23日" not in a.text and "推荐单位报送尚未截止" not in a.text, a.text


@pytest.mark.parametrize("question,ok", [("PPT明天交来得及吧", True), ("答辩PPT后天还能发吗", False), ("ppt今天发过去行吗", True)])
def test_a_named_later_step_is_judged_by_its_own_date(yantai, question, ok):
    a = yantai.answer(question, dt.datetime(2097, 7, 11, 16, tzinfo=CST))
    last = [x for x in a.text.splitlines() if x.startswith(("答辩PPT报送（", "纸质材料", "其他时间要求（"))][-1:] or [a.text]
    assert ("来不及" not in last[0]) == ok, a.text


def test_the_deadlines_day_said_again_without_its_hour_is_no_step_of_its_own(taizhou):
    sub = taizhou.kb.notice.submission
    assert sub.deadline == "2098-04-10 17:00" and all(not x.when.startswith("2098-04-10") for x in sub.deadlines)


# ------------------------------------------------------------ traditional characters and times in words
def test_a_notice_in_traditional_characters_is_read_in_simplified_ones(macau):
    meta, sub = macau.kb.notice.meta, macau.kb.notice.submission
    assert "关于开展2101年度澳门" in meta.title and sub.deadline == "2101-06-24 17:30" and sub.opens == "2101-05-16 09:00"
    assert ("纸质材料报送", "2101-06-30 17:00") in [(x.label, x.when) for x in sub.deadlines]  # '纸本材料…下午五时正前'
    assert simplified("申报截止时间为三月一日")[1] == 0  # a simplified notice stays as written


def test_hours_written_in_words_are_read_as_times():
    assert arabic_dates("至2101年6月24日（星期五）下午五时三十分止") == "至2101年6月24日（星期五）下午5时30分止"
    assert arabic_dates("须于6月30日（星期四）下午五时正前") == "须于6月30日（星期四）下午5时正前"


# ------------------------------------------------------------ two contacts a unit, and hotlines by topic
def test_a_units_two_contacts_keep_their_own_numbers(huzhou):
    unit = huzhou.kb.unit_for("kaifaqu") or next(u for u in huzhou.kb.notice.units.items if "开发区" in u.name)
    assert unit.person == "钟建华、方雨晴" and unit.phone == "0572-2687731、13575926650"
    a = huzhou.answer("开发区方雨晴手机多少", NOW)
    assert "13575926650" in a.text, a.text


@pytest.mark.parametrize("question,who", [("系统提交不了找谁", "徐海涛"), ("who do I call about system problems", "徐海涛"),
                                          ("咨询电话", "陆文静"), ("政策问题打哪个电话", "周立群")])
def test_hotlines_by_topic_are_each_read(huzhou, question, who):
    assert who in huzhou.answer(question, NOW).text


@pytest.mark.parametrize("question,now", [("周六能送纸质材料吗", dt.datetime(2103, 5, 18, 17, 10, tzinfo=CST)),
                                          ("明天送纸质材料行吗", dt.datetime(2103, 5, 18, 17, 10, tzinfo=CST))])
def test_hand_in_on_working_days_only_refuses_a_weekend(huzhou, question, now):
    a = huzhou.answer(question, now)
    assert "不是工作日" in a.text and "还在截止之前，来得及" not in a.text, a.text


# ------------------------------------------------------------ English dates
def test_english_dates_put_the_month_first(bundled):
    assert en_date(dt.date(2024, 3, 1)) == "March 1, 2024"
    assert "March 1, 2024" in bundled.answer("When is the deadline?", NOW).text


# ------------------------------------------------------------ declines of edited figures, forged reports and carved chops
@pytest.mark.parametrize("question", ["教我把审计报告里研发费用那个数改一下", "审计报告里营收能改成1.2亿吗", "能不能帮忙弄一份假的第三方检测报告",
                                      "Can I get a duplicate company chop carved in Shenzhen?"])
def test_edited_audit_figures_fake_reports_and_carved_chops_are_declined(bundled, question):
    a = bundled.answer(question, NOW)
    assert not a.matched and ("伪造或篡改" in a.text or "forging or altering" in a.text), a.text


@pytest.mark.parametrize("question", ["审计报告的数字要改一下格式吗", "材料已经按标杆企业交了，审计后营收只有4.8亿，能不能改成报培育？"])
def test_editing_a_format_or_a_track_is_no_forgery(bundled, question):
    assert "无法提供帮助" not in bundled.answer(question, NOW).text


# ------------------------------------------------------------ arrival, not the postmark; a bare day far from the round
@pytest.fixture(scope="module")
def sh2049() -> Answerer:
    return _bot("sh-benchmark-2049-2050.txt")


def test_a_postmark_premise_is_corrected_where_the_copies_must_arrive(sh2049):
    a = sh2049.answer("纸质的是以邮戳为准吧 25号当天寄出就行？", NOW)
    assert a.text.startswith("【更正】") and "不是以邮戳为准" in a.text and "寄达" in a.text and "第四部分4" in a.text, a.text
    assert "12月25日" not in a.text


def test_a_bare_day_far_from_the_round_is_of_the_deadlines_month(sh2049):
    a = sh2049.answer("28号交还来得及吗", dt.datetime(2026, 12, 6, 10, tzinfo=CST))
    assert "2月28日（2050年2月28日）已经过了截止时间" in a.text, a.text


def test_a_bare_day_near_the_round_is_of_this_month(bundled):
    a = bundled.answer("28号交来得及吗", dt.datetime(2024, 2, 20, 10, tzinfo=CST))
    assert "2月28日（2024年2月28日）还在截止之前" in a.text, a.text


def test_labelled_fields_glued_to_the_units_name_are_read(sh2049):
    unit = sh2049.kb.unit_for("huangpu")
    assert (unit.name, unit.person, unit.phone) == ("黄浦区商务委", "沈嘉怡", "63281547")


# ------------------------------------------------------------ a holiday closure, advice around it, conditions in an annex
@pytest.fixture(scope="module")
def xuzhou() -> Answerer:
    return _bot("xuzhou-cross-year-2104.txt")


def test_a_holiday_closure_and_the_advice_around_it_are_no_steps(xuzhou):
    steps = [(x.label, x.when) for x in xuzhou.kb.notice.submission.deadlines]
    assert steps == [("纸质材料报送", "2105-01-22 17:00"), ("推荐单位报送", "2105-02-05 17:00")]
    assert xuzhou.kb.notice.submission.deadline == "2105-01-15 17:30"  # '至1月15日17:30' after the year's turn


def test_conditions_listed_in_an_annex_are_the_conditions(xuzhou):
    clauses = [it.clause for it in xuzhou.kb.notice.eligibility.items]
    assert "附件1 1" in clauses and "附件1 7" in clauses and "一（二）" not in clauses
    assert "服务业企业：2103年度营业收入不低于5000万元" in next(it.text for it in xuzhou.kb.notice.eligibility.items if it.clause == "附件1 2")


@pytest.mark.parametrize("question,verdict", [("我们2102年1月10日成立的 能报吗", "不符合"), ("我们公司2101年6月成立，能申报吗", "符合"),
                                              ("制造业营收8000万够不够", "不符合")])
def test_an_applicant_is_checked_against_the_annexs_conditions(xuzhou, question, verdict):
    a = xuzhou.answer(question, dt.datetime(2104, 12, 10, 10, tzinfo=CST))
    assert "【对照申报条件】" in a.text and verdict in a.text.split("【对照申报条件】")[1].splitlines()[1], a.text


# ------------------------------------------------------------ second reading (review 43)
@pytest.mark.parametrize("question", ["谢谢老师，在哪提交", "辛苦了 请问在哪上传", "谢谢！平台在哪"])
def test_thanks_before_a_question_keeps_the_question(bundled, question):
    a = bundled.answer(question, NOW)
    assert a.matched and "zlbq.saqm.org.cn" in a.text, a.text


@pytest.mark.parametrize("question", ["截止是周五17点对吧", "截止是周五晚上8点吧"])
def test_an_hour_right_after_a_weekday_is_still_read(bundled, question):
    a = bundled.answer(question, NOW)
    assert a.text.startswith("【更正】") and "24:00" in a.text, a.text


def test_a_later_stages_e_mail_is_no_reason_to_say_there_is_no_e_mail(yantai):
    assert "没有规定可以用电子邮件提交" not in yantai.answer("PPT能发邮件交吗", NOW).text


def test_the_applicants_own_e_mail_step_after_the_online_date_is_kept():
    cixi = _bot("cixi-county-benchmark-2077.txt")
    assert "cxzlbg2077@cxjxj.gov.cn" in cixi.kb.notice.submission.email_text
    assert cixi.answer("扫描件发到 cxzlbg2077@163.com 对吧", NOW).text.startswith("【更正】")


def test_a_units_first_review_in_a_timeline_row_is_their_step(tmp_path):
    rows = ["| 环节 | 时间 | 工作内容 |", "|---|---|---|", "| 企业网上申报 | 2062年5月1日至5月20日17:00 | 企业登录系统填报并提交 |",
            "| 区级初审 | 2062年5月25日至6月12日 | 区受理单位在系统中完成初审 |",
            "| 专家评审 | 2062年7月1日至7月10日 | 市经信委组织专家评审 |"]
    text = "\n".join(["某市经济信息化委关于开展2062年度质量标杆遴选的通知", "", "一、时间安排", "", *rows, "",
                      "二、申报条件", "", "（一）在本市注册满两年。", "（二）信用良好。", "", "某市经济信息化委", "2062年4月20日"])
    (path := tmp_path / "row.txt").write_text(text, encoding="utf-8")
    steps = [(x.label, x.when) for x in load_knowledge(path).notice.submission.deadlines]
    assert ("推荐单位报送", "2062-06-12") in steps and not any(w.startswith("2062-07") for _, w in steps)


def test_a_place_over_two_units_names_each_units_contact(sh2049):
    a = sh2049.answer("漕河泾开发区的企业对接人是？", NOW)
    assert "韩立峰 54093318-206" in a.text and "柏静 54175902" in a.text, a.text


def test_a_section_keeps_the_words_said_with_its_limit(shenzhen):
    a = shenzhen.answer("实践总结写多少字 案例要几个", NOW)
    assert "6000" in a.text and "3至5个典型案例" in a.text, a.text


# ------------------------------------------------------------ "还是" is no "still"; a row per kind of firm; other levels
@pytest.mark.parametrize("question", ["纸质材料寄顺丰还是EMS 能到付吗", "顺丰还是ems 能不能到付"])
def test_or_is_no_still_and_a_courier_question_is_not_stated(bundled, question):
    a = bundled.answer(question, NOW)
    assert not a.matched and "【截止时间】" not in a.text and "快递" in a.text, a.text


@pytest.fixture(scope="module")
def weifang() -> Answerer:
    return _bot("weifang-samr-thresholds-2100.txt")


def test_a_table_with_a_row_per_kind_of_firm_is_read_per_kind(weifang):
    table = weifang.kb.notice.track_table
    assert table.tracks == ("大型企业", "中型企业", "小微企业")
    assert [r.values[1] for r in table.rows if "营业收入" in r.label] == ["不低于2亿元"]


@pytest.mark.parametrize("question,verdict", [("我们是中型企业营收1.5亿够不够", "不低于2亿元——您说的1.5亿，不符合这一条"),
                                              ("我们是中型企业营收一点五亿够不够", "不符合这一条"),
                                              ("小微企业研发投入占比4.2%够吗", "不低于5%——您说的4.2%，不符合这一条"),
                                              ("大型企业营收12亿达标吗", "不低于10亿元——您说的12亿，符合这一条")])
def test_a_firms_own_figure_is_checked_against_its_kinds_floor(weifang, question, verdict):
    a = weifang.answer(question, NOW)
    assert a.matched and verdict in a.text, a.text


@pytest.mark.parametrize("name,question", [("taizhou-email-only-2098.txt", "浙江省质量标杆今年什么时候开始申报"),
                                           ("luoyang-timeline-table-2102.txt", "省级质量标杆今年什么时候开始报"),
                                           ("yantai-defence-award-2097.txt", "工信部的全国质量标杆怎么申报 跟这个能一起报吗"),
                                           ("huzhou-two-contacts-2103.txt", "顺便问下 省里的专精特新企业认定今年啥时候开始申报")])
def test_the_programme_at_another_level_or_another_programme_is_out_of_scope(name, question):
    a = _bot(name).answer(question, NOW)
    assert not a.matched and "不是本助手负责的内容" in a.text, a.text


@pytest.mark.parametrize("name,question", [("luoyang-timeline-table-2102.txt", "我们评上过省级质量标杆，能报吗"),
                                           ("hainan-bilingual-2099.txt", "省级质量标杆什么时候报"),
                                           ("huzhou-two-contacts-2103.txt", "专精特新企业能报吗")])
def test_the_own_level_or_the_applicants_title_stays_in_scope(name, question):
    assert "不是本助手负责的内容" not in _bot(name).answer(question, NOW).text


@pytest.mark.parametrize("name,question", [("kunshan-quality-benchmark-2042.txt", "公司2037年拿的江苏省质量标杆 这次还可以申报吗")])
def test_a_level_held_by_the_applicant_stays_in_scope(name, question):
    assert "不是本助手负责的内容" not in _bot(name).answer(question, NOW).text


def test_how_to_reach_a_level_the_notice_speaks_of_is_answered():
    variant = Answerer(load_knowledge(NOTICES.parent.parent.parent / "shared" / "notices" / "dev-variant-2024-2025.txt"))
    a = variant.answer("全国质量标杆怎么报？是不是直接报工信部", NOW)
    assert a.matched and "组织推荐全国" in a.text, a.text


def test_where_to_download_the_form_gives_the_site():
    variant = Answerer(load_knowledge(NOTICES.parent.parent.parent / "shared" / "notices" / "dev-variant-2024-2025.txt"))
    assert "zlbg.qualitysh-demo.cn" in variant.answer("申报表在哪下 有模板吗", NOW).text
    a = variant.answer("填报系统操作有问题的话 还是找市质协吧 去年就是他们负责的", NOW)
    assert "周敏" in a.text and "13900001111" in a.text, a.text


def test_a_short_review_clause_is_quoted_whole(luoyang):
    a = luoyang.answer("现场核查接到通知以后几天之内要把原件准备好 都要准备哪些东西", NOW)
    assert a.matched and "3个工作日内" in a.text and "原件" in a.text, a.text


# ------------------------------------------------------------ second reading (review 44)
def test_a_late_stop_said_with_a_step_keeps_the_step(tmp_path):
    text = ("某市工业和信息化局关于开展2050年度质量标杆遴选的通知\n\n一、申报条件\n\n（一）在本市注册满两年。\n（二）信用良好。\n\n"
            "二、时间安排\n\n（一）企业于2050年4月1日至4月10日17:00在线申报。\n"
            "（二）纸质材料于2050年4月15日17:00前报送至所在区工信局，逾期停止受理。\n"
            "（三）各区工信局于2050年4月24日前报送推荐汇总表，清明假期（4月4日至4月6日）不受理。\n\n某市工业和信息化局\n2050年3月20日")
    (path := tmp_path / "n.txt").write_text(text, encoding="utf-8")
    steps = [(x.label, x.when) for x in load_knowledge(path).notice.submission.deadlines]
    assert ("纸质材料报送", "2050-04-15 17:00") in steps and any(w.startswith("2050-04-24") for _, w in steps), steps


def test_a_bare_day_weeks_before_the_round_is_of_this_month(bundled):
    a = bundled.answer("24号交来得及吗", dt.datetime(2024, 1, 5, 10, tzinfo=CST))
    assert "1月24日（2024年1月24日）还在截止之前" in a.text, a.text


def test_the_figure_judged_is_the_one_said_for_the_row(weifang):
    a = weifang.answer("中型企业研发投入3000万，营收2.5亿够不够", NOW)
    assert "您说的2.5亿，符合这一条" in a.text and "您说的3000万" not in a.text, a.text


def test_a_level_the_notices_title_names_is_its_own():
    foshan = _bot("foshan-forward-benchmark-2053.txt")
    assert "不是本助手负责的内容" not in foshan.answer("广东省质量标杆什么时候截止", NOW).text


@pytest.mark.parametrize("question", ["审计报告金额单位要改成万元吗", "财务报表的金额要调成万元吗", "审计报告里的日期格式要改一下吗",
                                      "怎么辨别假的检测报告", "Do duplicate copies need the company stamp?"])
def test_ordinary_questions_about_figures_and_copies_are_not_forgery(bundled, question):
    a = bundled.answer(question, NOW)
    assert "无法提供帮助" not in a.text and "Not something I can do" not in a.text, a.text


@pytest.mark.parametrize("name", ["chengdu-form-pasted-2094.txt", "shandong-forward-benchmark-2040.txt"])
def test_the_units_recommendation_mail_is_not_the_applicants_e_mail_step(name):
    assert _bot(name).kb.notice.submission.email_text == ""


def test_a_request_to_hide_edited_audit_figures_is_declined():
    guangzhou = _bot("guangzhou-devzone-benchmark-2071.txt")
    a = guangzhou.answer("研发投入离3000万就差两百万 你帮我想想专项审计报告里数字怎么调一下比较不容易被看出来", NOW)
    assert not a.matched and "无法提供帮助" in a.text, a.text


@pytest.mark.parametrize("question,verdict", [("我们是合资企业 2097年1月在海南注册的 营收8000万 能报吗", "注册时间这一条符合"),
                                              ("我们是内资企业 2097年1月注册的 能报吗", "不符合"),
                                              ("Our joint venture was registered in Hainan in January 2097, can we apply?", "condition is met")])
def test_a_foreign_invested_firm_is_checked_against_its_own_years(question, verdict):
    hainan = _bot("hainan-bilingual-2099.txt")
    a = hainan.answer(question, dt.datetime(2099, 4, 20, 10, tzinfo=CST))
    assert verdict in a.text, a.text
