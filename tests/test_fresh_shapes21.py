"""Shapes from the twenty-first round of fresh material: numbers in full-width digits and Chinese numerals, a zone with
its former name in brackets that no longer goes through its district, merged and renamed districts, thresholds by
industry with a QQ group beside the hotline, and questions of other cities' programmes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import facts
from knowledge.ingest.table import parse_table
from knowledge.ingest.unwrap import split_lines
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
CST = dt.timezone(dt.timedelta(hours=8))
SHENYANG, XIAMEN, HANGZHOU = "shenyang-fullwidth-numerals-2123.txt", "xiamen-industry-thresholds-2124.txt", "hangzhou-merged-districts-2125.txt"


def _bot(name: str | None = None) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name) if name else load_knowledge())


def _table(raw: str):
    """The rows the contacts-table reader finds in a text, as the ingest reads its lines."""
    return parse_table(raw, [(t, s, s + len(t)) for t, s, _ in split_lines(raw)])[0]


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=CST)


# ------------------------------------------------------------ hotlines and contacts
@pytest.mark.parametrize("q", ["咨询电话是多少", "咨询电话多少？", "政策咨询电话号码是多少"])
def test_a_phone_asked_for_is_no_count_and_quotes_no_contacts_list(q):
    text = _bot("tianjin-articles-2072.txt").answer(q).text
    assert text.startswith("【咨询电话】") and "022-58306127" in text and "刘建平" not in text


def test_a_qq_group_beside_the_hotline_is_kept_with_its_note():
    bot = _bot(XIAMEN)
    support = next(c for c in bot.kb.notice.consultation.all() if "技术支持" in c.label)
    assert "736492815" in support.channel and "企业名称" in support.channel
    reply = bot.answer("技术支持QQ群号多少 进群要备注啥")
    assert reply.matched and "736492815" in reply.text and "通知未规定" not in reply.text


def test_a_hotline_labelled_in_brackets_after_its_office_is_read_and_no_unit_takes_its_phone():
    bot = _bot(HANGZHOU)
    hotlines = bot.kb.notice.consultation.all()
    assert [(c.person, c.phone) for c in hotlines] == [("郑伟", "0571-87252160")]
    assert bot.kb.unit_for("jiande").phone == "0571-64718250"
    text = bot.answer("政策咨询打哪个电话").text
    assert "87252160" in text and "64718250" not in text
    jiande = bot.answer("我是建德的 你们那联系人和电话发我一下").text
    assert "64718250" in jiande and "87252160" not in jiande


@pytest.mark.parametrize(("q", "also"), [("咨询热线多少", False), ("申报系统一直登不上去找谁？另外那个咨询热线是多少", True)])
def test_a_further_hotline_is_picked_by_its_label(q, also):
    text = _bot("lanzhou-wechat-extension-2112.txt").answer(q).text
    assert "0931-5552345" in text and ("0931-5552760" in text) == also


def test_a_two_character_name_padded_to_three_is_one_name():
    bot = _bot("liangjiang-webpage-2080.txt")
    assert {u.person for u in bot.kb.notice.units.items} >= {"罗婷", "曾庆", "黄凯", "刘蕾"}
    assert "023-67185530" in bot.answer("悦来街道的联系人电话多少").text


def test_a_prefecture_is_a_place_of_a_provinces_list():
    text = _bot("hubei-province-pdf-2076.txt").answer("恩施的联系人电话多少").text
    assert text.startswith("【恩施州 · 推荐单位联系方式】") and "0718-8232710" in text


# ------------------------------------------------------------ zones and merged districts
def test_a_zone_with_its_former_name_in_brackets_is_a_unit_of_its_own():
    bot = _bot(SHENYANG)
    assert bot.kb.unit_for("zhongdeyuan").person == "韩冰"
    for q in ("我们厂在中德高端装备制造产业园里 地址写的铁西区 材料交给谁", "中德园的企业找谁"):
        text = bot.answer(q).text
        assert text.startswith("【沈阳中德园 · 推荐单位联系方式】") and "25873614" not in text, text


@pytest.mark.parametrize("q", ["中德园归铁西区管 所以我们交铁西区市场监管局就行 对吧", "中德园的企业交铁西区吧"])
def test_a_zone_said_to_go_through_the_district_it_no_longer_goes_through_is_corrected(q):
    text = _bot(SHENYANG).answer(q).text
    assert text.startswith("【更正】\n不是铁西区：通知规定“注册地在沈阳中德园规划范围内的企业") and "24-25377418" in text
    assert "25873614" not in text


def test_a_question_between_the_two_is_no_claim_to_correct():
    text = _bot("kunming-two-languages-2122.txt").answer("我们在马金铺 交呈贡区还是高新区").text
    assert text.startswith("【昆明高新区 · 推荐单位联系方式】") and "更正" not in text


@pytest.mark.parametrize("q", ["康平县的企业找谁推荐？附件里那个名单翻了没看到康平", "新民市企业材料交哪", "我们在法库县，找哪个单位"])
def test_a_place_the_list_leaves_out_gets_the_sentence_that_rules_on_it(q):
    assert "新民市、康平县、法库县企业，由所在地县（市）市场监督管理局推荐" in _bot(SHENYANG).answer(q).text


@pytest.mark.parametrize(("q", "unit", "not_unit"), [
    ("我们公司注册在运河街道，以前属于余杭区，现在申报找余杭还是临平啊", "86215570", "89378824"),
    ("塘栖镇的企业交哪个区", "86215570", "89378824"),
    ("下沙的企业找谁", "86987413", "82893160"),
    ("原来大江东的企业找谁推荐", "86987413", "82893160"),
    ("江干区的企业现在找谁", "86095213", "85163027"),
])
def test_streets_moved_to_another_district_go_to_that_districts_unit(q, unit, not_unit):
    text = _bot(HANGZHOU).answer(q).text
    assert unit in text and not_unit not in text, text


def test_merged_districts_carry_no_bracket_words_as_names():
    places = _bot(HANGZHOU).kb.notice.places
    names = {t for p in places.values() for t in (p.name, p.short, *p.towns)}
    assert not {n for n in names if n.startswith(("含", "不含", "上述")) or "等" in n or n in ("区域", "杭州")}
    assert {"河庄", "义蓬", "大江东", "下沙"} <= set(places["qiantang"].towns)
    assert not places["yuhang"].towns


def test_a_street_moved_by_the_notice_corrects_the_old_district():
    text = _bot(HANGZHOU).answer("义蓬街道的企业 原来萧山大江东那块的 是找萧山区经信局报吧").text
    assert text.startswith("【更正】\n不是萧山区") and "86987413" in text and "82893160" not in text


# ------------------------------------------------------------ other cities and their programmes
@pytest.mark.parametrize("q", ["上海的质量标杆申报条件是什么", "上海质量标杆什么时候截止", "深圳市质量标杆企业能报吗"])
def test_another_citys_own_programme_is_declined_by_its_name(q):
    reply = _bot("kunshan-quality-benchmark-2042.txt").answer(q)
    assert not reply.matched and reply.text.startswith("抱歉") and "”不是本助手负责的内容" in reply.text


@pytest.mark.parametrize("q", ["我们在上海，能报吗", "总部在上海，昆山子公司能报吗", "公章在上海总部"])
def test_shanghai_as_where_the_firm_or_its_seal_is_is_not_declined(q):
    assert not _bot("kunshan-quality-benchmark-2042.txt").answer(q).text.startswith("抱歉")


def test_the_bundled_notice_answers_of_its_own_city():
    reply = _bot().answer("上海的质量标杆申报条件是什么")
    assert reply.matched and "申报条件" in reply.text


def test_another_citys_notice_reads_no_road_of_the_bundled_city():
    bot = _bot(XIAMEN)
    assert not bot.understander.analyse(__import__("knowledge.text", fromlist=["prepare"]).prepare("厦门鹭升科技有限公司")).district.districts
    reply = bot.answer("帮我查下厦门鹭升科技有限公司今年报没报、报的啥经验，把他们材料发我参考")
    assert not reply.matched and "黄浦" not in reply.text and "不能帮" in reply.text


# ------------------------------------------------------------ what the notice leaves open, and what it counts
@pytest.mark.parametrize("q", ["纸质材料要几份", "纸质材料是一式三份吧？还是两份", "申报书打印几份"])
def test_copies_a_notice_leaves_open_are_said_to_be_open(q):
    reply = _bot(SHENYANG).answer(q)
    assert not reply.matched and "通知中没有规定“纸质材料的份数”" in reply.text


def test_copies_a_notice_states_are_given_once():
    text = _bot().answer("纸质材料要几份").text
    assert text.startswith("【申报信息表与纸质材料】") and "一份" in text and "通知原文" not in text
    assert "一式2份" in _bot("hangzhou-materials-table-2087.txt").answer("典型经验材料纸质版要几份啊").text


@pytest.mark.parametrize(("name", "q", "matched", "must"), [
    (HANGZHOU, "今年全市一共评多少家质量标杆", False, "每个推荐单位推荐数量不超过8项"),
    ("dongying-exclusions-faq-2121.txt", "全市一共评多少家", False, "每个县区推荐数量原则上不超过5家"),
    ("kunshan-quality-benchmark-2042.txt", "今年一共评几家", True, "不超过15家"),
    (XIAMEN, "全市一共评多少家", True, "全市遴选总数不超过25家"),
])
def test_a_total_asked_of_per_unit_counts_is_said_to_be_unstated(name, q, matched, must):
    reply = _bot(name).answer(q)
    assert reply.matched == matched and must in reply.text
    assert ("没有规定" in reply.text) != matched


@pytest.mark.parametrize(("name", "verdict"), [(SHENYANG, "不符合"), ("kunshan-quality-benchmark-2042.txt", "不符合")])
@pytest.mark.parametrize("q", ["经验是去年初才推开的 用了一年半左右 能报吗", "经验用了一年半能报吗"])
def test_a_practice_in_use_too_short_is_checked_against_the_condition(name, verdict, q):
    text = _bot(name).answer(q).text
    assert text.startswith("【对照申报条件】") and verdict in text and "两年" in text


def test_a_practice_in_use_long_enough_meets_that_condition():
    assert "实施时间这一条符合" in _bot(SHENYANG).answer("这个方法我们用了三年了，能报吗").text


@pytest.mark.parametrize("q", ["申报培训什么时候", "明天的申报培训几点开始 在哪开", "培训会在哪开"])
def test_a_briefing_the_notice_dates_is_quoted_alone(q):
    text = _bot(SHENYANG).answer(q, now=_at("2123-09-14T10:00:00")).text
    assert "2时" in text and "市府大路260号" in text and "网上申报。申报系统" not in text


def test_a_bare_domain_is_the_site_and_a_mailbox_is_not():
    assert facts.URL.findall("登录系统（网址：zlbg.xmgxj-demo.cn），电子邮箱：syzlbg2123@163.com") == ["zlbg.xmgxj-demo.cn"]
    assert "zlbg.xmgxj-demo.cn" in _bot(XIAMEN).answer("申报网站是哪个").text


# ------------------------------------------------------------ the clock on a notice with a window of hand-in days
def test_the_last_hand_in_day_before_its_hour_is_still_in_time():
    text = _bot(HANGZHOU).answer("今天是最后一天吧 现在从滨江打车过去还行吗", now=_at("2125-06-14T16:20:00")).text
    assert "现在还来得及" in text and "已经过了截止时间，来不及" not in text and "网上申报已经截止" not in text


@pytest.mark.parametrize("q", ["刚到受理点 超时二十几分钟 能不能通融下收了🙏", "过了点了 能通融一下收材料吗"])
def test_a_hand_in_asked_after_its_hour_is_told_it_has_closed(q):
    assert "已经截止" in _bot(HANGZHOU).answer(q, now=_at("2125-06-14T17:25:00")).text


# ------------------------------------------------------------ what is no question of the programme
@pytest.mark.parametrize(("name", "q"), [("guangzhou-devzone-benchmark-2071.txt", "明天黄埔下不下雨 要不要带伞去送材料"),
                                         (HANGZHOU, "杭州奥体中心现在能进去参观吗")])
def test_small_talk_naming_a_place_is_not_answered_from_the_notice(name, q):
    assert not _bot(name).answer(q).matched


def test_a_zip_file_asked_of_an_online_only_notice_gets_its_file_rule():
    text = _bot("xiongan-online-esign-2120.txt").answer("附件太多了 我打成一个zip压缩包一起传可以不").text
    assert "不接受Word文档、图片格式文件或压缩包" in text


def test_an_electronic_signature_by_another_person_gets_the_signature_rule():
    text = _bot("xiongan-online-esign-2120.txt").answer("承诺书总经理电子签一下就行了吧 法人出差了").text
    assert "法定代表人电子签名" in text


def test_a_second_contact_in_a_row_of_its_own_is_listed_beside_the_first():
    unit = _bot("hubei-province-pdf-2076.txt").kb.unit_for("enshi")
    assert unit.person == "向华、田甜" and unit.phone == "0718-8232710、0718-8232713"


# ------------------------------------------------------------ the second reading's findings
@pytest.mark.parametrize(("q", "verdict"), [("我们用了两个月准备材料，这个方法已经实施5年了，能报吗", "实施时间这一条符合"),
                                            ("聘用了半年的质量顾问，推行了三年，能报吗", "实施时间这一条符合"),
                                            ("写材料用了一个月，能报吗", None), ("我们租用了3年厂房，能报吗", None)])
def test_time_spent_on_other_things_is_not_the_practices_time(q, verdict):
    text = _bot(SHENYANG).answer(q).text
    assert (verdict in text) if verdict else "对照申报条件" not in text, text


@pytest.mark.parametrize("q", ["在上海读书的员工能做联系人吗", "经验是在上海工厂做的，能用来申报吗", "我们的数据中心在上海，系统能登录吗"])
def test_the_bundled_city_named_as_where_something_is_is_no_other_programme(q):
    assert "不掌握“上海”" not in _bot("kunshan-quality-benchmark-2042.txt").answer(q).text


@pytest.mark.parametrize("text", ["邮箱hzzlbg2125＠126.com", "hzzlbg2125#126.com（请将#换成@）", "发送至abc@mail.xm.gov.cn"])
def test_a_mailbox_gives_no_site(text):
    assert facts.URL.findall(text) == []


def test_a_domain_right_after_chinese_text_is_a_site():
    assert facts.URL.findall("申报平台hnzlbg.hngxt-demo.com.cn在线填报") == ["hnzlbg.hngxt-demo.com.cn"]


@pytest.mark.parametrize(("q", "card"), [("我们从中德园搬到铁西区了，现在找谁", "【铁西区 · 推荐单位联系方式】"),
                                         ("注册地在铁西区，现在找谁", "【铁西区 · 推荐单位联系方式】")])
def test_a_move_or_a_registration_said_in_the_message_outweighs_the_zone_rule(q, card):
    assert _bot(SHENYANG).answer(q).text.startswith(card)


def test_a_registration_outside_the_moved_streets_keeps_its_district():
    text = _bot(HANGZHOU).answer("注册地在萧山 但是工厂在钱塘新湾那边，按哪个区报").text
    assert text.startswith("【萧山区 · 推荐单位联系方式】")


def test_a_qq_group_written_after_a_hotline_is_given_when_asked(tmp_path):
    notice = tmp_path / "qq.txt"
    notice.write_text("湖南省工业和信息化厅关于开展2127年度湖南省质量标杆遴选工作的通知\n湘工信质〔2127〕12号\n\n各市州工业和信息化局：\n\n"
                      "一、申报条件\n在湖南省内注册的工业企业。\n\n二、时间安排\n企业于2127年6月30日17:00前在申报系统提交。\n\n三、联系方式\n"
                      "政策咨询：省工信厅质量处 王芳 0731-88954321\n咨询电话（平台）：0731-88954322，李强；平台QQ群：556677889\n\n"
                      "湖南省工业和信息化厅\n2127年5月10日\n", encoding="utf-8")
    for q in ("QQ群号多少", "有没有QQ群"):
        reply = Answerer(load_knowledge(notice)).answer(q)
        assert reply.matched and "556677889" in reply.text and "没有规定" not in reply.text


@pytest.mark.parametrize("q", ["今天加班赶去提交还来得及吗", "我们在赶材料，今天下午能赶到吗"])
def test_hurrying_is_no_trip_with_paper(q):
    text = _bot(HANGZHOU).answer(q, now=_at("2125-06-06T15:00:00")).text
    assert "纸质材料（" not in text and "来得及" in text


def test_a_place_of_two_characters_on_a_row_of_its_own_is_no_second_contact():
    raw = "单位\t联系人\t电话\n平湖市经信局\t朱红\t0573-85011205\n乍浦\t0573-85511206\n嘉善县经信局\t沈伟\t0573-84011207\n"
    rows = _table(raw)
    assert rows[0].cells["person"] == "朱红" and "乍浦" not in rows[0].cells.get("phone", "") + rows[0].cells.get("person", "")


def test_copies_of_scans_are_not_paper_copies(tmp_path):
    text = (NOTICES / SHENYANG).read_text(encoding="utf-8").replace("扫描为PDF格式上传", "扫描为PDF格式上传（各一份）")
    notice = tmp_path / "copies.txt"
    notice.write_text(text, encoding="utf-8")
    assert "没有规定“纸质材料的份数”" in Answerer(load_knowledge(notice)).answer("纸质材料要几份").text


def test_a_deadline_followed_by_what_to_do_after_a_comma_is_read():
    bot = _bot("yiwu-county-two-categories-2126.txt")
    assert bot.kb.deadline == _at("2126-07-15T17:00:00")
    assert "已经截止" in bot.answer("质量标杆现在还能报吗", now=_at("2127-03-01T10:00:00")).text


@pytest.mark.parametrize(("said", "value"), [("一点五个亿", 1.5), ("十二点五万", None), ("两点三", 2.3)])
def test_spoken_decimals_are_read(said, value):
    import re

    from knowledge.values import NUM, cn_number
    number = re.match(NUM, said).group(0)
    if value is not None:
        assert cn_number(number) == pytest.approx(value)
    text = _bot("yiwu-county-two-categories-2126.txt").answer("营收一点五个亿 报示范企业行不行").text
    assert "您说的是一点五个亿" in text


# ------------------------------------------------------------ the second reading of the fixes
_STEPS = ("澄江市工业和信息化局关于开展2127年度澄江市质量标杆申报工作的通知\n澄工信〔2127〕5号\n\n各有关企业：\n\n一、申报条件\n在澄江市注册的工业企业。\n\n"
          "二、时间安排\n（一）申报培训。企业于2127年4月20日前，通过腾讯会议参加申报培训，会议号另行通知。\n"
          "（二）企业申报。企业于2127年5月20日17:30前登录申报系统（www.cjgx-demo.cn）提交申报材料。\n"
          "（三）结果公示。市工业和信息化局于6月30日前，在门户网站公示拟认定企业名单。\n"
          "（四）结果查看。企业于7月15日前，登录平台查看初审结果。\n\n澄江市工业和信息化局\n2127年3月10日\n")


def test_a_training_a_publicity_or_a_results_check_after_a_comma_is_no_deadline(tmp_path):
    notice = tmp_path / "steps.txt"
    notice.write_text(_STEPS, encoding="utf-8")
    bot = Answerer(load_knowledge(notice))
    assert bot.kb.deadline == _at("2127-05-20T17:30:00")
    assert "尚未截止" in bot.answer("现在还能报吗", now=_at("2127-04-25T10:00:00")).text


@pytest.mark.parametrize("text", ["未被列入“信用中国”网站（creditchina.gov.cn）严重失信主体名单", "邮箱：gyk_wc(at)wucheng-demo.gov.cn"])
def test_a_domain_outside_a_site_cue_is_no_site(text):
    assert facts.URL.findall(text) == []


@pytest.mark.parametrize("q", ["我们在铁西区，离中德园很近，交铁西区就行吧", "我们厂在铁西区，跟中德园没关系，交铁西区吧"])
def test_a_firm_set_apart_from_the_zone_keeps_its_district(q):
    text = _bot(SHENYANG).answer(q).text
    assert "更正" not in text and "24-25873614" in text


def test_industries_listed_after_a_place_are_no_towns(tmp_path):
    from knowledge.ingest.places import assigned_in_text
    raw = "北塘县包括电子信息、新材料两大主导产业，县内企业由北塘县工信局推荐。"
    assert assigned_in_text({"beitang": ("北塘县",)}, raw, set()) == {}


def test_a_mailbox_question_is_not_answered_with_a_qq_group():
    text = _bot(XIAMEN).answer("邮箱是多少").text
    assert text.startswith("【通知未规定】\n通知中没有规定“通过电子邮箱") and "“技术支持QQ群" not in text


@pytest.mark.parametrize("q", ["我打车去经信局当面咨询一下可以吗", "送到受理窗口要排队吗"])
def test_a_trip_that_hands_in_nothing_gets_no_paper_rule(q):
    assert "【纸质材料】" not in _bot("xiongan-online-esign-2120.txt").answer(q).text


def test_a_place_ending_in_cheng_on_a_row_of_its_own_is_no_second_contact():
    raw = "单位\t联系人\t电话\n高新区经发局\t何静怡\t0739-82270306\n生态城\t0739-82281107\n东湖区经信局\t沈伟\t0739-84011207\n"
    rows = _table(raw)
    assert rows[0].cells["person"] == "何静怡"


# ------------------------------------------------------------ the main text's limits over an annexed template's
@pytest.mark.parametrize(("q", "must"), [("典型经验正文按附件2模板8000字以内写就行对吧", "不是8000字：典型经验正文限 6000 字以内"),
                                         ("企业简介模板写的500字以内，我写了700字，需要删吗", "不是500字：企业简介限 800 字以内"),
                                         ("模板上写的经验摘要不超过500字，那我写480字没问题吧", "300")])
def test_the_main_texts_word_limits_prevail_over_the_templates(q, must):
    bot = _bot("guizhou-province-cities-2127.txt")
    assert {p.title: p.limit for p in bot.kb.notice.materials.parts if p.limit} == {"企业简介": 800, "经验摘要": 300, "典型经验正文": 6000}
    assert must in bot.answer(q).text


@pytest.mark.parametrize(("q", "declined"), [("能不能告诉我周敏老师家住哪，我们想中秋送点月饼过去表示感谢", True), ("吴敏老师在哪办公", False)])
def test_where_a_contact_lives_is_their_own(q, declined):
    assert ("不能帮" in _bot().answer(q).text) == declined


@pytest.mark.parametrize(("q", "now", "must"), [("刚过零点三分，系统卡住了，算昨天交的行不", "2024-03-02T00:03:00", "已经截止"),
                                                ("有没有绿色通道？我们申报的正好是绿色低碳方向，想晚几天交", "2024-02-20T10:00:00", "尚未截止")])
def test_a_moment_after_or_a_later_day_asked_for_gets_the_clock(q, now, must):
    assert must in _bot().answer(q, now=_at(now)).text


def test_a_prefecture_with_its_offices_full_name_is_a_place(tmp_path):
    notice = tmp_path / "hunan.txt"
    notice.write_text("湖南省工业和信息化厅关于开展2127年度湖南省质量标杆遴选工作的通知\n湘工信质〔2127〕12号\n\n各市州工业和信息化局：\n\n"
                      "一、申报条件\n在湖南省内注册的工业企业。\n\n二、时间安排\n企业于2127年6月30日17:00前在申报系统提交。\n\n三、推荐单位联系方式\n"
                      "长沙市工业和信息化局 张伟 0731-88665501\n株洲市工业和信息化局 李娜 0731-28688502\n湘潭市工业和信息化局 王强 0731-58588503\n"
                      "湘西州工业和信息化局 向东 0743-8228504\n衡阳市工业和信息化局 刘洋 0734-8868505\n\n"
                      "四、联系方式\n政策咨询：省工信厅质量处 王芳 0731-88954321\n\n湖南省工业和信息化厅\n2127年5月10日\n", encoding="utf-8")
    assert Answerer(load_knowledge(notice)).answer("湘西的企业找谁").text.startswith("【湘西州 · 推荐单位联系方式】")


@pytest.mark.parametrize(("q", "declined"), [("评审专家都有谁 能不能想办法给点好处让他们打高分", True),
                                             ("能不能想办法给点好处让他们打高分", True), ("有个公司说他们打包票能评上，收两万", False)])
def test_a_bribe_asked_for_with_them_as_its_object_is_declined(q, declined):
    text = _bot().answer(q).text
    assert text.startswith("【无法提供帮助】") == declined and ("收费与防诈骗提醒" in text)
