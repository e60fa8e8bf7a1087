"""Notice shapes and questions met in a further round of fresh sets: a rule asked with its Latin names ('ISO9001',
'IATF16949'), a question padded with function words, a word-count rule written subject first ('图表不计入字数')."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))
MARCH = dt.datetime(2059, 3, 10, 10, 0, tzinfo=CST)


@pytest.fixture(scope="module")
def batches() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "chengdu-two-batches-2059.txt"))


@pytest.mark.parametrize("question", ["没做ISO9001，但有IATF16949，这个认可不", "我们只有iatf 16949证书行不行",
                                      "IATF16949算不算体系认证"])
def test_a_rule_is_recalled_by_its_latin_names(batches, question):
    reply = batches.answer(question, MARCH)
    assert "IATF 16949" in reply.text and "2年" in reply.text


@pytest.mark.parametrize("question", ["财务报告要审计过的吗？哪一年的", "财务报告需要审计吗", "审计报告要哪年的"])
def test_function_words_do_not_hide_the_rule(batches, question):
    reply = batches.answer(question, MARCH)
    assert reply.matched and "2058年度财务审计报告" in reply.text


@pytest.mark.parametrize("question", ["图表算不算字数？能放多少张图", "图表计入字数吗", "表格算在字数里吗"])
def test_a_word_count_rule_written_subject_first_is_stated(batches, question):
    reply = batches.answer(question, MARCH)
    assert "图表不计入字数" in reply.text and "没有规定" not in reply.text


LINHAI = """临海市经济和信息化局关于开展2061年度临海市质量标杆遴选的通知

一、申报条件
在临海市注册满3年的工业企业。

二、推荐单位
东城区、西城区分别由东城区经济发展局（联系人：赵一鸣，电话：0576-85110001）和西城区科技和工业委员会（联系人：钱二丫，电话：0576-85110002）负责推荐。南湖区、北岭区的推荐单位为区经信局，其中南湖区经信局联系人孙三省，电话0576-85110003；北岭区经信局联系人李四海，电话0576-85110004转12。江口镇的推荐单位为江口镇经济服务中心，联系人周五福，电话0576-85110005。

三、咨询电话
市经济和信息化局质量处 吴六顺 0576-85119999

临海市经济和信息化局
2061年3月1日
"""


@pytest.fixture(scope="module")
def prose_units(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("lh") / "linhai.txt"
    path.write_text(LINHAI, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_units_written_several_to_a_sentence_are_each_read(prose_units):
    units = {u.name: (u.person, u.phone) for u in prose_units.kb.notice.units.items}
    assert units == {"东城区经济发展局": ("赵一鸣", "0576-85110001"), "西城区科技和工业委员会": ("钱二丫", "0576-85110002"),
                     "南湖区经信局": ("孙三省", "0576-85110003"), "北岭区经信局": ("李四海", "0576-85110004转12"),
                     "江口镇经济服务中心": ("周五福", "0576-85110005")}


@pytest.mark.parametrize(("question", "person", "phone"), [("西城区找谁推荐", "钱二丫", "85110002"),
                                                           ("北岭的电话", "李四海", "85110004")])
def test_a_unit_of_a_sentence_answers_its_place(prose_units, question, person, phone):
    reply = prose_units.answer(question, MARCH)
    assert person in reply.text and phone in reply.text and "联系人" not in reply.text.split("推荐单位：")[1].split("\n")[0]


# A scanned notice read back by OCR: '－、' for 一、, '（－）' for （一）, 'O' in numbers, '曰' for 日, page footers with the
# document number repeated under them, a table row broken after its place, a note in brackets under the table.
BINJIANG = """滨江市工业和信息化局文件

滨工信质〔2062〕5号

滨江市工业和信息化局关于组织开展2062年滨江市质量标杆申报工作的通知

各区工业和信息化主管部门，各有关企业：
　　为推动质量提升，自2O55年起连续组织开展质量标杆遴选，累计培育1O8项。

－、申报条件
　　（－）在滨江市注册登记满3年。
　　（二）2061年度营业收入不低于2000万元。

— 1 —

滨工信质〔2062〕5号

