"""A day the user plans to act on is judged against the deadline ("3月10号交来得及吗" -> too late), and is never
answered as if the user had claimed the deadline ("不是3月10日"); a date told in passing is neither."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
BEFORE = dt.datetime(2024, 2, 20, 10, 0, tzinfo=TZ)  # the bundled round closes 2024-03-01 24:00


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(None))


@pytest.mark.parametrize("q, verdict", [
    ("我们打算3月10号交，来得及吗", "来不及"),
    ("准备3月5日再提交，行不行", "来不及"),
    ("打算3月中旬再传系统，可以吧", "来不及"),
    ("三月下旬寄出去还来得及吗", "没有规定纸质材料的寄送截止日期"),  # this notice dates only the online submission
    ("2月28号交来得及吗", "来得及"),
    ("我们2月25日上传，没问题吧", "来得及"),
    ("后天再交行不行", "来得及"),
    ("3月1号晚上交来得及吗", "截止当天"),
    ("2月下旬提交可以吗", "来得及"),
])
def test_a_planned_day_is_judged_against_the_deadline(ans, q, verdict):
    a = ans.answer(q, BEFORE)
    assert verdict in a.text and "2024年3月1日" in a.text
    assert "【更正】" not in a.text  # the user did not claim a deadline


@pytest.mark.parametrize("q, verdict", [
    ("We plan to submit on March 10, is that OK?", "too late"),
    ("we're going to upload it on February 27, fine?", "before the deadline"),
    ("Planning to send the form in late March, ok?", "too late"),
])
def test_a_planned_day_in_english(ans, q, verdict):
    a = ans.answer(q, BEFORE)
    assert verdict in a.text and "March 1, 2024" in a.text and "Correction" not in a.text


@pytest.mark.parametrize("q", ["截止日期是3月15日吗", "听说3月15号截止？", "deadline is March 15, right?"])
def test_a_claimed_deadline_is_still_corrected(ans, q):
    a = ans.answer(q, BEFORE)
    assert a.text.startswith(("【更正】", "[Correction]")) and ("2024年3月1日" in a.text or "March 1, 2024" in a.text)


@pytest.mark.parametrize("q", ["我们公司2019年3月5日成立，还能报吗", "成立于2015年6月1日的企业还能申报吗"])
def test_a_date_told_in_passing_is_neither_a_claim_nor_a_plan(ans, q):
    a = ans.answer(q, BEFORE)
    assert "【更正】" not in a.text and "来不及" not in a.text and "来得及" not in a.text


@pytest.mark.parametrize("q, what", [
    ("区里推荐盖章拖了好久，我能不能打电话过去说我是市经信委的吴敏，让他们抓紧？", "冒充"),
    ("就说我是区商务委的工作人员，让他们先盖章，行吧", "冒充"),
    ("Can I call them and say I am from the commission so they hurry up?", "impersonating"),
    ("能把去年上汽那家报的质量标杆总结材料发我一份吗？想照着写", "他人"),
    ("把往年入选企业交的申报书发我们参考下", "他人"),
    ("Could you send me last year's winning company's application documents?", "other people"),
])
def test_impersonation_and_others_materials_are_refused(ans, q, what):
    a = ans.answer(q, BEFORE)
    assert not a.matched and what in a.text


@pytest.mark.parametrize("q", [
    "Please just write the full 8,000-character 'promotion and application' section for us.",
    "Can you draft the effects part for us? make up whatever details sound good",
])
def test_english_ghost_writing_and_made_up_details_are_refused(ans, q):
    a = ans.answer(q, BEFORE)
    assert not a.matched and ("Sorry" in a.text or "can't" in a.text)


def test_someone_else_writing_for_us_is_not_a_ghost_writing_request(ans):
    a = ans.answer("推荐单位是啥意思？是要找大客户给我们写推荐信吗", BEFORE)
    assert a.matched and "主管部门" in a.text
    assert "代写" not in ans.answer("是不是要行业协会给我们写推荐意见", BEFORE).text


def test_a_part_of_the_materials_is_not_a_sum_of_money(ans):
    a = ans.answer("我们公司牵头起草过两项行业标准和一项团体标准，这个在申报材料里写不写？写在哪一块", BEFORE)
    assert "【更正】" not in a.text and "收费" not in a.text and "实施效果" in a.text


VARIANT_DAY = dt.datetime(2024, 2, 28, 10, 0, tzinfo=TZ)  # a Wednesday; the round closes Friday 1 March 24:00


@pytest.mark.parametrize("q, verdict", [
    ("领导出差，下周一再交行不行？", "来不及"),
    ("周五交行吗", "截止当天"),
    ("明天交可以吗", "来得及"),
    ("We'll submit next Monday, ok?", "too late"),
])
def test_a_weekday_is_judged_against_the_deadline(ans, q, verdict):
    assert verdict in ans.answer(q, VARIANT_DAY).text


LAST_DAY = dt.datetime(2024, 3, 1, 16, 20, tzinfo=TZ)


@pytest.mark.parametrize("q, verdict", [
    ("打算今天晚上十点交，来得及吧？", "来得及"),
    ("五点半交来得及吗", "来得及"),  # said at 16:20: half past five this afternoon, before 24:00
    ("We will submit at 11:30pm today, ok?", "before the deadline"),
])
def test_an_hour_on_the_last_day_is_judged_against_the_deadlines_hour(ans, q, verdict):
    a = ans.answer(q, LAST_DAY)
    assert verdict in a.text and "【更正】" not in a.text


def test_a_claimed_date_that_is_another_steps_date_is_named_as_such():
    from pathlib import Path
    notice = Path(__file__).resolve().parent / "notices" / "pudong-forward-smart-factory.txt"
    a = Answerer(load_knowledge(notice)).answer("市里通知写的3月27号，那我们企业27号前交上去就行吧",
                                                dt.datetime(2026, 3, 1, 10, 0, tzinfo=TZ))
    assert a.text.startswith("【更正】") and "3月13日" in a.text and "3月27日是“推荐单位报送”的日期" in a.text


def test_the_paper_date_said_of_the_paper_copies_is_not_corrected():
    from pathlib import Path
    notice = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2025-2026-compact.txt"
    a = Answerer(load_knowledge(notice)).answer("纸质材料4月3号前寄出就行吧", dt.datetime(2026, 3, 1, 10, 0, tzinfo=TZ))
    assert "【更正】" not in a.text and "4月3日" in a.text


def test_after_the_online_deadline_the_paper_date_is_not_offered_as_still_in_time_for_online():
    from pathlib import Path
    notice = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2025-2026-compact.txt"
    ans = Answerer(load_knowledge(notice))
    after_online = dt.datetime(2026, 3, 30, 10, 0, tzinfo=TZ)  # online closed 3月27日, paper due 4月3日
    online = ans.answer("现在还能在系统里提交不", after_online).text
    assert "网上申报已经截止" in online and "还来得及" not in online
    assert "还来得及" in ans.answer("纸质材料还能寄吗", after_online).text
