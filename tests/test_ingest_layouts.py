"""Ingest rules for layouts the bundled notices do not show: dates inside conditions, a paper address written as
'地址：…，收件人：…', seals stated in two clauses, and contact lists of places outside the geography (tables with
extensions, names with a space inside, '单位：…  联系人：…  电话：…' blocks). Small fictional notices of invented
cities; every name, number and address below is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import facts, ingest
from knowledge.loader import _shared


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _notice(body: str, tail: str = "", date: str = "2031年3月1日") -> str:
    head = "青川市工业和信息化局文件\n\n青工信〔2031〕7号\n\n关于开展2031年度青川市示例项目申报工作的通知\n\n各县（市、区）工信部门：\n\n"
    return f"{head}{body}\n\n青川市工业和信息化局\n{date}\n{tail}"


CONDITIONS = """\
一、申报条件

（一）在青川市注册，成立满两年（即2029年3月1日前登记注册）；

（二）须于2031年6月30日前取得质量管理体系认证证书；

（三）近三年未发生重大质量事故。

二、申报要求

（一）示范项目应于2031年12月31日前建成投产。

（二）申报企业于2031年4月10日17:00前登录“示例申报系统”在线提交申报材料。

（三）纸质材料一式两份，于2031年4月17日前寄送市工业和信息化局。"""


def test_dates_in_conditions_or_before_the_notice_are_not_time_requirements(geo):
    sub = ingest(_notice(CONDITIONS), geo).data["submission"]
    assert sub["deadline"] == "2031-04-10 17:00"
    whens = {x["when"] for x in sub.get("deadlines", [])}
    # The registration date (before the notice), the certificate date (a condition) and the completion date (nothing
    # to hand in) are not requirements of the application; the paper date is.
    assert whens == {"2031-04-17"}


def test_a_date_without_year_takes_the_year_written_before_it_in_the_sentence(geo):
    body = "一、申报时间\n\n申报企业于2032年1月5日9:00至1月20日17:00登录“示例申报系统”在线提交申报材料。"
    sub = ingest(_notice(body, date="2031年12月1日"), geo).data["submission"]
    assert sub["deadline"] == "2032-01-20 17:00"
    assert [d.value for d in facts.deadlines("请于2032年1月5日至2月3日前提交。", 2031)] == ["2032-02-03"]


PAPER = """\
一、报送方式

（一）网上申报。申报企业于2031年4月10日17:00前登录“示例申报系统”在线提交申报材料，系统咨询电话：0571-55501234。

（二）纸质报送。网上提交后，请将纸质材料一式两份直接寄送或送达市工业和信息化局产业科，以寄达时间为准。地址：青川市滨河区示例大道88号政务中心5楼508室，邮编310000，收件人：沈一鸣，电话：0571-55502345。"""


def test_the_paper_address_written_as_address_and_recipient_labels_is_read(geo):
    mail = ingest(_notice(PAPER), geo).data["mailing"]
    assert mail["address"] == "青川市滨河区示例大道88号政务中心5楼508室"
    assert mail["person"] == "沈一鸣"
    assert mail["phone"] == "0571-55502345"  # the recipient's, not the system hotline earlier in the paragraph


SEALS = """\
一、申报材料

（一）申报书，须加盖企业公章，并经所在县（市、区）工信部门加盖公章；

（二）项目实施方案。

二、报送要求

（一）盖章要求

纸质材料胶装成册后须在封面加盖企业公章，并在右侧加盖骑缝章。

（二）报送时间

申报企业于2031年4月10日17:00前在线提交申报材料，纸质材料一式两份同时寄送市工业和信息化局。"""


def test_a_kind_of_seal_stated_in_another_clause_is_kept_with_its_subject(geo):
    sub = ingest(_notice(SEALS), geo).data["submission"]
    assert "加盖企业公章，并经所在县（市、区）工信部门加盖公章" in sub["form_seals"]
    assert "纸质材料胶装成册后须在封面加盖企业公章，并在右侧加盖骑缝章" in sub["form_seals"]
    assert sub["clauses"]["form_seals"] == "一（一）、二（一）"


MAIN = """\
一、申报时间

申报企业于2031年4月10日17:00前登录“示例申报系统”在线提交申报材料。

二、联系方式

政策咨询：市工业和信息化局产业科  周一  0571-55503001

