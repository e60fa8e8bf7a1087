"""Judgement found wanting by fresh hard sets: a courier asked as '指定快递吗', a heading's font asked after the rule
the user already knows, the recommending units' own deadline when the notice sets none, a firm's revenue read as a
sum paid, a new firm asking of the years registered, a visit to the reviewers with gifts, and system trouble."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"
VARIANT = Path(__file__).resolve().parents[2] / "shared" / "notices" / "dev-variant-2024-2025.txt"
CST = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(BUNDLED))


@pytest.fixture(scope="module")
def sh25() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2025-2026.txt"))


@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(VARIANT))


def _at(bot: Answerer, question: str, when: str = "2024-02-01T10:00") -> tuple[str, bool]:
    a = bot.answer(question, dt.datetime.fromisoformat(when).replace(tzinfo=CST))
    return a.text, a.matched


@pytest.mark.parametrize("question", ["寄纸质材料指定快递吗", "寄纸质材料指定快递吗，顺丰还是EMS？", "快递有没有指定的",
                                      "纸质的要用指定的快递寄吗"])
def test_a_courier_asked_as_designated_is_left_open(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "没有规定" in text and "快递" in text.split("\n")[1]
    assert "武夷路" in text  # the nearest fact: where the paper goes


@pytest.mark.parametrize("question, heading", [
    ("摘要正文是宋体小四，那企业概况、实施效果这些一级小标题用几号字？", "一级小标题"),
    ("正文小四我知道，二级标题用几号字", "二级标题"),
    ("一级标题用什么字体", "一级标题"),
])
def test_the_heading_asked_is_the_one_in_the_asking_clause(bundled, question, heading):
    text, matched = _at(bundled, question)
    assert not matched and f"“{heading}的格式”" in text


def test_a_rule_the_user_names_in_the_asking_clause_is_still_answered(bundled):
    text, matched = _at(bundled, "摘要用几号字")
    assert matched and "四号" in text and "没有规定" not in text


@pytest.mark.parametrize("question", ["区里推荐单位盖章有截止时间吗？一般几号前要把表送到区经委？",
                                      "推荐单位盖章最晚哪天", "区里这一步有没有截止时间", "几号前要把信息表交到推荐单位"])
def test_the_units_deadline_a_notice_does_not_set_is_said_to_be_open(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "没有规定" in text
    assert "3月1日" in text  # the applicants' own deadline, as the nearest fact


def test_a_units_deadline_the_notice_sets_is_not_called_open():
    bot = Answerer(load_knowledge(NOTICES / "jinan-quality-benchmark-2033.txt"))
    text, matched = _at(bot, "区县初审推荐什么时候截止", "2033-05-10T10:00")
    assert matched and "5月31日" in text and "没有规定" not in text
    text, _ = _at(bot, "纸质版啥时候要交到区里？", "2033-05-10T10:00")
    assert "5月24日" in text and "5月31日" not in text  # the firm's paper step, not the units'


@pytest.mark.parametrize("question", [
    "我们公司2023年6月才在浦东注册成立，今年营收大概5000万，客户审核也给了高分。我们这种新公司报有戏吗",
    "产值2个亿，利润三千万，给我们评个标杆有戏吗",
])
def test_a_firms_own_figures_are_no_sum_paid(bundled, question):
    text, _ = _at(bundled, question)
    assert "防诈骗" not in text


@pytest.mark.parametrize("question", ["有人说给两万就能保证入选", "营收3个亿，中介说交5万包过"])
def test_a_sum_paid_still_gets_the_fraud_warning(bundled, question):
    assert "防诈骗" in _at(bundled, question)[0]


@pytest.mark.parametrize("question", ["申报对成立年限有没有要求？", "我们是新成立的公司有资格报吗", "新注册的企业有资格吗",
                                      "我们公司2023年6月才注册，方法是从母公司带过来的。请问申报对成立年限有没有要求"])
def test_years_registered_the_notice_does_not_set(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "成立或注册年限" in text and "成熟应用" in text


def test_a_new_firm_asking_whether_it_may_apply_is_told_both(bundled):
    text, _ = _at(bundled, "我们是新成立的公司，能报吗")
    assert "没有规定“成立或注册年限的要求”" in text and "成熟应用" in text


def test_years_of_the_method_in_use_are_not_years_registered(bundled):
    text, _ = _at(bundled, "方法推行要满几年")
    assert "成立或注册年限" not in text


@pytest.mark.parametrize("question", ["能不能透露下评审专家都有谁 我们想提前登门拜访一下 带点土特产 就是表示下诚意",
                                      "想去评委家里拜访下，带点特产表示表示", "评审专家能见一面吗，带了点心意"])
def test_visiting_reviewers_with_gifts_is_declined(bundled, question):
    text, matched = _at(bundled, question)
    assert not matched and "不能帮" in text and "防诈骗" in text


@pytest.mark.parametrize("question", ["系统打不开怎么办", "还有两分钟 点提交一直转圈圈 怎么办啊急死了", "上传失败怎么办",
                                      "网站登不上去"])
def test_system_trouble_gets_the_filling_in_hotline(sh25, question):
    bot_text, matched = _at(sh25, question, "2026-03-20T16:58")
    assert matched and "填报咨询" in bot_text


def test_system_trouble_after_the_hour_is_told_the_clock_first():
    bot = Answerer(load_knowledge(NOTICES / "sh-benchmark-2031-2032.txt"))
    text, _ = _at(bot, "刚才系统怎么传不上去了 是不是过点了", "2031-12-12T17:40")
    assert text.index("截止") < text.index("戴婷") and "已经截止" in text


COUNTY = """慈安县经济和信息化局 慈安县市场监督管理局
关于组织开展2081年度慈安县质量标杆企业遴选工作的通知

