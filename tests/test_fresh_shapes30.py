"""Shapes of the thirtieth round: a place corrected after the question ('不是，松江'); one's own count asked after a
part's limit; a step counted from one's own day ('补正期限多久'); a count of times the notice states ('补正能补几次');
a place typed with a look-alike character ('泪罗市')."""

from __future__ import annotations

import pytest
from test_fresh_shapes25 import _at, _from
from test_fresh_shapes29 import _DATED, _HIDDEN, _then

from knowledge.answer import Answerer
from knowledge.model import load_knowledge


@pytest.fixture(scope="module")
def shanghai() -> Answerer:
    return Answerer(load_knowledge(None))


@pytest.mark.parametrize("second", ["不是，松江", "不是的 我说松江", "不对，是松江"])
def test_a_place_corrected_after_a_units_question_gets_that_places_unit(shanghai, second):
    text = _then(shanghai, "嘉定找谁", second, "2024-02-20T10:00")
    assert text.startswith("【松江区") and "嘉定" not in text


def test_a_place_the_message_denies_is_still_not_the_place_asked(shanghai):
    assert shanghai.answer("我们不是松江的，是嘉定的，找谁").text.startswith("【嘉定区")


def test_ones_own_count_after_a_parts_limit_is_checked_against_that_part(shanghai):
    text = _then(shanghai, "摘要多少字", "我写了520字超了吗", "2024-02-20T10:00")
    assert text.startswith("【字数核对】\n520字超过了摘要 500 字的上限")


@pytest.mark.parametrize("q", ["企业概况480字行吗", "企业概况写480字可以吗"])
def test_a_count_asked_whether_it_will_do_is_ones_own_not_a_claimed_limit(shanghai, q):
    text = shanghai.answer(q).text
    assert "更正" not in text and "不是480字" not in text and "没有超过企业概况 500 字的上限" in text


_STEPS = _DATED.replace("三、其他要求", "三、工作安排\n（一）企业申报（2193年3月1日—3月31日）\n企业在线填报。\n"
                                      "（二）补正\n初审材料不齐全的，企业应于接到通知之日起5个工作日内补正，逾期视为放弃。每家企业补正机会仅有一次。\n"
                                      "（三）结果公示（2193年6月）\n拟认定名单在门户网站公示。\n（四）发文认定（2193年7月）\n公示无异议的发文认定。\n\n四、其他要求")


@pytest.fixture(scope="module")
def steps(tmp_path_factory) -> Answerer:
    return _from(_STEPS, "yundu6-2193.txt", str(tmp_path_factory.mktemp("steps")))


@pytest.mark.parametrize("q", ["补正期限多久", "补正的截止时间是哪天", "补正要在几天内完成"])
def test_a_step_counted_from_ones_own_day_gives_that_period_not_the_application_deadline(steps, q):
    first = steps.answer(q, _at("2193-03-10T10:00")).text.split("\n")[1]
    assert first.startswith("“补正”：没有统一日期，") and "接到通知之日起5个工作日内" in first


def test_a_count_of_times_is_answered_by_the_sentence_that_states_one(steps):
    assert "补正机会仅有一次" in steps.answer("补正能补几次").text
    other = steps.answer("可以申报几次")  # no sentence states how many times one may apply
    assert "仅有一次" not in other.text


def test_a_place_typed_with_a_look_alike_character_is_offered_not_answered_for(tmp_path):
    text = _HIDDEN.replace("西岭县｜西岭县工业和信息化局", "汨罗市｜汨罗市工业和信息化局")
    a = _from(text, "hubin5-2196.txt", str(tmp_path))
    got = a.answer("泪罗市找谁").text
    assert "没有“泪罗市”" in got and "您是不是指“汨罗市”？" in got


def test_a_section_ingest_read_wrongly_is_left_out_not_the_whole_round(tmp_path):
    from pathlib import Path

    from knowledge.ingest import ingest
    from knowledge.loader import _shared
    from knowledge.model import KnowledgeError
    from knowledge.salvage import salvaged

    _, geography = _shared(None)
    data = ingest(_STEPS, geography, "yundu7-2193.txt").data
    data["format"] = {"clause": "二"}  # a format section with no rules: the checks refuse it
    notice = salvaged(dict(data), Path("yundu7-2193.txt"), lambda n: None, is_text=True)
    assert notice.format is None and notice.submission is not None
    with pytest.raises(KnowledgeError):  # an operator's reviewed file still fails loudly
        salvaged(dict(data), Path("yundu7-2193.yaml"), lambda n: None, is_text=False)


