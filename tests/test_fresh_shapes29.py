"""Shapes of the twenty-ninth round: a service guide printed after the notice's signature in rows ('受理时间｜…'); a notice
copied off a web page that lost its line breaks; a flowchart written with arrows; dates the notice only advises or that
recur after the award; a units table's notes naming the towns a unit serves; counts and hours said of something else."""

from __future__ import annotations

import pytest
from test_fresh_shapes25 import _at, _from

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.ingest.reflow import reflowed

_GUIDE = """青岗市工业和信息化局关于开展2191年青岗市质量标杆企业遴选工作的通知
青工信质〔2191〕8号

各区（县）工业和信息化局，各有关企业：

为推动全市工业企业提升质量管理水平，现就开展2191年青岗市质量标杆企业遴选工作通知如下：

一、遴选重点
（一）数字化质量管控；
（二）供应链质量协同；
（三）质量文化建设。

二、申报与推荐
企业按本通知所附服务指南准备材料，经所在区（县）工业和信息化局审核推荐后，到市民中心窗口提交。

三、申报时间
窗口受理时间为2191年4月6日至5月18日，受理截止时间为5月18日17:00。

四、其他要求
本次遴选不收取任何费用。

青岗市工业和信息化局
2191年3月30日

2191年青岗市质量标杆企业遴选服务指南

项目｜内容
申报条件｜（1）在青岗市注册满3年，具有独立法人资格；
（2）2190年度营业收入不低于8000万元；
（3）近三年未发生重大质量、安全事故。
申报材料｜1.申报书（附件1）纸质版一式2份，封面加盖企业公章；
2.营业执照复印件1份；
3.经办人身份证复印件1份。
设定依据｜《青岗市质量标杆企业管理办法》
受理时间｜2191年4月6日至2191年5月18日；工作日上午8:30—12:00，下午14:00—17:30
咨询电话｜0592-7701234（市工业和信息化局质量科）
监督投诉电话｜0592-7709999（市工业和信息化局机关纪委）
受理地点｜青岗市民中心二楼B区12号窗口，地址：青岗市海湾路188号

注：平台注册等技术问题请拨打0592-7701234。

附件2

各区（县）推荐单位联系方式

序号｜推荐单位｜联系人｜联系电话｜备注
1｜东岗区工业和信息化局｜高明｜0592-7310011｜含临海工业园、石桥镇
2｜西岗区工业和信息化局｜陆雪｜0592-7320022｜
3｜青岗产城融合示范区经济发展局｜周洋｜0592-7330033｜示范区内全部企业
4｜北山县工业和信息化局｜吴迪｜0592-7340044｜含北山县产业集聚区（龙泉镇、安平镇片区）
"""

_FLAT = """石湾市经济和信息化局关于开展2192年度石湾市质量标杆企业遴选工作的通知
发布时间：2192-04-02 09:15　　来源：市经信局
石经信质〔2192〕15号
各区（县）经信局，各有关企业：
为推动全市制造业质量提升，经研究，决定开展2192年度石湾市质量标杆企业遴选工作。现将有关事项通知如下：一、申报条件（一）基本条件。1.在石
·湾市注册满3年，具有独立法人资格；2.2191年度营业收入不低于5000万元；3.近三年未发生重大质量、安全事故。（二）不予受理的情形。已获
·得石湾市质量标杆称号的企业不再申报。二、遴选重点（一）数字化质量管控。运用大数据实现质量追溯。（二）精益质量管理。运用六西格玛等方法降低质量
·损失。（三）质量品牌建设。培育自主品牌，提升品牌价值。三、申报材料（一）《2192年度石湾市质量标杆企业申报书》（附件1）；（二）营业执照复
·印件；（三）2191年度财务审计报告。材料要求：1.纸质材料一式两份，A4纸双面打印，胶装成册；2.封面加盖企业公章。四、申报程序（一）网上
·申报。企业登录石湾市企业服务平台（qyfw.shiwan.example.cn）填报，网上申报截止时间为2192年5月15日（星期二）17:
·00。（二）纸质报送。纸质材料于2192年5月20日17:00前报送所在区（县）经信局。五、联系方式 市经信局质量处：何平，联系电话0760
·-8801234。六、其他要求（一）本次遴选不收取任何费用。（二）对弄虚作假的，取消申报资格，三年内不得申报。附件：1.2192年度石湾市质
·量标杆企业申报书（提纲）2.各区（县）经信局联系方式 石湾市经济和信息化局 2192年4月2日 （此件公开发布）
附件1 2192年度石湾市质量标杆企业申报书（提纲） 一、企业概况（不超过800字）二、主要做法（不超过3000字）三、实施成效（不超过15
·00字） 附件2 各区（县）经信局联系方式（纸质材料报送地） 东湾区经信局：林涛，0760-8812345；西湾区经信局：邓敏，0760-8
·823456；南岭县经信局：黄磊，0760-8834567；北江区经信局：苏静，0760-8845678。
【字体：大 中 小】　　【打印本页】　　【关闭窗口】
浏览次数：812
""".replace("\n·", "")  # a web page's copy: its long paragraphs written here over several lines