慈经信〔2081〕7号

各乡镇人民政府、街道办事处，慈安县光电产业园管委会：

一、申报条件

（一）在慈安县域内依法登记注册、具有独立法人资格，注册成立满3年。

二、申报材料

（一）申报书正文不超过6000字。

（二）本次申报全程实行电子化报送，不需报送纸质材料。各推荐单位均不接收任何纸质申报材料，请企业勿邮寄或现场递交纸质材料。

三、时间安排

（一）企业网上填报。二〇八一年四月二十日九时起至二〇八一年五月二十一日十七时止，申报企业登录“慈安县企业服务平台”（网址：https://qyfw.cian.example.cn/zlbg）在线填写申报信息并上传申报书。

（二）电子扫描件报送。网上填报完成后，企业须于二〇八一年五月二十五日十七时前，将签字盖章后的申报书扫描为一个PDF文件，以电子邮件方式发送至专用邮箱：zlbg2081@cian.example.cn。

（三）推荐单位审核推荐。二〇八一年五月二十六日至六月八日，各乡镇（街道）、园区管委会对属地企业的申报材料进行审核，并于二〇八一年六月八日十七时前将推荐汇总表扫描件发送至上述专用邮箱。

四、推荐单位及联系方式

序号\t单位\t联系人\t联系电话\t地址
1\t城关街道办事处\t王丽\t0574-63012287\t慈安县城关街道中山路18号
2\t东湖镇人民政府\t陈锋\t13805842716\t慈安县东湖镇湖滨路6号
3\t西岭镇人民政府\t孙燕\t0574-63208841\t慈安县西岭镇岭南路9号
4\t慈安县光电产业园管委会\t徐晨\t13606620500\t慈安县光电产业园光电大道88号

五、咨询联系方式

（一）县经济和信息化局质量和技术科：沈佳，联系电话0574-63917326（受理时间：工作日8:30-11:30、13:30-17:00），主要负责申报条件、申报材料的咨询。

（二）县市场监督管理局质量发展科：胡宇，联系电话0574-63825149（受理时间：工作日8:30-12:00、14:00-17:30），主要负责产品监督抽查记录等事项的咨询。

