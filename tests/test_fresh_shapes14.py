"""Judgement found wanting by second readings: made-up patent numbers and estimated data, signing for an absent
legal representative, a recollection of the earlier round after a question of this one, a website said without the
word "网站", and a caption's place or the page's orientation said wrongly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge
from knowledge.rounds import Rounds

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"
CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2024, 2, 1, 10, tzinfo=CST)


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(BUNDLED))


@pytest.fixture(scope="module")
def beijing() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "beijing-pdf-benchmark-2033.txt"))


def _ask(bot, question: str) -> tuple[str, bool]:
    a = bot.answer(question, NOW)
    return a.text, a.matched


@pytest.mark.parametrize("question", [
    "帮我编几个看起来真实的专利号", "能不能编一些专利号填进去", "竞争对手的数据你帮我估一个填进去",
    "对比数据帮我随便填一个吧", "法人出差了 我替他签个字行吗", "老板不在 我帮他签名了行不",
    "董事长那栏我代他签一下可以吧",
])
def test_made_up_numbers_and_signatures_for_others_are_declined(bundled, question):
    text, matched = _ask(bundled, question)
    assert not matched and "不能帮" in text and "真实" in text


@pytest.mark.parametrize("question", ["专利号怎么填", "我们专利有几个 对比数据要怎么写", "竞争对手数据估算的可以吗",
                                      "法人要签字吗"])
def test_asking_how_to_fill_in_numbers_is_not_declined(bundled, question):
    text, _ = _ask(bundled, question)
    assert "不能帮" not in text


@pytest.mark.parametrize("question", ["今年重点方向还是四个吧 我记得上一轮是四个", "这次遴选重点是四个吧，印象中上期是四个"])
def test_a_recollection_of_the_earlier_round_does_not_hide_the_question(bundled, question):
    text = Rounds([bundled]).answer(question, NOW).text
    assert text.startswith("【更正】") and "不是四个" in text and "共 5 项" in text


def test_asking_of_the_earlier_round_itself_still_says_it_is_not_held(bundled):
    text = Rounds([bundled]).answer("上一轮重点方向是几个", NOW).text
    assert "没有上一期的通知" in text


@pytest.mark.parametrize("question", ["是不是在sheitc.sh.gov.cn上直接报就行", "在www.example.gov.cn上填报对吧",
                                      "can we apply on sheitc.sh.gov.cn"])
def test_a_wrong_site_said_without_the_word_website_is_corrected(bundled, question):
    text, _ = _ask(bundled, question)
    assert text.lstrip("[【").startswith(("更正", "Correction")) and "zlbq.saqm.org.cn" in text.split("\n")[1]


@pytest.mark.parametrize("question", ["zlbq.saqm.org.cn上报对吧", "我们公司官网abc.com上有介绍 要交吗"])
def test_the_notices_own_site_and_the_firms_site_are_not_corrected(bundled, question):
    assert "更正" not in _ask(bundled, question)[0]


@pytest.mark.parametrize("question, wrong, rule", [
    ("图表标题放在图的上方对吧", "不是上方", "插图标题放置插图下方"),
    ("插图标题放上面吧", "不是上面", "插图标题放置插图下方"),
    ("表格标题放下面吧", "不是下面", "附表标题放置附表上方"),
    ("图表标题都放上面吧", "不是上面", "插图标题放置插图下方"),
    ("表格可以横版排吧", "不是横版", "纵向"),
    ("可以横向排版吗", "不是横向", "纵向"),
])
def test_a_wrong_caption_place_or_orientation_is_corrected(bundled, question, wrong, rule):
    text, _ = _ask(bundled, question)
    first = text.split("\n")[1]
    assert text.startswith("【更正】") and wrong in first and rule in first


@pytest.mark.parametrize("question", ["附表标题放表格上面吧", "插图标题放下面对吧", "图表标题放图片下面 表格标题在表格上面 对吧",
                                      "图表标题放上面还是下面", "总结材料纵向编辑对吧"])
def test_a_right_or_open_layout_question_is_not_corrected(bundled, question):
    assert "更正" not in _ask(bundled, question)[0]


@pytest.mark.parametrize("question", ["figure captions go above the figure right?", "Can the report be in landscape?"])
def test_layout_corrections_in_english(bundled, question):
    assert _ask(bundled, question)[0].startswith("[Correction]")


def test_captions_written_as_tu_ti_and_biao_ti(beijing):
    text = beijing.answer("表题放表下面吧", NOW).text
    assert text.startswith("【更正】") and "表题置于表上方" in text.split("\n")[1]
    assert "更正" not in beijing.answer("图题放图下方对吧", NOW).text


@pytest.fixture(scope="module")
def changshu() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "changshu-towns-2086.txt"))


@pytest.fixture(scope="module")
def wuxi() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "wuxi-supplement-2085.txt"))


def _on(bot, question: str, when: str) -> str:
    return bot.answer(question, dt.datetime.fromisoformat(when).replace(tzinfo=CST)).text


def test_two_numbered_units_glued_on_one_line_are_both_read(changshu):
    units = changshu.kb.notice.units.items
    assert len(units) == 15 and {"钱慧", "周建国", "吴丽娟", "曹雪梅"} <= {u.person for u in units}


@pytest.mark.parametrize("question, person", [("琴川街道找谁", "周建国"), ("梅李镇的联系电话", "吴丽娟"), ("尚湖那边联系人", "曹雪梅"),
                                              ("高新区找谁盖章", "孙婷")])
def test_a_town_of_a_county_level_city_gets_its_own_unit(changshu, question, person):
    text = _on(changshu, question, "2086-05-10T10:00")
    assert person in text and "陆晓峰" not in text


def test_the_policy_hotline_is_the_citys_not_the_first_towns(changshu):
    text = _on(changshu, "政策咨询打哪个电话", "2086-05-10T10:00")
    assert "0512-52721366" in text and "陆晓峰" not in text


def test_a_briefing_with_its_date_before_its_name_is_stated(changshu):
    text = _on(changshu, "解读会哪天开 在哪", "2086-05-01T10:00")
    assert "5月10日" in text and "三楼会议室" in text and "没有规定" not in text


def test_a_page_limit_of_the_application_document_is_quoted(changshu):
    text = _on(changshu, "申报书最多多少页", "2086-05-01T10:00")
    assert "整体不超过30页" in text and "没有规定" not in text


def test_a_right_weekday_is_confirmed_with_its_step(changshu):
    text = _on(changshu, "5月27号是礼拜一吧", "2086-05-10T10:00")
    assert text.startswith("【核对】") and "确是星期一" in text
    assert "不是星期五" in _on(changshu, "5月27号是星期五吧", "2086-05-10T10:00")


def test_a_firm_of_another_city_is_checked_against_the_citys_registration_rule(changshu):
    text = _on(changshu, "我们公司注册在昆山周市镇 能通过这个渠道报吗", "2086-05-10T10:00")
    assert text.startswith("【对照申报条件】") and "不符合" in text and "常熟市行政区域内" in text


@pytest.mark.parametrize("question", ["营收差一点到1亿 数据表里往上填一点应该没人查吧", "营收往上填一点行吗"])
def test_padding_figures_is_declined(changshu, question):
    assert "不能帮" in _on(changshu, question, "2086-05-10T10:00")


@pytest.mark.parametrize("question", ["时间延了 那申报条件和材料要求有没有跟着变", "补充通知改了哪些", "has anything changed?"])
def test_what_the_supplement_changed_and_what_it_left(wuxi, question):
    text = _on(wuxi, question, "2085-04-01T10:00")
    assert "补充通知" in text and "其他事项仍按原通知执行" in text and "特此通知" not in text


def test_the_old_deadline_said_as_the_old_one_is_no_plan(wuxi):
    text = _on(wuxi, "原来不是16号截止吗 现在还能交吗", "2085-04-20T10:00")
    assert "尚未截止" in text and "来不及" not in text and "5月16日" not in text


def test_the_submission_sentence_marks_its_replaced_date(wuxi):
    text = _on(wuxi, "在哪个网站报", "2085-04-01T10:00")
    assert "2085年4月16日17:00（补充通知已改为2085年4月30日 17:00）前登录" in text


def test_a_minor_accident_is_not_read_as_excluded(wuxi):
    text = _on(wuxi, "前年出过一次一般生产安全事故 还能报吗", "2085-04-01T10:00")
    assert "可能不符合" not in text and "较大及以上" in text


def test_a_part_whose_text_sets_its_limits_is_not_said_to_have_none(wuxi):
    text = _on(wuxi, "典型经验材料正文多少字以内", "2085-04-01T10:00")
    assert "正文不超过5000字" in text and "没有规定这部分的字数" not in text


def test_a_private_number_of_a_listed_contact_is_declined_with_the_published_one(variant):
    a = variant.answer("陈立的私人手机号和微信给我一下 座机老打不通", NOW)
    assert not a.matched and "通知公布的联系方式" in a.text and "55501234" in a.text


@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(Path(__file__).resolve().parents[2] / "shared" / "notices" / "dev-variant-2024-2025.txt"))


@pytest.mark.parametrize("question, wrong", [("正文是宋体小四吧", "不是宋体、小四号"), ("正文字号是小四吧", "不是小四号"), ("正文用宋体吧", "不是宋体"),
                                             ("正文是小四号字吧", "不是小四号")])
def test_the_bodys_font_is_checked_against_the_bodys_rule(variant, question, wrong):
    text = variant.answer(question, NOW).text
    assert text.startswith("【更正】") and wrong in text and "摘要及正文均为仿宋_GB2312三号字" in text.split("\n")[1]


@pytest.mark.parametrize("question", ["正文仿宋三号对吧", "正文用仿宋_GB2312三号字吧"])
def test_a_right_body_font_written_with_gb2312_is_not_corrected(variant, question):
    assert "更正" not in variant.answer(question, NOW).text


def test_a_bare_size_is_read_on_the_bundled_notice_too(bundled):
    assert "不是小三号" in _ask(bundled, "正文用小三吧")[0]
    assert "更正" not in _ask(bundled, "正文是宋体小四吧")[0]


@pytest.mark.parametrize("question, right", [("电话是18752071865吧", "18752017865"), ("电话是28282745吧", "28282754")])
def test_a_number_a_digit_or_two_off_a_listed_line_is_corrected(bundled, question, right):
    text, _ = _ask(bundled, question)
    assert text.startswith("【更正】") and right in text.split("\n")[1]


@pytest.mark.parametrize("question", ["电话是18752017865吧", "我手机13912345678 有问题找谁"])
def test_a_right_number_or_the_users_own_is_not_corrected(bundled, question):
    assert "更正" not in _ask(bundled, question)[0]


def _then(bot, question: str, when: str = "2024-03-02T09:00") -> str:
    return bot.answer(question, dt.datetime.fromisoformat(when).replace(tzinfo=CST)).text


@pytest.mark.parametrize("question, verdict", [
    ("昨天晚上11点半提交的 算按时吧", "昨天（2024年3月1日）23:30在截止时间"),
    ("昨晚11点半在系统上点了提交 显示成功 这算按时吧", "昨晚（2024年3月1日）23:30在截止时间"),
    ("3月1号晚上11点半提交的 算按时吧", "23:30在截止时间"),
    ("3月2号凌晨1点提交的 算按时吗", "01:00已经过了截止时间"),
    ("we submitted last night at 11:30pm, is that on time?", "March 1, 2024 23:30 is before the deadline"),
    ("We submitted on March 2, is that late?", "late"),
])
def test_a_submission_already_made_is_judged_at_its_own_moment(bundled, question, verdict):
    text = _then(bundled, question)
    assert verdict in text and "Not 11:30pm" not in text and "今天（2024年3月2日）已经过了" not in text


def test_a_moment_asked_about_in_english_is_no_claimed_deadline(bundled):
    text = _then(bundled, "Is March 1 11pm on time?", "2024-02-25T09:00")
    assert "Correction" not in text and "March 1, 2024 23:00 is before the deadline" in text


@pytest.mark.parametrize("question", ["竞争对手的对比数据我们实在拿不到 按行业经验估一个写上去 应该没人细查吧"])
def test_guessed_data_nobody_checks_is_declined(bundled, question):
    text, matched = _ask(bundled, question)
    assert not matched and "不能帮" in text


@pytest.mark.parametrize("question, first", [
    ("群里有人说通知原文是“同一单位原则上可以申报两项经验” 我们集团想报两个", "不是2项"),
    ("通知里写的是“申报信息表需加盖单位公章后提交纸质材料” 就是我们自己盖个章就完事了吧 不用别人盖", "不行"),
    ("推荐单位那个章不用盖吧", "不行"),
])
def test_hearsay_and_misquoted_rules_are_corrected(bundled, question, first):
    text, _ = _ask(bundled, question)
    assert text.startswith("【更正】") and text.split("\n")[1].startswith(first)


def test_a_corrected_layout_claim_adds_no_unstated_subject(bundled):
    text, _ = _ask(bundled, "格式那块 “总结材料应采用A4幅面横向编辑” 我没看错吧 横着排表格好放")
    assert "不是横向" in text and "通知未规定" not in text


def test_revenue_asked_as_how_much_is_said_unstated_where_there_is_none(bundled, variant):
    for bot in (bundled, variant):
        text, matched = _ask(bot, "营收要多少")
        assert not matched and "营业收入或企业规模的门槛" in text


@pytest.mark.parametrize("question, verdict", [
    ("昨晚1点提交的，算按时吗", "（2024年3月2日）01:00已经过了截止时间"),
    ("昨晚12点半提交的，算按时吧", "（2024年3月2日）00:30已经过了截止时间"),
])
def test_after_midnight_last_night_is_the_next_day(bundled, question, verdict):
    assert verdict in _then(bundled, question, "2024-03-02T10:00")


@pytest.mark.parametrize("question", ["3月20号5点半提交的，算按时吗", "昨天5点半提交的，算按时吗"])
def test_an_hour_without_am_or_pm_whose_readings_differ_gives_both(variant, question):
    text = _then(variant, question, "2025-03-21T10:00")
    assert "如果是早上05:30" in text and "如果是下午17:30，已经过了截止时间" in text


@pytest.mark.parametrize("question, words", [("下个月交来得及吗", "下个月（2025年4月1日至2025年4月30日）已经过了截止时间"),
                                             ("月底前交上去就行了吧", "月底（2025年3月21日至2025年3月31日）已经过了截止时间")])
def test_next_month_and_month_end_are_judged(variant, question, words):
    assert words in _then(variant, question, "2025-03-05T10:00")


@pytest.mark.parametrize("question", ["The cutoff is 5pm on March 1, so we are ok right?", "Last day is March 1 at 5pm, ok?"])
def test_a_wrong_english_cut_off_is_still_corrected(bundled, question):
    assert "Not 5pm" in _then(bundled, question, "2024-02-20T10:00")


@pytest.mark.parametrize("question", ["申报信息表下面要盖公章吧", "发表的论文要写在下面的证实性材料里吗", "实施效果里要有横向对比吧"])
def test_a_form_or_a_comparison_is_no_caption_nor_orientation(bundled, question):
    assert "更正" not in _ask(bundled, question)[0]


@pytest.mark.parametrize("question", ["我们是制造企业，专利要怎么写", "证书编号和专利号怎么填", "这些数据不能随便写吧，要有出处吗",
                                      "对比数据能不能估算一下，还是必须写实测值", "营收和利润这块要不要多写一些"])
def test_honest_questions_near_the_new_declines_are_answered(bundled, question):
    text, matched = _ask(bundled, question)
    assert matched and "不能帮" not in text


@pytest.mark.parametrize("question", ["我们座机28282700，区里有问题会打给我们吧", "快递单号是18752017856吧"])
def test_the_askers_own_or_other_numbers_are_not_corrected(bundled, question):
    assert "更正" not in _ask(bundled, question)[0]


def test_a_self_stamped_licence_copy_is_not_read_as_the_form(bundled):
    assert "更正" not in _ask(bundled, "营业执照复印件我们自己盖个章就行吧")[0]


@pytest.mark.parametrize("question", ["截止之前天天都能交吗", "目前天猫快递停了，还来得及吗"])
def test_qian_tian_inside_other_words_is_no_day(bundled, question):
    assert "前天（" not in _then(bundled, question, "2024-02-27T10:00")


def test_a_question_of_the_earlier_round_itself_is_still_not_held(bundled):
    assert "没有上一期的通知" in Rounds([bundled]).answer("我记得上一期营收要求是2000万，现在上一期的通知在哪看", NOW).text


def test_a_notice_seen_on_a_site_is_no_site_claim(bundled):
    assert "更正" not in _ask(bundled, "材料在gov.cn上看到的，交纸质的吧")[0]


def test_i_was_sent_is_no_submission(bundled):
    assert "on time" not in _then(bundled, "I was sent the notice on Feb 20, is it too late to apply?", "2024-02-25T10:00")


@pytest.fixture(scope="module")
def nanjing() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "nanjing-prose-units-2088.txt"))


def test_units_in_one_paragraph_on_the_headings_line_are_read(nanjing):
    units = nanjing.kb.notice.units.items
    assert len(units) == 12 and {"王立群", "蒋慧敏", "卫长青"} <= {u.person for u in units}


@pytest.mark.parametrize("question, person, wrong", [("六合大厂街道的企业 报给六合区工信局冯老师对吧", "蒋慧敏", "不是六合区"),
                                                     ("泰山街道的企业找谁", "蒋慧敏", "")])
def test_streets_a_zone_lists_in_brackets_are_the_zones(nanjing, question, person, wrong):
    text = nanjing.answer(question, NOW).text
    assert person in text and wrong in text


def test_a_paragraph_in_tiers_gives_each_tier_its_own_rules(nanjing):
    when = dt.datetime(2088, 5, 1, 10, tzinfo=CST)
    service = nanjing.answer("我们是第三方检测机构 2086年3月在南京注册的 报生产性服务业那类 注册年限符合吗", when).text
    maker = nanjing.answer("制造业企业 2086年3月注册的 能报吗", when).text
    assert "注册时间这一条符合" in service and "满2年" in service and "不符合" in maker and "满3年" in maker
    assert "生产性服务业企业：在南京市注册成立满2年" in nanjing.answer("申报条件", when).text


def test_a_paper_hand_in_window_named_after_its_date_is_the_paper_step(nanjing):
    steps = {x.label: x.when for x in nanjing.kb.notice.submission.deadlines}
    assert steps.get("纸质材料报送", "").startswith("2088-05-28")


def test_a_winner_of_a_year_before_the_listed_ones_is_not_ruled_out(nanjing):
    when = dt.datetime(2088, 5, 1, 10, tzinfo=CST)
    assert nanjing.answer("我们是2084年度评上的质量标杆 今年能再报吗", when).text.split("\n")[1].startswith("不一定影响")
    assert "可能不符合" in nanjing.answer("我们是2086年度评上的质量标杆 今年能再报吗", when).text


def test_a_headcount_the_notice_sets_is_quoted(nanjing):
    text, matched = _ask(nanjing, "服务类的 专业技术人员有人数要求吗 我们就18个人")
    assert matched and "不少于20人" in text


def test_manufacturing_clients_are_no_fabrication(nanjing):
    text, matched = _ask(nanjing, "做工业软件的 87年营收3000万 不过给制造业客户的收入大概只占一半 能报服务业类吗")
    assert matched and "不能帮" not in text and "60%" in text


def test_a_denied_relief_kind_leaves_the_general_threshold():
    bot = Answerer(load_knowledge(NOTICES / "hangzhou-materials-table-2087.txt"))
    text = bot.answer("普通制造企业 没评过专精特新 去年营收1.8亿 能报吗", NOW).text
    assert "不符合" in text and "这一条符合" not in text


def test_todays_date_said_is_no_claimed_deadline(bundled):
    text = _then(bundled, "今天２月２９号，申报还剩几天？", "2024-02-29T09:00")
    assert "更正" not in text and "1 天 15 小时" in text


@pytest.mark.parametrize("question, verdict", [("3月1号23:59分点的提交 算超时吗", "23:59还在截止时间"),
                                               ("昨天下午4点交的 算数吧", "16:00在截止时间")])
def test_a_moment_asked_with_odd_words_is_judged_not_corrected(bundled, question, verdict):
    text = _then(bundled, question, "2024-03-01T23:50")
    assert verdict in text and "更正" not in text


@pytest.mark.parametrize("question, unit", [
    ("2019年注册在杨浦 去年整体搬到宝山了（注册地也迁过去了）现在该找哪个区推荐", "宝山区经委"),
    ("工厂搬到闵行了，注册地还在徐汇，找谁", "徐汇区商务委"),
])
def test_a_move_of_the_registration_decides_the_unit(bundled, question, unit):
    text = _then(bundled, question, "2024-02-20T10:00")
    assert unit in text and text.count("推荐单位联系方式") == 1


def test_a_registration_and_a_move_without_saying_which_gives_both(bundled):
    text = _then(bundled, "注册在杨浦 去年搬到宝山了 找谁", "2024-02-20T10:00")
    assert "杨浦区商务委" in text and "宝山区经委" in text


def test_an_award_the_firm_won_is_its_story_not_the_question(bundled):
    text, matched = _ask(bundled, "我是奉贤一家食品企业的质量经理，我们21年拿过区里的质量奖。我们22年营收下滑了一点是不是就没戏了？还有遴选标准一共几条")
    assert matched and "共 3 条" in text and "不是本助手负责的内容" not in text
    assert not _ask(bundled, "质量奖怎么申报")[1]


@pytest.fixture(scope="module")
def suzhou() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "suzhou-district-deadlines-2089.txt"))


def test_a_units_own_paper_date_column_is_read_and_shown(suzhou):
    dues = {u.name: u.due for u in suzhou.kb.notice.units.items}
    assert dues["吴中区"].startswith("4月13日") and dues["虎丘区（高新区）"].endswith("16:30")
    assert "本单位收纸质材料截止：4月13日（周三）17:00" in _on(suzhou, "吴中区找谁", "2089-04-01T10:00")


@pytest.mark.parametrize("question, line", [
    ("我们在高新区 纸质的现在还来得及吗", "虎丘区（高新区）收纸质材料截止：4月18日（周一）16:30——按当前时间已经过了"),
    ("昆山的纸质材料还能交吗", "昆山市收纸质材料截止：4月25日（周一）17:00——按当前时间还有 7 天 0 小时"),
    ("纸质材料什么时候截止", "各推荐单位收纸质材料的截止时间不同"),
])
def test_a_units_own_paper_date_is_judged_by_the_clock(suzhou, question, line):
    text = _on(suzhou, question, "2089-04-18T16:45")
    assert line in text and "没有规定纸质材料的寄送截止日期" not in text


def test_a_wrong_paper_date_of_a_unit_is_corrected_with_its_own(suzhou):
    text = _on(suzhou, "昆山的纸质材料截止是4月12号吧", "2089-04-18T16:45")
    assert text.startswith("【更正】") and "昆山市收纸质材料截止：4月25日" in text.split("\n")[1]
    assert "更正" not in _on(suzhou, "昆山的纸质材料截止是4月25号吧", "2089-04-18T16:45")


def test_an_address_said_without_its_town_is_not_corrected(bundled):
    assert "更正" not in _ask(bundled, "奉贤区经委是在南亭公路1号房地大厦216室吗")[0]
    assert "不是“南亭公路2号”" in _ask(bundled, "奉贤区经委是在南亭公路2号房地大厦216室吗")[0]


def test_a_contact_named_in_pinyin_is_checked(variant):
    text = variant.answer("Policy questions go to Zhou Min at 55501234, yes?", NOW).text
    assert text.startswith("[Correction]") and "陈立" in text


def test_english_seal_printing_and_sponsorship_money(variant):
    seal = variant.answer("Our district office is slow to stamp. Can I just print their seal from a scanned image onto the form?", NOW)
    assert not seal.matched and "forging" in seal.text
    money = variant.answer("A guy called, said if we 'sponsor' their training session (8k) our file gets fast-tracked. Official?", NOW)
    assert "No fee is charged" in money.text


@pytest.mark.parametrize("question, line", [
    ("相城区的纸质材料今天下午3点送过去来得及吗", "今天（4月19日 15:00）已经过了相城区的截止，来不及"),
    ("吴中区纸质材料昨天交的，算按时吧", "昨天（4月18日）已经过了吴中区的截止"),
])
def test_a_day_asked_of_a_units_paper_copies_is_judged_by_its_own_date(suzhou, question, line):
    text = _on(suzhou, question, "2089-04-19T10:00")
    assert line in text and "还在截止之前，来得及" not in text and "按时提交，不算逾期" not in text


@pytest.mark.parametrize("question, first", [("今天4月20号了，昆山的纸质材料截止是4月25号吧", None),
                                             ("网上截止4月28号，昆山纸质截止是4月25号吧", None),
                                             ("昆山纸质4月25号截止，网上是4月30号截止吧", "不是4月30日：申报截止时间是2089年4月28日")])
def test_only_the_paper_date_is_checked_against_the_units_date(suzhou, question, first):
    text = _on(suzhou, question, "2089-04-08T10:00")
    assert (first in text.split("\n")[1]) if first else "更正" not in text


def test_a_deadline_said_as_it_now_is_still_checked(bundled):
    assert "不是3月15日" in _ask(bundled, "截止时间现在是3月15号吧")[0]


def test_a_registration_that_did_not_move_keeps_its_district(bundled):
    text = _ask(bundled, "注册在杨浦，去年搬到宝山了，注册地没有一起迁过去，找哪个区推荐")[0]
    assert "杨浦区商务委" in text and "宝山区经委" not in text


@pytest.mark.parametrize("question", ["我们去年获批了专精特新，专精特新复核材料什么时候交", "拿了高新技术企业认定以后，研发费用加计扣除怎么申请"])
def test_another_programme_asked_after_its_award_is_still_outside(bundled, question):
    assert not _ask(bundled, question)[1]


def test_streets_that_only_help_the_first_review_are_no_units():
    assert Answerer(load_knowledge(NOTICES / "guangzhou-devzone-benchmark-2071.txt")).kb.notice.units is None


def test_a_wrong_town_before_a_road_is_still_corrected(bundled):
    assert _ask(bundled, "奉贤区经委是在金汇镇南亭公路1号房地大厦216室吗")[0].startswith("【更正】")


@pytest.mark.parametrize("question", ["Can I print the form and get their stamp on it?", "Do we scan the form after its seal is applied?"])
def test_ordinary_english_seal_questions_are_answered(bundled, question):
    assert _ask(bundled, question)[1]


def test_characters_in_thousands_are_no_money(bundled):
    assert "Fees and fraud" not in _ask(bundled, "The experience material requires under 5k characters, right?")[0]


def test_a_brother_companys_award_under_our_name_is_declined(bundled):
    text, matched = _ask(bundled, "集团兄弟公司有个质量奖证书 能不能放我们名下当证实性材料用")
    assert not matched and "不能帮" in text


@pytest.fixture(scope="module")
def shenzhen() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "shenzhen-associations-email-2090.txt"))


@pytest.mark.parametrize("question, unit", [("我们做PCB的 找哪个协会", "深圳市电子行业协会"), ("做骨科植入物的企业找谁", "深圳市医疗器械行业协会"),
                                            ("我们做工业机器人 推荐找谁", "深圳市机械行业协会")])
def test_a_trade_association_is_found_by_the_products_it_takes(shenzhen, question, unit):
    text = _on(shenzhen, question, "2090-05-01T10:00")
    assert unit in text and "邮箱：zlbg@" in text


def test_an_email_only_notice_never_speaks_of_online_submission(shenzhen):
    text = _on(shenzhen, "现在还能交吗", "2090-05-27T10:00")
    assert "网上" not in text and "本期申报已经截止" in text
    steps = {x.label for x in shenzhen.kb.notice.submission.deadlines}
    assert "推荐单位报送" in steps


def test_before_close_of_office_is_the_end_of_the_stated_office_hours():
    bot = Answerer(load_knowledge(NOTICES / "hangzhou-materials-table-2087.txt"))
    assert bot.kb.notice.submission.deadline == "2087-06-30 17:30"
    text = _on(bot, "还有几个附件没传完 现在还来得及吗 急", "2087-06-30T17:05")
    assert "只剩 0 小时 25 分钟" in text and "很可能已经来不及" not in text


def test_an_association_named_like_the_programme_is_not_found_by_the_programmes_word(shenzhen):
    assert "质量行业" not in _on(shenzhen, "质量标杆是什么", "2090-05-01T10:00")
    assert "深圳市质量协会" in _on(shenzhen, "质量协会找谁", "2090-05-01T10:00")
