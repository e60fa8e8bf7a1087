"""Notice shapes and questions met in a further round of fresh sets: a rule asked with its Latin names ('ISO9001',
'IATF16949'), a question padded with function words, a word-count rule written subject first ('图表不计入字数')."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))
MARCH = dt.datetime(2059, 3, 10, 10, 0, tzinfo=CST)


@pytest.fixture(scope="module")
def batches() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "chengdu-two-batches-2059.txt"))


@pytest.mark.parametrize("question", ["没做ISO9001，但有IATF16949，这个认可不", "我们只有iatf 16949证书行不行",
                                      "IATF16949算不算体系认证"])
def test_a_rule_is_recalled_by_its_latin_names(batches, question):
    reply = batches.answer(question, MARCH)
    assert "IATF 16949" in reply.text and "2年" in reply.text


@pytest.mark.parametrize("question", ["财务报告要审计过的吗？哪一年的", "财务报告需要审计吗", "审计报告要哪年的"])
def test_function_words_do_not_hide_the_rule(batches, question):
    reply = batches.answer(question, MARCH)
    assert reply.matched and "2058年度财务审计报告" in reply.text


@pytest.mark.parametrize("question", ["图表算不算字数？能放多少张图", "图表计入字数吗", "表格算在字数里吗"])
def test_a_word_count_rule_written_subject_first_is_stated(batches, question):
    reply = batches.answer(question, MARCH)
    assert "图表不计入字数" in reply.text and "没有规定" not in reply.text


LINHAI = """临海市经济和信息化局关于开展2061年度临海市质量标杆遴选的通知

一、申报条件
在临海市注册满3年的工业企业。

二、推荐单位
东城区、西城区分别由东城区经济发展局（联系人：赵一鸣，电话：0576-85110001）和西城区科技和工业委员会（联系人：钱二丫，电话：0576-85110002）负责推荐。南湖区、北岭区的推荐单位为区经信局，其中南湖区经信局联系人孙三省，电话0576-85110003；北岭区经信局联系人李四海，电话0576-85110004转12。江口镇的推荐单位为江口镇经济服务中心，联系人周五福，电话0576-85110005。

三、咨询电话
市经济和信息化局质量处 吴六顺 0576-85119999

临海市经济和信息化局
2061年3月1日
"""


@pytest.fixture(scope="module")
def prose_units(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("lh") / "linhai.txt"
    path.write_text(LINHAI, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_units_written_several_to_a_sentence_are_each_read(prose_units):
    units = {u.name: (u.person, u.phone) for u in prose_units.kb.notice.units.items}
    assert units == {"东城区经济发展局": ("赵一鸣", "0576-85110001"), "西城区科技和工业委员会": ("钱二丫", "0576-85110002"),
                     "南湖区经信局": ("孙三省", "0576-85110003"), "北岭区经信局": ("李四海", "0576-85110004转12"),
                     "江口镇经济服务中心": ("周五福", "0576-85110005")}


@pytest.mark.parametrize(("question", "person", "phone"), [("西城区找谁推荐", "钱二丫", "85110002"),
                                                           ("北岭的电话", "李四海", "85110004")])
def test_a_unit_of_a_sentence_answers_its_place(prose_units, question, person, phone):
    reply = prose_units.answer(question, MARCH)
    assert person in reply.text and phone in reply.text and "联系人" not in reply.text.split("推荐单位：")[1].split("\n")[0]
