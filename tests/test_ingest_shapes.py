"""Ingest rules for notices laid out unlike the Shanghai one: forwarded notices, prose and tiered sections, contacts
written as sentences. Small synthetic notices, one rule each, several shapes per rule."""

from __future__ import annotations

import pytest

from knowledge.ingest import facts, ingest
from knowledge.ingest.outline import parse
from knowledge.ingest.sections import annex_titles, content_nodes, notice_annexes
from knowledge.loader import _shared


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _notice(body: str, tail: str = "") -> str:
    head = "示例区经济委员会\n\n示经委〔2031〕5号\n\n关于开展2031年度示例项目申报工作的通知\n\n各有关企业：\n\n"
    return f"{head}{body}\n\n示例区经济委员会\n2031年3月1日\n{tail}"


FORWARDED = """\
一、请企业于2031年4月10日17:00前在“示例平台”完成网上申报。

二、联系人：示例区经委产业科林一，联系电话：5550 1001。

附件：示例市经济信息化委关于开展2031年度示例遴选工作的通知"""

FORWARDED_TAIL = """
附件

示例市经济和信息化委员会文件

示经信〔2031〕9号

示例市经济信息化委关于开展2031年度示例遴选工作的通知

各区经委：

一、遴选类型

本次遴选分为甲级和乙级两个层级。

二、申报条件

（一）在本市注册，具有独立法人资格；

（二）已建成投产满一年。

三、申报材料

1.申报书；
2.建设情况报告（不超过15000字）。

四、其他事项

（一）遴选工作不收取任何费用。

附件：1.申报书（模板）

示例市经济和信息化委员会
2031年2月12日
"""


@pytest.mark.parametrize("mark", ["附件", "附件：", "附 件", "附件1"])
def test_a_forwarded_notice_attached_after_the_signature_is_read_as_clauses(mark):
    o = parse(_notice(FORWARDED, FORWARDED_TAIL.replace("\n附件\n", f"\n{mark}\n", 1)))
    clauses = [n.clause for n in o.nodes()]
    prefix = "附件1" if mark.endswith("1") else "附件"
    assert f"{prefix} 二（二）" in clauses and f"{prefix} 四（一）" in clauses
    assert notice_annexes(o) == {1}
    assert annex_titles(o)[1].startswith("示例市经济信息化委关于")
    # The forwarded notice's own attachment list and signature do not run into its last clause.
    last = o.find(f"{prefix} 四（一）")
    assert "申报书（模板）" not in last.full() and "2031年2月12日" not in last.full()
    # Main text first, then the forwarded notice.
    nodes = content_nodes(o)
    assert nodes[0].clause == "一" and nodes[-1].clause == f"{prefix} 四（一）"


def test_a_form_attachment_is_not_a_forwarded_notice():
    o = parse(_notice(FORWARDED, "\n附件1\n\n示例项目申报书\n\n企业名称（盖章）：\n联系人：        手机：\n"))
    assert notice_annexes(o) == set()
    assert all(not n.annex for n in content_nodes(o))


def test_sections_of_a_forwarded_notice_are_found_when_the_main_text_has_none(geo):
    data = ingest(_notice(FORWARDED, FORWARDED_TAIL), geo).data
    assert data["eligibility"]["clause"] == "附件 二"
    assert [i["clause"] for i in data["eligibility"]["items"]] == ["附件 二（一）", "附件 二（二）"]
    assert data["fees"]["clause"] == "附件 四（一）"
    assert data["submission"]["deadline"] == "2031-04-10 17:00"  # the forwarding notice's own date governs


PROSE = """\
一、{heading}

申报企业须在本区依法注册，具有独立法人资格。企业上年度营业收入应在2000万元以上，研发投入占比不低于3%；近三年未发生重大事故。

二、申报时间

请于2031年4月10日17:00前提交。"""


@pytest.mark.parametrize("heading", ["支持对象", "申报条件", "申报对象", "申报资格"])
def test_eligibility_written_as_prose_is_one_item_per_sentence(geo, heading):
    r = ingest(_notice(PROSE.format(heading=heading)), geo)
    el = r.data["eligibility"]
    assert el["clause"] == "一"
    assert [i["text"] for i in el["items"]] == ["申报企业须在本区依法注册，具有独立法人资格", "企业上年度营业收入应在2000万元以上，研发投入占比不低于3%",
                                              "近三年未发生重大事故"]
    assert any("按句拆" in a for a in r.ambiguous)  # the operator is asked to check the split


def test_a_prose_clause_whose_heading_names_no_section_is_not_a_section(geo):
    data = ingest(_notice(PROSE.format(heading="工作目标")), geo).data
    assert "eligibility" not in data and "criteria" not in data


