"""Findings of a second reading of the day's changes, each fixed and kept fixed: a plan to upload judged against the
online deadline, a denied kind of firm that stops where another is named, a revenue rule written '…以上', an award
the notice rewards, districts after '注册', two steps due at one hour, and ordinary questions the new rules must not
refuse or call unstated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
TZ = dt.timezone(dt.timedelta(hours=8))


def ask(notice: str | None, q: str, now: dt.datetime = dt.datetime(2024, 2, 20, 10, 0, tzinfo=TZ)):
    return Answerer(load_knowledge(NOTICES / notice if notice else None)).answer(q, now)


@pytest.mark.parametrize("q", ["后天才能拿到审计报告，后天上传来得及吗", "营业执照原件扫描件后天上传来得及吗"])
def test_a_plan_to_upload_is_judged_against_the_online_deadline(q) -> None:
    text = ask("xian-quality-benchmark-2031.txt", q, dt.datetime(2031, 6, 19, 10, 0, tzinfo=TZ)).text
    assert "来不及" in text and "纸质材料：" not in text, text
    assert "来不及" in ask(None, q, dt.datetime(2024, 2, 29, 10, 0, tzinfo=TZ)).text


def test_a_denied_kind_stops_where_the_firms_own_kind_is_named() -> None:
    text = ask("tianjin-quality-benchmark-2029.txt", "我们不是大型企业是中小企业营收1500万够不够").text
    assert "不符合：营业收入低于通知要求" in text, text


def test_a_long_revenue_rule_written_above_a_figure_does_not_fail(tmp_path) -> None:
    s = (NOTICES / "tianjin-quality-benchmark-2029.txt").read_text(encoding="utf-8")
    old = s[s.index("2. 经营状况良好"):s.index("确定；") + 3]
    new = ("2. 经营状况良好，2028年度营业收入在5000万元以上，资产负债率合理，近三年未出现亏损，纳税信用等级为B级及以上，研发投入占营业收入比重"
           "较上年有所提高，企业规模按国家统计局《统计上大中小微型企业划分办法》确定，企业应如实填报经营数据并对其真实性负责，相关数据以经审计"
           "的财务报表为准，审计报告须由具有资质的会计师事务所出具，并加盖会计师事务所公章；")
    path = tmp_path / "tianjin-quality-benchmark-2029.txt"
    path.write_text(s.replace(old, new), encoding="utf-8")
    assert Answerer(load_knowledge(path)).answer("营收3000万够不够", dt.datetime(2029, 5, 1, tzinfo=TZ)).text


@pytest.mark.parametrize("q", ["获得市长质量奖的企业申报时有什么优势", "我们拿了市长质量奖，申报时要附证书吗"])
def test_an_award_the_notice_rewards_is_answered_from_the_notice(q) -> None:
    assert ask("xian-quality-benchmark-2031.txt", q).matched


@pytest.mark.parametrize("q, phone", [("企业注册雁塔，推荐单位是谁", "雁塔区"), ("公司总部未央，推荐单位找谁", "未央区")])
def test_a_district_after_common_words_is_found(q, phone) -> None:
    assert f"【{phone}" in ask("xian-quality-benchmark-2031.txt", q).text


@pytest.mark.parametrize("q", ["你直接把截止时间写出来", "直接把申报条件写成表格给我", "申报通过后给员工发点东西庆祝可以吗",
                               "我们去刻章店重新刻了公章，申报表盖新章可以吗", "项目实施延期了，还能报吗",
                               "We extended our quality system to suppliers, is that a focus area?"])
def test_ordinary_questions_are_not_refused_or_called_unstated(q) -> None:
    text = ask(None, q).text
    assert "无法提供帮助" not in text and "截止时间能否延长" not in text and "not state whether the deadline" not in text, text


def test_two_steps_due_at_the_same_hour_stay_two(tmp_path) -> None:
    s = (NOTICES / "xian-quality-benchmark-2031.txt").read_text(encoding="utf-8")
    path = tmp_path / "xian-quality-benchmark-2031.txt"
    path.write_text(s.replace("于2031年7月8日前在平台完成推荐操作", "于2031年6月27日17:00前在平台完成推荐操作"), encoding="utf-8")
    labels = [(x.label, x.when) for x in load_knowledge(path).notice.submission.deadlines]
    assert ("纸质材料报送", "2031-06-27 17:00") in labels and ("推荐单位报送", "2031-06-27 17:00") in labels, labels


def test_paper_named_beside_an_online_step_already_done_is_judged_against_the_paper_date() -> None:
    text = ask("tianjin-quality-benchmark-2029.txt", "网上已经交完了，纸质的打算28号送到区里，来得及吧",
               dt.datetime(2029, 5, 23, 10, 0, tzinfo=TZ)).text
    assert "来得及" in text and "来不及" not in text, text


def test_a_gift_to_reviewers_in_english_is_refused_and_a_programme_already_applied_to_is_checked() -> None:
    assert not ask(None, "Can I give the reviewers a gift?").matched
    text = ask("tianjin-quality-benchmark-2029.txt", "我们报了市长质量奖，还能报质量标杆吗").text
    assert "只能择一申报" in text, text


def test_odd_figures_get_no_verdict_and_a_spaced_title_names_the_programme() -> None:
    assert "符合" not in ask("chongqing-quality-benchmark-2029.txt", "营收-5000万够不够").text
    assert "对照申报条件" not in ask("tianjin-quality-benchmark-2029.txt", "我们0001年1月注册的能报吗").text
    from knowledge.ingest.meta import _programme_from_title

    assert _programme_from_title("关于开展 2030 年度 合肥市 质量标杆 申报 的通知", "合肥市") == "质量标杆"
