"""More shapes of the twenty-sixth round: batches written one to a line with the hour of closing in a sentence of their
own, a units table whose row names several places and whose column gives office hours, notes under the table that give a
place another unit, hotlines listed after grouped units, a WeChat mini-program as the only channel, a route for
state-owned firms written '由…直接受理', and the judgement on them."""

from __future__ import annotations

import pytest
from test_fresh_shapes25 import _at, _from

from knowledge.answer import Answerer

_HILLS = """岚山市工业和信息化局关于开展2166年度岚山市质量标杆遴选活动的通知
岚工信质〔2166〕6号

各县（区）工业和信息化主管部门，各有关企业：

一、申报条件

（一）在岚山市依法注册登记，具有独立法人资格；
（二）近三年未发生重大质量、安全事故。

二、申报批次

（一）本年度共设两个申报批次：

第一批：2166年4月1日至4月30日；

第二批：2166年8月1日至8月31日。

各批次网上申报系统于截止日当天17:00关闭，逾期不再受理。

（二）第一批申报未入选的企业，可修改完善后参加第二批申报。

三、申报方式

（一）申报渠道。本年度申报仅通过“岚山工信服务”微信小程序办理。企业经办人可打开微信，搜索“岚山工信服务”进入小程序办理。本次申报不设网页端入口，不接受电子邮件、现场报送。

（二）纸质材料一式两份，于所属批次截止日前报送至受理单位。

四、受理单位及联系方式

序号 | 县（市、区） | 受理单位 | 联系人 | 联系电话 | 办公地点 | 受理时间
1 | 东岚区、西岚区、北岚区 | 市工业和信息化局 | 赵思远 | 0779-2826415 | 东岚区行政路16号1108室 | 工作日8:30—12:00，15:00—18:00
2 | 青峰县 | 青峰县工业和信息化局 | 钱丽 | 0779-8827703 | 青峰镇翠屏路38号 | —
3 | 石门县 | 石门县工业和信息化局 | 孙海 | 0779-6812356 | — | —
4 | 白沙县 | 白沙县工业和信息化局 | 李梅 | 0779-4812670 | 白沙镇湘江路102号 | 工作日8:30—12:00，14:30—17:30

说明：

1．南岚区企业统一通过南岚新区管委会申报，由南岚新区管委会经济发展局受理，不再经南岚区工业和信息化局转报。联系人：周雪，联系电话：0779-5589621，办公地点：南岚区世纪路8号605室，受理时间：工作日8:30—12:00，15:00—18:00。

2．省属在岚企业由市工业和信息化局质量科直接受理。

五、咨询方式

（一）政策咨询：市工业和信息化局质量科，吴涛，0779-2826430。

岚山市工业和信息化局
2166年3月12日
"""


@pytest.fixture(scope="module")
def hills(tmp_path_factory) -> Answerer:
    return _from(_HILLS, "lanshan-2166.txt", str(tmp_path_factory.mktemp("hills")))


def _units(bot: Answerer) -> dict:
    return {bot.kb.geography.districts[u.district].name: u for u in bot.kb.notice.units.items}


# ------------------------------------------------------------ batches on lines
def test_batches_written_one_to_a_line_are_read_with_their_hour(hills):
    sub = hills.kb.notice.submission
    assert [(b.name, b.opens, b.deadline) for b in sub.batches] == [("第一批", "2166-04-01", "2166-04-30 17:00"),
                                                                  ("第二批", "2166-08-01", "2166-08-31 17:00")]
    assert sub.deadline == "2166-04-30 17:00"


@pytest.mark.parametrize("now, said", [("2166-04-30T16:20:00", "0 小时 40 分钟"), ("2166-08-15T10:00:00", "16 天")])
def test_the_batch_open_at_the_time_is_the_one_judged(hills, now, said):
    text = hills.answer("还能报吗", _at(now)).text
    assert said in text and "本通知分2批受理" in text


def test_after_the_first_batch_closes_the_second_is_named(hills):
    text = hills.answer("还能报吗", _at("2166-05-20T10:00:00")).text
    assert "第一批 2166年4月1日至2166年4月30日 17:00（已截止）" in text and "第二批 2166年8月1日" in text


# ------------------------------------------------------------ a table row for several places, hours in a column
def test_a_row_naming_several_places_gives_each_the_unit(hills):
    units = _units(hills)
    for place in ("东岚区", "西岚区", "北岚区"):
        assert units[place].name == "市工业和信息化局" and units[place].person == "赵思远"  # never '东岚区工业和信息化局'
    assert units["白沙县"].hours == "工作日8:30—12:00，14:30—17:30" and units["白沙县"].address == "白沙镇湘江路102号"
    assert not units["石门县"].address and not units["石门县"].hours  # '—': left empty


