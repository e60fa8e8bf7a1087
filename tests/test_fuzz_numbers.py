"""Numbers in every shape where the answer reads numbers (planned days and hours, own counts, registration dates,
revenue, quoted drafts): any message gets a reply and never raises."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOW = dt.datetime(2024, 3, 1, 16, 20, tzinfo=dt.timezone(dt.timedelta(hours=8)))
NUMBER = st.one_of(st.integers(min_value=-5, max_value=10 ** 12).map(str), st.text(alphabet="0123456789", min_size=1, max_size=400),
                   st.text(alphabet="零一二两三四五六七八九十百千万亿几多半", min_size=1, max_size=8),
                   st.text(alphabet="０１２３４５６７８９٠١٢٣٤٥٦٧٨٩𝟎𝟏𝟐", min_size=1, max_size=6))
SHAPE = st.sampled_from(["我们打算{}月{}号交，来得及吗", "今天下午{}点{}分交行吗", "摘要写了{}多字，超了吗{}", "{}年{}月注册的能报吗",
                         "营收{}多万{}够条件吗", "下周{}交{}行吗", "名称拟的是“{}{}”，字数没超吧", "We plan to submit on March {} {}, ok?",
                         "registered {} years ago {} can we apply?", "截止是{}月{}日吧", "成立才{}年{}能报吗", "{}:{}pm submit ok?"])


@pytest.fixture(scope="module", params=[None, "sh-benchmark-2027-2028.txt", "nanjing-quality-benchmark-2028.txt"])
def ans(request) -> Answerer:
    return Answerer(load_knowledge(Path(__file__).resolve().parent / "notices" / request.param if request.param else None))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shape=SHAPE, a=NUMBER, b=NUMBER)
def test_numbers_of_any_shape_get_a_reply(ans, shape, a, b):
    reply = ans.answer(shape.format(a, b), NOW)
    assert reply.text.strip()