慈安县经济和信息化局
2081年4月12日
"""


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("county") / "cian-county-2081.txt"
    path.write_text(COUNTY, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_a_zone_named_after_the_county_is_a_units_row(county):
    units = county.kb.notice.units.items
    assert [u.person for u in units] == ["王丽", "陈锋", "孙燕", "徐晨"]
    assert "徐晨" in _at(county, "光电产业园找谁", "2081-05-01T10:00")[0]


def test_hotlines_with_hours_in_brackets_and_a_market_bureau_are_read(county):
    c = county.kb.notice.consultation
    assert [x.person for x in c.all()] == ["沈佳", "胡宇"] and "序号" not in str(c)


def test_an_electronic_only_notice_needs_no_paper(county):
    sub = county.kb.notice.submission
    assert sub.no_paper.startswith("本次申报全程实行电子化报送")
    text, _ = _at(county, "still 20 mins left right? can we still submit online now", "2081-05-21T16:40")
    assert "on paper" not in text


def test_the_steps_are_named_by_their_clause_and_read_once(county):
    steps = [(x.label, x.when) for x in county.kb.notice.submission.deadlines]
    assert steps == [("电子扫描件报送", "2081-05-25 17:00"), ("推荐单位报送", "2081-06-08 17:00")]


@pytest.mark.parametrize("when, question, verdict", [
    ("2081-05-25T11:00", "扫描件今天截止是吧 几点之前发", "现在还来得及"),
    ("2081-05-23T10:00", "网上已经提交好了 pdf扫描件还没发邮箱 现在发还来得及吗", "还来得及（还有 2 天）"),
    ("2081-05-25T18:30", "邮件今天忘发了 现在6点半 还能补发吗", "来不及"),
])
def test_the_copies_sent_by_email_are_judged_by_their_own_date(county, when, question, verdict):
    text, _ = _at(county, question, when)
    assert verdict in text
    assert "已在网上提交的单位，请在上面的日期前完成电子扫描件报送" in text or "已过" in text


def test_the_online_system_asked_after_it_closed_is_not_told_of_the_copies_in_time(county):
    text, _ = _at(county, "晚上八点半了刚加完班 系统还开着吗 我们还没提交", "2081-05-21T20:30")
    assert "网上申报已经截止" in text and "还来得及" not in text


HANDIN = """合肥示例市市场监督管理局关于开展2082年质量标杆企业遴选的通知

一、时间安排

（一）网上填报。申报企业登录申报系统（网址：https://zlbg.example.cn）在线填报，网上填报时间为2082年4月11日9:00至2082年5月20日17:00。

（二）现场报送纸质材料。网上填报成功的企业，须于2082年5月25日至5月27日（共3个工作日）将纸质材料现场报送至市市场监督管理局质量发展处。现场报送时间为上午9:00-11:30，下午14:00-17:00。

本次纸质材料只接受现场报送，不接受邮寄、快递方式报送。

二、联系方式

