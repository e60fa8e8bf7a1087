"""Ingest of sections another city lays out its own way: the conditions list headed '…满足以下条件' before a list headed
'遴选对象和数量', a one-item rule after a list's colon, type sizes written in digits, and a '格式要求：' heading over
numbered layout items read as one clause. Small fictional notices: every name and number below is made up."""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest
from knowledge.loader import _shared


def _notice(body: str) -> str:
    head = "示例市示范局文件\n\n示示〔2031〕9号\n\n关于开展2031年度示例市“示范经验”遴选工作的通知\n\n各区主管部门：\n\n"
    return f"{head}{body}\n\n示例市示范局\n2031年3月1日\n"


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


SCOPE = "一、遴选对象和数量\n\n（一）遴选对象。在本市注册的制造业企业。\n\n（二）遴选数量。全市遴选不超过30家。"
CONDITIONS = ("二、申报条件\n\n（一）申报企业应同时满足以下条件：\n\n1. 在本市依法注册，具有独立法人资格；\n\n"
              "2. 上年度主营业务收入不低于5000万元；\n\n3. 近三年未发生重大质量事故。\n\n"
              "（二）有下列情形之一的，不予受理：\n\n1. 已获得往届称号的；\n\n2. 被列为失信对象的。\n\n每家企业限报1项典型经验。")
APPLY = "三、申报方式\n\n请于2031年4月10日17:00前登录“示范申报系统”（https://demo-apply.example.cn）提交申报材料。"


@pytest.mark.parametrize("order", ["scope first", "conditions first"])
def test_the_conditions_are_the_list_that_says_so_wherever_it_stands(geo, order):
    parts = [SCOPE, CONDITIONS] if order == "scope first" else [CONDITIONS.replace("二、", "一、"), SCOPE.replace("一、", "二、")]
    data = ingest(_notice("\n\n".join([*parts, APPLY])), geo).data
    el = data["eligibility"]
    assert el["intro"] == "申报企业应同时满足以下条件" and len(el["items"]) == 3
    assert el["items"][1]["text"] == "上年度主营业务收入不低于5000万元"


def test_a_one_item_rule_after_a_lists_colon_is_the_rule_alone(geo):
    data = ingest(_notice("\n\n".join([SCOPE, CONDITIONS, APPLY])), geo).data
    assert data["submission"]["one_item"] == "每家企业限报1项典型经验"


LAYOUT = ("四、材料要求\n\n（一）格式要求：\n\n1. 采用A4纸纵向排版，标题用2号方正小标宋简体，一级标题用3号黑体，正文用3号仿宋_GB2312，"
          "行距为固定值28磅；\n\n2. 网上上传的材料为PDF格式，单个文件不超过10MB；\n\n3. 纸质材料双面打印，左侧胶装成册。\n\n"
          "（二）盖章要求：申报书须加盖企业公章。")


def test_a_format_heading_over_numbered_items_is_one_clause_with_sizes_in_digits(geo):
    data = ingest(_notice("\n\n".join([SCOPE, CONDITIONS, APPLY, LAYOUT])), geo).data
    fmt = data["format"]
    assert fmt["clause"] == "四（一）"
    texts = [r["text"] for r in fmt["rules"]]
    assert "标题用2号方正小标宋简体" in texts and any("10MB" in t for t in texts) and any("胶装" in t for t in texts)
    assert {r["topic"] for r in fmt["rules"]} >= {"page", "title", "body"}


def test_a_size_in_digits_is_read_only_before_a_font():
    from knowledge.ingest.formats import SIZE, style

    assert style("正文用3号仿宋_GB2312", "x", "正文")["size_pt"] == 16
    assert style("标题用小2号黑体", "x", "标题")["size_name"] == "小二"
    assert SIZE.search("地址：示例路2号楼") is None


SCORING = ("附件\n\n示例市“示范经验”评分标准\n\n序号\t指标\t评价要点\t分值\n1\t方法先进性\t方法导入与推进、创新性\t40\n"
           "2\t实施成效\t指标改善、与行业对比\t60\n\t合计\t\t100\n\n加分项：获得市级以上质量奖的，加5分。\n\n分享到：【打印本页】")


@pytest.mark.parametrize("lead", ["", "四、遴选标准\n\n遴选从方法先进性、实施成效两个方面综合评价，满分100分，具体见附件。\n\n"])
def test_criteria_in_a_scoring_table_of_an_attachment_are_read_row_by_row(geo, lead):
    text = _notice("\n\n".join([SCOPE, CONDITIONS, APPLY]) + ("\n\n" + lead if lead else ""))
    crit = ingest(text + "\n" + SCORING.replace("\t", "\t" if lead else "  "), geo).data["criteria"]
    assert [(i["title"], i["text"]) for i in crit["items"]] == [
        ("方法先进性", "方法导入与推进、创新性（40分）"), ("实施成效", "指标改善、与行业对比（60分）"),
        ("加分项", "获得市级以上质量奖的，加5分。")]
    assert {i["clause"] for i in crit["items"]} == {"附件"}
    assert crit["clause"] == ("四" if lead else "附件") and (not lead or crit["intro"].startswith("遴选从"))


@pytest.mark.parametrize("materials,seals", [
    ("（一）信用承诺书（法定代表人签字并加盖企业公章）；\n\n（二）区推荐表（由所在区主管部门填写推荐意见并加盖公章）。",
     "区推荐表由所在区主管部门填写推荐意见并加盖公章"),  # what is sealed, kept with the rule
    ("（一）申报书须加盖企业公章；申报书中“推荐意见”栏由区主管部门签署意见并加盖公章。",
     "申报书须加盖企业公章；申报书中“推荐意见”栏由区主管部门签署意见并加盖公章"),
])
def test_seals_written_in_brackets_or_by_a_unit_after_a_long_subject(geo, materials, seals):
    body = "\n\n".join([SCOPE, CONDITIONS, APPLY, f"四、申报材料\n\n{materials}"])
    assert ingest(_notice(body), geo).data["submission"]["form_seals"] == seals
