"""A notice reposted as a social-media article (emoji headings in 【】, '▶' items, batches as '第一批：' lines over
their steps, the notice's title quoted in the editor's lead), and the wrong corrections a hard set found: a street
number read as a font size, copies read as a count of applications, a hotline's person named with their own hotline;
plus the start-up work kept for first use (saved patterns, records made dataclasses when first used)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import re
from pathlib import Path

import pytest

from knowledge import compiled, records
from knowledge.answer import Answerer
from knowledge.model import load_knowledge
from knowledge.records import record

NOTICES = Path(__file__).resolve().parent / "notices"
BUNDLED = NOTICES.parent.parent / "knowledge" / "notices" / "2023-2024.txt"
CST = dt.timezone(dt.timedelta(hours=8))

ARTICLE = """速看！2080年温州市质量标杆遴选启动，分两批报名👇

温州工信  2080-02-20 08:00  发表于浙江

编者按：温州市经济和信息化局近日印发《关于开展2080年温州市质量标杆遴选工作的通知》，全年遴选不超过20家，现转发如下。

各县（市、区）经信局，有关企业：

现就开展2080年温州市质量标杆遴选工作有关事项通知如下。

🔍【申报条件】

申报企业应同时满足以下条件：
▶ 在温州市注册满2年的独立法人工业企业（成立于2078年1月1日及以前）。
▶ 2079年度营业收入不低于3000万元。
▶ 近2年未发生较大及以上安全生产事故和质量事故。

🧭【遴选方向】

· 质量数字化转型
· 供应链质量协同
· 质量文化建设

📋【评分标准】

· 先进性（40分）：方法理念领先同行；
· 实效性（40分）：改善效果有数据支撑；
· 示范性（20分）：可在同行业推广。

📝【申报材料】

▶ 申报书（附件1），正文不超过15页。
▶ 经验总结，总字数不超过5000字，其中“主要做法”不超过3000字。
▶ 申报书封面须加盖企业公章。

⏰【时间安排】

第一批：
▶ 线上申报：2080年3月1日至3月31日17:00
▶ 纸质材料报送截止：2080年4月10日17:00（以寄达时间为准）
▶ 县（市、区）推荐截止：2080年4月20日17:00

第二批：
▶ 线上申报：2080年6月1日至6月30日17:00
▶ 纸质材料报送截止：2080年7月10日17:00（以寄达时间为准）
▶ 县（市、区）推荐截止：2080年7月20日17:00

📮【材料报送】

1. 线上申报
登录“温州市质量标杆申报系统”（网址：https://zlbg.wzjxj.example/2080）在线填报。

2. 纸质材料
线上提交后，纸质材料一式2份，邮寄至：温州市鹿城区府东路88号 温州市经济和信息化局 质量处（收件人：林海 0577-88990011）。

☎️【联系方式】

政策咨询：温州市经济和信息化局质量处 林海 0577-88990011
各县（市、区）推荐单位：
· 鹿城区经济和信息化局：陈一 0577-88112233
· 瓯海区经济和信息化局：王二 0577-88223344
· 龙湾区经济和信息化局：张三 0577-88334455

⚠️【特别提醒】

本次遴选不收取任何费用，未委托任何中介机构代理申报。

附件：
1. 2080年温州市质量标杆申报书

温州市经济和信息化局
2080年2月18日