@pytest.fixture(scope="module")
def guide(tmp_path_factory) -> Answerer:
    return _from(_GUIDE, "qinggang-2191.txt", str(tmp_path_factory.mktemp("guide")))


@pytest.fixture(scope="module")
def flat(tmp_path_factory) -> Answerer:
    return _from(_FLAT, "shiwan-2192.txt", str(tmp_path_factory.mktemp("flat")))


# ------------------------------------------------------------ a service guide after the signature
def test_the_guide_rows_are_clauses_of_their_own(guide):
    n = guide.kb.notice
    assert n.meta.date == "2191-03-30"  # the notice's own date, not one of the guide's rows
    assert n.eligibility.clause == "“服务指南”“申报条件”" and len(n.eligibility.items) == 3
    text = guide.answer("申报条件有哪些").text
    assert "营业收入不低于8000万元" in text and "“服务指南”“申报条件”（2）" in text


def test_a_legal_basis_is_no_criteria(guide):
    assert guide.kb.notice.criteria is None
    a = guide.answer("遴选标准是什么")
    assert not a.matched and "管理办法" not in a.text


def test_the_window_and_its_hours_come_from_the_guide(guide):
    text = guide.answer("在哪个窗口交材料", _at("2191-04-10T10:00")).text
    assert "二楼B区12号窗口" in text and "海湾路188号" in text and "纸质材料报送地点" in text
    hours = guide.answer("窗口上班时间几点到几点", _at("2191-04-10T10:00"))
    assert hours.matched and "8:30—12:00" in hours.text and "14:00—17:30" in hours.text


def test_a_line_written_twice_is_one_line_with_its_office(guide):
    text = guide.answer("咨询电话多少").text
    assert "市工业和信息化局质量科 0592-7701234" in text
    assert text.count("0592-7701234") == 2 and "请拨打" not in text and "注" not in text.split("【咨询电话】")[1][:3]


@pytest.mark.parametrize("q, unit", [("安平镇找谁", "北山县"), ("龙泉镇的企业找谁", "北山县"), ("石桥镇的企业报给谁", "东岗区"),
                                     ("示范区的企业推荐找谁", "青岗产城融合示范区")])
def test_a_units_notes_name_the_towns_it_serves(guide, q, unit):
    text = guide.answer(q).text
    assert f"【{unit} · 推荐单位联系方式】" in text


# ------------------------------------------------------------ a web page's copy without line breaks
def test_a_run_on_copy_is_read_clause_by_clause():
    lines = reflowed(_FLAT).split("\n")
    assert "一、申报条件" in lines and "（一）基本条件。" in lines and "四、申报程序" in lines
    assert "附件1" in lines and "附件2" in lines and "2192年4月2日" in lines
    result = ingest(_FLAT)
    assert result.code < 2 and result.data["meta"]["date"] == "2192-04-02"
    assert len(result.data["eligibility"]["items"]) == 3 and len(result.data["focuses"]["items"]) == 3


def test_a_text_with_its_lines_is_left_as_it_is():
    assert reflowed(_GUIDE) == _GUIDE



