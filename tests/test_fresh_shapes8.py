"""Judgement met in a further round of fresh sets: a finished-by-day question without a submission verb, either-or
and follow-up clauses beside something the notice leaves open, a quota asked of one's own district, joint
applications and years of use, a gift offered in private, a common word read as a typo, whom to call about the
conditions, a revenue said to be enough, a unit's address a notice does not give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
BEFORE = dt.datetime(2024, 2, 26, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))  # a Monday; the Friday is 3月1日


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge())


@pytest.fixture(scope="module")
def windowed() -> Answerer:
    """Two categories with their own revenue floors; units only in an attachment table, without addresses."""
    return Answerer(load_knowledge(NOTICES / "shijiazhuang-quality-benchmark-2049.txt"))


@pytest.fixture(scope="module")
def capped() -> Answerer:
    """A next round that caps how many firms each unit recommends, and states the file type and size of uploads."""
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2049-2050.txt"))


# ------------------------------------------------------------ "can I still…" without a submission verb
@pytest.mark.parametrize("q", ["这周五之前弄完就行吧？", "周五前搞定就可以吧", "这周五之前交就行吧", "明天交上去就行吧"])
def test_finishing_by_a_day_is_a_question_of_the_clock(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert ans.matched and "2024年3月1日 24:00" in ans.text and "距离截止还有" in ans.text


def test_a_day_after_the_deadline_is_too_late(bundled) -> None:
    text = bundled.answer("下周一之前搞定就可以吧", BEFORE).text
    assert "下周一（2024年3月4日）已经过了截止时间" in text


# ------------------------------------------------------------ what the notice leaves open, with clauses beside it
@pytest.mark.parametrize("q, label", [
    ("纸质材料是以邮戳时间为准，还是必须3月1号之前寄到？", "以邮戳还是寄达时间为准"),
    ("通知说必要时会现场考察，那一般几月份来？会提前几天通知？", "现场核查或考察的时间安排"),
])
def test_the_other_option_or_a_follow_up_of_an_open_question_is_part_of_it(bundled, q, label) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "通知中没有规定" in ans.text and label in ans.text


def test_an_either_or_about_another_topic_is_still_answered(bundled) -> None:
    ans = bundled.answer("我们把总结材料和证实性材料打印装订了5本，直接寄到武夷路就行了吧", BEFORE)
    assert ans.matched and "武夷路" in ans.text


@pytest.mark.parametrize("q", ["我们和上游供应商想联合起来申报同一项经验，两家一起报可以吗", "能不能两家企业联合申报",
                               "可以和兄弟单位共同申报吗", "Can two companies apply jointly?"])
def test_a_joint_application_is_left_open_with_the_one_item_rule(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "同一单位原则上只能申报一项经验" in ans.text


@pytest.mark.parametrize("q", ["典型经验要推广满几年才可以报？我们做了三年够不够", "这个方法运行了几年才算成熟",
                               "管理方法推行多少年才可以申报"])
def test_years_of_use_are_left_open_and_the_criterion_is_quoted(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "经验须推广或运行的年限" in ans.text and "推广多年的成熟方法" in ans.text
    assert "成立或注册年限" not in ans.text


def test_years_since_registration_are_still_their_own_question(bundled) -> None:
    assert "成立或注册年限" in bundled.answer("公司成立几年才可以报", BEFORE).text


# ------------------------------------------------------------ quotas
@pytest.mark.parametrize("q", ["我是杨浦区商务委的，想问下我们区今年能推荐几家？名额有上限吗", "我们区今年能推荐几家？名额有上限吗",
                               "本区可以推荐多少家"])
def test_a_quota_asked_of_ones_own_district_is_left_open_when_none_is_set(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "名额或入选比例" in ans.text and "字以内" not in ans.text


@pytest.mark.parametrize("q", ["每个区能推荐多少家企业", "我们区今年能推荐几家？名额有上限吗", "我是黄浦区商务委的，我们区能推荐几家"])
def test_a_set_quota_is_quoted_never_called_unstated(capped, q) -> None:
    ans = capped.answer(q, BEFORE)
    assert ans.matched and "不超过8家" in ans.text and "没有规定" not in ans.text


# ------------------------------------------------------------ uploads, gifts, typos, contacts
def test_file_type_and_size_of_uploads_are_quoted(capped) -> None:
    ans = capped.answer("上传文件有格式要求吗？大小限多少", BEFORE)
    assert ans.matched and "PDF" in ans.text and "20MB" in ans.text


def test_a_font_size_is_not_a_file_size(capped) -> None:
    assert "文件大小" not in capped.answer("字体大小有限制吗", BEFORE).text


@pytest.mark.parametrize("q", ["评审专家都有谁？能不能私下联系一下送点心意", "私下给联系人送点东西行吗", "能不能偷偷给评委塞个红包"])
def test_a_gift_offered_in_private_is_declined_with_the_warning(bundled, q) -> None:
    ans = bundled.answer(q, BEFORE)
    assert not ans.matched and "送礼、行贿或托关系疏通" in ans.text and "申报不收费" in ans.text


def test_a_private_question_without_a_gift_is_not_bribery(bundled) -> None:
    assert "行贿" not in bundled.answer("能私下问一下评审结果吗", BEFORE).text


@pytest.mark.parametrize("q", ["我们之前从来没报过，申报网站是哪个", "去年报了，今年还要注册吗", "从来没报过这个，申报条件是什么"])
def test_having_applied_before_is_not_a_promise_of_selection(bundled, q) -> None:
    assert "申报不收费" not in bundled.answer(q, BEFORE).text


def test_whom_to_call_about_the_conditions_is_the_policy_line(windowed) -> None:
    text = windowed.answer("想问下对申报条件有不明白的地方该打哪个电话问？顺便问下申报网站是哪个", BEFORE).text
    assert "政策咨询：市工业和信息化局质量发展处 王立新 0311-86682107" in text and "赵晓楠" not in text
    assert "https://qyfw.sjzgxj-demo.cn" in text


def test_the_consultation_lines_asked_beside_the_conditions_are_all_given(windowed) -> None:
    text = windowed.answer("申报条件和咨询电话", BEFORE).text
    assert "王立新" in text and "赵晓楠" in text


# ------------------------------------------------------------ revenue said to be enough; a unit's address
@pytest.mark.parametrize("q", ["标杆营收一个亿就够了对吧", "营收一个亿就够了吧", "我们营收1个亿，也够了吧"])
def test_a_revenue_said_to_be_enough_is_checked_per_category(windowed, q) -> None:
    text = windowed.answer(q, BEFORE).text
    assert "申报“质量标杆”类别：营业收入低于要求，不符合" in text and "不低于2亿元" in text
    assert "““" not in text


@pytest.mark.parametrize("q", ["高新区科技经济发展局地址在哪", "正定县工信局在哪里办公", "经开区经济发展局的地址"])
def test_a_units_address_the_notice_lacks_is_left_open_with_its_phone(windowed, q) -> None:
    ans = windowed.answer(q, BEFORE)
    assert not ans.matched and "办公地点" in ans.text and "0311-" in ans.text


def test_a_units_address_the_notice_gives_is_answered(bundled) -> None:
    ans = bundled.answer("杨浦区商务委地址在哪", BEFORE)
    assert ans.matched and "惠民路 800 号" in ans.text
