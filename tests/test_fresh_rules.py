"""Rules read from a notice laid out unlike the bundled one: the programme named by a title without quotes, the
system's opening in a sentence of its own, a registration cut-off day, revenue floors per kind of firm, one of two
programmes only, and a plan for the paper copies judged against their own date. A small fictional notice of an
invented city; every name, number and address below is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))

NOTICE = """澄湖市工业和信息化局文件

澄工信〔2031〕21号

澄湖市工业和信息化局关于组织开展2031年度澄湖市制造业示例标杆企业（经验）遴选推荐工作的通知

各区工业和信息化主管部门，各有关企业：

一、申报条件

（一）申报企业应同时满足以下条件：

1. 在本市注册登记的工业企业，且于2029年6月30日前注册成立；

2. 大型企业2030年度营业收入不低于3亿元；中小企业2030年度营业收入不低于1500万元，其中专精特新“小巨人”企业2030年度营业收入不低于800万元。

（二）有下列情形之一的，不得申报：

1. 已被认定为2029年度或2030年度澄湖市制造业示例标杆的企业；

2. 2031年度已申报澄湖市示例质量奖的企业。两个项目只能择一申报。

二、申报方式

（一）网上申报。申报企业登录澄湖市示例标杆管理系统（https://bg.chenghu-demo.cn）注册并填报。网上申报时间自2031年4月8日9:00开始。网上申报将于2031年5月9日17:00截止，逾期不予受理。

（二）纸质材料。纸质材料一式两份，须于2031年5月16日前报送至所在区推荐单位。

（三）盖章要求。申报书须加盖企业公章，不得以部门章、财务专用章代替；纸质材料须加盖骑缝章。所有印章均须为实物印章，不接受电子印章。

三、联系方式

政策咨询：市工业和信息化局质量处  吕青  0512-55501001

澄湖市工业和信息化局

2031年3月20日
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("fresh") / "chenghu-2031.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return Answerer(load_knowledge(path))


def _ask(bot: Answerer, q: str, now: dt.datetime = dt.datetime(2031, 4, 20, 10, 0, tzinfo=TZ)):
    return bot.answer(q, now)


def test_the_programme_is_named_from_a_title_without_quotes() -> None:
    meta = ingest(NOTICE, _shared()[1]).data["meta"]
    assert meta["programme"] == "制造业示例标杆企业" and meta["programme_full"] == "澄湖市“制造业示例标杆企业”"


def test_the_opening_written_in_a_sentence_of_its_own_is_read_and_answered(bot) -> None:
    assert bot.kb.notice.submission.opens == "2031-04-08 09:00"
    for q in ("系统啥时候开放", "什么时候开始申报", "网上申报哪天开始"):
        text = _ask(bot, q).text
        assert "4月8日" in text and "没有规定" not in text, (q, text)
    before = _ask(bot, "现在能在系统上填报了吗", dt.datetime(2031, 4, 2, 10, 0, tzinfo=TZ)).text
    assert "尚未开放" in before and "4月8日" in before


@pytest.mark.parametrize("q, verdict", [
    ("公司是2030年1月注册成立的，能申报吗", "不符合"),
    ("我们2028年注册的，能报吗", "符合"),
    ("2029年6月成立的能报吗", "符合"),
])
def test_a_registration_month_is_checked_against_the_cut_off_day(bot, q, verdict) -> None:
    text = _ask(bot, q).text
    assert "对照申报条件" in text and f"{verdict}：" in text and "2029年6月30日" in text, text


def test_a_revenue_figure_is_checked_for_the_kind_of_firm_named_and_is_no_payment(bot) -> None:
    text = _ask(bot, "我们是专精特新小巨人，去年营收900万，营收这条够不够").text
    assert "营业收入这一条符合" in text and "收费" not in text and "防诈骗" not in text, text
    assert "要看企业属于哪一类" in _ask(bot, "去年营收900万，够不够").text


@pytest.mark.parametrize("q", ["示例质量奖我们也想报，两个能一起报吗", "我们同时报示例质量奖和这个，可以吗"])
def test_applying_to_the_other_programme_too_is_answered_with_its_rule(bot, q) -> None:
    text = _ask(bot, q).text
    assert "只能择一申报" in text and "不是2项" not in text, text


def test_a_programme_already_won_is_an_exclusion(bot) -> None:
    text = _ask(bot, "我们2030年度已经被认定过示例标杆了，今年还能再报吗").text
    assert "不得申报" in text and "已被认定为2029年度或2030年度" in text, text


