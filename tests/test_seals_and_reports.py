"""What is sealed, said with the seal rule ('申报书封面、信用承诺书须加盖企业公章'), and where to report a charge or a
fraud ('监督电话：…'), quoted with the fee warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"


def _data(name: str) -> dict:
    return ingest((NOTICES / name).read_text(encoding="utf-8"), _shared()[1]).data


@pytest.mark.parametrize(("name", "seals"), [
    ("wuxi-quality-benchmark-2034.txt", "封面及申报表加盖企业公章"),
    ("guangzhou-quality-benchmark-2028.txt", "申报书封面、企业基本情况表和诚信承诺书须加盖企业公章"),
    ("wuhan-quality-benchmark-2027.txt", "区推荐表由所在区工信部门"),
])
def test_the_seal_rule_keeps_what_is_sealed(name, seals) -> None:
    assert _data(name)["submission"]["form_seals"].startswith(seals)


def test_a_subject_that_is_no_document_is_not_kept() -> None:
    """'…须由企业法定代表人签字并加盖企业公章': the signer is no sealed document."""
    assert _data("chongqing-quality-benchmark-2029.txt")["submission"]["form_seals"].startswith("加盖企业公章")


@pytest.mark.parametrize(("q", "must"), [
    ("哪些地方要盖章", "封面及申报表加盖企业公章，多页材料加盖骑缝章"),
    ("申报表要盖什么章", "封面及申报表加盖企业公章"),
])
def test_the_seal_reply_says_what_is_sealed_once(q, must) -> None:
    text = Answerer(load_knowledge(NOTICES / "wuxi-quality-benchmark-2034.txt")).answer(q).text
    assert must in text and "申报表封面" not in text


def test_the_bundled_rule_without_a_subject_is_led_by_the_form() -> None:
    kb = load_knowledge(Path(__file__).resolve().parents[1] / "knowledge" / "notices" / "2023-2024.yaml")
    assert kb.notice.submission.sealed == "申报信息表需加盖单位公章并经推荐单位盖章"


@pytest.mark.parametrize(("name", "report"), [
    ("wuxi-quality-benchmark-2034.txt", "监督电话：0510-81825712。"),
    ("changsha-quality-benchmark-2032.txt", "监督电话：0731-88667012（局机关纪委）。"),
])
def test_the_report_line_is_its_own_sentence(name, report) -> None:
    assert _data(name)["report"]["text"] == report


@pytest.mark.parametrize("q", ["发现有人打着工信局旗号收费 打哪个电话举报", "申报要交钱吗", "有中介说交5000包过，找谁举报"])
def test_the_fee_warning_gives_where_to_report(q) -> None:
    r = Answerer(load_knowledge(NOTICES / "wuxi-quality-benchmark-2034.txt")).answer(q)
    assert "0510-81825712" in r.text and "不收取任何费用" in r.text


def test_a_report_phone_already_in_the_fee_clause_is_not_repeated() -> None:
    r = Answerer(load_knowledge(NOTICES / "guangzhou-quality-benchmark-2028.txt")).answer("申报收费吗")
    assert r.text.count("020-83347288") == 1


def test_a_notice_without_a_report_line_has_none() -> None:
    assert "report" not in ingest("关于开展质量标杆遴选的通知\n一、本次申报不收取任何费用。\n", _shared()[1]).data
