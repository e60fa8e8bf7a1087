"""Shapes and judgement from the fifteenth round of fresh material: a call with three tracks, one of which closes
earlier; contacts padded or glued in a numbered list; an electronic-only call with an e-mail column; a district
notice that counts years to its own date and bars recent winners by a span; and the user's own story, a page said
for a character, a total said wrongly, and a follow-up about another kind of firm."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.context import Turn, merged
from knowledge.model import load_knowledge
from knowledge.text import prepare
from knowledge.values import cn_number

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"
VARIANT = NOTICES.parent.parent.parent / "shared" / "notices" / "dev-variant-2024-2025.txt"
CST = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2024, 2, 1, 10, tzinfo=CST)


def _bot(name: str) -> Answerer:
    return Answerer(load_knowledge(NOTICES / name))


@pytest.fixture(scope="module")
def bundled() -> Answerer:
    return Answerer(load_knowledge(BUNDLED))


@pytest.fixture(scope="module")
def shaoxing() -> Answerer:
    return _bot("shaoxing-three-categories-2091.txt")


@pytest.fixture(scope="module")
def quanzhou() -> Answerer:
    return _bot("quanzhou-electronic-2092.txt")


@pytest.fixture(scope="module")
def xiaoshan() -> Answerer:
    return _bot("xiaoshan-district-2081.txt")


# ------------------------------------------------------------ the user's own story names no question
@pytest.mark.parametrize("question", [
    "遴选标准是哪几条 我下周要在区里培训会上给企业讲", "遴选标准有哪些，我下周要在区里培训会上讲",
    "申报条件是什么 明天我在宣讲会上要讲",
])
def test_a_detail_of_the_users_own_story_is_not_called_unstated(bundled, question):
    a = bundled.answer(question, NOW)
    assert a.matched and "通知未规定" not in a.text


@pytest.mark.parametrize("question", ["我们去年参加过培训会 今年有吗", "有培训会吗", "我下周要在培训会上讲 有培训会吗",
                                      "我是闵行区经委的 今年市里给我们区推荐名额是几个 有没有上限"])
def test_a_detail_asked_about_is_still_unstated(bundled, question):
    a = bundled.answer(question, NOW)
    assert not a.matched and "通知未规定" in a.text


@pytest.mark.parametrize("question", ["能发几篇往年优秀案例吗", "有没有范文参考", "有优秀案例可以参考吗",
                                      "Can you share some examples of past applications?"])
def test_model_texts_and_past_cases_are_unstated(bundled, question):
    a = bundled.answer(question, NOW)
    assert not a.matched and ("往年案例" in a.text or "past cases" in a.text)


def test_a_request_to_tell_about_a_winners_application_is_declined(bundled):
    a = bundled.answer("把去年评上的那家XX电子的申报材料发我一份参考 或者说说他们报的啥经验", NOW)
    assert not a.matched and "无法提供帮助" in a.text


# ------------------------------------------------------------ word limits: the whole beside a part, pages for characters
@pytest.mark.parametrize("question", ["摘要和正文各多少字", "总结材料和摘要各多少字",
                                      "What are the word limits for the summary and the abstract?"])
def test_a_part_and_the_whole_give_every_parts_limit(bundled, question):
    text = bundled.answer(question, NOW).text
    assert "8000" in text or "8,000" in text
    assert "2000" in text or "2,000" in text


def test_one_part_gives_its_own_limit_only(bundled):
    text = bundled.answer("摘要多少字", NOW).text
    assert "500" in text and "8000" not in text


@pytest.mark.parametrize("question", ["摘要是500页吧", "摘要限500页还是500字 同事非说是页"])
def test_a_limit_said_in_pages_is_corrected_to_characters(bundled, question):
    text = bundled.answer(question, NOW).text
    assert text.startswith("【更正】\n不是500页") and "500 字以内" in text and "页数限制" not in text


def test_an_either_or_date_is_checked(bundled):
    text = bundled.answer("截止是3月1日还是3月15日", NOW).text
    assert text.startswith("【更正】\n不是3月15日")


def test_a_total_said_wrongly_is_corrected_with_the_notices_total():
    bot = _bot("sh-benchmark-2031-2032.txt")
    text = bot.answer("经验总结材料一共不超过1.5万字 摘要800字以内 我理解得对不对", NOW).text
    assert text.startswith("【更正】\n不是1.5万字") and "1.1万字" in text and "不是800字" in text
    assert "不是1.1万" not in bot.answer("总共1.1万字对吧", NOW).text
    assert "不是1400字" not in bot.answer("摘要和企业概况加起来不超过1400字吧？", NOW).text


@pytest.mark.parametrize("said, value", [("一万五", 15000), ("两千五", 2500), ("三百五", 350), ("一万零五", 10005),
                                         ("两万三", 23000), ("十五", 15), ("一千零一", 1001)])
def test_spoken_short_numbers(said, value):
    assert cn_number(said) == value


# ------------------------------------------------------------ a follow-up about another kind of firm
def test_a_follow_up_about_another_firm_is_asked_on_its_own():
    prev = Turn("2020年注册的企业能报吗", ("eligibility",))
    bot = Answerer(load_knowledge(VARIANT))
    for follow, expect in (("那2024年3月注册的呢", "2024年3月注册的能申报吗"), ("那个体户呢", "个体户能申报吗"),
                           ("那如果是分公司呢", "分公司能申报吗")):
        assert merged(prev, bot.understander.analyse(prepare(follow)), True) == expect
    now = dt.datetime(2025, 2, 20, 10, tzinfo=CST)
    assert "不满2年" in bot.answer("那2024年3月注册的呢", now, context=prev).text
    text = bot.answer("那个体户呢", now, context=Turn("分公司能报吗", ("eligibility",))).text
    assert "个体工商户" in text and "分公司" not in text


# ------------------------------------------------------------ an electronic-only call with an e-mail column
@pytest.mark.parametrize("question", ["邮箱是多少", "各区的邮箱"])
def test_the_units_e_mail_column_answers_a_mail_question(quanzhou, question):
    a = quanzhou.answer(question, NOW)
    assert a.matched and "tqjfj_zl@163.com" in a.text and "没有规定" not in a.text


def test_a_zone_is_found_by_its_short_name(quanzhou):
    a = quanzhou.answer("台商区经发局邮箱是多少", NOW)
    assert a.matched and "黄晓东" in a.text and "tqjfj_zl@163.com" in a.text


# ------------------------------------------------------------ a district notice: its own date, recent winners, a room
def test_years_are_counted_to_the_notices_date_when_it_says_so(xiaoshan):
    now = dt.datetime(2081, 5, 2, 10, tzinfo=CST)
    text = xiaoshan.answer("我们营业执照成立日期是2078年4月20号 现在都5月了 满3年了吧 能报吧", now).text
    assert text.startswith("【对照申报条件】\n不符合") and "2081年4月8日" in text
    assert "已满3年" in xiaoshan.answer("2078年4月1日成立的能报吗", now).text


def test_winners_are_barred_for_a_span_counted_back_from_the_round(xiaoshan):
    now = dt.datetime(2081, 5, 2, 10, tzinfo=CST)
    assert "不一定影响" in xiaoshan.answer("2077年我们拿过一次区级质量标杆 这都过去好几年了 今年还能报吗", now).text
    assert "不一定影响" not in xiaoshan.answer("2079年评上过 今年能报吗", now).text


def test_handing_in_at_a_room_is_judged_against_the_paper_window(xiaoshan):
    now = dt.datetime(2081, 5, 13, 19, 5, tzinfo=CST)
    text = xiaoshan.answer("现在7点多了 412室今晚还能送吗 不行的话明天还有机会不", now).text
    assert "来不及" not in text and "07:00" not in text and "2081年5月14日）是截止当天" in text


# ------------------------------------------------------------ three tracks, one closing earlier
def test_contacts_glued_to_their_office_or_padded_are_read(shaoxing):
    units = {u.person: u.phone for u in shaoxing.kb.notice.units.items}
    assert units["陈思远"] == "0575-85131062" and units["孙丽"] == "0575-84123378" and units["金颖"] == "0575-88215064"
    assert "何蕾" in shaoxing.answer("新昌找谁", NOW).text
    assert any(c.person == "王工" for c in shaoxing.kb.notice.consultation.all())


def test_a_track_with_its_own_date_is_answered_against_it(shaoxing):
    now = dt.datetime(2091, 4, 16, 10, tzinfo=CST)
    text = shaoxing.answer("我们报班组的 4月16号了还能报吗", now).text
    assert "网上申报已经截止" in text and "2091年4月13日 17:00" in text and "不是4月16日" not in text
    assert "尚未截止" in shaoxing.answer("项目类还能报吗", now).text
    fixed = shaoxing.answer("班组也是4月20号截止吧", now).text
    assert fixed.startswith("【更正】\n不是4月20日") and "2091年4月13日" in fixed.split("\n")[1]
    assert shaoxing.answer("截止时间", now).text.count("质量标杆班组申报截止") == 1


# ------------------------------------------------------------ second reading: what the first version got wrong
def test_a_track_is_named_only_as_the_one_applied_for(shaoxing):
    now = dt.datetime(2091, 4, 16, 10, tzinfo=CST)
    for question in ("我们公司报企业类 不是班组 现在还能报吗", "我们报企业类 班组长说已经截止了 是真的吗"):
        text = shaoxing.answer(question, now).text
        assert "尚未截止" in text and "本期已无法申报" not in text, question
    assert "本期已无法申报" in shaoxing.answer("我们企业报班组 还能报吗", now).text


@pytest.mark.parametrize("question, verdict", [
    ("我们最快也都下午5点半才能交 来得及吗", "来不及"), ("材料都5点半才能弄好 来得及提交吗", "来不及")])
def test_an_hour_after_du_is_the_users_own(question, verdict):
    bot = Answerer(load_knowledge(VARIANT))
    assert verdict in bot.answer(question, dt.datetime(2025, 3, 20, 15, tzinfo=CST)).text


def test_a_submission_already_made_at_an_hour_is_judged_as_done():
    bot = Answerer(load_knowledge(VARIANT))
    text = bot.answer("我们已经16:50提交了 算按时吗", dt.datetime(2025, 3, 20, 18, tzinfo=CST)).text
    assert "按时提交，不算逾期" in text


@pytest.mark.parametrize("question", ["截止日期延到3月15号了吧", "听说截止推迟到3月15日了", "截止时间改成3月15号了是吗"])
def test_a_rumoured_new_deadline_is_still_corrected(bundled, question):
    assert "不是3月15日" in bundled.answer(question, NOW).text


@pytest.mark.parametrize("question, label", [
    ("我们注册资本50万，能申报吗", "注册资本"), ("我想要个模板 申报书怎么写", "模板"), ("我们去年参加过培训会 今年有吗", "培训会")])
def test_a_wish_a_fact_or_a_past_event_is_not_a_plan(bundled, question, label):
    text = bundled.answer(question, NOW).text
    assert "通知未规定" in text and label in text


@pytest.mark.parametrize("question", ["摘要一共不超过600字吧", "实施效果加起来最多2500字吧"])
def test_a_parts_own_figure_is_not_checked_against_the_total(question):
    bot = _bot("sh-benchmark-2031-2032.txt")
    assert "1.1万" not in bot.answer(question, NOW).text


def test_a_total_of_one_track_is_no_total_of_the_whole():
    bot = _bot("shijiazhuang-quality-benchmark-2049.txt")
    assert "更正" not in bot.answer("全文一共不超过6000字吧", NOW).text


def test_the_total_correction_in_english():
    text = _bot("sh-benchmark-2031-2032.txt").answer("The total is 15000 characters, right?", NOW).text
    assert text.startswith("[Correction]\nNot 15000 characters")


@pytest.mark.parametrize("question", ["可以用邮箱提交材料吗", "材料发邮箱可以吗"])
def test_submitting_by_mail_is_not_answered_with_the_units_mailboxes(quanzhou, question):
    assert "lcqgxj_zl@163.com" not in quanzhou.answer(question, NOW).text


@pytest.mark.parametrize("question", ["实施效果部分可以写几个成功的案例吗", "我们去年的案例今年还能再报吗", "材料里引用参考案例要注明出处吗"])
def test_the_users_own_cases_are_no_request_for_model_texts(bundled, question):
    assert "范文" not in bundled.answer(question, NOW).text


def test_a_page_limit_asked_outright_is_still_unstated_beside_a_correction(bundled):
    text = bundled.answer("摘要限500页吧 有页数限制吗", NOW).text
    assert "不是500页" in text and "页数限制" in text


def test_file_names_are_not_the_benchmarks_name(bundled, quanzhou):
    assert "县（市、区）名称-企业全称-材料名称" in quanzhou.answer("文件名有要求吗 怎么命名", NOW).text
    assert "文件命名" not in bundled.answer("名称命名规则", NOW).text


# ------------------------------------------------------------ a materials checklist with copies and seals per item
@pytest.fixture(scope="module")
def yangzhou() -> Answerer:
    return _bot("yangzhou-rubric-2093.txt")


def test_a_documents_own_copies_and_seal_answer_for_it(yangzhou):
    text = yangzhou.answer("审计报告交几份", NOW).text
    assert "一式1份" in text and "一式3份" not in text
    text = yangzhou.answer("审计报告哪几页要盖章", NOW).text
    assert "首页及财务报表页" in text and "页数限制" not in text


def test_optional_items_are_marked(yangzhou):
    text = yangzhou.answer("哪些是选报的", NOW).text
    assert "标准制定及知识产权证明材料（选报）" in text and "2092年度财务审计报告（必报）" in text


def test_a_limit_of_what_follows_is_named_by_it(yangzhou):
    assert any(p.title == "内容摘要" and p.limit == 500 for p in yangzhou.kb.notice.materials.parts)


def test_a_scenic_area_with_a_dash_is_a_unit(yangzhou):
    text = yangzhou.answer("瘦西湖景区找谁", NOW).text
    assert "钱亚楠" in text and "0514-87336908" in text


def test_the_place_of_registration_decides(quanzhou):
    text = quanzhou.answer("我们注册在经开区 工厂在洛江 材料推到哪边 联系谁", NOW).text
    assert "吴丽华" in text and "林少华" not in text


def test_paper_questions_of_an_electronic_only_call(quanzhou):
    a = quanzhou.answer("纸质材料一式几份啊 要不要胶装", NOW)
    assert a.matched and a.text.startswith("【纸质材料】\n不需要") and "装订" not in a.text


@pytest.mark.parametrize("question", ["我们电子印章没办下来 借兄弟公司的CA签一下行不行",
                                      "审计报告营收9800万 差一点到1个亿 让事务所改成1.02亿能过吗 反正差不多",
                                      "法人在国外出差 承诺书我帮他签个名可以吧 笔迹差不多的"])
def test_borrowed_signatures_and_edited_figures_are_declined(quanzhou, question):
    a = quanzhou.answer(question, NOW)
    assert not a.matched and "无法提供帮助" in a.text


@pytest.mark.parametrize("question", ["让财务改成正确的日期", "营收填错了 让财务改一下"])
def test_putting_a_mistake_right_is_not_forgery(quanzhou, question):
    assert "无法提供帮助" not in quanzhou.answer(question, NOW).text


def test_a_rule_said_with_filler_words_is_corrected():
    bot = Answerer(load_knowledge(VARIANT))
    text = bot.answer("注册还是要满三年对吧 我们刚好两年半 那就报不了了吧", dt.datetime(2025, 2, 20, 10, tzinfo=CST)).text
    assert text.startswith("【更正】\n不是注册要满三年") and "满两年" in text


# ------------------------------------------------------------ a form pasted after the notice
@pytest.fixture(scope="module")
def chengdu() -> Answerer:
    return _bot("chengdu-form-pasted-2094.txt")


def test_a_step_in_a_clause_titled_for_the_units_is_theirs(chengdu):
    steps = {x.label: x.when for x in chengdu.kb.notice.submission.deadlines}
    assert steps.get("推荐单位报送", "").startswith("2094-05-30") and steps.get("纸质材料报送") == "2094-05-22 17:00"
    assert chengdu.kb.notice.mailing is None or "锦悦西路" not in chengdu.kb.notice.mailing.address


def test_the_main_texts_layout_rules_win_over_a_forms_instructions(chengdu):
    rules = [r.text for r in chengdu.kb.notice.format.rules]
    assert any("行距为固定值28磅" in r for r in rules) and chengdu.kb.notice.format.clause == "四"
    assert "未规定" not in chengdu.answer("行距多少 标题用啥字体", NOW).text


def test_layout_rules_split_at_semicolons():
    from knowledge.ingest.formats import format_rules
    rules = [r["text"] for r in format_rules("格式要求：申报材料用A4纸；正文使用仿宋_GB2312三号字，行距为固定值28磅；封面加盖企业公章。")]
    assert rules == ["申报材料用A4纸", "正文使用仿宋_GB2312三号字，行距为固定值28磅", "封面加盖企业公章"]


# ------------------------------------------------------------ a table comparing the tracks, a column each
@pytest.fixture(scope="module")
def jiaxing() -> Answerer:
    return _bot("jiaxing-two-tracks-table-2096.txt")


def test_the_tracks_table_is_read_with_each_tracks_dates(jiaxing):
    table = jiaxing.kb.notice.track_table
    assert table.tracks == ("质量标杆企业", "质量标杆培育企业") and len(table.rows) == 11
    steps = {x.label: x.when for x in jiaxing.kb.notice.submission.deadlines}
    assert steps["质量标杆培育企业申报截止"] == "2096-05-29 17:00" and steps["质量标杆培育企业纸质材料报送"] == "2096-06-03 17:00"


def test_each_track_is_judged_against_its_own_dates(jiaxing):
    now = dt.datetime(2096, 6, 5, 10, tzinfo=CST)
    text = jiaxing.answer("我们报培育的 6月5号还能报吗", now).text
    assert "2096年5月29日 17:00" in text.split("\n")[1] and "来不及" in text
    assert "来得及" in jiaxing.answer("报标杆企业的 6月5号还能报吗", now).text
    assert jiaxing.answer("培育的是6月12号截止吧", now).text.startswith("【更正】\n不是6月12日")


def test_a_tracks_row_answers_for_the_track_named(jiaxing):
    text = jiaxing.answer("培育企业纸质材料几份", NOW).text
    assert text.startswith("【分类别要求】\n质量标杆培育企业 · 纸质材料份数：一式两份") and "一式三份" not in text
    both = jiaxing.answer("纸质材料几份", NOW).text
    assert "质量标杆企业 一式三份" in both and "质量标杆培育企业 一式两份" in both
    assert jiaxing.answer("培育企业经验材料8000字吧", NOW).text.startswith("【分类别要求】\n不是8000：质量标杆培育企业 · 经验材料字数：不超过5000字")


def test_a_materials_table_without_outer_bars_is_read_row_by_row():
    bot = _bot("hangzhou-materials-table-2087.txt")
    titles = [p.title for p in bot.kb.notice.materials.parts]
    assert "质量标杆典型经验材料" in titles and "证明材料" in titles and not any("A4" in t for t in titles)
    text = bot.answer("典型经验材料纸质版要几份啊", NOW).text
    assert "一式2份" in text and "一式3份" not in text


def test_a_notice_is_read_the_same_whatever_the_hash_seed():
    import os
    import subprocess
    import sys
    script = ("import sys; sys.path.insert(0, '.'); from knowledge.model import load_knowledge; "
              f"print(load_knowledge({str(NOTICES / 'chengdu-form-pasted-2094.txt')!r}).notice.mailing.address)")
    root = NOTICES.parent.parent
    seen = {subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert seen == {"所在区（市）县经信部门\n"}


# ------------------------------------------------------------ from the hard sets on the bundled, variant and Hefei notices
@pytest.fixture(scope="module")
def hefei() -> Answerer:
    return _bot("hefei-two-tracks-2078.txt")


def test_where_the_units_sit_lists_their_addresses(bundled):
    a = bundled.answer("区经委在哪里办公", NOW)
    assert a.matched and "上海市长宁路 599 号 826 室" in a.text and "办公地点" not in a.text
    assert "通知未规定" in bundled.answer("市经信委在哪里办公", NOW).text


@pytest.mark.parametrize("question", ["实施效果要近三年数据 我们只有两年的 第三年能不能按趋势估一个数填上去 差不多就行",
                                      "我们是第一次报 完全没头绪 想参考下隔壁那家精密公司去年申报的材料 听说他们评上了 你那里应该有吧 发我一份"])
def test_estimated_figures_and_a_neighbours_materials_are_declined(question):
    bot = Answerer(load_knowledge(VARIANT))
    a = bot.answer(question, NOW)
    assert not a.matched and "无法提供帮助" in a.text


def test_a_firm_making_rail_transit_parts_asks_no_directions():
    bot = Answerer(load_knowledge(VARIANT))
    text = bot.answer("您好 我们是普陀区一家做轨道交通部件的企业 推荐单位那边联系人和电话能给一下吗", NOW).text
    assert "交通、停车" not in text and "左锐" in text


def test_hand_in_hours_are_the_paper_steps(hefei):
    text = hefei.answer("那个 就是那个纸质的材料 送过去的时候 上午是几点到几点来着 下午是几点", NOW).text
    assert "上午9:00-11:30，下午14:00-17:00" in text and "接听时间" not in text


def test_one_category_only_is_read_as_the_one_item_rule(hefei):
    assert "只能选择一个类别申报" in hefei.kb.notice.submission.one_item
    assert "只能选择一个类别" in hefei.answer("我们既有生产又有服务 想制造业类和服务业类各报一份 可以吧", NOW).text


def test_a_persons_number_said_wrongly_is_corrected_as_theirs(hefei, bundled):
    text = hefei.answer("质量发展处李文博老师电话是0551-63357299吧 打了好几次都是技术支持接的", NOW).text
    assert text.startswith("【更正】") and "0551-63357216" in text.split("\n")[1]
    assert "不是吴敏" in bundled.answer("系统填报遇到问题是找吴敏吧？电话23119416", NOW).text


# ------------------------------------------------------------ second reading of the track table
@pytest.mark.parametrize("question", ["我们去年已经是培育企业了 今年报标杆 还来得及吗", "培育企业截止了 标杆企业呢", "我们没报培育 还来得及吗",
                                      "我们不打算报培育 还能报吗", "我们不是质量标杆培育企业 还来得及吗", "公司重点培育了一支质量团队 营收6亿 还能报吗"])
def test_a_track_mentioned_but_not_applied_for_keeps_the_open_date(jiaxing, question):
    text = jiaxing.answer(question, dt.datetime(2096, 6, 5, 10, tzinfo=CST)).text
    assert "尚未截止" in text and "本期申报已经截止" not in text


def test_rows_of_other_dates_and_of_roles_are_no_tracks_steps():
    from knowledge.ingest import ingest
    text = (NOTICES / "jiaxing-two-tracks-table-2096.txt").read_text(encoding="utf-8")
    text = text.replace("注册年限 |", "注册时间截止 |")  # a registration date is no step
    steps = [x["label"] for x in ingest(text).data["submission"]["deadlines"]]
    assert steps.count("质量标杆培育企业申报截止") == 1
    roles = ingest("关于开展质量标杆遴选的通知\n一、时间安排\n事项 | 申报企业 | 推荐单位\n网上申报截止 | 2096年5月14日17:00 | 2096年5月28日17:00\n"
                   "纸质材料截止 | 2096年5月16日 | 2096年5月30日\n").data
    assert "track_table" not in roles


def test_a_tracks_figure_is_corrected_only_when_asserted(jiaxing):
    assert "不是" not in jiaxing.answer("培育企业摘要要写500字吗", NOW).text.split("\n")[1]
    assert "不是" not in jiaxing.answer("我们区有5家企业想报培育 名额够吗", NOW).text.split("\n")[1]


def test_layout_lines_beside_the_fonts_are_kept(jiaxing):
    rules = " ".join(r.text for r in jiaxing.kb.notice.format.rules)
    assert "20MB" in rules and "JPG" in rules


def test_each_documents_copies_are_listed_for_a_general_question():
    text = _bot("hangzhou-materials-table-2087.txt").answer("纸质材料几份", NOW).text
    assert "杭州市质量标杆申报表 一式3份" in text and "质量标杆典型经验材料 一式2份" in text


def test_a_rubric_written_as_headed_clauses_is_the_criteria(yangzhou):
    crit = yangzhou.kb.notice.criteria
    assert crit.clause == "附件1" and crit.items[1].title == "质量管理方法创新（250分）" and "总分1000分" in crit.intro
    assert yangzhou.answer("方法创新占300分 对吧", NOW).text.startswith("【更正】\n不是300分：质量管理方法创新（250分）")
    assert "总分1000分" in yangzhou.answer("总分多少", NOW).text


def test_a_units_contact_referral_is_no_hotline():
    bot = _bot("sichuan-province-2095.txt")
    lines = {(c.label, c.person, c.phone) for c in bot.kb.notice.consultation.all()}
    assert ("申报系统技术支持热线", "", "028-86625590") in lines and not any("所在地" in (c.org or "") for c in bot.kb.notice.consultation.all())
