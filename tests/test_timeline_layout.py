"""A notice whose process is a timeline table (tab-separated rows, numbered '1.企业自评申报', dates with their
weekday '5月20日（星期五）18:00'), whose criteria sit under the process step that uses them, and whose units' and
organiser's steps follow the applicant's deadline. Uses the fictional Jinan notice in tests/notices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.ingest.outline import parse

TZ = dt.timezone(dt.timedelta(hours=8))
NOTICE = Path(__file__).resolve().parent / "notices" / "jinan-quality-benchmark-2033.txt"


data, bot = notice_fixtures(NOTICE)


def test_the_timeline_rows_are_no_clauses_and_the_deadline_is_the_applicants(data) -> None:
    sub = data["submission"]
    assert sub["deadline"] == "2033-05-20 18:00" and sub["clause"] == "三（一）"
    later = {x["label"]: x["when"] for x in sub["deadlines"]}
    assert later["纸质材料报送"] == "2033-05-24 17:00" and any(k.startswith("推荐单位") for k in later)
    assert not any(x["when"].startswith(("2033-06", "2033-07")) for x in sub["deadlines"])  # the organiser's steps


def test_criteria_under_the_step_that_uses_them(data) -> None:
    crit = data["criteria"]
    assert crit["clause"] == "三（三）" and [i["clause"] for i in crit["items"]] == ["三（三）1", "三（三）2", "三（三）3", "三（三）4"]


def test_a_lead_in_about_the_whole_list_stays_the_lists() -> None:
    o = parse("关于开展示例工作的通知\n\n一、申报条件\n\n（一）注册满一年。\n\n（二）信用良好。\n\n有下列情形之一的，不予推荐：\n\n"
              "1. 弄虚作假的；\n2. 已获评的。\n\n二、其他\n\n不收费。\n")
    first = o.find("一")
    assert [c.clause for c in first.children] == ["一（一）", "一（二）", "一1", "一2"]


def test_paper_copies_go_to_the_unit_not_to_an_or(data) -> None:
    assert data["mailing"]["address"] == "企业注册地所在区县受理单位"  # '送达或寄达企业注册地…'


@pytest.mark.parametrize(("q", "now", "must", "must_not"), [
    ("离截止还剩几天？", "2033-05-17T10:00:00", ["3 天"], ["5月31日"]),
    ("纸质版啥时候要交到区里？😂", None, ["5月24日", "报送至：企业注册地"], ["5月31日"]),
    ("区县初审什么时候截止", None, ["5月31日"], []),
    ("纳税信用是C级，还有戏吗🥲", None, ["不符合", "B级"], ["还来得及"]),
])
def test_replies_on_the_timeline_notice(bot, q, now, must, must_not) -> None:
    when = dt.datetime.fromisoformat(now).replace(tzinfo=TZ) if now else dt.datetime(2033, 5, 1, 9, tzinfo=TZ)
    text = bot.answer(q, now=when).text
    assert all(m in text for m in must) and not any(m in text for m in must_not), text
