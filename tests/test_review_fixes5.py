"""Problems a second reader found in the new rules: false corrections of requirements the notice does state, false
refusals of ordinary questions, the asker's own number beside a real claim, supplements in other wordings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge

ROOT = Path(__file__).resolve().parents[1]
NOTICES = Path(__file__).resolve().parent / "notices"
SH2037 = NOTICES / "sh-benchmark-2037-2038.txt"


@pytest.fixture(scope="module")
def bot() -> Answerer:
    return Answerer(load_knowledge(ROOT / "knowledge" / "notices" / "2023-2024.yaml"))


@pytest.mark.parametrize("q", ["是不是必须有推荐单位盖章才能提交", "得有单位公章才可以吧", "是不是必须有营业执照才能报",
                               "必须是上海企业才能报吗", "是不是需要有成熟应用的经验才能申报"])
def test_a_requirement_the_notice_states_is_never_denied(bot, q) -> None:
    assert "这一项要求" not in bot.answer(q).text


@pytest.mark.parametrize("q", ["经信委发的通知在哪里下载", "经信委红头文件原文能发我一下吗", "官方通知做了修改吗",
                               "推荐单位盖公章一般要几天能出", "推荐单位的公章怎么弄", "我们想写个内部通知转发经信委文件给各部门",
                               "打印店说胶装能便宜点，他们靠谱吗", "我们是做咨询公司的，客户老砍价，能报吗",
                               "我们在材料里写了一段顺口溜，可以吗", "总结材料里的数据图表用ps改一下颜色行不行",
                               "审计报告的数字要改一下格式吗", "申报书写错了能改一下吗 应该没事吧"])
def test_ordinary_questions_are_not_declined(bot, q) -> None:
    assert "无法提供帮助" not in bot.answer(q).text


@pytest.mark.parametrize(("q", "label"), [
    ("评审费在哪里交", "答辩、评审或现场核查的时间和地点"), ("评审标准在哪里看", "答辩、评审或现场核查的时间和地点"),
    ("我们需要先向区里汇报吗", "是否有现场答辩"), ("我们的ISO证书期满了还能报吗", "称号或认定的有效期"),
    ("我们去年复审通过了ISO9001，有影响吗", "称号或认定的有效期"), ("实施效果里产值要写多少", "营业收入或企业规模的门槛"),
    ("企业概况里营收写多少年的", "营业收入或企业规模的门槛"),
])
def test_attributes_stay_off_other_questions(bot, q, label) -> None:
    assert label not in bot.answer(q).text


def test_a_claim_beside_a_return_call_is_still_checked(bot) -> None:
    assert "不是23119417" in bot.answer("吴敏说会回电，他电话是23119417吧").text
    assert "手机号或微信" not in bot.answer("我手机号13912345678，吴敏的电话是23119416吧").text


@pytest.mark.parametrize("q", ["我们的客户都是事业单位，能报吗", "我们是事业单位改制后的国有企业，能报吗", "我们是社会团体下属的企业"])
def test_an_excluded_kind_said_of_others_is_no_exclusion(q) -> None:
    text = Answerer(load_knowledge(NOTICES / "zhejiang-province-benchmark-2036.txt")).answer(q).text
    assert "不符合：事业单位" not in text


def test_an_exclusion_said_as_out_of_scope_is_cited() -> None:
    text = Answerer(load_knowledge(NOTICES / "guangdong-benchmark-guide-2037.txt")).answer("我们是事业单位，能报吗").text
    assert "不符合：事业单位" in text and "不在本次申报范围内" in text


def _variant(tmp_path, old: str, new: str) -> Path:
    raw = SH2037.read_text(encoding="utf-8")
    assert old in raw
    f = tmp_path / "variant.txt"
    f.write_text(raw.replace(old, new), encoding="utf-8")
    return f


def test_a_supplement_without_numbers_and_with_two_changes_in_one_sentence(tmp_path) -> None:
    text = _variant(tmp_path, "一、在线申报截止时间由2038年1月22日17:00延长至2038年2月5日17:00。纸质材料报送时间不变，仍为2038年3月12日前。\n\n"
                    "二、嘉定区经济委员会联系人由焦若琳（69989526）调整为毛嘉诚，联系电话：69989537。",
                    "经研究，在线申报截止时间延长至2038年2月5日17:00，纸质材料报送时间相应顺延至2038年3月26日。"
                    "嘉定区经济委员会联系人调整为毛嘉诚，联系电话：69989537。")
    d = ingest(text.read_text(encoding="utf-8"), _shared()[1]).data
    assert d["submission"]["deadline"] == "2038-02-05 17:00"
    assert [(x["label"], x["when"]) for x in d["submission"]["deadlines"]] == [("纸质材料报送", "2038-03-26")]
    assert next(u for u in d["units"]["items"] if u["district"] == "jiading")["person"] == "毛嘉诚"
    bot = Answerer(load_knowledge(text))
    r = bot.answer("纸质材料3月12号前交对吧", now=dt.datetime(2038, 1, 5, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    assert "不是3月12日" in r.text and "3月26日" in r.text


def test_a_change_that_cannot_be_applied_is_reported(tmp_path) -> None:
    text = _variant(tmp_path, "延长至2038年2月5日17:00", "延长至2038年2月30日17:00")
    result = ingest(text.read_text(encoding="utf-8"), _shared()[1])
    assert result.data["submission"]["deadline"] == "2038-01-22 17:00"
    assert any("没有自动应用" in x for x in result.ambiguous)


def test_a_seal_rule_about_the_documents_above_is_led_by_the_form() -> None:
    d = ingest((NOTICES / "jiading-brand-zjtx-2026.txt").read_text(encoding="utf-8"), _shared()[1]).data
    assert not d["submission"]["form_seals"].startswith("上述")


def test_a_place_line_with_labelled_fields() -> None:
    """'嘉定区：嘉定区经济委员会，地址嘉定区…，联系人季晨阳，电话59992641': the person, and the address without its label."""
    text = Answerer(load_knowledge(NOTICES / "sh-benchmark-2039-2040.txt")).answer("安亭的企业，推荐单位联系人和电话是多少").text
    assert "联系人：季晨阳" in text and "地址：地址" not in text


@pytest.mark.parametrize("q", ["纸质版要交几分啊", "纸质材料打印几分"])
def test_copies_typed_as_points_are_still_copies(q) -> None:
    text = Answerer(load_knowledge(NOTICES / "sh-benchmark-2029-2030.txt")).answer(q).text
    assert "一式两份" in text


def test_a_description_is_no_request_to_write(bot) -> None:
    assert "无法提供帮助" not in bot.answer("推荐单位是指给我们写推荐信的客户吗？要找几家").text


def test_two_people_of_one_unit_in_a_sentence_of_units() -> None:
    """'锡山区 钱俊峰 0510-88206417、许婧 0510-88206423': both people, and no address made of the second name."""
    d = ingest((NOTICES / "wuxi-quality-benchmark-2034.txt").read_text(encoding="utf-8"), _shared()[1]).data
    xishan = next(u for u in d["units"]["items"] if u["name"] == "锡山区")
    assert xishan["person"] == "钱俊峰、许婧" and "address" not in xishan