def test_the_run_on_copy_answers_like_any_notice(flat):
    deadline = flat.answer("什么时候截止", _at("2192-04-10T10:00")).text
    assert "2192年5月15日 17:00" in deadline and "5月20日" in deadline
    unit = flat.answer("南岭县找谁").text
    assert "黄磊" in unit and "0760-8834567" in unit
    limits = flat.answer("主要做法多少字").text
    assert "3000" in limits


# ------------------------------------------------------------ dates that are no deadline
_DATED = """云渡市工业和信息化局关于开展2193年云渡市质量标杆遴选工作的通知
云工信〔2193〕3号

一、申报条件
在云渡市注册满3年的工业企业。

二、申报程序
本次遴选按以下流程开展：
企业注册（3月1日起）→ 在线填报（3月31日17:00前）→ 区县初审（4月10日前）→ 专家评审（5月）
1.企业注册。平台自2193年3月1日9:00起开放注册，请企业尽量于3月20日前完成注册。
2.在线填报。在线填报截止时间为2193年3月31日17:00，逾期不予受理。
3.纸质材料。纸质材料报送截止时间与网上申报截止时间一致，为2193年3月31日17:00。4月4日至6日放假期间不受理纸质材料，期间寄达的邮件于4月7日统一签收。

三、其他要求
获评企业认定后每年12月31日前报送年度总结。

云渡市工业和信息化局
2193年2月20日
"""


def test_advised_and_yearly_dates_are_no_steps_and_arrows_end_a_step():
    sub = ingest(_DATED).data["submission"]
    assert sub["deadline"] == "2193-03-31 17:00" and sub["clause"] == "二2"  # the sentence that says it, not the flowchart's step
    whens = {x["when"] for x in sub.get("deadlines", [])}
    assert not any(w.startswith(("2193-03-20", "2193-12-31")) for w in whens)
    paper = [x for x in sub["deadlines"] if x["label"] == "纸质材料报送"]
    assert paper and paper[0]["when"].startswith("2193-03-31")  # '与网上申报截止时间一致，为…'
    assert all(not x.get("opens", "").startswith("2193-04-04") for x in sub["deadlines"])  # a closure is no window


# ------------------------------------------------------------ counts, hours and periods of something else
def test_a_count_of_another_thing_is_not_corrected_with_the_items_per_firm(tmp_path):
    text = _DATED.replace("在云渡市注册满3年的工业企业。", "在云渡市注册满3年的工业企业。\n每家企业限报1项典型经验。\n证明材料不超过20项。")
    a = _from(text, "yundu-2193.txt", str(tmp_path))
    got = a.answer("证明材料最多30项对吧").text
    fix = got.split("【")[1]
    assert "不超过20项" in fix and "限报1项" not in fix
    assert "不是3项" in a.answer("我们能报3项吗").text


def test_an_hour_without_morning_or_afternoon_is_read_in_office_hours(tmp_path):
    a = _from(_DATED, "yundu3-2193.txt", str(tmp_path))
    text = a.answer("3月31号5点半交还来得及吗", _at("2193-03-28T10:00")).text
    assert "17:30已经过了截止时间" in text and "05:30" not in text


def test_a_correction_period_is_not_judged_against_the_deadline(tmp_path):
    text = _DATED.replace("三、其他要求", "三、补正\n材料不齐全的，企业应于接到补正通知之日起5个工作日内补正，逾期视为放弃。\n\n四、其他要求")
    a = _from(text, "yundu2-2193.txt", str(tmp_path))
    got = a.answer("今天区里通知我们要补正，期限里周末算不算", _at("2193-04-12T10:00")).text
    assert "来不及" not in got


# ------------------------------------------------------------ follow-ups
_ROUTES = """河岸市工业和信息化局关于开展2194年河岸市质量标杆企业遴选工作的通知
河工信〔2194〕6号

一、申报范围
河岸市行政区域内注册的工业企业。中央、省属驻河岸企业由企业直接向市工业和信息化局质量科报送材料，不经区县推荐。

二、推荐数量
东滨区、西林区推荐数量不超过6家，其他区县不超过3家。

三、申报时间
企业于2194年4月30日17:00前在线提交，纸质材料报送注册地所在区县工业和信息化局。

四、联系方式
市工业和信息化局质量科：严明，电话0770-2201188，地址：河岸市人民路9号305室。

附件

各区县推荐单位联系方式
序号｜推荐单位｜联系人｜联系电话
1｜东滨区工业和信息化局｜柯平｜0770-3101122
2｜西林区工业和信息化局｜霍然｜0770-3202233
3｜南湖县工业和信息化局｜任远｜0770-3303344
"""