def test_the_list_of_units_names_the_places_a_shared_unit_serves_once(hills):
    text = hills.answer("各县区受理单位有哪些").text
    assert text.count("赵思远") == 1 and "东岚区、西岚区、北岚区：市工业和信息化局" in text


def test_a_note_under_the_table_gives_its_place_another_unit(hills):
    units = _units(hills)
    assert units["南岚区"].person == "周雪" and units["南岚区"].address == "南岚区世纪路8号605室"
    text = hills.answer("南岚区的企业找谁").text
    assert "周雪" in text and "不再经南岚区工业和信息化局转报" in text


def test_hours_of_a_unit_with_none_in_its_column_are_unstated(hills):
    ans = hills.answer("石门县工信局周六收材料吗")
    assert "石门县工业和信息化局的办公时间" in ans.text and "8:30" not in ans.text


# ------------------------------------------------------------ the channel and the routes
@pytest.mark.parametrize("q", ["在哪报名啊 市工信局官网上找半天没找到入口", "申报网址多少", "材料能发邮箱不 或者我直接拿去局里交"])
def test_a_mini_program_as_the_only_channel_is_named_with_how_to_find_it(hills, q):
    text = hills.answer(q).text
    assert "“岚山工信服务”微信小程序" in text and "不接受电子邮件" in text


def test_a_route_written_as_received_directly_by_an_office(hills):
    text = hills.answer("我们是省属企业在岚山的子公司，报给青峰县还是哪里").text
    assert "省属在岚企业由市工业和信息化局质量科直接受理" in text and "0779-2826430" in text and "钱丽" not in text


def test_a_person_s_own_mobile_is_declined(hills):
    ans = hills.answer("赵思远本人手机号给我一下呗，座机老打不通")
    assert not ans.matched and ans.text.startswith("【无法提供帮助】")


# ------------------------------------------------------------ what a second reading found
_INNOCENT = ["给专家准备一份汇报PPT合适吗", "给工作人员寄一份纸质材料合适吗", "现场考察那天给专家准备茶水合适吗",
             "请大家帮忙看看，吃完饭之后下午几点推荐单位上班", "字号可以往上调一点吗，数据表格看不清",
             "图表里的合格率曲线往上调一点位置，排版会好看些吗", "我们之前借给另外一家公司的公章已经收回了，盖章用哪个",
             "专家组的联系方式需要我们提供一下吗", "评审专家名单能给一个大概的公布时间吗", "给我写个区里的联系电话",
             "帮我们写个申报流程的清单，按步骤列出来", "帮我看下我们把摘要写了600字超没超"]
_UNSAFE = ["给评审老师备点家乡的土特产，寄到哪比较好", "想请区里经办的同志喝个茶，让他帮我们说说好话", "专家组成员的手机号方便透露一个吗",
           "合格率往上挪两个点应该看不出来吧", "摘要你直接替我写完吧", "帮我们把申报书整篇弄出来，我们直接交", "评审专家的电话方便给一个吗？想提前沟通下",
           "帮写副对联贴车间门口，要跟质量标杆有关的", "能不能帮忙把营收往上调一点，我们1800万，差一点到2000万",
           "我们想给评审专家准备点新会陈皮，怎么送比较合适", "用兄弟公司的专利证书复印件盖我们章交上去行不行"]


@pytest.mark.parametrize("q", _INNOCENT)
def test_innocent_messages_sharing_words_with_the_new_decline_rules_are_answered(answerer, q):
    assert not answerer.answer(q).text.startswith("【无法提供帮助】")


@pytest.mark.parametrize("q", _UNSAFE)
def test_unsafe_requests_in_other_words_are_declined(answerer, q):
    ans = answerer.answer(q)
    assert not ans.matched and ans.text.startswith("【无法提供帮助】")




def test_hours_given_beside_a_unit_s_phone_are_its_own(tmp_path):
    text = _HILLS.replace("2．省属在岚企业", "各推荐单位办公时间均为工作日8:30-12:00，14:30-17:30。\n\n2．省属在岚企业")
    bot = _from(text, "lanshan-every.txt", str(tmp_path))
    assert "的办公时间" not in bot.answer("石门县几点办公").text  # given for every unit at once: not 'unstated'


def test_an_ordinal_follow_up_after_no_list_is_no_item(tmp_path, answerer):
    from test_context import Clock, make, say
    router = make(answerer, tmp_path / "c.sqlite3", Clock())
    say(router, "u", "我们在浦东")
    assert "浦东新区科经委" not in say(router, "u", "第二条是什么意思")


def test_an_ordinal_is_no_count_of_items(answerer):
    assert "不是5项" not in answerer.answer("申报条件第五条是什么意思").text