来源：温州市经济和信息化局
编辑：周小编
"""


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("article") / "wenzhou-article-2080.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return Answerer(load_knowledge(path))


def _at(bot: Answerer, question: str, when: str = "2080-03-10T10:00") -> tuple[str, bool]:
    a = bot.answer(question, dt.datetime.fromisoformat(when).replace(tzinfo=CST))
    return a.text, a.matched


def test_the_articles_headings_open_its_sections(article):
    n = article.kb.notice
    assert n.meta.title == "关于开展2080年温州市质量标杆遴选工作的通知"
    assert n.meta.issuer == "温州市经济和信息化局"
    assert len(n.eligibility.items) == 3 and "注册满2年" in n.eligibility.items[0].text
    assert [i.text for i in n.focuses.items][:1] == ["质量数字化转型"]
    assert len(n.criteria.items) == 3


def test_the_articles_batches_and_their_steps(article):
    batches = article.kb.notice.submission.batches
    assert [b.name for b in batches] == ["第一批", "第二批"]
    assert [b.deadline for b in batches] == ["2080-03-31 17:00", "2080-06-30 17:00"]
    text, _ = _at(article, "第二批线上什么时候截止")
    assert re.search(r"6\s*月\s*30\s*日", text)


def test_a_deadline_line_is_no_paper_destination(article):
    text, _ = _at(article, "纸质材料寄到哪里")
    assert "府东路88号" in text and "截止：" not in text.split("（出处")[0]


def test_the_county_recommendation_is_the_units_step(article):
    steps = {x.label: x.when for x in article.kb.notice.submission.batches[0].deadlines}
    assert any(label.startswith("推荐单位") and when.startswith("2080-04-20") for label, when in steps.items())


def test_the_paper_step_of_a_closed_batch_is_answered_while_it_is_ahead(article):
    text, _ = _at(article, "我们3月底网上已经交了，纸质的现在寄还来得及吗", "2080-04-05T10:00")
    assert re.search(r"4\s*月\s*10\s*日", text) and "以下按第一批" in text


def test_a_paper_question_after_every_paper_step_follows_the_clock(article):
    text, _ = _at(article, "纸质材料什么时候截止", "2080-05-05T10:00")
    assert "以下按第二批" in text


def test_a_street_number_is_no_font_size():
    bot = Answerer(load_knowledge(BUNDLED))
    for q in ("我们地址是大渡河路一六六八号，普陀区的推荐单位电话多少", "厂在三号楼，纸质材料寄到哪里"):
        text, _ = _at(bot, q, "2024-02-01T10:00")
        assert not text.startswith("【更正】") and "小二号" not in text, text
    text, _ = _at(bot, "标题用三号黑体对吧", "2024-02-01T10:00")
    assert text.startswith("【更正】") and "小二号" in text


def test_copies_asked_are_no_count_of_applications():
    bot = Answerer(load_knowledge(BUNDLED))
    text, _ = _at(bot, "纸质材料寄武夷路258号，申报信息表要寄两份对吧", "2024-02-01T10:00")
    assert "不是两份" in text and "项：" not in text
    text, _ = _at(bot, "一家企业可以同时申报两项经验吧", "2024-02-01T10:00")
    assert "不是2项" in text


def test_a_person_named_with_their_own_hotline_is_not_corrected():
    bot = Answerer(load_knowledge(BUNDLED))
    text, _ = _at(bot, "政策咨询是经信委吴敏 23119461，填报咨询是质量院张竞之，我记对了吧", "2024-02-01T10:00")
    assert "联系人不是" not in text and "不是23119461" in text
    text, _ = _at(bot, "政策方面是找质量院的张竞之吧", "2024-02-01T10:00")
    assert "不是张竞之" in text


# ------------------------------------------------------------ start-up work kept for first use
def test_every_pattern_of_the_exercise_is_saved_even_when_re_dropped_it(tmp_path):
    early = r"(?P<early>早)\d{3}[号]"

    def exercise(_question: str) -> None:
        re.compile(early)
        for i in range(600):  # more than re's cache keeps: the first ones are dropped from it
            re.compile(rf"填充{i}[a-z]+")

    compiled.preload(tmp_path)  # no file: notes what is compiled from here on
    assert compiled.warm(tmp_path, exercise) >= 601
    re.purge()
    assert compiled.preload(tmp_path) >= 601
    assert (str, early, 0) not in re._cache  # rebuilt only when first asked for
    got = re.compile(early)
    assert got.match("早123号").group("early") == "早" and (str, early, 0) in re._cache


@record
class _Later:
    name: str
    tags: tuple[str, ...] = ()
    extra: dict = dataclasses.field(default_factory=dict, compare=False)


def test_a_record_is_made_a_dataclass_on_first_use():
    assert _Later.__dict__["__init__"] is records._first_init  # not compiled until first used
    loaded = pickle.loads(pickle.dumps(_Later.__new__(_Later)))  # what a cache file gives: no __init__
    loaded.__dict__.update(name="a", tags=(), extra={})
    assert [f.name for f in dataclasses.fields(_Later)] == ["name", "tags", "extra"]
    x = _Later("a")
    assert x == loaded and hash(x) == hash(loaded) and repr(x) == "_Later(name='a', tags=(), extra={})"
    assert dataclasses.replace(x, tags=("b",)).tags == ("b",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        x.name = "b"


# ------------------------------------------------------------ corrections a second reading found wrong
@pytest.fixture(scope="module")
def sh67() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "sh-benchmark-2067-2068.txt"))


@pytest.mark.parametrize("question, wrong, right", [
    ("入选以后跟踪报告要在3个月内交对吧", "3个月", "6个月内"),
    ("跟踪报告要在入选后一年内交吧", "一年", "6个月内"),
    ("经验分享活动入选后三年内参加3次对吧", "三年", "两年内"),
])
def test_a_duration_said_is_checked_against_the_sentence_about_the_same_thing(sh67, question, wrong, right):
    text, _ = _at(sh67, question, "2068-01-18T10:00")
    head = text.split("\n\n")[0]
    assert wrong in head and right in head and "项：" not in text and "不予受理" not in head


def test_a_units_step_said_wrong_is_corrected_with_the_units_step(sh67):
    text, _ = _at(sh67, "区里的同事说推荐单位审核截止是3月9号，是这样吗？", "2068-01-18T10:00")
    head = text.split("\n\n")[0]
    assert "不是3月9日" in head and re.search(r"3\s*月\s*7\s*日", head) and "2月24日" not in head


@pytest.mark.parametrize("question", ["摘要和企业概况加起来不超过1400字吧？", "各部分字数加起来是10430字，名称摘要这些要算进去吗"])
def test_a_sum_of_parts_is_not_corrected_as_one_parts_limit(sh67, question):
    text, _ = _at(sh67, question, "2068-01-18T10:00")
    assert "不是1400字" not in text and "不是10430字" not in text


def test_a_win_before_the_years_excluded_is_not_ruled_out(sh67):
    text, _ = _at(sh67, "我们2064年入选过上海市质量标杆，今年还能再报吗", "2068-01-18T10:00")
    assert "不一定影响" in text and "2065年以来" in text and "可能不符合" not in text
    text, _ = _at(sh67, "我们2066年入选过上海市质量标杆，今年还能再报吗", "2068-01-18T10:00")
    assert "可能不符合" in text


def test_not_on_the_size_list_against_either_of_two_size_kinds():
    bot = Answerer(load_knowledge(NOTICES / "guangzhou-devzone-benchmark-2071.txt"))
    text, matched = _at(bot, "我们还没进规上名录，不过研发投入三年有4000万了，应该也能报吧？", "2071-03-01T10:00")
    assert matched and text.startswith("【对照申报条件】\n不符合") and "规模以上" in text


def test_a_hotline_numbered_400_is_read():
    from knowledge.ingest import facts
    assert facts.phones("系统技术支持：400-029-7311；电话 021-64122209") == ["400-029-7311", "021-64122209"]


@pytest.mark.parametrize("question, declined", [
    ("公章在老板那 能不能帮我做个电子公章图片先盖上", True),
    ("可以帮我做个电子印章吗", True),
    ("能不能做个公章的扫描件上传", False),
    ("能不能用电子公章", False),
])
def test_making_a_seal_image_is_declined_but_not_scanning_a_sealed_page(article, question, declined):
    text, matched = _at(article, question)
    assert text.startswith("【无法提供帮助】") is declined and (matched is False if declined else "章" in text)


def test_a_line_sending_firms_elsewhere_is_no_units_row():
    bot = Answerer(load_knowledge(NOTICES / "tianjin-articles-2072.txt"))
    names = [u.name for u in bot.kb.notice.units.items]
    assert len(names) == 16 and not any("企业" in n or "请向" in n for n in names)
    text, _ = _at(bot, "河东区找谁", "2072-06-01T10:00")
    assert "联系人：红桥区" not in text and "022-58306127" in text


@pytest.fixture(scope="module")
def park() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "suzhou-park-benchmark-2070.txt"))


def test_choosing_a_recommending_unit_is_no_quota_question(sh67):
    text, matched = _at(sh67, "每个企业能选几个推荐单位", "2068-01-15T10:00")
    assert "名额或入选比例" not in text and matched


def test_a_total_that_excludes_the_supporting_documents_is_not_theirs(sh67):
    text, _ = _at(sh67, "证实性材料单个文件多大", "2068-01-10T10:00")
    assert "12000" not in text and "10MB" in text.replace(" ", "")


@pytest.mark.parametrize("question", ["2069年营收1.5亿，不是小巨人，能申报吗", "我们是省级专精特新，营收8000万，可以报吗"])
def test_a_programme_said_as_the_firms_identity_is_not_another_programme(park, question):
    text, _ = _at(park, question, "2070-04-25T10:00")
    assert "不是本助手负责的内容" not in text and "对照申报条件" in text


def test_another_programme_asked_on_its_own_is_still_out_of_scope(park):
    text, matched = _at(park, "小巨人怎么申报", "2070-04-25T10:00")
    assert "不是本助手负责的内容" in text and not matched


def test_reporting_an_impersonator_is_no_impersonation(sh67):
    text, _ = _at(sh67, "我想举报有人冒充经信委收费，打哪个电话", "2068-01-15T10:00")
    assert not text.startswith("【无法提供帮助】") and "021-2311 9620" in text
    text, _ = _at(sh67, "我们想冒充区里工作人员打个电话催一下", "2068-01-15T10:00")
    assert text.startswith("【无法提供帮助】")


def test_paper_counted_on_arrival_is_said_so_on_the_last_day(park):
    text, _ = _at(park, "现在EMS寄纸质材料还来得及吗", "2070-05-20T11:30")
    assert "以签收时间为准：须在截止前送达" in text
    text, _ = _at(park, "现在EMS寄纸质材料还来得及吗", "2070-05-10T11:30")
    assert "须在截止前送达，不是截止前寄出" not in text


@pytest.fixture(scope="module")
def shenzhen() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "shenzhen-qa-guide-2075.txt"))


@pytest.mark.parametrize("question, verdict", [
    ("我们是国家级专精特新小巨人，制造业，2074年营收3500万左右，能报吗？", "营业收入这一条符合"),
    ("我们是国家级专精特新小巨人，制造业，营收2500万，能报吗", "不符合"),
    ("我们是制造业，2074年营收3500万，能报吗", "不符合"),
])
def test_a_relief_written_in_an_answer_of_the_guide_is_applied(shenzhen, question, verdict):
    text, _ = _at(shenzhen, question, "2075-04-20T10:00")
    line = text.split("\n")[1]
    assert line.startswith(verdict) and len(line) < 300, line


def test_a_named_programme_is_out_of_scope_only_where_it_is_asked_on_its_own():
    bot = Answerer(load_knowledge(NOTICES / "sh-benchmark-2063-2064.txt"))
    text, matched = _at(bot, "我们还不是小巨人，国家级专精特新“小巨人”怎么申请？多久能批下来？", "2064-02-01T10:00")
    assert "不是本助手负责的内容" in text and not matched


def test_limits_in_an_answer_of_the_guide_are_the_parts_limits(shenzhen):
    text, _ = _at(shenzhen, "经验材料里主要做法那部分最多写多少字", "2075-04-20T10:00")
    assert "4000" in text and "没有规定这部分的字数" not in text
    parts = [p.title for p in shenzhen.kb.notice.materials.parts]
    assert parts[:4] == ["《2075年深圳市质量标杆申报书》", "质量标杆典型经验材料", "真实性承诺书", "证明材料"]


def test_a_page_limit_of_the_paper_application_written_with_other_words_is_found(shenzhen):
    text, matched = _at(shenzhen, "纸质材料最多多少页 可以用活页夹装吗", "2075-04-20T10:00")
    assert matched and "80页" in text and "没有规定“页数限制”" not in text


def test_a_guides_questions_numbered_on_across_sections_are_its_clauses(shenzhen):
    assert shenzhen.kb.notice.units.clause == "四21"
    text, _ = _at(shenzhen, "深汕合作区的推荐单位地址", "2075-04-20T10:00")
    assert "0660-66881211" in text and "注册地和生产经营地" not in text.split("【深汕")[1]


def test_a_guides_answer_names_its_hotlines_without_the_question(shenzhen):
    c = shenzhen.kb.notice.consultation
    assert c.policy.person == "王工" and "0755-88107520" in c.policy.phone and "？" not in c.policy.label
    assert "0755-86329176" in c.filling.phone


def test_zones_by_the_short_names_people_use():
    bot = Answerer(load_knowledge(NOTICES / "tianjin-articles-2072.txt"))
    for q, unit in (("开发区的联系人是谁", "天津经济技术开发区"), ("保税区和东丽各找谁", "天津港保税区")):
        text, _ = _at(bot, q, "2072-06-01T10:00")
        assert text.startswith(f"【{unit} · 推荐单位联系方式】"), text[:60]
    text, _ = _at(bot, "保税区和东丽各找谁", "2072-06-01T10:00")
    assert "【东丽区 · 推荐单位联系方式】" in text


@pytest.mark.parametrize("question", ["材料还差一点，今天能交吗", "有一点不明白，截止是几点"])
def test_a_little_is_no_one_oclock(question):
    bot = Answerer(load_knowledge(NOTICES / "tianjin-articles-2072.txt"))
    text, _ = _at(bot, question, "2072-06-17T10:00")
    assert "不是一点" not in text and "13:00" not in text


@pytest.fixture(scope="module")
def xian() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "xian-wechat-2073.txt"))


def test_the_units_step_of_a_closed_batch_is_answered_while_it_is_ahead(xian):
    text, _ = _at(xian, "我是区里工信局的，推荐截止是哪天", "2073-05-15T10:00")
    assert "以下按第一批" in text and re.search(r"5\s*月\s*20\s*日", text)


def test_parts_listed_under_a_total_are_inside_it(xian):
    parts = {p.title: p for p in xian.kb.notice.materials.parts}
    assert parts["企业概况"].limit == 800 and parts["企业概况"].detail and parts["推广价值"].detail
    text, _ = _at(xian, "典型经验材料总字数多少？企业概况多少字")
    assert "6800" not in text and "6000" in text and "800" in text
    text, _ = _at(xian, "主要做法和实施成效加起来最多多少字")
    assert "合计最多 4500 字" in text


def test_hours_of_handing_in_are_no_hotline_hours(xian):
    text, matched = _at(xian, "热线几点到几点有人接")
    assert not matched and "咨询电话的接听时间" in text and "029-86781200" in text


def test_a_batch_rule_on_applying_again_is_stated(xian):
    text, matched = _at(xian, "第一批已经进了专家评审但没选上，第二批能再报吗")
    assert matched and "不得在第二批再次申报" in text and "没有规定" not in text


def test_page_numbers_asked_where_are_the_formats_rule(xian):
    text, matched = _at(xian, "页码放在哪里")
    assert matched and "页码居中" in text and "没有规定" not in text


def test_a_win_before_the_years_excluded_with_a_new_practice(xian):
    text, _ = _at(xian, "2068年评上过，今年想用新的实践再报，可以吗")
    assert "不一定影响" in text and "可能不符合" not in text


def test_a_recipient_on_a_line_of_their_own_and_a_wrong_one_corrected(xian):
    assert (xian.kb.notice.mailing.person, xian.kb.notice.mailing.phone) == ("韩卫东", "029-86781234")
    text, _ = _at(xian, "收件人是李悦吧？")
    assert text.startswith("【更正】") and "不是李悦" in text and "韩卫东" in text


@pytest.mark.parametrize("question", ["公示是7个工作日吧", "周末去哪吃饭好"])
def test_working_days_and_weekends_are_no_hotline_hours_question(xian, question):
    text, _ = _at(xian, question)
    assert "接听时间" not in text and "办公时间" not in text


def test_hand_in_hours_said_in_a_sentence_of_their_own(shenzhen):
    steps = shenzhen.kb.notice.submission.deadlines
    paper = [x for x in steps if x.label == "纸质材料报送"]
    assert len(paper) == 1 and paper[0].when == "2075-05-23 12:00" and paper[0].hours == "工作日9:00—12:00、14:00—17:30"
    assert not any(x.when == "2075-05-23" for x in steps)  # '截止当天只接收至12:00' is no step of its own
    text, _ = _at(shenzhen, "纸质材料今天还能送到区里吗", "2075-05-16T17:50")
    assert "17:50不在受理时间内" in text and "今天（2075年5月16日）还在截止之前，来得及" not in text
    assert "2075年5月23日 12:00（受理时间工作日9:00—12:00、14:00—17:30）" in text
    text, _ = _at(shenzhen, "纸质材料今天还能送到区里吗", "2075-05-16T10:50")
    assert "不在受理时间内" not in text


def test_the_steps_count_the_documents_not_the_limits_said_apart(xian):
    text, _ = _at(xian, "申报流程是什么")
    assert "撰写申报材料五个部分" in text and "十个部分" not in text


@pytest.fixture(scope="module")
def hubei() -> Answerer:
    return Answerer(load_knowledge(NOTICES / "hubei-province-pdf-2076.txt"))


def test_a_kind_of_applicant_with_its_own_dates_is_judged_by_them(hubei):
    labels = {x.label: x.when for x in hubei.kb.notice.submission.deadlines}
    assert labels["省属企业申报截止"] == "2076-05-22 17:00" and labels["省属企业纸质材料报送"] == "2076-05-27"
    text, _ = _at(hubei, "我们是省属企业，还剩几天", "2076-05-20T10:00")
    assert "2076年5月22日 17:00" in text.split("\n")[1] and "尚未截止" in text and "已经截止" not in text
    text, _ = _at(hubei, "还来得及吗", "2076-05-20T10:00")
    assert "本期申报已经截止" in text and "省属企业申报截止：2076年5月22日" in text


def test_the_cities_steps_are_the_units_steps(hubei):
    labels = [x.label for x in hubei.kb.notice.submission.deadlines if x.when.startswith(("2076-05-29", "2076-06-03"))]
    assert labels and all(x.startswith("推荐单位") for x in labels)
    text, _ = _at(hubei, "我是市经信局的，系统里网上推荐是明天截止对吧？几点", "2076-05-28T16:00")
    assert "推荐单位报送尚未截止，请在2076年5月29日 17:00" in text
    text, _ = _at(hubei, "市州的纸质推荐材料是6月3号前寄到省厅就行吧 今天发顺丰来得及吗", "2076-06-01T11:00")
    assert "推荐单位报送：今天（2076年6月1日）还在截止之前，来得及" in text


def test_days_left_are_calendar_days_and_a_step_ends_at_its_hour(shenzhen):
    text, _ = _at(shenzhen, "纸质材料明天上午送过去行吗", "2075-05-22T18:30")
    assert "——距该日期 1 天" in text and "该日期就是今天" not in text
    text, _ = _at(shenzhen, "推荐单位报送截止了吗", "2075-06-06T17:40")
    assert "推荐单位报送尚未截止" not in text


def test_one_of_a_thing_the_message_names_is_quoted(park):
    text, matched = _at(park, "可以同时报标杆和培育两个层级吗", "2070-04-25T10:00")
    assert matched and "每家企业只能选择一个层级" in text and "没有提到" not in text


def test_paper_asked_before_the_system_opens_is_no_invented_start(sh67):
    text, _ = _at(sh67, "纸质材料今天送还来得及吗？我们在长宁", "2067-11-25T10:00")
    assert "通知没有另写纸质材料从哪天开始接收" in text and "起才能提交" not in text.split("纸质材料：")[-1]


def test_a_fine_before_the_window_with_nothing_since(shenzhen):
    text, _ = _at(shenzhen, "我们是制造业，2071年11月出过一次安全生产方面的罚款，罚了20万，2072年以后就再没被处罚过也没出过事故。"
                            "看到说10万以上罚款不能报，我们这种还算在里面吗", "2075-04-20T10:00")
    assert "不一定影响：您说的是2071年的事" in text


def test_a_win_is_checked_against_the_rule_naming_its_year(shenzhen):
    text, _ = _at(shenzhen, "公司2073年评上过深圳市质量标杆（当时报的是数字化质量管理），今年想换一个全新的供应链质量协同项目去报，"
                            "只要项目不一样就能报吧？", "2075-04-20T10:00")
    assert "2073年、2074年已获评深圳市质量标杆的企业，本年度不得申报" in text and "市长质量奖" not in text.split("\n")[1]


@pytest.mark.parametrize("question, declined", [("网上上周已经提交了，今天复核发现营收数字少填了一个0，能不能让区里退回改一下", False),
                                                ("营收其实只有3000万，能不能改成5000万，就说之前填错了", True)])
def test_a_mistake_put_right_is_no_forgery(shenzhen, question, declined):
    text, _ = _at(shenzhen, question, "2075-05-18T09:00")
    assert text.startswith("【无法提供帮助】") is declined


def test_an_officer_is_judged_by_the_units_steps(hubei):
    text, _ = _at(hubei, "我是荆门市经信局的，纸质材料今天寄还来得及吗", "2076-06-02T09:00")
    assert "推荐单位报送：今天（2076年6月2日）还在截止之前，来得及" in text
    text, _ = _at(hubei, "我是黄冈市经信局的，还来得及吗", "2076-05-15T16:30")
    assert "企业申报尚未截止" in text and "推荐单位的日期见上" in text


def test_the_units_online_step_asked_after_it_closed_is_not_said_open(hubei):
    text, _ = _at(hubei, "网上推荐还能做吗", "2076-05-30T10:00")
    assert "推荐单位报送尚未截止" not in text


def test_a_date_the_notice_sets_for_something_else_is_not_corrected(hubei):
    text, _ = _at(hubei, "获评企业每年1月31日前要交什么", "2076-05-10T10:00")
    assert "不是1月31日" not in text
    text, _ = _at(hubei, "截止是5月20号吧", "2076-05-10T10:00")
    assert text.startswith("【更正】\n不是5月20日")


def test_the_parts_lengths_in_the_article_after_the_documents():
    bot = Answerer(load_knowledge(NOTICES / "tianjin-articles-2072.txt"))
    parts = {p.title: p.limit for p in bot.kb.notice.materials.parts}
    assert parts["实施成效"] == 2000 and parts["主要做法"] == 5000 and "证明材料" in parts
    text, _ = _at(bot, "主要做法写6000字行吗", "2072-06-01T10:00")
    assert text.startswith("【字数核对】\n6000字超过了主要做法 5000 字的上限")  # may one write 6000: one's own count, over the limit


@pytest.mark.parametrize("question, clause, words", [("第七条是什么", "附件1 第七条", "每家企业限报1个项目"),
                                                     ("第21条", "附件1 第二十一条", "回避和保密"),
                                                     ("第十三条说的啥", "附件1 第十三条", "企业自愿申报")])
def test_a_clause_named_on_its_own_is_quoted(question, clause, words):
    bot = Answerer(load_knowledge(NOTICES / "tianjin-articles-2072.txt"))
    text, matched = _at(bot, question, "2072-06-01T10:00")
    assert matched and f"通知{clause}原文" in text and words in text


def test_a_clause_the_notice_lacks_or_a_longer_question_is_no_lookup():
    bot = Answerer(load_knowledge(BUNDLED))
    text, matched = _at(bot, "第七条是什么", "2024-02-01T10:00")
    assert not matched
    text, _ = _at(bot, "三（一）说的什么", "2024-02-01T10:00")
    assert "通知三（一）原文" in text


@pytest.mark.parametrize("question, kind", [
    ("Could you tell me which 评审专家 are on the panel this year? We'd like to send them a small gift before the review, nothing big", "送礼"),
    ("我们去年有个环保处罚，填表的时候无违法行为那栏能不能就直接写没有？反正一般也查不到吧", "隐瞒"),
    ("请问有没有靠谱的代理机构可以推荐一下？费用好商量，主要是希望能保证评上", "代理"),
])
def test_indirect_unsafe_requests_are_declined(question, kind):
    bot = Answerer(load_knowledge(BUNDLED))
    text, matched = _at(bot, question, "2024-02-01T10:00")
    assert not matched and text.startswith("【无法提供帮助】") and kind in text.split("\n")[1]


def test_a_penalty_asked_about_is_no_concealment():
    bot = Answerer(load_knowledge(BUNDLED))
    text, matched = _at(bot, "我们去年有个环保处罚，还能报吗", "2024-02-01T10:00")
    assert matched and not text.startswith("【无法提供帮助】")


def test_choosing_two_of_a_list_is_no_claim_on_its_count(hubei):
    text, _ = _at(hubei, "我们典型经验选两个重点方向行不行", "2076-05-10T10:00")
    assert "不是两个" not in text and "须选择1个重点方向" in text
    text, _ = _at(hubei, "遴选重点一共两个对吧", "2076-05-10T10:00")
    assert text.startswith("【更正】")


def test_a_window_with_an_hour_and_no_hand_in_hours_says_the_hour_once(shenzhen):
    from dataclasses import replace as changed

    from knowledge.window import step_when
    step = changed(shenzhen.kb.notice.submission.deadlines[0], opens="2075-05-17", hours="")
    assert step_when(shenzhen.kb, step) == "2075年5月17日至5月23日 12:00"
    assert step_when(shenzhen.kb, step, True) == "May 17, 2075 to May 23, 2075, 12:00"
