"""Ingest of notices whose top-level sections are written '第一部分 …' / '第一章 …' instead of '一、', and of lists
counted inside a paragraph ('一是…；二是…', '（1）…（2）…', '①…②…', '第一，…'). Small fictional notices of an
invented city; every name, number and date below is made up."""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest
from knowledge.ingest.enumeration import enumerated
from knowledge.ingest.outline import parse
from knowledge.loader import _shared
from knowledge.model import Notice
from knowledge.parse import build
from knowledge.verify import verify


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _notice(body: str, tail: str = "") -> str:
    head = "青川市工业和信息化局文件\n\n青工信〔2031〕9号\n\n关于开展2031年度青川市“示范经验”遴选工作的通知\n\n各县（市、区）工信部门：\n\n" \
           "为推广先进经验，现就有关事项通知如下：\n\n"
    return f"{head}{body}\n\n青川市工业和信息化局\n2031年3月1日\n{tail}"


def _parts(sep: str, word: str = "部分") -> str:
    n = "一二三四五"
    titles = ("总体要求", "遴选方向", "遴选标准", "申报程序", "联系方式")
    bodies = (
        "坚持自愿申报、择优遴选的原则。",
        "今年围绕以下方向遴选：一是数字化质量管控，运用数据开展质量预测；二是供应链协同，带动配套企业提升；三是其他有示范性的实践。",
        "评审从以下三个方面评价：\n\n（一）先进性。方法有首创性。\n\n（二）实效性。有三年数据证明成效。\n\n（三）可推广性。可在同行业复制。",
        "（一）网上申报。申报企业登录“青川市企业服务平台”（https://qc-demo.example.cn/apply），进入专栏在线填报。"
        "网上填报截止时间为2031年4月10日17:00。\n\n（二）纸质材料。纸质材料一式两份于2031年4月17日17:00前寄送至市工业和信息化局产业科。",
        "政策咨询：市工业和信息化局产业科  周一  电话：0571-55503001",
    )
    return "\n\n".join(f"第{n[i]}{word}{sep}{titles[i]}\n\n{bodies[i]}" for i in range(5))


@pytest.mark.parametrize("sep,word", [("  ", "部分"), ("：", "部分"), (" ", "章"), ("、", "部分")])
def test_parts_are_top_level_clauses_cited_by_their_own_number(geo, sep, word):
    text = _notice(_parts(sep, word))
    r = ingest(text, geo)
    assert verify(build(Notice, r.data, "", "test"), text) == []
    sub = r.data["submission"]
    # The online deadline sits in the fourth part's first item, the paper date in its second: each by its own number.
    assert sub["deadline"] == "2031-04-10 17:00" and sub["clause"] == f"第四{word}（一）"
    paper = next(x for x in sub["deadlines"] if x["label"] == "纸质材料报送")
    assert paper["when"] == "2031-04-17 17:00" and paper["clause"] == f"第四{word}（二）"
    assert r.data["consultation"]["policy"]["clause"] == f"第五{word}"
    assert r.data["criteria"]["clause"] == f"第三{word}"
    assert [i["clause"] for i in r.data["criteria"]["items"]] == [f"第三{word}（{x}）" for x in "一二三"]
    passages = {p["clause"]: p["text"] for p in r.data["passages"]}
    # The text of one part never runs into the next.
    assert "遴选方向" not in passages[f"第一{word}"] and "先进性" not in passages[f"第二{word}"]
    assert passages[f"第一{word}"].endswith("择优遴选的原则。")


def test_a_part_heading_is_only_a_heading_when_it_stands_alone_and_counts_on():
    o = parse("第一部分  总则\n\n甲。\n\n第二部分为企业概况，不超过500字。\n\n第三部分 附则\n\n乙。\n\n第二部分 其他\n\n丙。")
    # '第二部分为…' is a sentence about a part; '第三部分' after '第一部分' skips a number; both stay in the text.
    assert [n.clause for n in o.roots] == ["第一部分", "第二部分"]
    assert "第二部分为企业概况" in o.roots[0].body and "第三部分附则" in o.roots[0].body


def test_parts_and_numbered_sections_mix_in_one_notice_with_attachments():
    text = _notice(_parts("  "), "附件1\n\n材料要求\n\n一、格式\n\n用A4纸。\n\n第一部分 附录\n\n丁。")
    clauses = [n.clause for n in parse(text).nodes()]
    assert "附件1 一" in clauses and "附件1 第一部分" in clauses
    assert clauses.index("第五部分") < clauses.index("附件1")


