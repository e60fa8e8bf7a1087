"""Shapes of the twenty-eighth round: a timeline of stages with their times ('（三）专家评审（4月下旬）', '评审与发布。2169年7月至
8月，…', dates in Chinese numerals), read against the clock; the firms' paper copies beside the units' own copies; a unit that
keeps working-day hours asked about a weekend; an hour asked about that is no claim of the deadline."""

from __future__ import annotations

import pytest
from test_fresh_shapes25 import _at, _from

from knowledge.answer import Answerer
from knowledge.schedule import arabic, stages, status

_FERRY = """渡口市工业和信息化局关于开展2181年渡口市质量标杆企业遴选工作的通知
渡工信质〔2181〕12号

各县（区）工业和信息化局，各有关企业：

一、申报条件

（一）在渡口市依法注册登记，具有独立法人资格；
（二）近三年未发生重大质量、安全事故。

二、申报材料

（一）申报书按附件1编写，纸质材料一式四份，A4纸双面打印，胶装成册。
（二）证实性材料扫描为PDF格式上传。

三、工作安排

本次遴选分企业申报、县区推荐、专家评审、结果公示、发布命名五个阶段进行。

（一）企业申报（2181年3月3日—3月28日）
企业登录“渡口市工业企业服务平台”（qyfw.dukou.example.cn）在线填报，同时将纸质材料报送注册地所在县（区）工业和信息化局。系统于3月28日17:00关闭，逾期不予受理。

（二）县区推荐（4月1日—4月11日）
各县（区）工业和信息化局审核推荐，并将《推荐汇总表》（附件2）纸质版一式两份报送市工业和信息化局质量科。

（三）专家评审（四月下旬）
市工业和信息化局组织专家开展材料评审，必要时进行现场答辩，具体时间另行通知。

（四）结果公示（5月）
拟命名名单在市工业和信息化局门户网站公示，公示期为5个工作日。

（五）发布命名（6月）
公示无异议的，由市工业和信息化局发文命名。

四、联系方式

政策咨询：市工业和信息化局质量科 郑海波 0817-2261350。

附件2

各县（区）推荐单位联系方式

序号｜推荐单位｜联系人｜电话｜办公时间
1｜东渡区工业和信息化局｜何静｜0817-2310451｜工作日8:30-12:00，14:30-17:30
2｜西岭县工业和信息化局｜罗文｜0817-5520316｜工作日9:00-17:00
3｜南滩区工业和信息化局｜邱明｜0817-2698025｜周一至周六9:00-17:00
4｜北塘县工业和信息化局｜严芳｜0817-6631472｜
"""


@pytest.fixture(scope="module")
def ferry(tmp_path_factory) -> Answerer:
    return _from(_FERRY, "dukou-2181.txt", str(tmp_path_factory.mktemp("ferry")))


# ------------------------------------------------------------ the timeline
def test_the_timeline_reads_each_stage_with_its_time_as_written(ferry):
    st = stages(ferry.kb.notice)
    assert [s.name for s in st] == ["企业申报", "县区推荐", "专家评审", "结果公示", "发布命名"]
    assert st[0].written == "2181年3月3日—3月28日" and st[2].written == "4月下旬"  # (四月下旬, read in digits)
    assert (st[2].start.day, st[2].end.day, st[3].start.month, st[3].end.day) == (21, 30, 5, 31)
    assert st[1].clause == "三（二）"


def test_where_the_round_stands_is_said_by_the_clock(ferry):
    text = ferry.answer("我们材料上个月交到县里了，现在到哪一步了", _at("2181-04-08T10:00")).text
    assert "正在进行：县区推荐" in text and "接下来：专家评审（4月下旬）" in text
    assert "企业申报：2181年3月3日—3月28日（已结束）" in text
    later = ferry.answer("现在是什么阶段", _at("2181-05-10T10:00")).text
    assert "正在进行：结果公示" in later


@pytest.mark.parametrize("q, stage, when", [("什么时候正式发文命名", "发布命名", "6月"), ("专家评审在几月", "专家评审", "4月下旬")])
def test_a_stage_named_gets_its_own_time_and_sentence(ferry, q, stage, when):
    a = ferry.answer(q, _at("2181-04-08T10:00"))
    assert a.matched and f"“{stage}”：{when}" in a.text and "通知原文" in a.text


