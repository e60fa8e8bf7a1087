"""Problems a second reader found in the PDF, web-page and timeline layouts, and the Wuxi notice's own shapes (limits
said in a sentence, '300字左右', a deadline with no hour and a postmark rule, a zone in brackets)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.ingest.outline import parse
from knowledge.ingest.unwrap import ZWSP, unwrap
from knowledge.loader import _shared
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
HERE = Path(__file__).resolve().parent
NOTICE = HERE.parent / "knowledge" / "notices" / "2023-2024.txt"
WUXI = HERE / "notices" / "wuxi-quality-benchmark-2034.txt"
HEAD = "关于开展2033年度某市“质量标杆”遴选工作的通知\n\n各区经委：\n\n"


def _tree(text: str) -> list[tuple[str, float]]:
    return [(n.clause, n.level) for n in parse(HEAD + text).nodes()]


@pytest.mark.parametrize("line", ["扫一扫下方二维码，可查看各区推荐单位办公地点。", "相关文件可在市经信委网站下载。",
                                  "登录后点击数据填报栏目，在线提交。"])
def test_a_line_that_merely_starts_like_web_furniture_keeps_the_rest_of_the_notice(line) -> None:
    raw = NOTICE.read_text(encoding="utf-8")
    at = raw.index("（四）")
    text = raw[:at] + line + "\n" + raw[at:]
    assert unwrap(text).count(ZWSP) == 0
    data = ingest(text, _shared()[1]).data
    assert data["mailing"]["address"] and data["meta"]["date"] == "2023-12-22" and len(data["format"]["rules"]) == 7


def test_equal_rows_without_page_numbers_are_never_joined() -> None:
    rows = [f"{d}区经济和信息化委员会：联系人王{i}，电话：6{i:03d}1234，推荐名额4家" for i, d in enumerate("东西南北中上下左右前后内外", 1)]
    text = "\n".join(rows)
    assert unwrap(text) == text


def test_an_exclusion_list_keeps_its_own_lead_in() -> None:
    data = ingest((HERE / "notices" / "jiangsu-province-benchmark-2030.txt").read_text(encoding="utf-8"), _shared()[1]).data
    el = data["eligibility"]
    assert el["intro"] == "申报企业须同时满足以下条件"
    assert all(i["text"].startswith("有下列情形之一的，不予推荐：") for i in el["items"] if i["clause"] in ("三1", "三2", "三3"))


def test_an_unnumbered_markdown_heading_holds_the_numbered_items_under_it() -> None:
    tree = _tree("## 一、申报条件\n\n### 基本条件\n\n（一）在本市依法设立。\n\n（二）信用良好。\n\n### 不予推荐情形\n\n"
                 "（一）已入选的企业。\n\n（二）弄虚作假的企业。\n\n## 二、其他\n\n不收费。\n")
    assert [c for c, _ in tree] == ["一", "一“基本条件”", "一“基本条件”（一）", "一“基本条件”（二）", "一“不予推荐情形”",
                                    "一“不予推荐情形”（一）", "一“不予推荐情形”（二）", "二"]


def test_a_bullet_belongs_to_the_innermost_clause_and_lets_the_next_one_go_on() -> None:
    tree = dict(_tree("一、申报材料\n1. 申报表\n（1）基本信息：\n- 企业名称\n- 统一社会信用代码\n（2）经验材料。\n（3）证实性材料。\n"
                      "2. 推荐表\n二、联系方式\n联系人：张三，电话：021-12345678\n"))
    assert {"一1（1）第1项", "一1（1）第2项", "一1（2）", "一1（3）", "一2", "二"} <= set(tree)


def test_an_attachment_list_without_a_signature_and_attachments_in_chinese_numerals() -> None:
    o = parse(HEAD + "一、申报要求\n\n请于2031年4月10日前申报。\n\n附件：\n\n1. 申报书\n2. 汇总表\n\n附件一\n\n申报书\n\n"
              "一、企业名称\n\n附件二\n\n汇总表\n")
    assert [r.clause for r in o.roots] == ["一", "附件1", "附件2"]


def test_a_complaints_office_is_no_hotline_and_a_service_centre_is_an_organisation() -> None:
    data = ingest((HERE / "notices" / "jinan-quality-benchmark-2033.txt").read_text(encoding="utf-8"), _shared()[1]).data
    con = data["consultation"]
    assert con["filling"]["org"] == "济南市工业质量发展服务中心" and con["filling"]["label"] == "系统技术支持"
    assert not any("纪委" in c.get("org", "") for c in [con["policy"], con["filling"], *con.get("others", [])])


def test_a_format_correction_gives_the_rule_of_each_wrong_value() -> None:
    bot = Answerer(load_knowledge(Path(__file__).resolve().parents[2] / "shared" / "notices" / "dev-variant-2024-2025.txt"))
    first = bot.answer("标题用黑体，行距28磅对吧").text.split("\n\n")[0]
    assert "文章标题" in first and "行距" in first


def test_a_seal_item_under_the_format_heading_is_no_format_rule() -> None:
    data = ingest(NOTICE.read_text(encoding="utf-8"), _shared()[1]).data
    assert data["format"]["clause"] == "附件1 三（一）" and not any("盖章" in r["text"] for r in data["format"]["rules"])


@pytest.fixture(scope="module")
def wuxi() -> Answerer:
    return Answerer(load_knowledge(WUXI))


@pytest.mark.parametrize(("q", "must", "must_not"), [
    ("摘要要写多少字", ["300 字左右"], ["300 字以内"]),
    ("经验名称有字数限制吗", ["20 字以内"], []),
    ("摘要写500字可以吧", ["不是500字", "300 字左右"], []),
    ("摘要写了350字 超了吗", ["不是硬性上限"], ["超过了"]),
    ("各部分字数要求", ["5000 字以内", "其他材料通知未规定字数"], ["营业执照复印件、2033年度财务审计报告、纳税信用等级证："]),
    ("我们公司在高新区，材料交给谁", ["新吴区", "邹永康"], []),
    ("评上能拿多少钱", ["30万元"], []),
])
def test_answers_from_the_wuxi_notice(wuxi, q, must, must_not) -> None:
    text = wuxi.answer(q).text
    assert all(m in text for m in must) and not any(m in text for m in must_not), text


@pytest.mark.parametrize(("now", "must"), [("2034-06-28T10:00:00", "今天截止，通知未写具体钟点"),
                                           ("2034-06-20T10:00:00", "通知未写具体钟点，按截止当天结束计")])
def test_a_deadline_with_no_hour_is_never_given_one(wuxi, now, must) -> None:
    text = wuxi.answer("今天最后一天了，下午寄出去还算数吗", now=dt.datetime.fromisoformat(now).replace(tzinfo=TZ)).text
    assert must in text and "24:00" not in text and "以邮戳日期为准" in text, text


@pytest.mark.parametrize(("path", "q", "must", "must_not"), [
    (WUXI, "在哪个网站上申报？网址发我一下", ["没有设网上申报系统", "zlc2034@wxgxj-demo.cn"], ["http"]),
    (HERE / "notices" / "minhang-district-benchmark-2032.txt", "有没有网上申报系统 在哪个网站上传材料",
     ["没有设网上申报系统", "一楼105室"], []),
    (HERE / "notices" / "minhang-district-benchmark-2032.txt", "纸质材料送到哪里", ["105室", "54306120"], ["其他时间要求"]),
    (NOTICE, "在哪里提交", ["zlbq.saqm.org.cn"], ["没有设网上申报系统"]),
])
def test_a_notice_without_an_online_system_says_so_and_where_copies_go(path, q, must, must_not) -> None:
    text = Answerer(load_knowledge(path)).answer(q).text
    assert all(m in text for m in must) and not any(m in text for m in must_not), text


def test_the_ingest_report_names_what_the_layout_reading_dropped_and_joined() -> None:
    from knowledge.ingest import ingest as run
    result = run((HERE / "notices" / "beijing-pdf-benchmark-2033.txt").read_text(encoding="utf-8"), _shared()[1])
    assert any(x.startswith("版面：去掉") and "接合" in x for x in result.repaired)
    assert not any(x.startswith("版面") for x in run(NOTICE.read_text(encoding="utf-8"), _shared()[1]).repaired)