_SESSIONS = """溪城市经济和信息化局关于开展2200年溪城市工业质量标杆遴选工作的通知
溪经信〔2200〕12号

各区（县）经济和信息化主管部门，各有关企业：

一、申报条件
在溪城市注册满3年的工业企业；2199年度营业收入不低于5000万元，国家级专精特新“小巨人”企业不低于2000万元。

二、申报材料
（一）申报书；
（二）“信用中国”网站信用查询结果截图。

三、政策宣讲会
市经信局委托市质量协会举办宣讲会，2200年4月16日在市创新中心举行，报名截止时间为4月14日17:00。

四、申报程序
（一）网上填报。企业登录“溪城市工业经济服务平台”填报，截止时间为2200年5月20日17:00。
（二）纸质报送。企业于2200年5月30日17:00前将纸质材料报送至所在区（县）经济和信息化主管部门。市属企业直接报送市经信局质量科（地址：溪城市人民路1号市级行政中心3号楼612室）。

五、时间安排
（一）2200年4月8日9:00：网上填报系统开放。
（二）2200年4月16日至4月29日：政策宣讲暨申报培训会。
（三）2200年5月20日17:00：网上填报截止。

六、联系方式
市经信局质量科：李明，电话0813-2201001。

附件：各区（县）推荐单位联系方式

溪城市经济和信息化局
2200年3月30日

附件

各区（县）推荐单位联系方式

推荐单位｜联系人｜电话｜地址
东溪区经济和信息化局｜王川｜0813-2208314｜东溪区解放路112号
北岸区经济和信息化局｜陈涛｜0813-5102269｜北岸区大安大道36号
南山县经济和信息化局｜赵敏｜0813-3914408｜南山县金川路21号

受理范围说明：东溪区含仲权镇、荣边镇，北岸区含牛佛镇、何市镇，南山县含双石镇。
"""


@pytest.fixture(scope="module")
def sessions(tmp_path_factory) -> Answerer:
    return _from(_SESSIONS, "xicheng-2200.txt", str(tmp_path_factory.mktemp("sessions")))


def test_a_briefing_session_is_no_window_to_submit_in(sessions):
    text = sessions.answer("截止时间", _at("2200-04-10T10:00")).text
    assert "4月16日起才能报送" not in text and "2200年5月20日 17:00" in text


def test_the_platform_is_the_one_applied_on_not_a_site_to_screenshot(sessions):
    text = sessions.answer("截止时间", _at("2200-04-10T10:00")).text
    assert "信用中国" not in text and "溪城市工业经济服务平台" in text


def test_an_address_for_one_kind_of_firm_is_not_everyones_mailing_address(sessions):
    text = sessions.answer("纸质材料交到哪").text
    assert "612室" not in text and "所在区（县）经济和信息化主管部门" in text


def test_towns_a_note_gives_each_unit_after_contains_resolve_to_that_unit(sessions):
    assert sessions.answer("牛佛镇找谁").text.startswith("【北岸区")
    assert sessions.answer("荣边镇的企业找谁").text.startswith("【东溪区")


def test_the_level_of_the_firms_own_kind_is_read_not_the_programmes(sessions):
    text = sessions.answer("老板想评个市级的质量标杆，我们去年被认定为国家级专精特新小巨人，营收4800万够不够格").text
    assert "营业收入这一条符合" in text and "不符合" not in text


_VALIDITY = _SESSIONS.replace("在溪城市注册满3年的工业企业；", "（一）在溪城市注册满3年的工业企业；").replace(
    "国家级专精特新“小巨人”企业不低于2000万元。", "国家级专精特新“小巨人”企业不低于2000万元。\n（二）已通过ISO 9001质量管理体系认证，且证书在有效期内。\n"
    "（三）有下列情形之一的，不得申报：已获评溪城市质量标杆且称号仍在有效期内的企业。")


@pytest.fixture(scope="module")
def validity(tmp_path_factory) -> Answerer:
    return _from(_VALIDITY, "xicheng2-2200.txt", str(tmp_path_factory.mktemp("validity")))