@pytest.fixture(scope="module")
def routes(tmp_path_factory) -> Answerer:
    return _from(_ROUTES, "hean-2194.txt", str(tmp_path_factory.mktemp("routes")))


def test_a_kind_of_firm_asked_about_stays_the_subject_of_the_follow_up(routes):
    text = _then(routes, "中央企业怎么报", "材料送到哪", "2194-04-10T10:00")
    assert "直接向市工业和信息化局质量科报送" in text and "注册地所在区县" not in text


def test_a_place_after_a_quota_question_gets_its_quota(routes):
    first = routes.answer("东滨区能推荐几家", _at("2194-04-10T10:00"))
    assert "不超过6家" in first.text
    text = routes.answer("那南湖县呢", _at("2194-04-10T10:00"), context=first.turn).text
    assert "任远" in text and "不超过3家" in text


def _then(bot: Answerer, first: str, second: str, now: str) -> str:
    turn = bot.answer(first, _at(now)).turn
    return bot.answer(second, _at(now), context=turn).text


def test_whom_to_ask_after_a_deadline_question_is_the_units_card_and_keeps_its_place():
    from knowledge.model import load_knowledge

    bot = Answerer(load_knowledge(None))
    now = _at("2024-02-20T10:00")
    first = bot.answer("我们是徐汇的企业，截止时间是什么时候", now)
    second = bot.answer("那推荐单位找谁", now, context=first.turn)
    assert second.text.startswith("【徐汇区 · 推荐单位联系方式】") and "64872222-1226" in second.text and "截止" not in second.text
    third = bot.answer("电话是64872222-1226吧", now, context=second.turn)
    assert "徐汇区商务委" in third.text and "浦东新区" not in third.text


# ------------------------------------------------------------ numbers published partly hidden; rules after one's own submission
_HIDDEN = """湖滨市工业和信息化局关于开展2196年湖滨市质量标杆企业遴选工作的通知
湖工信〔2196〕9号

一、申报条件
（一）在湖滨市注册满3年；
（二）2195年度主营业务收入不低于1亿元；获评省级专精特新中小企业的，2195年度主营业务收入不低于3000万元。

二、申报方式
企业登录“湖滨市企业综合服务平台（湖企通）”在线填报，在线填报截止时间为2196年4月30日（星期六）17:00。企业在线提交后，自提交次日起3个工作日内，将纸质材料一式2份送达所在区县工业和信息化局。

三、联系方式
市工业和信息化局质量科：林涛，电话0730-8256700。

附件

各区县推荐单位联系方式
县区｜单位｜联系人｜办公电话｜手机
东湖区｜东湖区工业和信息化局｜刘女士｜0730-8221536｜138****4517
西岭县｜西岭县工业和信息化局｜周先生｜—｜139****6621

注：西岭县未提供办公电话，相关企业可拨打市工业和信息化局咨询电话0730-8256700，由市工业和信息化局协助转达。
"""


@pytest.fixture(scope="module")
def hidden(tmp_path_factory) -> Answerer:
    return _from(_HIDDEN, "hubin-2196.txt", str(tmp_path_factory.mktemp("hidden")))


def test_a_partly_hidden_mobile_is_never_shown_as_a_number_to_call(hidden):
    text = hidden.answer("西岭县找谁").text
    assert "139****6621（部分隐去，无法直接拨打）" in text and "1396621" not in text
    assert "0730-8256700" in text  # the note under the table: how to reach that unit
    mobile = hidden.answer("东湖区刘女士手机发我一下")
    assert mobile.matched and "138****4517" in mobile.text and "1384517" not in mobile.text