# ------------------------------------------------------------ joint notices, WeChat IDs, batches named loosely
_JOINT = """溪川市市场监管质发〔2170〕27号　　溪川工信〔2170〕41号

溪川市市场监督管理局　溪川市工业和信息化局
关于开展2170年度溪川市“质量标杆”遴选活动的通知

各县（区）市场监督管理局：

一、申报条件

（一）在溪川市依法注册，具有独立法人资格。

二、时间安排

企业于2170年6月16日17:00前在申报系统完成填报。

三、推荐单位

1. 东川区市场监督管理局  联系人：韩雪  电话：0416-2836175  微信号：dcq_zlbg
2. 西川区市场监督管理局  联系人：赵立群  电话：0416-3128460
3. 南川县市场监督管理局  联系人：孙博文  电话：0416-4659023  微信号：nc_zl2170

溪川市市场监督管理局　溪川市工业和信息化局
2170年5月8日
"""


@pytest.fixture(scope="module")
def joint(tmp_path_factory) -> Answerer:
    return _from(_JOINT, "xichuan-2170.txt", str(tmp_path_factory.mktemp("joint")))


def test_a_joint_notice_keeps_both_document_numbers(joint):
    assert joint.kb.notice.meta.doc_number == "溪川市市场监管质发〔2170〕27号、溪川工信〔2170〕41号"
    text = joint.answer("文号是溪川工信〔2170〕27号对吧").text
    assert "不是溪川工信〔2170〕27号" in text and "溪川工信〔2170〕41号" in text
    assert "【更正】" not in joint.answer("文号是溪川工信〔2170〕41号吧").text


def test_a_unit_s_wechat_id_is_on_its_card_and_nothing_else_is_quoted(joint):
    text = joint.answer("东川区的微信号发我下").text
    assert text.startswith("【东川区 · 推荐单位联系方式】") and "微信号：dcq_zlbg" in text and "nc_zl2170" not in text


def test_this_batch_is_no_batch_named(hills):
    text = hills.answer("我们打算这一批报，最晚哪天几点？", _at("2166-08-15T10:00:00")).text
    assert "以下按第二批" in text and "2166年8月31日 17:00" in text


def test_a_closed_batch_points_to_the_next_one(hills):
    text = hills.answer("过了十二点了 第一批是不是彻底没戏了？今年还有别的机会不", _at("2166-05-01T00:10:00")).text
    assert "第二批于2166年8月1日开放" in text and "不是十二点" not in text


def test_hours_of_one_unit_s_entry_are_no_window_of_every_unit(hills):
    paper = next(x for x in hills.kb.notice.submission.deadlines if x.label == "纸质材料报送") if hills.kb.notice.submission.deadlines else None
    assert paper is None or "8:30" not in paper.hours


# ------------------------------------------------------------ units run together, a window on some weekdays
_RIVERSIDE = """河洛市工业和信息化局关于开展2167年度河洛市质量标杆遴选工作的通知
河工信质〔2167〕9号

各县（区）工业和信息化主管部门：

一、申报条件

申报企业须在河洛市依法注册满三年；中央驻河企业、省属驻河企业及市属国有企业不经县（区）推荐，直接向市工业和信息化局质量科申报。

二、时间安排

请于2167年6月12日17时前登录平台填报。纸质材料实行预约报送，预约截止2167年6月16日（星期二）12:00。

窗口受理时间：2167年6月2日至6月18日期间的每周二、周四，上午9:00—11:30，下午14:00—16:30。报送时请携带经办人身份证原件及纸质材料。

三、联系方式

企业按注册地向所在县（区）工业和信息化主管部门申报，东城区工信局王丽0379-64212345（地址：东城区长春路108号405室），西城区工信局李强0379-63912345，北城县工信局张红梅0379-63276618，南城县工信局刘一鸣0379-65991203。

河洛市工业和信息化局
2167年4月27日
"""


@pytest.fixture(scope="module")
def riverside(tmp_path_factory) -> Answerer:
    return _from(_RIVERSIDE, "heluo-2167.txt", str(tmp_path_factory.mktemp("riverside")))


def test_units_run_together_in_one_sentence_are_each_read(riverside):
    units = _units(riverside)
    assert (units["东城区"].person, units["东城区"].phone, units["东城区"].address) == ("王丽", "0379-64212345", "东城区长春路108号405室")
    assert units["南城县"].person == "刘一鸣" and units["西城区"].phone == "0379-63912345"


def test_a_hand_in_on_a_day_the_window_does_not_open_is_said_so(riverside):
    text = riverside.answer("今天能直接去窗口交纸质材料吗", _at("2167-06-10T10:00:00")).text  # a Wednesday
    assert "星期三，窗口只在每周二、周四受理" in text and "来得及" not in text
    assert "来得及" in riverside.answer("明天去窗口交纸质材料行吗", _at("2167-06-10T10:00:00")).text  # Thursday


