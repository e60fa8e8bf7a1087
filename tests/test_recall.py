"""Questions nothing else answers get the notice's own sentences, only when they cover what the question names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICE = Path(__file__).resolve().parent / "notices" / "pudong-forward-smart-factory.txt"
NOW = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(NOTICE))


@pytest.mark.parametrize("q, fact", [("卓越级营收要多少", "5亿元"), ("申报卓越级营业收入有什么要求", "5亿元"),
                                     ("先进级和卓越级有啥区别", "两个层级")])
def test_a_question_on_a_detail_gets_the_sentence_that_states_it(ans, q, fact):
    a = ans.answer(q, NOW)
    assert a.matched and fact in a.text and "出处" in a.text


@pytest.mark.parametrize("q", ["食堂几点开饭", "卓越的员工怎么评优", "我们老板姓什么"])
def test_no_sentence_is_offered_when_the_question_names_things_the_notice_lacks(ans, q):
    a = ans.answer(q, NOW)
    assert not a.matched and "【通知原文】" not in a.text


def test_how_many_a_unit_may_recommend_quotes_the_quota(tmp_path):
    notice = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2026-2027.txt"
    a = Answerer(load_knowledge(notice)).answer("每个区最多能推荐几个项目上去", NOW)
    assert "不超过8项" in a.text


def test_the_answer_does_not_depend_on_the_hash_seed():
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    kb = Path(__file__).resolve().parent / "notices" / "hangzhou-quality-award-2026.txt"
    outs = {subprocess.run([sys.executable, "bot.py", "ask", "--kb", str(kb), "今年评几个组织奖？个人奖几个"], cwd=root,
                           capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=60).stdout
            for seed in ("1", "2", "3", "4")}
    assert len(outs) == 1 and "不超过5个" in outs.pop()
