"""Several rounds at once: the current round by the clock, another round when a question names it."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.loader import expand, load_rounds
from knowledge.rounds import Rounds

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "knowledge" / "notices" / "2023-2024.yaml"
NEW = ROOT / "tests" / "notices" / "sh-benchmark-2025-2026.txt"  # a fictional next round
TZ = dt.timezone(dt.timedelta(hours=8))
IN_NEW_WINDOW = dt.datetime(2026, 2, 1, 10, 0, tzinfo=TZ)
IN_OLD_WINDOW = dt.datetime(2024, 2, 1, 10, 0, tzinfo=TZ)
OLD_DEADLINE, NEW_DEADLINE = "2024年3月1日", "2026年4月10日"


@pytest.fixture(scope="module")
def rounds(tmp_path_factory) -> Rounds:
    kbs = load_rounds([NEW, OLD], cache_dir=tmp_path_factory.mktemp("cache"))
    return Rounds([Answerer(kb) for kb in kbs], IN_NEW_WINDOW)


def test_rounds_are_ordered_by_issue_date_and_the_current_one_follows_the_clock(rounds):
    assert [r.years for r in rounds.rounds] == [(2023, 2024), (2025, 2026)]
    assert rounds.current(IN_NEW_WINDOW).years == (2025, 2026)
    assert rounds.current(IN_OLD_WINDOW).years == (2023, 2024)
    assert rounds.current(dt.datetime(2030, 1, 1, tzinfo=TZ)).years == (2025, 2026)  # none open: the latest issued
    assert rounds.kb.round_id == "沪经信技〔2025〕1136号" and [k.round_id for k in rounds.earlier()] == ["沪经信技〔2023〕1240号"]


def test_a_plain_question_goes_to_the_current_round(rounds):
    text = rounds.answer("截止时间", IN_NEW_WINDOW).text
    assert NEW_DEADLINE in text and OLD_DEADLINE not in text and "📌" not in text
    assert OLD_DEADLINE in rounds.answer("截止时间", IN_OLD_WINDOW).text


@pytest.mark.parametrize("q", ["上一期的截止时间", "2023-2024那期截止是哪天", "1240号文的截止时间", "沪经信技〔2023〕1240号截止时间",
                               "2023年那期什么时候截止", "上期的截止日期是什么时候"])
def test_a_question_naming_another_round_is_answered_from_it_and_says_so(rounds, q):
    text = rounds.answer(q, IN_NEW_WINDOW).text
    assert OLD_DEADLINE in text and NEW_DEADLINE not in text
    assert text.startswith("📌") and "1240号" in text.split("\n")[0] and "不是当前一期" in text.split("\n")[0]


def test_naming_the_current_round_says_which_one(rounds):
    text = rounds.answer("2025-2026年度的截止时间", IN_NEW_WINDOW).text
    assert NEW_DEADLINE in text and "不是当前一期" not in text and "1136号" in text


@pytest.mark.parametrize("q", ["2019年那期的截止时间", "888号文的截止时间"])
def test_a_round_not_loaded_is_declined_with_the_rounds_there_are(rounds, q):
    a = rounds.answer(q, IN_NEW_WINDOW)
    assert not a.matched and "1240号" in a.text and "1136号" in a.text


def test_dates_are_not_read_as_rounds(rounds):
    assert "📌" not in rounds.answer("截止是2026-04-10吗", IN_NEW_WINDOW).text
    assert "📌" not in rounds.answer("3月1号截止吗", IN_NEW_WINDOW).text


def test_one_round_has_no_previous_round():
    one = Rounds([Answerer(load_rounds()[0])])
    a = one.answer("上一期的截止时间")
    assert not a.matched and "上一期" in a.text and "1240号" in a.text
    assert OLD_DEADLINE in one.answer("1240号文的截止时间").text


def test_the_bundled_default_is_the_notice_folder_with_reviewed_files_first():
    files = expand([ROOT / "knowledge" / "notices"])
    assert OLD in files and OLD.with_suffix(".txt") not in files  # the reviewed YAML wins over its own text


def test_ask_with_several_kb_options(tmp_path):
    proc = subprocess.run([sys.executable, "bot.py", "ask", "--json", "--kb", str(OLD), "--kb", str(NEW), "--now",
                           "2026-02-01T10:00:00+08:00"], cwd=ROOT, input="截止时间\n上一期的截止时间\n", capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    now_, before = (json.loads(x)["text"] for x in proc.stdout.splitlines())
    assert NEW_DEADLINE in now_ and OLD_DEADLINE in before