def test_when_the_results_are_published_quotes_that_stage(ferry):
    a = ferry.answer("结果啥时候公示", _at("2181-04-08T10:00"))
    assert a.matched and "结果公示（5月）" in a.text


def test_how_many_stages_lists_them(ferry):
    text = ferry.answer("整个遴选分哪几个阶段", _at("2181-03-10T10:00")).text
    assert all(x in text for x in ("企业申报", "县区推荐", "专家评审", "结果公示", "发布命名"))


def test_a_notice_without_a_timeline_says_the_stages_are_not_stated():
    from knowledge.model import load_knowledge

    a = Answerer(load_knowledge(None))  # the Shanghai notice gives the application's date only
    got = a.answer("结果啥时候出来？", _at("2024-02-20T10:00"))
    assert not got.matched and "没有" in got.text
    assert "5月" not in got.text


def test_status_is_claimed_only_as_far_as_the_times_go():
    import datetime as dt

    from knowledge.schedule import Stage
    st = (Stage("企业申报", "", dt.date(2181, 3, 1), dt.date(2181, 3, 28), "一", ""),
          Stage("推荐审核", "4月10日前", None, dt.date(2181, 4, 10), "二", ""),
          Stage("评审", "", None, None, "三", ""))
    assert status(st, dt.date(2181, 3, 10)) == ["now", "", ""]  # a last day alone does not say when a stage begins
    assert status(st, dt.date(2181, 4, 2)) == ["done", "", ""]
    assert status(st, dt.date(2181, 4, 11)) == ["done", "done", ""]


def test_dates_in_chinese_numerals_are_read_in_digits():
    assert arabic("于五月中旬至六月上旬组织评审") == "于5月中旬至6月上旬组织评审"
    assert arabic("二〇九一年十二月三十一日") == "2091年12月31日"
    assert arabic("公示期为五个工作日，第一批") == "公示期为五个工作日，第一批"


# ------------------------------------------------------------ copies, hours and hours asked about
def test_the_firms_paper_copies_are_not_the_units_own(ferry):
    text = ferry.answer("纸质版交几份", _at("2181-03-10T10:00")).text
    assert "一式四份" in text and "一式两份" not in text


def test_a_unit_open_on_working_days_is_said_closed_on_a_weekend(ferry):
    text = ferry.answer("东渡区周六能去交材料吗", _at("2181-03-10T10:00")).text
    assert "工作日8:30-12:00，14:30-17:30" in text and "周六不在其中" in text
    assert "周六不在其中" not in ferry.answer("东渡区找谁", _at("2181-03-10T10:00")).text
    assert "不在其中" not in ferry.answer("南滩区周六能去交材料吗", _at("2181-03-10T10:00")).text  # open on Saturdays


def test_a_weekend_follow_up_after_a_units_card_asks_of_that_unit(ferry):
    card = ferry.answer("西岭县找谁", _at("2181-03-10T10:00"))
    text = ferry.answer("那周末能去送材料吗", _at("2181-03-10T10:00"), context=card.turn).text
    assert "西岭县工业和信息化局的办公时间为工作日9:00-17:00，周末不在其中" in text


@pytest.mark.parametrize("q", ["5点半还来得及吗", "晚上11点半还赶得上吗", "下午四点还来得及不"])
def test_an_hour_asked_about_is_no_claim_of_the_deadline(ferry, q):
    text = ferry.answer(q, _at("2181-03-28T15:00")).text
    assert "【更正】" not in text and "不是" not in text.split("\n")[1]


@pytest.mark.parametrize("q", ["截止是5点半吧", "5点半截止对吧"])
def test_an_hour_said_of_the_deadline_is_still_corrected(ferry, q):
    text = ferry.answer(q, _at("2181-03-28T15:00")).text
    assert "不是5点半" in text



def test_a_date_without_a_year_takes_the_rounds_year_when_the_notice_is_undated(ferry):
    sub = ferry.kb.notice.submission
    assert sub.deadline == "2181-03-28 17:00"  # the closing hour of the same day, written in the stage's sentence
    assert all(x.when.startswith("2181") for x in sub.deadlines)