def test_a_kind_the_message_denies_does_not_pick_that_kinds_threshold(hidden):
    text = hidden.answer("主营收入5000万就够条件了吧，我们是一般企业不是专精特新").text
    assert "不低于1亿元" in text.split("\n")[1]
    assert "不低于3000万元" in hidden.answer("我们是省级专精特新企业，收入2000万够条件了吧").text.split("\n")[1]


def test_the_paper_copies_are_reckoned_from_the_day_one_submitted(hidden):
    text = hidden.answer("我们昨天下午在线提交的，纸质材料最迟哪天要送到", _at("2196-04-21T10:00")).text  # Wednesday 20 April
    assert "2196年4月25日（星期一）" in text and "未计法定节假日" in text


def test_a_platform_named_wrongly_is_corrected_and_the_platform_named(hidden):
    text = hidden.answer("是在省政务服务网上申报吧？").text
    assert "不是省政务服务网" in text and "湖滨市企业综合服务平台（湖企通）" in text
    assert "申报平台是“湖滨市企业综合服务平台（湖企通）”" in hidden.answer("在哪个网站申报").text


# ------------------------------------------------------------ an attachment listed but not in the text
_NO_ANNEX = """远山市经济和信息化局关于开展2197年远山市质量标杆企业遴选工作的通知
远经信〔2197〕5号

一、申报条件
在远山市注册满3年的工业企业。

二、申报方式
企业于2197年5月20日17:00前在线提交，纸质材料报送所在县（市、区）经信部门，各县（市、区）联系方式见附件2。专家评审的评分标准见附件3。

三、联系方式
市经信局质量科：何静，电话0716-5520101。

四、其他要求
本通知及附件可在远山市经济和信息化局门户网站“通知公告”栏目下载。

附件：1.申报书
      2.各县（市、区）经信部门联系方式
      3.评分标准

远山市经济和信息化局
2197年4月1日
"""


def test_an_attachment_left_out_of_the_text_is_said_to_be_missing(tmp_path):
    a = _from(_NO_ANNEX, "yuanshan-2197.txt", str(tmp_path))
    text = a.answer("附件2里东岭县的电话多少？").text
    assert "没有附上附件2（各县（市、区）经信部门联系方式）" in text and "门户网站“通知公告”栏目下载" in text and "0716-5520101" in text
    assert "没有附上附件3" in a.answer("评分标准是啥？各项多少分").text
    assert "附件" not in a.answer("什么时候截止", _at("2197-04-10T10:00")).text.split("——")[0]


def test_a_stage_said_at_other_days_is_corrected_with_the_timelines_time(tmp_path):
    text = _DATED.replace("三、其他要求", "三、工作安排\n（一）现场核查（2193年5月10日—5月20日）\n市工业和信息化局组织专家开展现场核查。\n"
                                       "（二）结果公示（2193年6月）\n拟认定名单在门户网站公示。\n（三）发文认定（2193年7月）\n公示无异议的发文认定。\n\n四、其他要求")
    a = _from(text, "yundu4-2193.txt", str(tmp_path))
    got = a.answer("现场核查是5月1号到12号对吧", _at("2193-04-12T10:00")).text
    assert got.startswith("【更正】\n不是5月1日：“现场核查”的时间是2193年5月10日—5月20日")
    assert "不是6月" in a.answer("现场核查是6月份吧", _at("2193-04-12T10:00")).text
    assert "更正" not in a.answer("现场核查是5月15号左右吧", _at("2193-04-12T10:00")).text


def test_an_attachment_named_in_a_question_is_said_what_it_is(tmp_path):
    text = _NO_ANNEX.replace("专家评审的评分标准见附件3。", "专家评审的评分标准见附件3。各县（市、区）经信部门于5月30日前将推荐汇总表（附件4）报送市经信局。")
    text = text.replace("      3.评分标准\n", "      3.评分标准\n      4.推荐汇总表\n")
    a = _from(text, "yuanshan2-2197.txt", str(tmp_path))
    got = a.answer("我们企业要填附件4吗？").text
    assert "附件4是“推荐汇总表”。通知写明：“各县（市、区）经信部门于5月30日前将推荐汇总表（附件4）报送市经信局。”" in got
    assert got.startswith("【附件4】")