TIERS = """\
一、申报条件

（一）组织奖申报条件

1．在本市注册满5年；
2．导入卓越绩效管理模式满3年。

（二）个人奖申报条件

1．从事质量工作满10年；
2．遵纪守法。

二、申报时间

请于2031年4月10日17:00前提交。"""


def test_a_list_in_tiers_is_read_whole_with_each_tier_named(geo):
    el = ingest(_notice(TIERS), geo).data["eligibility"]
    assert el["clause"] == "一"
    assert [(i["clause"], i["title"]) for i in el["items"]] == [
        ("一（一）1", "组织奖申报条件"), ("一（一）2", "组织奖申报条件"), ("一（二）1", "个人奖申报条件"), ("一（二）2", "个人奖申报条件")]


def test_conditions_and_criteria_side_by_side_stay_two_sections(geo):
    text = TIERS.replace("组织奖申报条件", "申报单位应满足以下条件：").replace("个人奖申报条件", "遴选依据以下标准：")
    data = ingest(_notice(text), geo).data
    assert data["eligibility"]["clause"] == "一（一）" and data["criteria"]["clause"] == "一（二）"


@pytest.mark.parametrize("text,expected", [
    ("联系人：示例区经委产业科林一，联系电话：5550 1001", ("示例区经委产业科", "林一", "5550 1001")),
    ("请联系区经委企业发展科宋雨桐，电话：6955 0312", ("区经委企业发展科", "宋雨桐", "6955 0312")),
    ("市级联系人：市经济信息化委推进处郑凯，电话：5550 7788。", ("市经济信息化委推进处", "郑凯", "5550 7788")),
    ("材料报送咨询陆子豪，联系电话：5550 6022", ("", "陆子豪", "5550 6022")),
    ("上海质量管理科学研究院张竞之 18752017865", ("上海质量管理科学研究院", "张竞之", "18752017865")),
])
def test_an_office_written_straight_before_a_name(text, expected):
    assert facts.contact_in(text) == expected


@pytest.mark.parametrize("body,second", [
    ("政策咨询请联系区经委企业发展科宋雨桐，电话：6955 0312；材料报送问题请联系区经委企业发展科方浩然，电话：6955 0318。",
     ("材料报送问题", "方浩然", "6955 0318")),
    ("联系人：区经委产业科沈佳，联系电话：5550 6021；材料报送咨询陆子豪，联系电话：5550 6022。",
     ("材料报送咨询", "陆子豪", "5550 6022")),
    ("联系人：沈佳，电话：5550 6021。\n系统操作问题咨询：示例科技公司 陆子豪 5550 6022。",
     ("填报咨询", "陆子豪", "5550 6022")),
])
def test_two_contacts_in_sentences_fill_both_kinds(geo, body, second):
    text = _notice(f"一、申报时间\n\n请于2031年4月10日17:00前提交。\n\n二、联系方式\n\n{body}")
    con = ingest(text, geo).data["consultation"]
    assert con["filling"]["label"] == second[0]
    assert (con["filling"]["person"], con["filling"]["phone"]) == second[1:]
    assert con["policy"]["phone"] in ("6955 0312", "5550 6021")


def test_a_list_of_contacts_per_place_is_not_the_hotline(geo):
    body = ("（一）市质量办，联系人：孙立，电话：0574-55508801。\n\n（二）各区联系方式：\n\n"
            "1．海曙区市场监管局，联系人：林晓，电话：0574-55508811；\n\n2．江北区市场监管局，联系人：何平，电话：0574-55508812；\n\n"
            "3．镇海区市场监管局，联系人：蔡文，电话：0574-55508813。")
    text = _notice(f"一、申报时间\n\n请于2031年4月10日17:00前提交。\n\n二、联系方式\n\n{body}")
    con = ingest(text, geo).data["consultation"]
    assert con["policy"]["person"] == "孙立"
    assert "filling" not in con


@pytest.mark.parametrize("text,value", [
    ("摘要（500 字以内）", 500), ("（不超过600字）", 600), ("字数控制在3万字以内", 30000), ("篇幅控制在8000字以内", 8000),
    ("不超过1.5万字", 15000), ("自评报告，不超过50000字", 50000), ("一万字以内", 10000), ("不得超过2000字", 2000),
])
def test_word_limit_shapes(text, value):
    assert facts.limit(text) == value


def _parts(geo, body: str) -> list[tuple]:
    text = _notice(f"{body}\n\n九、申报时间\n\n请于2031年4月10日17:00前提交。")
    m = ingest(text, geo).data["materials"]
    return [(p["clause"], p["title"], p.get("limit")) for p in m["parts"]]