def test_the_results_are_answered_from_the_timelines_stage(ferry):
    a = ferry.answer("评审结果什么时候出", _at("2181-04-08T10:00"))
    assert a.matched and "结果公示（5月）" in a.text


_AGAIN = """溪山市工业和信息化局关于补充开展2182年度质量标杆企业申报工作的通知
溪工信字〔2182〕9号

各县（区）工业和信息化局：

一、补充申报范围

青石县、白沙县企业可补充申报，其他县（区）企业不参加本次补充申报。

二、调整事项

（一）申报时间。补充申报系统于2182年6月10日9:00开放，2182年6月24日17:00关闭。
（二）纸质材料调整。原通知要求企业报送纸质申报材料一式三份；本次补充申报不再要求报送纸质材料，企业只需通过申报系统在线提交电子材料。企业应自行留存加盖公章的纸质原件备查。
（三）本次补充申报不受理邮寄、电子邮件、现场送达等任何系统外渠道提交的材料。

三、联系方式

咨询电话：市工业和信息化局质量科 冯洁 0791-6631742。
"""


@pytest.fixture(scope="module")
def again(tmp_path_factory) -> Answerer:
    return _from(_AGAIN, "xishan-2182.txt", str(tmp_path_factory.mktemp("again")))


def test_paper_kept_for_inspection_and_the_earlier_calls_copies_are_no_paper_asked(again):
    assert again.kb.notice.submission.no_paper
    text = again.answer("纸质版一式三份寄到哪", _at("2182-06-12T10:00")).text
    assert "不再要求报送纸质材料" in text and "三份" not in text.replace("一式三份寄到哪", "")


def test_a_rule_against_e_mail_is_what_the_notice_says_of_e_mail(again):
    a = again.answer("材料可以直接发邮箱吗", _at("2182-06-12T10:00"))
    assert a.matched and "不受理邮寄、电子邮件" in a.text and "没有规定" not in a.text


_POST = """速看｜2183年青镇市质量标杆遴选启动！👇

青镇工信 2183-03-01 09:00 发表于江西

点击蓝字 关注我们

📌 一、申报对象
✅ 在青镇市注册的工业企业

📌 二、申报时间
🕘 3月1日至3月31日

扫描下方二维码加入答疑群

—— 以下为通知原文 ——

青镇市工业和信息化局
关于开展2183年度青镇市质量标杆企业遴选工作的通知

青工信质〔2183〕9号

各县（市、区）工业和信息化局，各有关企业：

一、申报条件

（一）在青镇市依法注册登记，具有独立法人资格；
（二）近三年未发生重大质量、安全事故。

二、时间安排

（一）三月一日至三月三十一日，企业网上申报；
（二）四月一日至四月十日，县（市、区）初审推荐；
（三）四月中下旬，专家评审；
（四）五月底前（即2183年5月31日前），发文认定。

三、申报方式

企业登录青镇市工业企业服务平台（qyfw.qingzhen.example.cn）在线填报，系统于3月31日17:30关闭。纸质材料一式两份报送注册地所在县（市、区）推荐单位。

四、联系方式

（一）政策咨询：市工信局质量科，联系人：程东，电话：0798-8236417。
（二）系统技术支持：市中小企业服务中心，联系人：周岚，电话：0798-8512093。
（三）咨询时间：工作日上午9:00—12:00，下午14:30—17:00。

青镇市工业和信息化局
2183年2月27日

附件

各县（市、区）推荐单位联系方式

1．珠溪区工业和信息化局，联系人：胡立新，电话：0798-8225613
2．昌河区工业和信息化局，联系人：余海燕，电话：0798-8401527
3．浮山县工业和信息化局，联系人：汪志坚，电话：0798-2683540
4．青镇高新技术产业开发区经济发展局，联系人：吴俊，电话：0798-8330746

来源：青镇市工业和信息化局 | 编辑：马丹

点赞 在看
"""


@pytest.fixture(scope="module")
def post(tmp_path_factory) -> Answerer:
    return _from(_POST, "qingzhen-2183.txt", str(tmp_path_factory.mktemp("post")))


