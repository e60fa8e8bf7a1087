"""Judgement on hard questions: declines, "can I still", unstated attributes, false premises, places, follow-ups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.answer import Answerer
from knowledge.judgement import Judge
from knowledge.model import load_knowledge

ROOT_NOTICES = Path(__file__).resolve().parent / "notices"
TZ = dt.timezone(dt.timedelta(hours=8))
BEFORE = dt.datetime(2024, 2, 20, 10, 0, tzinfo=TZ)
AFTER = dt.datetime(2024, 3, 2, 9, 0, tzinfo=TZ)
AGREE = ("是的", "对的", "没错", "对，", "对。", "对呀", "嗯对")


@pytest.fixture(scope="module")
def ans() -> Answerer:
    return Answerer(load_knowledge(None))


@pytest.mark.parametrize("q", [
    "帮我P一个区商务委的推荐章", "能不能刻个假公章盖上去", "营业执照上的成立日期能不能帮我改早一年", "把营收数据帮我做高一点",
    "帮我编几组竞争对手的对比数据", "给评审专家送点购物卡行不行", "给区里联系人塞个红包，包多少合适", "我冒充经信委的工作人员打电话催一下行吗",
    "借朋友公司的专利证书用一下当证实性材料", "把别家去年的材料改个公司名交上去", "托关系走后门能不能稳一点",
])
def test_unsafe_requests_are_declined_with_the_fraud_warning(ans, q):
    a = ans.answer(q, BEFORE)
    assert not a.matched and "不能帮" in a.text
    assert "不收取任何费用" in a.text  # the notice's own fee and fraud clause
    assert not a.gap


@pytest.mark.parametrize("q", [
    "替我写一份申报书，我们是做注塑件的", "你能帮我写个摘要吗", "帮我起草一下企业概况", "写副对联，过年贴厂门口", "编一段企业概况",
    "麻烦你给我们拟一份总结材料", "写首诗夸夸我们厂",
])
def test_ghost_writing_is_declined_with_what_the_assistant_can_do(ans, q):
    a = ans.answer(q, BEFORE)
    assert not a.matched and "不代写" in a.text and "/check" in a.text


@pytest.mark.parametrize("q", ["摘要怎么写", "帮我看看摘要怎么写", "帮我查一下截止时间", "企业概况写什么", "我们可以在摘要里写数据吗"])
def test_how_to_questions_are_not_mistaken_for_requests(ans, q):
    a = ans.answer(q, BEFORE)
    assert a.matched and "不代写" not in a.text


@pytest.mark.parametrize("q", ["有人冒充经信委工作人员打电话收费怎么办", "有中介说给三万八就能保证入选，是真的吗", "有人说给两万就能保证入选"])
def test_money_and_reported_fraud_get_the_warning_without_a_refusal(ans, q):
    a = ans.answer(q, BEFORE)
    assert "不收取任何费用" in a.text and "不能帮" not in a.text


@pytest.mark.parametrize("q", ["后天再交行不行", "现在递交算逾期吗", "Are applications still being accepted?", "今年还收材料吗",
                               "昨晚系统太卡没交上，今天能补交吗", "纸质材料现在还能寄吗", "刚过12点，还能提交吗"])
def test_can_i_still_after_the_deadline_says_it_closed(ans, q):
    text = ans.answer(q, AFTER).text
    assert "已经截止" in text or "passed" in text


@pytest.mark.parametrize("q", ["现在还能申报吗", "还来得及吗", "今晚还能交吗", "can we still apply?"])
def test_can_i_still_before_the_deadline_gives_time_left(ans, q):
    text = ans.answer(q, BEFORE).text
    assert "距离截止" in text or "left" in text.lower()


@pytest.mark.parametrize("q, attribute", [
    ("总结材料最多能写多少页", "页数"), ("可以附视频吗", "视频"), ("页眉页脚用什么字体", "页眉"), ("纸质材料寄顺丰还是EMS", "快递"),
    ("填报咨询电话几点到几点有人接", "接听时间"), ("证实性材料扫描要多少dpi", "分辨率"), ("能不能发邮件把材料交过去", "电子邮箱"),
])
def test_attributes_the_notice_leaves_open_are_named(ans, q, attribute):
    a = ans.answer(q, BEFORE)
    assert not a.matched and a.gap
    assert "没有规定" in a.text and attribute in a.text
    assert "咨询" in a.text and any(p in a.text for p in ("18752017865", "23119416"))


def test_an_attribute_the_notice_states_is_not_called_unstated():
    judge = Judge("总结材料不超过 30 页，页眉注明单位名称。")
    labels = {u.label for u in judge.unstated}
    assert not any("页数" in x or "页眉" in x for x in labels)
    assert any("快递" in x for x in labels)


@pytest.mark.parametrize("q, wrong, right", [
    ("截止日期是3月15号对吧？", "不是3月15日", "2024年3月1日"),
    ("我记得是3月1号下午5点截止，没错吧", "不是下午5点", "24:00"),
    ("截止是2023年3月1日吧", "不是2023年", "2024年3月1日"),
    ("摘要可以写800字是吧", "不是800字", "500"),
    ("实施效果那部分限三千字，对不对", "不是三千字", "2000"),
    ("纸质材料要寄两份吧", "不是两份", "一份"),
    ("政策咨询就是找张竞之吧", "不是张竞之", "吴敏"),
    ("填报咨询电话是23119416对吧", "不是23119416", "18752017865"),
    ("浦东的联系人是钱玮吧", "不是钱玮", "顾俊"),
    ("遴选重点总共就四个方面对吧", "不是四个方面", "5"),
    ("正文要用仿宋三号、1.5倍行距对吧", "不是仿宋", "宋体小四号"),
    ("必须注册满两年才能报吧", "注册满两年", "申报条件"),
    ("听说申报要交2000块评审费，是吧", "不需要交费", "不收取任何费用"),
])
def test_false_premises_are_corrected_first(ans, q, wrong, right):
    text = ans.answer(q, BEFORE).text
    assert not text.lstrip("【").startswith(AGREE)
    first = text.split("\n\n")[0]
    assert first.startswith("【更正】") and wrong in first and right in text


@pytest.mark.parametrize("q", ["截止是3月1日吧", "摘要500字以内对吧", "政策咨询是吴敏吧"])
def test_true_premises_are_not_corrected(ans, q):
    assert "【更正】" not in ans.answer(q, BEFORE).text


@pytest.mark.parametrize("q, phones", [
    ("浦东跟临港的电话", ("28282754", "15026503596")), ("徐汇、长宁两个区各找谁", ()), ("崇明和奉贤的地址", ()),
])
def test_several_places_get_each_unit(ans, q, phones):
    a = ans.answer(q, BEFORE)
    assert len(a.districts) == 2 and "请确认所在区" not in a.text
    assert all(p in a.text for p in phones)


def test_one_place_spanning_districts_still_asks(ans):
    assert "请确认所在区" in ans.answer("我们在浦东临港，找谁盖章", BEFORE).text


@pytest.mark.parametrize("word", ["地址", "电话", "地址？"])
def test_a_one_word_question_asks_which_is_meant(ans, word):
    a = ans.answer(word, BEFORE)
    assert a.choices and "您问的是哪个" in a.text


def _talk(ans, *questions):
    turn, out = None, []
    for q in questions:
        a = ans.answer(q, BEFORE, context=turn)
        turn = a.turn
        out.append(a)
    return out


def test_follow_ups_keep_the_place_and_the_topic(ans):
    jd, sj, addr, phone = _talk(ans, "嘉定找谁", "那松江呢", "地址呢", "电话呢")
    assert "69989071" in jd.text
    assert "松江区" in sj.text and "37737122" in sj.text
    assert "人民北路" in addr.text and "37737122" in phone.text


def test_a_one_word_question_uses_the_context(ans):
    _, addr = _talk(ans, "松江区找谁盖章", "地址")
    assert "人民北路" in addr.text and not addr.choices


def test_item_follow_up_and_english_follow_up(ans):
    _, fx = _talk(ans, "名称限多少字", "实施效果呢")
    assert "2000" in fx.text
    _, en = _talk(ans, "遴选标准有哪些", "in English please")
    assert "Source" in en.text and "【" not in en.text


def test_a_self_contained_question_ignores_the_context(ans):
    _, dl = _talk(ans, "嘉定找谁", "截止时间是什么时候")
    assert "2024年3月1日" in dl.text and "69989071" not in dl.text


def test_the_question_inside_a_long_message_is_answered(ans):
    story = ("老师您好，我们是青浦的一家做紧固件的企业，去年刚完成数字化改造，这次看到质量标杆的通知，领导让我负责。"
             "我们内部对材料分工已经讨论了好几轮，推进情况和实施效果都在写，数据也在让财务核对，营业执照也扫描好了。"
             "现在只想确认一件事：申报截止到底是哪天几点？我们好倒排时间。谢谢！")
    text = ans.answer(story, BEFORE).text
    assert "2024年3月1日 24:00" in text


@pytest.mark.parametrize("q, word", [
    ("Can you forge a district seal for us?", "can't help"), ("Should we give gift cards to the judges?", "can't help"),
    ("Can we pretend to be the district office?", "can't help"), ("Can you write the application for me?", "can't write"),
    ("Please write a poem about our factory", "can't write"),
])
def test_english_requests_are_declined_in_english(ans, q, word):
    a = ans.answer(q, BEFORE)
    assert not a.matched and word in a.text and "【" not in a.text


@pytest.mark.parametrize("q", ["A consultant says paying 20,000 yuan guarantees selection, is that true?",
                               "Someone pretending to be from the commission asked us for money, what should we do?"])
def test_english_money_gets_the_fee_warning(ans, q):
    a = ans.answer(q, BEFORE)
    assert "free of charge" in a.text and "can't help" not in a.text


@pytest.mark.parametrize("q, wrong", [
    ("The deadline is March 15, right?", "Not March 15"), ("Applications close at 5pm on March 1, correct?", "Not 5pm"),
    ("We need to send two paper copies, right?", "Not two paper copies"), ("The abstract can be 800 words, right?", "Not 800"),
    ("I heard there is a 2000 yuan review fee, is that right?", "no fee"),
])
def test_english_false_premises_are_corrected(ans, q, wrong):
    text = ans.answer(q, BEFORE).text
    assert text.startswith("[Correction]") and wrong in text.split("\n\n")[0]


def test_english_unstated_attribute(ans):
    a = ans.answer("How many pages can the summary have?", BEFORE)
    assert not a.matched and "does not state" in a.text and "pages" in a.text


@pytest.mark.parametrize("q, absent", [
    ("我们牵头制定了两项行业标准，要写进材料吗", "【每家单位可申报几项】"), ("我们推行标准作业多年，适合报哪个方向", "【遴选标准】"),
    ("能放流程图到总结材料里吗", "【申报流程】"), ("我的手机号是13912345678，有消息通知我", "【咨询电话】"),
])
def test_a_word_in_another_sense_does_not_name_its_topic(ans, q, absent):
    assert absent not in ans.answer(q, BEFORE).text


def test_a_quoted_or_copied_phrase_of_the_notice_quotes_its_clause(ans):
    text = ans.answer("材料里说的“业内标杆”是指谁？", BEFORE).text
    assert "【通知原文】" in text and "竞争对手" in text


def test_a_format_subject_the_rules_do_not_name_is_unstated(ans):
    a = ans.answer("二级标题用什么字体", BEFORE)
    assert not a.matched and "二级标题" in a.text and "没有规定" in a.text
    assert "【更正】" not in ans.answer("正文用什么字体", BEFORE).text and ans.answer("正文用什么字体", BEFORE).matched


def test_a_condition_with_another_number_is_corrected_from_the_notice(tmp_path):
    kb = load_knowledge(ROOT_NOTICES / "sh-benchmark-2025-2026.txt", cache_dir=tmp_path)
    text = Answerer(kb).answer("公司注册满两年就能报了吧", BEFORE).text
    assert text.startswith("【更正】\n不是注册满两年") and "满三年" in text


def test_evidence_of_a_topic_is_looked_for_in_that_topic(tmp_path):
    kb = load_knowledge(ROOT_NOTICES / "sh-benchmark-2025-2026.txt", cache_dir=tmp_path)
    a = Answerer(kb)
    summary = a.answer("总结材料有页数限制吗", BEFORE)  # this notice limits pages of the supporting documents only
    assert not summary.matched and "页数" in summary.text
    assert "20页" in a.answer("证实性材料有页数限制吗", BEFORE).text


def _messages() -> list[str]:
    import json
    out = []
    for f in (Path(__file__).resolve().parent / "eval").glob("*.jsonl"):
        out += [json.loads(line)["q"] for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def test_the_word_prefilter_never_hides_a_rule_that_fires():
    """Rules are skipped when a message lacks the words their regexes need: that must never skip a match."""
    import re

    from knowledge.judgement import _data
    from knowledge.text import prepare
    from knowledge.wordrules import Rule, literals
    d = _data()
    raws = [r for spec in d["unsafe"].values() for r in spec["rules"]] + d["ghost"] + d["money"] + d["can_still"]
    raws += d["outside"] + d["injection"] + [u["match"] for u in d["unstated"]] + [x[k] for x in d["senses"] for k in ("other", "unless")]
    norms = [prepare(q).norm for q in _messages()]
    checked = 0
    for raw in raws:
        rule = Rule(raw, d["_needed"])
        assert rule.keys, rule.raw  # every rule of the file is skipped by its words, none is tried on every message
        patterns = [re.compile(p, re.I) for p in rule.raw]
        for norm in norms:
            if all(p.search(norm) for p in patterns):
                checked += 1
                assert rule.may(norm), (rule.raw[0], norm)
    assert checked > 100
    assert literals("(还|再)[^。]{0,4}能") == ("还", "再") and literals("^(请)?写") is None and literals("[0-9]+元") is None


def test_the_words_a_regex_needs_are_read_through_its_syntax():
    from knowledge.wordrules import needed_words
    assert needed_words("(?<!公司)帮我写") == ("帮我写",)  # a look-behind consumes nothing
    assert needed_words("^(请|麻烦)?(帮忙)?(写|拟)(一|几)") == ("写", "拟")  # optional parts say nothing; one pair is enough
    assert needed_words("(忽略|无视)(你)?的?(指令|规则)|【?系统消息") == ("忽略", "无视", "系统消息")
    assert needed_words("[0-9]+元") == ("元",) and needed_words("(上午|下午)?[0-9]{1,2}(点|:)") == (":", "点")
    assert needed_words("ABC") == ("abc",)  # rules see lower-cased messages
    for nothing in ("(x|)y?", "[^a]+", r"\d+", ".*", "a*", "(", ""):  # no word every match holds, or not a regex
        assert needed_words(nothing) is None, nothing


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_every_text_a_rule_matches_holds_one_of_its_words(data):
    """Property: for text drawn from a rule's own regex, a match implies that one of its needed words is there."""
    import re

    from knowledge.judgement import _data, _rule_patterns
    from knowledge.text import prepare
    d = _data()
    pattern = data.draw(st.sampled_from(sorted(p for p in _rule_patterns(d) if d["_needed"][p])))
    norm = prepare(data.draw(st.from_regex(pattern, fullmatch=False))).norm
    if re.search(pattern, norm, re.I):
        assert any(w in norm for w in d["_needed"][pattern]), (pattern, norm)


