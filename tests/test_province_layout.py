"""A provincial notice: cities as recommending units in a barred table with an e-mail column, a column of the
county-level cities each serves and notes under it; a quota for the cities not named; a second channel of
applicants with its own date; no paper copies at all. A small fictional notice; every name and number is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))

NOTICE = """澄江省工业和信息化厅关于组织开展2034年度澄江省工业企业示例标杆申报工作的通知

澄工信质〔2034〕12号

各设区市工业和信息化局，各省属企业：

一、申报条件

（一）在澄江省行政区域内依法注册，具有独立法人资格。

二、推荐渠道

（一）设区市推荐。各县（市、区）企业向所在设区市工业和信息化局申报。
（二）推荐名额。甲州市、乙阳市推荐数量不超过10项，其他设区市推荐数量不超过6项。

三、申报程序

（一）网上申报。设区市渠道的企业，须于2034年6月9日17:30前登录申报系统（https://bg.chengjiang-demo.cn）完成填报。
（二）省属企业申报。省属企业渠道的企业，须于2034年6月16日17:30前在系统中完成填报。
（三）材料报送方式。本次申报实行网上申报，企业和设区市均无需报送纸质材料。

四、联系方式

政策咨询：省工业和信息化厅质量处 汤一鸣 0571-55501234

附件1

各设区市工业和信息化局联系方式

序号｜推荐单位｜联系人｜联系电话｜电子邮箱｜所辖县级市
1｜甲州市工业和信息化局｜林一｜0571-5550 1001｜jz@jz-demo.cn｜—
2｜乙阳市工业和信息化局｜林二｜0572-5550 1002｜—｜丙山市、丁水市
3｜戊城市工业和信息化局｜林三｜0573-5550 1003｜—｜己岭市

注：1．县级市的企业均向所在设区市工业和信息化局申报。
2．未列电子邮箱的，请通过电话联系。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("province") / "chengjiang-2034.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return Answerer(load_knowledge(path))


def _ask(bot: Answerer, q: str, now: dt.datetime = dt.datetime(2034, 6, 2, 10, 0, tzinfo=TZ)) -> str:
    return bot.answer(q, now).text


def test_the_table_reads_its_columns_and_stops_at_its_notes() -> None:
    data = ingest(NOTICE, _shared()[1]).data
    units = {u["name"]: u for u in data["units"]["items"]}
    yiyang = units["乙阳市工业和信息化局"]
    assert yiyang["phone"] == "0572-5550 1002" and "address" not in yiyang
    assert not any("注" in u.get("address", "") for u in units.values())
    assert {"丙山市", "丙山", "丁水市"} <= set(data["places"][yiyang["district"]]["towns"])
    assert not any("丙山" in a for a in yiyang.get("aliases", ()))  # another city's own bureau is no name of this unit
    quotas = {u["name"][:3]: u["quota"] for u in units.values()}
    assert quotas == {"甲州市": "不超过10项", "乙阳市": "不超过10项", "戊城市": "不超过6项"}


def test_a_county_level_city_is_answered_with_the_city_it_belongs_to(bot) -> None:
    text = _ask(bot, "丙山的企业找谁")
    assert "乙阳市工业和信息化局" in text and "0572-5550 1002" in text and "0571-5550 1001" not in text, text


@pytest.mark.parametrize("q", ["要不要交纸质材料", "纸质版6月5号快递到市里来得及吧", "Do we need to mail hard copies?"])
def test_a_notice_without_paper_copies_says_none_are_needed(bot, q) -> None:
    text = _ask(bot, q)
    assert "无需报送纸质材料" in text and ("不需要" in text or "No paper copies" in text or "none are needed" in text), text
    assert "goes on paper" not in text and "一式" not in text, text


def test_the_date_of_another_channel_is_listed_only_when_it_is_asked_about(bot) -> None:
    assert "6月16日" not in _ask(bot, "今天还能提交吗")
    assert "6月16日" in _ask(bot, "省属企业截止时间是啥时候")