def test_a_notice_reposted_in_an_article_is_read_from_its_own_title(post):
    meta = post.kb.notice.meta
    assert meta.doc_number == "青工信质〔2183〕9号" and "关于开展2183年度青镇市质量标杆企业遴选工作的通知" in meta.title
    assert post.kb.notice.submission.deadline == "2183-03-31 17:30"
    assert [s.name for s in stages(post.kb.notice)][:2] == ["企业网上申报", "县（市、区）初审推荐"]


def test_a_zone_named_after_a_city_ending_in_town_is_the_zone(post):
    text = post.answer("高新区找谁", _at("2183-03-10T10:00")).text
    assert "吴俊" in text and "0798-8330746" in text


def test_hours_written_over_all_contacts_answer_each(post):
    a = post.answer("政策方面的咨询电话几点能打", _at("2183-03-10T10:00"))
    assert a.matched and "9:00—12:00" in a.text and "没有规定" not in a.text


def test_the_stage_of_a_date_first_timeline_is_named_by_the_clock(post):
    text = post.answer("现在进行到什么环节了", _at("2183-04-20T10:00")).text
    assert "“专家评审”" in text or "正在进行：专家评审" in text


_BATCHES = """桐江市工业和信息化局关于开展2184年桐江市质量标杆遴选工作的通知
桐工信质〔2184〕3号

一、申报条件

在桐江市注册的工业企业。

二、申报方式

企业登录桐江市工业企业服务平台（qyfw.tongjiang.example.cn）在线申报。本次遴选不接受电子邮件、传真方式报送申报材料。

三、时间安排

（一）第一批

1．企业申报：2184年3月12日至4月20日17:00，逾期系统关闭。

2．县（市、区）初审推荐：4月23日至5月4日。

3．市级评审：5月21日至6月1日。

（二）第二批

1．企业申报：2184年6月4日至8月17日17:00。

2．县（市、区）初审推荐：8月20日至8月31日。

3．市级评审：9月17日至9月28日。

四、联系方式

（一）政策咨询：市工信局质量科 林峰 0571-6421735。
（二）监督举报：市纪委监委驻市工信局纪检监察组，举报电话：0571-6421110，举报邮箱：tjjb@example.cn。

附件

各县（市、区）推荐单位联系方式

【桐城区】（原桐江县）桐城区工业和信息化局
联系人：方敏 电话：0571-6518203

【江北区】江北区工业和信息化局
联系人：许杰 电话：0571-6530417

【富川县】富川县工业和信息化局
联系人：孔亮 电话：0571-6547781
"""


@pytest.fixture(scope="module")
def batches(tmp_path_factory) -> Answerer:
    return _from(_BATCHES, "tongjiang-2184.txt", str(tmp_path_factory.mktemp("batches")))


def test_a_timeline_in_batches_names_each_stage_with_its_batch(batches):
    names = [s.name for s in stages(batches.kb.notice)]
    assert names[:2] == ["第一批 企业申报", "第一批 县（市、区）初审推荐"] and names[-1] == "第二批 市级评审"
    text = batches.answer("现在流程走到哪一步了", _at("2184-04-25T11:00")).text
    assert "正在进行：第一批 县（市、区）初审推荐" in text and "接下来：第一批 市级评审（5月21日至6月1日）" in text
    second = batches.answer("第二批什么时候评审", _at("2184-04-25T11:00")).text
    assert "“第二批 市级评审”：9月17日至9月28日" in second and "“第一批" not in second


def test_units_headed_by_their_place_in_brackets_are_read(batches):
    text = batches.answer("富川找谁", _at("2184-03-20T10:00")).text
    assert "孔亮" in text and "0571-6547781" in text
    assert "方敏" in batches.answer("桐江县的企业找谁", _at("2184-03-20T10:00")).text  # its former name, in brackets


def test_a_ban_on_e_mail_answers_whether_to_send_by_e_mail(batches):
    text = batches.answer("材料发邮箱行不行 省得跑一趟", _at("2184-03-20T10:00")).text
    assert "不可以。通知写明：“本次遴选不接受电子邮件、传真方式报送申报材料。”" in text and "tjjb@example.cn" not in text
    assert "0571-6421110" in batches.answer("有中介收费包过，我要举报，打哪个电话", _at("2184-03-20T10:00")).text


# ------------------------------------------------------------ follow-ups
@pytest.fixture(scope="module")
def bundled() -> Answerer:
    from knowledge.model import load_knowledge

    return Answerer(load_knowledge(None))


