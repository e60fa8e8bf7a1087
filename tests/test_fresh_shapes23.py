"""Shapes from the twenty-third round of fresh material: a units table with two units side by side in each row,
deadlines that differ by kind of firm, conditions with the criteria nested inside them, a paragraph right under a
table, a paperless call worded '不收取纸质材料', two batches, towns as units, and a place the units do not serve."""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest.side_by_side import unfold
from knowledge.ingest.table import _cells
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
SHENZHEN, KUNSHAN = "shenzhen-two-column-units-2134.txt", "kunshan-towns-zones-2135.txt"
CHENGDU, CHONGQING = "chengdu-two-batches-2136.txt", "chongqing-counties-online-only-2133.txt"
TAIZHOU = "taizhou-email-only-2098.txt"
_TZ = dt.timezone(dt.timedelta(hours=8))


@functools.cache
def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


def _units(name: str) -> dict[str, object]:
    return {u.name: u for u in _bot(name).kb.notice.units.items}


def _at(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso).replace(tzinfo=_TZ)


# ------------------------------------------------------------ tables
def test_two_units_side_by_side_in_a_row_are_two_rows():
    raw = "区 | 联系人 | 电话 | 区 | 联系人 | 电话\n甲区 | 王一 | 0755-1111111 | 乙区 | 李二 | 13800000000\n丙区 | 赵三 | 0755-3333333 |  |  | \n注：其他\n"
    lines, at = [], 0
    for line in raw.splitlines(keepends=True):
        lines.append((line.rstrip("\n"), at, at + len(line.rstrip("\n"))))
        at += len(line)
    rows = [t for t, _s, _e in unfold(raw, lines, _cells)]
    assert rows[0] == "区 | 联系人 | 电话"
    assert rows[1:4] == ["甲区 | 王一 | 0755-1111111", "乙区 | 李二 | 13800000000", "丙区 | 赵三 | 0755-3333333"]
    assert rows[4] == "注：其他"


def test_a_header_that_repeats_no_group_is_read_as_it_is():
    raw = "区 | 联系人 | 电话 | 地址\n甲区 | 王一 | 0755-1111111 | 甲路1号\n"
    lines = [("", 0, raw.index("\n")), ("", raw.index("\n") + 1, len(raw) - 1)]
    assert [t for t, _s, _e in unfold(raw, lines, _cells)] == raw.splitlines()


@pytest.mark.parametrize(("q", "person", "phone", "other"), [
    ("福田区找谁", "陈晓岚", "0755-82917346", "13802573419"),
    ("罗湖区联系人电话", "何振宇", "13802573419", "82917346"),
    ("光明区的联系人", "邓卓然", "0755-88211937", "28333519"),
    ("大鹏新区找谁", "钟伟明", "0755-28333519", "88211937"),
])
def test_each_unit_of_a_side_by_side_table_keeps_its_own_contact(q, person, phone, other):
    text = _bot(SHENZHEN).answer(q).text
    assert person in text and phone in text and other not in text


def test_a_paragraph_under_a_table_is_no_part_of_its_last_row():
    units = _units(CHONGQING)
    assert len(units) == 17 and units["酉阳土家族苗族自治县经济信息委"].phone == "023-75550240"
    text = _bot(CHONGQING).answer("youyang酉阳那边的联系人").text
    assert "冉茂" in text and "75550240" in text


# ------------------------------------------------------------ deadlines by kind of firm
def test_deadlines_by_kind_of_firm_are_each_labelled():
    text = _bot(SHENZHEN).answer("截止时间是哪天", now=_at("2134-06-05T10:00:00")).text
    assert "制造业企业申报截止时间：2134年6月11日 17:30" in text
    assert "服务业企业、平台型企业申报截止：2134年6月18日 17:30" in text


@pytest.mark.parametrize("q", ["平台型企业 现在还能提交不 急急急", "我们是服务业企业，今天还能交吗"])
def test_a_kind_of_firm_with_a_later_deadline_is_judged_by_its_own(q):
    text = _bot(SHENZHEN).answer(q, now=_at("2134-06-18T17:05:00")).text
    assert "尚未截止" in text and "6月18日" in text and "已截止" not in text.split("\n")[1]
    assert "制造业企业：2134年6月11日17:30前完成网上提交" not in text  # the other kind's sentence is not its how-to


