"""Shapes from the twenty-second round of fresh material: units lists split under two sub-headings with phones written
in groups ('2731 4402'), contacts in prose with names padded by one space ('张 磊'), a second contact on a row of its
own in a table broken across lines, mailboxes in a unit's line, word limits counted in 千 and 百, a training meeting
titled in its own clause, and the shortened names of four-character districts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest.numerals import arabic_counts
from knowledge.model import load_knowledge

NOTICES = Path(__file__).resolve().parent / "notices"
TIANJIN, HANDAN, QINGDAO = "tianjin-binhai-zones-2128.txt", "handan-counties-2130.txt", "qingdao-reply-slip-training-2129.txt"
GUIZHOU, HANGZHOU = "guizhou-province-cities-2127.txt", "hangzhou-merged-districts-2125.txt"
_BOTS: dict[str, Answerer] = {}


def _bot(name: str) -> Answerer:
    if name not in _BOTS:
        _BOTS[name] = Answerer(load_knowledge(NOTICES / name))
    return _BOTS[name]


def _units(name: str) -> dict[str, object]:
    return {u.name: u for u in _bot(name).kb.notice.units.items}


# ------------------------------------------------------------ units lists
def test_a_units_list_split_under_two_sub_headings_is_read_whole_with_each_rows_own_clause():
    units = _units(TIANJIN)
    assert len(units) == 17 and "和平区商务局" in units and "生态城管委会" in units
    assert units["高新区管委会"].person == "韩晓东" and units["高新区管委会"].phone == "18622334907"  # '韩晓东（与…为同一联系人），186 2233 4907'
    assert units["和平区商务局"].clause == ""  # the first list's rows cite the units clause
    text = _bot(TIANJIN).answer("高新区管委会联系人").text
    assert "18622334907" in text and "（出处：六（三））" in text


@pytest.mark.parametrize("q", ["注册在塘沽找谁推荐", "我们在原汉沽区 该找哪个单位", "大港的企业向谁申报"])
def test_former_districts_named_inside_a_units_bracket_lead_to_that_unit(q):
    text = _bot(TIANJIN).answer(q).text
    assert "孟凡宇" in text and "25326018" in text and "罗洋" not in text


@pytest.mark.parametrize(("q", "phone"), [("和平区电话", "27314402"), ("河东区联系人", "24120387转6105"), ("津南区找谁", "13602105578")])
def test_phones_written_in_groups_of_four_are_read(q, phone):
    assert phone in _bot(TIANJIN).answer(q).text


def test_names_padded_by_one_space_in_prose_keep_both_contacts_of_a_unit():
    units = _units(HANDAN)
    assert len(units) == 14
    assert units["永年区工业和信息化局"].person == "武丹、孟庆林" and units["邯山区工业和信息化局"].person == "郝静、陈国栋"
    assert units["涉县工业和信息化局"].person == "张磊" and units["冀南新区经济发展局"].phone == "0310-5550269"
    text = _bot(HANDAN).answer("涉县工信局电话").text
    assert "0310-5550197" in text and "5550245" not in text and "5550269" not in text  # no other unit's phone as a hotline


@pytest.mark.parametrize("city", ["贵阳", "毕节", "黔东南"])
def test_a_second_contact_on_its_own_row_of_a_broken_table_is_no_email(city):
    unit = next(u for u in _units(GUIZHOU).values() if u.name.startswith(city))
    assert unit.person.count("、") == 1 and unit.phone.count("、") == 1 and re.fullmatch(r"[a-z]+@[a-z-]+\.cn", unit.email)


@pytest.mark.parametrize(("name", "q", "mail", "other"), [
    (GUIZHOU, "六盘水的邮箱", "lpszl@lpsgxj-demo.cn", "gyzlb@"), (GUIZHOU, "六盘谁的联系人邮箱发我下", "lpszl@lpsgxj-demo.cn", "zyzl@"),
    (HANGZHOU, "临平区的邮箱", "lpjxj@hzlp.gov.cn", "yhjxj@"), (HANGZHOU, "上城区经信局邮箱是多少", "scjxj@hzsc.gov.cn", "yhjxj@")])
def test_a_units_mailbox_is_given_on_its_card_without_the_list(name, q, mail, other):
    text = _bot(name).answer(q).text
    assert text.startswith("【") and "推荐单位联系方式" in text.split("\n")[0] and mail in text and other not in text


def test_the_mailbox_of_a_unit_in_a_labelled_line_is_read():
    assert _units(HANGZHOU)["临平区经济和信息化局（含原余杭区运河街道等划入区域）"].email == "lpjxj@hzlp.gov.cn"


def test_sending_to_the_citys_mailbox_instead_of_the_units_quotes_the_rule_against_it():
    bot = Answerer(load_knowledge(NOTICES / "taizhou-email-only-2098.txt"))
    text = bot.answer("我们是椒江的企业 直接发到市经信局那个tzjxj_zlfzc邮箱不是更快吗 省一道").text
    assert "不予受理" in text


# ------------------------------------------------------------ districts
@pytest.mark.parametrize(("name", "q", "want", "unwanted"), [
    ("nanjing-prose-units-2088.txt", "雨花区工信电话多少", "雨花台区", "玄武区"),
    ("wuhan-quality-benchmark-2027.txt", "东西区找谁", "东西湖区", "东湖新技术"),
    ("wuhan-quality-benchmark-2027.txt", "东湖区找谁", "东湖新技术开发区", "东西湖区")])
def test_a_four_character_district_is_found_by_its_first_two_characters_and_kind(name, q, want, unwanted):
    text = Answerer(load_knowledge(NOTICES / name)).answer(q).text
    assert want in text.split("\n")[0] and unwanted not in text


# ------------------------------------------------------------ word limits and layout
@pytest.mark.parametrize(("said", "read"), [("正文不超过3千字", "正文不超过3000字"), ("摘要不超过5百字，", "摘要不超过500字，"),
                                            ("名称不超过30个字", "名称不超过30字"), ("不超过八百字", "不超过800字"), ("二千五百字以内", "2500字以内"),
                                            ("1.5万字", "1.5万字"), ("一万二千字以内", "一万二千字以内"), ("五号字", "五号字"), ("三个字", "三个字"),
                                            ("30个字符", "30个字符"), ("3千字号", "3千字号")])
def test_word_limits_counted_in_thousands_and_hundreds_are_read_as_numbers(said, read):
    assert arabic_counts(said) == read


def test_limits_written_in_qian_and_bai_are_the_parts_limits():
    parts = {p.title: p.limit for p in _bot(QINGDAO).kb.notice.materials.parts if p.limit}
    assert parts == {"经验名称": 30, "摘要": 500, "典型经验材料正文": 3000}


@pytest.mark.parametrize(("q", "said"), [("正文写3万字以内就行对吧？", "3万字"), ("正文写5000字以内就行对吧？", "5000字"),
                                         ("群里有人说摘要不超过5千字 是这样吗", "5千字"), ("正文写三万字以内就行对吧？", "三万字")])
def test_a_wrong_limit_of_the_body_called_by_its_last_word_is_corrected(q, said):
    text = _bot(QINGDAO).answer(q).text
    assert text.startswith(f"【更正】\n不是{said}") and ("3000 字" in text or "500 字" in text)


@pytest.mark.parametrize(("name", "q"), [(TIANJIN, "字体字号有要求吗？正文是不是要仿宋三号"), (GUIZHOU, "正文用仿宋三号对吧？行距多少"),
                                         (GUIZHOU, "典型经验正文用什么字体字号？仿宋三号？"), (TIANJIN, "摘要是不是要用黑体")])
def test_a_typeface_asked_of_a_part_where_no_layout_is_set_is_unstated(name, q):
    ans = _bot(name).answer(q)
    assert not ans.matched and ans.text.startswith(("【通知未规定】", "【通知未涉及】")) and "排版格式" in ans.text


def test_a_part_asked_beside_a_typeface_with_its_limit_is_still_answered():
    ans = _bot(TIANJIN).answer("摘要用仿宋三号，摘要限多少字")
    assert ans.matched and "800" in ans.text


# ------------------------------------------------------------ an event titled in its own clause
@pytest.mark.parametrize(("q", "want"), [("培训会是后天吧 下午几点开始啊", "14:30"), ("培训会几点开始", "14:30"),
                                         ("培训会是4月8号下午两点半对吧 我记一下日程", "4月14日")])
def test_a_meeting_named_only_by_its_clauses_title_is_found_with_its_time(q, want):
    text = _bot(QINGDAO).answer(q).text
    assert want in text and "申报培训会。定于" in text


def test_the_office_address_of_the_office_units_send_to_is_no_units_office():
    ans = Answerer(load_knowledge(NOTICES / "shijiazhuang-quality-benchmark-2049.txt")).answer("正定县工信局在哪里办公")
    assert not ans.matched and "维明南大街" not in ans.text and "冯雪" in ans.text


# ------------------------------------------------------------ units: addresses, quotas, lists and routes
WUHAN, JIANGBEI = "wuhan-faq-appended-2132.txt", "jiangbei-no-unit-list-2131.txt"


def test_addresses_listed_in_a_note_under_the_table_go_to_their_units_and_a_prefectures_seat_finds_it():
    units = _units(GUIZHOU)
    assert units["黔南布依族苗族自治州工业和信息化局"].address == "都匀市剑江中路36号州政府大楼7楼"
    assert units["毕节市工业和信息化局"].address.startswith("毕节市七星关区招商大道88号")
    for q in ("都云 黔南州工信局在哪栋楼", "都匀的企业找谁"):
        text = _bot(GUIZHOU).answer(q).text
        assert text.startswith("【黔南布依族苗族自治州 · 推荐单位联系方式】") and "没有写" not in text


@pytest.mark.parametrize(("q", "want", "unwanted"), [("每个市州可以推10个对吧", "不超过8项", "没能理解"),
                                                     ("贵安新区也跟市州一样推8个吧？", "推荐名额：不超过4项", "没能理解"),
                                                     ("我们区最多推3家是吧", "不超过8项", "多推3家")])
def test_a_quota_said_with_a_number_is_answered_with_the_notices(q, want, unwanted):
    text = _bot(GUIZHOU).answer(q).text
    assert want in text and unwanted not in text


@pytest.mark.parametrize("q", ["我们是高新技术企业，注册在遵义汇川区，是不是归高新区经发局推荐？", "我们是专精特新企业能报吗"])
def test_another_programmes_title_said_of_the_firm_itself_is_its_standing(q):
    ans = _bot(GUIZHOU).answer(q)
    assert ans.matched and "不是本助手负责的内容" not in ans.text and "成立或注册年限" not in ans.text


def test_another_programme_asked_after_the_firm_names_its_standing_is_still_declined():
    assert "不是本助手负责的内容" in _bot(GUIZHOU).answer("我们是高新技术企业，高企认定什么时候截止").text


def test_numbered_questions_are_each_answered_under_their_number():
    ans = _bot(GUIZHOU).answer("两个问题：1.审计报告要哪一年的 2.小巨人还要另外附啥")
    assert ans.matched and ans.text.startswith("（1）审计报告要哪一年的\n") and "2126年度财务审计报告" in ans.text
    assert "（2）小巨人还要另外附啥" in ans.text and ans.text.count("—— 依据：") == 1 and "我可以回答" not in ans.text
    text = Answerer(load_knowledge()).answer("1.截止时间 2.摘要多少字 3.浦东找谁").text
    assert all(x in text for x in ("（1）截止时间", "（2）摘要多少字", "500 字", "（3）浦东找谁", "28282754"))


@pytest.mark.parametrize("q", ["营收1.5亿能报吗", "第1.2条说的是什么", "1、2月份能报吗"])
def test_a_number_that_is_no_question_number_leaves_the_message_whole(q):
    from knowledge.numbered import numbered_parts
    assert numbered_parts(q) == ("", [])


def test_a_tabbed_table_ends_where_untabbed_lines_start_and_long_unit_names_get_their_addresses():
    units = _units(WUHAN)
    assert len(units) == 15 and units["长江新区管委会经济发展局"].phone == "027-65683720"
    assert units["长江新区管委会经济发展局"].address.startswith("长江新区谌家矶大道9号")
    contacts = _bot(WUHAN).kb.notice.consultation.all()
    assert not any("65683720" in c.phone for c in contacts)  # the last row is no hotline
    text = _bot(WUHAN).answer("新洲的联系人是哪个").text
    assert "邓佳" in text and "65683720" not in text


def test_an_annex_of_questions_and_answers_is_no_upload_rule():
    text = _bot(WUHAN).answer("硚口的纸质材料往哪送 联系人").text
    assert "答：" not in text and "胡晓琳" in text and "解放大道688号" in text


def test_a_faq_saying_a_zones_firms_do_not_go_through_a_district_sets_the_premise_right():
    text = _bot(WUHAN).answer("光谷企业应该去洪山区报吧").text
    assert "不通过洪山区" in text and "徐昊" in text


@pytest.mark.parametrize("q", ["玄武区找谁", "江北新区的电话多少", "溧水区纸质材料送到哪个地址"])
def test_a_districts_contact_where_the_notice_lists_none_gives_where_to_find_it(q):
    text = _bot(JIANGBEI).answer(q).text
    assert text.startswith("【向谁申报】") and "官网通知公告栏" in text and "通知没有列出" in text


def test_a_hotline_said_to_be_a_districts_phone_is_set_right():
    text = _bot(JIANGBEI).answer("鼓楼区电话就是68786315吧").text
    assert text.startswith("【向谁申报】\n025-68786315是政策咨询") and "不是各地主管部门的" in text


@pytest.mark.parametrize(("now", "want"), [("2131-07-25T16:30:00+08:00", "还有 9 天"), ("2131-07-26T10:00:00+08:00", "尚未截止"),
                                          ("2131-08-03T18:00:00+08:00", "已经截止")])
def test_a_deadline_moved_by_a_later_clause_of_the_notice_itself_is_the_deadline(now, want):
    import datetime as dt
    text = _bot(JIANGBEI).answer("网上填报还能交吗", dt.datetime.fromisoformat(now)).text
    assert "2131年8月3日 17:00" in text and "顺延至2131年8月3日17:00" in text and want in text and "其他时间要求" not in text


def test_the_paper_deadline_the_moving_clause_keeps_is_kept():
    sub = _bot(JIANGBEI).kb.notice.submission
    assert sub.deadline.startswith("2131-08-03") and any(x.label == "纸质材料报送" and x.when.startswith("2131-07-30") for x in sub.deadlines)


# ------------------------------------------------------------ what a second reading found
_SPLIT_LISTS = """蓬州市工业和信息化局文件