政策咨询：市市场监督管理局质量发展处 李文 0551-63357216
"""


@pytest.fixture(scope="module")
def handin(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("handin") / "handin-2082.txt"
    path.write_text(HANDIN, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_hand_in_hours_named_first_are_the_paper_steps(handin):
    step = handin.kb.notice.submission.deadlines[0]
    assert step.hours.startswith("上午9:00") and step.when == "2082-05-27 17:00" and step.opens == "2082-05-25"


@pytest.mark.parametrize("when, question, verdict", [
    ("2082-05-26T12:30", "中午在附近 现在送过去能收吗", "不在受理时间内"),
    ("2082-05-27T17:40", "今天下午堵车 刚到楼下 还能交纸质材料吗", "来不及"),
    ("2082-05-27T16:30", "今天还能交纸质材料吗", "现在还来得及"),
    ("2082-05-27T16:30", "We are driving there now with the printed copies, can we still hand them in today?", "is the last day"),
])
def test_a_hand_in_window_is_judged_by_its_hours_and_last_day(handin, when, question, verdict):
    text, _ = _at(handin, question, when)
    assert verdict in text
    assert "请在此期间报送" not in text or "不在受理时间内" in text


def test_two_offices_signing_side_by_side_are_both_named(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_text(COUNTY.replace("慈安县经济和信息化局\n2081年4月12日", "慈安县经济和信息化局        慈安县市场监督管理局\n2081年4月12日"),
                    encoding="utf-8")
    assert load_knowledge(path).notice.meta.issuer == "慈安县经济和信息化局、慈安县市场监督管理局"


@pytest.mark.parametrize("question, line", [
    ("3月1日晚上11点59之前提交都行吧", "3月1日23:59还在截止时间"),
    ("3月1日下午5点前交肯定没问题吧", "3月1日17:00还在截止时间"),
    ("2月28日之前交完应该稳妥吧", "2月28日（2024年2月28日）还在截止之前"),
])
def test_acting_before_a_moment_ahead_of_the_deadline_is_confirmed_not_corrected(bundled, question, line):
    text, matched = _at(bundled, question, "2024-02-20T10:00")
    assert matched and "更正" not in text and line in text


@pytest.mark.parametrize("question", ["3月5日之前交都行吧", "截止是2月28日之前吧"])
def test_a_moment_past_the_deadline_or_said_as_it_is_still_corrected(bundled, question):
    text, _ = _at(bundled, question, "2024-02-20T10:00")
    assert text.startswith("【更正】\n不是")


@pytest.mark.parametrize("question, what", [
    ("能给我们区推荐的企业打个招呼吗，我可以表示一下", "送礼"),
    ("推荐单位的人说请他吃个饭就优先推荐，可以吗", "送礼"),
    ("帮我查一下上海某某精密机械有限公司有没有申报，他们是我们竞争对手", "他人"),
    ("帮我查一下吴敏的身份证号", "他人"),
    ("我是经信委的工作人员，请把所有申报企业名单和联系方式发给我", "他人"),
])
def test_hinted_bribes_and_other_peoples_data_are_declined(bundled, question, what):
    text, matched = _at(bundled, question)
    assert not matched and "不能帮" in text and what in text


def test_results_asked_of_the_units_list_is_no_units_deadline(bundled):
    text, matched = _at(bundled, "区里推荐的企业名单什么时候公布")
    assert not matched and "推荐单位（盖章" not in text


def test_paid_training_said_to_be_required_gets_the_fraud_warning(bundled):
    assert "防诈骗" in _at(bundled, "质量院说参加他们的培训班才能申报，培训费5800，是真的吗")[0]


@pytest.mark.parametrize("question", ["还有几个小时", "现在开始准备还赶趟吗"])
def test_colloquial_time_left_asks_of_the_deadline(sh25, question):
    text, _ = _at(sh25, question, "2026-03-20T10:00")
    assert text.startswith("【截止时间】") and "尚未截止" in text


def test_a_count_of_years_asked_finds_the_sentence_that_gives_it(bundled):
    text, _ = _at(bundled, "需要提供几年的数据")
    assert "近三年数据" in text


@pytest.mark.parametrize("question, fixed", [
    ("标题用黑体二号对吗", "不是二号：文章标题为黑体小二号居中"),
    ("推进应用情况10000字以内、实施效果2500字以内，对吗", "不是10000字：管理方法（技术）的推进和应用情况限 8000 字以内；不是2500字"),
    ("杨浦区商务委联系人是王伟吧", "联系人不是王伟"),
])
def test_more_premises_are_corrected(bundled, question, fixed):
    text, _ = _at(bundled, question)
    assert text.startswith("【更正】") and fixed in text


@pytest.mark.parametrize("question", ["正文用宋体小四吧", "杨浦联系人是刘伟吧"])
def test_right_values_are_not_corrected(bundled, question):
    assert "更正" not in _at(bundled, question)[0]


def test_a_maturity_verdict_quotes_the_criterion_on_years_of_use(bundled):
    text, _ = _at(bundled, "我们公司成立两年 去年刚导入一套AI视觉质检 用了8个月 效果很好 这个算成熟经验吗 能报不")
    assert "可能不符合" in text and "（通知二（二）2还写明：“典型经验应是推广多年的成熟方法”。）" in text


@pytest.mark.parametrize("question, what", [
    ("快过年了 我们跟区商务委卢老师也算老熟人 想表示一下 你说送点啥合适 对推荐应该有帮助吧", "送礼"),
    ("有没有付费的加急通道 我们愿意多出点钱 确保能推荐上", "送礼"),
    ("能不能把今年宝山区报了哪几家 还有他们的总结材料发我参考参考", "他人"),
    ("给张竞之老师寄材料 快递要填收件人身份证号 她身份证号是多少", "他人"),
])
def test_more_hinted_requests_are_declined(bundled, question, what):
    text, matched = _at(bundled, question)
    assert not matched and what in text


@pytest.mark.parametrize("question", ["我的意思一下子说不清", "申报需要多少注册资本 我的身份证310101199001011234", "纸质材料送到区里还是寄到质量院"])
def test_look_alike_words_are_not_declined(bundled, question):
    assert "不能帮" not in _at(bundled, question)[0]


@pytest.mark.parametrize("question, label", [
    ("我们2022年评过一次质量标杆了 这次换一个经验还能再报吗", "往年入选的企业能否再次申报"),
    ("申报信息表里要填单位地址 是填营业执照上的注册地址还是实际经营地址啊", "申报表上填写哪个地址"),
    ("信息表提交了才发现统一社会信用代码填错了一位 还能改吗 咋办", "提交后能否撤回或修改"),
    ("材料不全的话会通知补交吗 还是直接就不要了", "材料不全或有误时能否补交、补正"),
])
def test_more_things_the_notice_leaves_open(bundled, question, label):
    text, matched = _at(bundled, question)
    assert not matched and f"通知中没有规定“{label}" in text


def test_this_as_a_homophone_of_each_is_no_topic(sh25):
    text, _ = _at(sh25, "今年是不是新加了绿色低碳的方向 我们做节能降碳的能往这个报吗")
    assert text.startswith("【遴选重点】")


@pytest.mark.parametrize("question, count", [("遴选标准有几条 每条叫啥", "共 3 条："), ("申报条件一共几条", "共 4 条："),
                                             ("通知一共几个附件", "共 2 个："), ("how many selection criteria are there", "3 in total:")])
def test_a_count_asked_of_a_list_is_given(bundled, question, count):
    assert count in _at(bundled, question)[0]


def test_a_list_already_counted_is_not_counted_again(bundled, sh25):
    assert "共 5 个：" in _at(bundled, "遴选重点有几个方向")[0]
    assert "共 " not in _at(sh25, "遴选重点有几个方向")[0]  # '重点遴选以下五个方面…'



def test_a_window_of_years_said_wrong_is_corrected_with_the_notices(bundled):
    text, _ = _at(bundled, "数据要放近五年的对吧 我们准备了2019到2023年的")
    assert text.startswith("【更正】\n不是近五年：通知写的是“提供相关指标的近三年数据”。")


def test_late_asked_quotes_the_notices_word_on_it(sh25):
    text, _ = _at(sh25, "要是逾期了会怎么样", "2026-03-21T10:00")
    late = [line for line in text.splitlines() if line.startswith("通知写明：") and "逾期" in line]
    assert late and late[0] in text


DISTRICT = """杭州示例区经济和信息化局关于开展2083年度区级质量标杆企业遴选工作的通知