def test_a_manufacturer_after_its_own_deadline_is_told_it_closed():
    text = _bot(SHENZHEN).answer("我们是制造业企业，现在还能提交吗", now=_at("2134-06-12T09:00:00")).text
    assert "已截止" in text or "已过" in text


# ------------------------------------------------------------ sections
def test_conditions_with_the_criteria_nested_inside_them_are_both_read():
    n = _bot(KUNSHAN).kb.notice
    assert len(n.eligibility.items) == 5 and n.eligibility.clause == "二"
    assert len(n.criteria.items) == 4 and n.criteria.clause == "二（六）"
    text = _bot(KUNSHAN).answer("我们是苏州一家公司在昆山的分公司，能单独报吗").text
    assert "独立法人" in text


def test_a_condition_whose_exclusions_were_read_first_stays_a_condition():
    n = _bot(TAIZHOU).kb.notice
    assert n.eligibility.clause == "二" and len(n.eligibility.items) == 6
    assert any("实际应用满1年以上" in it.text for it in n.eligibility.items)


# ------------------------------------------------------------ paper, seals, names of files
@pytest.mark.parametrize("q", ["纸质版申报材料要一式几份？寄到市经信委哪个处", "纸质材料9月30号前送到区经信委就行吧？还是寄快递过去"])
def test_a_call_that_takes_no_paper_says_so(q):
    text = _bot(CHONGQING).answer(q).text
    assert "不收取纸质材料" in text and "一式" not in text


def test_a_naming_rule_a_few_words_after_files_is_stated():
    for name in (CHONGQING, KUNSHAN):
        reply = _bot(name).answer("上传的文件名有要求没")
        assert reply.matched and "企业名称+材料名称" in reply.text and "没有规定" not in reply.text


@pytest.mark.parametrize("q", ["推荐汇总表要盖谁的章", "我是千灯镇的，推荐汇总表要盖谁的章"])
def test_whose_seal_is_a_seal_question(q):
    text = _bot(KUNSHAN).answer(q).text
    assert "加盖本单位公章的《推荐汇总表》" in text


@pytest.mark.parametrize("q", ["镇经济服务中心周六上班吗 想周末送材料", "周末送材料有人在吗"])
def test_weekend_hours_of_an_office_are_not_stated(q):
    reply = _bot(KUNSHAN).answer(q)
    assert not reply.matched and "没有规定" in reply.text


# ------------------------------------------------------------ places
@pytest.mark.parametrize(("name", "q", "wrong", "right"), [
    (CHONGQING, "我们厂在万盛，以前归綦江管的，是不是找綦江区经信委报？", "48550189", "郑岚"),
    (CHONGQING, "两江新区的企业是找渝北区经信委报吧？我们在两江的鱼复那边", "67550102", "罗静"),
    (KUNSHAN, "周庄镇的企业是不是并到锦溪一起报？找谁", "57224610", "金晓东"),
])
def test_a_firm_in_a_place_with_its_own_unit_sent_to_another_is_set_right(name, q, wrong, right):
    text = _bot(name).answer(q).text
    assert text.startswith("【更正】\n不是") and right in text and wrong not in text


def test_a_firm_asking_for_another_places_contact_gets_both():
    text = _bot(CHONGQING).answer("万盛和綦江的联系人").text
    assert "郑岚" in text and "吴涛" in text and "更正" not in text


def test_a_districts_office_named_with_a_wrong_phone_is_set_right_against_that_office():
    text = _bot(CHONGQING).answer("江津区经信委座机是023-47550162吧").text
    assert text.startswith("【更正】") and "023-47550126" in text.split("\n")[1] and "63895133" not in text.split("\n")[1]


def test_a_route_of_its_own_gives_no_fraud_line_as_its_contact():
    text = _bot(KUNSHAN).answer("我们是市属国企 也要先报镇里吗").text
    assert "直接向市工业和信息化局报送材料" in text and "举报电话" not in text


@pytest.mark.parametrize(("q", "said"), [("温江区的企业找哪个单位推荐？通知里咋没看到", "请向通知的咨询电话确认"),
                                         ("朝阳区的企业找谁推荐", "请向通知的咨询电话确认")])