蓬工信质〔2133〕9号

关于开展2133年度蓬州市质量标杆遴选工作的通知

各区工业和信息化主管部门，各有关企业：

一、申报时间
企业于2133年6月10日17:00前在线提交申报材料，纸质材料报送所在区推荐单位。

二、联系方式
（一）市工业和信息化局质量处 周岚 0571-5550 1001。
（二）各区推荐单位：
1. 蓬港区工业和信息化局：王晓，5550 2001
2. 青溪区工业和信息化局：李丹，5550 2002
3. 白沙区工业和信息化局：赵刚，5550 2003
（三）各区市场监管局（负责企业信用核查，不受理申报材料）：
1. 蓬港区市场监督管理局：郑洁，5550 3001
2. 青溪区市场监督管理局：孙明，5550 3002
3. 白沙区市场监督管理局：钱亮，5550 3003

三、其他
本次遴选不收取任何费用。正文五六千字为宜，摘要一两百字即可。

蓬州市工业和信息化局
2133年5月8日
"""


def test_a_sub_list_of_offices_that_take_no_applications_is_no_list_of_units():
    from knowledge.ingest import ingest
    from knowledge.loader import _shared
    data = ingest(_SPLIT_LISTS, _shared()[1]).data
    names = [u["name"] for u in data["units"]["items"]]
    assert names == ["蓬港区工业和信息化局", "青溪区工业和信息化局", "白沙区工业和信息化局"]
    assert not any(p.get("limit") for p in data.get("materials", {}).get("parts", []))  # '五六千字为宜' is a range, no limit


@pytest.mark.parametrize("said", ["正文五六千字为宜", "摘要一两百字即可", "二三十个字", "两三千字", "七八百字"])
def test_a_range_of_numbers_is_left_as_written(said):
    assert arabic_counts(said) == said


def test_a_word_for_a_units_own_area_is_no_town():
    places = _bot("nanning-quality-benchmark-2046.txt").kb.notice.places
    assert not any("辖区" in t for p in places.values() for t in p.towns)


@pytest.mark.parametrize("q", ["培训会什么时候", "有没有说明会"])
def test_a_clause_titled_with_an_explanation_is_no_meeting(q):
    ans = Answerer(load_knowledge(NOTICES / "xiaoshan-district-2081.txt")).answer(q)
    assert not ans.matched and "培训会" in ans.text and "自然年度" not in ans.text


def test_a_town_of_this_notices_place_wins_over_a_bundled_districts_short_name():
    text = _bot(TIANJIN).answer("临港找谁").text
    assert text.startswith("【滨海新区 · 推荐单位联系方式】") and "孟凡宇" in text
    assert "（负责" not in text.split("\n")[1]  # the unit's name without the bracket of what it covers


@pytest.mark.parametrize(("name", "now"), [("sh-benchmark-2051-2052-table.txt", "2051-12-07T10:00:00+08:00"),
                                           (GUIZHOU, "2127-06-25T10:00:00+08:00")])
def test_paper_alone_after_the_online_step_closed_quotes_the_rule_that_closes_it(name, now):
    import datetime as dt
    q = "网上那步错过了 直接寄纸质的行不行"
    ans = _bot(name).answer(q, dt.datetime.fromisoformat(now))
    assert ans.matched and "不再受理" in ans.text


def test_a_certificate_of_the_firms_own_words_asked_of_the_assistant_is_declined():
    ans = _bot("sh-benchmark-2051-2052-table.txt").answer("麻烦帮忙出个证明，就写我们近三年无重大质量安全事故，我们自己盖章就行，谢谢您🙏")
    assert not ans.matched and "不能帮" in ans.text


@pytest.mark.parametrize(("q", "want"), [("正文一共写2万字可以吧", "2万字超过了"), ("正文写了1.2万字超了吗", "1.2万字没有超过")])
def test_a_count_in_wan_is_read_whole(q, want):
    assert want in Answerer(load_knowledge(NOTICES / "yangzhou-rubric-2093.txt")).answer(q).text


def test_a_paper_step_asked_after_it_closed_while_online_is_open_says_so_first():
    import datetime as dt
    now = dt.datetime.fromisoformat("2131-07-30T17:05:00+08:00")
    text = _bot(JIANGBEI).answer("刚过五点 纸质版还能送区里吗 路上堵车了", now).text
    assert text.startswith("【截止时间】\n纸质材料报送已经截止（2131年7月30日 17:00")
    assert not _bot(JIANGBEI).answer("网上还能交吗", now).text.startswith("【截止时间】\n纸质材料报送已经截止")


def test_a_revenue_said_is_never_called_a_rule_the_notice_lacks():
    text = _bot(JIANGBEI).answer("朋友说制造业企业营收过1个亿就能报 我们1.3亿 没问题吧").text
    assert "这样的规定" not in text


# ------------------------------------------------------------ a second reading of the above
_MOVES = (NOTICES / JIANGBEI).read_text(encoding="utf-8")  # the notice whose clause 五（六） moves its deadline


@pytest.mark.parametrize("clause", ["（六）如遇系统故障，网上填报截止时间可视情况延长至2131年8月3日17:00，具体以平台公告为准。",
                                    "（六）去年因系统升级，网上填报截止时间曾顺延至2130年8月3日17:00。",
                                    "（六）网上填报截止时间提前至2131年7月20日17:00。"])
def test_a_maybe_last_years_or_an_earlier_date_moves_no_deadline(clause):
    from knowledge.ingest import ingest
    from knowledge.loader import _shared
    text = re.sub(r"（六）因申报系统升级[^\n]*", clause, _MOVES)
    assert ingest(text, _shared()[1]).data["submission"]["deadline"] == "2131-07-25 17:00"


def test_a_moved_step_is_listed_once_and_the_report_says_the_moved_date():
    from knowledge.ingest import ingest
    from knowledge.loader import _shared
    r = ingest(_MOVES, _shared()[1])
    steps = [(x["label"], x["when"]) for x in r.data["submission"]["deadlines"]]
    assert len(steps) == len(set(steps)) and any(line.startswith("截止时间：2131-08-03 17:00") for line in r.found)


@pytest.mark.parametrize(("q", "split"), [("我们 1.成立于2020年 2.营收2亿，能报吗", False), ("1、营收2亿 2、成立3年，够条件吗", False),
                                          ("我们准备这样写：1、企业背景情况 2、主要做法措施 3、实施成效数据，这样结构可以吗", False),
                                          ("①需要什么材料②截止时间", True)])
def test_facts_numbered_before_one_question_are_no_questions(q, split):
    from knowledge.numbered import numbered_parts
    assert bool(numbered_parts(q)[1]) is split


def test_a_venue_list_is_no_units_addresses():
    from knowledge.ingest import ingest
    from knowledge.loader import _shared
    text = (NOTICES / WUHAN).read_text(encoding="utf-8").replace(
        "其他推荐单位的接收地址请与联系人电话确认。", "现场答辩地址：江汉区会议中心，江汉区建设大道100号；青山区分会场，青山区和平大道1号。")
    units = {u["name"]: u for u in ingest(text, _shared()[1]).data["units"]["items"]}
    assert "address" not in units["江汉区经济和信息化局"] and "address" not in units["青山区经济和信息化局"]


def test_the_rest_of_an_address_cell_on_a_line_of_its_own_stays_with_its_row():
    from knowledge.ingest import ingest
    from knowledge.loader import _shared
    text = (NOTICES / WUHAN).read_text(encoding="utf-8").replace(
        "序号\t区\t推荐单位\t联系人\t联系电话", "序号\t区\t推荐单位\t联系人\t联系电话\t地址").replace(
        "胡晓琳\t027-83787641", "胡晓琳\t027-83787641\t硚口区解放大道688号\n区行政中心B座1106室（请走东门）")
    units = {u["name"]: u for u in ingest(text, _shared()[1]).data["units"]["items"]}
    assert "区行政中心B座1106室" in units["硚口区经济和信息化局"]["address"]


@pytest.mark.parametrize("q", ["申报书里营收写为12000万元，实际是1.2亿，这样写可以吗", "你能帮我们写一份情况说明吗，写明我们没有分支机构"])
def test_no_forgery_where_nothing_is_falsified(q):
    assert "伪造或篡改" not in Answerer(load_knowledge()).answer(q).text


def test_a_factory_area_is_no_district():
    assert not _bot(JIANGBEI).answer("申报书里的厂区地址填注册地还是生产地？").text.startswith("【向谁申报】")


def test_a_bundled_districts_short_name_loses_to_this_notices_town_beside_another_place():
    text = _bot(TIANJIN).answer("我们在临港，南港工业区那边，找谁").text
    assert text.startswith("【滨海新区 · 推荐单位联系方式】") and "不在本通知的推荐单位之列" not in text