def test_materials_as_a_numbered_list_of_documents(geo):
    body = ("一、申报材料\n\n1.申报书（按模板填写，加盖单位公章）；\n2.建设情况报告（不超过15000字），包括工厂概况、建设内容；\n"
            "3.营业执照复印件、近两年财务审计报告。\n\n申报材料按上述顺序装订成册。")
    assert _parts(geo, body) == [("一1", "申报书", None), ("一2", "建设情况报告", 15000), ("一3", "营业执照复印件、近两年财务审计报告", None)]


def test_materials_with_limits_after_a_comma(geo):
    body = ("一、申报材料\n\n（一）申报表（附件1），须经所在区市场监管局盖章；\n\n（二）自评报告，按照GB/T 19580编写，字数控制在3万字以内；\n\n"
            "（三）组织简介，不超过2000字。")
    assert _parts(geo, body) == [("一（一）", "申报表", None), ("一（二）", "自评报告", 30000), ("一（三）", "组织简介", 2000)]


def test_materials_in_tiers_keep_every_document_with_its_tier(geo):
    body = ("一、申报材料\n\n（一）组织奖申报材料：\n1．申报表；\n2．自评报告，不超过50000字。\n\n"
            "（二）个人奖申报材料：\n1．个人事迹材料，不超过5000字；\n2．推荐意见。")
    text = _notice(f"{body}\n\n二、申报时间\n\n请于2031年4月10日17:00前提交。")
    parts = ingest(text, geo).data["materials"]["parts"]
    assert [(p["clause"], p.get("limit")) for p in parts] == [("一（一）1", None), ("一（一）2", 50000), ("一（二）1", 5000), ("一（二）2", None)]
    assert parts[2]["text"].startswith("个人奖申报材料：")


def test_materials_in_one_sentence_split_at_semicolons(geo):
    body = ("一、申报材料\n\n申报企业应提交以下材料：《示例项目申报书》（见附件1）；项目实施方案，篇幅控制在8000字以内；"
            "营业执照、商标注册证书复印件；企业信用承诺书。上述材料须加盖企业公章。")
    assert _parts(geo, body) == [("一", "《示例项目申报书》", None), ("一", "项目实施方案", 8000), ("一", "营业执照、商标注册证书复印件", None),
                                 ("一", "企业信用承诺书", None)]


def test_a_document_is_named_the_way_users_name_it():
    from knowledge.ingest.annexes import doc_words
    assert "实施方案" in doc_words("项目实施方案")
    assert {"营业执照", "商标注册证书"} <= set(doc_words("营业执照、商标注册证书复印件"))
    assert "建设情况报告" in doc_words("智能工厂建设情况报告")


def test_a_limit_written_in_ten_thousands_verifies(tmp_path, geo):
    from knowledge.loader import load_knowledge
    from knowledge.verify import verify
    body = "一、申报材料\n\n（一）申报表；\n\n（二）自评报告，字数控制在3万字以内。\n\n二、申报时间\n\n请于2031年4月10日17:00前提交。"
    (tmp_path / "n.txt").write_text(_notice(body), encoding="utf-8")
    kb = load_knowledge(tmp_path / "n.txt")
    assert kb.notice.materials.parts[1].limit == 30000
    assert verify(kb.notice, _notice(body)) == []
    assert verify(kb.notice, _notice(body).replace("3万字", "4万字"))


def _submission(geo, clause: str, extra: str = "") -> dict:
    text = _notice(f"一、申报方式\n\n{clause}\n\n二、其他\n\n{extra or '申报不收取任何费用。'}")
    data = ingest(text, geo).data
    return data


@pytest.mark.parametrize("clause,seals", [
    ("请于2031年4月10日17:00前提交申报表，申报表须加盖单位公章并经推荐单位盖章。", "申报表须加盖单位公章并经推荐单位盖章"),
    ("请于2031年4月10日17:00前提交。申报表须经所在区市场监管局签署推荐意见并盖章。", "申报表须经所在区市场监管局签署推荐意见并盖章"),
    ("请于2031年4月10日17:00前将加盖公章的材料电子版发送至a@b-demo.cn。纸质材料一式三份，封面加盖单位公章并加盖骑缝章。",
     "封面加盖单位公章并加盖骑缝章"),  # the sentence naming the most seals
    ("请于2031年4月10日17:00前提交。申报表（在线填写，下载打印）需加盖单位公章后寄送。", "需加盖单位公章"),
])
def test_seal_sentence_shapes(geo, clause, seals):
    assert _submission(geo, clause)["submission"]["form_seals"] == seals