@pytest.mark.parametrize("q", ["ISO9001证书上个月刚过期 还在换证 能报吗", "证书过期了能报吗"])
def test_a_lapsed_certificate_is_checked_against_the_condition_that_it_be_valid(validity, q):
    text = validity.answer(q, _at("2200-04-20T10:00")).text
    assert text.startswith("【对照申报条件】\n这一条不符合：通知要求“已通过ISO 9001质量管理体系认证，且证书在有效期内”")
    assert "距离截止" not in text


def test_a_certificate_about_to_lapse_still_meets_the_condition_and_the_rest_is_unstated(validity):
    text = validity.answer("我们的认证证书下个月就要到期了，能报吗", _at("2200-04-20T10:00")).text
    assert "证书目前仍在有效期内的，符合这一条；通知没有规定剩余有效期须有多长" in text and "不符合" not in text


@pytest.mark.parametrize("q", ["营业执照过期了能报吗", "CMMI证书过期了能报吗"])
def test_something_else_lapsed_is_not_judged_by_the_certificates_condition(validity, q):
    assert "对照申报条件" not in validity.answer(q, _at("2200-04-20T10:00")).text


def test_the_last_day_of_a_period_is_no_count_of_days(tmp_path):
    text = _STEPS.replace("每家企业补正机会仅有一次。", "每家企业补正机会仅有一次。公示期为7个工作日，异议须在公示期最后一日之前寄出。")
    a = _from(text, "yundu8-2193.txt", str(tmp_path))
    got = a.answer("公示期是5天对吧？").text
    assert got.startswith("【更正】\n不是5天：") and "7个工作日" in got.split("\n")[1]


def test_a_date_said_of_a_units_deadline_is_not_judged_as_a_day_to_submit(tmp_path):
    text = _HIDDEN.replace("三、联系方式", "（三）县级推荐截止时间：2196年5月13日17:00前，各区县完成系统推荐。\n\n三、联系方式")
    a = _from(text, "hubin6-2196.txt", str(tmp_path))
    assert "来不及" not in a.answer("推荐截止是13号几点", _at("2196-05-12T10:00")).text


_WEEKDAYS = _SESSIONS.replace("（二）纸质报送。企业于2200年5月30日17:00前将纸质材料报送至所在区（县）经济和信息化主管部门。",
                              "（二）纸质报送。企业于2200年5月30日17:00前将纸质材料报送至所在区（县）经济和信息化主管部门"
                              "（受理时间：工作日上午9:00—11:30、下午14:00—17:00）。5月18日（星期日）为调休工作日，当日正常受理纸质材料。")


@pytest.fixture(scope="module")
def weekdays(tmp_path_factory) -> Answerer:
    return _from(_WEEKDAYS, "xicheng3-2200.txt", str(tmp_path_factory.mktemp("weekdays")))


def test_a_weekend_day_is_no_day_to_hand_in_paper_taken_on_working_days(weekdays):
    text = weekdays.answer("5月17号能去交纸质材料吗", _at("2200-05-10T10:00")).text  # a Saturday
    assert "5月17号（2200年5月17日）是星期六，不是工作日，不受理" in text and "5月17号（2200年5月17日）还在截止之前" not in text
    both = weekdays.answer("5月17号能交吗", _at("2200-05-10T10:00")).text  # online still open that day
    assert "网上提交还在截止之前；但2200年5月17日是星期六，不是工作日（受理时间为工作日上午9:00—11:30、下午14:00—17:00）" in both


def test_a_sunday_the_notice_makes_a_working_day_takes_paper(weekdays):
    text = weekdays.answer("5月18号周日能送纸质材料吗", _at("2200-05-10T10:00")).text
    assert "5月18日是星期日" not in text and "5月18号（2200年5月18日）还在截止之前，来得及" in text


def test_a_person_claimed_after_a_units_question_is_checked_against_that_unit(shanghai):
    text = _then(shanghai, "嘉定找谁", "联系人是刘侠对吧", "2024-02-20T10:00")
    assert text.startswith("【更正】\n嘉定区推荐单位（嘉定区经委）的联系人不是刘侠") and "张炯" in text


