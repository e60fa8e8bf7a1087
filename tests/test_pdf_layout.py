"""A notice copied out of a PDF: lines hard-wrapped mid-sentence (a date, a phone and a URL broken), page numbers and
a running header on every page, a title over two lines, and a contact table one space apart whose cells spill onto
lines of their own. Uses the fictional Beijing notice in tests/notices and small texts of its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from notice_fixtures import notice_fixtures

from knowledge.ingest.cells import cell_rows
from knowledge.ingest.unwrap import _FOOTER, ZWSP, _plain_headings, _without_web_trailer, unwrap

HERE = Path(__file__).resolve().parent
NOTICE = HERE / "notices" / "beijing-pdf-benchmark-2033.txt"
UNWRAPPED = [HERE.parent / "knowledge" / "notices" / "2023-2024.txt",  # the notices with no page numbers
             *(p for p in (HERE / "notices").glob("*.txt")
               if not any(_FOOTER.match(line) for line in p.read_text(encoding="utf-8").splitlines()))]


data, bot = notice_fixtures(NOTICE)


_BASE = [
    "（一）申报企业应于2033年7月15日17:00前登录申报系统完成在线提交，逾期系统自动关闭，不再受理。纸质材料一式三份报送所在区推荐单位，联系电话：010-55561826。",
    "（二）申报企业对申报材料的真实性负责，对弄虚作假的，一经查实即取消资格，三年内不得申报；申报不收取任何费用，谨防上当受骗，发现问题请及时举报。",
    "（三）每家企业限报1项典型经验，集团企业与其下属独立法人子公司可分别申报，但不得以同一典型经验重复申报，重复申报的一律不予受理，请相互告知。",
    "（四）推荐单位应在申报系统中完成推荐，并将加盖公章的推荐汇总表报送至市经济和信息化局质量处，电子版同时发送至指定邮箱，纸质版以邮戳日期为准。",
    "（五）评审结果在市经济和信息化局网站公示，公示期为5个工作日，对公示有异议的，可在公示期内以书面形式向市经济和信息化局实名反映有关情况。",
    "（六）入选的典型经验将通过现场观摩、交流会等形式在全市范围内宣传推广，并择优推荐参加全国遴选，各推荐单位要加强对入选企业的跟踪服务和指导。",
]
PARAGRAPHS = [f"（{'一二三四五六七八九十'[i % 10]}）{p[3:]}" for i, p in enumerate(_BASE * 2)]  # a notice's length


def _pdf(paragraphs: list[str], width: int = 36, per_page: int = 8) -> str:
    """The paragraphs as a PDF's text: cut every `width` characters, a page number and header every few lines."""
    lines = ["一、申报要求"] + [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]
    out: list[str] = []
    for i, line in enumerate(lines, 1):
        out.append(line)
        if i % per_page == 0:
            out += ["", f"— {i // per_page} —", "", "某某市经济和信息化局文件"]
    return "\n".join(out)


WRAPPED = _pdf(PARAGRAPHS)


def test_unwrapping_keeps_every_offset_and_joins_what_the_page_broke() -> None:
    out = unwrap(WRAPPED)
    assert len(out) == len(WRAPPED)
    text = out.replace(ZWSP, "")
    assert all(p in text for p in PARAGRAPHS)  # each paragraph whole again, across words and pages
    assert "— 1 —" not in text and "文件" not in text  # the page number and the running header are gone
    assert text.count("\n（") == len(PARAGRAPHS)  # a clause opening a line is never joined to the line above


@pytest.mark.parametrize("path", UNWRAPPED, ids=lambda p: p.name)
def test_a_notice_that_is_not_wrapped_is_left_as_it_is(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    # only a web page's share buttons and related links go, an article's decorated headings ('📌 一、…', '【三、…】') are
    # plain again, and a Word table's cells come together in rows
    assert unwrap(raw) == cell_rows(_without_web_trailer(_plain_headings(raw)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("申报截止时间企业，。；：—-0123456789 \n\t（）一、附件|"), max_size=600))
def test_unwrapping_any_text_keeps_its_length_and_only_blanks_characters(raw: str) -> None:
    out = unwrap(raw)
    assert len(out) == len(raw)
    assert all(a == b or b == ZWSP or b == " " and a not in "\n" for a, b in zip(raw, out, strict=True))  # a heading's decoration: spaces


def test_the_pdf_notice_loads_its_title_deadlines_and_conditions(data) -> None:
    assert data["meta"]["title"] == "关于开展2033年度北京市“质量标杆”遴选工作的通知"
    sub = data["submission"]
    assert sub["deadline"] == "2033-07-15 17:00" and sub["opens"].startswith("2033-06-16")
    assert len(data["eligibility"]["items"]) == 5  # '2．2032年度营业收入…' is the second condition, not a decimal
    assert data["consultation"]["policy"]["phone"] == "010-55561826"  # '010-5556' / '1826'


def test_the_table_one_space_apart_keeps_spilled_cells_and_second_contacts(data) -> None:
    units = {u["name"]: u for u in data["units"]["items"]}
    assert len(units) == 17
    assert units["朝阳区科学技术和信息化局"]["person"] == "高远、李冉"
    assert units["海淀区科学技术和信息化局"]["phone"] == "010-55571352转8031"
    assert "石景山区科学技术和信息化局" in units  # '石景山区科学技术和信' / '息化局'
    zone = units["北京经济技术开发区经济发展局"]
    assert zone["person"] == "白露、任志强" and "010-55572687" in zone["phone"]


@pytest.mark.parametrize(("q", "want"), [
    ("网上提交截止到哪天", "7月15日"),
    ("朝阳区找谁报 电话多少", "55571249"),
    ("haidian district contact pls", "8031"),
    ("政策咨询电话", "55561826"),
])
def test_answers_from_the_pdf_notice(bot, q, want) -> None:
    reply = bot.answer(q)
    assert reply.matched and want in reply.text


def test_a_format_clause_of_the_main_text_joins_the_annexs_rules(data) -> None:
    rules = data["format"]["rules"]
    paper = next(r for r in rules if "A4" in r["text"])
    assert paper["clause"] == "三（四）" and "胶装" in paper["text"] and not paper["text"].startswith("格式要求")
    assert data["format"]["clause"] == "附件2 六"


@pytest.mark.parametrize(("q", "must", "matched"), [
    ("纸质版用啥纸 要怎么装订", ["A4", "胶装", "三（四）"], True),
    ("盖个合同章就行了吧，推荐单位那边还要盖吗", ["不是合同章", "公章"], True),
    ("专精特新小巨人怎么申报 啥时候截止", ["专精特新"], False),  # a programme the notice names only in passing
    ("专精特新小巨人企业营收要求多少", ["1000万元"], True),
])
def test_more_answers_from_the_pdf_notice(bot, q, must, matched) -> None:
    reply = bot.answer(q)
    assert reply.matched == matched and all(m in reply.text for m in must), reply.text
