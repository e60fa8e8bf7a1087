"""A city notice forwarding the national one: the enterprise's deadline is the city's, never the national date the
city says is not the enterprises'; units listed as 'X区工业和信息化局：人名，电话（含…）' with the zones each covers.
Uses the fictional Xiamen notice in tests/notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
NOTICE = Path(__file__).resolve().parent / "notices" / "xiamen-forward-benchmark-2032.txt"


@pytest.fixture(scope="module")
def data() -> dict:
    return ingest(NOTICE.read_text(encoding="utf-8"), _shared()[1]).data


def test_a_date_the_notice_says_is_not_the_enterprises_is_never_their_deadline(data) -> None:
    sub = data["submission"]
    assert sub["deadline"] == "2032-07-12 17:00"
    assert all(x["label"].startswith("推荐单位") for x in sub["deadlines"] if x["when"].startswith("2032-07-30"))


def test_units_with_person_and_phone_after_a_colon_and_the_zones_they_cover(data) -> None:
    units = {u["name"]: u for u in data["units"]["items"]}
    haicang = units["海沧区工业和信息化局"]
    assert haicang["person"] == "郑国栋" and haicang["phone"] == "0592-6083149"
    assert "海沧台商投资区" in data["places"][haicang["district"]]["towns"]
    torch = data["places"][units["火炬高新区管委会经济发展局"]["district"]]
    assert {"火炬园", "火炬"} <= {*torch["towns"], torch["short"]} and "三期" not in torch["towns"]


@pytest.mark.parametrize("q, phone", [("海沧台商投资区的联系人是谁", "6083149"), ("火炬园的企业找谁", "5365290")])
def test_a_covered_zone_is_answered_with_its_unit(q, phone) -> None:
    text = Answerer(load_knowledge(NOTICE)).answer(q, dt.datetime(2032, 6, 25, 10, 0, tzinfo=TZ)).text
    assert phone in text, (q, text)
