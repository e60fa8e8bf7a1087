"""Ingest of contacts and of where to apply: a unit with a second contact (in the same cell, or in a row of its own
under a merged name cell, in tabbed, barred and spaced tables), hotlines with a desk phone, a mobile and an e-mail, a
hotline labelled for the platform after an earlier mention of filling in, the site's name beside its address, and the
paper address written '送达（或邮寄至）某中心（地址：…）'. Every value stays a span of the notice text, as
knowledge/verify.py checks. Small fictional notices; every name, number and address below is made up."""

from __future__ import annotations

import pytest

from knowledge.ingest import facts, ingest
from knowledge.loader import _shared
from knowledge.model import Notice
from knowledge.parse import build
from knowledge.verify import verify


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _notice(body: str, tail: str = "") -> str:
    head = "上海市示例委员会文件\n\n沪示〔2031〕5号\n\n关于开展2031年度上海市“示范经验”遴选工作的通知\n\n各区主管部门：\n\n"
    return f"{head}{body}\n\n上海市示例委员会\n2031年3月1日\n{tail}"


def _verified(text: str, geo) -> dict:
    """The knowledge base of a notice text, checked to quote the text (as a reviewed knowledge base is on loading)."""
    data = ingest(text, geo).data
    assert verify(build(Notice, data, "", "test"), text) == []
    return data


MAIN = """\
一、申报方式

（一）网上申报。申报单位登录“示例质量服务平台”（https://demo-apply.example.cn/q），注册后在线填报。网上填报截止时间为2031年4月10日（星期四）17:00。

（二）纸质材料。完成网上填报后，将纸质材料一式两份于2031年4月15日（星期二）17:00前送达（或邮寄至）示例质量促进中心（地址：上海市示例区示范路88号5楼501室，收件人：田小禾，电话：021-55509001），以送达时间为准。

二、联系方式

（一）政策咨询：市示例委员会产业处  钟一鸣  电话：021-55509002  邮箱：policy@demo-mail.example.cn

（二）平台操作咨询：示例质量促进中心  田小禾  电话：021-55509001、13900009001  邮箱：help@demo-mail.example.cn

各区推荐单位联系方式见附件。"""

ROWS = (("1", "徐汇区示例委", "55501101", "甘一", "徐汇区示范路1号"),
        ("", "", "55501102", "乔二", ""),
        ("2", "长宁区示例委", "55501201", "袁三", "长宁区示范路2号"),
        ("3", "普陀区示例委", "55501301、55501302", "阮四、邝五", "普陀区示范路3号"),
        ("4", "虹口区示例委", "55501401 / 13900001401", "项六 / 卜七", "虹口区示范路4号"))
HEADER = ("序号", "推荐单位", "联系电话", "联系人", "办公地址")
TABBED = "\n".join("\t".join(r) for r in (HEADER, *ROWS))
BARRED = "\n".join("| " + " | ".join(r) + " |" for r in (HEADER, *ROWS))
SPACED = "\n".join("    ".join(r) if r[0] else "        " + "    ".join(c for c in r if c) for r in (HEADER, *ROWS))



@pytest.mark.parametrize("table", [TABBED, BARRED, SPACED], ids=["tabbed", "barred", "spaced"])
def test_each_contact_of_a_unit_is_read_apart_and_one_in_a_row_of_its_own_is_listed_beside_it(geo, table):
    text = _notice(MAIN, f"附件\n\n各区推荐单位联系方式\n\n{table}\n")
    by = {u["district"]: u for u in _verified(text, geo)["units"]["items"]}
    assert set(by) == {"xuhui", "changning", "putuo", "hongkou"}
    # The row under the merged name cell never runs into the unit's phone ('5550110155501102乔二'): it is listed
    # beside the first contact, cell by cell ('甲、乙'), each value a span of the text.
    assert by["xuhui"] == {"district": "xuhui", "name": "徐汇区示例委", "phone": "55501101、55501102", "person": "甘一、乔二",
                           "address": "徐汇区示范路1号"}
    assert by["changning"]["phone"] == "55501201" and by["changning"]["person"] == "袁三"
    # Two contacts in one cell are kept as the notice writes them.
    assert by["putuo"]["phone"] == "55501301、55501302" and by["putuo"]["person"] == "阮四、邝五"
    assert by["hongkou"]["phone"] == "55501401 / 13900001401" and by["hongkou"]["person"] == "项六 / 卜七"
    assert any("徐汇区示例委" in x and "55501102" in x and "乔二" in x for x in ingest(text, geo).repaired)


def test_a_cell_broken_across_lines_is_still_joined_to_the_cell_above(geo):
    rows = "推荐单位\t联系人\t联系电话\t地址\n徐汇区示例委\t甘一\t55501101\t徐汇区示范路1号\n\t\t\t2号楼\n" \
           "长宁区示例委\t袁三\t55501201\t长宁区示范路2号\n普陀区示例委\t阮四\t55501301\t普陀区示范路3号\n"
    by = {u["district"]: u for u in _verified(_notice(MAIN, f"附件\n\n各区推荐单位联系方式\n\n{rows}"), geo)["units"]["items"]}
    assert by["xuhui"]["address"] == "徐汇区示范路1号2号楼" and by["xuhui"]["phone"] == "55501101"


