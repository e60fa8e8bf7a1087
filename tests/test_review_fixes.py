"""Replies a second reader found wrong, kept right: registration dates against the notice's own cut-off day, 'less
than' figures, revenue floors by tier and kind of firm, days already past, hours of other events, minutes of a
deadline, deadlines asked about after '想问一下', dates of other events in English, and the units' own words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
TZ = dt.timezone(dt.timedelta(hours=8))


def ask(notice: str | None, q: str, now: dt.datetime) -> str:
    return Answerer(load_knowledge(NOTICES / notice if notice else None)).answer(q, now).text


CHENGDU, SH2027, PUDONG, WUHAN = ("chengdu-quality-benchmark-2028.txt", "sh-benchmark-2027-2028.txt",
                                   "pudong-forward-smart-factory.txt", "wuhan-quality-benchmark-2027.txt")
APRIL_2028 = dt.datetime(2028, 4, 20, 10, 0, tzinfo=TZ)


@pytest.mark.parametrize("notice, q, verdict", [
    (CHENGDU, "我们2025年5月注册的，能报吗", "不符合"),  # the notice: registered before 2025-03-31
    (CHENGDU, "registered in 2025, can we apply?", "It depends"),
    (CHENGDU, "我们成立不到三年，能报吗", "不符合"),
    (CHENGDU, "营收不到5000万能报吗", "要看企业属于哪一类"),
    (CHENGDU, "营收4800万，我们是省级专精特新，够格吗", "这一条符合"),
    (SH2027, "我们是生产性服务业企业，营收3000万，够格吗", "这一条符合"),
    (SH2027, "我们是做设备的制造企业，去年营收三千多万，能报吗", "不符合"),
    (PUDONG, "申报卓越级，营收3亿够格吗", "不符合"),
])
def test_applicant_figures(notice, q, verdict):
    assert verdict in ask(notice, q, APRIL_2028)


def test_a_floor_for_a_tier_not_named_gives_no_verdict():
    assert "【对照申报条件】" not in ask(PUDONG, "申报先进级，营收3亿够格吗", APRIL_2028)


@pytest.mark.parametrize("q", ["我们是建筑公司，能报吗", "我们是做软件的公司能报吗"])
def test_a_notice_open_to_other_industries_gives_no_manufacturing_verdict(q):
    text = ask("shenzhen-quality-2027.txt", q, APRIL_2028)
    assert "不符合" not in text and "申报条件" in text, text  # no verdict: the conditions, which admit other industries


@pytest.mark.parametrize("q", ["我们长期做对标管理，浦东的推荐单位是哪个", "推荐单位会组织观摩学习吗"])
def test_the_recommending_unit_is_no_firm_to_recommend(q):
    assert "不在我的范围内" not in ask(None, q, dt.datetime(2024, 2, 20, tzinfo=TZ))


@pytest.mark.parametrize("q", ["2月10号交可以吗", "这周一交可以吗"])
def test_a_day_already_past_is_not_in_time(q):
    text = ask(None, q, dt.datetime(2024, 2, 22, 10, 0, tzinfo=TZ))
    assert "已经过去了" in text and "还在截止之前" not in text


WUHAN_EVE = dt.datetime(2027, 5, 13, 10, 0, tzinfo=TZ)  # the round closes 2027-05-14 17:00


@pytest.mark.parametrize("q, said", [
    ("今天下午6点开完会，明天下午4点交来得及吗", "16:00还在截止时间"),
    ("5月14号下午五点三十五交来得及吗", "17:35已经过了截止时间"),
])
def test_the_hour_said_with_the_day_decides(q, said):
    text = ask(WUHAN, q, WUHAN_EVE)
    assert said in text and "【更正】" not in text


@pytest.mark.parametrize("q", ["截止是17:30吧", "截止是5月14号下午五点半吧", "Deadline is 5:30pm, right?"])
def test_minutes_of_a_claimed_deadline_are_checked(q):
    text = ask(WUHAN, q, WUHAN_EVE)
    assert text.startswith(("【更正】", "[Correction]")) and "17:00" in text and ("不是" in text or "Not" in text)


@pytest.mark.parametrize("q", ["我想问一下3月15号截止吗", "估计3月15号截止吧？"])
def test_a_deadline_asked_about_after_a_planning_word_is_corrected(q):
    assert ask(None, q, dt.datetime(2024, 2, 20, tzinfo=TZ)).startswith("【更正】")


def test_an_english_founding_date_is_no_claimed_deadline():
    text = ask(CHENGDU, "The deadline is May 19, I was founded on May 5 2020, right?", APRIL_2028)
    assert "Not May 5" not in text


@pytest.mark.parametrize("q", ["截止是" + "9" * 400 + "月1号吧", "截止是3月" + "9" * 400 + "号吧",
                               "We registered " + "9" * 400 + " years ago, can we apply?"])
def test_absurd_numbers_in_claims_get_a_reply(q):
    assert ask(CHENGDU, q, APRIL_2028)


def test_a_penalty_sentence_is_no_answer_to_when_a_reward_is_paid():
    text = ask("hangzhou-quality-award-2026.txt", "获奖后奖励什么时候发", APRIL_2028)
    assert "撤销奖励" not in text and "通知未规定" in text


@pytest.mark.parametrize("child, parent, under", [("附件10", "附件1", False), ("附件1 一", "附件1", True), ("十一", "十", False),
                                                  ("十（一）", "十", True), ("四1", "四", True), ("三（一）", "三", True)])
def test_a_clause_is_under_its_parent_only(child, parent, under):
    from knowledge.recall import _under
    assert _under(child, parent) is under