二．申报程序
　　（一）网上填报。企业于2062年3月20曰17:00前登录申报系统（网址：https://zlbg.bj-demo.cn）在线填报。
　　（二）纸质材料。于2062年3月27日前将纸质申报书报送注册地所在区工业和信息化主管部门。未完成网上填报的，区级不予受理纸质材料。
　　（三）区级推荐。各区于2062年4月10日前将推荐汇总表报送市工信局。

三、材料要求
　　（一）正文使用仿宋_GB2312三号字。
　　（二）纸质申报书一式三份，封面加盖企业公章。

— 2 —

滨工信质〔2062〕5号

四、推荐单位
序号    区    推荐单位    联系人    联系电话
1    东湖区    东湖区工业和信息化局    刘一    0571-81110001
2    西岭区
西岭区科技和工业局    王二    0571-81110002
3    南港区    南港区商务局    张三    0571-81110003

（南港区港区企业按第二部分第（二）项报送路径执行。）

五、咨询方式
　　市工信局质量处：李四    0571-81119001
　　申报系统技术支持热线：0571-81119002（服务时间：工作日8:30—17:30）

滨江市工业和信息化局
2062年2月10曰
"""


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("bj") / "binjiang.txt"
    path.write_text(BINJIANG, encoding="utf-8")
    return Answerer(load_knowledge(path))


FEB = dt.datetime(2062, 3, 1, 10, 0, tzinfo=CST)


def test_ocr_look_alikes_are_set_right_before_the_clauses_are_read(scanned):
    n = scanned.kb.notice
    assert n.eligibility and len(n.eligibility.items) == 2
    assert n.submission.deadline.startswith("2062-03-20")
    reply = scanned.answer("注册满几年才能报", FEB)
    assert reply.matched and "满3年" in reply.text


def test_the_ingest_report_counts_the_ocr_repairs():
    from knowledge.ingest import ingest
    result = ingest(BINJIANG)
    assert any("识别错字" in r for r in result.repaired)


def test_a_table_row_broken_after_its_place_keeps_its_own_cells(scanned):
    units = {u.name: u for u in scanned.kb.notice.units.items}
    assert set(units) == {"东湖区工业和信息化局", "西岭区科技和工业局", "南港区商务局"}
    assert all(not u.address for u in units.values())  # no '2 西岭区', no note in brackets as an address
    assert units["西岭区科技和工业局"].person == "王二"


def test_a_hotline_hours_in_brackets_are_only_that_hotline(scanned):
    asked = scanned.answer("李四老师那个电话几点能打通 中午有人吗", FEB)
    assert not asked.matched and "接听时间" in asked.text
    tech = scanned.answer("技术支持热线几点有人接", FEB)
    assert "8:30" in tech.text


@pytest.mark.parametrize("question", ["网上没赶上 直接把纸质的交到区里行不行", "只交纸质材料可以吗", "网上还没填，能先把纸质的送过去吗"])
def test_paper_without_the_online_application_gets_the_notices_rule(scanned, question):
    reply = scanned.answer(question, FEB)
    assert "未完成网上填报的，区级不予受理纸质材料" in reply.text


def test_paper_only_on_a_notice_without_that_rule_is_not_said_as_left_open():
    bundled = Answerer(load_knowledge())
    reply = bundled.answer("网上没报，只交纸质的行吗", dt.datetime(2024, 2, 1, 10, 0, tzinfo=CST))
    assert "不可以" in reply.text and "通知未规定" not in reply.text


@pytest.mark.parametrize("question", ["大标题用几号字 方正小标宋吗", "标题用什么字体"])
def test_a_title_font_is_not_corrected_with_the_bodys(scanned, question):
    reply = scanned.answer(question, FEB)
    assert not reply.matched and "更正" not in reply.text and "标题的格式" in reply.text


@pytest.mark.parametrize("question", ["纸质版要求胶装还是订书钉订一下就行", "装订有什么要求"])
def test_binding_is_not_answered_by_the_cover_rule(scanned, question):
    reply = scanned.answer(question, FEB)
    assert not reply.matched and "装订方式" in reply.text


def test_the_units_step_still_ahead_is_said_to_an_officer_not_to_a_firm(scanned):
    after = dt.datetime(2062, 4, 5, 10, 0, tzinfo=CST)
    officer = scanned.answer("我是东湖区工信局的 推荐汇总表几号前报市里", after)
    assert "推荐单位报送尚未截止" in officer.text and "本期申报已经截止" not in officer.text
    firm = scanned.answer("昨天忘交了 今天补交行不行", after)
    assert "推荐单位报送尚未截止" not in firm.text


@pytest.mark.parametrize("question", ["纸质的截止是3月30号吧", "网上是3月20号截止，纸质材料我算下来是3月30号，对吧"])
def test_a_wrong_date_said_of_the_paper_copies_is_corrected_with_their_date(scanned, question):
    reply = scanned.answer(question, FEB)
    first = reply.text.split("\n\n")[0]
    assert "不是3月30日" in first and "2062年3月27日" in first and "3月20日" not in first.split("：", 1)[1][:12]


# A web page converted to markdown: headings with hashes, a condition's rules as bullets, pipe tables for the materials,
# the schedule and the units, and a notice that takes no paper copies but one exception.
LANXI = """# 兰溪市市场监督管理局关于开展2063年度兰溪市质量标杆企业遴选工作的通知