@pytest.mark.parametrize(("first", "second"), [("嘉定区邮编", "那地址呢"), ("嘉定区经委邮箱", "那电话呢")])
def test_a_follow_up_after_an_unstated_detail_of_a_unit_keeps_that_unit(shanghai, first, second):
    text = _then(shanghai, first, second, "2024-02-20T10:00")
    assert text.startswith("【嘉定区 · 推荐单位联系方式】") and "武夷路" not in text


def test_a_table_with_bars_is_read_cell_by_cell_under_its_header():
    from knowledge.table_cells import cell_sentences

    text = ("具体安排如下：场次|时间|覆盖区县|报名方式；第一场|4月16日9:30|东溪区、南山县|邮件报名；"
            "第二场|4月18日14:30|北岸区|—；注：可参加任一场次。")
    assert cell_sentences(text) == ["第一场，时间：4月16日9:30。", "第一场，覆盖区县：东溪区、南山县。", "第一场，报名方式：邮件报名。",
                                    "第二场，时间：4月18日14:30。", "第二场，覆盖区县：北岸区。"]


_LABELS = _SESSIONS.replace("东溪区经济和信息化局｜王川｜0813-2208314｜东溪区解放路112号",
                            "东溪区经济和信息化局：联系人 王川，电话 0813-2208314，邮箱 dxgxj@xc-demo.cn").replace(
    "北岸区经济和信息化局｜陈涛｜0813-5102269｜北岸区大安大道36号", "北岸区经济和信息化局：联系人 陈涛，电话 0813-5102269，邮箱 bagxj@xc-demo.cn").replace(
    "南山县经济和信息化局｜赵敏｜0813-3914408｜南山县金川路21号", "南山县经济和信息化局：联系人 赵敏，电话 0813-3914408，邮箱 nsgxj@xc-demo.cn").replace(
    "推荐单位｜联系人｜电话｜地址\n", "").replace("受理范围说明：", "特别说明：北岸区邮箱变更为ba_new@xc-demo.cn，原邮箱停止使用。\n受理范围说明：")


def test_labels_written_with_a_space_and_a_changed_mailbox_are_read_into_the_units_card(tmp_path):
    a = _from(_LABELS, "xicheng4-2200.txt", str(tmp_path))
    east = a.answer("东溪区找谁").text
    assert "推荐单位：东溪区经济和信息化局" in east and "联系人：王川" in east and "邮箱：dxgxj@xc-demo.cn" in east
    north = a.answer("北岸区的邮箱").text
    assert "邮箱：ba_new@xc-demo.cn" in north and "bagxj@xc-demo.cn" not in north.split("通知写明")[0]


_EVENTS = _SESSIONS.replace("三、政策宣讲会\n市经信局委托市质量协会举办宣讲会，2200年4月16日在市创新中心举行，报名截止时间为4月14日17:00。",
                            "三、政策宣讲会\n市经信局委托市质量协会举办两场宣讲会，具体安排如下：\n场次｜时间｜地点｜覆盖区县\n"
                            "第一场｜4月16日（星期三）9:30—11:30｜市创新中心｜东溪区、南山县\n第二场｜4月18日（星期五）14:30—17:00｜北岸区政务中心｜北岸区\n"
                            "各场次报名截止时间为该场次举办日前两天17:00，即：第一场4月14日17:00，第二场4月16日17:00。\n\n"
                            "四、公示与异议\n拟认定名单公示期为7个工作日。任何单位和个人对公示名单有异议的，均应当在公示期内以书面形式提出。"
                            "现场递交时间为工作日上午9:00—12:00、下午14:30—17:30。").replace("四、申报程序", "五、申报程序").replace(
    "五、时间安排", "六、时间安排").replace("六、联系方式", "七、联系方式")


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> Answerer:
    return _from(_EVENTS, "xicheng5-2200.txt", str(tmp_path_factory.mktemp("events")))


@pytest.mark.parametrize("q", ["明天第一场宣讲会，现在还能报名吗", "第二场报名截止是哪天几点"])
def test_a_clock_question_on_a_session_quotes_its_own_cut_off_not_the_application_deadline(events, q):
    text = events.answer(q, _at("2200-04-15T10:00")).text
    assert "第一场4月14日17:00，第二场4月16日17:00" in text and "来得及" not in text and "距离截止" not in text


def test_a_date_claimed_of_a_session_is_answered_from_its_row(events):
    text = events.answer("第一场宣讲是4月14号开吧？", _at("2200-04-10T10:00")).text
    assert "4月16日（星期三）9:30—11:30" in text


