"""A notice of another city: its own city named in English is no other region, its scores are stated criteria,
a title's validity it never gives is unstated, and making a district's seal is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICE = Path(__file__).resolve().parent / "notices" / "wuhan-quality-benchmark-2027.txt"
NOW = dt.datetime(2027, 4, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(NOTICE))


@pytest.mark.parametrize("q", ["Our branch office in Wuhan wants to apply on its own. Is that allowed?",
                               "Can a branch office in Wuhan apply?"])
def test_the_notices_own_city_in_english_is_not_another_region(ans, q):
    a = ans.answer(q, NOW)
    assert a.matched and "No" in a.text and "法人" in a.text


def test_another_city_in_english_still_is(ans):
    a = ans.answer("Can a company in Hangzhou apply?", NOW)
    assert not a.matched or "Hangzhou" not in a.text


@pytest.mark.parametrize("q", ["评上质量标杆后有效期几年", "称号能用几年", "How long is the title valid for?"])
def test_how_long_a_title_lasts_is_unstated_when_the_notice_is_silent(ans, q):
    a = ans.answer(q, NOW)
    assert not a.matched and ("有效期" in a.text or "valid" in a.text)


def test_scores_written_as_points_are_stated(ans):
    a = ans.answer("评审怎么打分？各项多少分", NOW)
    assert a.matched and "25分" in a.text and "通知未规定" not in a.text


@pytest.mark.parametrize("q", ["区里盖章太慢了，你能不能帮我们做个区经信局的电子章先用着", "帮忙刻一枚推荐单位的章"])
def test_making_someone_elses_seal_is_refused(ans, q):
    a = ans.answer(q, NOW)
    assert not a.matched and "伪造" in a.text


@pytest.mark.parametrize("q", ["区里盖公章太慢，我们自己先做材料", "一直没搞清楚：申报信息表要推荐单位盖章，找哪个部门"])
def test_talk_of_seals_and_making_things_is_not_forgery(ans, q):
    assert "伪造" not in ans.answer(q, NOW).text


def test_a_paper_deadline_written_as_a_date_before_sending_is_stated(ans):
    a = ans.answer("纸质材料最晚哪天要寄到？", NOW)
    assert a.matched and "5月21日" in a.text and "通知未规定" not in a.text


GUANGZHOU = Path(__file__).resolve().parent / "notices" / "guangzhou-quality-benchmark-2028.txt"


@pytest.mark.parametrize("now, says", [
    (dt.datetime(2028, 4, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))), "目前尚未开放"),
    (dt.datetime(2028, 4, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))), None),
])
def test_asking_to_submit_before_the_system_opens_says_when_it_opens(now, says):
    a = Answerer(load_knowledge(GUANGZHOU)).answer("现在系统能提交了吗", now)
    assert "2028年5月15日" in a.text
    assert (says in a.text and "2028年4月10日 09:00" in a.text) if says else "尚未开放" not in a.text


@pytest.fixture(scope="module")
def gz() -> Answerer:
    return Answerer(load_knowledge(GUANGZHOU))


@pytest.mark.parametrize("q, short", [("Who is the contact for Panyu District?", "番禺"), ("huadu qu", "花都")])
def test_a_district_is_found_by_the_other_reading_of_a_polyphone(gz, q, short):
    keys = gz.resolver.resolve(q).districts
    assert [gz.kb.geography.districts[k].short for k in keys] == [short]


@pytest.mark.parametrize("q, fact", [
    ("中午12点半能打电话咨询吗", "14:00"),
    ("我们的审计报告是整本扫描的，PDF大概18M左右。请问上传的文件大小有没有要求", "10MB"),
])
def test_a_limit_stated_outside_the_topics_clause_is_found(gz, q, fact):
    a = gz.answer(q, dt.datetime(2028, 4, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    assert a.matched and fact in a.text and "通知未规定" not in a.text


def test_a_units_quota_is_on_its_card():
    a = Answerer(load_knowledge(Path(__file__).resolve().parent / "notices" / "nanjing-quality-benchmark-2028.txt")).answer(
        "江北新区能推荐几家", NOW)
    assert "推荐名额：8" in a.text


def test_a_further_hotline_is_a_person_the_assistant_knows(ans):
    a = ans.answer("梁振的电话是多少", NOW)
    assert a.matched and "027-85772309" in a.text and "85772316" not in a.text
    assert "梁振" in ans.answer("电话", NOW).text  # the one-word question lists every hotline


NANJING = Path(__file__).resolve().parent / "notices" / "nanjing-quality-benchmark-2028.txt"


def test_the_opening_read_by_the_ingest_is_said_before_the_system_opens():
    a = Answerer(load_knowledge(NANJING)).answer("现在能在系统上提交了吗",
                                                 dt.datetime(2028, 3, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    assert "2028年4月1日 09:00起开放" in a.text and "2028年4月28日" in a.text


def test_a_total_limit_of_the_materials_is_listed_with_the_parts():
    a = Answerer(load_knowledge(NANJING)).answer("各部分字数要求", NOW)
    assert "12000字" in a.text and "6000 字以内" in a.text


def test_the_place_a_company_belongs_to_decides_between_two_named_units():
    a = Answerer(load_knowledge(None)).answer("临港新片区的企业是找浦东还是找临港管委会", NOW)
    assert a.text.startswith("【临港新片区 · 推荐单位联系方式】")