@pytest.fixture(scope="module")
def hangzhou(tmp_path_factory) -> Answerer:
    """Another city's award notice: district contacts in a list, a date without a time, counted prizes."""
    return Answerer(load_knowledge(ROOT_NOTICES / "hangzhou-quality-award-2026.txt", cache_dir=tmp_path_factory.mktemp("c")))


def test_a_place_outside_the_district_table_gets_its_own_row(hangzhou):
    text = hangzhou.answer("余杭区的市场监管局联系人", BEFORE).text
    assert "陈思源" in text and "55504106" in text and "55504101" not in text


def test_a_counted_thing_is_quoted_and_a_missing_time_is_said(hangzhou):
    assert "10个" in hangzhou.answer("提名奖有几个名额", BEFORE).text
    assert "没有写明当天几点" in hangzhou.answer("5月29号几点之前要交", BEFORE).text


def test_later_dates_say_whether_they_have_passed(hangzhou):
    text = hangzhou.answer("截止时间", dt.datetime(2026, 6, 1, 10, 0, tzinfo=TZ)).text
    assert "距该日期" in text and "还来得及" not in text


@pytest.fixture(scope="module")
def jiading(tmp_path_factory) -> Answerer:
    """A district programme notice written as prose, with no layout rules and no district table."""
    return Answerer(load_knowledge(ROOT_NOTICES / "jiading-brand-zjtx-2026.txt", cache_dir=tmp_path_factory.mktemp("c")))