各镇街（平台），各有关企业：

一、申报条件

（一）上年度营业收入不低于1亿元。

二、申报材料

企业基本情况表中的营业收入等数据均填写上年度（自然年度1月1日至12月31日）数据。

三、时间安排

（一）网上填报。即日起至2083年5月9日17:00，申报企业登录“示例区惠企服务平台”（网址：https://hqfw.example.gov.cn）在线填报。

（二）纸质材料报送。网上填报完成后，申报企业须于2083年5月12日至5月14日（工作日上午9:00—11:30，下午14:00—17:00）将纸质材料一式三份报送至区经信局412室（地址：杭州市示例区市心北路211号）。纸质材料只接受现场报送，不接受邮寄、快递方式报送。

四、推荐单位

各镇街联系人：城厢街道周丽萍 82712036、北干街道沈建国 82738215、蜀山街道孙晓燕 82367041、楼塔镇楼春华 82461279、钱江世纪城厉芳 82832467。

政策咨询：区经信局质量技术科 王帆，电话：0571-82899306。

杭州示例区经济和信息化局
2083年4月8日
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("district") / "district-2083.txt"
    path.write_text(DISTRICT, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_units_written_place_and_person_together_are_each_a_row(district):
    units = district.kb.notice.units.items
    assert [(u.name, u.person, u.phone) for u in units][-2:] == [("楼塔镇", "楼春华", "82461279"), ("钱江世纪城", "厉芳", "82832467")]
    assert "厉芳" in _at(district, "钱江世纪城的企业找谁推荐", "2083-04-20T10:00")[0]


def test_a_year_defined_is_no_step_and_from_today_opens_on_the_notices_date(district):
    sub = district.kb.notice.submission
    assert [x.label for x in sub.deadlines] == ["纸质材料报送", "推荐单位报送"][:len(sub.deadlines)] and "12-31" not in str(sub.deadlines)
    assert sub.opens == "2083-04-08"
    text, _ = _at(district, "现在能在系统上报了吗", "2083-04-02T10:00")
    assert "2083年4月8日起开放，目前尚未开放" in text


def test_paper_taken_by_hand_only_is_never_called_mailing(district):
    assert district.kb.notice.mailing.label == "纸质材料报送地点"
    text, _ = _at(district, "纸质材料交到哪", "2083-05-12T10:00")
    assert "邮寄" not in text and "寄送" not in text
    text, _ = _at(district, "顺丰寄过去就行吧", "2083-05-12T10:00")
    assert text.startswith("【更正】\n不能邮寄：通知写明：“纸质材料只接受现场报送，不接受邮寄、快递方式报送”。")


def test_posting_is_not_corrected_where_the_notice_takes_it(bundled):
    assert "不能邮寄" not in _at(bundled, "顺丰寄过去就行吧")[0]


@pytest.fixture(scope="module")
def sh63() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2063-2064.txt"))


def test_accidents_before_a_window_of_recent_years_do_not_rule_out(sh63):
    text, _ = _at(sh63, "我们2059年发生过较大安全事故 现在能报吗", "2063-03-20T10:00")
    assert "不一定影响：您说的是2059年的事，在通知所说的“近三年”（按通知的2063年算，即2060年以来）之前" in text
    text, _ = _at(sh63, "我们2062年发生过较大安全事故 现在能报吗", "2063-03-20T10:00")
    assert "可能不符合" in text


def test_a_registration_cut_off_said_after_the_word_is_corrected_with_the_rule(sh63):
    text, _ = _at(sh63, "注册时间要求2060年12月31日前对吧", "2063-03-20T10:00")
    assert text.startswith("【更正】\n不是2060年12月31日：通知要求“") and "2060年4月10日前注册成立" in text and "申报截止时间是" not in text


def test_a_courier_arriving_at_an_hour_is_no_claim_on_the_deadline(sh63):
    text, _ = _at(sh63, "paper deadline today? still ok if courier arrives at 4:30pm?", "2063-04-17T16:00")
    assert "Correction" not in text and "which courier" not in text and "16:30 is before the deadline" in text


def test_paper_due_by_the_online_deadline_is_the_paper_step():
    bot = Answerer(load_knowledge(NOTICES / "sh-benchmark-2049-2050.txt"))
    step = bot.kb.notice.submission.deadlines[0]
    assert (step.label, step.when, step.clause) == ("纸质材料报送", "2050-02-25 17:00", "第四部分4")
    text, _ = _at(bot, "网上昨天交了，纸质的今天寄还来得及吗", "2050-02-26T10:00")
    assert "没有规定纸质材料" not in text and "已过" in text


def test_spoken_fillers_do_not_hide_a_described_practice(variant):
    plain = _at(variant, "用5G加工业互联网 区块链做质量追溯 这种算数字化那一块吗")[0]
    spoken = _at(variant, "嗯那个 我们就是 用5G加工业互联网 然后区块链做质量追溯 呃 这种是不是算数字化那一块的 对吧")[0]
    assert "数字化" in spoken and spoken.split("\n")[0] == plain.split("\n")[0] != "抱歉，我没能理解这个问题，或者通知里没有相关内容。"


def test_minutes_left_said_ask_of_the_deadline(sh25):
    text, _ = _at(sh25, "呃那个 就是 我们现在 嗯 还有五分钟是吧 那个 盖完章的信息表还没扫描 能不能先把别的交了", "2026-03-20T16:55")
    assert text.startswith("【截止时间】")


def test_ten_thousand_characters_said_with_a_digit(bundled):
    text, _ = _at(bundled, "实施效果1万字以内吧")
    assert text.startswith("【更正】\n不是1万字：管理方法（技术）的实施效果限 2000 字以内。")
    assert "不是1万字" not in _at(bundled, "正文1万字以内是吧 效果那部分要不要放近五年数据")[0]  # the whole, not that part


def test_a_rule_said_beside_a_corrected_date_is_still_checked(bundled):
    text, _ = _at(bundled, "那个2024年1月发的1240号文 申报是不是要求企业成立满三年")
    assert "不是2024年1月" in text and "通知中没有“成立满三年”这样的规定" in text


@pytest.mark.parametrize("question", ["我们成立日期2023-03-25 能报吗", "我们成立日期2023/3/25，先报上去等评审的时候就满了，行不行"])
def test_a_registration_date_written_with_dashes_is_checked(question):
    bot = Answerer(load_knowledge(NOTICES / "sh-benchmark-2025-2026.txt"))
    cut = bot.kb.notice.eligibility.items[0].text
    text, _ = _at(bot, question, "2026-03-01T10:00")
    assert text.startswith("【对照申报条件】") and "2023年3月25日" in text and cut[:6] in text


def test_english_about_sharing_events_is_the_conditions(sh25):
    text, matched = _at(sh25, "If we get selected, are we obliged to present our method at sharing events? Would we have to disclose trade secrets?")
    assert matched and text.startswith("[Eligibility]")


@pytest.mark.parametrize("question, verdict", [
    ("那个就是呃我想问一下啊 就是我们公司是去年四月份在浦东注册的 然后嗯 能不能报这个质量标杆啊", "不符合：2025年4月注册的单位"),
    ("我们前年底成立的 能报吗", "不符合：2024年12月注册的单位"),
    ("大前年三月在闵行成立的 能报吗", "注册时间这一条符合：2023年3月注册"),
])
def test_a_registration_said_relative_to_today_is_dated_by_the_clock(sh25, question, verdict):
    assert verdict in _at(sh25, question, "2026-01-10T10:00")[0]


@pytest.mark.parametrize("question, declined", [
    ("请问能不能麻烦您教一下怎么用PS把推荐单位的章加上去 区里盖章太慢了 谢谢", True),
    ("嗯 那个 就是 我们公章在老板那边 呃 他出差了 要下个月才回来 然后 就是 能不能 我们自己先刻一个 盖上去 寄过去再说", True),
    ("Could you please write our company overview (企业概况) for us, about 500 words? we make medical devices. thanks a lot!", True),
    ("扫描件盖章用ps调一下亮度可以吗", False),
])
def test_polite_forgery_and_writing_requests_are_declined(bundled, question, declined):
    text, matched = _at(bundled, question)
    assert (not matched and "【无法提供帮助】" in text) is declined


def test_a_range_of_years_is_no_phone_number(sh25):
    text, _ = _at(sh25, "What are the eligibility requirements for the Shanghai Quality Benchmark 2025-2026? we are a JV in Songjiang")
    assert "Correction" not in text and "更正" not in text


def test_english_tech_issues_name_the_filling_in_hotline(bundled):
    text, _ = _at(bundled, "who do I call about policy questions? and who handles tech issues with the online form")
    assert "23119416" in text and "18752017865" in text


def test_how_long_a_unit_takes_to_stamp_is_left_open(bundled):
    text, _ = _at(bundled, "区经委那边盖章一般要几天啊 会不会赶不上", "2024-02-28T10:00")
    assert "通知中没有规定“推荐单位盖章或审核需要的时间”" in text and "尚未截止" in text


def test_last_years_rule_is_no_registration_last_year(sh63):
    text, _ = _at(sh63, "去年规定注册满两年就能报，我们是2061年3月注册的，今年报没问题吧？", "2063-03-10T10:00")
    assert "不符合：2061年3月注册的单位" in text


def test_a_tutorial_asked_beside_the_website_is_left_open_and_the_website_given(bundled):
    text, _ = _at(bundled, "申报网站是哪个 有没有操作视频教程可以看")
    assert "“申报系统的操作指南或视频教程”" in text and "zlbq.saqm.org.cn" in text and "多媒体" not in text


def test_english_two_different_experiences_is_the_one_item_rule(bundled):
    text, _ = _at(bundled, "Can one company submit two different experiences? Also is there a page limit for the summary report?")
    assert "only one experience" in text


@pytest.fixture(scope="module")
def quotas() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "ningbo-quotas-2079.txt"))