def test_a_clock_question_on_an_objection_gives_the_hours_and_no_deadline_correction(events):
    text = events.answer("中午12点半过去交异议书行吗", _at("2200-06-05T12:00")).text
    assert "现场递交时间为工作日上午9:00—12:00、下午14:30—17:30" in text and "更正" not in text
    other = events.answer("公示是6月2号发的，今天是不是最后一天", _at("2200-06-05T12:00")).text
    assert "不是6月2日" not in other and "印发" not in other


def test_a_stand_ins_number_is_never_given_as_the_number_of_the_person_on_leave(tmp_path):
    text = _SESSIONS.replace("六、联系方式\n市经信局质量科：李明，电话0813-2201001。",
                             "六、联系方式\n（一）政策咨询：市经信局质量科 李明，电话0813-2201001。\n"
                             "（二）材料受理：北岸区联系人陈涛4月10日至4月20日休假，期间由刘洋代为受理，电话0813-5102277；4月21日起恢复由陈涛受理。")
    a = _from(text, "xicheng6-2200.txt", str(tmp_path))
    got = a.answer("咨询电话有哪些").text
    assert "陈涛 0813-5102277" not in got and "李明 0813-2201001" in got


def test_a_units_fax_is_shown_as_a_fax_never_as_its_phone(tmp_path):
    text = _LABELS.replace("北岸区经济和信息化局：联系人 陈涛，电话 0813-5102269，邮箱 bagxj@xc-demo.cn",
                           "北岸区经济和信息化局。联系人：陈涛；电话：0813-5102269；传真：0813-5102260；邮箱：bagxj@xc-demo.cn")
    a = _from(text, "xicheng7-2200.txt", str(tmp_path))
    got = a.answer("北岸区传真号多少").text
    assert "电话：0813-5102269" in got and "传真：0813-5102260" in got and "电话：0813-5102260" not in got


def test_a_section_titled_with_the_changes_answers_what_changed(tmp_path):
    text = _SESSIONS.replace("二、申报材料", "二、与上年度相比的主要变化\n（一）营业收入门槛由3000万元提高至5000万元。\n（二）纸质材料由5份调整为3份。\n\n"
                             "三、申报材料").replace("三、政策宣讲会", "四、政策宣讲会").replace("四、申报程序", "五、申报程序").replace(
        "五、时间安排", "六、时间安排").replace("六、联系方式", "七、联系方式")
    a = _from(text, "xicheng8-2200.txt", str(tmp_path))
    got = a.answer("今年跟去年比有啥变化")
    assert got.matched and "由3000万元提高至5000万元" in got.text and "没有提到" not in got.text


def test_a_numbered_row_of_a_self_check_table_is_given_under_its_headers(tmp_path):
    text = _SESSIONS.replace("附件\n\n各区（县）推荐单位联系方式", "附件1\n\n溪城市质量标杆企业自评表\n\n填表日期：2200年 月 日\n"
                             "序号｜指标｜要求｜自评（是/否）\n1｜主体资格｜在溪城市注册满3年｜\n2｜营业收入｜不低于5000万元｜\n3｜质量数字化｜关键工序数控化率不低于60%｜\n\n"
                             "附件2\n\n各区（县）推荐单位联系方式").replace("附件：各区（县）推荐单位联系方式", "附件：1.自评表\n2.各区（县）推荐单位联系方式")
    a = _from(text, "xicheng9-2200.txt", str(tmp_path))
    assert "第3项：指标：质量数字化；要求：关键工序数控化率不低于60%" in a.answer("自评表第3项是啥要求").text
    assert "第3项：" not in a.answer("遴选重点第3项是什么").text


def test_a_sessions_own_cut_off_is_checked_against_the_clock(events):
    past = events.answer("明天第一场宣讲会，现在还能报名吗", _at("2200-04-15T10:00")).text
    assert past.startswith("【时间核对】\n按当前时间（2200年4月15日 10:00），第一场4月14日17:00已经过了。")
    ahead = events.answer("第二场报名截止是哪天几点", _at("2200-04-15T10:00")).text
    assert ahead.startswith("【时间核对】\n按当前时间（2200年4月15日 10:00），还没到第二场4月16日17:00")