各地联系方式见附件。"""

# Columns one ideographic space apart; a two-character name padded to three characters' width; an extension.
TABLE = "\u3000".join(["推荐单位", "联系人", "联系电话"]) + "\n" + "\n".join("\u3000".join(row) for row in (
    ("青川市滨河区经济发展局", "林　川", "0571-55504001"),
    ("云溪县经济商务局", "韩冬梅", "0571-55504002转8021"),
    ("青川高新区管理委员会", "许　诺", "0571-55504003"),
    ("石门市工业和信息化局", "贺子昂", "0571-55504004"),
))

BLOCKS = """\
单位：青川市滨河区经济发展局
联系人：林　川
电话：0571-5550 4001 转 12

单位：云溪县经济商务局
联系人：韩冬梅
电话：0571-55504002

单位：石门市工业和信息化局  联系人：贺子昂  电话：0571-55504004
单位：青川高新区管理委员会  联系人：许诺  联系电话：0571-55504003"""


@pytest.mark.parametrize("layout", [TABLE, BLOCKS], ids=["table", "blocks"])
def test_a_contacts_annex_of_places_outside_the_geography_is_read(geo, layout):
    r = ingest(_notice(MAIN, f"附件\n\n各地联系方式\n\n{layout}\n"), geo)
    places = {p["name"]: p for p in r.places}
    assert set(places) == {"滨河区", "云溪县", "青川高新区", "石门市"}  # the city's own name is not a place of it
    assert places["滨河区"]["person"] == "林川" and places["滨河区"]["short"] == "滨河"
    assert places["青川高新区"]["short"] == "高新区"
    assert places["云溪县"]["short"] == "云溪"
    assert places["云溪县"]["phone"].endswith("8021" if layout is TABLE else "55504002")
    assert places["青川高新区"] == {**places["青川高新区"], "unit": "青川高新区管理委员会", "clause": "附件"}
    if layout is BLOCKS:
        assert places["滨河区"]["phone"] == "0571-5550 4001转12"
    # The places become the knowledge base's own (tests/test_places.py), and the units point to them.
    assert {u["district"] for u in r.data["units"]["items"]} == set(r.data["places"])
    assert any("附件" in a and "4 个地方" in a for a in r.ambiguous)
    # The city's hotlines are still its consultation contacts, not places.
    assert r.data["consultation"]["policy"]["person"] == "周一"


def test_a_contacts_annex_of_known_districts_in_blocks_becomes_the_units_table(geo):
    blocks = "\n\n".join(f"单位：{name}\n联系人：{person}\n电话：{phone}" for name, person, phone in (
        ("浦东新区示例委", "顾　一", "5550 1101转218"), ("黄浦区示例委", "林二", "5550 1102"),
        ("静安区示例委", "唐三", "5550 1103"), ("徐汇区示例委", "何四", "5550 1104")))
    r = ingest(_notice(MAIN, f"附件\n\n各区推荐单位联系方式\n\n{blocks}\n"), geo)
    units = r.data["units"]
    assert units["clause"] == "附件" and units["title"] == "各区推荐单位联系方式"
    by = {u["district"]: u for u in units["items"]}
    assert set(by) == {"pudong", "huangpu", "jingan", "xuhui"}
    assert by["pudong"] == {"district": "pudong", "name": "浦东新区示例委", "person": "顾一", "phone": "5550 1101转218"}
    assert not r.places


def test_a_list_of_hotlines_is_not_a_list_of_places(geo):
    hotlines = "政策咨询：市工业和信息化局产业科  周一  0571-55503001\n系统咨询：市信息中心  吴二  0571-55503002\n" \
               "举报电话：市纪检监察组  郑三  0571-55503003"
    body = MAIN.replace("政策咨询：市工业和信息化局产业科  周一  0571-55503001", hotlines)
    r = ingest(_notice(body), geo)
    assert not r.places and not r.data.get("units")


# A table written with bars, the place in a column of its own beside the unit; zones called by the name before
# their kind (新区, 特别合作区); a markdown rule under the header; an empty cell.
BARRED = """\
县区 | 单位 | 联系人 | 电话
---|---|---|---
滨河区 | 青川市工业和信息化局滨河分局 | 林川 | 0571-55504001
云溪县 | 云溪县经济商务局 | 韩冬梅 | 0571-55504002转8021
海澜新区 | 青川市工业和信息化局海澜分局 |  | 0571-55504003
石港特别合作区 | 青川市工业和信息化局石港分局 | 贺子昂 | 0570-6604004"""


def test_a_barred_table_with_a_place_column_is_read(geo):
    r = ingest(_notice(MAIN, f"附件\n\n各地联系方式\n\n{BARRED}\n"), geo)
    places = {p["name"]: p for p in r.places}
    assert set(places) == {"滨河区", "云溪县", "海澜新区", "石港特别合作区"}
    assert places["海澜新区"]["short"] == "海澜" and places["石港特别合作区"]["short"] == "石港"
    assert places["石港特别合作区"]["phone"] == "0570-6604004"
    units = {u["district"]: u for u in r.data["units"]["items"]}
    assert units[places["滨河区"]["key"]]["name"] == "青川市工业和信息化局滨河分局"
    assert "address" not in units[places["滨河区"]["key"]]  # the unit's cell is its name, never an address
    assert "person" not in units[places["海澜新区"]["key"]]
    assert units[places["云溪县"]["key"]]["phone"] == "0571-55504002转8021"


def test_a_barred_table_of_known_districts_becomes_the_units_table(geo):
    rows = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in (
        ("区名", "推荐单位", "联系人", "联系电话"), ("浦东新区", "示例发展委", "顾一", "5550 1101"),
        ("黄浦区", "示例商务委", "林二", "5550 1102"), ("静安区", "示例经济委", "唐三", "5550 1103")))
    by = {u["district"]: u for u in ingest(_notice(MAIN, f"附件\n\n各区推荐单位联系方式\n\n{rows}\n"), geo).data["units"]["items"]}
    assert by["pudong"] == {"district": "pudong", "name": "示例发展委", "person": "顾一", "phone": "5550 1101"}
    assert set(by) == {"pudong", "huangpu", "jingan"}


STEPS = """\
一、支持内容