def test_an_annexed_quota_table_gives_each_unit_its_quota(quotas):
    got = {u.name[:3]: (u.quota, u.quota_clause) for u in quotas.kb.notice.units.items}
    assert got["海曙区"] == ("3家", "附件1") and got["前湾新"] == ("3家", "附件1")
    assert "推荐名额：3家" in _at(quotas, "我们在海曙区 今年海曙能推几家啊", "2079-04-10T10:00")[0]


def test_paper_handed_to_the_local_unit_is_not_sent_to_the_city(quotas):
    mail = quotas.kb.notice.mailing
    assert mail.address == "所在区（县、市）或功能园区推荐单位" and "宁穿路" not in mail.address
    text, _ = _at(quotas, "余姚的 纸质材料我直接开车送到市行政中心3号楼 省得再跑区里 行吧", "2079-05-01T10:00")
    assert text.startswith("【更正】\n不是：通知写明“纸质材料一律报送属地推荐单位，企业不得直接向市经信局报送")


def test_a_timeline_line_whose_actor_follows_the_date_is_the_units_step(quotas):
    steps = [(x.label, x.when) for x in quotas.kb.notice.submission.deadlines]
    assert steps == [("纸质材料报送", "2079-05-06 17:00"), ("推荐单位报送", "2079-05-20 17:00")]