def test_quotas_listed_one_after_another_go_each_to_its_own_place(tmp_path):
    text = _SESSIONS.replace("（三）2200年5月20日17:00：网上填报截止。", "（三）2200年5月20日17:00：网上填报截止。\n"
                             "（四）推荐名额：东溪区4个、北岸区3个、南山县5个。")
    a = _from(text, "xicheng10-2200.txt", str(tmp_path))
    quotas = {u.name[:3]: u.quota for u in a.kb.notice.units.items}
    assert quotas == {"东溪区": "4个", "北岸区": "3个", "南山县": "5个"}


def test_a_count_of_people_is_answered_by_a_sentence_that_counts_people(tmp_path):
    text = _SESSIONS.replace("报名截止时间为4月14日17:00。", "报名截止时间为4月14日17:00。每场限120人，每家企业限报2人。")
    a = _from(text, "xicheng11-2200.txt", str(tmp_path))
    got = a.answer("每家能去几个人").text
    assert "每家企业限报2人" in got and "限申报1" not in got


_CHAINS = _SESSIONS.replace("五、时间安排", "四、推荐渠道\n（一）按产业链推荐，各产业链涵盖范围如下：\n"
                            "1.汽车产业链：整车、汽车零部件（座椅、车灯、汽车电子等）。\n"
                            "2.钢铁产业链：钢铁冶炼、钢材深加工（含汽车用钢）。\n3.日用消费品产业链：螺蛳粉等特色食品、家具家居。\n"
                            "属于上述产业链范围的企业，不论注册地在哪个县（区），一律通过所属产业链的牵头推荐单位申报。\n"
                            "（二）不属于上述产业链的企业，通过注册地所在县（区）经济和信息化局申报。\n\n五、时间安排").replace(
    "各区（县）推荐单位联系方式\n\n", "一、产业链牵头推荐单位\n产业链｜牵头推荐单位｜联系人｜电话\n汽车产业链｜市汽车产业链办公室｜覃卫东｜0813-2826301\n"
    "钢铁产业链｜市钢铁产业链办公室｜蓝海燕｜0813-2826315\n日用消费品产业链｜市日用消费品产业链办公室｜黄丽萍｜0813-2826342\n\n二、各区（县）推荐单位联系方式\n\n")


def test_a_firm_that_says_what_it_makes_is_given_its_industry_chains_office_whatever_its_district(tmp_path):
    a = _from(_CHAINS, "xicheng12-2200.txt", str(tmp_path))
    seat = a.answer("我们做汽车座椅的 厂在北岸区 是不是找北岸区经信局报啊").text
    assert seat.startswith("【申报渠道】\n做“座椅”的企业属于“汽车产业链”") and "覃卫东｜0813-2826301" in seat and "陈涛" not in seat
    assert "黄丽萍" in a.answer("我们是做螺蛳粉的，应该找哪个部门报名").text
    assert "申报渠道" not in a.answer("我们做水泥的找谁").text  # no chain names it: no chain's office


_QA = """溪城市工业和信息化局关于开展2205年溪城市质量标杆遴选工作的通知
溪工信质〔2205〕3号

各县（市、区）工业和信息化主管部门，各有关企业：
具体申报要求见附件《申报政策问答》。

溪城市工业和信息化局
2205年4月1日

附件

申报政策问答

1. 问：申报截止时间是什么时候？ 答：网上申报截止时间为2205年5月31日17:30。
2. 问：各县（市、区）的联系人和电话是多少？ 答：东溪区工业和信息化局，黎晓峰，0774-3825106；\
北岸区工业和信息化局，莫婷，0774-2036718；南山县工业和信息化局，韦小丽，0774-2717350。
3. 问：市工业和信息化局的咨询电话是多少？ 答：政策咨询：市工业和信息化局质量科，覃思远，电话0774-3856127。
"""


def test_units_and_hotlines_written_as_answers_of_a_policy_qa_are_read(tmp_path):
    a = _from(_QA, "xicheng-qa-2205.txt", str(tmp_path))
    north = a.answer("北岸区找谁").text
    assert "推荐单位：北岸区工业和信息化局" in north and "莫婷" in north and "0774-2036718" in north
    hot = a.answer("咨询电话").text
    assert "覃思远 0774-3856127" in hot and "是多少" not in hot
