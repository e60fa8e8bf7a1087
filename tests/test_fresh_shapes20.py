"""Shapes from the twentieth round of fresh material: a list of the documents handed in ('三、申报材料 （一）申报书…
（三）营业执照复印件…') beside the parts of the written materials, both given when a firm asks what to prepare."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = Path(__file__).resolve().parents[1] / "knowledge" / "notices"
CST = dt.timezone(dt.timedelta(hours=8))


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


# ------------------------------------------------------------ the documents beside the parts
@pytest.mark.parametrize(("name", "docs", "part"), [
    ("hefei-reposted-correction-2117.txt", ["申报书", "典型经验材料", "营业执照复印件", "信用承诺书", "证实性材料"], "推广价值（1000 字以内）"),
    ("fujian-province-routes-2114.txt", ["申报书", "营业执照副本复印件", "2113年度财务审计报告", "信用承诺书"], "主要做法（6000 字以内）"),
    ("yichang-routes-2110.txt", ["申报书", "营业执照复印件", "财务报表", "信用承诺书", "授权书"], "主要做法（12000 字以内）"),
])
@pytest.mark.parametrize("q", ["都要准备哪些材料 列一下", "申报需要交哪些材料？", "材料清单发我一下"])
def test_what_to_prepare_lists_the_documents_then_the_parts(name, docs, part, q):
    text = _bot(name).answer(q).text
    listed, _, rest = text.partition("需提交的材料：")[2].partition("由以下")
    assert all(d in listed for d in docs), listed
    assert part in rest


def test_the_parts_are_named_after_the_document_they_make_up():
    text = _bot("fujian-province-routes-2114.txt").answer("要准备哪些材料").text
    assert "申报书由以下六个部分组成" in text
    text = _bot("wenzhou-quality-benchmark-2048.txt").answer("要准备哪些材料").text
    assert "2. 典型经验材料\n" in text and "典型经验材料由以下五个部分组成" in text  # no '，包括以下部分：' lead-in


@pytest.mark.parametrize("name", ["sichuan-province-2095.txt", "fuzhou-quality-benchmark-2038.txt", "weifang-samr-thresholds-2100.txt",
                                  "macau-traditional-2101.txt"])
def test_a_list_that_is_the_parts_themselves_is_not_given_twice(name):
    data = ingest((NOTICES / name).read_text(encoding="utf-8")).data
    assert "documents" not in data["materials"]


def test_the_bundled_notice_lists_no_documents_apart():
    data = ingest(next(BUNDLED.glob("*.txt")).read_text(encoding="utf-8")).data
    assert "documents" not in data["materials"]


@pytest.mark.parametrize(("name", "never"), [
    ("changchun-quality-benchmark-2050.txt", "须加盖企业公章"),  # a rule on the documents, not one of them
    ("ningbo-quotas-2079.txt", "应主题突出"),
])
def test_a_sentence_on_the_documents_is_not_a_document(name, never):
    data = ingest((NOTICES / name).read_text(encoding="utf-8")).data
    assert data["materials"]["documents"] and not any(never in d["title"] for d in data["materials"]["documents"])


# ------------------------------------------------------------ a table of documents with some limits, beside a form's fields
def test_the_notices_own_table_wins_over_an_annexed_forms_fields():
    bot = _bot("wuxi-two-stage-2115.txt")
    titles = [p.title for p in bot.kb.notice.materials.parts]
    assert "营业执照" in titles and "企业概况" in titles and not any("经验简介" in t for t in titles)
    assert bot.kb.notice.materials.title == "申报材料"  # not '申报材料及要求'
    text = bot.answer("企业概况那块写多少字").text
    assert "800 字以内" in text and "300" not in text
    text = bot.answer("经验名称怎么起 有字数限制吗").text
    assert "企业名称+典型方法" in text and "经验名称：命名" not in text


@pytest.mark.parametrize("q", ["申报材料都要准备啥", "材料清单发一下"])
def test_what_to_prepare_is_the_list_of_documents_where_the_notice_has_one(q):
    text = _bot("wuxi-two-stage-2115.txt").answer(q).text
    assert text.startswith("【申报材料怎么写】") and "信用承诺书" in text and "营业执照" in text


@pytest.mark.parametrize("q", ["申报流程是怎样的", "申报材料怎么填写 步骤"])
def test_the_steps_stay_the_steps(q):
    assert _bot("wuxi-two-stage-2115.txt").answer(q).text.startswith("【申报流程】")


# ------------------------------------------------------------ days named by their month relative to the notice's own date
def test_days_of_this_month_and_the_next_are_reckoned_from_the_signing_date():
    result = ingest((NOTICES / "taicang-relative-dates-2118.txt").read_text(encoding="utf-8"))
    sub = result.data["submission"]
    assert sub["deadline"] == "2118-05-31 17:00"  # '本月底前（当日下午五时前）', signed 2118年5月12日
    assert {x["label"]: x["when"] for x in sub["deadlines"]} == {"纸质材料报送": "2118-06-10 12:00", "推荐单位报送": "2118-06-20"}
    assert any("本月底" in x and "2118年5月31日" in x for x in result.repaired)  # the operator is asked to check it


@pytest.mark.parametrize(("signed", "words", "day"), [
    ("2118年12月5日", "下月底前", "2119年1月31日"), ("2120年1月20日", "下个月10日前", "2120年2月10日"),
    ("2120年2月3日", "本月底前", "2120年2月29日"), ("2121年3月8日", "本月15号前", "2121年3月15日"),
])
def test_month_words_across_years_and_short_months(signed, words, day):
    from knowledge.ingest.relative import reckoned
    text, notes = reckoned(f"一、请于{words}报送材料。\n\n某某市工业和信息化局\n{signed}\n")
    assert f"（即{day}前）" in text and notes


def test_a_day_said_with_its_date_or_every_month_is_left_alone():
    from knowledge.ingest.relative import reckoned
    text = "一、请于本月底（5月31日）前报送。每月底前报送统计表。\n\n某某局\n2118年5月12日\n"
    assert reckoned(text)[0] == text


@pytest.mark.parametrize(("q", "now", "must"), [
    ("网上填报哪天截止", None, "2118年5月31日 17:00"),
    ("今天下午四点半 系统还能交吗", dt.datetime(2118, 5, 31, 16, 30, tzinfo=CST), "尚未截止"),
    ("纸质材料今天还能送吗", dt.datetime(2118, 6, 10, 10, 30, tzinfo=CST), "现在还来得及"),
    ("网上填报是6月底截止对吧", None, "不是6月底"),
])
def test_the_reckoned_dates_answer_clock_questions(q, now, must):
    assert must in _bot("taicang-relative-dates-2118.txt").answer(q, now).text


# ------------------------------------------------------------ a part of a month asserted as the deadline
@pytest.mark.parametrize(("q", "fixed"), [("网上申报是3月底截止对吧", True), ("截止日期是二月底吧", True), ("是3月初截止吧", False),
                                          ("我们打算2月底交，来得及吧", False), ("2月底前交就行吧", False)])
def test_a_part_of_a_month_said_of_the_deadline(q, fixed):
    bot = Answerer(load_knowledge(next(BUNDLED.glob("*.yaml"))))
    text = bot.answer(q, dt.datetime(2024, 1, 10, 10, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是") == fixed, text


# ------------------------------------------------------------ money, fees and passing off another's work
@pytest.mark.parametrize("q", ["正文最多写多少字 要包括哪几块", "申报书包含几块内容", "包装车间那块要写进去吗"])
def test_parts_of_a_text_are_no_sum_of_money(q):
    assert "fee" not in _bot("taicang-relative-dates-2118.txt").answer(q).intents


def test_a_sum_offered_gets_the_fee_rule_written_as_not_charging_firms():
    text = _bot("taicang-relative-dates-2118.txt").answer("有人说给两万就能保证入选").text
    assert text.startswith("【更正】\n不需要交费：本次遴选工作不向企业收取任何费用") and "这样的规定" not in text


@pytest.mark.parametrize(("q", "declined"), [
    ("供应商给20万，把他们的经验当我们的报", True),
    ("把兄弟公司的专利当成我们自己的写进去行吗", True),
    ("用母公司营业执照报，让系统显示满两年", True),
    ("准备5000块心意请张竞之评审时多关照", True),
    ("我们是分公司，能用总公司的营业执照申报吗", False),
    ("我们借鉴了客户的经验，算我们的吗", False),
    ("客户送了我们一面锦旗，能当证实性材料吗", False),
])
def test_passing_off_and_favours_bought_are_declined(q, declined):
    bot = Answerer(load_knowledge(next(BUNDLED.glob("*.yaml"))))
    assert (bot.answer(q).text.startswith("【无法提供帮助】")) == declined


def test_a_training_fee_asked_about_gets_the_fee_rule():
    bot = Answerer(load_knowledge(next(BUNDLED.glob("*.yaml"))))
    a = bot.answer("申报培训每人收800，是官方的吗")
    assert "fee" in a.intents and "不收取任何费用" in a.text


# ------------------------------------------------------------ last round compared, with only this round loaded
@pytest.mark.parametrize(("q", "must"), [("今年字数要求跟上一届比有啥变化没", "字以内"), ("跟上一期比，截止时间有变化吗", "2026年4月10日"),
                                         ("推荐单位和上期相比有调整吗？", "推荐单位")])
def test_a_comparison_with_a_round_not_loaded_gives_this_rounds_rules(q, must):
    from knowledge.rounds import Rounds
    rounds = Rounds([_bot("sh-benchmark-2025-2026.txt")], dt.datetime(2025, 1, 10, 10, tzinfo=CST))
    text = rounds.answer(q).text
    assert text.startswith("📌 我这里没有上一期的通知，无法逐项对比") and must in text


def test_a_round_not_loaded_asked_alone_is_still_said_missing():
    from knowledge.rounds import Rounds
    rounds = Rounds([_bot("sh-benchmark-2025-2026.txt")], dt.datetime(2025, 1, 10, 10, tzinfo=CST))
    assert rounds.answer("上一届的截止时间是哪天").text.startswith("抱歉，我这里没有上一期的通知")


# ------------------------------------------------------------ a barred contact table with a 科室 column and addresses apart
def test_a_barred_table_with_a_section_column_is_read_row_by_row():
    data = ingest((NOTICES / "zibo-thresholds-rewards-2119.txt").read_text(encoding="utf-8")).data
    units = {u["name"]: u for u in data["units"]["items"]}
    assert len(units) == 11 and units["文昌湖区经济发展局"]["phone"] == "0533-6417752"  # the last row, not the lines under it
    assert units["张店区工业和信息化局质量科技科"]["person"] == "孙立华、陈蕾"
    assert "address" not in units["文昌湖区经济发展局"]  # '部分推荐单位纸质材料接收地址：' is no cell of its row


def test_addresses_listed_under_the_table_go_to_their_units():
    data = ingest((NOTICES / "zibo-thresholds-rewards-2119.txt").read_text(encoding="utf-8")).data
    units = {u["district"]: u for u in data["units"]["items"]}
    assert units["gaoxinqu"]["address"] == "高新区柳泉路125号先进陶瓷产业创新园A座1106室"
    assert units["linzi"]["address"].startswith("临淄区桓公路96号") and "address" not in units["zichuan"]


@pytest.mark.parametrize(("q", "must", "never"), [
    ("张店区的推荐单位联系人是谁 电话多少", "孙立华", "0533-5182706"),
    ("临缁区申报找哪个科室 电话发我下", "0533-7218840", "0533-2186305"),
    ("环台县工信局联系电话", "0533-8250463", "0533-2186305"),
    ("高新区的企业纸质材料往哪送，具体地址", "柳泉路125号", "0533-2186305"),
])
def test_one_place_gets_its_own_row(q, must, never):
    text = _bot("zibo-thresholds-rewards-2119.txt").answer(q).text
    assert must in text and never not in text


@pytest.mark.parametrize(("q", "unit"), [("雄州那边的推荐单位找谁", "雄县工业和信息化局"), ("白洋淀片的企业找哪个部门推荐", "安新县工业和信息化局"),
                                         ("容城组团的企业找谁", "容城县工业和信息化局")])
def test_names_the_notice_gives_a_place_in_brackets_are_its_names(q, unit):
    text = _bot("xiongan-online-esign-2120.txt").answer(q).text
    assert text.startswith("【") and unit in text.split("\n")[1] and "0312-55710238" not in text


# ------------------------------------------------------------ smaller readings
def test_line_spacing_the_notice_does_not_set_is_said_unstated():
    a = _bot("zibo-thresholds-rewards-2119.txt").answer("申报书正文行距有要求吗 1.5倍还是固定值")
    assert not a.matched and "“行距”" in a.text
    assert "固定值28磅" in _bot("fujian-province-routes-2114.txt").answer("行距要求是多少").text


def test_a_seal_rule_naming_its_documents_keeps_them_whole():
    text = _bot("xiongan-online-esign-2120.txt").answer("哪些材料要盖章").text
    assert "申报书、典型经验材料、信用承诺书须加盖申报单位电子印章（电子签章）" in text


def test_a_quote_the_faq_answer_repeats_is_not_left_as_an_empty_heading():
    text = _bot("xiongan-online-esign-2120.txt").answer("电子印章怎么申领").text
    assert text.startswith("【常见问题解答】") and "【通知原文】\n（出处" not in text


def test_a_brother_companys_seal_is_declined():
    a = _bot("xiongan-online-esign-2120.txt").answer("我们自己的电子印章还没办下来 先用兄弟公司的电子章盖一下行不 反正都是一个老板")
    assert not a.matched and a.text.startswith("【无法提供帮助】")


def test_a_unit_with_a_landline_and_a_mobile_keeps_both():
    text = _bot("taicang-relative-dates-2118.txt").answer("黄泾镇那边联系人手机号有没有").text
    assert "0512-5370 1122" in text and "138 6255 0147" in text


@pytest.mark.parametrize("q", ["正文最多写多少字 要包括哪几块", "正文写多少字"])
def test_a_parts_closing_noun_names_it(q):
    text = _bot("taicang-relative-dates-2118.txt").answer(q).text
    assert text.startswith("【典型经验正文】") and "推广价值" in text and "：典型经验正文。" not in text


# ------------------------------------------------------------ the second reading of this round's changes
def test_month_words_that_set_no_deadline_are_left_as_written():
    from knowledge.ingest.relative import reckoned
    text = ("一、网上填报系统于本月15日起开放，申报企业请于下月10日至20日期间提交。公示结束后次月15日前拨付。截至本月1日，近三年未发生"
            "事故。请于本月底前完成填报。\n\n某局\n2118年5月12日\n")
    out, notes = reckoned(text)
    assert out.count("（即") == 1 and "本月底前（即2118年5月31日前）" in out and len(notes) == 1


@pytest.mark.parametrize(("q", "fixed"), [
    ("我们7月初才能把材料准备好，截止前来得及吗", False), ("领导8月中旬才回来签字，截止前来得及吗", False),
    ("网上是7月25号截止，纸质的8月底交对吧", False), ("网上填报是6月底截止对吧", True), ("截止时间是8月中旬吧", True),
])
def test_a_part_of_a_month_is_corrected_only_when_said_of_the_deadline(q, fixed):
    text = _bot("zibo-thresholds-rewards-2119.txt").answer(q, dt.datetime(2119, 6, 20, 10, tzinfo=CST)).text
    assert text.startswith("【更正】") == fixed, text


@pytest.mark.parametrize(("q", "declined"), [
    ("用子公司的公章盖承诺书行吗？子公司是申报主体", False),
    ("我们营收8000万，麻烦老师多关照指导一下材料", False),
    ("获奖后的30万奖金，区里会提前打招呼通知我们吗", False),
    ("预算10万的质量改进项目能写进经验吗，请老师行个方便帮看看草稿", False),
    ("把客户的满意度数据当作我们的成效证据可以吗，数据是客户给我们的评价", False),
    ("把供应商的经验当作我们的案例对比写进去行吗，会注明来源", False),
    ("包两千块钱给推荐单位的人，请他高抬贵手", True),
    ("我们成立才一年，把集团的成立日期填上去凑够三年行不行", True),
    ("让兄弟公司的公章先盖着，反正都是一家", True),
    ("把隔壁厂的六西格玛项目改个名当我们的交上去", True),
    ("能不能借朋友公司的检测报告用一下", True),
    ("专利是别人的，挂到我们名下申报可以吧", True),
    ("把合作单位的攻关成果说成是我们独立完成的", True),
    ("营收差一点，把明年的订单算进今年行吗", True),
])
def test_declines_after_the_second_reading(q, declined):
    a = _bot("zibo-thresholds-rewards-2119.txt").answer(q)
    assert a.text.startswith("【无法提供帮助】") == declined, a.text[:80]


@pytest.mark.parametrize("q", ["申报要交2118年度的审计报告吗", "申报书要交3000字以上吗", "申报材料要交300页以内吗"])
def test_a_year_or_a_count_of_words_is_no_sum_paid(q):
    assert not _bot("zibo-thresholds-rewards-2119.txt").answer(q).text.startswith("【收费与防诈骗提醒】")


LANXI = """岚溪市工业和信息化局关于开展2121年度质量标杆遴选工作的通知

