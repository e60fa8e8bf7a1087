"""What notices usually leave open (a start date, funding, e-mail, postcode, office address, office hours, when
results are published) is quoted from the notice when this round's notice does state it, and called unstated
only when it does not; an aspect the sentence lacks ("多少钱" of "予以优先支持") is named as unstated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 3, 1, 10, 0, tzinfo=TZ)
UNSTATED = "通知未规定"


def _answerer(name: str | None) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name if name else None))


@pytest.fixture(scope="module")
def answerers() -> dict[str, Answerer]:
    return {}


def ask(answerers: dict[str, Answerer], notice: str | None, q: str):
    if notice not in answerers:
        answerers[notice] = _answerer(notice)
    return answerers[notice].answer(q, NOW)


@pytest.mark.parametrize("notice, q, fact", [
    ("ningbo-mayor-quality-award-2026.txt", "邮编多少", "315000"),
    ("ningbo-mayor-quality-award-2026.txt", "寄材料的邮政编码是啥", "315000"),
    ("ningbo-mayor-quality-award-2026.txt", "网上申报什么时候开始受理", "2026年4月1日"),
    ("ningbo-mayor-quality-award-2026.txt", "哪天开始可以报", "2026年4月1日"),
    ("ningbo-mayor-quality-award-2026.txt", "结果公示几天", "10个工作日"),
    ("jiading-brand-zjtx-2026.txt", "入选有什么好处", "50万元"),
    ("jiading-brand-zjtx-2026.txt", "What is the maximum funding for one project?", "50万元"),
    ("jiading-brand-zjtx-2026.txt", "区经委在哪里办公", "示例路1350号"),
    ("jiading-brand-zjtx-2026.txt", "电子版发哪个邮箱", "jdppzc@jiading-demo.cn"),
    ("pudong-forward-smart-factory.txt", "入选有啥好处", "优先支持"),
    ("pudong-forward-smart-factory.txt", "which email address do we send the PDF to", "pdznzz@pudong-demo.cn"),
    ("sh-benchmark-2025-2026-compact.txt", "填报咨询的邮箱", "zlbg-help@shqm-demo.cn"),
    ("sh-benchmark-2026-2027.txt", "技术支持什么时间能打通", "9:00"),
])
def test_a_usual_gap_that_this_notice_does_state_is_quoted_with_its_clause(answerers, notice, q, fact):
    a = ask(answerers, notice, q)
    assert a.matched and fact in a.text and ("出处" in a.text or "Source" in a.text) and UNSTATED not in a.text


@pytest.mark.parametrize("notice, q", [
    (None, "邮编多少"),
    (None, "入选有什么好处"),
    (None, "市经信委在哪里办公"),
    (None, "结果什么时候公示"),
    ("hangzhou-quality-award-2026.txt", "获奖有多少奖金"),  # its only 奖励 sentence revokes one
    ("suzhou-quality-2027.txt", "公示期是几天"),  # it says where results are posted, not for how long
])
def test_a_usual_gap_the_notice_leaves_open_is_called_unstated(answerers, notice, q):
    a = ask(answerers, notice, q)
    assert not a.matched and UNSTATED in a.text


@pytest.mark.parametrize("notice, q, aspect, said", [
    ("pudong-forward-smart-factory.txt", "入选卓越级具体能补贴多少钱", "具体金额", "优先支持"),
    ("jiading-brand-zjtx-2026.txt", "资助资金什么时候拨付", "发放时间", "50万元"),
])
def test_an_aspect_the_stating_sentence_lacks_is_unstated_with_the_sentence_shown(answerers, notice, q, aspect, said):
    a = ask(answerers, notice, q)
    assert not a.matched and aspect in a.text and said in a.text and "通知原文" in a.text


@pytest.mark.parametrize("q", ["宝山区经委办公地址", "宝山跟崇明的经委在哪里办公"])
def test_a_district_units_office_is_its_row_of_the_table(answerers, q):
    a = ask(answerers, None, q)
    assert a.matched and "淞滨路" in a.text and UNSTATED not in a.text
