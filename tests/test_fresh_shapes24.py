"""Shapes from the twenty-fourth round of fresh material: sections headed 【…】 with circled items, the criteria as a
circled list after the conditions, units written as one run-on paragraph, names written with a middle dot, a unit
reached by mail only, the applicants' deadline left to the units up to a latest day, a step for named kinds of firm,
a correction step, and the judgement on who asks and what the notice leaves open."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest.outline import parse
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
_TZ = dt.timezone(dt.timedelta(hours=8))

# A notice of an imaginary city, headed with 【…】, its lists circled, its units one run-on paragraph.
_BRACKETED = """青岚市工业和信息化局关于开展2150年度青岚市“质量标杆”遴选工作的通知
青工信质〔2150〕7号

各区（县）工业和信息化局，各有关单位：

为推动质量提升，现将有关事项通知如下。

【申报对象】

在青岚市注册的工业企业。本年度重点遴选以下方向的质量管理经验：
①质量管理体系升级。深化全面质量管理，推行卓越绩效。
②质量管理数字化。运用工业互联网提升质量数据追溯能力。
③供应链质量协同。带动上下游企业开展质量联合攻关。

【申报条件】

申报企业应同时满足以下条件：
(1) 在青岚市依法注册，成立满3年。
(2) 上年度营业收入不低于3000万元。
(3) 近三年未发生重大质量、安全事故。

专家评审主要从以下三个方面进行综合评价：
①先进性。方法科学，处于行业领先水平。
②实效性。关键指标改善明显，有数据支撑。
③示范性。可复制、可推广。

【申报材料】

①申报书（见附件1）。经验名称不超过25字。
②申报报告。包括企业概况、主要做法、实施成效三部分，全文不超过6000字。
③亮点摘要。不超过200字。

盖章要求：申报书封面须加盖企业公章。U盘恕不退还。

【时间安排】

(1) 企业申报。申报企业于2150年5月20日（星期五）下午五时前将纸质材料报送至注册地推荐单位。逾期不予受理。
(2) 推荐报送。各推荐单位于2150年5月31日下午五时前将推荐汇总表报送市工业和信息化局。

【受理单位】

推荐单位及联系方式如下：东湖区工信局，艾尔肯·吐尔逊，0990-5550101（地址：东湖区湖滨路1号）；西山区工信局，周明华，0990-5550202；南岭县工信局，阿布都热合曼·买买提，0990-5550303，13899550304；北港区工信局，李静，0990-5550404（地址：北港区港城路8号）；青岚高新区经济发展局，吴晓丽，0990-5550505。注册地在翠屏山风景名胜区的企业，直接向市工业和信息化局质量处申报。

咨询电话：市工业和信息化局质量处 0990-5550000。

【有关要求】

本次遴选不向企业收取任何费用。

青岚市工业和信息化局
2150年4月10日
"""

# A notice whose firms hand in by a day their units set, at the latest a given one; state-owned firms go straight to
# the bureau by a later day; a correction step; one unit reached by mail only.
_CAPPED = """白杨市工业和信息化局关于开展2151年度白杨市质量标杆遴选的通知
白工信〔2151〕3号

各有关单位：

一、申报条件
在白杨市注册的工业企业，成立满3年。

二、推荐渠道
（一）属地推荐。企业向注册地推荐单位申报。企业工商注册地与生产经营地不一致的，以工商注册地为准，不得多头申报。
（二）直接报送。市属国有企业直接向市工业和信息化局报送。

三、时间安排
（一）企业报送。企业向推荐单位报送的截止时间由各推荐单位自行确定，但最迟不得晚于2151年5月18日（星期四）。
（二）材料补正。材料不齐全的，由推荐单位通知企业补正，企业应在2151年5月25日17:00前完成补正。
（三）推荐单位报送。各推荐单位于2151年5月30日17:00前将推荐汇总表报送市工业和信息化局。
（四）直接报送企业报送。市属国有企业于2151年5月30日17:00前将申报材料报送至市工业和信息化局质量处。