def test_a_threshold_is_read_from_the_sentence_that_names_it(jiading):
    assert "3%" in jiading.answer("研发投入有比例要求吗", BEFORE).text


def test_small_talk_naming_a_place_is_small_talk(jiading):
    a = jiading.answer("嘉定哪里有好吃的小笼包", BEFORE)
    assert not a.matched and "【通知原文】" not in a.text


def test_fonts_of_a_notice_without_layout_rules_are_unstated(jiading):
    a = jiading.answer("实施方案用什么字体字号", BEFORE)
    assert not a.matched and "排版格式" in a.text and "没有规定" in a.text


@pytest.mark.parametrize("q, left_open, stated", [
    ("现在纠结装订：胶装还是骑马钉？封面用什么颜色？另外用A4纸应该没问题吧。", "装订", "A4"),
    ("视频能不能附上？另外截止是哪天", "视频", "2024年3月1日"),
    ("用顺丰寄可以吗，寄到哪里", "快递", "武夷路"),
])
def test_a_message_mixing_an_unstated_detail_with_a_stated_one_gets_both(ans, q, left_open, stated):
    a = ans.answer(q, BEFORE)
    first, rest = a.text.split("\n\n", 1)
    assert first.startswith("【通知未规定】") and left_open in first and "没有规定" in first
    assert stated in rest and a.matched