def test_a_place_the_units_do_not_serve_is_said_to_be_unlisted(q, said):
    text = _bot(CHENGDU).answer(q).text
    assert "通知列出的推荐单位中没有" in text and said in text


def test_an_unlisted_place_gets_the_notices_sentence_on_other_places():
    text = _bot(CHONGQING).answer("大足区的企业找谁").text
    assert "没有“大足区”" in text and "其他区县的企业，向注册地所在区县经济信息委申报" in text


def test_a_batch_said_with_a_word_after_it_is_no_sound_alike_place():
    text = _bot(CHENGDU).answer("为了保险起见 我们第一批第二批都报上去 两边都报应该没问题吧").text
    assert "郫都" not in text and "只能在一个批次中申报" in text


# ------------------------------------------------------------ batches and the message around a question
def test_what_the_notice_gives_only_of_another_batch_is_not_given_as_this_ones():
    reply = _bot(CHENGDU).answer("第二批的评审结果什么时候公布")
    assert not reply.matched and "第二批" in reply.text.split("\n")[1] and "没有规定" in reply.text
    assert _bot(CHENGDU).answer("第一批的评审结果什么时候公布").matched


@pytest.mark.parametrize("q", ["【转发】各位企业负责人：市工信局2134年度质量标杆遴选已经启动，请符合条件的企业抓紧准备材料，按时在系统提交，"
                               "有问题联系区工信局。——@小助手 所以截止到底是哪天？",
                               "我是区工信局的，申报截止是哪天"])
def test_a_forward_or_an_introduction_around_a_question_is_not_asked(q):
    text = _bot(SHENZHEN).answer(q, now=_at("2134-06-05T10:00:00")).text
    assert text.startswith("【截止时间】") and "各推荐单位联系方式" not in text


def test_an_everyday_price_is_outside_the_notice():
    reply = _bot(CHENGDU).answer("成都大熊猫基地门票多少钱一张")
    assert not reply.matched and "不在我的范围内" in reply.text
    assert _bot(CHENGDU).answer("申报要交多少钱").matched


# ------------------------------------------------------------ a training meeting and its reply slip
QINGDAO = "qingdao-reply-slip-training-2129.txt"


@pytest.mark.parametrize(("q", "fact"), [("培训会每家能去三个人吧，质量部长、经理和办事员", "不超过2人"),
                                         ("培训会是必须去的吧？不去就没资格申报了对不", "不影响正常申报"),
                                         ("培训是14号上午九点开始吧 我们早上出发", "14:30"),
                                         ("培训大概开多久，讲些什么内容", "2.5小时"),
                                         ("培训会在市南区香港中路那边吧？导航搜不到", "敦化路328号")])
def test_a_clause_that_is_one_meeting_is_quoted_whole(q, fact):
    assert fact in _bot(QINGDAO).answer(q).text


def test_a_date_said_of_a_named_step_is_checked_against_that_step():
    at = _at("2129-04-05T10:00:00")
    text = _bot(QINGDAO).answer("回执4月18号之前发过去就行吧，系统开了一起弄", now=at).text
    assert text.startswith("【更正】\n不是4月18日：参会回执的截止时间是2129年4月8日 17:00")
    assert not _bot(QINGDAO).answer("回执4月8号之前发过去就行吧", now=at).text.startswith("【更正】")


def test_a_contact_labelled_with_a_matter_answers_that_matter():
    text = _bot(QINGDAO).answer("培训回执的事问刘珊就行吧？她电话多少").text
    assert text.startswith("【更正】") and "赵敏 0532-82869035" in text.split("\n")[1]


def test_the_blanks_of_an_annexed_form_are_listed():
    text = _bot(QINGDAO).answer("这个回执都要填些啥信息，附件没下载下来，能说下吗").text
    assert text.startswith("【表格内容】") and "• 统一社会信用代码" in text and "• 拟申报经验名称" in text and "（出处：附件4）" in text


def test_a_word_only_one_sentence_of_the_notice_has_brings_that_sentence():
    text = _bot(QINGDAO).answer("材料多，用活页夹装方便后面增补，可以吧").text
    assert "不接受活页夹、拉杆夹等散装形式" in text