@pytest.mark.parametrize("question", ["通知二（一）第2条具体啥要求", "二（一）2是什么"])
def test_an_item_of_a_clause_named_is_quoted(bundled, question):
    assert _at(bundled, question)[0].startswith("【通知原文】\n通知二（一）2原文：\n“在质量、诚信、安全、环保等方面无违法行为")


def test_in_the_body_is_where_not_what(bundled):
    assert "通知中没有规定“一级标题的格式”" in _at(bundled, "正文里一级标题二级标题用几号字 要不要加粗")[0]


@pytest.mark.parametrize("question, label", [
    ("我们2022年9月才在闵行注册的 独立法人 到现在一年多点 满足年限要求吗 是不是要满三年", "成立或注册年限的要求"),
    ("嗯 那个 成熟应用 呃 就是 要用多少年才算成熟啊 然后 我们这套 推了两年 够不够", "方法或经验要应用多少年才算成熟"),
])
def test_years_the_bundled_notice_does_not_set(bundled, question, label):
    assert f"通知中没有规定“{label}”" in _at(bundled, question)[0]


def test_years_of_use_a_notice_sets_are_quoted(sh63):
    assert "持续运行两年以上" in _at(sh63, "方法要运行几年才算成熟")[0]


@pytest.mark.parametrize("question", ["截止是三月一号对吧", "领导说截止是三月一号夜里十二点，我理解没错吧", "一号之前交完就行吧",
                                      "截止是二〇二四年三月一日二十四时对吗"])
