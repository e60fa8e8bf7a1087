"""A sentence quoted for a question nothing else answers is cited by the clause that states it: a child clause, not
the clause above it whose passage holds it too; a parent's own sentence is still the parent's. Small fictional
notice: every name and number below is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import Clause, load_knowledge
from knowledge.recall import own_text

NOW = dt.datetime(2031, 3, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
BODY = """\
一、遴选类型

本次遴选分为先进级示范工厂和卓越级示范工厂两个层级。

二、申报条件

申报单位应满足以下条件：

（一）在本市注册登记，具有独立法人资格；

（二）申报先进级的，数字化成熟度达到二级及以上；

（三）申报卓越级的，数字化成熟度达到三级及以上，且上年度营业收入不低于5亿元。

三、申报方式

请于2031年4月10日17:00前登录“示范申报系统”（https://demo-apply.example.cn）提交申报材料。"""


@pytest.fixture(scope="module")
def ans(tmp_path_factory) -> Answerer:
    path = Path(tmp_path_factory.mktemp("recall")) / "demo.txt"
    head = "示例市示范局文件\n\n示示〔2031〕6号\n\n关于开展2031年度示例市“示范工厂”遴选工作的通知\n\n各区主管部门：\n\n"
    path.write_text(f"{head}{BODY}\n\n示例市示范局\n2031年3月1日\n", encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_a_sentence_of_a_child_clause_is_cited_by_the_child(ans):
    a = ans.answer("卓越级营收要多少", NOW)
    assert "5亿元" in a.text and "二（三）" in a.sources and "二" not in a.sources


def test_a_parents_own_sentence_is_cited_by_the_parent(ans):
    a = ans.answer("先进级和卓越级有啥区别", NOW)
    assert "两个层级" in a.text and a.sources[:1] == ("一",)


def test_a_passage_without_its_children_keeps_its_own_words_apart():
    parent = Clause("二", "申报条件甲乙丙。子句一。子句二（未完")
    children = (parent, Clause("二（一）", "子句一。"), Clause("二（二）", "子句二（未完的长句。"))
    assert own_text(parent, children) == "申报条件甲乙丙。\n"