# ------------------------------------------------------------ a paperless municipality, asked harder
def test_a_units_person_said_to_serve_a_place_not_listed_is_set_right():
    text = _bot(CHONGQING).answer("江北区企业是找刘小川吧？").text
    assert text.startswith("【更正】\n刘小川是江津区推荐单位的联系人，不是江北区的")
    assert "其他区县的企业" in text and "（政策咨询：023-63895133）" in text


def test_a_fee_clause_naming_a_hotline_without_its_number_gets_the_number():
    text = _bot(CHONGQING).answer("区里有个老师私下说给他8000块 能保证区里推荐上去 要不要给").text
    assert "请及时向政策咨询热线反映" in text and "023-63895133" in text


def test_minutes_left_while_a_page_hangs_gets_the_clock():
    text = _bot(CHONGQING).answer("还有不到二十分钟 页面一直转圈圈交不上去 咋整😭", now=_at("2133-09-30T17:42:00")).text
    assert text.startswith("【截止时间】") and "18:00" in text and "18 分钟" in text and "023-61550300" in text


def test_a_size_in_chinese_numerals_is_a_question_of_file_size():
    assert "单个文件不超过10MB" in _bot(CHONGQING).answer("审计报告扫出来三十多兆 死活传不上去").text


def test_years_of_registration_asked_with_a_trailing_bu_are_checked():
    text = _bot(CHONGQING).answer("通知里好几个三年 看晕了 我们公司2130年7月注册的 成立时间算满三年不").text
    assert text.startswith("【对照申报条件】") and "2130年9月30日前注册" in text


@pytest.mark.parametrize("q", ["培训会那个地方好停车吗 有没有车位", "诺德广场停车免费吧？开车过去停哪"])
def test_parking_is_not_stated(q):
    reply = _bot(QINGDAO).answer(q)
    assert not reply.matched and "停车安排" in reply.text


def test_meeting_the_judges_beforehand_is_declined():
    reply = _bot(QINGDAO).answer("能把评审专家名单发我一份吗 想提前走动走动")
    assert not reply.matched and "不能帮" in reply.text
    assert _bot(QINGDAO).answer("评审专家会来现场考察吗").matched


def test_a_city_festival_is_outside_the_notice():
    reply = _bot(QINGDAO).answer("青岛啤酒节今年几号开幕啊")
    assert not reply.matched and "不在我的范围内" in reply.text


def test_a_submission_that_fails_after_closing_is_told_it_closed():
    text = _bot(QINGDAO).answer("系统咋提交不了了？？还差最后一步就完了", now=_at("2129-05-27T17:20:00")).text
    assert text.startswith("【截止时间】") and "已经截止" in text


def test_a_number_of_an_attribute_left_open_is_said_to_be_left_open_once():
    reply = _bot(CHONGQING).answer("质量标杆称号有效期是三年吧 到期要复审吗")
    assert "这样的规定" not in reply.text and "没有规定“称号或认定的有效期”" in reply.text and not reply.matched


def test_a_place_the_notice_routes_to_a_listed_unit_gets_that_units_card():
    text = _bot("dalian-pdf-benchmark-2057.txt").answer("我们厂在金州区 是找金州区工信局推荐吧 电话多少").text
    assert "金州区辖区内企业由金普新区经济发展局负责推荐" in text and "0411-87659230" in text


def test_an_association_introducing_itself_is_answered_on_its_question():
    text = _bot("sh-benchmark-2063-2064.txt").answer(
        "您好，我是本市一家行业协会秘书处的，我们会员里有十几家企业想报质量标杆，分布在好几个区。往年协会也一直在帮忙动员。"
        "想问一下：我们能不能以协会名义统一推荐这些企业，省得企业再一家家去找各区？协会推荐的话有没有名额限制？").text
    assert "有关行业协会可协助做好组织发动工作" in text and "注册地所在区的推荐单位推荐" in text


def test_a_batch_asked_about_gets_none_of_the_other_batchs_sentences():
    text = _bot(CHENGDU).answer("第二批市级评审是哪几天", now=_at("2136-07-25T10:00:00")).text
    assert "9月17日至9月28日" in text and "5月21日" not in text


# ------------------------------------------------------------ a supplement appended, merged cells, a limits table
NANNING, HEFEI = "nanning-supplement-appended-2138.txt", "hefei-merged-cells-limits-table-2137.txt"