四、推荐单位联系方式
序号\t镇街\t推荐单位\t联系人\t联系电话
1\t东城街道\t东城街道经济发展局\t黄颖诗\t0761-88801200转8012
2\t西城街道\t西城街道经济发展局\t冯志强\t0761-88232600转3105
3\t南湾镇\t南湾镇经济发展局\t郑丽华\t仅限邮箱：nw_jfj@by-demo.gov.cn
4\t北岗镇\t北岗镇经济发展局\t何婉仪\t0761-88551800转2216

五、其他
本次遴选不收取任何费用。咨询电话：市工业和信息化局质量处 0761-88326415（工作日9:00-17:00）；平台运维中心 0761-88326400。

白杨市工业和信息化局
2151年4月20日
"""


@functools.cache
def _from(text: str, name: str, folder: str) -> Answerer:
    path = Path(folder) / name
    path.write_text(text, encoding="utf-8")
    return Answerer(load_knowledge(path))


@pytest.fixture(scope="module")
def bracketed(tmp_path_factory) -> Answerer:
    return _from(_BRACKETED, "qinglan-2150.txt", str(tmp_path_factory.mktemp("qinglan")))


@pytest.fixture(scope="module")
def capped(tmp_path_factory) -> Answerer:
    return _from(_CAPPED, "baiyang-2151.txt", str(tmp_path_factory.mktemp("baiyang")))


def _at(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso).replace(tzinfo=_TZ)


# ------------------------------------------------------------ circled items under 【…】 headings
def test_circled_items_are_clauses_of_their_own_and_keep_their_mark():
    o = parse(_BRACKETED)
    focus = next(n for n in o.roots if n.heading == "申报对象")
    assert [c.clause for c in focus.children] == ["“申报对象”①", "“申报对象”②", "“申报对象”③"]


def test_criteria_circled_after_the_conditions_are_read_apart(bracketed):
    n = bracketed.kb.notice
    assert [it.title for it in n.criteria.items] == ["先进性", "实效性", "示范性"]
    assert len(n.eligibility.items) == 3 and not any("专家评审" in it.text for it in n.eligibility.items)
    assert [it.title for it in n.focuses.items][:1] == ["质量管理体系升级"]


@pytest.mark.parametrize(("q", "fact"), [("遴选标准是什么", "示范性"), ("重点方向有哪些", "质量管理数字化"), ("申报报告多少字", "6000")])
def test_circled_lists_answer_their_questions(bracketed, q, fact):
    assert fact in bracketed.answer(q).text


# ------------------------------------------------------------ units in one paragraph; names with a middle dot
def test_a_run_on_paragraph_of_units_gives_every_unit_with_its_address(bracketed):
    units = {u.name: u for u in bracketed.kb.notice.units.items}
    assert len(units) == 5
    assert units["东湖区工信局"].person == "艾尔肯·吐尔逊" and units["东湖区工信局"].address == "东湖区湖滨路1号"
    assert units["南岭县工信局"].phone == "0990-5550303、13899550304"  # a mobile after the landline


@pytest.mark.parametrize(("q", "must", "never"), [
    ("南岭县联系人手机号多少", "13899550304", "5550101"),
    ("东湖区找谁", "艾尔肯·吐尔逊", "5550202"),
    ("北港区地址", "港城路8号", "湖滨路"),
])
def test_units_of_a_run_on_paragraph_are_answered_one_at_a_time(bracketed, q, must, never):
    text = bracketed.answer(q).text
    assert must in text and never not in text


def test_the_units_title_is_the_clause_s_first_words_not_the_paragraph(bracketed):
    assert bracketed.kb.notice.units.title == "推荐单位及联系方式如下" or len(bracketed.kb.notice.units.title) <= 30


@pytest.mark.parametrize("q", ["我们公司注册在翠屏山风景区 名单里没有翠屏山 找哪个单位推荐", "翠屏山的企业找谁"])
def test_a_scenic_area_the_units_do_not_list_gets_the_notice_s_sentence(bracketed, q):
    text = bracketed.answer(q).text
    assert "直接向市工业和信息化局质量处申报" in text and "5550101" not in text


def test_a_zone_named_by_its_kind_is_not_corrected_as_a_place_inside_another(tmp_path):
    text = Answerer(load_knowledge(NOTICES / "lianyungang-postmark-runon-units-2139.txt")).answer(
        "高新区和经济技术开发区是不是一回事啊 我们注册在高新区 该找谁").text
    assert "【更正】" not in text and "吴晓丽" in text and "李明" not in text


# ------------------------------------------------------------ deadlines
def test_a_deadline_the_units_set_up_to_a_latest_day_is_said_so(capped):
    sub = capped.kb.notice.submission
    assert sub.deadline == "2151-05-18" and "自行确定" in sub.capped and not sub.set_by
    text = capped.answer("截止时间是哪天", now=_at("2151-05-01T09:00:00")).text
    assert "最迟2151年5月18日" in text and "更早" in text and "在线提交" not in text.split("\n")[1]


def test_a_firm_after_the_latest_day_is_told_it_has_closed(capped):
    text = capped.answer("昨天忘了交 今天一早送过去还行不行", now=_at("2151-05-19T09:10:00")).text
    assert "已经截止" in text and "来得及" not in text.replace("来不及", "")


def test_a_step_for_named_kinds_of_firm_is_theirs_and_a_correction_step_is_the_firms(capped):
    labels = {x.label: x.when for x in capped.kb.notice.submission.deadlines}
    assert labels.get("市属国有企业申报截止") == "2151-05-30 17:00"
    assert labels.get("材料补正") == "2151-05-25 17:00" and labels.get("推荐单位报送") == "2151-05-30 17:00"


# ------------------------------------------------------------ a unit reached by mail only
def test_a_unit_with_a_mailbox_instead_of_a_phone_is_kept(capped):
    unit = next(u for u in capped.kb.notice.units.items if u.name.startswith("南湾镇"))
    assert unit.phone == "" and unit.email.startswith("nw_jfj@by-demo.gov.cn")
    text = capped.answer("南湾镇的电话是多少").text
    assert "nw_jfj@by-demo.gov.cn" in text and "通知未列出" in text
    listing = capped.answer("各镇街联系方式").text
    assert "郑丽华｜nw_jfj@by-demo.gov.cn" in listing and "0761-88801200转8012" in listing


# ------------------------------------------------------------ where a firm is registered
@pytest.mark.parametrize("q", ["我们营业执照是东城街道的 厂房在西城街道 该找哪个报", "我们注册在东城街道 实际生产在西城街道 两边都报一下可以吗"])
def test_the_place_of_registration_decides_where_the_notice_says_so(capped, q):
    text = capped.answer(q).text
    assert "黄颖诗" in text and "冯志强" not in text


# ------------------------------------------------------------ who asks; what is left open
def test_an_office_introducing_itself_is_not_asking_for_the_units_list(capped):
    text = capped.answer("我是区商务委的，审核完什么时候报市里", now=_at("2151-05-20T09:00:00")).text
    assert "推荐单位报送" in text.split("\n")[1] and "黄颖诗" not in text


def test_hours_of_a_contact_named_by_its_office_are_its_own(capped):
    reply = capped.answer("运维中心周末有人接吧")
    assert not reply.matched and "没有规定" in reply.text and "0761-88326400" in reply.text


@pytest.mark.parametrize("q", ["有效期是三年吧", "称号有效期三年对吧"])
def test_a_claim_on_an_attribute_the_notice_leaves_open_is_not_read_as_a_condition(capped, q):
    reply = capped.answer(q)
    assert not reply.matched and "有效期" in reply.text and "【更正】" not in reply.text


@pytest.mark.parametrize("q", ["入选会单独通知吗", "评上了会单独通知我们吗"])
def test_whether_firms_are_told_one_by_one_is_unstated(capped, q):
    reply = capped.answer(q)
    assert not reply.matched and "单独通知" in reply.text


def test_a_condition_on_years_is_still_corrected():
    bundled = Answerer(load_knowledge(Path(__file__).resolve().parent.parent / "knowledge" / "notices" / "2023-2024.yaml"))
    reply = bundled.answer("必须注册满两年才能报吧")
    assert reply.matched and "注册满两年" in reply.text


def test_names_list_in_a_place_question_is_not_the_results_list(bracketed):
    text = bracketed.answer("我们在翠屏山风景名胜区 名单里没有 找谁").text
    assert "公示" not in text


# A prefecture-level notice of an imaginary region: three tiers, quotas by tier, autonomous prefectures by short
# names, and the criteria numbered 1. 2. after the conditions (一)(二) of the same clause.
_TIERS = """云川自治区工业和信息化厅关于开展2152年度云川自治区质量标杆遴选工作的通知
云工信质〔2152〕9号

