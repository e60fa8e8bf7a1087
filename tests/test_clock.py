"""Deadline answers follow the bot's clock in Asia/Shanghai."""

from __future__ import annotations

import datetime as dt
import re

from conftest import SHANGHAI

PASSED = re.compile(r"已(经)?.{0,6}截止|has passed")


def at(*args):
    return dt.datetime(*args, tzinfo=SHANGHAI)


def test_days_and_hours_left(ask):
    text = ask("还剩几天截止", at(2024, 2, 26, 12, 0)).text
    assert "还有 4 天 12 小时" in text and not PASSED.search(text)


def test_last_hours(ask):
    text = ask("还来得及吗", at(2024, 3, 1, 20, 30)).text
    assert "只剩 3 小时 30 分钟（今天 24:00 截止）" in text and not PASSED.search(text)
    assert "还有 1 天 10 小时（明天 24:00 截止）" in ask("截止", at(2024, 2, 29, 14, 0)).text
    assert "closes today" in ask("deadline", at(2024, 3, 1, 9, 0)).text


def test_deadline_is_end_of_day_in_shanghai(ask):
    assert not PASSED.search(ask("截止了吗", at(2024, 3, 1, 23, 59)).text)
    assert PASSED.search(ask("截止了吗", at(2024, 3, 2, 0, 0)).text)
    # 2024-03-01 16:30 UTC is 2024-03-02 00:30 in Shanghai: passed.
    utc = dt.datetime(2024, 3, 1, 16, 30, tzinfo=dt.UTC)
    assert PASSED.search(ask("截止了吗", utc).text)


def test_passed_points_to_policy_contact(ask):
    text = ask("还能报名吗", at(2025, 5, 1, 12, 0)).text
    assert PASSED.search(text) and "23119416" in text


def test_english_clock(ask):
    text = ask("How many days are left?", at(2024, 2, 1, 9, 0)).text
    assert "29 days 15 hours left" in text
    assert "has passed" in ask("Is it too late to apply?", at(2024, 3, 5, 9, 0)).text
