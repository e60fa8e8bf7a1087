"""Ingest of notices in parts: '一、' clauses inside '第N部分' are the part's own (cited '第一部分 二（一）'), and a part's
title written without a space ('第一部分总体要求') is still a heading, while a sentence about a part is not. Small
fictional notices: every name and number below is made up."""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest
from knowledge.ingest.outline import parse
from knowledge.loader import _shared

PARTS = """\
第一部分{sep}总体要求

一、指导思想

坚持择优推荐。

二、基本原则

（一）公开公平；

（二）注重实效。

第二部分{sep}申报条件

一、基本条件

（一）在本市注册，具有独立法人资格；

（二）上年度营业收入不低于2000万元。

二、申报时间

请于2031年4月10日17:00前登录“示范申报系统”（https://demo-apply.example.cn）提交申报材料。

第三部分为附则，不超过一页。"""


def _notice(body: str) -> str:
    head = "示例市示范局文件\n\n示示〔2031〕7号\n\n关于开展2031年度示例市“示范经验”遴选工作的通知\n\n各区主管部门：\n\n"
    return f"{head}{body}\n\n示例市示范局\n2031年3月1日\n"


@pytest.mark.parametrize("sep", ["", " ", "  ", "："], ids=["no space", "space", "two spaces", "colon"])
def test_clauses_numbered_inside_parts_are_the_parts_own(sep):
    o = parse(_notice(PARTS.format(sep=sep)))
    assert [n.clause for n in o.roots] == ["第一部分", "第二部分"]
    assert [n.clause for n in o.roots[0].walk()] == ["第一部分", "第一部分 一", "第一部分 二", "第一部分 二（一）",
                                                    "第一部分 二（二）"]
    assert o.roots[0].heading == "总体要求" and o.find("第二部分 一").heading == "基本条件"
    assert "第三部分为附则" in o.find("第二部分 二").body  # a sentence about a part is no heading


def test_a_notice_in_parts_is_read_clause_by_clause():
    data = ingest(_notice(PARTS.format(sep="")), _shared()[1]).data
    assert data["eligibility"]["clause"] == "第二部分 一" and len(data["eligibility"]["items"]) == 2
    assert data["submission"]["clause"] == "第二部分 二" and data["submission"]["deadline"] == "2031-04-10 17:00"
