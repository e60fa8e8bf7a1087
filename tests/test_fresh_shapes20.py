"""Shapes from the twentieth round of fresh material: a list of the documents handed in ('三、申报材料 （一）申报书…
（三）营业执照复印件…') beside the parts of the written materials, both given when a firm asks what to prepare."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = Path(__file__).resolve().parents[1] / "knowledge" / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


# ------------------------------------------------------------ the documents beside the parts
@pytest.mark.parametrize(("name", "docs", "part"), [
    ("hefei-reposted-correction-2117.txt", ["申报书", "典型经验材料", "营业执照复印件", "信用承诺书", "证实性材料"], "推广价值（1000 字以内）"),
    ("fujian-province-routes-2114.txt", ["申报书", "营业执照副本复印件", "2113年度财务审计报告", "信用承诺书"], "主要做法（6000 字以内）"),
    ("yichang-routes-2110.txt", ["申报书", "营业执照复印件", "财务报表", "信用承诺书", "授权书"], "主要做法（12000 字以内）"),
])
@pytest.mark.parametrize("q", ["都要准备哪些材料 列一下", "申报需要交哪些材料？", "材料清单发我一下"])
def test_what_to_prepare_lists_the_documents_then_the_parts(name, docs, part, q):
    text = _bot(name).answer(q).text
    listed, _, rest = text.partition("需提交的材料：")[2].partition("由以下")
    assert all(d in listed for d in docs), listed
    assert part in rest


def test_the_parts_are_named_after_the_document_they_make_up():
    text = _bot("fujian-province-routes-2114.txt").answer("要准备哪些材料").text
    assert "申报书由以下六个部分组成" in text
    text = _bot("wenzhou-quality-benchmark-2048.txt").answer("要准备哪些材料").text
    assert "2. 典型经验材料\n" in text and "典型经验材料由以下五个部分组成" in text  # no '，包括以下部分：' lead-in


@pytest.mark.parametrize("name", ["sichuan-province-2095.txt", "fuzhou-quality-benchmark-2038.txt", "jinshui-prose-limits-2113.txt"])
def test_a_list_that_is_the_parts_themselves_is_not_given_twice(name):
    data = ingest((NOTICES / name).read_text(encoding="utf-8")).data
    assert "documents" not in data["materials"]


def test_the_bundled_notice_lists_no_documents_apart():
    data = ingest(next(BUNDLED.glob("*.txt")).read_text(encoding="utf-8")).data
    assert "documents" not in data["materials"]


@pytest.mark.parametrize(("name", "never"), [
    ("changchun-quality-benchmark-2050.txt", "须加盖企业公章"),  # a rule on the documents, not one of them
    ("ningbo-quotas-2079.txt", "应主题突出"),
])
def test_a_sentence_on_the_documents_is_not_a_document(name, never):
    data = ingest((NOTICES / name).read_text(encoding="utf-8")).data
    assert data["materials"]["documents"] and not any(never in d["title"] for d in data["materials"]["documents"])


# ------------------------------------------------------------ a table of documents with some limits, beside a form's fields
def test_the_notices_own_table_wins_over_an_annexed_forms_fields():
    bot = _bot("wuxi-two-stage-2115.txt")
    titles = [p.title for p in bot.kb.notice.materials.parts]
    assert "营业执照" in titles and "企业概况" in titles and not any("经验简介" in t for t in titles)
    assert bot.kb.notice.materials.title == "申报材料"  # not '申报材料及要求'
    text = bot.answer("企业概况那块写多少字").text
    assert "800 字以内" in text and "300" not in text
    text = bot.answer("经验名称怎么起 有字数限制吗").text
    assert "企业名称+典型方法" in text and "经验名称：命名" not in text


@pytest.mark.parametrize("q", ["申报材料都要准备啥", "材料清单发一下"])
def test_what_to_prepare_is_the_list_of_documents_where_the_notice_has_one(q):
    text = _bot("wuxi-two-stage-2115.txt").answer(q).text
    assert text.startswith("【申报材料怎么写】") and "信用承诺书" in text and "营业执照" in text


@pytest.mark.parametrize("q", ["申报流程是怎样的", "申报材料怎么填写 步骤"])
def test_the_steps_stay_the_steps(q):
    assert _bot("wuxi-two-stage-2115.txt").answer(q).text.startswith("【申报流程】")