@pytest.mark.parametrize("q, ok", [("纸质的打算5月14号送到区里，来得及吧", True), ("纸质材料准备5月20号寄过去，行吗", False)])
def test_a_plan_for_the_paper_copies_is_judged_against_their_own_date(bot, q, ok) -> None:
    text = _ask(bot, q, dt.datetime(2031, 5, 6, 10, 0, tzinfo=TZ)).text
    assert ("纸质材料：" in text) and (("来得及" in text and "来不及" not in text) if ok else "来不及" in text), text


def test_after_the_online_deadline_a_paper_plan_is_judged_for_those_who_submitted_online(bot) -> None:
    text = _ask(bot, "纸质的打算5月14号送到区里，来得及吧", dt.datetime(2031, 5, 12, 10, 0, tzinfo=TZ)).text
    assert "仅适用于已按时网上提交的单位" in text and "来得及" in text and "已经截止" in text, text



def test_an_award_the_notice_names_in_passing_asked_about_on_its_own_is_another_programme(bot) -> None:
    ans = _ask(bot, "澄湖市示例质量奖今年啥时候申报")
    assert not ans.matched and "5月9日" not in ans.text, ans.text
    assert "只能择一申报" in _ask(bot, "示例质量奖和这个能同时报吗").text


@pytest.mark.parametrize("q", ["纸质材料能快递寄到区里吗？还是必须派人送过去", "纸质的可以邮寄吗"])
def test_whether_paper_copies_may_be_posted_is_unstated_when_the_notice_only_says_where(bot, q) -> None:
    ans = _ask(bot, q)
    assert not ans.matched and "没有规定" in ans.text and "所在区推荐单位" in ans.text, ans.text


def test_a_gift_to_raise_the_chances_is_refused(bot) -> None:
    ans = _ask(bot, "评审专家都是谁？想提前联系下送点土特产，能提高通过率不")
    assert not ans.matched and "不能帮" in ans.text and "送礼" in ans.text, ans.text


def test_a_seal_question_gets_the_notices_sentence_on_that_seal(bot) -> None:
    text = _ask(bot, "申报书能先盖财务章吗").text
    assert "不得以部门章、财务专用章代替" in text, text


def test_a_listed_item_that_is_a_title_alone_keeps_it_as_its_text(tmp_path) -> None:
    focus = "一、遴选方向\n\n重点遴选以下方向：\n\n1. 质量管理数字化。运用数据开展质量追溯。\n\n2. 其他创新质量管理实践。\n\n二、申报条件\n\n"
    path = tmp_path / "chenghu-2031.txt"
    path.write_text(NOTICE.replace("一、申报条件\n\n", focus, 1), encoding="utf-8")
    items = load_knowledge(path).notice.focuses.items
    assert [(i.title, i.text) for i in items][-1] == ("", "其他创新质量管理实践")


def test_open_and_close_said_as_times_of_the_platform_and_a_timeline_table_read_twice(tmp_path) -> None:
    online = ("（一）网上申报。申报企业登录澄湖市示例标杆管理系统（https://bg.chenghu-demo.cn）在线填报。平台开放时间为2031年4月8日9:00，"
              "关闭时间为2031年5月9日17:00，关闭后无法提交。\n\n（二）纸质材料。纸质材料一式两份，须于2031年5月16日前报送至所在区推荐单位。"
              "\n\n（三）时间安排\n\n环节 | 时间 | 责任主体\n网上填报 | 2031年4月8日9:00至5月9日17:00 | 申报企业\n"
              "报送纸质材料 | 2031年5月16日前 | 申报企业\n审核推荐 | 2031年5月26日前 | 各区推荐单位\n")
    start = NOTICE.index("（一）网上申报")
    path = tmp_path / "chenghu-2031.txt"
    path.write_text(NOTICE[:start] + online + NOTICE[NOTICE.index("\n\n（三）盖章要求"):], encoding="utf-8")
    sub = load_knowledge(path).notice.submission
    assert (sub.deadline, sub.opens) == ("2031-05-09 17:00", "2031-04-08 09:00")
    assert [(x.label, x.when) for x in sub.deadlines] == [("纸质材料报送", "2031-05-16"), ("推荐单位报送", "2031-05-26")]


def test_revenue_written_with_w_and_a_seal_carved_after_the_real_one(bot) -> None:
    assert "不符合：营业收入低于通知要求" in _ask(bot, "小巨人企业，去年营收700w 能报吗").text
    ans = _ask(bot, "公章在老板那拿不到，我能不能找人照着刻一个先盖上，反正是我们自己公司的章")
    assert not ans.matched and "不能帮" in ans.text, ans.text