def test_a_zone_named_for_the_city_keeps_its_whole_name_and_another_zone_its_own_short_names():
    places = _bot(NANNING).kb.notice.places
    named = {p.name: p for p in places.values()}
    assert named["南宁经济技术开发区"].short == "南宁经济技术开发区"
    assert "东盟经开区" in named["广西—东盟经济技术开发区"].towns
    text = _bot(NANNING).answer("东盟经开区联系人是谁").text
    assert "甘雪莲" in text and "李文斌" not in text


def test_a_county_the_notice_routes_to_the_city_is_answered_with_that_route():
    text = _bot(NANNING).answer("我们是横州的企业，通知里推荐单位没看到横州，那怎么报").text
    assert "没有“横州市”" in text and "直接向市工业和信息化局质量品牌科申报" in text and "0771-5712036" not in text


def test_whether_another_may_sign_for_the_legal_representative_is_answered_with_the_rule():
    reply = _bot(NANNING).answer("信用承诺书法人出差了 能不能让副总代签一下")
    assert reply.matched and reply.text.startswith("【签字要求】\n不可以由他人代签") and "法定代表人签字" in reply.text
    assert not _bot(NANNING).answer("能不能模仿法人签个字").matched


def test_a_seal_rule_whose_subject_is_its_clauses_title_keeps_it():
    assert "信用承诺书由企业法定代表人签字并加盖企业公章" in _bot(NANNING).kb.notice.submission.form_seals


def test_a_limits_tables_header_is_no_material_and_a_count_of_characters_no_count_of_items():
    titles = [p.title for p in _bot(HEFEI).kb.notice.materials.parts]
    assert "材料名称" not in titles and "经验名称" in titles
    text = _bot(HEFEI).answer("经验名称最多30个字吧？我们起的名字28个字").text
    assert text.startswith("【更正】\n不是30字：经验名称限 25 字以内") and "30项" not in text


# ------------------------------------------------------------ a second reading of the first commit
@pytest.mark.parametrize(("name", "q"), [(CHONGQING, "我们在南岸区，找谁申报"), (SHENZHEN, "我们在深圳市，找谁推荐")])
def test_a_place_after_zai_is_read_without_it_and_the_notices_own_city_is_never_unlisted(name, q):
    text = _bot(name).answer(q).text
    assert "“在" not in text and "没有“深圳市”" not in text and "罗海燕" not in text


def test_a_place_the_units_table_names_is_never_called_unlisted(tmp_path):
    notice = tmp_path / "luozhou.txt"
    notice.write_text("洛州市工业和信息化局关于开展2139年度洛州市质量标杆遴选工作的通知\n洛工信〔2139〕8号\n\n各有关单位：\n\n一、申报条件\n"
                      "在洛州市注册的工业企业。\n\n二、时间安排\n企业于2139年6月30日17:00前在申报系统提交。\n\n三、推荐单位联系方式\n"
                      "单位\t联系人\t电话\n西工区工信局\t孙立伟\t0379-63310101\n注：西工区同时负责回族区企业的推荐。\n"
                      "涧西区工信局\t卢佳琪\t0379-64340404\n新安县工信局\t田振宇\t0379-67380808\n\n"
                      "其余县企业向市工业和信息化局质量处直接申报。\n\n洛州市工业和信息化局\n2139年5月10日\n", encoding="utf-8")
    bot = Answerer(load_knowledge(notice))
    assert len(bot.kb.notice.units.items) == 3  # a note between two rows does not end the table
    text = bot.answer("涧西区的企业找谁推荐").text
    assert "卢佳琪" in text and "没有“涧西区”" not in text
    assert "其余县企业向市工业和信息化局质量处直接申报" in bot.answer("栾川县的企业找谁推荐").text


def test_two_places_the_notice_ties_together_are_not_corrected():
    text = _bot("yiwu-county-two-categories-2126.txt").answer("我们厂在大畈镇，是找青岩镇的傅国庆吧").text
    assert "【更正】" not in text and "傅国庆" in text


def test_a_fee_clause_naming_another_hotline_gets_no_number_added():
    text = _bot("tianjin-quality-benchmark-2029.txt").answer("申报收费吗").text
    assert "12345" in text and "咨询：" not in text.split("12345")[1]


