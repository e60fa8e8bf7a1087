"""Shapes from the twenty-sixth round of fresh material: units given to several places at once ('甲区、乙区的企业由市工信局
直接受理'), office hours on some units' lines only, a place the notice leaves out ('…不在本通知范围内'), a route of its own
for city-owned firms with its contact in brackets, the years a cheating firm may not apply, a negative list of industries
beside the condition on the industries that may apply, a reward's amount; and conversation follow-ups that assert a value,
name an item by its number, or ask in English after a Chinese turn."""

from __future__ import annotations

import pytest
from test_context import Clock, make, say
from test_fresh_shapes25 import _from

from knowledge.answer import Answerer

# An imaginary city's notice: four districts share the city bureau, two places share a zone's office, counties list their
# own units, two of them with office hours; a county is left out; city-owned firms go through the city's SASAC.
_VALLEY = """溪岭市工业和信息化局关于开展2163年度溪岭市质量标杆遴选工作的通知
溪工信质〔2163〕19号

各县（区）工业和信息化主管部门，溪岭高新区管委会，市国资委，各有关企业：

现将有关事项通知如下。

一、申报条件

（一）申报企业应同时具备以下条件：
1. 在溪岭市依法注册，具有独立法人资格；
2. 属于制造业企业或软件和信息技术服务业企业，2162年度营业收入不低于3000万元；
3. 近三年未发生重大质量、安全事故。

（二）负面清单。以下企业不得申报：
1. 主营业务属于房地产开发经营、金融（含银行、保险）、教育培训行业的企业；
2. 不具有独立法人资格的分支机构。

（三）青石县为省直管县，其企业按照省有关通知另行组织申报，不在本通知范围内。

二、奖励措施

（一）认定为溪岭市质量标杆的，给予一次性奖励30万元。
（二）获奖企业须在收到奖励资金后12个月内，将资金用于质量提升投入。

三、申报材料

申报书由企业概况（不超过800字）、主要做法（不超过6000字）、实施成效（不超过2000字）三部分组成。

四、时间安排

企业于2163年6月20日17:00前完成网上填报，并将纸质材料一式两份报送所在地推荐单位。

五、推荐单位及联系方式

企业按注册地向所在推荐单位申报；市属国有企业通过市国资委申报。

（一）东城区、西城区、南湖区、北塘区的企业由市工业和信息化局直接受理。
联系人：柯美琳，电话：0771-3361208；地址：溪岭市东城区会展路6号市民中心C座315室。

（二）溪岭高新区、江口区的企业统一由溪岭高新区经济发展局受理。
联系人：蒙海涛，电话：0771-3125577；地址：溪岭市科园大道18号管委会大楼502室。

（三）各县企业由所在县工业和信息化局受理：

1．桃源县工业和信息化局
联系人：覃思雨，电话：0771-7612439；地址：桃源县城关镇新华路3号；办公时间：工作日8:00-12:00，15:00-18:00。

2．松岗县工业和信息化局
联系人：韦立新，电话：0771-6812736。

3．白溪县工业和信息化局
联系人：黄晓峰，电话：0771-8132895；地址：白溪县白溪镇河滨路11号。

（四）市属国有企业：溪岭市人民政府国有资产监督管理委员会（联系人：周文静；电话：0771-3352661）

（五）政策咨询热线：0771-2861390（市工业和信息化局质量科）。

六、其他事项

（一）申报企业对材料的真实性负责，对弄虚作假的，一经查实，取消申报资格，三年内不得再次申报。
（二）本次遴选不向申报企业收取任何费用。

溪岭市工业和信息化局
2163年5月8日
"""


@pytest.fixture(scope="module")
def valley(tmp_path_factory) -> Answerer:
    return _from(_VALLEY, "xiling-2163.txt", str(tmp_path_factory.mktemp("valley")))


# ------------------------------------------------------------ how the notice is read
def test_places_given_one_unit_together_each_get_that_unit(valley):
    units = {valley.kb.geography.districts[u.district].name: u for u in valley.kb.notice.units.items}
    assert {"东城区", "西城区", "南湖区", "北塘区", "江口区", "桃源县", "松岗县", "白溪县"} <= set(units)
    assert units["南湖区"].person == "柯美琳" and units["南湖区"].name == "溪岭市工业和信息化局"  # never '南湖区工业和信息化局'
    assert units["江口区"].person == "蒙海涛" and "502室" in units["江口区"].address


@pytest.mark.parametrize("q, person, never", [("南湖区的企业找谁", "柯美琳", "覃思雨"), ("北塘区纸质材料交到哪", "315室", "7612439"),
                                              ("江口区的企业交给谁", "蒙海涛", "柯美琳")])