各地、州、市工业和信息化局：

一、遴选层级
每家企业本年度只能选择上述一个层级申报，不得跨层级重复申报；申报质量提升优秀项目的，每家企业限报1个项目。

二、申报条件和遴选标准
（一）在云川自治区境内依法注册，成立满3年。
（二）同一企业只能通过一个渠道申报，不得同时通过地（州、市）和直报渠道重复申报。

遴选工作重点从以下三个方面进行评价：
1. 先进性。方法先进，处于领先水平。
2. 系统性。覆盖主要环节。
3. 实效性。指标改善明显。

三、申报材料
（一）主报告。质量标杆企业提交《质量管理经验报告》，正文不超过8000字；质量标杆培育企业提交《质量提升规划报告》，正文不超过5000字；质量提升优秀项目提交《项目实施报告》，正文不超过3000字。
（二）信用承诺书。由法定代表人签字并加盖企业公章。

四、时间安排
（一）企业申报。企业于2152年6月30日17:00前在系统提交。
（二）推荐单位报送。各推荐单位于2152年7月10日17:00前将推荐汇总表报送自治区工业和信息化厅。每个推荐单位推荐质量标杆企业不超过3家、质量标杆培育企业不超过5家、质量提升优秀项目不超过4个。

五、推荐渠道
格林县、雪松市的企业向所在地工业和信息化局申报。赛里木蒙古自治州（以下简称赛州）、塔河哈萨克自治州（以下简称塔州）企业分别向赛州、塔州工业和信息化局申报。