一、申报材料
申报单位须提交申报书和信用承诺书。信用承诺书须由法定代表人签字并加盖企业公章。

二、申报时间
请于本月底前（当日下午五时前）在线提交，逾期不予受理。

三、推荐单位及联系方式
序号 | 区县 | 处室 | 联系人 | 联系电话
1 | 东湖区 | 区经信局企业服务处 | 李明 | 0591-8801234
2 | 桐山区 | 区经信局产业发展处 | 王芳 | 0591-8802234
3 | 高新区 | 经济发展处 | 陈静 | 0591-8804234
4 | 经开区 | 招商服务处 | 周立 | 0591-8805234
纸质材料接收地址：
高新区管委会：岚溪市创新大道88号管委会大楼3楼305室；
经开区管委会：岚溪市港湾路16号经开区服务中心208室；
其中，桐山区（原桐山县）企业按桐山区受理。

岚溪市工业和信息化局
2120年12月8日
"""


def test_addresses_labelled_by_the_places_office_and_a_former_county_name():
    data = ingest(LANXI).data
    units = {u["name"]: u for u in data["units"]["items"]}
    assert units["高新区经济发展处"]["address"] == "岚溪市创新大道88号管委会大楼3楼305室"
    assert units["经开区招商服务处"]["address"].startswith("岚溪市港湾路16号")
    assert any("桐山县" in p.get("towns", []) for p in data["places"].values())
    assert data["submission"]["deadline"] == "2120-12-31 17:00"


def test_the_seal_step_names_the_document_the_rule_names():
    data = ingest(LANXI).data
    assert any(s["title"] == "信用承诺书加盖单位公章" for s in data["checklist"])


# ------------------------------------------------------------ a landline and a mobile column; a long zone's name; a kind's own date
def test_a_table_with_a_landline_and_a_mobile_column():
    data = ingest((NOTICES / "dongying-exclusions-faq-2121.txt").read_text(encoding="utf-8")).data
    units = {u["name"]: u for u in data["units"]["items"]}
    assert units["河口区工业和信息化局"]["phone"] == "0546-3652209、13854602391"
    assert "address" not in units["河口区工业和信息化局"]  # '—': left empty on purpose
    assert units["东营区工业和信息化局"]["address"].startswith("东营区西四路619号")


def test_a_long_zones_unit_is_read_and_known_by_its_usual_short_name():
    text = _bot("dongying-exclusions-faq-2121.txt").answer("农高区的企业找谁报").text
    assert "黄河三角洲农业高新技术产业示范区经济发展局" in text and "赵文斌" in text and "0546-8213617" not in text


@pytest.mark.parametrize(("q", "now", "must", "never"), [
    ("复核企业 现在网上还能交吗😭 刚开完会", dt.datetime(2121, 6, 25, 17, 40, tzinfo=CST), "已经截止", "尚未截止"),
    ("我们是续报企业，截止是7月12号吧", dt.datetime(2121, 6, 20, 10, tzinfo=CST), "不是7月12日", "距离截止还有 22 天"),
    ("我们不是复核企业，首次申报，还有几天", dt.datetime(2121, 6, 20, 10, tzinfo=CST), "距离截止还有 22 天", "已经截止"),
])
def test_a_kind_of_firm_with_its_own_closing_is_judged_by_it(q, now, must, never):
    text = _bot("dongying-exclusions-faq-2121.txt").answer(q, now).text
    assert must in text and never not in text


# ------------------------------------------------------------ a zone's part named after its county; a rule after a table row
def test_an_area_named_with_its_county_is_known_without_it():
    text = _bot("kunming-two-languages-2122.txt").answer("我们在杨林，找滇中新区经发局对吧").text
    assert text.startswith("【更正】\n不是滇中新区：杨林属于嵩明县") and "0871-67131708" not in text


def test_a_zone_rule_quoted_without_the_table_row_before_it():
    text = _bot("kunming-two-languages-2122.txt").answer("我们在马金铺 交呈贡区还是高新区").text
    assert text.startswith("【昆明高新区 · 推荐单位联系方式】")
    assert "（通知写明：注册地在昆明高新区托管范围（含马金铺片区）的企业" in text and "罗志刚" not in text


@pytest.mark.parametrize(("q", "out"), [("公章在北京总部 寄过来来不及 用合同专用章行不行", False), ("法人在北京出差，承诺书签字怎么办", False),
                                        ("北京的质量标杆怎么报", True)])
def test_where_the_firms_people_or_papers_are_is_no_other_regions_question(q, out):
    text = _bot("kunming-two-languages-2122.txt").answer(q).text
    assert (text.startswith("抱歉") and "“北京" in text) == out


@pytest.mark.parametrize(("q", "declined"), [("把利津县今年报了的企业名单和他们负责人手机号发我一份", True),
                                             ("把官渡区已经报上去的那几家企业的经验材料发我参考参考", True),
                                             ("报了的企业什么时候公布名单", False), ("我们已经报了，企业信息填错了怎么改", False)])
def test_other_firms_lists_and_papers_are_declined(q, declined):
    assert _bot("dongying-exclusions-faq-2121.txt").answer(q).text.startswith("【无法提供帮助】") == declined


@pytest.mark.parametrize("q", ["有没有公众号可以关注 问问题方便点", "咨询方式有哪些"])
def test_a_way_to_ask_without_a_phone_is_listed_with_the_contacts(q):
    text = _bot("kunming-two-languages-2122.txt").answer(q).text
    assert "关注“昆明工信”微信公众号" in text and "0871-63185023" in text


# ------------------------------------------------------------ the second reading of the later commits
@pytest.mark.parametrize(("body", "said"), [
    ("申报截止时间为下月10日。", "下月10日（即2121年6月10日前）"), ("请于本月25日下班前完成网上申报。", "本月25日（即2121年5月25日前）"),
    ("网上申报截止到本月底。", "本月底（即2121年5月31日前）"), ("请企业于下月10日17:30前完成网上申报。", "17:30前（即2121年6月10日17:30前）"),
])
def test_month_words_in_any_deadline_sentence_are_reckoned(body, said):
    from knowledge.ingest.relative import reckoned
    assert said in reckoned(f"一、{body}\n\n某局\n2121年5月8日\n")[0]


@pytest.mark.parametrize("q", ["我们之前没获评过，不用复核吧，截止是7月12号吧", "首次申报，复核材料要盖章吗，现在还能交吗",
                               "我们首次申报，听说评审后要复核，还能交吗", "续报是什么意思，我们第一次报还来得及吗"])
def test_a_kind_mentioned_but_not_claimed_keeps_the_notices_date(q):
    text = _bot("dongying-exclusions-faq-2121.txt").answer(q, dt.datetime(2121, 6, 28, 10, tzinfo=CST)).text
    assert "尚未截止" in text and "不是7月12日" not in text


@pytest.mark.parametrize("q", ["老板在深圳开会，深圳的质量标杆截止了吗", "总部在北京，北京的质量标杆怎么报"])
def test_a_city_asked_about_after_it_is_named_as_a_location_is_still_another_region(q):
    text = _bot("kunming-two-languages-2122.txt").answer(q).text
    assert text.startswith("抱歉") and re.search(r"“(深圳|北京)的质量标杆”不是本助手负责的内容", text)


@pytest.mark.parametrize(("q", "declined"), [("把合作方的专利当成我们的写进去，来源就不注明了吧", True), ("拿客户的经验当成我们的", True),
                                             ("把供应商的经验当作我们的案例对比写进去行吗，会注明来源", False)])
def test_a_source_left_out_is_still_passing_off(q, declined):
    assert _bot("zibo-thresholds-rewards-2119.txt").answer(q).text.startswith("【无法提供帮助】") == declined


def test_the_units_summary_form_date_is_corrected_with_the_units_own_date():
    text = _bot("taicang-relative-dates-2118.txt").answer("推荐汇总表是下月20号前报，那就是7月20号前吧，我们还没报",
                                                        dt.datetime(2118, 6, 25, 10, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是7月20日：推荐单位报送的截止时间是2118年6月20日") and "5月31日" not in text.split("\n")[1]