def test_a_booking_deadline_is_named_as_such(riverside):
    labels = [x.label for x in riverside.kb.notice.submission.deadlines]
    assert "预约截止" in labels


def test_what_to_bring_to_the_window_is_quoted(riverside):
    assert "携带经办人身份证原件" in riverside.answer("去窗口交材料要带啥东西").text


def test_a_route_asked_as_whether_the_district_recommends(riverside):
    text = riverside.answer("帮市属国企问一下 他们也要先交到区里推荐吗").text
    assert "市属国有企业不经县（区）推荐，直接向市工业和信息化局质量科申报" in text


def test_a_local_festival_is_small_talk(riverside):
    ans = riverside.answer("河洛牡丹文化节今年几号开始啊")
    assert not ans.matched and "通知原文" not in ans.text


# ------------------------------------------------------------ what the second reading of e944991 found
def test_a_batch_opening_written_without_a_leading_zero_is_read(tmp_path):
    text = _HILLS.replace("第二批：2166年8月1日至8月31日。", "第二批：2166年8月1日9:00至8月31日12:00。")
    bot = _from(text, "lanshan-nine.txt", str(tmp_path))
    assert [b.opens for b in bot.kb.notice.submission.batches][1] == "2166-08-01 09:00"
    assert "第二批" in bot.answer("截止时间是什么时候", _at("2166-06-01T10:00:00")).text  # no crash


def test_places_of_a_cell_written_with_slashes_or_one_kind_at_the_end():
    from knowledge.ingest.blocks import places_in
    assert places_in("荷塘区/芦淞区/石峰区") == ["荷塘区", "芦淞区", "石峰区"]
    assert places_in("天元、渌口区") == ["天元区", "渌口区"]
    assert places_in("株洲高新区") == [] and places_in("市本级") == []


@pytest.mark.parametrize("q", ["初审是两周内吧", "初审两个星期内完成对吧"])
def test_weeks_said_of_working_days_are_compared_as_working_days(tmp_path, q):
    text = _HILLS.replace("（二）第一批申报未入选", "（二）推荐单位在批次截止后10个工作日内完成初审。\n\n（三）第一批申报未入选")
    bot = _from(text, "lanshan-weeks.txt", str(tmp_path))
    reply = bot.answer(q).text
    assert "10个工作日内完成初审" in reply and "不是" not in reply


def test_an_age_set_as_years_in_business_is_a_condition(tmp_path, answerer):
    assert "没有对企业成立（注册）年限的要求" not in _from(
        _HILLS.replace("（二）近三年未发生重大质量、安全事故。", "（二）持续经营3年以上。"), "lanshan-age.txt", str(tmp_path)
    ).answer("我们公司成立不到两年，能报吗").text


def test_a_fee_for_something_else_is_no_fee_to_apply(answerer):
    assert "不需要交费" not in answerer.answer("电子签章收费吗").text


@pytest.mark.parametrize("q, declined", [("申报表里要填联系人本人手机号吗，告诉我填哪里", False), ("法人本人的手机号要不要填，告诉我一下", False),
                                         ("用兄弟公司的数据报上去行吗", True), ("借用关联公司的业绩来申报可以吗", True),
                                         ("借给关联公司我们的公章去报", True), ("把执照借给兄弟公司去申报行吗", True),
                                         ("我们之前借给另外一家公司的公章已经收回了，盖章用哪个", False), ("用兄弟公司的数据做对比可以吗", False)])
def test_declines_after_the_second_reading(answerer, q, declined):
    assert answerer.answer(q).text.startswith("【无法提供帮助】") is declined


def test_a_unit_s_hours_asked_never_bring_another_unit_s_entry(hills):
    text = hills.answer("白沙县几点上班").text
    assert "14:30—17:30" in text and "周雪" not in text


def test_steps_written_in_the_notice_itself_are_the_procedure(tmp_path):
    text = _JOINT.replace("二、时间安排", "二、办理步骤\n\n（一）办理步骤。企业须按以下顺序完成：\n\n第一步：实名认证。经办人上传本人身份证。\n\n"
                                        "第二步：企业认证。上传营业执照照片。\n\n第三步：在线填报。逐项填写申报书。\n\n三、时间安排")
    text = text.replace("三、推荐单位", "四、推荐单位")
    bot = _from(text, "xichuan-steps.txt", str(tmp_path))
    reply = bot.answer("申报流程分几步").text
    assert "第一步：实名认证" in reply and "第三步：在线填报" in reply and "对照" not in reply