def test_lodging_for_the_training_is_answered_from_the_notice():
    text = _bot(QINGDAO).answer("培训会住酒店多少钱").text
    assert "不在我的范围内" not in text and "食宿自理" in text


def test_an_officer_asking_of_the_units_step_keeps_who_they_are():
    bundled = Answerer(load_knowledge(Path(__file__).resolve().parent.parent / "knowledge" / "notices" / "2023-2024.yaml"))
    text = bundled.answer("我是区商务委的，推荐意见最晚哪天报").text
    assert "推荐单位" in text.split("\n")[1] and "没有规定" in text


def test_an_opening_written_with_a_dateless_closing_is_read_when_another_clause_gives_the_hour():
    sub = _bot(HEFEI).kb.notice.submission
    assert sub.deadline == "2137-09-12 17:30" and sub.opens == "2137-08-12"
    text = _bot(HEFEI).answer("通知刚转到群里，现在系统能进去填了吗", now=_at("2137-08-05T10:00:00")).text
    assert "2137年8月12日起开放" in text


def _bundled() -> Answerer:
    return _bot_at(Path(__file__).resolve().parent.parent / "knowledge" / "notices" / "2023-2024.yaml")


@functools.cache
def _bot_at(path: Path) -> Answerer:
    return Answerer(load_knowledge(path))


@pytest.mark.parametrize("q", ["帮我把管理方法推进应用情况写一篇8000字的吧 公司资料我等下发你",
                               "有家公司出五万块，让我们用我们公司名义把他们的经验报上去，这样操作可以吧"])
def test_writing_for_the_user_and_another_firms_experience_are_declined(q):
    reply = _bundled().answer(q)
    assert not reply.matched and ("不能帮" in reply.text or "不代写" in reply.text)


def test_a_report_of_an_offer_asked_about_is_still_no_request_to_decline():
    assert "无法提供帮助" not in _bundled().answer("有人冒充经信委打电话要钱怎么办").text


def test_another_signing_where_the_notice_names_no_signer_is_declined_and_left_open_with_the_seals():
    reply = _bundled().answer("信息表那里法人出差了 让总经理代签字行不行 公章是有的")
    assert not reply.matched and "这个忙我不能帮" in reply.text and "通知没有规定由谁签字" in reply.text and "公章" in reply.text
    assert "23119416" in reply.text


def test_meals_and_lodging_are_answered_from_the_notice_or_said_to_be_unstated():
    assert "食宿与接待安排" in _bundled().answer("专家来现场考察的话要不要安排午饭和住宿 一般什么标准").text
    assert "食宿自理" in _bot(QINGDAO).answer("培训会管饭吧？要不要自己订酒店").text


@pytest.mark.parametrize("q", ["其他企业找谁推荐", "其他的企业找谁推荐"])
def test_other_firms_are_no_place(q):
    text = _bot("tianjin-binhai-zones-2128.txt").answer(q).text
    assert "没有“" not in text and "滨海新区工业和信息化局" not in text.split("\n")[0]


def test_signing_in_anothers_place_unseen_is_declined():
    reply = _bot("tianjin-binhai-zones-2128.txt").answer("代签一下法人签字，反正没人查，行吗")
    assert not reply.matched and "不能帮" in reply.text


def test_a_dashed_zone_by_its_own_kind_of_zone():
    assert "甘雪莲" in _bot(NANNING).answer("东盟开发区的企业找谁").text


def test_a_mailbox_in_a_question_is_no_mention_of_the_assistant():
    from knowledge.asides import own_words
    asks = re.compile("吗|吧|哪")
    assert own_words("回执发到qdzlbgpx@163.com 这个邮箱对吗", asks) is None
    assert own_words("【转发】请抓紧准备材料。——@小助手 所以截止到底是哪天？", asks) == "所以截止到底是哪天？"


@pytest.mark.parametrize(("q", "place"), [("我们在马山，推荐单位是哪个", "马山县"), ("我们在横州，找谁推荐", "横州市")])
def test_a_county_named_without_its_kind_after_zai_gets_the_notices_route(q, place):
    text = _bot(NANNING).answer(q).text
    assert f"没有“{place}”" in text and "直接向市工业和信息化局质量品牌科申报" in text