def test_after_the_online_deadline_the_round_is_not_called_closed_while_paper_copies_are_due(bot) -> None:
    text = _ask(bot, "网上还能交吗？纸质的呢", dt.datetime(2031, 5, 12, 10, 0, tzinfo=TZ)).text
    assert "网上申报已经截止" in text and "已按时网上提交的单位" in text and "本期申报已经截止" not in text, text
    after = _ask(bot, "还能交吗", dt.datetime(2031, 5, 20, 10, 0, tzinfo=TZ)).text
    assert "本期申报已经截止" in after, after


def test_the_sentence_on_the_seal_or_the_postmark_asked_about_is_quoted(bot, tmp_path) -> None:
    assert "不接受电子印章" in _ask(bot, "公章在总部，申报书上盖电子章可以吗").text
    path = tmp_path / "chenghu-2031.txt"
    path.write_text(NOTICE.replace("报送至所在区推荐单位。", "报送至所在区推荐单位；采用邮寄方式的，以寄达时间为准，不以邮戳日期为准。", 1),
                    encoding="utf-8")
    text = Answerer(load_knowledge(path)).answer("我们顺丰寄出去，邮戳为准对吧", dt.datetime(2031, 5, 6, 10, 0, tzinfo=TZ)).text
    assert "以寄达时间为准" in text, text


def test_system_trouble_beside_an_unstated_extension_still_gets_the_submission_facts(bot) -> None:
    ans = _ask(bot, "急！网站一直转圈提交不上去，怎么办，能延期吗", dt.datetime(2031, 5, 9, 16, 50, tzinfo=TZ))
    assert ans.matched and "逾期不予受理" in ans.text and "5月9日" in ans.text, ans.text  # what the notice says of lateness


def test_a_platform_that_closes_at_an_hour_is_the_deadline_and_a_units_mobile_is_a_phone(tmp_path) -> None:
    online = ("（一）网上申报。申报企业登录澄湖市示例标杆管理系统（https://bg.chenghu-demo.cn）注册账号并在线填报。"
              "平台于2031年4月8日9:00开放，2031年5月9日17:00关闭，逾期平台不再受理。\n\n")
    start, end = NOTICE.index("（一）网上申报"), NOTICE.index("（二）纸质材料")
    units = ("\n\n（四）各推荐单位联系人：\n\n新城区工业和信息化局 林川 0512-55503101，手机13800001111\n"
             "碑湖区工业和信息化局 韩冬梅 0512-55503102\n石门县工业和信息化局 贺子昂 0512-55503103\n")
    text = NOTICE[:start] + online + NOTICE[end:].replace("\n\n三、联系方式", units + "\n\n三、联系方式", 1)
    path = tmp_path / "chenghu-2031.txt"
    path.write_text(text, encoding="utf-8")
    bot = Answerer(load_knowledge(path))
    assert (bot.kb.notice.submission.deadline, bot.kb.notice.submission.opens) == ("2031-05-09 17:00", "2031-04-08 09:00")
    assert [(u.phone, u.address) for u in bot.kb.notice.units.items][0] == ("0512-55503101、13800001111", "")


def test_tonight_at_twelve_is_midnight_not_noon(bot) -> None:
    text = _ask(bot, "今天最后一天吧，我晚上12点前提交应该还行吧？", dt.datetime(2031, 5, 9, 20, 30, tzinfo=TZ)).text
    assert "来不及" in text and "来得及，" not in text, text


def test_sha_is_read_as_shenme_and_a_part_written_for_us_is_refused(bot) -> None:
    assert "盖章要求" in _ask(bot, "要盖啥章").text
    ans = _ask(bot, "帮我写个3000字的实施成效吧，我们做机械的")
    assert not ans.matched and "不代写" in ans.text, ans.text


def test_a_part_titled_its_own_way_is_found_by_the_usual_words_for_its_kind(tmp_path) -> None:
    parts = ("\n\n三、申报材料\n\n（一）典型经验主要做法，不超过5000字。\n\n（二）经验摘要，不超过600字。\n\n"
             "（三）实施成效，不超过3000字。\n\n四、联系方式")
    path = tmp_path / "chenghu-2031.txt"
    path.write_text(NOTICE.replace("\n\n三、联系方式", parts, 1), encoding="utf-8")
    text = Answerer(load_knowledge(path)).answer("主要做法跟经验摘要分别限多少字", dt.datetime(2031, 4, 20, tzinfo=TZ)).text
    assert "5000" in text and "600" in text, text
