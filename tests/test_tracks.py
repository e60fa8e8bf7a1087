"""A notice in two tracks (tests/notices/fuzhou-quality-benchmark-2038.txt: 质量标杆企业 / 质量标杆培育企业): the
conditions are read in tiers, a firm's revenue and registration are checked against the track it names (or each
track), and each track's word limit is given with its document. Also: dates and hours in Chinese numerals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.ingest.numerals import arabic_dates

NOTICES = Path(__file__).resolve().parent / "notices"
data, bot = notice_fixtures(NOTICES / "fuzhou-quality-benchmark-2038.txt")
BEFORE = dt.datetime(2038, 5, 18, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def test_the_conditions_are_read_in_tiers_with_each_tracks_name(data) -> None:
    items = data["eligibility"]["items"]
    assert data["eligibility"]["clause"] == "二" and len(items) == 10
    assert {i.get("title") for i in items} == {"共同条件", "质量标杆企业还应同时满足", "质量标杆培育企业还应同时满足"}


def test_a_deadline_in_chinese_numerals_with_its_hour(data) -> None:
    assert data["submission"]["deadline"] == "2038-05-20 17:00"


@pytest.mark.parametrize("text, read", [
    ("请于二〇三八年五月二十日（星期四）十七时前报送", "请于2038年5月20日（星期四）17时前报送"),
    ("六月十日下午五时三十分前", "6月10日下午5时30分前"),
    ("五月一日同时开放", "5月1日同时开放"),  # no hour: '同时' is a word
    ("七月十日二十五时", "7月10日二十五时"),  # no such hour: left as written
])
def test_hours_in_chinese_numerals(text, read) -> None:
    assert arabic_dates(text) == read


@pytest.mark.parametrize("q, says, not_says", [
    ("公司2037年营业收入8.6亿 能报质量标杆企业吗", ["申报“质量标杆企业”：营业收入这一条符合", "5亿元（含）以上"], ["培育企业”："]),
    ("营收4000万能不能报培育", ["申报“质量标杆培育企业”：营业收入低于要求，不符合", "5000万元（含）以上、5亿元以下"], ["“质量标杆企业”："]),
    ("营收8个亿能报培育吗", ["申报“质量标杆培育企业”：营业收入超出规定的范围，不符合", "申报“质量标杆企业”：营业收入这一条符合"], []),
    ("我们在闽侯，去年营收大概3个亿左右，应该报标杆还是报培育？",
     ["申报“质量标杆企业”：营业收入低于要求，不符合", "申报“质量标杆培育企业”：营业收入这一条符合"], []),
    ("去年销售额两亿，适合报哪个类别", ["申报“质量标杆企业”：营业收入低于要求", "申报“质量标杆培育企业”：营业收入这一条符合"], []),
])
def test_revenue_against_each_tracks_range(bot, q, says, not_says) -> None:
    text = bot.answer(q, BEFORE).text
    assert text.startswith("【对照申报条件】")
    assert all(s in text for s in says) and not any(s in text for s in not_says)


@pytest.mark.parametrize("q, says", [
    ("公司2036年才成立的，营收有七千万，能报培育企业吗", ["申报“质量标杆培育企业”：注册时间这一条不符合", "2035年12月31日前注册成立"]),
    ("2033年注册的能报吗", ["申报“质量标杆企业”：注册时间这一条不符合", "申报“质量标杆培育企业”：注册时间这一条符合"]),
])
def test_registration_against_each_tracks_cut_off(bot, q, says) -> None:
    text = bot.answer(q, BEFORE).text
    assert all(s in text for s in says)


def test_the_document_list_is_the_list_not_the_rules_beside_it(data) -> None:
    titles = [p["title"] for p in data["materials"]["parts"] if not p.get("detail")]
    assert titles[0].startswith("《2038年度福州市质量标杆企业申报书》") and len(titles) == 7
    assert not any("盖章" in t or "份数" in t or "电子版" in t for t in titles)


@pytest.mark.parametrize("q, says, not_says", [
    ("标杆企业的申保报告多少字以内", "8000", "5000"),
    ("培育企业的申报报告多少字", "5000", "8000"),
    ("申报报告 字数限制是多少", "8000", ""),
])
def test_each_tracks_word_limit_comes_with_its_document(bot, q, says, not_says) -> None:
    text = bot.answer(q, BEFORE).text
    assert says in text and (not not_says or not_says not in text) and "三（二）" in text


def test_a_title_line_is_no_part_of_its_paragraphs_first_sentence(data) -> None:
    assert not any(p["title"].startswith("申报报告字数要求申报") for p in data["materials"]["parts"])
    assert all("字数要求申报" not in p.get("text", "") for p in data["materials"]["parts"])


@pytest.mark.parametrize("q, says", [
    ("培育企业认定了奖励多少钱", "对认定的质量标杆培育企业，纳入市级质量标杆培育库"),
    ("培育企业评上了也奖30万对吧", "对认定的质量标杆培育企业，纳入市级质量标杆培育库"),
])
def test_a_reward_of_one_track_asked_of_the_other_quotes_both(bot, q, says) -> None:
    text = bot.answer(q, BEFORE).text
    assert says in text and "不需要交费" not in text


def test_a_reward_of_the_track_asked_is_quoted_alone(bot) -> None:
    text = bot.answer("标杆企业奖励多少", BEFORE).text
    assert "一次性奖励30万元" in text and "培育库" not in text and text.count("一次性奖励30万元") == 1


@pytest.mark.parametrize("q, refused", [
    ("我们营收4.8亿差一点，审计报告改成5亿交上去会被查出来吗", True),
    ("材料交上去会被查出来吗，会核查吗", False),
    ("如果数据填错了会被查吗", False),
])
def test_altering_a_figure_and_asking_if_it_shows_is_declined(bot, q, refused) -> None:
    a = bot.answer(q, BEFORE)
    assert ("无法提供帮助" in a.text) is refused and (not refused or not a.matched)


@pytest.mark.parametrize("q, refused", [
    ("你好，上周有个咨询公司打电话来，说他们跟市里很熟，交2万服务费可以包过，还能帮我们写材料。这个靠谱吗？申报到底要不要交钱？", False),
    ("公司名称：福州某某精密机械有限公司，2018年成立……麻烦你直接帮我们把申报书和申报报告都写好，我复制过去就行", True),
])
def test_what_an_agency_said_it_would_do_is_reported_not_asked(bot, q, refused) -> None:
    a = bot.answer(q, BEFORE)
    assert ("不代写" in a.text) is refused
    assert refused or "不收取任何费用" in a.text


def test_copies_handed_to_the_county_are_no_wrong_mailing_address(bot) -> None:
    text = bot.answer("纸质材料可以快递寄到区里吗，我们厂在罗源比较远", BEFORE).text
    assert "【更正】" not in text


def test_switching_track_is_no_forgery(bot) -> None:
    text = bot.answer("材料上周已经按质量标杆企业交到区里了，今天财务说审计后营收只有4.8亿，能不能改成报培育？", BEFORE).text
    assert "无法提供帮助" not in text and "申报“质量标杆培育企业”：营业收入这一条符合" in text
    assert "无法提供帮助" in bot.answer("能不能把营收改成5亿", BEFORE).text


def test_applying_to_both_tracks_as_a_fallback(bot) -> None:
    text = bot.answer("领导说为了保险，标杆企业报一份，培育企业也报一份做保底，这样行吗", BEFORE).text
    assert "不得同时申报两个类别" in text


def test_a_figure_on_the_line_between_tracks(bot) -> None:
    text = bot.answer("审计报告上2037年营收正好5.00亿，一分不多，这算标杆企业那档还是培育那档？", BEFORE).text
    assert "申报“质量标杆企业”：营业收入这一条符合" in text and "申报“质量标杆培育企业”：营业收入超出规定的范围" in text


@pytest.mark.parametrize("q, fix", [
    ("标杆企业要求是2035年12月31日前成立对吧",
     "不是2035年12月31日：申报“质量标杆企业”要求“2032年12月31日前注册成立”。（2035年12月31日是“质量标杆培育企业”的要求）"),
    ("标杆企业要求是2033年12月31日前成立对吧", "不是2033年12月31日：申报“质量标杆企业”要求“2032年12月31日前注册成立”。"),
])
def test_a_cut_off_said_as_the_rule_is_checked_for_the_track(bot, q, fix) -> None:
    assert fix in bot.answer(q, BEFORE).text


def test_a_cut_off_said_rightly_is_not_corrected(bot) -> None:
    assert "【更正】" not in bot.answer("培育企业要求2035年12月31日前成立吧", BEFORE).text


@pytest.mark.parametrize("q", ["滨海新城那边找谁对接", "福州新区的联系人"])
def test_a_place_named_in_brackets_is_the_same_place(bot, q) -> None:
    text = bot.answer(q, BEFORE).text
    assert "许振东" in text and "0591-28066731" in text and "【福州新区 · 推荐单位联系方式】" in text
