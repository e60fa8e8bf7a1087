"""Which date is the applicant's deadline and who does each other dated step: the applicant's online submission
before their paper copies, never a step whose subject is the recommending units, the end of a range with its start
as when the system opens. Small fictional notices of an invented city; every name, number and address is made up."""

from __future__ import annotations

import pytest

from knowledge.ingest import facts, ingest
from knowledge.ingest.dates import by_units
from knowledge.ingest.openings import opening
from knowledge.loader import _shared


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _notice(body: str) -> str:
    head = "澄湖市工业和信息化局文件\n\n澄工信〔2031〕9号\n\n关于开展2031年度澄湖市示例标杆遴选工作的通知\n\n各区工信部门：\n\n"
    return f"{head}一、申报条件\n\n（一）在澄湖市注册的企业。\n\n（二）近三年未发生重大质量事故。\n\n{body}\n\n澄湖市工业和信息化局\n2031年3月1日\n"


def _sub(body: str, geo) -> dict:
    return ingest(_notice(body), geo).data["submission"]


# The units' step is written last, after a finished list item: it falls to the clause heading the list.
UNITS_LAST = """\
二、申报方式和时间安排

（一）网上申报。申报企业于2031年4月1日9:00至2031年4月20日17:00登录示例申报系统（https://apply.example-demo.cn）填写申报书。

（二）纸质材料报送。网上提交成功后，申报企业下载打印申报书，装订成册，一式两份，于2031年4月27日前报送至所在区推荐单位。

各区推荐单位完成初审后，于2031年5月6日前将推荐汇总表统一报送至市质量中心。"""


def test_the_online_deadline_leads_and_the_paper_and_the_units_steps_follow_with_who_does_them(geo):
    sub = _sub(UNITS_LAST, geo)
    assert sub["deadline"] == "2031-04-20 17:00" and sub["clause"] == "二（一）"
    assert sub["opens"] == "2031-04-01 09:00"  # a range's first day is when the system opens, not a deadline
    assert sub["online"].startswith("申报企业于2031年4月1日")
    steps = [(x["label"], x["when"], x["clause"]) for x in sub["deadlines"]]
    assert steps == [("纸质材料报送", "2031-04-27", "二（二）"), ("推荐单位报送", "2031-05-06", "二")]
    assert next(x for x in sub["deadlines"] if x["clause"] == "二")["text"].startswith("各区推荐单位")  # no title run in


def test_a_units_step_written_first_is_never_the_applicants_deadline(geo):
    body = ("二、时间安排\n\n（一）各区工信部门于2031年5月10日前将推荐名单报送市工业和信息化局。\n\n"
            "（二）网上申报截止时间为2031年4月30日17:00，申报企业登录示例申报平台（https://apply.example-demo.cn）提交材料。")
    sub = _sub(body, geo)
    assert sub["deadline"] == "2031-04-30 17:00" and sub["clause"] == "二（二）"
    assert [(x["label"], x["when"]) for x in sub["deadlines"]] == [("推荐单位报送", "2031-05-10")]


@pytest.mark.parametrize("line, deadline, opens", [
    ("请于2031年4月15日17:00前登录示例申报系统（https://apply.example-demo.cn）提交申报材料。", "2031-04-15 17:00", None),
    ("申报时间：即日起至2031年4月18日17时止，逾期系统自动关闭。", "2031-04-18 17:00", "2031-03-01"),  # the notice's day
    ("网上申报受理时间为2031年3月20日至2031年4月22日。", "2031-04-22", "2031-03-20"),
    ("平台自2031年3月10日（星期一）9:00起开放，网上填报截止时间为2031年4月25日（星期五）17:00。", "2031-04-25 17:00",
     "2031-03-10 09:00"),
])
def test_each_layout_of_the_online_deadline_gives_its_day(geo, line, deadline, opens):
    body = f"二、申报方式\n\n（一）{line}\n\n（二）纸质材料一式两份，于2031年5月8日前寄送至市质量中心。"
    sub = _sub(body, geo)
    assert sub["deadline"] == deadline
    assert sub.get("opens") == opens
    assert [(x["label"], x["when"]) for x in sub["deadlines"]] == [("纸质材料报送", "2031-05-08")]