# ------------------------------------------------------------ revenue written '主营业务收入'; stages; repeat applications
_MAIN_REVENUE = """沧澜市工业和信息化局关于开展2198年沧澜市质量标杆企业遴选工作的通知
沧工信〔2198〕4号

一、申报条件
（一）在沧澜市注册满3年；
（二）2197年度主营业务收入不低于2000万元；获评省级及以上专精特新中小企业的，主营业务收入可放宽至不低于1000万元；
（三）近三年已被命名为沧澜市质量标杆企业的，不再重复申报。

二、工作安排
（一）企业申报（2198年3月1日—3月31日）
企业在线填报，逾期不予受理。
（二）县区推荐（4月1日—4月12日）
各县区审核推荐，此阶段不再接收企业补报材料。
（三）专家评审（4月下旬）
市工业和信息化局组织专家评审。

三、联系方式
市工业和信息化局质量科：宋宁，电话0317-2201188。
"""


@pytest.fixture(scope="module")
def revenue(tmp_path_factory) -> Answerer:
    return _from(_MAIN_REVENUE, "canglan-2198.txt", str(tmp_path_factory.mktemp("revenue")))


@pytest.mark.parametrize("q, verdict", [("我们营收1200万能报吗", "要看企业属于哪一类"), ("我们是市级专精特新，营收1200万行吗", "不符合"),
                                        ("我们是省级专精特新，营收1200万，能报吗", "符合"), ("营收3000万够不够", "符合")])
def test_revenue_written_as_main_business_income_gets_a_verdict(revenue, q, verdict):
    text = revenue.answer(q, _at("2198-03-10T10:00")).text
    assert text.startswith("【对照申报条件】") and verdict in text.split("\n")[1]


def test_a_late_addition_in_the_units_stage_is_answered_by_its_rule(revenue):
    text = revenue.answer("县区推荐这时候企业还能补材料吗", _at("2198-04-05T10:00")).text
    assert "此阶段不再接收企业补报材料" in text


def test_a_firm_named_before_is_checked_against_the_repeat_rule(revenue):
    text = revenue.answer("前年被评上的今年还能报吗", _at("2198-03-10T10:00")).text
    assert text.startswith("【对照申报条件】") and "不再重复申报" in text


# ------------------------------------------------------------ what the second reading of these shapes found
def test_an_early_date_that_still_closes_the_system_is_the_deadline():
    early = "2.在线填报。请各企业尽早于2193年3月31日17:00前完成网上申报，逾期系统自动关闭，不予受理。"
    text = _DATED.replace("2.在线填报。在线填报截止时间为2193年3月31日17:00，逾期不予受理。", early)
    assert ingest(text).data["submission"]["deadline"] == "2193-03-31 17:00"


def test_a_guide_table_in_the_main_text_and_long_paragraphs_are_left_as_they_are():
    from knowledge.ingest.guide import labelled

    main = "二、申报指南\n环节｜时间安排｜工作要求\n企业申报｜4月1日至4月30日｜在线填报\n县区推荐｜5月10日前｜审核推荐\n" \
           "专家评审｜5月下旬｜材料评审\n结果公示｜6月｜门户网站\n\n五、推荐单位联系方式\n浚县｜赵磊｜0392-5512205\n"
    assert labelled(main) == main  # a numbered heading of the main text, before any signature: a table, not a guide
    said = "在云渡市注册满3年的工业企业。" + "企业应当如实申报，" * 80 + "推荐汇总表见 附件4 ，加盖公章后报送。"
    long = _DATED.replace("在云渡市注册满3年的工业企业。", said)
    assert reflowed(long) == long


def test_a_platform_named_loosely_is_not_corrected():
    from knowledge.model import load_knowledge

    bot = Answerer(load_knowledge(None))
    for q in ("是在质量标杆网站上申报吧", "在质量标杆申报系统里提交对吧"):
        assert "【更正】" not in bot.answer(q).text
    assert "徐汇区商务委" in bot.answer("要不要徐汇区商务委盖章？").text
    first = bot.answer("我们是浦东的，截止时间是哪天", _at("2024-02-20T10:00"))
    assert "顾俊" in bot.answer("联系人是谁", _at("2024-02-20T10:00"), context=first.turn).text