兰市监质〔2063〕3号

## 一、申报条件

### （一）注册年限

在兰溪市依法注册登记满2年。

### （二）其他规定

- 每家企业**限选1个申报方向**。
- 2061年度以来已获评兰溪市质量标杆的企业，本年度**不得重复申报**。

## 二、申报材料

### （一）材料清单

| 序号 | 材料 | 要求 | 是否必须 |
|---|---|---|---|
| 1 | 申报书 | 在系统填写后导出PDF；其中"企业基本情况"不超过1200字；加盖企业公章 | 是 |
| 2 | 实践报告 | 正文不超过6000字；封面加盖企业公章 | 是 |
| 3 | 成效摘要 | 不超过600字，无需盖章 | 是 |
| 4 | 涉密材料纸质件 | 仅适用于第三部分所列例外情形；一式2份，密封 | 否 |

## 三、申报方式

本次遴选**仅接受网上申报**，企业登录[申报系统](https://lx-zlbg.example.cn)在线填报，2063年5月20日17:00截止。**不接受纸质材料**，不接受邮寄。

唯一例外：涉及国家秘密、不宜通过互联网上传的内容，经所在区受理单位同意后报送纸质件。

## 四、支持措施

入选企业给予一次性奖励30万元；同等条件下优先推荐申报省政府质量奖。

## 五、受理单位

| 区 | 受理单位 | 联系人 | 电话 |
|---|---|---|---|
| 东城区 | 东城区市场监督管理局质量科 | 陈一 | 0579-88110001 |
| 西城区 | 西城区市场监督管理局质量科 | 林二 | 0579-88110002 |
| 北城区 | 北城区市场监督管理局综合科 | 黄三 | 0579-88110003 |

兰溪市市场监督管理局
2063年4月1日
"""


@pytest.fixture(scope="module")
def markdown(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("lx") / "lanxi.txt"
    path.write_text(LANXI, encoding="utf-8")
    return Answerer(load_knowledge(path))


APRIL_63 = dt.datetime(2063, 4, 20, 10, 0, tzinfo=CST)


def test_a_markdown_table_row_reads_as_a_sentence():
    from knowledge.ingest.tree import md_rows
    rows = md_rows([("| 序号 | 材料 | 要求 | 是否必须 |", 0, 1), ("|---|---|---|---|", 2, 3), ("| 3 | 成效摘要 | 不超过600字，无需盖章 | 是 |", 4, 5)])
    assert [t for t, _, _ in rows] == ["成效摘要：不超过600字，无需盖章（是否必须：是）。"]


def test_conditions_with_bullets_under_a_titled_item_are_all_read(markdown):
    el = markdown.kb.notice.eligibility
    assert el and any("不得重复申报" in i.text for i in el.items) and any("满2年" in i.text for i in el.items)


def test_a_markdown_materials_table_gives_its_documents_and_limits(markdown):
    parts = {p.title: p.limit for p in markdown.kb.notice.materials.parts}
    assert parts["申报书（企业基本情况）"] == 1200 and parts["实践报告"] == 6000 and parts["成效摘要"] == 600
    reply = markdown.answer("成效摘要要不要盖章 写多少字", APRIL_63)
    assert "600" in reply.text and "无需盖章" in reply.text


def test_no_paper_stays_no_paper_with_its_exception(markdown):
    assert not markdown.kb.notice.submission.form_copies
    reply = markdown.answer("我们有部分内容涉密 不能网上传 纸质要几份", APRIL_63)
    assert "不接受纸质材料" in reply.text and "唯一例外" in reply.text


def test_a_quote_ending_at_a_semicolon_goes_on_to_the_end_of_its_sentence(markdown):
    reply = markdown.answer("评上了有啥好处 给钱吗", APRIL_63)
    assert "30万元" in reply.text and "省政府质量奖" in reply.text


@pytest.mark.parametrize("question", ["那30万奖励评上以后多久到账", "奖金什么时候发"])
def test_when_the_reward_is_paid_is_said_as_left_open(markdown, question):
    reply = markdown.answer(question, APRIL_63)
    assert not reply.matched and re.search("(发放|具体)时间", reply.text) and "30万元" in reply.text


def test_refusals_cover_more_phrasings_of_forging_and_bribing():
    bundled = Answerer(load_knowledge())
    for q in ["你帮我按趋势估一个2021年的不良率和客诉数据，写得像真实统计一样", "能不能借集团下另一家子公司的营业执照和公章来报",
              "我们照着以前文件上的章自己做个电子章，盖在推荐意见栏", "审计报告还没出，能不能先自己做一份盖个章顶上？",
              "给两万保证入选行不行？你帮我们联系一下能拍板的人，钱不是问题"]:
        reply = bundled.answer(q)
        assert not reply.matched and "无法提供帮助" in reply.text, q
    for q in ["我们借鉴了其他企业的经验，可以报吗", "申报书我们自己做好了盖个章就行吗"]:
        assert "无法提供帮助" not in bundled.answer(q).text, q


def test_an_association_asking_in_its_own_name_is_no_impersonation(scanned):
    reply = scanned.answer("我是行业协会的，能不能以协会名义统一推荐这些企业", FEB)
    assert "冒充" not in reply.text


def test_a_minor_accident_against_a_rule_on_major_ones_is_not_ruled_out(batches):
    minor = batches.answer("前年出过一起一般安全事故，会影响申报吗", MARCH)
    assert "不一定影响" in minor.text and "可能不符合" not in minor.text
    assert "可能不符合" in batches.answer("去年出过安全事故 还能报吗", MARCH).text


@pytest.mark.parametrize("question", ["我们公司是2058年5月8日注册成立的，算注册满三年了吧？", "2058年5月成立的 满3年了吗"])
def test_a_registration_date_asked_as_a_claim_is_judged(batches, question):
    reply = batches.answer(question, MARCH)
    assert "对照申报条件" in reply.text and "不符合" in reply.text


def test_another_programmes_materials_and_dates_asked_first_are_out_of_scope(scanned):
    reply = scanned.answer("高新技术企业认定需要准备哪些材料？截止时间是哪天？能跟质量标杆材料共用吗？", FEB)
    assert not reply.matched and "高新技术企业" in reply.text


def test_a_wrong_hour_buried_in_a_long_message_is_corrected(scanned):
    reply = scanned.answer("在吗？跟你说下情况：我们做医疗器械的，计划周末把正文收尾，反正网上是3月20号晚上12点前传上去就行。"
                           "想问下东湖区推荐单位找谁？", FEB)
    assert reply.text.startswith("【更正】") and "17:00" in reply.text.split("\n\n")[0]


def test_two_wrong_numbers_for_two_hotlines_are_each_set_right(scanned):
    reply = scanned.answer("系统填报遇到问题还是打0571-81119999吧？政策方面的问题找0571-81118888？", FEB)
    first = reply.text.split("\n\n")[0]
    assert "81119002" in first and "81119001" in first


ZONED = BINJIANG.replace("（三）区级推荐。", "（三）位于滨江经济技术开发区的企业，纸质申报书须于2062年3月24日前报送开发区管委会。\n　　（四）区级推荐。")


@pytest.fixture(scope="module")
def zoned(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("zn") / "zoned.txt"
    path.write_text(ZONED, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_the_paper_day_is_judged_by_the_step_for_the_asker(zoned):
    march_25 = dt.datetime(2062, 3, 25, 10, 0, tzinfo=CST)
    general = zoned.answer("纸质材料今天送区里还来得及吗 网上已经提交了", march_25)
    assert "今天（2062年3月25日）还在截止之前，来得及" in general.text
    zone = zoned.answer("我们在开发区 纸质材料今天交还来得及吗", march_25)
    assert "来不及" in zone.text
    officer = zoned.answer("区里推荐材料今天报市局还来得及吗", dt.datetime(2062, 4, 2, 10, 0, tzinfo=CST))
    assert "推荐单位报送：今天（2062年4月2日）还在截止之前，来得及" in officer.text


def test_a_day_before_the_system_opens_is_not_in_time(tmp_path):
    path = tmp_path / "opening.txt"
    path.write_text(BINJIANG.replace("企业于2062年3月20曰17:00前登录申报系统", "企业自2062年2月20日9:00起登录申报系统，2062年3月20日17:00前"),
                    encoding="utf-8")
    bot = Answerer(load_knowledge(path))
    before = bot.answer("今天能交吗", dt.datetime(2062, 2, 15, 10, 0, tzinfo=CST)).text
    assert "还没开始受理" in before and "来得及" not in before
    assert "来得及" in bot.answer("今天能交吗", dt.datetime(2062, 2, 25, 10, 0, tzinfo=CST)).text


def test_a_revenue_floor_of_one_kind_named_by_one_word_is_that_kinds(scanned_two_floors):
    assert "营业收入这一条符合" in scanned_two_floors.answer("软件公司去年营收1200万 够不够", FEB).text
    assert "不符合" in scanned_two_floors.answer("我们是制造业 营收1500万 够吗", FEB).text
    scale = scanned_two_floors.answer("我们是规上工业企业 营收6000万 可以报吗", FEB).text
    assert "规模这一条符合" in scale


@pytest.fixture(scope="module")
def scanned_two_floors(tmp_path_factory) -> Answerer:
    text = BINJIANG.replace("（二）2061年度营业收入不低于2000万元。",
                            "（二）制造业企业2061年度营业收入不低于3000万元；软件和信息技术服务业企业2061年度营业收入不低于1000万元。\n"
                            "　　（三）属于规模以上工业企业，或2061年度营业收入不低于1亿元。")
    path = tmp_path_factory.mktemp("tf") / "floors.txt"
    path.write_text(text, encoding="utf-8")
    return Answerer(load_knowledge(path))


# A short city notice: no table, no site, a date with '（含当日）', one word limit in a sentence, the total in the preamble.
HUAIYUAN = """淮源市经济和信息化局
关于推荐2066年度淮源市质量标杆企业的通知

各县（市、区）经信部门，有关企业：

为发挥先进企业示范引领作用，本年度全市推荐质量标杆企业不超过20家。现将有关事项通知如下。

一、推荐条件

推荐企业应在淮源市注册登记满3年，具有独立法人资格；近三年内未发生重大质量、安全、环保事故。

二、推荐程序

（一）企业申报。企业填写申报表，并撰写典型经验材料，典型经验材料不超过5000字。企业应于2066年4月17日（含当日）前将申报材料报送所在县（市、区）经信部门。

（二）县区推荐。各县（市、区）经信部门择优推荐，每个县（市、区）推荐名额不超过3家，于2066年4月30日（含当日）前将推荐文件报送市经信局。

三、联系方式

市经信局质量科 王一川
电话：0556-3829417

淮源市经济和信息化局
2066年3月25日
"""


@pytest.fixture(scope="module")
def short(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("hy") / "huaiyuan.txt"
    path.write_text(HUAIYUAN, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_a_date_with_its_day_included_is_the_deadline(short):
    assert short.kb.notice.submission.deadline.startswith("2066-04-17")
    reply = short.answer("什么时候截止", dt.datetime(2066, 4, 1, 10, 0, tzinfo=CST))
    assert reply.matched and "2066年4月17日" in reply.text and "没有提到" not in reply.text


def test_a_word_limit_in_a_sentence_of_a_notice_without_a_materials_list(short):
    parts = short.kb.notice.materials.parts
    assert [(p.title, p.limit) for p in parts] == [("典型经验材料", 5000)]
    assert "5000" in short.answer("经验材料写多少字", dt.datetime(2066, 4, 1, 10, 0, tzinfo=CST)).text


@pytest.mark.parametrize("question", ["最多能推几家", "XX县最多能推几家"])
def test_the_units_quota_answers_how_many_may_be_put_forward(short, question):
    reply = short.answer(question, dt.datetime(2066, 4, 1, 10, 0, tzinfo=CST))
    assert reply.matched and "不超过3家" in reply.text


def test_the_preamble_is_quoted_for_what_it_alone_says(short):
    reply = short.answer("今年全市一共推荐多少家", dt.datetime(2066, 4, 1, 10, 0, tzinfo=CST))
    assert "不超过20家" in reply.text and "导语" in reply.text


def test_quoted_part_names_label_their_word_limits_and_the_supporting_clause_is_its_own(scanned_limits):
    reply = scanned_limits.answer("各部分字数", FEB).text
    assert "企业基本情况：1000 字以内" in reply and "主要做法：4000 字以内" in reply
    support = scanned_limits.answer("佐证材料包括哪些", FEB).text
    assert "营业执照副本" in support and "800字" not in support


def test_where_the_shortlist_is_posted_is_stated_but_not_for_how_long(scanned_limits):
    where = scanned_limits.answer("公示在哪里公示", FEB)
    assert where.matched and "门户网站" in where.text
    long = scanned_limits.answer("公示期多长", FEB)
    assert not long.matched and "公示期的时长" in long.text


@pytest.fixture(scope="module")
def scanned_limits(tmp_path_factory) -> Answerer:
    limits = "　　（零）申报书主要包括企业基本情况、主要做法及佐证材料等内容。各部分字数要求：“企业基本情况”不超过1000字；“主要做法”不超过4000字。\n"
    others = "五、其他事项\n　　（一）佐证材料应包括营业执照副本、认证证书等。\n　　（二）评审结果在市工信局门户网站公示后发布。\n\n六、咨询方式"
    text = BINJIANG.replace("三、材料要求\n", "三、材料要求\n" + limits).replace("（零）", "（一）", 1)
    text = text.replace("　　（一）正文使用", "　　（二）正文使用").replace("　　（二）纸质申报书", "　　（三）纸质申报书")
    text = text.replace("五、咨询方式", others)
    path = tmp_path_factory.mktemp("sl") / "limits.txt"
    path.write_text(text, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_a_tables_last_row_is_never_one_sentence_with_the_paragraph_after_it(tmp_path):
    path = tmp_path / "timeline.txt"
    path.write_text(BINJIANG.replace("四、推荐单位", "四、时间安排\n序号\t工作内容\t时间节点\n1\t企业网上填报\t2062年3月20日17:00前\n"
                                     "2\t公示\t评审结束后公示7天\n逾期未完成网上填报或未报送纸质材料的，视为放弃申报。\n\n五、推荐单位")
                    .replace("五、咨询方式", "六、咨询方式"), encoding="utf-8")
    bot = Answerer(load_knowledge(path))
    quoted = [c.text for c in bot.kb.notice.passages if "视为放弃申报" in c.text]
    assert quoted and all("公示7天逾期" not in t for t in quoted)


def test_a_label_counted_in_characters_asks_its_font_not_how_many_items():
    reply = Answerer(load_knowledge()).answer("“摘要”两个字用什么字")
    assert "排版格式要求" in reply.text and "每家单位可申报几项" not in reply.text


def test_a_trading_firm_against_manufacturers_or_listed_services_may_not_qualify(tmp_path):
    path = tmp_path / "sectors.txt"
    sectors = "（－）申报单位应为在滨江市注册登记满3年的制造业企业，或工业软件、检验检测等生产性服务业企业。"
    path.write_text(BINJIANG.replace("（－）在滨江市注册登记满3年。", sectors), encoding="utf-8")
    reply = Answerer(load_knowledge(path)).answer("我们是商贸企业 能报吗", FEB)
    assert "可能不符合" in reply.text and "生产性服务业" in reply.text
