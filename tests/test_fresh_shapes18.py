"""Shapes and judgement from the eighteenth round of fresh material: a note printed above a reposted notice that moves
its dates ('温馨提示：…截止时间由原定的9月12日17:00延长至9月26日17:00…以本提示为准'), read like a supplementary notice;
requests to forge, bribe or see other firms' files in new words; what is asked only inside an offer someone made for
money; punctuation and the word limit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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
