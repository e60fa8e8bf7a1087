"""The written materials' name is the name alone: a total limit written after it in the list's heading is the
materials' text, and a sentence listing the parts is named by its first words. Fictional snippets of an invented city."""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest
from knowledge.loader import _shared


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _notice(body: str) -> str:
    head = "澄湖市工业和信息化局文件\n\n澄工信〔2031〕9号\n\n关于开展2031年度澄湖市示例标杆遴选工作的通知\n\n各区工信部门：\n\n"
    tail = "\n\n二、申报时间\n\n请于2031年4月15日17:00前登录示例申报系统提交申报材料。\n\n澄湖市工业和信息化局\n2031年3月1日\n"
    return f"{head}一、申报材料\n\n{body}{tail}"


@pytest.mark.parametrize("heading", ["（一）示例经验材料。全文不超过9000字，由以下部分组成：",
                                     "（一）示例经验材料。全文控制在9000字以内，包括以下部分："])
def test_a_total_limit_after_the_name_is_the_materials_text_not_their_name(geo, heading):
    body = f"{heading}\n\n1. 名称（20字以内）；\n\n2. 摘要（500字以内）；\n\n3. 主要做法（5000字以内）。"
    m = ingest(_notice(body), geo).data["materials"]
    assert m["title"] == "示例经验材料"
    assert "9000字" in m["text"] and [p["limit"] for p in m["parts"]] == [20, 500, 5000]


def test_a_heading_without_a_total_keeps_its_name(geo):
    body = "（一）示例经验材料由以下部分组成：\n\n1. 名称（20字以内）；\n\n2. 摘要（500字以内）。"
    m = ingest(_notice(body), geo).data["materials"]
    assert m["title"] == "示例经验材料" and "text" not in m


def test_parts_listed_in_one_sentence_are_named_by_its_first_words(geo):
    body = "（一）申报书。包括经验名称（20字以内）、摘要（300字以内）和正文（9000字以内）。"
    m = ingest(_notice(body), geo).data["materials"]
    assert m["title"] == "申报书" and [p["limit"] for p in m["parts"]] == [20, 300, 9000]
