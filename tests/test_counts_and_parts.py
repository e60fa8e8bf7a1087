"""The user's own count of a part against its limit ("摘要写了900多字，没超吧"), never read as a claimed limit; and
which part of the materials a thing is written in, from the parts' own guidance."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.arith import own_count
from knowledge.model import load_knowledge

NOW = dt.datetime(2024, 2, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(None))


@pytest.mark.parametrize("norm, span", [
    ("我们写了900多字", (900, 999)), ("目前七八百字", (700, 800)), ("已经写了1,200字", (1200, 1200)),
    ("大概两千字", (2000, 2000)), ("our abstract is 450 characters", (450, 450)),
    ("摘要限1000字吗", None), ("the limit is 450 characters", None),
])
def test_an_own_count_is_read_with_its_range(norm, span):
    got = own_count(norm)
    assert (got[:2] if got else None) == span


@pytest.mark.parametrize("q, verdict", [
    ("摘要写了七八百字，会超吗", "超过了"),
    ("企业概况写了480字，没问题吧", "没有超过"),
    ("实施效果目前1800字左右，可以吗", "没有超过"),
    ("名称写了45个字？不对，写了45字", "超过了"),
    ("Our abstract is 650 characters, is that ok?", "over the 500"),
])
def test_an_own_count_is_judged_against_the_parts_limit(ans, q, verdict):
    a = ans.answer(q, NOW)
    assert verdict in a.text and "【更正】" not in a.text and "[Correction]" not in a.text


def test_a_wrong_limit_and_an_own_count_in_one_message_get_both(ans):
    a = ans.answer("hi 摘要好像是限1000字？我们写了900多字，应该没超吧", NOW)
    assert a.text.startswith("【更正】") and "不是1000字" in a.text and "900多字超过了" in a.text


@pytest.mark.parametrize("q, part, said", [
    ("我们牵头制定过两项行业标准，申报材料里要写吗？写在哪一部分", "实施效果", "标准和专利"),
    ("近三年的数据放哪部分", "实施效果", "近三年数据"),
    ("企业的历史沿革写在哪", "企业概况", "历史沿革"),
])
def test_where_a_thing_is_written_is_the_part_whose_guidance_names_it(ans, q, part, said):
    a = ans.answer(q, NOW)
    assert a.text.startswith("【写在哪一部分】") and part in a.text.split("\n")[1] and said in a.text


@pytest.mark.parametrize("q", ["QC小组活动写在哪一部分", "这个写在哪"])
def test_nothing_is_placed_when_no_part_names_it(ans, q):
    assert "【写在哪一部分】" not in ans.answer(q, NOW).text


def test_an_english_count_said_with_about_is_the_users_own(ans):
    a = ans.answer("Our company overview is about 650 characters, is that fine?", NOW)
    assert "over the 500-character limit" in a.text and "Correction" not in a.text


def test_an_english_limit_said_with_about_is_still_a_claim(ans):
    a = ans.answer("The company overview limit is about 650 characters, right?", NOW)
    assert a.text.startswith("[Correction]") and "500" in a.text


@pytest.mark.parametrize("q, verdict", [
    ("今年的重点方向里是不是还有“质量品牌与绿色低碳协同发展”那条？我们带着二十几家供应商一起搞", "没有"),
    ("遴选重点是不是有“产业链供应链质量联动”", "有："),
])
def test_whether_a_named_item_is_on_the_list(ans, q, verdict):
    a = ans.answer(q, NOW)
    assert a.text.startswith("【核对】") and verdict in a.text.split("\n")[1] and "名额" not in a.text


def test_which_focus_a_practice_falls_under(ans):
    a = ans.answer("我们在做供应商质量协同、上下游联动，对应通知里第几条", NOW)
    assert a.text.startswith("【对应哪一条】") and "产业链供应链" in a.text.split("\n")[1]


@pytest.mark.parametrize("q", ["摘要写了" + "9" * 400 + "多字，超了吗", "摘要写了" + "9" * 400 + "字", "名称拟的是“" + "字" * 399 + "”字数没超吧"])
def test_absurd_counts_get_a_reply_not_a_crash(ans, q):
    assert ans.answer(q, NOW).text