@pytest.mark.parametrize("para,lead,items", [
    ("重点围绕以下方向：一是数字化管控，运用数据；二是供应链协同；三是其他实践。另请注意材料真实。",
     "重点围绕以下方向", ["数字化管控，运用数据", "供应链协同", "其他实践"]),
    ("主要支持：（1）首台套应用；（2）标准制定。", "主要支持", ["首台套应用", "标准制定"]),
    ("遴选重点为①智能检测②可靠性提升③品牌建设。", "遴选重点为", ["智能检测", "可靠性提升", "品牌建设"]),
    ("方向如下：第一，绿色制造；第二，服务型制造。", "方向如下", ["绿色制造", "服务型制造"]),
])
def test_items_counted_in_a_paragraph_are_found_in_order(para, lead, items):
    assert enumerated(para) == (lead, items)


@pytest.mark.parametrize("para", ["统一是本次工作的要求。", "一是加强管理。", "二是加强管理；三是推进。", "（2）甲；（3）乙。"])
def test_a_paragraph_that_counts_nothing_from_one_has_no_items(para):
    assert enumerated(para) is None


@pytest.mark.parametrize("layout", [
    "二、遴选方向\n\n今年围绕以下方向遴选：一是数字化质量管控，运用数据开展质量预测；二是供应链协同，带动配套企业；三是其他实践。",
    "二、遴选方向：今年围绕以下方向遴选：一是数字化质量管控，运用数据开展质量预测；二是供应链协同，带动配套企业；三是其他实践。",
    "第二部分 遴选方向\n\n今年围绕以下方向遴选：（1）数字化质量管控，运用数据开展质量预测；（2）供应链协同，带动配套企业；（3）其他实践。",
], ids=["body", "same-line", "part-bracketed"])
def test_focus_areas_counted_in_prose_become_the_focus_items(geo, layout):
    first = "第一部分 总体要求\n\n坚持择优。" if layout.startswith("第") else "一、总体要求\n\n坚持择优。"
    r = ingest(_notice(f"{first}\n\n{layout}"), geo)
    focus = r.data["focuses"]
    assert focus["intro"] == "今年围绕以下方向遴选"
    assert [i.get("title", "") for i in focus["items"]] == ["数字化质量管控", "供应链协同", ""]
    assert focus["items"][0]["text"] == "运用数据开展质量预测" and focus["items"][2]["text"] == "其他实践"
    assert all(i["clause"] == focus["clause"] for i in focus["items"])
    assert any("按列举" in f for f in r.found)


def test_criteria_counted_in_prose_are_all_read(geo):
    body = "一、遴选标准\n\n专家从以下方面评价：一是先进性；二是系统性；三是实效性；四是推广性。\n\n二、其他\n\n材料须真实。"
    crit = ingest(_notice(body), geo).data["criteria"]
    assert [i["text"] for i in crit["items"]] == ["先进性", "系统性", "实效性", "推广性"]
    assert crit["clause"] == "一"


@pytest.mark.parametrize("limit", ["不超过{}字，", "{}字以内。", "限{}字；"])
def test_parts_of_the_written_materials_titled_before_a_colon_and_their_limit(geo, limit):
    parts = [("经验名称", 30, "以单位名称加方法命名"), ("经验摘要", 600, "概述主要内容"), ("主要做法", 9000, "阐述实施过程"),
             ("实施成效", 2500, "用近三年数据说明")]
    listed = "\n\n".join(f"{i}. {t}：{limit.format(n)}{w}。" for i, (t, n, w) in enumerate(parts, 1))
    annex = f"附件1\n\n申报材料要求\n\n一、申报书内容\n\n申报书按以下部分撰写：\n\n{listed}\n\n正文不超过20页。"
    m = ingest(_notice(_parts("  "), annex), geo).data["materials"]
    assert m["clause"] == "附件1 一"
    assert [(p["title"], p["limit"], p["key"]) for p in m["parts"]] == [
        ("经验名称", 30, "name"), ("经验摘要", 600, "abstract"), ("主要做法", 9000, "progress"), ("实施成效", 2500, "results")]
    assert m["parts"][1]["text"] == "概述主要内容。"
    assert "20页" in m["text"]


def test_the_materials_are_named_by_the_subject_of_their_list(geo):
    listed = "\n\n".join(f"{i}. {t}：不超过{n}字，{w}；" for i, (t, n, w) in enumerate(
        [("名称", 30, "以方法命名"), ("摘要", 500, "概述做法"), ("实施效果", 2000, "用数据说明")], 1))
    body = f"一、申报材料要求\n\n（一）经验材料由以下部分组成：\n\n{listed}\n\n（二）材料须真实。"
    m = ingest(_notice(body), geo).data["materials"]
    assert m["title"] == "经验材料" and m["clause"] == "一（一）"
    assert [p["text"] for p in m["parts"]] == ["以方法命名。", "概述做法。", "用数据说明。"]