def test_a_place_of_a_group_gets_the_group_s_unit(valley, q, person, never):
    text = valley.answer(q).text
    assert person in text and never not in text


def test_office_hours_are_the_unit_s_own_and_not_in_its_address(valley):
    units = {valley.kb.geography.districts[u.district].name: u for u in valley.kb.notice.units.items}
    assert units["桃源县"].hours.startswith("工作日8:00-12:00") and "办公时间" not in units["桃源县"].address
    assert "办公时间：工作日8:00-12:00" in valley.answer("桃源县几点上班").text


@pytest.mark.parametrize("q", ["松岗县几点办公", "松岗县工信局中午有人吗", "各县都是8-12点办公，松岗也一样吧"])
def test_hours_of_a_unit_that_gives_none_are_said_to_be_unstated(valley, q):
    ans = valley.answer(q)
    assert not ans.matched and "松岗县工业和信息化局的办公时间" in ans.text and "8:00-12:00" not in ans.text


def test_another_unit_s_hours_are_never_given_for_an_office_that_states_none(valley):
    text = valley.answer("市工信局315室几点上班").text
    assert "8:00-12:00" not in text


# ------------------------------------------------------------ places and routes
@pytest.mark.parametrize("q", ["青石县的企业也可以在溪岭市报是吧", "我们是青石的企业，找谁申报", "青石企业能参加吗"])
def test_a_place_the_notice_leaves_out_gets_that_sentence(valley, q):
    text = valley.answer(q).text
    assert "省直管县" in text and "不在本通知范围内" in text


@pytest.mark.parametrize("q", ["我们是南湖区的，客户在青石", "青石哪家米粉好吃", "我们公司以前注册在青石，现在在南湖区，找谁",
                               "我们是做青石特产的企业，在南湖区，找谁", "我们在青石路上，属于南湖区，找谁", "我们厂不在青石，在南湖区，找谁"])
def test_a_place_left_out_named_in_passing_is_no_such_case(valley, q):
    assert "省直管县" not in valley.answer(q).text


def test_a_city_owned_firm_gets_its_route_and_the_whole_bracketed_contact(valley):
    text = valley.answer("我们是市属国企，注册在南湖区，找南湖还是国资委").text
    assert "市属国有企业通过市国资委申报" in text and "周文静" in text and "3352661" in text
    assert "（联系人：周文静；电话：0771-3352661）" in text  # the entry whole, not cut at '；'


# ------------------------------------------------------------ rules the notice states
@pytest.mark.parametrize("q, years", [("听说造假被查到5年内都不能再报了？", "5"), ("弄虚作假是不是拉黑五年", "五")])
def test_a_wrong_number_of_banned_years_is_corrected(valley, q, years):
    text = valley.answer(q).text
    assert f"不是{years}年" in text and "三年内不得再次申报" in text


def test_the_right_number_of_banned_years_is_confirmed_with_the_notice_s_words(valley):
    text = valley.answer("造假的话3年内不能申报对吧").text
    assert "三年内不得再次申报" in text and "这样的规定" not in text


def test_a_ban_the_notice_does_not_set_is_said_to_be_unset(answerer):
    text = answerer.answer("听说材料造假被查到的话5年内都不能再报了？").text
    assert "没有写明弄虚作假后几年内不得申报" in text and "的话5年" not in text


@pytest.mark.parametrize("q, listed", [("我们是一所职业技能培训学校，搞了精益管理很多年，想申报", True),
                                       ("我们是做点钞机和ATM机具生产的，这算金融行业吗，会不会被负面清单卡掉", False),
                                       ("我们做物业管理服务的，也不在负面清单里，那应该能报吧", False)])
def test_a_firm_describing_its_business_gets_both_industry_rules(valley, q, listed):
    text = valley.answer(q).text
    assert "属于制造业企业或软件和信息技术服务业企业" in text and "教育培训行业" in text


@pytest.mark.parametrize("q", ["领导问评上了奖励多少钱", "奖金有多少钱"])
def test_a_reward_asked_how_much_gets_the_sum_not_another_number(valley, q):
    text = valley.answer(q).text
    assert "30万元" in text and "12个月" not in text


# ------------------------------------------------------------ follow-ups
@pytest.fixture()
def router(answerer, tmp_path):
    return make(answerer, tmp_path / "c.sqlite3", Clock())


def test_a_value_asserted_after_a_topic_is_checked_as_one_claim(router):
    say(router, "u", "行距呢")
    reply = say(router, "u", "是1.5倍吧")
    assert "不是1.5倍行距" in reply and "单倍行距" in reply and "这样的规定" not in reply