def test_a_paper_only_notice_takes_the_applicants_paper_date_not_the_units(geo):
    body = ("二、申报程序\n\n（一）申报企业于2031年4月28日前将申报材料一式三份报送至所在区工信部门。\n\n"
            "（二）各区工信部门对申报材料进行初审，于2031年5月12日前将推荐材料报送市工业和信息化局。")
    sub = _sub(body, geo)
    assert sub["deadline"] == "2031-04-28"
    assert [(x["label"], x["when"]) for x in sub["deadlines"]] == [("推荐单位报送", "2031-05-12")]


def test_a_notice_that_dates_only_the_units_step_has_no_applicant_deadline(geo):
    r = ingest(_notice("二、工作安排\n\n（一）请各区工信部门于2031年5月12日前将推荐材料报送市工业和信息化局。"), geo)
    assert "submission" not in r.data
    assert any("申报截止时间" in m for m in r.missing)


@pytest.mark.parametrize("lead, units", [
    ("各区推荐单位完成初审后，于", True),
    ("各区、县（市）市场监管局对申报材料进行初审，于", True),
    ("纸质材料报送至所属街道经济发展部门，由其出具推荐意见后，于", True),
    ("申报企业从系统导出申报书，于", False),
    ("申报书加盖单位公章，并经推荐单位审核盖章后，连同总结材料一式两份，于", False),
    ("各申报单位须于", False),
    ("网上提交后，申报企业将纸质材料报送至所在区工信部门，", False),
])
def test_who_acts_is_read_from_the_words_before_the_date(lead, units):
    assert by_units(lead) is units


def test_a_range_gives_its_end_as_the_deadline_and_its_start_as_the_opening():
    (dl,) = facts.deadlines("申报单位于2031年4月1日9:00至4月20日17:00登录系统填报。", 2031)
    assert dl.value == "2031-04-20 17:00"
    assert opening(dl) == "2031-04-01 09:00"


def test_a_system_that_closes_on_a_day_gives_the_deadline(geo):
    body = ("二、申报程序\n\n（一）网上申报。申报企业登录示例申报系统（https://apply.example-demo.cn）在线填报。"
            "系统于2031年4月10日9:00开放，2031年5月19日17:30关闭，逾期不再接收提交。\n\n"
            "（二）纸质材料报送。申报企业将纸质材料一式两份于2031年5月26日17:00前报送至所在区工信部门。")
    sub = _sub(body, geo)
    assert (sub["deadline"], sub["opens"]) == ("2031-05-19 17:30", "2031-04-10 09:00")
    assert [(x["label"], x["when"]) for x in sub["deadlines"]] == [("纸质材料报送", "2031-05-26 17:00")]


def test_where_the_units_send_the_paper_on_is_not_where_the_applicant_sends_it(geo):
    where = "统一报送至市质量中心（地址：澄湖市示范路12号301室，收件人：钱七，电话：0599-55501234）。"
    r = ingest(_notice(UNITS_LAST.replace("统一报送至市质量中心。", where)), geo)
    assert r.data["mailing"] == {**r.data["mailing"], "address": "所在区推荐单位", "clause": "二（二）"}


def test_a_day_without_a_clock_time_falls_due_after_one_with_it_on_that_day(geo):
    body = ("二、申报程序\n\n（一）请于2031年4月15日17:00前登录示例申报系统（https://apply.example-demo.cn）提交申报材料。\n\n"
            "（二）各区工信部门于2031年4月22日前完成推荐。\n\n（三）纸质材料一式两份，于2031年4月22日17:00前寄送至市质量中心。")
    sub = _sub(body, geo)
    assert [x["label"] for x in sub["deadlines"]] == ["纸质材料报送", "推荐单位报送"]
