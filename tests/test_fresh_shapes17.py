"""Shapes and judgement from the seventeenth round of fresh material: units with two contacts shown each with their
own number, and periods a notice sets for a step ('退回之日起2个工作日内补正', '公示期7个工作日') checked when a
message asserts another count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


@pytest.fixture(scope="module")
def huzhou() -> Answerer:
    return _bot("huzhou-two-contacts-2103.txt")


@pytest.fixture(scope="module")
def luoyang() -> Answerer:
    return _bot("luoyang-timeline-table-2102.txt")


LUOYANG_NOW = dt.datetime(2102, 5, 1, 10, tzinfo=CST)


# ------------------------------------------------------------ two contacts, each with their own number
@pytest.mark.parametrize("q", ["吴兴区找谁", "吴兴区经信局电话多少", "我们在吴兴 联系人是哪位", "who do I contact in Wuxing"])
def test_two_contacts_each_with_their_number(huzhou, q):
    text = huzhou.answer(q).text
    assert "沈建明 0572-2101234" in text and "章丽萍 13905721234" in text
    assert "沈建明、章丽萍" not in text  # never two names beside two numbers the reader has to pair


def test_one_contact_keeps_its_own_lines(luoyang):
    text = luoyang.answer("涧西区找谁", LUOYANG_NOW).text
    assert "联系人：" in text and "电话：" in text and "联系人及电话" not in text


# ------------------------------------------------------------ a period the notice sets for a step
@pytest.mark.parametrize(("q", "said", "right"), [
    ("被退回补正的话是5个工作日内补正吧", "5个工作日", "2个工作日内完成补正"),
    ("听说补正给3天 是吗", "3天", "2个工作日内完成补正"),
    ("现场核查是接到通知后5个工作日内准备材料对吧 时间还挺宽裕", "5个工作日", "3个工作日内准备好"),
    ("公示期是10天吧", "10天", "公示期7个工作日"),
    ("公示期7天对吧", "7天", "公示期7个工作日"),  # the same count, but working days, not days
    ("拟认定名单公示十个工作日？", "十个工作日", "公示期7个工作日"),
])
def test_a_wrong_period_is_corrected_with_the_notices_sentence(luoyang, q, said, right):
    ans = luoyang.answer(q, LUOYANG_NOW)
    assert ans.matched
    assert ans.text.startswith(f"【更正】\n不是{said}：") and right in ans.text
    assert "申报条件" not in ans.text and "时间安排" not in ans.text  # the step's sentence, not every condition or the whole schedule


@pytest.mark.parametrize("q", ["公示期7个工作日对吧", "补正是2个工作日吗", "退回以后两个工作日内补正是吧"])
def test_a_right_period_gets_its_sentence_and_no_correction(luoyang, q):
    ans = luoyang.answer(q, LUOYANG_NOW)
    assert ans.matched and "不是" not in ans.text.split("\n")[1]
    assert "工作日" in ans.text and "时间安排" not in ans.text


@pytest.mark.parametrize("q", [
    "还有5天就截止了对吧",  # time left: a clock question, not a period of a step
    "我们公司5天后搬家 地址变了有影响吗",
    "成立满3年吧",
])
def test_other_day_counts_are_no_period_claims(luoyang, q):
    text = luoyang.answer(q, LUOYANG_NOW).text
    assert not text.startswith("【更正】\n不是5天") and not text.startswith("【更正】\n不是5个")


def test_a_second_question_beside_the_period_is_still_answered():
    bot = _bot("yangzhou-rubric-2093.txt")
    text = bot.answer("公示期是7天吧 有异议发邮件到哪", dt.datetime(2093, 5, 1, 10, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是7天：") and "5个工作日" in text
    assert "zlbgyy@yzgxj.gov.cn" in text  # the objection mailbox, asked beside the claim


# ------------------------------------------------------------ deadlines counted from the notice's own date
RELATIVE = """关于开展2109年度某市质量标杆遴选工作的通知

一、申报方式
（一）网上填报。申报企业自本通知印发之日起10个工作日内登录申报系统完成填报，系统于截止日17:30关闭，逾期不再受理。
（二）纸质材料。申报企业于网上填报截止后3个工作日内，将纸质材料报送至所在地推荐单位。
（三）推荐。各推荐单位于纸质材料报送截止后7日内完成审核推荐。