def _then(bot: Answerer, first: str, second: str, now: str = "2024-02-20T10:00") -> str:
    turn = bot.answer(first, _at(now)).turn
    return bot.answer(second, _at(now), context=turn).text


def test_an_extension_asked_after_a_units_card_is_that_units(bundled):
    text = _then(bundled, "普陀找谁", "分机号多少")
    assert "52564588-7052" in text and "截止" not in text


@pytest.mark.parametrize("first, second, item", [("遴选重点是啥", "第3个", "一（三）"), ("申报条件有哪些", "第二个展开说说", "二（一）2")])
def test_an_ordinal_with_a_measure_word_picks_that_item(bundled, first, second, item):
    text = _then(bundled, first, second)
    assert item in text and "以上是与您问题最相关的条目" in text


def test_an_ordinal_past_the_end_of_a_list_says_how_many_there_are(bundled):
    assert "通知列出的遴选标准共3条，没有第五个。" in _then(bundled, "遴选标准有哪些", "第五个")


def test_another_kind_of_firm_after_an_eligibility_question_gets_a_verdict(bundled):
    text = _then(bundled, "个体户能报吗", "那如果是分公司呢")
    assert text.startswith("【对照申报条件】\n不符合")


def test_an_address_said_after_a_units_card_is_checked_against_that_unit():
    from pathlib import Path

    from knowledge.model import load_knowledge
    bot = Answerer(load_knowledge(Path(__file__).resolve().parent / "notices" / "liuzhou-grouped-units-2161.txt"))
    text = _then(bot, "鹿寨县找谁", "地址是柳城县大埔镇建设路21号吗", "2161-05-20T10:00")
    assert text.startswith("【鹿寨县") and "通知没有写鹿寨县工业和信息化局的地址" in text


_AMENDED = """渠江市经济和信息化局关于开展2185年度渠江市质量标杆企业遴选工作的通知
渠经信〔2185〕41号

一、申报条件

在渠江市注册的工业企业。

二、申报材料

纸质材料一式三份，A4纸双面打印，报送注册地所在的推荐单位。

三、时间安排

（一）网上申报。申报企业于2185年4月20日9:00至2185年5月20日17:00登录渠江市企业服务云平台（https://qyfw.qujiang.example.cn）在线填报。
（二）纸质材料报送推荐单位。2185年5月29日17:00前。

四、联系方式

政策咨询：市经信局质量科 王海 0818-2371234。

渠江市经济和信息化局
2185年4月8日

————————————————————

关于2185年度渠江市质量标杆企业遴选工作的补充说明

各有关企业：

《通知》（渠经信〔2185〕41号）印发后，经研究，现补充说明如下：

一、调整纸质材料份数。《通知》"纸质材料一式三份"调整为"纸质材料一式两份"。

二、延长网上申报截止时间。网上申报截止时间由2185年5月20日17:00延长至2185年5月25日17:00。

本补充说明与《通知》不一致的，以本补充说明为准。

渠江市经济和信息化局
2185年4月15日
"""


@pytest.fixture(scope="module")
def amended(tmp_path_factory) -> Answerer:
    return _from(_AMENDED, "qujiang-2185.txt", str(tmp_path_factory.mktemp("amended")))


def test_a_supplementary_statement_moves_the_deadline_and_the_copies(amended):
    sub = amended.kb.notice.submission
    assert sub.deadline == "2185-05-25 17:00" and sub.form_copies == "一式两份"
    assert "尚未截止" in amended.answer("5.20不是已经截止了吗 现在还能报不", _at("2185-05-22T10:00")).text
    assert "不是三份" in amended.answer("纸质是一式三份吧", _at("2185-05-12T10:00")).text
    assert amended.kb.notice.supplement.doc_number == ""  # the notice's number, quoted in its lead, is not its own
    assert "一式两份" in amended.answer("补充说明改了啥", _at("2185-05-12T10:00")).text