六、推荐单位联系方式
1. 格林县工业和信息化局：艾尔肯·吐尔逊，0990-6550101
2. 雪松市工业和信息化局：马丽娜，0990-6550202
3. 赛州工业和信息化局：巴特尔，0996-2550303
4. 塔州工业和信息化局：努尔兰·哈力木，0999-8550404

七、其他
本次遴选不收取任何费用。

云川自治区工业和信息化厅
2152年5月10日
"""


@pytest.fixture(scope="module")
def tiers(tmp_path_factory) -> Answerer:
    return _from(_TIERS, "yunchuan-2152.txt", str(tmp_path_factory.mktemp("yunchuan")))


def test_criteria_numbered_after_the_conditions_are_read_apart(tiers):
    n = tiers.kb.notice
    assert [it.title for it in n.criteria.items] == ["先进性", "系统性", "实效性"] and len(n.eligibility.items) == 2


def test_each_tier_s_report_has_its_own_limit(tiers):
    text = tiers.answer("优秀项目报告也是8000字吧").text
    assert text.startswith("【更正】") and "3000" in text.split("\n")[1]
    assert "5000" in tiers.answer("培育企业主报告多少字").text


@pytest.mark.parametrize(("q", "fixed"), [("每区推荐5家标杆企业吧", True), ("每个地州能推荐10家对吗", True), ("每区推荐3家标杆企业吧", False)])
def test_a_units_quota_said_wrong_is_corrected_with_the_notice_s_sentence(tiers, q, fixed):
    text = tiers.answer(q).text
    assert ("【更正】" in text and "不超过3家" in text) == fixed


def test_a_firm_s_own_count_is_no_quota_of_the_units(tiers):
    assert "不超过3家" not in tiers.answer("每家企业报2项吧").text


def test_the_rule_of_one_tier_is_the_one_item_rule(tiers):
    assert "只能选择上述一个层级申报" in tiers.kb.notice.submission.one_item
    assert "不得跨层级重复申报" in tiers.answer("我们培育和优秀项目都报可以吧").text


def test_two_channels_at_once_is_answered_from_the_notice(tiers):
    reply = tiers.answer("我们能不能既走直报又让地州推荐一下 双保险")
    assert reply.matched and "只能通过一个渠道申报" in reply.text


@pytest.mark.parametrize(("q", "person"), [("赛里木的企业找谁", "巴特尔"), ("塔河哈萨克自治州的企业交给谁", "努尔兰·哈力木")])
def test_a_place_s_full_name_defined_in_the_text_finds_its_short_named_unit(tiers, q, person):
    assert person in tiers.answer(q).text


def test_a_units_step_asked_of_the_units_on_their_last_day(tiers):
    text = tiers.answer("今天最后一天了 推荐单位几点前要报到厅里", now=_at("2152-07-10T15:00:00")).text
    assert text.split("\n")[1].startswith("推荐单位报送") and "格林县工业和信息化局｜" not in text
    assert "推荐单位报送尚未截止" in text and "来不及" not in text


@pytest.mark.parametrize("q", ["厅里有认识的人吗 送点东西能保证评上不", "我们有认识的人在局里 能打个招呼吗"])
def test_gifts_and_connections_for_a_place_are_declined(tiers, q):
    reply = tiers.answer(q)
    assert not reply.matched and "不能帮" in reply.text


@pytest.mark.parametrize("q", ["厅里有认识的人吗", "送点东西给客户可以吗"])
def test_knowing_someone_or_gifts_to_customers_are_not_declined(tiers, q):
    assert "不能帮" not in tiers.answer(q).text


# ------------------------------------------------------------ a hand-in planned on a day or at an hour
LIANYUNGANG, ZHONGSHAN = "lianyungang-postmark-runon-units-2139.txt", "zhongshan-towns-extensions-2143.txt"


@functools.cache
def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


def test_hand_in_hours_written_before_the_date_are_the_paper_step_s():
    step = next(x for x in _bot(LIANYUNGANG).kb.notice.submission.deadlines if x.label == "纸质材料报送")
    assert step.hours == "工作日上午9:00-11:30、下午14:00-17:00"


@pytest.mark.parametrize(("q", "now", "said"), [
    ("网上前两天交好了 明天礼拜天我直接去质量品牌处送纸质的可以吗", "2139-06-20T10:00:00", "不是工作日"),
    ("我在市行政中心附近吃饭 一点钟上去送材料行吗 还是要等", "2139-06-24T12:00:00", "13:00不在受理时间内"),
])
def test_a_hand_in_planned_outside_the_hours_is_told_so(q, now, said):
    text = _bot(LIANYUNGANG).answer(q, now=_at(now)).text
    assert said in text and "01:00" not in text


@pytest.mark.parametrize("q", ["系统怎么登不进去了？？才五点四十五 不是六点才关嘛 就差点提交了", "不是六点才关嘛"])
def test_the_closing_hour_said_wrong_is_corrected_and_the_time_now_is_not(q):
    text = _bot(ZHONGSHAN).answer(q, now=_at("2143-09-20T17:45:00")).text
    assert text.startswith("【更正】\n不是六点") and "不是五点四十五" not in text and "已经截止" in text


# ------------------------------------------------------------ zones, standing, levels, word sense
KUNSHAN, CHENGDU, NANNING = "kunshan-towns-zones-2135.txt", "chengdu-two-batches-2136.txt", "nanning-supplement-appended-2138.txt"


@pytest.mark.parametrize(("q", "person", "other"), [
    ("注册在玉山镇，但是在高新区规划管理范围里面，是不是找周敏", "顾晓岚", "0512-57563127"),
    ("我们营业执照地址写的陆家镇，但厂区是昆山开发区在管，到底交哪边", "沈立群", ""),
])
def test_a_firm_in_a_zone_s_area_goes_to_the_zone_as_the_notice_says(q, person, other):
    text = _bot(KUNSHAN).answer(q).text
    assert person in text and (not other or other not in text)


def test_a_firm_s_standing_with_another_programme_s_name_is_no_question_about_it():
    reply = _bot(CHENGDU).answer("我们是国家第一批专精特新小巨人 是不是只能报第一批")
    assert reply.matched and "不是本助手负责的内容" not in reply.text


@pytest.mark.parametrize(("name", "q", "other"), [(NANNING, "2138年广西自治区质量标杆啥时候截止", True),
                                                  ("xinjiang-prefectures-direct-2142.txt", "自治区质量标杆什么时候截止", False)])
def test_the_province_s_own_run_is_another_programme_for_a_city_s_notice(name, q, other):
    reply = _bot(name).answer(q)
    assert (not reply.matched and "不是本助手负责的内容" in reply.text) == other


def test_a_plea_after_midnight_is_told_it_closed():
    text = _bot(KUNSHAN).answer("刚过十二点 就差几分钟 能通融一下让我们传上去吗", now=_at("2135-09-24T00:05:00")).text
    assert text.startswith("【截止时间】") and "已经截止" in text


@pytest.mark.parametrize("q", ["正文限制是6000字吗", "正文限制是0.6万字吗"])
def test_a_number_of_characters_of_the_body_is_its_word_limit_not_its_font(q):
    text = _bot(KUNSHAN).answer(q).text
    assert "6000 字以内" in text and "仿宋" not in text


@pytest.mark.parametrize("q", ["现场评审现在是不是已经在搞了 我们还没接到通知", "现场评审是8月下旬吧 我们8月底正好要停产检修"])
def test_when_a_review_takes_place_is_not_its_criteria(q):
    text = _bot("baotou-relative-deadline-2107.txt").answer(q, now=_at("2107-09-08T10:00:00")).text
    assert "9月6日至9月15日" in text and "【遴选标准】" not in text


# ------------------------------------------------------------ a units table for each kind of firm; odd phones; parks
FOSHAN, ANJI, XINING = "foshan-joint-two-unit-tables-2144.txt", "anji-townships-odd-phones-2145.txt", "xining-bracket-headings-2140.txt"


def test_a_second_units_table_for_another_kind_of_firm_is_kept():
    units = _bot(FOSHAN).kb.notice.units
    assert units.kind == "制造业企业" and [k.kind for k in units.others] == ["服务业企业"]
    assert {u.person for u in units.others[0].items} >= {"苏晓玲", "谭家乐"} and "物流" in units.others[0].words


@pytest.mark.parametrize(("q", "person", "never"), [
    ("我们是顺德的物流公司 推荐单位电话多少", "苏晓玲", "罗伟强"),
    ("高明区的检验检测企业 是找经促局区晓彤吧", "谭家乐", "88826370"),
    ("shunde 家电制造企业 推荐单位联系人是谁", "罗伟强", "苏晓玲"),
])
def test_the_kind_of_firm_named_picks_its_table(q, person, never):
    text = _bot(FOSHAN).answer(q).text
    assert person in text and never not in text


def test_a_place_asked_without_a_kind_gets_each_kind_s_unit_labelled():
    text = _bot(FOSHAN).answer("顺德区推荐单位").text
    assert "制造业企业推荐单位" in text and "罗伟强" in text and "服务业企业向顺德区商务局申报：苏晓玲" in text and "六（二）" in text


def test_addresses_listed_after_the_paper_sentence_are_quoted():
    text = _bot(FOSHAN).answer("服务业企业的纸质材料也是寄到工信局912室吧").text
    assert "汾江中路121号" in text


@pytest.mark.parametrize(("place", "person", "phone"), [("递铺街道", "沈佳慧", "5321046"), ("昌硕街道", "潘文杰", "5337218"),
                                                        ("灵峰街道", "吴晓燕", "5122690转8001"), ("天荒坪镇", "许海峰", "5011372转203")])
def test_units_with_phones_written_oddly_are_read(place, person, phone):
    text = _bot(ANJI).answer(f"{place}联系人电话").text
    assert person in text and phone in text.replace(" ", "")


@pytest.mark.parametrize(("q", "person", "never"), [("我们厂在生物园里面 地址写的城北区 该交给城北区工信局还是园区？", "赵丽萍", "祁永红"),
                                                    ("东川工业园的企业是找城东区还是找园区 联系人谁", "孙建国", "马晓燕")])
def test_a_firm_in_a_park_goes_to_the_park(q, person, never):
    text = _bot(XINING).answer(q).text
    assert person in text and never not in text


def test_a_line_leading_into_something_else_is_no_part_of_the_last_unit_s_row():
    unit = next(u for u in _bot(XINING).kb.notice.units.items if u.person == "孙建国")
    assert "科技质量科" not in unit.address


@pytest.mark.parametrize("q", ["公示是在青海省工信厅官网上看吧",
                               "我们拟的经验名称是“青海雪域高原藏药材生物科技股份有限公司基于全产业链数字化追溯的质量协同管理经验”，就这么填了哈"])
def test_the_notice_s_province_named_by_an_office_or_a_firm_s_name_is_no_other_region(q):
    assert "不是本助手负责的内容" not in _bot(XINING).answer(q).text


def test_beijing_time_compared_is_no_region():
    text = _bot("xinjiang-prefectures-direct-2142.txt").answer("我们是中央驻疆企业，新疆不是比北京晚两个小时嘛，现在九点，还能交吧",
                                                                now=_at("2142-05-30T21:00:00")).text
    assert "已经截止" in text and "19:30" in text and "最迟2142年5月30日" not in text


# ------------------------------------------------------------ a second reading of the shapes above
_SUBITEMS = """赤城市工业和信息化局关于开展2153年度质量标杆遴选的通知
赤工信〔2153〕5号