某市工业和信息化局
2109年6月3日
"""


def test_relative_deadlines_are_written_out_as_dates():
    from knowledge.ingest.relative import reckoned
    text, notes = reckoned(RELATIVE)
    # 2109-06-03 is a Monday: ten working days after it end on Monday 06-17; three more on Thursday 06-20; seven days on 06-27
    assert "10个工作日内（即2109年6月17日17:30前，按工作日推算）" in text
    assert "3个工作日内（即2109年6月20日前，按工作日推算）" in text
    assert "7日内（即2109年6月27日前，按日历日推算）" in text
    assert len(notes) == 3 and all("请核对" in n for n in notes)


def test_the_notices_own_day_counts_when_it_says_so():
    from knowledge.ingest.relative import reckoned
    text, _ = reckoned(RELATIVE.replace("完成填报，", "完成填报（印发当日起算），"))
    assert "（即2109年6月14日17:30前" in text


@pytest.mark.parametrize("text", [
    RELATIVE.replace("2109年6月3日\n", ""),  # no date signed: nothing to count from
    "一、申报\n企业应在接到通知之日起3个工作日内补正。\n\n某局\n2109年6月3日\n",  # counted from an event, not the notice
])
def test_nothing_is_reckoned_without_the_notices_date(text):
    from knowledge.ingest.relative import reckoned
    assert reckoned(text) == (text, [])


@pytest.fixture(scope="module")
def baotou() -> Answerer:
    return _bot("baotou-relative-deadline-2107.txt")


@pytest.mark.parametrize(("q", "now", "must"), [
    ("网上填报哪天截止", None, "2107年8月3日 17:00"),
    ("纸质材料最晚哪天交", None, "8月10日"),
    ("还来得及吗 还有几天", dt.datetime(2107, 7, 30, 9, tzinfo=CST), "距离截止还有 4 天"),
    ("现在还能网上报吗", dt.datetime(2107, 8, 3, 20, tzinfo=CST), "网上申报已经截止"),
    ("when is the online deadline", None, "August 3, 2107"),
])
def test_a_relative_deadline_is_answered_with_its_date(baotou, q, now, must):
    ans = baotou.answer(q, now or dt.datetime(2107, 7, 10, 10, tzinfo=CST))
    assert ans.matched and must in ans.text, ans.text


@pytest.mark.parametrize(("q", "unit"), [("白云矿区的企业找谁报", "那日苏"), ("我们是土右旗萨拉齐的企业 材料交给谁", "樊晓燕"),
                                         ("达茂旗找谁", "其木格")])
def test_a_place_shortened_as_people_do(baotou, q, unit):
    ans = baotou.answer(q, dt.datetime(2107, 7, 10, 10, tzinfo=CST))
    assert unit in ans.text and "理解为" in ans.text


# ------------------------------------------------------------ towns listed under a unit, on a line of their own
@pytest.fixture(scope="module")
def luan() -> Answerer:
    return _bot("luan-polyphone-2108.txt")


LUAN_NOW = dt.datetime(2108, 4, 10, 10, tzinfo=CST)


@pytest.mark.parametrize(("q", "unit", "person"), [
    ("河棚镇的企业找谁", "舒城县", "许丹"),
    ("我们在毛坦厂 材料交给谁", "金安区", "陶立新"),
    ("姚李镇的企业归哪里管", "叶集区", "孙雪梅"),
    ("厂子在三十铺 联系人电话多少", "金安区", "陶立新"),
])
def test_a_town_the_unit_lists_on_its_own_line(luan, q, unit, person):
    ans = luan.answer(q, LUAN_NOW)
    assert f"【{unit} · 推荐单位联系方式】" in ans.text and person in ans.text


def test_the_towns_line_is_not_part_of_the_address(luan):
    text = luan.answer("舒城县经信局地址", LUAN_NOW).text
    assert "地址：舒城县行政中心4号楼218室\n" in text and "河棚镇" not in text


@pytest.mark.parametrize("q", ["毛坦厂镇是裕安区的吧 那我直接找储文静对吗", "毛坦厂是裕安区的对吧"])
def test_a_town_put_in_the_wrong_unit_is_corrected_even_with_its_person_named(luan, q):
    text = luan.answer(q, LUAN_NOW).text
    assert text.startswith("【更正】\n不是裕安区：") and "金安区" in text and "陶立新" in text
    assert "储文静" not in text  # the wrong unit's person is never given as the one to call


# ------------------------------------------------------------ several programmes in one notice, a chapter each
@pytest.fixture(scope="module")
def zhuhai() -> Answerer:
    return _bot("zhuhai-three-programmes-2106.txt")


def _zh(bot, q, month=5, day=10, hour=16, minute=10):
    return bot.answer(q, dt.datetime(2106, month, day, hour, minute, tzinfo=CST))


def test_this_programmes_facts_come_from_its_own_chapter(zhuhai):
    text = _zh(zhuhai, "质量标杆网上填报截止时间", 4, 20).text
    assert "2106年4月30日 17:00" in text
    assert "5月21日" not in text and "5月10日" not in text and "10月29日" not in text  # the training's and the pilot's dates
    elig = _zh(zhuhai, "申报条件有哪些", 4, 20).text
    assert "注册成立满3年" in elig and "1亿元" not in elig  # not the pilot's conditions
    assert "首席质量官培训报名（详见第三章）" not in elig  # nor the list of the notice's programmes


@pytest.mark.parametrize(("q", "must", "never"), [
    ("首席质量官培训什么时候截止报名", ("5月21日17:00", "还有 11 天"), ("4月30日",)),
    ("首席质量官培训在哪里上课 要交钱吗", ("科技五路88号", "不向企业和学员收取"), ("4月30日",)),
    ("我们同时报了标杆 首席质量官能报几个人", ("最多2名",), ()),
    ("卓越绩效自评价试点今天还能报吗", ("5月10日17:00", "还有 0 小时 50 分钟"), ("已经截止", "4月30日")),
    ("试点要几个人的团队", ("不少于5人",), ()),
    ("首席质量官培训找谁咨询", ("罗文静", "0756-3338215"), ("刘明哲",)),
])
def test_another_programme_is_answered_from_its_own_chapter(zhuhai, q, must, never):
    ans = _zh(zhuhai, q)
    assert ans.matched
    assert all(m in ans.text for m in must), ans.text
    assert not any(x in ans.text for x in never), ans.text
    assert "是不同的项目" in ans.text


def test_another_programmes_deadline_after_it_closed(zhuhai):
    text = _zh(zhuhai, "卓越绩效自评价试点今天还能报吗", 5, 11).text
    assert "已经截止（截止时间：2106年5月10日 17:00）" in text


def test_the_notice_names_its_own_programme_not_the_list():
    kb = load_knowledge(NOTICES / "zhuhai-three-programmes-2106.txt")
    assert kb.notice.meta.programme == "质量标杆"


def test_a_notice_whose_chapters_are_not_programmes_keeps_them_all():
    from knowledge.ingest.chapters import own_chapters
    text = "第一章 总则\n一、目的\n正文。\n第二章 申报条件\n一、条件\n正文。\n第三章 组织实施\n一、时间\n正文。\n"
    assert own_chapters(text) == (text, [])


# ------------------------------------------------------------ new applicants and renewals in sections of their own
@pytest.fixture(scope="module")
def jinhua() -> Answerer:
    return _bot("jinhua-renewal-2105.txt")


def _jh(bot, q, month=4, day=10, hour=10):
    return bot.answer(q, dt.datetime(2105, month, day, hour, tzinfo=CST))


def test_the_new_applicants_dates_are_the_calls_own(jinhua):
    text = _jh(jinhua, "网上填报啥时候截止").text
    assert "2105年5月16日 17:00" in text and "4月18日" not in text  # not the renewal's
    assert "5月23日" in _jh(jinhua, "纸质材料什么时候交").text


@pytest.mark.parametrize(("q", "when", "must", "never"), [
    ("复评网上填报什么时候截止", (4, 10), ("4月18日17:00", "距截止"), ("5月16日",)),
    ("复评纸质的今天寄快递 能赶上吗", (4, 23), ("4月25日17:00", "寄达"), ("5月23日",)),
    ("复评今天最后一天吧 上午还能传吗", (4, 18), ("4月18日17:00",), ("已经截止",)),
    ("复评对营收有要求吗 我们这两年订单掉了不少", (4, 10), ("70%",), ()),
    ("复评的三年提升报告最多写多少字", (4, 10), ("3000字",), ("8000",)),
])
def test_a_renewal_question_is_answered_from_the_renewal_sections(jinhua, q, when, must, never):
    ans = _jh(jinhua, q, *when)
    assert ans.matched and all(m in ans.text for m in must), ans.text
    assert not any(x in ans.text for x in never), ans.text
    assert "与新申报的要求不同" in ans.text


def test_a_renewal_closed_is_said_so(jinhua):
    assert "已经截止（截止时间：2105年4月18日 17:00）" in _jh(jinhua, "复评网上现在还能填吗", 4, 20).text


def test_not_a_renewal_is_answered_as_a_new_application(jinhua):
    text = _jh(jinhua, "我们是新申报的 不是复评 今天系统能填吗", 4, 20).text
    assert "5月16日" in text and "与新申报的要求不同" not in text


def test_something_the_renewal_sections_leave_open(jinhua):
    ans = _jh(jinhua, "复评材料寄EMS还是顺丰 有指定吗")
    assert not ans.matched and "通知没有规定" in ans.text


def test_renewal_money_gets_the_fee_warning(jinhua):
    ans = _jh(jinhua, "区里有人打电话说复评要交2000块审核费 交到哪")
    assert "不向企业收取任何费用" in ans.text


# ------------------------------------------------------------ a second reading of the change (review 45)
def test_parts_of_one_call_are_no_programmes_even_when_one_names_the_benchmark():
    from knowledge.ingest.chapters import own_chapters
    text = ("关于开展2027年度某市质量标杆遴选工作的通知\n第一部分 遴选方向\n一、方向\n正文。\n第二部分 申报条件\n一、条件\n正文。\n"
            "第三部分 质量标杆遴选标准\n一、标准\n正文。\n第四部分 申报程序和时间安排\n一、时间\n正文。\n")
    assert own_chapters(text) == (text, [])


def test_an_annexs_parts_are_no_programmes():
    from knowledge.ingest.chapters import own_chapters
    text = ("关于开展质量标杆遴选、首席质量官培训报名工作的通知\n第一章 质量标杆遴选\n一、条件\n正文。\n附件2\n"
            "第一部分 首席质量官培训报名情况\n正文。\n")
    assert own_chapters(text) == (text, [])


@pytest.mark.parametrize(("insert", "never"), [
    # a supplement signed later, and a date standing alone in an annex's table: neither is the notice's own date
    ("\n\n关于上述通知的补充通知\n申报书封面改用附件4样式。\n\n某市工业和信息化局\n2109年6月20日\n", "2109年7月"),
    ("\n附件3\n企业名称\n成立日期\n2101年3月15日\n", "2101年"),
])
def test_the_signed_date_is_the_notices_own(insert, never):
    from knowledge.ingest.relative import reckoned
    text, _ = reckoned(RELATIVE + insert)
    assert "（即2109年6月17日17:30前" in text and f"（即{never}" not in text


def test_a_step_is_counted_only_from_its_own_reckoned_date():
    from knowledge.ingest.relative import reckoned
    text = RELATIVE.replace("自本通知印发之日起10个工作日内登录申报系统完成填报", "于2109年7月1日17:30前登录申报系统完成填报") \
        .replace("（三）推荐。", "（三）推荐。各推荐单位应自本通知印发之日起5个工作日内报送联系人。")
    out, _ = reckoned(text)
    assert "网上填报截止后3个工作日内，" in out  # counted from an absolute date: left as written, never from the units' step
    assert "5个工作日内（即2109年6月10日前" in out


def test_a_relative_step_in_a_sentence_with_its_own_date_or_of_the_organiser_is_left():
    from knowledge.ingest.relative import reckoned
    text = RELATIVE.replace("登录申报系统完成填报", "完成注册，并于2109年7月1日17:30前完成填报") \
        .replace("（三）推荐。", "（三）评审。市工业和信息化局自本通知印发之日起60日内组织专家评审。（四）推荐。")
    out, _ = reckoned(text)
    assert "10个工作日内（即" not in out and "60日内（即" not in out


def test_another_programmes_deadline_is_the_date_after_its_closing_word():
    from knowledge.programmes import _due_at
    m = _due_at("报名时间：2106年4月20日起接受报名，报名截止时间为2106年5月21日17:00。")
    assert m and m.group(2) == "5" and m.group(3) == "21"


def test_an_eligibility_claim_beside_a_period_claim_is_still_corrected():
    bot = _bot("changsha-quality-benchmark-2032.txt")
    text = bot.answer("注册满1年就能报吧，公示期是10天吧", dt.datetime(2032, 6, 16, 10, tzinfo=CST)).text
    assert "不是10天" in text and "不是注册满1年" in text


def test_a_period_correction_survives_a_notices_own_faq():
    bot = _bot("xian-wechat-2073.txt")
    text = bot.answer("公示期是10个工作日吧", dt.datetime(2073, 4, 10, 10, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是10个工作日：") and "7个工作日" in text


@pytest.mark.parametrize("q", ["我们公司5个工作日能把材料准备好吗", "我们准备材料要10天，来得及吗", "领导说给我们3天时间把材料弄完"])
def test_the_firms_own_durations_are_no_claims(luoyang, q):
    assert "不是" not in luoyang.answer(q, dt.datetime(2102, 4, 2, 10, tzinfo=CST)).text.split("\n")[1]


def test_each_period_of_a_message_is_checked_in_its_own_clause(baotou):
    text = baotou.answer("网上填报20个工作日、纸质材料8个工作日，对吧", dt.datetime(2107, 7, 11, 10, tzinfo=CST)).text
    assert "不是8个工作日：申报企业于网上填报截止后5个工作日内" in text
    assert "不是20" not in text  # the online period is said right, and it is no count of items


def test_a_count_of_days_is_no_day_of_the_month(baotou):
    text = baotou.answer("材料报送截止后是10日对吗", dt.datetime(2107, 7, 11, 10, tzinfo=CST)).text
    assert "8月10日（2107年8月10日）" not in text and "来不及" not in text and "已经过了截止时间" not in text


def test_this_programmes_question_naming_another_keeps_its_own_answer(zhuhai):
    text = _zh(zhuhai, "质量标杆申报书要首席质量官签字吗", 5, 15).text
    assert "由法定代表人签字" in text and "首席质量官培训报名（通知第三章）" in text  # both: this programme's fact is kept


def test_a_programme_name_with_and_in_it_is_kept_whole():
    from knowledge.ingest.meta import _programme_from_title
    assert _programme_from_title("关于开展2030年度智能制造及工业互联网质量标杆遴选工作的通知") == "智能制造及工业互联网质量标杆"


# ------------------------------------------------------------ hard sets j81–j84
@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"))


@pytest.fixture(scope="module")
def variant() -> Answerer:
    return Answerer(load_knowledge(NOTICES.parent.parent.parent / "shared" / "notices" / "dev-variant-2024-2025.txt"))


BUNDLED_NOW = dt.datetime(2024, 2, 25, 14, tzinfo=CST)
VARIANT_NOW = dt.datetime(2025, 3, 1, 10, tzinfo=CST)


@pytest.mark.parametrize(("q", "label"), [
    ("截至目前大概有多少家企业报名了", "已经报名的企业数量"),
    ("我们2021年评过一次市里的质量标杆 这次会优先考虑吗", "往年入选或申报过的企业是否优先"),
    ("集团总部能不能代下面几家子公司统一报 子公司都是独立法人", "集团能否代下属企业统一申报"),
])
def test_what_the_notice_leaves_open_in_other_words(bundled, q, label):
    ans = bundled.answer(q, BUNDLED_NOW)
    assert not ans.matched and f"通知中没有规定“{label}”" in ans.text


def test_as_of_today_is_no_deadline_question(bundled):
    text = bundled.answer("截至今天我们网上的材料都传完了 接下来还要干啥", BUNDLED_NOW).text
    assert "推荐单位盖章" in text and "武夷路" in text and "申报截止时间" not in text


def test_the_units_seal_said_on_another_document_is_corrected(bundled):
    text = bundled.answer("推荐单位的章是盖在总结材料封面上吧", BUNDLED_NOW).text
    assert text.startswith("【更正】\n不是总结材料：") and "申报信息表" in text


def test_the_firm_describing_itself_in_a_pasted_draft_is_no_other_programme(bundled):
    q = ("帮忙看看格式和字数有没有问题： 标题：某公司质量管控体系建设经验 摘要：本公司始建于1998年，是一家专业从事数控机床研发制造的"
         "国家高新技术企业…… 主要想问：标题字数有上限吗？摘要超没超？")
    text = bundled.answer(q, BUNDLED_NOW).text
    assert "不是本助手负责的内容" not in text and "40 字以内" in text and "500 字以内" in text


def test_a_pasted_part_is_no_count(bundled):
    assert "不是一部分" not in bundled.answer("摘要先贴一部分给你看 遴选重点有哪些", BUNDLED_NOW).text


def test_the_public_extension_of_a_unit(bundled):
    ans = bundled.answer("我青浦经委的 新来的 我们这边对外公布的分机是多少来着 企业说总机转不过来", BUNDLED_NOW)
    assert ans.matched and "59732890-10318" in ans.text and "通知未规定" not in ans.text


@pytest.mark.parametrize(("q", "must"), [
    ("个体户能参加不 我开小五金加工厂十来年了 质量做得挺好的", "独立法人资格"),
    ("我们公司是2023年6月在浦东新区注册的 独立法人 去年营收3个多亿 这次能报质量标杆吗", "不符合：2023年6月注册的单位"),
    ("上一轮没有注册年限要求的 我们去年4月刚在上海注册的独立法人 这次也能报吧", "不符合：2024年4月注册的单位"),
])
def test_a_firm_telling_its_own_facts_gets_the_conditions(variant, q, must):
    ans = variant.answer(q, VARIANT_NOW)
    assert ans.matched and must in ans.text
    assert "尚未注册成立" not in ans.text  # '没有注册年限要求' is no unregistered firm


def test_fabricated_figures_are_declined_even_when_no_one_would_check(variant):
    ans = variant.answer("我们没有竞争对手对比数据 你帮我编几个看起来合理的数吧 不会有人查的", VARIANT_NOW)
    assert not ans.matched and "这个忙我不能帮" in ans.text


def test_the_firms_own_phone_beside_a_hotline_asked(variant):
    ans = variant.answer("我手机是13812345678 能不能让填报咨询的老师打给我 要么你把他电话给我", VARIANT_NOW)
    assert ans.matched and "13900001111" in ans.text


def test_a_unit_asking_its_own_role(variant):
    assert "组织发动" in variant.answer("我是区商务委新来的 这次质量标杆我们作为推荐单位具体要干哪些事", VARIANT_NOW).text


def test_a_day_already_acted_on_is_this_months(variant):
    text = variant.answer("企业20号网上都交了 我们区里推荐章还没盖 现在补盖寄过去还行吗", dt.datetime(2025, 3, 22, 10, tzinfo=CST)).text
    assert "4月20日" not in text


def test_a_figure_said_after_another_parts_name_is_not_this_parts(variant):
    text = variant.answer("呃 那个我问一下啊 就是企业概况那块 是多少字来着 然后那个 嗯 推进应用那部分是一万字对吧", VARIANT_NOW).text
    assert "不是一万字：企业概况" not in text and "500 字以内" in text



@pytest.mark.parametrize("q", ["法人出国了 我代他在承诺书上签个名行吧 笔迹模仿得挺像", "承诺书能不能替法人签字", "给评审专家送点茶叶 能不能加点分",
                               "送些土特产给专家 打个招呼合适吗"])
def test_signing_for_someone_and_small_gifts_are_declined(bundled, q):
    ans = bundled.answer(q, BUNDLED_NOW)
    assert not ans.matched and "这个忙我不能帮" in ans.text


@pytest.mark.parametrize("q", ["明天刮不刮风 想去区里送材料", "龙井今年多少钱一斤"])
def test_small_talk_is_no_fee_question(bundled, q):
    ans = bundled.answer(q, BUNDLED_NOW)
    assert not ans.matched and "【收费与防诈骗提醒】" not in ans.text


def test_a_seal_column_of_yes_and_no_reads_the_rule_in_brackets():
    kb = load_knowledge(NOTICES / "nanchong-web-table-2109.txt")
    assert kb.notice.submission.form_seals == "封面加盖企业公章"


def test_a_total_said_of_the_parts_is_corrected_with_the_part_it_belongs_to(bundled):
    text = bundled.answer("总结材料总共不超过8000字对吧 摘要 企业概况 实施效果都算在里面", BUNDLED_NOW).text
    assert text.startswith("【更正】\n不是总共8000字：") and "管理方法（技术）的推进和应用情况" in text and "3000 字" in text


def test_past_twelve_at_night_is_midnight(bundled):
    text = bundled.answer("现在23:58 点提交一直转圈圈 过了12点还算不算", dt.datetime(2024, 3, 1, 23, 58, tzinfo=CST)).text
    assert "只剩 0 小时 2 分钟" in text and "今天12:00" not in text


def test_a_units_person_named_with_the_unit_is_no_hotline_claim(bundled):
    text = bundled.answer("我们把材料打包发给浦东科经委顾俊就完事了吧", BUNDLED_NOW).text
    assert "不是顾俊" not in text and "28282754" in text


# ------------------------------------------------------------ a second reading of the later change (review 46)
def test_a_day_planned_is_no_day_gone_by(bundled):
    text = bundled.answer("3号交就行了吧", dt.datetime(2024, 2, 20, 10, tzinfo=CST)).text
    assert "3月3日" in text and "2月3日" not in text


def test_an_account_registered_on_the_site_is_no_firms_registration(variant):
    assert "不满2年" not in variant.answer("我们2024年1月在申报网站注册了账号，能报吗", VARIANT_NOW).text


def test_a_firm_describing_itself_then_asking_of_another_programme_is_declined(bundled):
    ans = bundled.answer("我司是一家高新技术企业，高企复审什么时候截止", BUNDLED_NOW)
    assert not ans.matched and "不是本助手负责的内容" in ans.text


@pytest.mark.parametrize("q", ["截至目前是不是已经截了", "几号之前报了算数"])
def test_deadline_questions_keep_their_deadline(bundled, q):
    assert "2024年3月1日 24:00" in bundled.answer(q, dt.datetime(2024, 3, 5, 10, tzinfo=CST)).text


def test_small_thanks_alone_is_still_thanks(bundled):
    assert bundled.answer("挺好的", BUNDLED_NOW).text.startswith("好的！")


@pytest.mark.parametrize(("edit", "hour"), [
    (("系统于截止日17:00关闭", "逾期不再受理；系统于截止日17:00关闭"), "17:00"),  # the hour past a '；'
    (("\n包头市工业和信息化局\n", "\n包头市质量强市工作领导小组\n"), "17:00"),  # a signature of another kind
])
def test_relative_deadlines_in_other_wordings(edit, hour):
    from knowledge.ingest.relative import reckoned
    raw = (NOTICES / "baotou-relative-deadline-2107.txt").read_text(encoding="utf-8")
    assert edit[0] in raw
    text, _ = reckoned(raw.replace(*edit, 1))
    assert f"（即2107年8月3日{hour}前" in text and "（即2107年8月20日前" in text


@pytest.mark.parametrize(("title", "name"), [
    ("关于开展2107年度质量标杆、专精特新企业认定工作的通知", "质量标杆"),
    ("关于开展质量标杆及质量品牌示范企业申报工作的通知", "质量标杆"),
])
def test_a_title_listing_another_programme_names_this_one(title, name):
    from knowledge.ingest.meta import _programme_from_title
    assert _programme_from_title(title) == name


def test_a_period_claim_after_the_step_named_in_the_clause_before(luoyang):
    text = luoyang.answer("退回补正给几天，5个工作日对吧", LUOYANG_NOW).text
    assert text.startswith("【更正】\n不是5个工作日：") and "2个工作日内完成补正" in text
