"""A district's own notice: its towns and streets are the recommending units (the notice's own places, though the
geography knows them as parts of one district), its fee rule sits in a Q&A section, and its seal rules in a table of
materials. Uses the fictional Minhang notice in tests/notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.ingest import ingest
from knowledge.loader import _shared

TZ = dt.timezone(dt.timedelta(hours=8))
NOTICE = Path(__file__).resolve().parent / "notices" / "minhang-district-benchmark-2032.txt"


data, bot = notice_fixtures(NOTICE)


def test_towns_and_streets_are_the_units(data) -> None:
    places = {p["name"]: p for p in data["places"].values()}
    assert {"莘庄镇", "浦锦街道", "莘庄工业区"} <= set(places) and places["古美路街道"]["short"] == "古美路"
    assert len(data["units"]["items"]) == 14


def test_the_fee_rule_is_its_own_question_of_the_q_and_a(data) -> None:
    fee = data["fees"]["text"]
    assert fee.startswith("问4") and "不收取任何费用" in fee and "问5" not in fee


def test_seals_are_read_from_a_table_cell(data) -> None:
    seals = data["submission"]["form_seals"]
    assert "推荐单位签署意见并盖章" in seals and "\t" not in seals and "营业执照" not in seals


@pytest.mark.parametrize("q, phone", [("浦锦街道 推荐单位电话", "34683091"), ("古美路街道找谁盖章", "64081627")])
def test_a_street_is_answered_with_its_own_unit(bot, q, phone) -> None:
    text = bot.answer(q, dt.datetime(2032, 3, 20, 10, 0, tzinfo=TZ)).text
    assert phone in text, (q, text)


def test_dates_in_chinese_numerals_are_read() -> None:
    from knowledge.ingest.numerals import arabic_dates
    assert arabic_dates("截止时间为二〇三二年六月三十日（星期三）下午5:30，推荐单位于七月十日前报送") == \
        "截止时间为2032年6月30日（星期三）下午5:30，推荐单位于7月10日前报送"
    assert arabic_dates("三十二月一日；第十二月") == "三十二月一日；第十二月"  # no such date: left as written
    cs = Path(__file__).resolve().parent / "notices" / "changsha-quality-benchmark-2032.txt"
    sub = ingest(cs.read_text(encoding="utf-8"), _shared()[1]).data["submission"]
    assert sub["deadline"] == "2032-06-30 17:30" and sub["opens"] == "2032-06-15"  # "受理自…起"


def test_the_district_a_district_notice_is_about_is_no_missing_unit(bot) -> None:
    reply = bot.answer("闵行区这个申报 区里找谁咨询", dt.datetime(2032, 3, 20, 10, 0, tzinfo=TZ))
    assert "推荐单位：闵行区" not in reply.text, reply.text


def test_the_district_names_its_own_programme_and_places(bot) -> None:
    meta = bot.kb.notice.meta
    assert meta.programme_full.startswith("闵行区“") and bot.kb.place_word() == "镇（街道）"
    reply = bot.answer("盖章找谁").text
    assert "所在镇（街道）" in reply and "所在区" not in reply


@pytest.mark.parametrize("q", ["闵行区这个申报找谁咨询", "闵行区找谁咨询", "找谁咨询", "咨询电话多少", "有问题问谁"])
def test_the_office_heading_over_its_people_is_the_consultation_contact(bot, q) -> None:
    reply = bot.answer(q)
    assert reply.matched and "区经委质量科" in reply.text and "64138652" in reply.text and "64138657" in reply.text
