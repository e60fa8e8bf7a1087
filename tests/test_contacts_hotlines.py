"""Hotlines in several layouts: a label heading its lines, a label before a colon with an aside, one sentence with two
labels, a support line with only a phone and an e-mail. More than two contacts are kept with their labels, a second
person of a label is '…（二）', e-mails are stored, the consult answer lists them all, and a system, login or upload
problem goes to the technical support when the notice names one. Small fictional notices: every name, number and
address below is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.assertions import phones_of
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import Notice, load_knowledge
from knowledge.parse import build
from knowledge.phrasing import contact_line
from knowledge.verify import verify

NOW = dt.datetime(2031, 3, 10, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))

HEADED = """\
（一）政策咨询

示例市示范局产业处 甲一 010-55501001；乙二 010-55501002

办公地址：示例市示范大道1号（仅供来访咨询，不接收申报材料）

（二）申报材料填报咨询

示例市质量协会 丙三 010-55501003、13900001003

（三）申报系统技术支持

示例市质量协会信息部 丁四 010-55501004（工作日9:00—17:00）

电子邮箱：support@demo-mail.example.cn（仅用于系统问题咨询）

（四）纸质材料报送地址

示例市示范路2号 示例市质量协会申报受理处，收件人：丙三，电话：13900001003。"""

COLON = """\
1. 政策咨询：示例市示范局产业处 甲一，电话：010-55501001；

2. 申报系统技术支持（账号注册、登录、上传等问题）：示例信息科技有限公司 戊五，电话：010-55501005、13900001005；

3. 材料编写及评审咨询：示例市质量协会 己六，电话：010-55501006，电子邮箱：write@demo-mail.example.cn。"""

SENTENCE = ("（一）政策咨询：示范局产业处，联系人：甲一，电话：010-55501001，电子邮箱：policy@demo-mail.example.cn；"
            "技术支持（系统注册、填报、上传等操作问题）：示例技术服务中心，联系人：戊五，电话：010-55501005。")

PHONE_ONLY = """\
（一）政策咨询：示范局产业处　甲一　010-55501001

（二）填报咨询：示例质量研究院　丙三　13900001003

（三）系统技术支持：010-55501004（工作日9:00—17:00），邮箱 support@demo-mail.example.cn"""


def _notice(contacts: str) -> str:
    return ("示例市示范局文件\n\n示示〔2031〕5号\n\n关于开展2031年度示例市“示范经验”遴选工作的通知\n\n各区主管部门：\n\n"
            "一、申报方式\n\n申报单位登录“示范申报系统”（https://demo-apply.example.cn）在线填报，"
            f"网上填报截止时间为2031年4月10日17:00。\n\n二、联系方式\n\n{contacts}\n\n示例市示范局\n2031年3月1日\n")


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _hotlines(text: str, geo) -> dict:
    data = ingest(text, geo).data
    assert verify(build(Notice, data, "", "test"), text) == []  # every value is a span of the notice
    return data["consultation"]


def test_a_label_heading_its_lines_keeps_every_contact_and_the_e_mail(geo):
    c = _hotlines(_notice(HEADED), geo)
    assert (c["policy"]["person"], c["policy"]["phone"]) == ("甲一", "010-55501001")
    assert (c["filling"]["person"], c["filling"]["phone"]) == ("丙三", "010-55501003、13900001003")
    second, support = c["others"]
    assert second == {"clause": "二（一）", "label": "政策咨询（二）", "kind": "policy", "org": "示例市示范局产业处",
                      "person": "乙二", "phone": "010-55501002"}
    assert support["label"] == "申报系统技术支持" and support["kind"] == "system" and support["person"] == "丁四"
    assert support["email"] == "support@demo-mail.example.cn" and "登录" in support["match"]


def test_a_label_before_a_colon_with_an_aside_is_no_part_of_the_office(geo):
    c = _hotlines(_notice(COLON), geo)
    # The only support for the online system is the filling-in hotline; the aside names what it is for.
    assert c["filling"]["org"] == "示例信息科技有限公司" and c["filling"]["person"] == "戊五"
    (write,) = c["others"]
    assert write["label"] == "材料编写及评审咨询" and write["email"] == "write@demo-mail.example.cn"


def test_two_labels_in_one_sentence(geo):
    c = _hotlines(_notice(SENTENCE), geo)
    assert c["policy"]["email"] == "policy@demo-mail.example.cn"
    assert c["filling"]["org"] == "示例技术服务中心" and c["filling"]["person"] == "戊五"


def test_a_support_line_with_only_a_phone_and_an_e_mail(geo):
    c = _hotlines(_notice(PHONE_ONLY), geo)
    (support,) = c["others"]
    assert support["phone"] == "010-55501004" and support["email"] == "support@demo-mail.example.cn"
    assert support["kind"] == "system" and "person" not in support


@pytest.fixture(scope="module")
def headed(tmp_path_factory) -> Answerer:
    path = Path(tmp_path_factory.mktemp("hotlines")) / "headed.txt"
    path.write_text(_notice(HEADED), encoding="utf-8")
    return Answerer(load_knowledge(path))


@pytest.mark.parametrize("q", ["系统登录不上找谁", "上传失败打哪个电话", "系统报错了找谁", "Who do I call if the upload fails?"])
def test_a_system_problem_goes_to_the_technical_support(headed, q):
    text = headed.answer(q, NOW).text
    assert "010-55501004" in text and "010-55501003" not in text and "010-55501001" not in text


def test_the_consult_answer_lists_every_hotline(headed):
    text = headed.answer("咨询电话是多少", NOW).text
    for phone in ("010-55501001", "010-55501002", "010-55501003", "010-55501004", "support@demo-mail.example.cn"):
        assert phone in text


def test_policy_questions_get_both_policy_contacts_and_a_named_person_their_own(headed):
    text = headed.answer("政策咨询找谁", NOW).text
    assert "010-55501001" in text and "010-55501002" in text and "010-55501004" not in text
    text = headed.answer("乙二的电话是多少", NOW).text
    assert "010-55501002" in text and "010-55501001" not in text


def test_filling_questions_still_go_to_the_filling_hotline(headed):
    text = headed.answer("填报咨询电话", NOW).text
    assert "010-55501003" in text and "010-55501004" not in text


def test_each_number_of_every_hotline_is_known(headed):
    phones = phones_of(headed.kb)
    assert phones["13900001003"] == "填报咨询" and phones["01055501002"] == "政策咨询（二）"
    assert phones["01055501004"] == "申报系统技术支持"


def test_the_contact_line_shows_the_e_mail_in_both_languages(headed):
    support = headed.kb.notice.consultation.others[-1]
    assert contact_line(support).endswith("邮箱：support@demo-mail.example.cn")
    assert contact_line(support, en=True).startswith("Online system support:")
    assert contact_line(support, en=True).endswith("e-mail support@demo-mail.example.cn")
