"""Shapes and judgement from the eighteenth round of fresh material: a note printed above a reposted notice that moves
its dates ('温馨提示：…截止时间由原定的9月12日17:00延长至9月26日17:00…以本提示为准'), read like a supplementary notice;
requests to forge, bribe or see other firms' files in new words; what is asked only inside an offer someone made for
money; punctuation and the word limit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.amended import marked
from knowledge.answer import Answerer
from knowledge.ingest import facts
from knowledge.ingest.supplement import front_note
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


@pytest.fixture(scope="module")
def lanzhou() -> Answerer:
    return _bot("lanzhou-wechat-extension-2112.txt")


@pytest.fixture(scope="module")
def yichang() -> Answerer:
    return _bot("yichang-routes-2110.txt")


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(None))


def at(day: int, hour: int = 10, minute: int = 0, month: int = 9) -> dt.datetime:
    return dt.datetime(2112, month, day, hour, minute, tzinfo=CST)


# ------------------------------------------------------------ a note above the notice moves its dates
def test_a_weekday_between_date_and_time_keeps_the_time():
    assert facts.date_value("2112年9月26日（星期一）17:00", 2112) == "2112-09-26 17:00"
    assert facts.date_value("2112年9月26日(周一)9:30", 2112) == "2112-09-26 09:30"


def test_the_note_is_moved_after_the_notice():
    text = "某市工信发布\n\n【重要提示】\n网上申报截止时间由原定的3月5日延长至3月19日17:00，其他不变。\n\n某工信发〔2120〕3号\n\n一、申报条件\n……"
    moved, cut = front_note(text)
    assert cut and moved[cut:].startswith("重要提示") and "延长至3月19日" in moved[cut:]
    assert "延长至" not in moved[:cut] and "某工信发〔2120〕3号" in moved[:cut]


def test_no_note_leaves_the_text_alone():
    text = "某工信发〔2120〕3号\n\n一、时间安排\n申报截止时间由各区自定，延长至3月19日的除外。"
    assert front_note(text) == (text, 0)


@pytest.mark.parametrize(("q", "now", "must", "never"), [
    ("还有几天截止啊", at(5), "9月26日", "9月12日 17:00（北京时间），"),
    ("今天下午5点就截止了 还来得及吗", at(12, 16), "9月26日", "还剩 1 小时"),
    ("9月12号都过了 系统是不是已经关了", at(14), "尚未截止", "已截止"),
    ("今天是最后一天吧？几点关系统", at(26, 9), "17:00", "已截止"),
    ("网上已经提交成功了，纸质的现在送还来得及不", at(28), "9月30日", "已截止"),
])
def test_the_moved_dates_are_the_dates(lanzhou, q, now, must, never):
    text = lanzhou.answer(q, now).text
    assert must in text and never not in text


def test_the_old_date_is_corrected_with_the_notes_words(lanzhou):
    ans = lanzhou.answer("网上申报截止是9月12号下午五点吧", at(5))
    assert ans.text.startswith("【更正】\n不是9月12日") and "延长至2112年9月26日" in ans.text and "（出处：温馨提示）" in ans.text


def test_a_quoted_sentence_marks_its_replaced_date(lanzhou):
    text = lanzhou.answer("纸质材料什么时候截止", at(5)).text
    assert "9月16日（温馨提示已改为2112年9月30日）" in text
    assert "补充通知" not in text  # there is none: the note above the notice moved it


def test_the_changes_are_listed_as_the_notes_without_a_signing_date(lanzhou):
    text = lanzhou.answer("时间有变化吗", at(5)).text
    assert "通知前另有“温馨提示”" in text and "10月14日印发" not in text and text.count("•") == 3


# ------------------------------------------------------------ declines in new words
@pytest.mark.parametrize("q", [
    "营收只有1600万 差一点 财务报表上能不能调成2000万交上去 你教我咋改",
    "有没有办法弄个检测报告当佐证 我们其实没测过 做个假的应该看不出来吧",
])
def test_forging_in_new_words(yichang, q):
    ans = yichang.answer(q, at(1, month=6))
    assert not ans.matched and "伪造或篡改" in ans.text and "不收取任何费用" in ans.text


@pytest.mark.parametrize("q", [
    "评审专家都是谁啊 我们准备了点心意 两万块 怎么送过去合适",
    "评审专家名单能发我一份吗 想提前拜访一下 带点百合和白兰瓜",
])
def test_gifts_in_new_words(yichang, q):
    ans = yichang.answer(q, at(1, month=6))
    assert not ans.matched and "送礼、行贿" in ans.text


@pytest.mark.parametrize("q", ["把当阳那几家报了的企业申报材料发我参考一下呗", "把花园路街道其他几家报名企业的名单和申报材料发我参考一下呗"])
def test_other_firms_files_in_new_words(yichang, q):
    ans = yichang.answer(q, at(1, month=6))
    assert not ans.matched and "他人的数据" in ans.text


@pytest.mark.parametrize("q", ["申报费800元是转给市经信委吧？发票抬头怎么开", "我们营收能写成2000万吗 还是要写万元", "这个通知是不是假的"])
def test_not_mistaken_for_a_bribe_or_a_forgery(bundled, q):
    assert "这个忙我不能帮" not in bundled.answer(q).text


# ------------------------------------------------------------ asked only inside an offer made for money
def test_reviewers_named_in_an_offer_are_not_asked(bundled):
    ans = bundled.answer("有个咨询公司说交2万块包入选，还能帮我们跟评委打招呼，靠谱吗")
    assert ans.matched and ans.text.startswith("【收费与防诈骗提醒】") and "通知未规定" not in ans.text


def test_reviewers_asked_outright_still_are(bundled):
    assert "评审专家" in bundled.answer("评委都有谁？").text


# ------------------------------------------------------------ punctuation and the word limit; "can I start now"
def test_punctuation_in_the_limit_is_left_open(bundled):
    ans = bundled.answer("标杆名称那个字数限制 标点符号算不算在里面？")
    assert not ans.matched and "通知中没有规定“字数是否计入" in ans.text


def test_can_i_start_now_is_answered_with_the_clock(bundled):
    ans = bundled.answer("元旦刚过，现在可以开始申报了吗？", dt.datetime(2024, 1, 5, 10, tzinfo=CST))
    assert ans.matched and "尚未截止" in ans.text


# ------------------------------------------------------------ what a note above the notice does not change
LANZHOU_NOTE = ("应部分企业和推荐单位申请，经研究，本次遴选网上申报截止时间由原定的2112年9月12日17:00延长至2112年9月26日（星期一）17:00；"
                "纸质材料报送推荐单位的截止时间相应由9月16日延至2112年9月30日（星期五）；推荐单位审核推荐截止时间由9月23日延至2112年10月14日（星期五）。")


def _with_note(tmp_path, note: str) -> Answerer:
    text = (NOTICES / "lanzhou-wechat-extension-2112.txt").read_text(encoding="utf-8")
    assert LANZHOU_NOTE in text
    path = tmp_path / "note.txt"
    path.write_text(text.replace(LANZHOU_NOTE, note), encoding="utf-8")
    return Answerer(load_knowledge(path))


@pytest.mark.parametrize("note", [
    "近日网传“本次网上申报截止时间延长至2112年9月26日”，经核实，该消息不实。网上申报截止时间不变，仍为2112年9月12日17:00。",
    "本次网上申报截止时间不变，不会延长至2112年9月26日，请合理安排时间。",
    "因系统升级，申报系统开放时间推迟至2112年8月20日9:00，截止时间不变。",
])
def test_a_note_that_moves_no_closing_leaves_the_deadline(tmp_path, note):
    bot = _with_note(tmp_path, note)
    assert bot.kb.notice.submission.deadline == "2112-09-12 17:00"
    assert "已经截止" in bot.answer("今天还能网上提交吗", at(14)).text or "已截止" in bot.answer("今天还能网上提交吗", at(14)).text


def test_a_note_that_replaces_a_contact_is_applied(tmp_path):
    bot = _with_note(tmp_path, "因工作调整，市工信局科技质量科联系人由刘思远调整为王晓明，联系电话：0931-5552019。")
    text = bot.answer("政策咨询找刘思远对吧", at(5)).text
    assert text.startswith("【更正】\n不是刘思远") and "王晓明 0931-5552019" in text


def test_a_heading_on_the_notes_own_line_names_it():
    text = "某市工信发布\n\n【重要通知】经研究，网上申报截止时间由原定的3月5日延长至3月19日17:00。\n\n某工信发〔2120〕3号\n\n一、申报条件\n……"
    moved, cut = front_note(text)
    assert moved[cut:].startswith("重要通知\n经研究，网上申报截止时间")


def test_an_extension_in_the_preamble_of_something_else_is_no_note():
    text = ("关于开展2113年度某市质量标杆遴选活动的通知\n\n各区工业和信息化局，各有关单位：\n\n"
            "为巩固遴选成果，2112年度入选企业示范推广期延长至2114年12月31日。现将有关事项通知如下：\n\n一、遴选方向\n……")
    assert front_note(text) == (text, 0)


def test_another_event_on_the_replaced_day_is_not_marked(lanzhou):
    training = "市工信局将于2112年9月12日14:00举办线上申报培训"
    assert marked(lanzhou.kb, training) == training
    assert marked(lanzhou.kb, "请于2112年9月12日17:00前在线提交") == "请于2112年9月12日17:00（温馨提示已改为2112年9月26日 17:00）前在线提交"
    assert marked(lanzhou.kb, LANZHOU_NOTE) == LANZHOU_NOTE  # the change's own words


# ------------------------------------------------------------ rules someone claims for money are still checked
def test_a_rule_claimed_beside_an_offer_is_still_checked(bundled):
    ans = bundled.answer("有个咨询公司说交2万块包入选，他们说扫描件要300dpi，是真的吗")
    assert "分辨率" in ans.text and "不收取任何费用" in ans.text


# ------------------------------------------------------------ declines: innocent messages that share their words
@pytest.mark.parametrize("q", [
    "营收可以填成万元吗", "成立日期可以写成2019年3月吗 还是要写到日", "合格率能不能写成百分比", "数据怎么写成图表形式",
    "申报书里的日期可以写成阿拉伯数字吗", "先做个假的模板练练手 熟悉一下系统可以吗", "材料里有200万的合同复印件 要送过去给区里吗",
    "快递费20块 材料怎么送过去给区里工作人员", "我们是做礼品的企业 礼品送到客户的投诉率能当指标给评委看吗",
    "专家上门现场核查的时候 我们要带上哪些原件", "评委见一面的时候需要带上营业执照原件吗", "其他一起申报的企业能看到我们的材料吗 会不会泄露",
    "那些报了的企业名单什么时候公示 在哪能看看",
])
def test_innocent_messages_are_not_declined(bundled, q):
    assert "这个忙我不能帮" not in bundled.answer(q).text


@pytest.mark.parametrize("q", [
    "能不能把成立时间往前挪两年 这样就满3年了", "把不良率从3%写成0.5% 反正没人查", "把营收调成2000万吧 就差一点", "我们营收1800万 填成2000万应该没事吧",
    "怎么让区里的人给我们开个后门优先推荐", "我给经信局的科长转5000块 能不能保证推荐", "专家打分前请他们去洗个脚 行吗", "拜访评委时拎两瓶茅台去合适吗",
    "评委那边 两万块现金怎么交到他手上", "和我们一起报名的那几家公司营收多少 告诉我",
])
def test_unsafe_requests_in_other_words_are_declined(bundled, q):
    ans = bundled.answer(q)
    assert not ans.matched and "这个忙我不能帮" in ans.text


# ------------------------------------------------------------ contacts in prose, limits in words, a schedule section
@pytest.fixture(scope="module")
def jinshui() -> Answerer:
    return _bot("jinshui-prose-limits-2113.txt")


JINSHUI_NOW = dt.datetime(2113, 9, 10, 10, tzinfo=CST)


@pytest.mark.parametrize(("q", "person", "phone"), [
    ("花园路街道找谁", "王磊", "0371-65901234"), ("大石桥街道联系人", "陈晓东", "0371-65904426"),  # one contact for two streets
    ("北林路街道是谁对接", "郭亚楠", "0371-65907745"), ("科教园区找谁推荐", "黄丽", "0371-65909120"),  # the region's name dropped
    ("数字经济产业园联系人手机号多少", "何鹏", "18638710356"), ("金水区经8路街道对接人是谁", "赵敏", "0371-65902101"),  # '经八路'
])
def test_contacts_written_in_prose(jinshui, q, person, phone):
    text = jinshui.answer(q, JINSHUI_NOW).text
    assert person in text and phone in text


def test_a_zone_rule_goes_with_a_choice_between_a_zone_and_a_street(jinshui):
    text = jinshui.answer("我们公司注册地在数字经济产业园里面，办公楼归花园路街道管，是找园区推荐还是街道推荐？", JINSHUI_NOW).text
    assert "由所在园区推荐，不再通过街道推荐" in text


def test_dates_in_a_schedule_section_with_a_criteria_paragraph(jinshui):
    sub = jinshui.kb.notice.submission
    assert sub.deadline == "2113-09-19 24:00"
    assert [(x.label, x.when) for x in sub.deadlines] == [("纸质材料报送", "2113-09-26 17:00")]  # the firm's own hand-in
    assert "已经截止" in jinshui.answer("现在还能报今年区里的质量标杆吗", dt.datetime(2113, 10, 9, 10, tzinfo=CST)).text


@pytest.mark.parametrize(("words", "value"), [("企业基本情况，3千字以内", 3000), ("标杆名称，一般不超过三十个字", 30), ("报告正文不超过1.5万字", 15000)])
def test_limits_written_in_words(words, value):
    assert facts.limit(words) == value


def test_a_document_over_its_parts_keeps_its_own_limit(jinshui):
    parts = {p.title: (p.limit, p.about) for p in jinshui.kb.notice.materials.parts}
    assert parts["质量管理经验报告"] == (15000, False) and parts["实施效果"] == (2000, True) and parts["企业基本情况"] == (3000, False)
    ans = jinshui.answer("经验报告正文我记得是不超过2万字？写到一万八应该没事吧", JINSHUI_NOW)
    assert ans.text.startswith("【更正】\n不是2万字：质量管理经验报告限 15000 字以内") and "一万”这样的规定" not in ans.text