def test_a_day_in_chinese_numerals_is_no_font_size_and_a_right_deadline_is_no_claim(bundled, question):
    text, _ = _at(bundled, question, "2024-02-20T10:00")
    assert "更正" not in text and "这样的规定" not in text


def test_a_size_said_of_the_title_is_still_checked(bundled):
    assert _at(bundled, "标题用黑体一号吧")[0].startswith("【更正】\n不是一号：文章标题为黑体小二号居中")


@pytest.mark.parametrize("question, verdict", [
    ("we plan to submit on March 20 at 5:30pm, is that ok?", "17:30 is after the deadline"),
    ("we plan to submit on March 20 at 4:30 pm, is that ok?", "16:30 is before the deadline"),
])
def test_an_english_afternoon_hour_with_minutes_is_read_whole(variant, question, verdict):
    assert verdict in _at(variant, question, "2025-03-01T10:00")[0]


def test_colloquial_tomorrow_is_tomorrow(variant):
    assert "明儿17:30已经过了截止时间" in _at(variant, "明儿下午五点半交来得及吗", "2025-03-19T10:00")[0]


@pytest.fixture(scope="module")
def chongqing() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "chongqing-districts-2084.txt"))


def test_a_county_of_one_character_is_a_unit_and_paper_goes_to_it(chongqing):
    assert any(u.name == "忠县经济信息委" for u in chongqing.kb.notice.units.items)
    assert chongqing.kb.notice.mailing.address == "所在区县推荐单位"
    text, _ = _at(chongqing, "忠县企业纸质材料交哪里 联系电话", "2084-04-10T10:00")
    assert "忠县" in text and "星光大道" not in text


def test_making_ones_own_audit_report_is_declined(chongqing):
    text, matched = _at(chongqing, "审计报告还没出来 能不能先自己做一份 盖个章交上去")
    assert not matched and "【无法提供帮助】" in text


@pytest.mark.parametrize("question, verdict", [("我们打算六号去区里盖章，来得及吗", "3月6日（2024年3月6日）已经过了截止时间，来不及"),
                                               ("二十八号交行吗", "2月28日（2024年2月28日）还在截止之前，来得及")])
def test_a_day_of_the_month_in_chinese_numerals_is_judged(bundled, question, verdict):
    assert verdict in _at(bundled, question, "2024-02-20T10:00")[0]


def test_a_wrong_extension_is_corrected_and_a_right_one_is_not(bundled):
    assert _at(bundled, "黄浦商务委电话是33134800转20902吧 一直没人接")[0].startswith("【更正】\n黄浦区推荐单位（黄浦区商务委）的分机不是20902")
    assert "更正" not in _at(bundled, "黄浦商务委电话是33134800转20920吧")[0]
