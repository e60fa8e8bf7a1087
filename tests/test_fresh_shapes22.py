"""Shapes from the twenty-second round of fresh material: units lists split under two sub-headings with phones written
in groups ('2731 4402'), contacts in prose with names padded by one space ('张 磊'), a second contact on a row of its
own in a table broken across lines, mailboxes in a unit's line, word limits counted in 千 and 百, a training meeting
titled in its own clause, and the shortened names of four-character districts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest.numerals import arabic_counts
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
TIANJIN, HANDAN, QINGDAO = "tianjin-binhai-zones-2128.txt", "handan-counties-2130.txt", "qingdao-reply-slip-training-2129.txt"
GUIZHOU, HANGZHOU = "guizhou-province-cities-2127.txt", "hangzhou-merged-districts-2125.txt"
_BOTS: dict[str, Answerer] = {}


def _bot(name: str) -> Answerer:
    if name not in _BOTS:
        _BOTS[name] = Answerer(load_knowledge(NOTICES / name))
    return _BOTS[name]


def _units(name: str) -> dict[str, object]:
    return {u.name: u for u in _bot(name).kb.notice.units.items}


# ------------------------------------------------------------ units lists
def test_a_units_list_split_under_two_sub_headings_is_read_whole_with_each_rows_own_clause():
    units = _units(TIANJIN)
    assert len(units) == 17 and "和平区商务局" in units and "生态城管委会" in units
    assert units["高新区管委会"].person == "韩晓东" and units["高新区管委会"].phone == "18622334907"  # '韩晓东（与…为同一联系人），186 2233 4907'
    assert units["和平区商务局"].clause == ""  # the first list's rows cite the units clause
    text = _bot(TIANJIN).answer("高新区管委会联系人").text
    assert "18622334907" in text and "（出处：六（三））" in text


@pytest.mark.parametrize("q", ["注册在塘沽找谁推荐", "我们在原汉沽区 该找哪个单位", "大港的企业向谁申报"])
def test_former_districts_named_inside_a_units_bracket_lead_to_that_unit(q):
    text = _bot(TIANJIN).answer(q).text
    assert "孟凡宇" in text and "25326018" in text and "罗洋" not in text


@pytest.mark.parametrize(("q", "phone"), [("和平区电话", "27314402"), ("河东区联系人", "24120387转6105"), ("津南区找谁", "13602105578")])
def test_phones_written_in_groups_of_four_are_read(q, phone):
    assert phone in _bot(TIANJIN).answer(q).text


def test_names_padded_by_one_space_in_prose_keep_both_contacts_of_a_unit():
    units = _units(HANDAN)
    assert len(units) == 14
    assert units["永年区工业和信息化局"].person == "武丹、孟庆林" and units["邯山区工业和信息化局"].person == "郝静、陈国栋"
    assert units["涉县工业和信息化局"].person == "张磊" and units["冀南新区经济发展局"].phone == "0310-5550269"
    text = _bot(HANDAN).answer("涉县工信局电话").text
    assert "0310-5550197" in text and "5550245" not in text and "5550269" not in text  # no other unit's phone as a hotline


@pytest.mark.parametrize("city", ["贵阳", "毕节", "黔东南"])
def test_a_second_contact_on_its_own_row_of_a_broken_table_is_no_email(city):
    unit = next(u for u in _units(GUIZHOU).values() if u.name.startswith(city))
    assert unit.person.count("、") == 1 and unit.phone.count("、") == 1 and re.fullmatch(r"[a-z]+@[a-z-]+\.cn", unit.email)


@pytest.mark.parametrize(("name", "q", "mail", "other"), [
    (GUIZHOU, "六盘水的邮箱", "lpszl@lpsgxj-demo.cn", "gyzlb@"), (GUIZHOU, "六盘谁的联系人邮箱发我下", "lpszl@lpsgxj-demo.cn", "zyzl@"),
    (HANGZHOU, "临平区的邮箱", "lpjxj@hzlp.gov.cn", "yhjxj@"), (HANGZHOU, "上城区经信局邮箱是多少", "scjxj@hzsc.gov.cn", "yhjxj@")])
def test_a_units_mailbox_is_given_on_its_card_without_the_list(name, q, mail, other):
    text = _bot(name).answer(q).text
    assert text.startswith("【") and "推荐单位联系方式" in text.split("\n")[0] and mail in text and other not in text


def test_the_mailbox_of_a_unit_in_a_labelled_line_is_read():
    assert _units(HANGZHOU)["临平区经济和信息化局（含原余杭区运河街道等划入区域）"].email == "lpjxj@hzlp.gov.cn"


def test_sending_to_the_citys_mailbox_instead_of_the_units_quotes_the_rule_against_it():
    bot = Answerer(load_knowledge(NOTICES / "taizhou-email-only-2098.txt"))
    text = bot.answer("我们是椒江的企业 直接发到市经信局那个tzjxj_zlfzc邮箱不是更快吗 省一道").text
    assert "不予受理" in text


# ------------------------------------------------------------ districts
@pytest.mark.parametrize(("name", "q", "want", "unwanted"), [
    ("nanjing-prose-units-2088.txt", "雨花区工信电话多少", "雨花台区", "玄武区"),
    ("wuhan-quality-benchmark-2027.txt", "东西区找谁", "东西湖区", "东湖新技术"),
    ("wuhan-quality-benchmark-2027.txt", "东湖区找谁", "东湖新技术开发区", "东西湖区")])
def test_a_four_character_district_is_found_by_its_first_two_characters_and_kind(name, q, want, unwanted):
    text = Answerer(load_knowledge(NOTICES / name)).answer(q).text
    assert want in text.split("\n")[0] and unwanted not in text


# ------------------------------------------------------------ word limits and layout
@pytest.mark.parametrize(("said", "read"), [("正文不超过3千字", "正文不超过3000字"), ("摘要不超过5百字，", "摘要不超过500字，"),
                                            ("名称不超过30个字", "名称不超过30字"), ("不超过八百字", "不超过800字"), ("二千五百字以内", "2500字以内"),
                                            ("1.5万字", "1.5万字"), ("一万二千字以内", "一万二千字以内"), ("五号字", "五号字"), ("三个字", "三个字"),
                                            ("30个字符", "30个字符"), ("3千字号", "3千字号")])
def test_word_limits_counted_in_thousands_and_hundreds_are_read_as_numbers(said, read):
    assert arabic_counts(said) == read


def test_limits_written_in_qian_and_bai_are_the_parts_limits():
    parts = {p.title: p.limit for p in _bot(QINGDAO).kb.notice.materials.parts if p.limit}
    assert parts == {"经验名称": 30, "摘要": 500, "典型经验材料正文": 3000}


@pytest.mark.parametrize(("q", "said"), [("正文写3万字以内就行对吧？", "3万字"), ("正文写5000字以内就行对吧？", "5000字"),
                                         ("群里有人说摘要不超过5千字 是这样吗", "5千字"), ("正文写三万字以内就行对吧？", "三万字")])
def test_a_wrong_limit_of_the_body_called_by_its_last_word_is_corrected(q, said):
    text = _bot(QINGDAO).answer(q).text
    assert text.startswith(f"【更正】\n不是{said}") and ("3000 字" in text or "500 字" in text)


@pytest.mark.parametrize(("name", "q"), [(TIANJIN, "字体字号有要求吗？正文是不是要仿宋三号"), (GUIZHOU, "正文用仿宋三号对吧？行距多少"),
                                         (GUIZHOU, "典型经验正文用什么字体字号？仿宋三号？"), (TIANJIN, "摘要是不是要用黑体")])
def test_a_typeface_asked_of_a_part_where_no_layout_is_set_is_unstated(name, q):
    ans = _bot(name).answer(q)
    assert not ans.matched and ans.text.startswith(("【通知未规定】", "【通知未涉及】")) and "排版格式" in ans.text


def test_a_part_asked_beside_a_typeface_with_its_limit_is_still_answered():
    ans = _bot(TIANJIN).answer("摘要用仿宋三号，摘要限多少字")
    assert ans.matched and "800" in ans.text


# ------------------------------------------------------------ an event titled in its own clause
@pytest.mark.parametrize(("q", "want"), [("培训会是后天吧 下午几点开始啊", "14:30"), ("培训会几点开始", "14:30"),
                                         ("培训会是4月8号下午两点半对吧 我记一下日程", "4月14日")])
def test_a_meeting_named_only_by_its_clauses_title_is_found_with_its_time(q, want):
    text = _bot(QINGDAO).answer(q).text
    assert want in text and "申报培训会。定于" in text


def test_the_office_address_of_the_office_units_send_to_is_no_units_office():
    ans = Answerer(load_knowledge(NOTICES / "shijiazhuang-quality-benchmark-2049.txt")).answer("正定县工信局在哪里办公")
    assert not ans.matched and "维明南大街" not in ans.text and "冯雪" in ans.text