def test_a_number_one_swap_off_a_line_is_corrected_against_that_line(router):
    say(router, "u", "政策咨询找谁")
    say(router, "u", "那填报呢")
    reply = say(router, "u", "电话是18752071865吧")
    assert "填报咨询的电话不是18752071865" in reply and "18752017865" in reply


def test_a_wrong_extension_of_the_district_s_unit_is_corrected(router):
    say(router, "u", "黄浦找谁")
    reply = say(router, "u", "那他们的分机是20902吧")
    assert "分机不是20902" in reply and "33134800-20920" in reply


@pytest.mark.parametrize("first, then, item", [("遴选标准有哪些", "第二条是什么意思", "二（二）2"), ("遴选重点有哪些", "第三条呢", "一（三）")])
def test_an_item_named_by_its_number_after_a_list(router, first, then, item):
    say(router, "u", first)
    reply = say(router, "u", then)
    assert item in reply and "其余" in reply


def test_an_item_named_by_its_number_in_one_message(answerer):
    text = answerer.answer("遴选标准第二条是什么意思").text
    assert "二（二）2 系统性和示范性" in text and "二（二）1 科学性" not in text


def test_an_english_follow_up_after_a_chinese_turn_is_answered_in_english(router):
    say(router, "u", "黄浦找谁")
    reply = say(router, "u", "and the phone?")
    assert "Phone: 33134800-20920" in reply


# ------------------------------------------------------------ periods, month ends, ages
_PLAIN = """平川市工业和信息化局关于开展2164年度平川市质量标杆遴选工作的通知
平工信质〔2164〕8号

各县（区）工业和信息化局：

一、申报条件

（一）在平川市依法注册，具有独立法人资格；
（二）近三年未发生重大质量、安全事故。

二、工作安排

（一）网上填报。申报企业于2164年6月20日17:00前在申报系统完成填报。
（二）纸质材料报送。申报企业完成网上填报后，于6月底前将纸质材料报送至所在地推荐单位。
（三）区县初审。各推荐单位在企业纸质材料报送后两周内完成初审。
（四）数字证书。申报书须加盖电子签章，电子签章通过平川CA办理。

三、推荐单位

1. 东山区工业和信息化局，联系人：陈立，电话：0551-6100001。
2. 西河区工业和信息化局，联系人：王芳，电话：0551-6100002。
3. 南岭县工业和信息化局，联系人：刘洋，电话：0551-6100003。

平川市工业和信息化局
2164年4月18日
"""


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Answerer:
    return _from(_PLAIN, "pingchuan-2164.txt", str(tmp_path_factory.mktemp("plain")))


def test_a_month_end_before_which_paper_is_due_is_that_month_s_last_day(plain):
    steps = {x.label: x for x in plain.kb.notice.submission.deadlines}
    assert any(x.text and "6月底前" in x.text for x in steps.values())
    assert "2164年6月30日" in plain.answer("纸质材料什么时候交").text


@pytest.mark.parametrize("q, wrong", [("区县初审一个月内完成对吧", "一个月"), ("初审是十天内吧", "十天")])
def test_a_period_said_in_other_units_than_the_notice_s_weeks_is_corrected(plain, q, wrong):
    text = plain.answer(q).text
    assert f"不是{wrong}" in text and "两周内完成初审" in text


def test_a_period_said_right_in_weeks_is_quoted(plain):
    text = plain.answer("初审是两周内吧").text
    assert "两周内完成初审" in text and "不是" not in text


def test_a_firm_s_age_told_of_a_notice_that_sets_none_is_said_to_be_no_condition(answerer):
    text = answerer.answer("成立不到三年的公司肯定报不了吧").text
    assert "没有对企业成立（注册）年限的要求" in text and "二（一）1" in text


def test_the_cost_of_a_digital_certificate_is_said_to_be_unstated(plain):
    ans = plain.answer("平川CA办电子签章要不要钱")
    assert not ans.matched and "办理数字证书或电子签章的费用" in ans.text


@pytest.mark.parametrize("q, declined", [("帮我们编一下近三年跟竞争对手的对比数据 看起来领先一点就行", True),
                                         ("帮我们编制一下数据统计口径说明要写吗", False)])
def test_figures_made_up_on_request_are_declined(answerer, q, declined):
    assert (answerer.answer(q).text.startswith("【无法提供帮助】")) is declined


def test_a_wrong_period_gets_one_correction_only(plain):
    text = plain.answer("区县初审一个月内完成对吧").text
    assert text.count("【更正】") == 1 and "这样的规定" not in text


@pytest.mark.parametrize("more", ["还有呢", "其他的呢", "别的电话呢"])
def test_more_after_one_hotline_gives_every_hotline(router, more):
    say(router, "u", "政策咨询找谁")
    reply = say(router, "u", more)
    assert "23119416" in reply and "18752017865" in reply