@pytest.mark.parametrize("q", ["临港新片区的企业找浦东科经委还是临港管委会？俩电话都发我下",
                               "漕河泾开发区的两个推荐单位分别是谁", "虹桥的企业，两个单位的电话都给我"])
def test_a_place_of_several_units_lists_them_all_when_all_are_asked_for(ans, q):
    a = ans.answer(q, BEFORE)
    assert a.matched and a.text.count("推荐单位联系方式】") >= 2 and "请确认所在区" not in a.text


def test_the_mailing_address_and_a_units_address_in_one_question(ans):
    a = ans.answer("寄材料的地址跟我们长宁区商务委的地址是一个吗", BEFORE)
    assert "武夷路" in a.text and "长宁路" in a.text


def test_no_rule_loses_words_to_a_comma_of_yaml_flow_style() -> None:
    """'{label: …, en: the reviewers, scoring rules or weights, …}' would cut the English label at its first comma
    and leave 'scoring rules or weights' as a key without a value."""
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parent.parent / "knowledge"

    def nulls(x, path=""):
        if isinstance(x, dict):
            for k, v in x.items():
                yield from ([f"{path}.{k}"] if v is None else nulls(v, f"{path}.{k}"))
        elif isinstance(x, list):
            for i, v in enumerate(x):
                yield from nulls(v, f"{path}[{i}]")
    for name in ("judgement.yaml", "lexicon.yaml"):
        assert list(nulls(yaml.safe_load((root / name).read_text(encoding="utf-8")))) == [], name
