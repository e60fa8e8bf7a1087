"""A supplementary notice printed after the notice: the dates and contacts it changes are the ones the assistant
gives, each with the supplement's own words and clause; nothing else of the notice changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from notice_fixtures import notice_fixtures

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.ingest.supplement import supplement_at
from knowledge.loader import _shared
from knowledge.model import load_knowledge

NOTICE = Path(__file__).resolve().parent / "notices" / "sh-benchmark-2037-2038.txt"
data, bot = notice_fixtures(NOTICE)
TZ = dt.timezone(dt.timedelta(hours=8))

# A notice of another city with a supplement that moves the paper date and replaces a hotline's person.
SMALL = """关于开展2040年某市“质量标杆”遴选工作的通知
某工信质〔2040〕3号

各区工信局：
现就有关事项通知如下。
一、申报条件
（一）在本市注册满三年的工业企业。
（二）近三年未发生重大质量事故。
二、申报方式
（一）请于2040年5月20日17:00前登录申报系统（https://zlbg.example-city.cn）在线提交。
（二）纸质材料一式两份，请于2040年5月27日前寄送至市工信局质量处。
三、联系方式
政策咨询：市工信局质量处 王立 0571-5550101
填报咨询：市质量协会 赵敏 0571-5550202

某市工业和信息化局
2040年4月1日

关于调整2040年某市“质量标杆”纸质材料报送时间的通知
某工信质〔2040〕9号

一、纸质材料报送截止时间由2040年5月27日延长至2040年6月5日。
二、政策咨询联系人由王立调整为钱诚，联系电话：0571-5550109。
其他事项不变。

某市工业和信息化局
2040年5月10日
"""


def test_the_extended_deadline_replaces_the_first(data) -> None:
    sub = data["submission"]
    assert sub["deadline"] == "2038-02-05 17:00" and sub["clauses"]["deadline"] == "补充通知一"
    assert [x["when"] for x in sub["deadlines"]] == ["2038-03-12"]  # '纸质材料报送时间不变'


def test_a_replaced_contact_is_the_units_contact(data) -> None:
    jiading = next(u for u in data["units"]["items"] if u["district"] == "jiading")
    assert (jiading["person"], jiading["phone"], jiading["changed"]) == ("毛嘉诚", "69989537", "补充通知二")
    assert sum(1 for u in data["units"]["items"] if u.get("changed")) == 1


def test_the_notice_keeps_its_own_date_and_number(data) -> None:
    assert data["meta"]["date"] == "2037-11-20" and data["meta"]["doc_number"] == "沪经信技〔2037〕1418号"
    assert data["supplement"]["doc_number"] == "沪经信技〔2038〕027号" and data["supplement"]["date"] == "2038-01-10"
    assert [x["clause"] for x in data["passages"][-2:]] == ["补充通知一", "补充通知二"]


@pytest.mark.parametrize(("q", "now", "must", "must_not"), [
    ("截止时间", "2038-01-05", ["2038年2月5日 17:00", "由2038年1月22日17:00延长至2038年2月5日17:00", "补充通知一"], []),
    ("还能报吗", "2038-01-25", ["尚未截止", "2月5日"], ["已经截止"]),
    ("明天就截止了吧", "2038-01-21", ["2月5日"], []),
    ("是不是1月22号截止", "2038-01-05", ["不是1月22日", "2038年2月5日"], []),
    ("还能报吗", "2038-02-06", ["已经截止", "2038年2月5日"], []),
    ("嘉定区找谁", "2038-01-05", ["联系人：毛嘉诚", "电话：69989537", "补充通知二"], ["联系人：焦若琳"]),
    ("安亭的企业联系谁", "2038-01-05", ["毛嘉诚"], []),
    ("松江区找谁", "2038-01-05", ["黎书瑶"], ["补充通知"]),
    ("有补充通知吗", "2038-01-05", ["沪经信技〔2038〕027号", "毛嘉诚"], []),
])
def test_replies_follow_the_supplement(bot, q, now, must, must_not) -> None:
    text = bot.answer(q, now=dt.datetime.fromisoformat(now + "T10:00:00").replace(tzinfo=TZ)).text
    assert all(x in text for x in must), text
    assert not any(x in text for x in must_not), text


def test_a_supplement_moves_the_paper_date_and_a_hotline() -> None:
    d = ingest(SMALL, _shared()[1]).data
    assert d["submission"]["deadline"] == "2040-05-20 17:00"
    assert [(x["when"], x["clause"]) for x in d["submission"]["deadlines"]] == [("2040-06-05", "补充通知一")]
    assert (d["consultation"]["policy"]["person"], d["consultation"]["policy"]["phone"]) == ("钱诚", "0571-5550109")
    assert d["consultation"]["filling"]["person"] == "赵敏"
    assert d["meta"]["date"] == "2040-04-01"


def test_a_supplement_is_found_only_after_the_notice() -> None:
    assert supplement_at(SMALL) == SMALL.index("关于调整2040年")
    alone = SMALL[SMALL.index("关于调整2040年"):]  # a supplement read on its own is a notice, not an appendix
    assert supplement_at(alone) == 0
    assert supplement_at("关于开展质量标杆遴选的通知\n一、申报条件\n（一）关于延长申报时间的通知另行发布。\n") == 0


def test_the_supplements_facts_verify_against_the_text(tmp_path) -> None:
    f = tmp_path / "small.txt"
    f.write_text(SMALL, encoding="utf-8")
    kb = load_knowledge(f)
    assert kb.notice.consultation.policy.person == "钱诚"
    r = Answerer(kb).answer("纸质材料什么时候寄", now=dt.datetime(2040, 5, 28, 10, tzinfo=TZ))
    assert "纸质材料报送：2040年6月5日（以补充通知为准：纸质材料报送截止时间由2040年5月27日延长至2040年6月5日。）" in r.text
    r = Answerer(kb).answer("截止时间", now=dt.datetime(2040, 5, 1, 10, tzinfo=TZ))
    assert "纸质材料报送：2040年6月5日（纸质材料报送截止时间由2040年5月27日延长至2040年6月5日）" in r.text


def test_a_notice_attached_under_an_annex_heading_is_no_supplement() -> None:
    attached = SMALL.replace("关于调整2040年某市", "附件2\n\n关于调整2040年某市", 1)
    assert supplement_at(attached) == 0