def test_a_second_person_sharing_the_unit_phone_is_not_run_into_the_first_name(geo):
    rows = "推荐单位\t联系人\t联系电话\t地址\n徐汇区示例委\t甘一\t55501101\t徐汇区示范路1号\n\t乔二\t\t\n" \
           "长宁区示例委\t袁三\t55501201\t长宁区示范路2号\n普陀区示例委\t阮四\t55501301\t普陀区示范路3号\n"
    r = ingest(_notice(MAIN, f"附件\n\n各区推荐单位联系方式\n\n{rows}"), geo)
    assert r.data["units"]["items"][0]["person"] == "甘一、乔二" and r.data["units"]["items"][0]["phone"] == "55501101"
    assert any("乔二" in x for x in r.repaired)


def test_hotlines_keep_a_mobile_after_the_desk_phone_and_their_e_mail(geo):
    c = _verified(_notice(MAIN), geo)["consultation"]
    assert c["policy"] == {"clause": "二（一）", "label": "政策咨询", "org": "市示例委员会产业处", "person": "钟一鸣",
                           "phone": "021-55509002", "email": "policy@demo-mail.example.cn"}
    assert c["filling"]["email"] == "help@demo-mail.example.cn"
    # Labelled for the platform: read from its own clause, not from the paper clause that mentions 填报 first.
    assert c["filling"]["clause"] == "二（二）" and c["filling"]["org"] == "示例质量促进中心"
    assert c["filling"]["person"] == "田小禾" and c["filling"]["phone"] == "021-55509001、13900009001"
    found = ingest(_notice(MAIN), geo).found
    assert any("help@demo-mail.example.cn" in f and "二（二）" in f for f in found)
    assert any("policy@demo-mail.example.cn" in f for f in found)


@pytest.mark.parametrize("text,phone", [
    ("联系人：甘一，电话：021-55501101，手机：13900001101；乔二，电话：021-55501102", "021-55501101，手机：13900001101"),
    ("联系人：甘一 电话 55501101 / 13900001101", "55501101 / 13900001101"),
    ("联系人：甘一，电话：0571-55501101，0571-55501102", "0571-55501101，0571-55501102"),
    ("联系人：甘一，电话：021-55501101，传真：021-55501109", "021-55501101"),
    ("联系人：甘一，电话：021-55501101", "021-55501101"),
])
def test_numbers_written_one_after_another_belong_to_one_contact_as_written(text, phone):
    assert facts.contact_in(text) == ("", "甘一", phone)


def test_the_site_is_read_with_its_name_and_the_online_deadline_says_where(geo):
    sub = _verified(_notice(MAIN), geo)["submission"]
    assert sub["site"] == "https://demo-apply.example.cn/q" and sub["site_name"] == "“示例质量服务平台”"
    assert sub["online"].startswith("申报单位登录“示例质量服务平台”（https://demo-apply.example.cn/q）")
    assert sub["online"].endswith("网上填报截止时间为2031年4月10日（星期四）17:00")


@pytest.mark.parametrize("before,name", [
    ("申报单位登录示例质量服务平台（https://demo-apply.example.cn/q）在线填报。", "示例质量服务平台"),
    ("申报单位通过上海市“示范”在线申报系统（网址：https://demo-apply.example.cn/q）在线填报。", "上海市“示范”在线申报系统"),
    ("申报单位登录示例委门户网站“示范申报系统”（https://demo-apply.example.cn/q）在线填报。", "“示范申报系统”"),
])
def test_a_site_named_beside_its_address_is_read_in_several_wordings(geo, before, name):
    body = f"一、申报方式\n\n{before}截止时间为2031年4月10日17:00。"
    assert ingest(_notice(body), geo).data["submission"]["site_name"] == name


def test_a_site_named_only_by_generic_words_has_no_name(geo):
    body = "一、申报方式\n\n申报单位登录申报系统（https://demo-apply.example.cn/q）在线填报，截止时间为2031年4月10日17:00。"
    assert "site_name" not in ingest(_notice(body), geo).data["submission"]


def test_the_paper_deadline_and_address_are_read_from_their_own_clause(geo):
    data = _verified(_notice(MAIN), geo)
    assert data["submission"]["clause"] == "一（一）" and data["submission"]["deadline"] == "2031-04-10 17:00"
    paper = data["submission"]["deadlines"][0]
    assert paper == {**paper, "label": "纸质材料报送", "when": "2031-04-15 17:00", "clause": "一（二）"}
    mail = data["mailing"]
    assert mail["address"] == "上海市示例区示范路88号5楼501室"  # not '）示例质量促进中心（地址：…'
    assert mail["person"] == "田小禾" and mail["phone"] == "021-55509001" and mail["clause"] == "一（二）"
