"""A notice copied out of a Word document (tests/notices/zhejiang-province-benchmark-2036.txt): full-width indents,
and tables that come out one cell per line, read as tables again; a row for a kind of firm ('省属企业') is a unit of
its own; a table of lengths with a row number and the limit in its last column."""

from __future__ import annotations

from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.ingest.cells import cell_rows, joined_cells

NOTICE = Path(__file__).resolve().parent / "notices" / "zhejiang-province-benchmark-2036.txt"
data, bot = notice_fixtures(NOTICE)

TABLE = "附件1\n联系方式\n序号\n地区\n推荐单位\n联系人\n电话\n1\n甲区\n甲区工信局\n张三\n5550101\n2\n乙区\n乙区工信局\n\n5550202\n"


def test_cells_one_per_line_become_rows_with_offsets_kept() -> None:
    raw = TABLE + "3\n丙区\n丙区工信局\n王五\n5550303\n"
    out = cell_rows(raw)
    assert len(out) == len(raw) and joined_cells(raw, out) == 4 * 4
    assert "序号\t地区\t推荐单位\t联系人\t电话\n1\t甲区\t甲区工信局\t张三\t5550101\n" in out
    assert "2\t乙区\t乙区工信局\t\t5550202\n3\t丙区" in out  # a cell left empty stays an empty cell


@pytest.mark.parametrize("raw", [
    "序号\n地区\n推荐单位\n1\n甲区\n甲区工信局\n",  # one row only: not enough to call it a table
    "序号\n这是一个很长的句子，不是表头。\n单位\n1\n甲\n乙\n2\n丙\n丁\n3\n戊\n己\n",  # a sentence is no header cell
    "一、申报条件\n1\n2\n3\n",
])
def test_what_is_not_a_table_of_cells_is_left_alone(raw) -> None:
    assert cell_rows(raw) == raw


def test_crlf_line_breaks_keep_their_length() -> None:
    raw = "序号\r\n地区\r\n单位\r\n1\r\n甲区\r\n甲局\r\n2\r\n乙区\r\n乙局\r\n3\r\n丙区\r\n丙局\r\n"
    out = cell_rows(raw)
    assert len(out) == len(raw) and "1\t甲区\t甲局\r\n" in out.replace("\t ", "\t")


def test_the_units_table_is_read_with_its_cities(data) -> None:
    units = {u["name"]: (u["person"], u["phone"]) for u in data["units"]["items"]}
    assert units["湖州市经济和信息化局"] == ("沈建国", "0572-2398176") and len(units) == 12
    assert all("address" not in u for u in data["units"]["items"])  # the city column is the place, not an address


def test_a_row_for_a_kind_of_firm_is_a_unit(bot) -> None:
    text = bot.answer("省属国企从哪里推荐？联系人是谁").text
    assert "浙江省人民政府国有资产监督管理委员会（省国资委）" in text and "赵明" in text and "0571-85058293" in text


def test_the_table_of_lengths_gives_each_part(data) -> None:
    parts = {p["title"]: (p["limit"], p.get("about", False)) for p in data["materials"]["parts"]}
    assert parts["摘要"] == (600, False) and parts["主要做法"] == (6000, True) and len(parts) == 6


@pytest.mark.parametrize(("q", "must"), [
    ("摘要写多少字", "600 字以内"),
    ("主要做法那部分有字数限制吗", "6000 字左右"),
    ("我们在湖州和衢州都有厂，湖州的和衢州的推荐单位联系方式都发我一下", "徐志强"),
    ("温州找谁", "林海波"),
])
def test_replies_from_the_word_tables(bot, q, must) -> None:
    assert must in bot.answer(q).text