def test_a_window_with_its_own_holiday_rule_still_closes_when_it_says(tmp_path):
    window = "纸质材料窗口受理时间为2196年4月2日至5月2日（法定节假日不受理），受理截止时间为2196年5月2日17:00。"
    text = _HIDDEN.replace("企业在线提交后，自提交次日起3个工作日内", window + "企业在线提交后，自提交次日起3个工作日内")
    a = _from(text, "hubin2-2196.txt", str(tmp_path))
    assert any(x.when == "2196-05-02 17:00" for x in a.kb.notice.submission.deadlines)
    got = a.answer("今天上午在线提交的，纸质材料最迟哪天送", _at("2196-05-01T10:00")).text
    assert "但纸质材料受理截止为2196年5月2日 17:00" in got and "暂停受理" not in got


def test_an_office_labelled_in_brackets_is_its_hotline_and_paper_goes_where_the_paper_clause_says(tmp_path):
    text = _HIDDEN.replace("三、联系方式\n市工业和信息化局质量科：林涛，电话0730-8256700。",
                           "三、联系方式\n（一）市工业和信息化局质量科（政策咨询）\n联系人：林涛\n电话：0730-8256700\n\n"
                           "（二）市市场监督管理局质量发展科\n联系人：孙丽\n电话：0730-8873416\n\n"
                           "四、时间安排\n（一）网上填报截止时间为2196年4月30日17:00。\n（二）补正材料报送至原受理的区县工业和信息化局。")
    a = _from(text, "hubin3-2196.txt", str(tmp_path))
    assert a.answer("政策咨询找谁").text.split("\n")[1] == "政策咨询：市工业和信息化局质量科 林涛 0730-8256700"
    assert "原受理" not in a.answer("纸质材料交到哪").text


def test_a_complaint_line_is_given_when_one_asks_where_to_complain(guide):
    text = guide.answer("投诉电话多少").text
    assert "0592-7709999" in text.split("\n")[1]


def test_a_stage_without_its_own_time_shows_the_time_said_elsewhere(tmp_path):
    text = _DATED.replace("三、其他要求", "三、工作安排\n（一）企业申报（2193年3月1日—3月31日）\n企业在线填报。\n（二）纸质报送\n企业将纸质材料送所在区县。\n"
                                       "（三）补正\n材料不齐全的，企业应于接到通知之日起5个工作日内补正。\n（四）结果公示（2193年6月）\n拟认定名单在门户网站公示。\n"
                                       "（五）发文认定（2193年7月）\n公示无异议的发文认定。\n\n四、其他要求")
    a = _from(text, "yundu5-2193.txt", str(tmp_path))
    got = a.answer("现在到哪一步了", _at("2193-04-12T10:00")).text
    assert "• 纸质报送：截止2193年3月31日 17:00" in got and "• 补正：企业应于接到通知之日起5个工作日内" in got


@pytest.mark.parametrize("first", ["行距有要求吗", "行距呢"])
def test_a_claim_that_follows_a_topic_with_so_is_checked_as_that_topics(first):
    from knowledge.model import load_knowledge

    text = _then(Answerer(load_knowledge(None)), first, "那是1.5倍对吧", "2024-02-20T10:00")
    assert text.startswith("【更正】\n不是1.5倍行距：") and "单倍行距" in text


def test_a_landline_published_partly_hidden_is_not_cut_to_another_number(tmp_path):
    text = _HIDDEN.replace("西岭县｜西岭县工业和信息化局｜周先生｜—｜139****6621", "西岭县｜西岭县工业和信息化局｜周先生｜0730-5321****｜139****6621")
    text = text.replace("市工业和信息化局质量科：林涛，电话0730-8256700。", "市工业和信息化局质量科：林涛，手机139****6622。")
    a = _from(text, "hubin4-2196.txt", str(tmp_path))
    got = a.answer("西岭县找谁").text
    assert "0730-5321****（部分隐去，无法直接拨打）" in got and "0730-5321、" not in got
    assert "139****6622（部分隐去，无法直接拨打）" in a.answer("政策咨询电话多少").text
