"""Ingest of another city's contacts table and of where the paper goes: a spaced annex table whose rows end and start
with numbers, a quota column, quotas written in one sentence (with one for every district not named), a place's other
name in brackets, the paper's destination whose address a contact clause gives, a step of the recommending units that
is no destination. Small fictional notices: every name, number and address below is made up."""

from __future__ import annotations

import pytest

from knowledge.ingest import ingest
from knowledge.ingest.outline import parse
from knowledge.loader import _shared
from knowledge.model import Notice
from knowledge.parse import build
from knowledge.verify import verify

ROWS = (("1", "甲山区示范局", "赵一", "010-55502001"), ("2", "乙水区示范局", "钱二", "010-55502002、13900002002"),
        ("3", "丙林区示范局", "孙三", "010-55502003"), ("4", "示例经济技术开发区（丁河区）工业发展局", "李四", "010-55502004"))


def _notice(body: str, annex: str = "") -> str:
    head = "示例市示范局文件\n\n示示〔2031〕8号\n\n关于开展2031年度示例市“示范经验”遴选工作的通知\n\n各区主管部门：\n\n"
    return f"{head}{body}\n\n示例市示范局\n2031年3月1日\n\n{annex}"


APPLY = "一、申报方式\n\n（一）网上申报。申报企业登录“示范申报系统”（https://demo-apply.example.cn）填报，网上申报截止时间为2031年4月10日17:00。"


def _table(sep: str, header: tuple[str, ...] = ("序号", "推荐单位", "联系人", "联系电话"), rows=ROWS) -> str:
    return "附件\n\n各区推荐单位联系方式\n\n" + "\n".join(sep.join(r) for r in (header, *rows))


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _data(text: str, geo) -> dict:
    data = ingest(text, geo).data
    assert verify(build(Notice, data, "", "test"), text) == []  # every value is a span of the notice
    return data


@pytest.mark.parametrize("sep", ["  ", "\t", "    "], ids=["two spaces", "tab", "four spaces"])
def test_an_annex_table_of_another_citys_units_is_read_row_by_row(geo, sep):
    units = _data(_notice(APPLY, _table(sep)), geo)["units"]["items"]
    # A phone ending one row never runs into the next row's number.
    assert [(u["name"], u["person"], u["phone"]) for u in units] == [r[1:] for r in ROWS]


def test_a_number_ending_a_line_stays_apart_from_one_opening_the_next():
    o = parse(_notice(APPLY, _table("  ")))
    assert "010-55502001 2" in o.find("附件").body


def test_a_places_other_name_in_brackets_finds_it(geo):
    data = _data(_notice(APPLY, _table("  ")), geo)
    zone = next(p for p in data["places"].values() if p["name"].endswith("开发区"))
    assert {"丁河区", "丁河", "经开区"} <= set(zone["towns"])


def test_a_quota_column_is_each_units_quota(geo):
    rows = [(*r, q) for r, q in zip(ROWS, ("3", "5", "3", "8"), strict=True)]
    text = _notice(APPLY, _table("\t", ("序号", "推荐单位", "联系人", "联系电话", "推荐名额（家）"), rows))
    units = _data(text, geo)["units"]["items"]
    assert [u["quota"] for u in units] == ["3", "5", "3", "8"] and "address" not in units[0]


@pytest.mark.parametrize("sentence,quotas", [
    ("各区推荐名额如下：甲山区不超过10家；乙水区、丙林区各不超过6家；示例经济技术开发区不超过3家。",
     ["不超过10家", "不超过6家", "不超过6家", "不超过3家"]),
    ("各区推荐数量原则上不超过5项，甲山区不超过8项。", ["不超过8项", "原则上不超过5项", "原则上不超过5项", "原则上不超过5项"]),
])
def test_quotas_written_in_one_sentence_go_to_each_district(geo, sentence, quotas):
    text = _notice(f"{APPLY}\n\n二、推荐名额\n\n{sentence}", _table("  "))
    units = _data(text, geo)["units"]["items"]
    assert [u["quota"] for u in units] == quotas and {u["quota_clause"] for u in units} == {"二"}


PAPER = ("（二）纸质材料报送。网上提交后，纸质材料一式三份于2031年4月17日17:00前寄送或送达示例市质量协会受理处（地址见第二部分）。\n\n"
         "（三）区级推荐。各区主管部门对申报材料进行审核，并将推荐汇总表报送市示范局。\n\n"
         "二、联系方式\n\n（一）政策咨询\n\n示例市示范局产业处 赵五 010-55503001\n\n办公地址：示例市示范大道1号（不接收申报材料）\n\n"
         "（二）纸质材料报送地址\n\n示例市示范路227号质量大厦6楼 示例市质量协会受理处，收件人：钱六，电话：13900003002。")


def test_the_paper_goes_where_the_submission_clause_says_with_the_address_a_contact_clause_gives(geo):
    mail = _data(_notice(f"{APPLY}\n\n{PAPER}"), geo)["mailing"]
    assert mail["clause"] == "二（二）" and mail["address"].startswith("示例市示范路227号质量大厦6楼")
    assert (mail["person"], mail["phone"]) == ("钱六", "13900003002")


def test_the_recommending_units_own_step_is_no_destination_for_the_applicants_paper(geo):
    body = f"{APPLY}\n\n" + PAPER.split("二、联系方式")[0].replace("（地址见第二部分）", "")
    mail = _data(_notice(body), geo)["mailing"]
    assert mail["address"] == "示例市质量协会受理处" and mail["label"] == "纸质材料报送至"


def test_paper_sent_to_the_district_whose_contacts_an_annex_lists(geo):
    body = (f"{APPLY}\n\n（二）纸质材料报送。网上提交后，申报企业打印申报书，一式三份，于2031年4月17日前报送或邮寄至企业注册地所在区"
            "主管部门（联系方式见附件），邮寄的以寄达时间为准。")
    mail = _data(_notice(body, _table("  ")), geo)["mailing"]
    assert mail["address"] == "企业注册地所在区主管部门" and mail["clause"] == "一（二）"