经评审入选的项目，按实际投入的20%给予资助。

二、申报程序

（一）网上申报。申报企业登录“青川市示例项目申报管理系统”（网址见附件）注册账号，在线填写申报信息并上传材料。网上申报截止时间为2031年4月10日（星期四）下班前，逾期系统自动关闭。

（二）报送纸质材料。完成网上申报后，申报企业将申报书打印并装订成册，一式两份，于2031年4月17日前报送至所在县（市、区）工信部门（推荐单位见本通知第五部分）。

（三）县级推荐。各县（市、区）工信部门对申报材料进行审核，于2031年4月24日前将推荐汇总表报送市工业和信息化局。

（四）市级评审。市工业和信息化局组织专家评审，必要时进行实地考察。

三、申报数量

每家企业限报1个项目；集团公司与其下属子公司可分别申报，但不得以同一项目重复申报。

四、工作纪律

本次申报不向申报企业收取任何费用，请谨防受骗。"""


def test_the_online_step_its_system_and_its_dates_are_read_as_the_notice_words_them(geo):
    r = ingest(_notice(STEPS), geo)
    sub = r.data["submission"]
    assert sub["deadline"] == "2031-04-10"  # '下班前' is no clock time: the day, with the wording kept for review
    assert any("下班前" in a for a in r.ambiguous)
    assert sub["site_name"] == "“青川市示例项目申报管理系统”"
    # The deadline's sentence says only when; the sentence before it says where and how.
    assert sub["online"].startswith("申报企业登录“青川市示例项目申报管理系统”") and "下班前" in sub["online"]
    labels = {x["when"]: x["label"] for x in sub["deadlines"]}
    # The applicant's paper copies (an aside names the recommending units) and the units' own step.
    assert labels == {"2031-04-17": "纸质材料报送", "2031-04-24": "推荐单位报送"}
    assert sub["one_item"] == "每家企业限报1个项目；集团公司与其下属子公司可分别申报，但不得以同一项目重复申报"
    assert r.data["fees"]["clause"] == "四"
    assert r.data["organisation"]["review"]["clause"] == "二（四）"  # not '经评审入选的项目' in 一


def test_a_time_of_day_in_words_is_a_deadline_and_is_kept_as_written():
    (dl,) = facts.deadlines("请于2031年4月10日下班前提交申报材料。", 2031)
    assert (dl.value, dl.words) == ("2031-04-10", "下班前")


LISTED = """\
一、申报材料