@pytest.mark.parametrize("clause,place,label", [
    ("申报单位于2031年4月10日前将申报材料报送至所在区、县（市）市场监管局。", "所在区、县（市）市场监管局", "申报材料报送至"),
    ("请于2031年4月10日17:00前网上申报。纸质材料一式三份，请于同日前报送至示例区经委产业科（示例路1188号6楼612室）。",
     "示例区经委产业科（示例路1188号6楼612室）", "纸质材料报送至"),
    ("采取电子邮件和纸质材料报送相结合的方式。请于2031年4月10日前将纸质材料报送所属镇（街道）经济发展部门。",
     "所属镇（街道）经济发展部门", "纸质材料报送至"),
])
def test_where_the_paper_goes_is_read_from_the_submission_clause(geo, clause, place, label):
    mailing = _submission(geo, clause)["mailing"]
    assert (mailing["address"], mailing["label"]) == (place, label)


def test_an_address_the_submission_clause_points_to_stays_the_mailing_address(geo):
    clause = "请于2031年4月10日17:00前网上申报，纸质材料报送至本通知二所列地址。"
    data = _submission(geo, clause, "纸质材料邮寄地址：示例市示例路258号 张三 5550 1234")
    assert data["mailing"]["address"] == "示例市示例路258号"


def test_an_e_mail_address_is_not_a_place_to_deliver_paper(geo):
    data = _submission(geo, "请于2031年4月10日17:00前将申报材料电子版发送至apply@demo-example.cn。")
    assert "mailing" not in data


def test_paper_due_the_same_day_and_a_later_date_for_the_recommending_step(geo):
    clause = ("请于2031年4月10日（星期五）下午4点前将申报材料发送至apply@demo-example.cn。纸质材料请于同日前报送至所属镇经济发展部门，"
              "由其出具推荐意见后，于2031年4月30日前统一报送区经委企业发展科。")
    sub = _submission(geo, clause)["submission"]
    assert sub["deadline"] == "2031-04-10 16:00"
    assert [(x["label"], x["when"]) for x in sub["deadlines"]] == [("纸质材料报送", "2031-04-10 16:00"), ("推荐单位报送", "2031-04-30")]


def test_a_forwarded_notices_dates_are_later_steps_not_the_deadline(geo):
    tail = FORWARDED_TAIL.replace("（一）遴选工作不收取任何费用。", "（一）各区于2031年4月30日前出具推荐意见。\n\n（二）遴选工作不收取任何费用。")
    sub = ingest(_notice(FORWARDED, tail), geo).data["submission"]
    assert sub["deadline"] == "2031-04-10 17:00"
    assert [(x["when"], x["clause"]) for x in sub["deadlines"]] == [("2031-04-30", "附件 四（一）")]


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_paragraph_after_a_finished_list_belongs_to_the_list(gap):
    body = f"一、申报条件\n\n（一）在本市注册；\n\n（二）信用良好。{gap}每个单位限报1项，由所在区推荐。"
    o = parse(_notice(body))
    owner = "一" if gap == "\n\n" else "一（二）"  # a line broken without a blank line continues the item
    assert "每个单位限报1项" in o.find(owner).body


def test_a_line_continuing_an_unfinished_item_stays_with_it():
    o = parse(_notice("一、申报条件\n\n（一）在本市注册，具有独立\n\n法人资格；\n\n（二）信用良好。"))
    assert o.find("一（一）").body == "法人资格；"


def test_the_review_report_names_an_e_mail_submission_channel(geo):
    r = ingest(_notice("一、申报方式\n\n请于2031年4月10日17:00前将申报材料PDF版发送至apply@demo-example.cn。"), geo)
    assert any("apply@demo-example.cn" in f and "一" in f for f in r.found)


def test_contacts_of_places_outside_the_geography_are_reported_not_dropped_silently(geo):
    body = ("一、申报时间\n\n请于2031年4月10日17:00前提交。\n\n二、联系方式\n\n（一）各地联系方式：\n\n"
            "1．海曙区市场监管局，联系人：林晓，电话：0574-55508811；\n\n2．江北区市场监管局，联系人：何平，电话：0574-55508812；\n\n"
            "3．镇海区市场监管局，联系人：蔡文，电话：0574-55508813。")
    r = ingest(_notice(body), geo)
    # One to a numbered item, they become the knowledge base's own places (tests/test_places.py), for review.
    assert {u["district"] for u in r.data["units"]["items"]} == set(r.data["places"]) == {"haishu", "jiangbei", "zhenhai"}
    assert any(a.startswith("二（一） 的 3 个地方") for a in r.ambiguous)


def test_a_contacts_address_set_aside_for_the_submission_clause_is_reported(geo):
    clause = "请于2031年4月10日前网上申报。纸质材料统一报送至所在区市场监管局。"
    r = ingest(_notice(f"一、申报方式\n\n{clause}\n\n二、联系方式\n\n邮寄地址：示例市示例路688号1108室，联系人：孙立，电话：0574-55508801。"), geo)
    assert r.data["mailing"]["address"] == "所在区市场监管局"
    assert any("另写有一个邮寄地址" in a for a in r.ambiguous)
