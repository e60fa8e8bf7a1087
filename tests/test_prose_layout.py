"""A city notice whose contacts are prose sentences ('市南区工业和信息化局，联系人：…，电话：…。'), with a zone known by
its managing body, places assigned to units in a Q&A section, and a no-fee clause. A small fictional notice; every
name and number is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))

NOTICE = """澄海市工业和信息化局关于组织开展2035年澄海市质量标杆企业遴选工作的通知

澄工信质字〔2035〕8号

一、申报条件

（一）在澄海市注册的工业企业。

二、申报方式

企业于2035年6月13日18:00前登录申报平台（https://bg.chenghai-demo.cn）在线填报。本次遴选不向企业收取任何费用。

三、常见问题解答

问一：答辩由谁参加？
答：须由企业法定代表人进行汇报，汇报时间不超过10分钟。不得由咨询机构人员代为汇报。

问二：企业注册地在功能区内，应由哪个单位推荐？
答：注册在澄海高新区（含红石街道、白沙街道）的企业，由澄海高新区管委会推荐；绿岛经济区、蓝湾港区内企业由东岸新区推荐。

四、联系方式

市工业和信息化局质量处，联系人：柏一，电话：0532-55510001；申报平台技术支持，联系人：邹二，电话：0532-55510002。

东岸新区工业和信息化局，联系人：林三，电话：0532-55510003。

西岭区工业和信息化局，联系人：林四，电话：0532-55510004。

北山市工业和信息化局，联系人：林五，电话：0532-55510005。

澄海高新区管委会产业发展部，联系人：林六，电话：0532-55510006。

澄海青湾管理局经济发展部，联系人：林七，电话：0532-55510007。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("prose") / "chenghai-2035.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return Answerer(load_knowledge(path))


def _ask(bot: Answerer, q: str) -> str:
    return bot.answer(q, dt.datetime(2035, 6, 1, 10, 0, tzinfo=TZ)).text


def test_prose_contacts_are_read_as_units_and_the_city_hotlines_stay_hotlines() -> None:
    data = ingest(NOTICE, _shared()[1]).data
    units = {u["name"]: u for u in data["units"]["items"]}
    assert units["西岭区工业和信息化局"] == {**units["西岭区工业和信息化局"], "person": "林四", "phone": "0532-55510004"}
    assert "澄海青湾管理局经济发展部" in units and len(units) == 5
    assert not any("联系人" in name for name in units)
    phones = {h["phone"] for h in (data["consultation"].get("policy", {}), data["consultation"].get("filling", {}))}
    assert phones == {"0532-55510001", "0532-55510002"}


@pytest.mark.parametrize("q, phone", [("红石街道的企业找谁", "55510006"), ("绿岛经济区的企业材料交给谁", "55510003"),
                                      ("蓝湾港区找谁推荐", "55510003"), ("青湾的企业找谁", "55510007")])
def test_places_the_notice_assigns_are_answered_with_their_unit(bot, q, phone) -> None:
    text = _ask(bot, q)
    assert phone in text and "55510001" not in text, (q, text)


def test_a_q_and_a_question_is_quoted_with_its_answer(bot) -> None:
    text = _ask(bot, "答辩能让咨询公司的老师替我们讲吗")
    assert "法定代表人" in text and "10分钟" in text, text


@pytest.mark.parametrize("q, lead", [("申报要交评审费吗", "申报不收费"), ("Is there any fee to apply?", "No fee is charged")])
def test_a_no_fee_clause_is_answered_with_a_plain_no_first(bot, q, lead) -> None:
    assert lead in _ask(bot, q)