（一）材料清单。申报企业须提交以下材料：1.《青川市示例项目申报书》（附件1），须加盖企业公章；2.项目经验总结材料，正文不超过6000字，另附不超过300字的摘要；3.营业执照复印件；4.2030年度财务审计报告。

（二）材料要求。申报材料须真实、准确、完整，用A4纸双面打印。

二、申报时间

申报企业于2031年4月10日17:00前登录“示例申报系统”在线提交申报材料。"""


def test_documents_numbered_inside_one_clause_are_the_parts_and_a_second_limit_names_its_part(geo):
    parts = ingest(_notice(LISTED), geo).data["materials"]["parts"]
    assert [p["title"] for p in parts] == ["《青川市示例项目申报书》", "项目经验总结材料", "摘要", "营业执照复印件",
                                           "2030年度财务审计报告"]  # '材料要求' says how, it is no document
    by = {p["title"]: p for p in parts}
    assert by["项目经验总结材料"]["limit"] == 6000 and by["摘要"]["limit"] == 300 and by["摘要"]["key"] == "abstract"


def test_a_deadline_given_as_office_hours_keeps_its_words_in_answers(tmp_path):
    """'6月30日下班前': the answer says 下班前 as the notice does, and that no clock time is given."""
    import datetime as dt

    from knowledge.answer import Answerer
    from knowledge.model import load_knowledge

    notice = Path(__file__).resolve().parent / "notices" / "shenzhen-quality-2027.txt"
    ans = Answerer(load_knowledge(notice))
    now = dt.datetime(2027, 6, 1, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    text = ans.answer("最后一天几点前要提交？有具体的钟点吗", now).text
    assert "6月30日下班前" in text and "没有写具体钟点" in text


# A contacts annex numbered by a 序号 column, the unit after the person and phone, one address wrapped onto a second
# line (its leading tabs keep it in the address column); also without a header, read by content alone.
NUMBERED = [
    ("1", "林川", "0571-55504001", "青川市滨河区经济发展局", "青川市滨河区示例路1号"),
    ("2", "韩冬梅", "0571-55504002", "云溪县经济商务局", "云溪县文昌街8号（行政"),
    ("", "", "", "", "中心）302室"),
    ("3", "许诺", "0571-55504003", "青川高新区管委会", "青川高新区创新大道66号"),
    ("4", "贺子昂", "0571-55504004", "石门市工业和信息化局", "石门市人民路2号B座"),
]


@pytest.mark.parametrize("header", ["序号\t联系人\t联系电话\t推荐单位\t地址\n", ""], ids=["header", "no-header"])
def test_a_numbered_table_with_reordered_columns_is_read_by_header_or_content(geo, header):
    table = header + "\n".join("\t".join(row) for row in NUMBERED)
    r = ingest(_notice(MAIN, f"附件\n\n各地联系方式\n\n{table}\n"), geo)
    places = {p["name"]: p for p in r.places}
    assert set(places) == {"滨河区", "云溪县", "青川高新区", "石门市"}  # never the row numbers
    units = {u["name"]: u for u in r.data["units"]["items"]}
    assert set(units) == {"青川市滨河区经济发展局", "云溪县经济商务局", "青川高新区管委会", "石门市工业和信息化局"}
    assert {k: units["云溪县经济商务局"][k] for k in ("person", "phone", "address")} == {
        "person": "韩冬梅", "phone": "0571-55504002", "address": "云溪县文昌街8号（行政中心）302室"}
    assert units["石门市工业和信息化局"]["address"] == "石门市人民路2号B座"
    assert units["青川高新区管委会"]["person"] == "许诺"


def test_the_form_to_seal_is_the_one_printed_or_posted_not_a_document_sent_by_email():
    from knowledge.model import load_knowledge

    notice = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2025-2026-compact.txt"
    sub = load_knowledge(notice).notice.submission
    assert sub.form_name == "申报信息表" and "公章" in sub.form_seals


def test_criteria_written_inline_become_the_criteria():
    """'遴选将从创新性、系统性、实效性三个维度进行综合评价' in another section: the notice does state criteria."""
    from knowledge.model import load_knowledge

    notice = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2025-2026-compact.txt"
    crit = load_knowledge(notice).notice.criteria
    assert crit is not None and [i.text for i in crit.items] == ["创新性", "系统性", "实效性"]