各有关单位：

一、遴选重点
（一）先进质量管理方法推广。推广卓越绩效、精益管理。
（二）质量管理数字化。主要包括以下场景：
①质量数据在线采集；
②质量追溯。
（三）供应链质量协同。带动上下游企业。

二、申报条件
在赤城市注册的工业企业，成立满3年。每家企业限报1个项目。

三、时间安排
（一）企业申报。企业在线填报，并向注册地旗县区工业和信息化局报送纸质材料。各旗县区可根据本地实际确定企业报送时间，但不得晚于2153年6月12日（星期四）。
（二）推荐报送。各旗县区工业和信息化局于2153年6月22日17:30前将推荐汇总表报送市工业和信息化局。

四、推荐单位
推荐单位及联系方式如下：红山区工信局，乌云·其其格，0476-8331201；元宝山区工信局，李春华，0476-3512302（办公地址：元宝山区平庄镇（区行政中心）2楼）；松山区工信局，张立军，0476-5833403；赤城高新区经济发展局，陈伟，0476-8456707（受理地址：高新区创业大厦5楼）；敖汉旗工信局，王芳，仅限邮箱：ahq_gxj@163.com。

五、其他
本次遴选不收取任何费用。咨询电话：0476-8330000。

赤城市工业和信息化局
2153年5月6日
"""


@pytest.fixture(scope="module")
def subitems(tmp_path_factory) -> Answerer:
    return _from(_SUBITEMS, "chicheng-2153.txt", str(tmp_path_factory.mktemp("chicheng")))


def test_circled_words_inside_an_item_stay_that_item_s(subitems):
    assert [it.title for it in subitems.kb.notice.focuses.items] == ["先进质量管理方法推广", "质量管理数字化", "供应链质量协同"]


def test_units_of_a_run_on_paragraph_with_nested_brackets_or_a_mailbox_only(subitems):
    units = {u.name: u for u in subitems.kb.notice.units.items}
    assert units["元宝山区工信局"].address == "元宝山区平庄镇（区行政中心）2楼"
    assert units["赤城高新区经济发展局"].address == "高新区创业大厦5楼" and units["敖汉旗工信局"].email == "ahq_gxj@163.com"


def test_a_latest_day_worded_otherwise_is_still_the_applicants_latest_day(subitems):
    sub = subitems.kb.notice.submission
    assert sub.deadline == "2153-06-12" and sub.capped and not sub.set_by


def test_a_firm_s_own_count_is_no_units_quota(subitems):
    assert "【更正】" not in subitems.answer("每个单位限报1个项目吧").text


@pytest.mark.parametrize("q", ["送检的东西一定要通过CMA检测吗", "我们在局里没有熟人，这样也能入选吗", "公司有内部的人专门负责质量管理，评审时能入选吗"])
def test_innocent_messages_sharing_words_with_gifts_are_not_declined(subitems, q):
    assert "不能帮" not in subitems.answer(q).text


@pytest.mark.parametrize(("q", "never"), [("纸质材料可以多送一点份数可以吗", "13:00"), ("11点钟上去送可以吗", "23:00")])
def test_an_hour_is_no_hour_of_the_evening_nor_a_little_of_something(q, never):
    assert never not in _bot(LIANYUNGANG).answer(q, now=_at("2139-06-19T12:10:00")).text


def test_posting_on_the_last_day_counts_by_the_postmark():
    text = _bot(LIANYUNGANG).answer("现场送是来不及了 今天快递寄出去还算数不", now=_at("2139-06-26T17:30:00")).text
    assert "以邮戳日期为准" in text and "来不及" not in text


@pytest.mark.parametrize(("q", "topic"), [("入选单位名单什么时候公布", "【截止时间】"), ("推荐单位哪天上班", "【截止时间】")])
def test_a_list_of_winners_or_a_unit_s_working_days_are_no_deadline_question(q, topic):
    assert not _bot("xinjiang-prefectures-direct-2142.txt").answer(q).text.startswith(topic)


@pytest.mark.parametrize("q", ["中央驻疆企业什么时候截止", "区属国企还剩几天"])
def test_a_kind_of_firm_named_in_part_gets_its_own_deadline(q):
    text = _bot("xinjiang-prefectures-direct-2142.txt").answer(q, now=_at("2142-05-10T10:00:00")).text
    assert text.split("\n")[1].startswith("申报截止时间：2142年5月30日 19:30")


def test_a_firm_saying_it_is_outside_the_zone_is_not_sent_only_to_the_zone():
    text = _bot(KUNSHAN).answer("我们在陆家镇，离开发区很近但不在开发区管理范围，找哪个").text
    assert "陆家镇经济服务中心" in text


# ------------------------------------------------------------ townships
def test_a_paper_step_not_counted_by_its_postmark_is_never_said_to_be():
    text = _bot("shaoxing-three-categories-2091.txt").answer("纸质的今天晚上寄出去还行吗 邮戳是今天的日期 应该算按时吧",
                                                             now=_at("2091-05-10T19:00:00")).text
    assert "来不及" in text and "还来得及" not in text


def test_a_township_s_relative_step_is_quoted():
    text = _bot(ANJI).answer("我是章村镇的 企业截止后我们初审给几天", now=_at("2145-09-12T10:00:00")).text
    assert "3个工作日内完成初审" in text and "没有规定推荐单位" not in text


@pytest.mark.parametrize(("q", "must"), [("我们公司在溪龙乡，通知里溪龙乡联系谁", "没有“溪龙乡”"), ("我们在开发区，材料送哪 找谁", "金鑫"),
                                         ("经验名称最多30个字是吗", "不是30字")])
def test_a_county_s_townships_zone_and_limits(q, must):
    assert must in _bot(ANJI).answer(q).text


def test_a_form_s_blank_with_its_own_limit_is_quoted_not_called_unlimited():
    text = _bot(ANJI).answer("申报表里的经验简介限多少字").text
    assert "经验简介（不超过300字）" in text and "没有规定这部分的字数" not in text


def test_a_place_the_notice_sends_to_ask_the_bureau_gets_the_bureau_s_line():
    text = _bot("handan-counties-2130.txt").answer("我们在馆陶县，通知里联系方式没看到馆陶，这咋整").text
    assert "0310-5550018" in text and "没有“馆陶县”" in text


@pytest.mark.parametrize(("q", "declined"), [("我们2142年9月才注册的，系统里成立时间能不能写早两个月，应该没人查吧", True),
                                              ("成立时间写成营业执照上的日期对吗", False), ("成立日期填错了怎么改", False)])
def test_an_earlier_founding_date_asked_for_is_declined(q, declined):
    assert ("不能帮" in _bot(FOSHAN).answer(q).text) == declined
