"""The applicant's own figures against a round's numeric conditions: revenue written loosely ("三千多万", "4.2个亿"),
registration counted to the day the condition names ("截至2027年12月31日…满3年"), English phrasings, and a unit
already selected that asks to apply again, against a rule written outside the conditions' list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
NOW = dt.datetime(2027, 12, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2027-2028.txt"))  # 注册满3年 counted to 2027-12-31


@pytest.mark.parametrize("q, verdict", [
    ("我们是做设备的制造企业，去年营收三千多万，能报吗", "不符合"),
    ("去年营业收入1.2个亿，够格吗", "这一条符合"),
    ("2025年1月注册的能报吗", "不符合"),  # 35 months by 2027-12-31, though 36 by the deadline in January
    ("2024年12月注册的能报吗", "这一条符合"),
    ("成立才一年半能报吗", "不符合"),
])
def test_figures_against_the_conditions(ans, q, verdict):
    a = ans.answer(q, NOW)
    assert a.text.startswith("【对照申报条件】") and verdict in a.text.split("\n")[1]


@pytest.mark.parametrize("q", ["Can a company registered in Shanghai two years ago apply?",
                               "We were founded in March 2026. Can we apply?"])
def test_registration_in_english(ans, q):
    a = ans.answer(q, NOW)
    assert a.text.startswith("[Eligibility check]\nNo:") and "3" in a.text


@pytest.mark.parametrize("notice, q, rule", [
    ("sh-benchmark-2027-2028.txt", "之前已经评上过上海市质量标杆，这次还能拿同一个经验再报吗", "重复申报"),
    ("wuhan-quality-benchmark-2027.txt", "我们2026年已经被评为武汉市质量标杆了，今年还能再报吗", "不再受理"),
])
def test_a_unit_already_selected_gets_the_rule_on_applying_again(notice, q, rule):
    a = Answerer(load_knowledge(NOTICES / notice)).answer(q, NOW)
    assert "可能不符合" in a.text and rule in a.text and "【截止时间】" not in a.text.split("\n\n")[0]