_TABLED = """澧阳市工业和信息化局关于开展2186年度澧阳市质量标杆遴选工作的通知
澧工信质〔2186〕19号

一、申报条件

在澧阳市注册的工业企业。

二、时间安排

遴选工作按下表安排推进：

序号｜工作环节｜时间节点｜责任单位｜工作要求
1｜企业在线申报｜2186年4月8日9:00至5月16日17:00｜申报企业｜在平台完成填报并提交
2｜初审推荐｜2186年5月19日至5月30日｜各推荐单位｜完成初审并提交推荐意见
3｜专家评审｜2186年6月上旬至6月中旬｜市工业和信息化局｜必要时组织现场答辩
4｜现场核查｜另行通知｜市工业和信息化局｜推荐单位派员陪同
5｜发文认定｜公示期满后10个工作日内｜市工业和信息化局｜公示无异议后发文

三、联系方式

政策咨询：市工业和信息化局质量科 刘岚 0736-7251836。
"""


def test_a_timeline_table_is_read_row_by_row(tmp_path):
    bot = _from(_TABLED, "liyang-2186.txt", str(tmp_path))
    st = stages(bot.kb.notice)
    assert [s.name for s in st] == ["企业在线申报", "初审推荐", "专家评审", "现场核查", "发文认定"]
    assert st[3].written == "另行通知" and "公示期满后10个工作日内" in st[4].text
    text = bot.answer("现在到哪一步了", _at("2186-05-20T10:00")).text
    assert "正在进行：初审推荐" in text and "接下来：专家评审（2186年6月上旬至6月中旬）" in text
    assert "“现场核查”：另行通知" in bot.answer("现场核查是哪天", _at("2186-05-20T10:00")).text


def test_where_the_round_stands_is_not_ones_own_checklist(ferry):
    from assistant.view import ChecklistView, TalkKind

    view = ChecklistView(ferry.kb)
    assert view.read("现在到哪一步了").kind == TalkKind.NONE  # the timeline answers it
    assert view.read("我做到哪一步了").kind == TalkKind.PROGRESS


# ------------------------------------------------------------ what the second reading found
def test_a_letter_forwarding_a_notice_is_not_cut_as_an_article():
    from knowledge.ingest.reposted import reposted
    letter = ("清河市工业和信息化局文件\n清工信质〔2181〕21号\n关于转发省质量标杆遴选通知的通知\n各区县：\n一、请于4月20日17:00前报送。\n"
              "二、请关注“清河工信”微信公众号。\n三、联系人：赵敏。\n\n附件\n\n省工业和信息化厅关于开展2181年质量标杆遴选工作的通知\n"
              "省工信质〔2181〕5号\n一、申报条件\n")
    assert reposted(letter) == (letter, "")


def test_a_bureau_named_for_market_supervision_is_no_complaints_line():
    from knowledge.ingest.contacts import _REPORT
    assert not _REPORT.search("政策咨询：市市场监督管理局质量发展科 陈思远，电话：024-22886615")
    assert _REPORT.search("监督投诉：市工业和信息化局机关纪委，电话0391-3569120")
    assert _REPORT.search("举报电话：024-22886600")


def test_a_rule_on_some_materials_by_e_mail_is_no_ban():
    from knowledge.render_submit import _NO_MAIL, _ONLY_SOME
    said = "涉及商业秘密的证实性材料不得通过电子邮件报送。"
    assert _NO_MAIL.search(said) and _ONLY_SOME.search(said)


def test_a_unit_open_at_weekends_before_the_deadline_is_not_said_closed():
    from knowledge.notice import Unit
    from knowledge.unit_days import off_hours
    weekend = Unit(district="x", name="某区工信局", hours="工作日9:00-17:00，申报截止前的周末照常受理")
    assert off_hours(weekend, "周六能去交材料吗") == ""
    weekdays = Unit(district="x", name="某区工信局", hours="工作日9:00-17:00")
    assert off_hours(weekdays, "五一前能去交吗") == "" and "周日不在其中" in off_hours(weekdays, "周日能去交吗")


def test_a_date_alone_claims_no_status():
    from knowledge.schedule import _stage
    stage, _ = _stage("（一）网上申报。申报企业于2027年6月30日下班前完成网上申报。", "四（一）", 2027)
    assert stage.written.startswith("2027年6月30日") and (stage.start, stage.end) == (None, None)  # first day or last: unknown
    closing, _ = _stage("（一）网上申报。网上申报截止时间为2027年6月30日。", "四（一）", 2027)
    assert closing.start is None and closing.end.isoformat() == "2027-06-30"
