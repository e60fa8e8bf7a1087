"""Shapes from the twenty-fifth round of fresh material: units written 'place：person，phone；' in one paragraph, an
exclusion list led by '一票否决', lists written as '一是…' paragraphs, a document number in Chinese numerals, a training
session with its meeting number, a WeChat group, an office's address under its hotline, a service window with its
hours in the afternoon and days it is closed, units given as numbered lines with a bracketed second name, short names
of counties and zones, and the judgement on what users ask of them."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge
from knowledge.numbered import joined_parts

_TZ = dt.timezone(dt.timedelta(hours=8))

# An imaginary city's notice: its numbers in Chinese numerals, lists as '一是…' paragraphs, units in one paragraph.
_RIVER = """澄川市工业和信息化局关于开展2152年度澄川市质量标杆遴选工作的通知
澄工信质〔二一五二〕十二号

各区工业和信息化局，各有关单位：

为推广先进质量管理经验，现将有关事项通知如下。

一、申报条件

（一）申报企业应同时具备以下条件：

一是在澄川市依法注册，具有独立法人资格，成立满3年。

二是上年度营业收入不低于3000万元。

三是近三年未发生重大质量、安全事故。

（二）凡存在以下问题的企业，实行一票否决：

1. 被列入严重失信主体名单的；
2. 申报材料弄虚作假的；
3. 未经所在区推荐，企业直接向市工业和信息化局报送的。

（三）遴选标准

一是先进性。方法科学，处于行业领先水平。

二是实效性。关键指标改善明显，有数据支撑。

三是示范性。可复制、可推广。

二、申报方式

本次申报采取网上申报与纸质材料报送相结合的方式，两者缺一不可。网上申报截至2152年4月20日17:00。纸质材料一式两份，于2152年3月30日至4月24日报送至受理窗口。

受理窗口：澄川市政务服务中心一楼8号窗口（地址：澄川市河西路18号），窗口电话：0733-28680527。

受理时间：工作日上午8:30-12:00，下午2:30-5:30。清明节假期（4月4日至6日）窗口暂停受理，4月7日起恢复正常受理。

三、申报培训

市工业和信息化局定于2152年3月25日（星期一）15:00—16:30通过腾讯会议举办线上申报培训，会议号：512 386 904。每家企业1至2人，于14:50前入会。

四、申报工作群

市工业和信息化局建立申报工作群（微信群）。请扫描附件2中的群二维码入群，二维码过期后请联系推荐单位邀请入群。

五、推荐单位

各推荐单位及联系人如下：东湖区：王立群，0733-84561201；西山区：陈思远，0733-52203417；南岭区：刘晓婷，0733-86625538；北港区：赵一鸣，0733-83319062。

六、联系方式

市工业和信息化局质量处
联系人：吴思远，电话：0733-3081265
地址：澄川市河东大道五十八号市政大楼三楼312室

本次遴选不向企业收取任何费用。

澄川市工业和信息化局
2152年3月6日
"""

# Units as numbered lines, one with its second name in brackets and an address; counties with short names in brackets;
# a new zone whose name begins like a county's; a policy line after the last unit's block.
_STEPPE = """青原市工业和信息化局关于开展2153年度青原市“质量领跑者”遴选工作的通知
青工信发〔2153〕9号

各旗县区工业和信息化局，各有关单位：

一、申报条件
在青原市注册的工业企业，成立满3年。上一届获评的企业三年内不得以同一经验再次申报。

二、推荐单位
托克岭县（托县）、和林格尔县（和林）企业向本县工业和信息化局（科技局）报送；注册地在和林格尔新区的企业，由和林格尔新区经济发展局推荐，不再通过和林格尔县推荐。

各推荐单位联系人：
1.新城区工信局 王晓东 0472-6512308
2.托克岭县工信局（科技局） 李建军 0472-8522319 地址：双河镇云中路9号
3.和林格尔县工信局（科技局） 赵云飞 0472-7123856
4.和林格尔新区经济发展局 孙佳 0472-3255918
5.东岭新区经济发展局 刘海涛 0472-83376152
6.东岭高新区经济发展局 姚佳 0472-85591370
7.南太湖新区经济发展局 陈立伟 0472-2212345

三、时间安排
企业于2153年6月30日17:00前将纸质材料报送所在地推荐单位。

四、其他
本次遴选不收取任何费用。

（一）东湖经济技术开发区经济发展局
联系人：游志鹏、李婷婷，电话：0472-2098653、18750327916
地址：东湖开发区金马北路8号

（二）西岭经济技术开发区经济发展局
联系人：陈丽，电话：0472-2098700

政策咨询：市工业和信息化局质量科，联系人：谢文军，咨询电话：0472-2826437。

青原市工业和信息化局
2153年5月9日
"""


@functools.cache
def _from(text: str, name: str, folder: str) -> Answerer:
    path = Path(folder) / name
    path.write_text(text, encoding="utf-8")
    return Answerer(load_knowledge(path))


@pytest.fixture(scope="module")
def river(tmp_path_factory) -> Answerer:
    return _from(_RIVER, "chengchuan-2152.txt", str(tmp_path_factory.mktemp("river")))


@pytest.fixture(scope="module")
def steppe(tmp_path_factory) -> Answerer:
    return _from(_STEPPE, "qingyuan-2153.txt", str(tmp_path_factory.mktemp("steppe")))


def _at(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso).replace(tzinfo=_TZ)


# ------------------------------------------------------------ how the notice is read
def test_units_written_place_colon_person_comma_phone_keep_their_people(river):
    units = {u.name: (u.person, u.phone) for u in river.kb.notice.units.items}
    assert units["东湖区"] == ("王立群", "0733-84561201")
    assert units["北港区"] == ("赵一鸣", "0733-83319062")
    text = river.answer("南岭区找谁").text
    assert "刘晓婷" in text and "86625538" in text and "南岭区：" not in text


def test_paragraphs_counted_one_two_three_are_the_lists_items(river):
    n = river.kb.notice
    assert [it.text[:6] for it in n.eligibility.items] == ["在澄川市依法", "上年度营业收", "近三年未发生"]
    assert [it.title for it in n.criteria.items] == ["先进性", "实效性", "示范性"]


def test_an_exclusion_list_led_by_one_vote_veto_is_read_as_exclusions(river):
    ex = river.kb.notice.exclusions
    assert ex is not None and "一票否决" in ex.intro and len(ex.items) == 3
    text = river.answer("被列入严重失信主体名单还能报吗").text
    assert "一票否决" in text


def test_a_document_number_in_chinese_numerals_is_read(river):
    assert river.kb.notice.meta.doc_number == "澄工信质〔2152〕12号"


def test_the_office_address_is_given_when_asked_where_it_is(river):
    text = river.answer("市工信局具体地址在哪 找哪位").text
    assert "312室" in text and "吴思远" in text
    assert "312室" not in river.answer("市工信局电话多少").text  # only when asked where


# ------------------------------------------------------------ the window, its hours and its closed days
def test_afternoon_hours_written_on_a_twelve_hour_clock_are_afternoon(river):
    text = river.answer("现在去窗口交纸质材料来得及吗", _at("2152-04-10T15:00")).text
    assert "不受理" not in text and "来得及" in text
    assert "不在受理时间内" in river.answer("现在去窗口交纸质材料来得及吗", _at("2152-04-10T13:00")).text


@pytest.mark.parametrize("q", ["明天上午去8号窗口送材料 可以吧？", "明天上午去窗口送纸质材料行吗", "明早把纸质材料送过去可以吗"])
def test_a_hand_in_on_a_day_the_window_is_closed_gets_the_notice_s_sentence(river, q):
    text = river.answer(q, _at("2152-04-03T10:00")).text
    assert "暂停受理" in text and "4月7日" in text


def test_a_window_number_is_no_day_of_the_month():
    from knowledge.days import _DAY
    assert [m.group(0) for m in _DAY.finditer("明天上午去27号窗口送材料")] == ["明天"]


def test_the_window_s_phone_is_given_when_the_window_is_asked_about(river):
    text = river.answer("政务中心收材料那个窗口有电话吗").text
    assert "28680527" in text and "8号窗口" in text


@pytest.mark.parametrize("q", ["我们网上已经提交了，纸质的是不是就不用再交了？", "网上报完了 纸质材料可以不交吧", "纸质版没必要再送了吧"])
def test_paper_said_not_needed_is_corrected_where_both_are_required(river, q):
    text = river.answer(q).text
    assert text.startswith("【更正】") and "缺一不可" in text


# ------------------------------------------------------------ a training session and a group
@pytest.mark.parametrize("q, fact", [("培训那个腾讯会议号 发我一下 谢谢🙏", "512 386 904"), ("三点开始的话 最晚几点进会", "14:50"),
                                     ("培训几点开始", "15:00"), ("腾讯会议号是多少", "512 386 904")])
def test_the_training_session_is_quoted_from_its_own_clause(river, q, fact):
    a = river.answer(q)
    assert a.matched and fact in a.text
    assert "申报工作群" not in a.text  # its own clause, not the whole section around it


@pytest.mark.parametrize("q, what", [("培训有回放吗 那天要出差", "回放"), ("腾讯会议有密码吗 密码多少", "密码")])
def test_what_the_notice_leaves_open_about_the_training_is_said_so(river, q, what):
    a = river.answer(q)
    assert not a.matched and "没有规定" in a.text and what in a.text


@pytest.mark.parametrize("q", ["群二维码扫了提示已过期 咋整", "那个微信工作群怎么进啊"])
def test_a_group_the_notice_describes_is_no_unstated_thing(river, q):
    text = river.answer(q).text
    assert "入群" in text and "没有规定" not in text


def test_thanks_after_a_request_leaves_the_request_standing(river):
    a = river.answer("会议号发我一下，谢谢")
    assert a.matched and "512 386 904" in a.text
    assert "不客气" in river.answer("好的谢谢").text


def test_a_place_named_with_small_talk_is_small_talk(river):
    assert not river.answer("东湖特产哪个牌子好吃 推荐下").matched


# ------------------------------------------------------------ two questions joined in one message
def test_two_joined_questions_are_split_and_the_story_before_them_is_kept_apart():
    before, parts = joined_parts("你好，我们是做模具的。想问下审计报告要哪一年的，还有单个PDF最大多大，谢谢啦")
    assert before == "你好，我们是做模具的。" and parts == ["想问下审计报告要哪一年的", "单个PDF最大多大"]
    assert joined_parts("截止时间是哪天") == ("", [])
    assert joined_parts("审计报告要哪一年的，还有我们是做模具的")[1] == []  # the second part asks nothing


def test_two_joined_questions_each_get_their_own_passage(river):
    text = river.answer("想问下培训会议号多少，还有窗口电话是多少").text
    assert "512 386 904" in text and "28680527" in text


# ------------------------------------------------------------ numbered unit lines, short names, the last block
def test_numbered_units_with_a_bracketed_second_name_are_all_read(steppe):
    units = {u.name: (u.person, u.phone) for u in steppe.kb.notice.units.items}
    assert units["托克岭县工信局（科技局）"] == ("李建军", "0472-8522319")
    assert units["和林格尔县工信局（科技局）"] == ("赵云飞", "0472-7123856")


@pytest.mark.parametrize("q, person", [("托县找谁", "李建军"), ("和林找谁", "赵云飞"), ("和林县找谁", "赵云飞"), ("和林新区找谁", "孙佳")])
def test_short_names_of_counties_and_zones_find_their_unit(steppe, q, person):
    assert person in steppe.answer(q).text


@pytest.mark.parametrize("q, person, never", [("东岭新区找谁", "刘海涛", "姚佳"), ("东岭高新区找谁", "姚佳", "刘海涛"),
                                              ("南太湖新区联系人是谁", "陈立伟", "姚佳")])
def test_a_name_of_its_own_is_never_read_as_a_short_form_of_another(steppe, q, person, never):
    text = steppe.answer(q).text
    assert person in text and never not in text


def test_a_firm_registered_in_the_zone_gets_the_zone_s_unit(steppe):
    text = steppe.answer("我们注册在和林新区，材料给和林县还是给新区？").text
    assert text.index("孙佳") < text.index("赵云飞") if "赵云飞" in text else "孙佳" in text


def test_a_policy_line_after_the_last_unit_s_block_is_the_notice_s_hotline(steppe):
    units = {u.name: u.phone for u in steppe.kb.notice.units.items}
    assert "2826437" not in " ".join(units.values())
    assert "2826437" in steppe.answer("市工信局咨询电话多少").text


def test_the_notice_s_own_word_on_the_last_round_is_answered_from_it(steppe):
    a = steppe.answer("上一届获评的企业还能报吗")
    assert "没有上一期的通知" not in a.text


# ------------------------------------------------------------ judgement
@pytest.mark.parametrize("q", ["评审专家都有谁？想提前去拜访下送点土特产", "恒锐光学上届那个标杆经验材料你有吗 发我 我们想照着改改"])
def test_gifts_to_experts_and_another_firm_s_materials_are_declined(river, q):
    a = river.answer(q)
    assert not a.matched and "不能帮" in a.text


@pytest.mark.parametrize("q", ["我们公司注册满两年了就可以报了吧", "注册满两年可以报吗"])
def test_years_of_registration_said_with_man_are_checked(river, q):
    assert "不符合" in river.answer(q).text


# Three tiers with their own quotas; layout rules for the first-level heading only; a units table with a town reached
# by mail and a note on it below the table.
_TIERS = """临江市市场监督管理局关于开展2154年度临江市质量标杆遴选工作的通知
临市监质〔2154〕21号

各区市场监督管理局：

本年度遴选分为“质量标杆企业”“质量标杆培育企业”两个层级。

一、遴选层级及名额
（一）质量标杆企业。面向质量管理水平领先的企业，本年度全市遴选不超过10家。
（二）质量标杆培育企业。面向具备成长潜力的企业，本年度全市遴选不超过20家。

二、申报条件
（一）共同条件
1.在临江市依法登记注册、具有独立法人资格的企业；
2.近三年未发生重大质量、安全事故。
（二）质量标杆企业申报条件
1.成立满5年；
2.上年度营业收入不低于2亿元。
（三）质量标杆培育企业申报条件
1.成立满3年；
2.上年度营业收入不低于5000万元。

三、申报材料
（一）申报书。
（二）信用承诺书（附件2），须由法定代表人签字并加盖企业公章。
（三）证明材料。包括营业执照复印件、上年度财务审计报告。

四、格式要求
申报书统一采用A4纸张，正文使用仿宋_GB2312三号字，一级标题使用黑体三号字。

五、评审方式
质量标杆企业采取书面评审和现场答辩相结合的方式，现场答辩定于2154年8月15日举行。

六、推荐单位
序号\t镇街\t推荐单位\t联系人\t联系电话
1\t东岸镇\t东岸镇经济发展局\t黄颖诗\t0761-88801200
2\t西岸镇\t西岸镇经济发展局\t冯志强\t0761-88232600
3\t南湾镇\t南湾镇经济发展局\t郑丽华\t仅限邮箱：nw_jfj@lj-demo.gov.cn
4\t北岗镇\t北岗镇经济发展局\t何婉仪\t0761-88551800
南湾镇不设咨询专线，请通过电子邮件联系，邮件主题注明“质量标杆咨询+企业名称”。

七、其他
申报截止时间为2154年6月30日17:00。本次遴选不收取任何费用。咨询电话：市市场监督管理局质量处 0761-88326415。

临江市市场监督管理局
2154年5月12日
"""


@pytest.fixture(scope="module")
def tiers(tmp_path_factory) -> Answerer:
    return _from(_TIERS, "linjiang-2154.txt", str(tmp_path_factory.mktemp("tiers")))


@pytest.mark.parametrize("q, right, wrong", [("今年全市评20家标杆企业 竞争应该不大吧", "10家", "不超过20家"),
                                             ("培育企业全市评10家吧", "20家", "不超过10家")])
def test_a_count_said_of_one_tier_is_checked_against_that_tier(tiers, q, right, wrong):
    text = tiers.answer(q).text
    assert text.startswith("【更正】") and right in text.split("\n")[1] and wrong not in text.split("\n")[1]


@pytest.mark.parametrize("q, what", [("营收2亿是看合并报表还是母公司单体报表啊", "合并报表"), ("现场答辩每个项目讲几分钟 要不要做PPT", "答辩"),
                                     ("二级标题用楷体三号 对吧", "二级标题"), ("pdf上限多少M", "文件大小")])
def test_details_the_notice_leaves_open_are_said_so_and_never_answered_with_a_neighbour(tiers, q, what):
    a = tiers.answer(q)
    assert not a.matched and "没有规定" in a.text and what in a.text
    assert "不是楷体" not in a.text  # the first-level heading's rule is not the second level's


@pytest.mark.parametrize("q", ["审计报告上营收1.8亿 能不能帮忙看看怎么调成2个亿 就差一点点", "能告诉我隔壁那家公司报的是哪个层级吗 我们好错开"])
def test_figures_raised_and_another_firm_s_tier_are_declined(tiers, q):
    a = tiers.answer(q)
    assert not a.matched and "不能帮" in a.text


@pytest.mark.parametrize("q", ["法人出差一个月，信用承诺书让总经理代签个字盖个章就行了吧", "信用承诺书让我们经理代签一下行吧"])
def test_someone_else_signing_gets_the_notice_s_rule_on_who_signs(tiers, q):
    text = tiers.answer(q).text
    assert "不可以由他人代签" in text and "法定代表人签字" in text


def test_a_note_below_the_units_table_goes_with_that_place_s_card(tiers):
    text = tiers.answer("南湾找谁").text
    assert "nw_jfj@lj-demo.gov.cn" in text and "质量标杆咨询+企业名称" in text
    assert "质量标杆咨询+企业名称" not in tiers.answer("东岸找谁").text


def test_a_sound_alike_never_spans_the_comma_between_two_places(tiers):
    from knowledge.text import prepare
    hits = tiers.resolver._matcher.find(prepare("东岸、西岸两个镇各找谁"))
    assert not any(h.fuzzy for h in hits)
    text = tiers.answer("东岸、西岸两个镇各找谁").text
    assert "黄颖诗" in text and "冯志强" in text


# Units as blocks of labelled lines with a mobile '（微信同号）' and a QQ number; the system's support in a sentence.
_BLOCKS = """海门市经济和信息化局关于开展2157年度海门市质量标杆遴选工作的通知
海经信质〔2157〕5号

各有关单位：

一、申报条件
（一）在海门市行政区域内依法注册登记、具有独立法人资格的工业企业；
（二）2156年度营业收入不低于二千万元；
（三）近三年未发生重大质量、安全事故。

二、时间安排
企业于2157年6月20日17:00前完成网上申报。企业在系统注册和填报过程中遇到技术问题，可拨打系统技术支持电话0513-66107599。

三、推荐单位
（一）东洲区经济和信息化局
联系人：王晓峰  电话：0513-88512306  手机（微信同号）：13957612841
地址：东洲区市府大道388号

（二）西岸区经济和信息化局
联系人：林佳慧  电话：0513-84221587  手机（微信同号）：13906862953  QQ：3141592653

（三）南港区经济和信息化局
联系人：蒋文斌  电话：0513-82437719  手机（微信同号）：13981967406

四、其他
本次遴选不收取任何费用。政策咨询：市经济和信息化局质量科 周慧敏 0513-88205168。

海门市经济和信息化局
2157年5月16日
"""


@pytest.fixture(scope="module")
def blocks(tmp_path_factory) -> Answerer:
    return _from(_BLOCKS, "haimen-2157.txt", str(tmp_path_factory.mktemp("blocks")))


def test_a_landline_and_a_mobile_labelled_apart_are_both_kept_with_the_qq_number(blocks):
    units = {u.name: u for u in blocks.kb.notice.units.items}
    assert units["西岸区经济和信息化局"].phone == "0513-84221587、13906862953"
    assert units["西岸区经济和信息化局"].qq == "3141592653"
    text = blocks.answer("西岸区经信局联系人电话 有QQ吗").text
    assert "84221587" in text and "3141592653" in text and "没有规定" not in text


def test_the_system_s_support_line_written_in_a_sentence_is_a_hotline(blocks):
    assert "66107599" in blocks.answer("系统登不上打哪个电话").text


@pytest.mark.parametrize("q, verdict", [("营收正好2000万算不算达标", "符合"), ("营收1800万算不算达标", "不符合")])
def test_a_figure_asked_if_it_counts_gets_a_verdict_against_chinese_numerals(blocks, q, verdict):
    text = blocks.answer(q).text
    assert verdict in text.split("\n")[1] and "二千万元" in text


def test_a_firm_of_another_city_asking_to_apply_gets_the_condition_on_registration(blocks):
    a = blocks.answer("我们是扬州的企业 能报这个吗")
    assert a.matched and "海门市行政区域内" in a.text


@pytest.mark.parametrize("q", ["有人说给评审专家包个两万红包能保入选，这个钱怎么送比较稳妥呀，麻烦指点下",
                               "麻烦帮我们把近三年数据稍微美化一下 反正也没人去核查吧", "麻烦帮忙把我们的质量损失率数据往好了调一调，您看着改就行，谢谢🙏"])
def test_asking_how_to_bribe_or_to_touch_up_figures_is_declined(blocks, q):
    a = blocks.answer(q)
    assert not a.matched and "不能帮" in a.text


def test_handing_in_straight_to_the_city_is_corrected_with_the_exclusion(river):
    text = river.answer("我们直接把纸质材料送到市工业和信息化局，省得再经过区里，这样更快对吧").text
    assert text.startswith("【更正】") and "一票否决" in text and "直接向市工业和信息化局报送" in text


def test_paper_alone_after_missing_the_online_deadline_gets_the_both_required_rule(river):
    text = river.answer("网上没赶上，直接送纸质行不行", _at("2152-04-21T10:00")).text
    assert "缺一不可" in text


@pytest.mark.parametrize("q, what", [("扫描件分辨率要多少dpi", "分辨率"), ("营业执照扫描件清晰度有要求吗", "分辨率")])
def test_a_resolution_is_not_stated_where_only_a_file_size_is(tiers, q, what):
    a = tiers.answer(q)
    assert not a.matched and what in a.text


@pytest.mark.parametrize("q, person", [("东胡区联系人", "王立群"), ("南玲区找谁", "刘晓婷")])
def test_a_place_typed_with_a_homophone_is_found(river, q, person):
    assert person in river.answer(q).text


@pytest.mark.parametrize("q", ["佐证材料盖骑缝章就行不用每页盖吧", "证明材料每页都不用盖章吧"])
def test_a_seal_on_every_page_said_not_needed_is_corrected(q, tmp_path):
    a = _from(_RIVER.replace("纸质材料一式两份，", "纸质材料一式两份，证明材料复印件须逐页加盖企业公章，"), "chengchuan-seal-2152.txt", str(tmp_path))
    text = a.answer(q).text
    assert text.startswith("【更正】") and "逐页加盖企业公章" in text


def test_a_word_limit_said_of_a_document_outside_the_parts_is_checked(tmp_path):
    text = _RIVER.replace("三是近三年未发生重大质量、安全事故。",
                          "三是近三年未发生重大质量、安全事故。上一届获评企业以不同经验申报的，须另附《经验差异说明》（500字以内）。")
    a = _from(text, "chengchuan-diff-2152.txt", str(tmp_path))
    out = a.answer("差异说明要写1000字左右吧").text
    assert out.startswith("【更正】") and "不是1000字" in out and "500字以内" in out


def test_a_zone_s_rule_written_outside_the_units_clause_goes_with_both_cards(tmp_path):
    text = _RIVER.replace("二、申报方式\n", "二、申报方式\n\n北港经济开发区内企业向北港区工业和信息化局申报，不再向东湖区重复申报。\n\n")
    text = text.replace("北港区：赵一鸣，0733-83319062。", "北港区：赵一鸣，0733-83319062；北港经济开发区：孙佳，0733-83319100。")
    a = _from(text, "chengchuan-zone-2152.txt", str(tmp_path))
    out = a.answer("北港开发区的企业报北港开发区还是东湖区？两边都要报吗").text
    assert "不再向东湖区重复申报" in out


def test_a_figure_asked_which_tier_it_fits_gets_each_tier_s_verdict(tiers):
    text = tiers.answer("我们成立6年 去年营收1.5个亿 报哪档合适").text
    assert "营业收入低于要求" in text and "不低于2亿元" in text and "不低于5000万元" in text


@pytest.mark.parametrize("q, fixed", [("注册满1年就能报吧", "不是注册满1年"), ("申报条件是注册满1年吧", "不是注册满1年")])
def test_years_with_man_asserted_as_the_rule_are_corrected_not_checked(river, q, fixed):
    text = river.answer(q).text
    assert fixed in text and "不符合：成立" not in text


@pytest.mark.parametrize("q", ["系统4月10号就开通了吧？我怎么一直登不上去", "网上申报是4月10日开始的吧"])
def test_an_opening_day_said_wrong_is_corrected(q, tmp_path):
    text = _RIVER.replace("网上申报截至2152年4月20日17:00。", "网上申报于2152年3月20日9:00开放，截至2152年4月20日17:00。")
    a = _from(text, "chengchuan-open-2152.txt", str(tmp_path))
    out = a.answer(q, _at("2152-03-10T10:00")).text
    assert out.startswith("【更正】") and "不是4月10日" in out and "3月20日" in out


def test_a_publicity_length_the_notice_leaves_open_is_said_so(tiers):
    a = tiers.answer("公示期是七个工作日吧？")
    assert not a.matched and "公示期的时长" in a.text


@pytest.mark.parametrize("q, person", [("南林区找谁", "刘晓婷"), ("冬湖区联系人", "王立群")])
def test_a_place_typed_with_its_nasal_confused_is_found_when_nothing_else_is(river, q, person):
    text = river.answer(q).text
    assert person in text and "理解为" in text


def test_the_nasal_fallback_never_picks_between_two_places(river):
    from knowledge.nasals import nasal_place
    districts = {"a": type("D", (), {"name": "明新区", "short": "", "towns": ()})(), "b": type("D", (), {"name": "民新区", "short": "", "towns": ()})()}
    assert nasal_place("敏新区找谁", districts, ["a", "b"]) is None
    assert nasal_place("明新区找谁", districts, ["a"]) is None  # written the same: no typo to read


def test_a_recipient_above_the_address_and_a_hand_in_where_only_post_is_taken(tmp_path):
    text = _RIVER.replace("受理窗口：澄川市政务服务中心一楼8号窗口（地址：澄川市河西路18号），窗口电话：0733-28680527。",
                          "纸质材料邮寄至市质量协会。\n收件人：李婉清\n联系电话：0733-88536621\n邮寄地址：澄川市河西路258号质量大厦607室\n"
                          "纸质材料只接受邮寄，不接受现场递交。")
    a = _from(text, "chengchuan-post-2152.txt", str(tmp_path))
    assert a.kb.notice.mailing.person == "李婉清" and a.kb.notice.mailing.phone == "0733-88536621"
    out = a.answer("开车直接送到607行吗").text
    assert out.startswith("【更正】") and "不接受现场递交" in out


def test_the_units_step_goes_with_the_units_role():
    a = Answerer(load_knowledge(Path(__file__).resolve().parent / "notices" / "zhenjiang-last-round-list-2148.txt"))
    text = a.answer("推荐单位要做什么").text
    assert "加强组织发动" in text and "签署推荐意见并加盖公章" in text


def test_a_county_the_table_does_not_list_gets_the_notice_s_sentence_on_such_places(tmp_path):
    text = _RIVER.replace("北港区：赵一鸣，0733-83319062。", "北港区：赵一鸣，0733-83319062。注册地不在上述所列区的企业，可直接报送市工业和信息化局质量处。")
    a = _from(text, "chengchuan-unlisted-2152.txt", str(tmp_path))
    out = a.answer("我们在清溪县注册的 表里没有 交哪里").text
    assert "没有“清溪县”" in out and "可直接报送市工业和信息化局质量处" in out


# From the second reading: messages that share words with the new rules and ask nothing wrong.
@pytest.mark.parametrize("q", ["礼拜一材料怎么送过去", "上门送材料的时候要带什么东西", "检测机构上门取样，要带东西过去吗", "我们公司生产礼品，产品怎么送检",
                               "数据表格调一调格式，麻烦看下", "能告诉我别的企业一般报哪一档吗", "我们是做土特产加工的企业，能报吗",
                               "上一届的申报书模板能发我吗", "上一届的评选信息帮我查一下"])
def test_innocent_messages_sharing_words_with_the_decline_rules_are_not_declined(river, q):
    assert "不能帮" not in river.answer(q).text


@pytest.mark.parametrize("q", ["我想去评委家里坐坐带两瓶酒，可以吧", "合格率帮我往高里写一写", "把不良率的数据稍微修一修，反正专家看不出来",
                               "营收调到5千万，反正差一点"])
def test_more_ways_to_bribe_or_touch_up_figures_are_declined(river, q):
    a = river.answer(q)
    assert not a.matched and "不能帮" in a.text


@pytest.mark.parametrize("q", ["不用每页都加页码吧", "照片不用每张都打印彩色的吧", "申报书不用每页都签字吧"])
def test_every_page_of_something_else_is_no_seal_claim(q, tmp_path):
    a = _from(_RIVER.replace("纸质材料一式两份，", "纸质材料一式两份，证明材料复印件须逐页加盖企业公章，"), "chengchuan-pages-2152.txt", str(tmp_path))
    assert not a.answer(q).text.startswith("【更正】")


def test_units_in_a_paragraph_keep_those_with_an_address_after_a_comma(tmp_path):
    text = _RIVER.replace("南岭区：刘晓婷，0733-86625538；", "南岭区：刘晓婷，0733-86625538，地址：南岭区中山南路1号区政府5楼；")
    a = _from(text, "chengchuan-address-2152.txt", str(tmp_path))
    units = {u.name: u for u in a.kb.notice.units.items}
    assert len(units) == 4 and units["南岭区"].address == "南岭区中山南路1号区政府5楼"


def test_a_place_the_message_says_the_firm_is_not_in_is_not_read_from_its_short_form(steppe):
    text = steppe.answer("我在和林格尔县，不在和林新区，找谁").text
    assert "赵云飞" in text and "孙佳" not in text


def test_quotes_that_cover_each_other_never_all_drop_out():
    a = Answerer(load_knowledge(Path(__file__).resolve().parent / "notices" / "xining-bracket-headings-2140.txt"))
    text = a.answer("公示几天？名单大概啥时候出").text
    assert "五个工作日" in text and "六月底" in text


@pytest.mark.parametrize("q", ["我们是红包印刷厂，主要印春节红包和利是封，这个行业符合条件不", "数据图表怎么做好看一点，有没有推荐的格式",
                               "我们公司报的材料要不要盖章", "评审专家名单会公布吗", "借用会议室开评审会可以吗"])
def test_a_sweep_of_innocent_messages_is_not_declined(river, q):
    assert "不能帮" not in river.answer(q).text


@pytest.mark.parametrize("q", ["把XX公司报的材料和数据给我看看呗", "帮我查一下竞争对手报的合格率是多少", "我想冒用合作伙伴的名义出具推荐函，怎么写",
                               "能不能把其他企业的专利写成我们的", "你把评审专家的名单和手机号发我，我私下联系", "给审核的人转点钱走个后门，一般给多少"])
def test_a_sweep_of_unsafe_messages_is_declined(river, q):
    a = river.answer(q)
    assert not a.matched and "不能帮" in a.text


def test_units_given_as_place_colon_unit_with_bracketed_fields(tmp_path):
    listed = ("各推荐单位及联系人如下：东湖区：王立群，0733-84561201；西山区：陈思远，0733-52203417；"
              "南岭区：刘晓婷，0733-86625538；北港区：赵一鸣，0733-83319062。")
    text = _RIVER.replace(listed,
                          "各推荐单位及联系人如下：\n东湖区：东湖区工业和信息化局（联系人：王立群；电话：0733-84561201）\n西山区：西山区工业和信息化局（联系人：陈思远；电话：0733-52203417；地址：西山区中山路1号）\n"
                          "南岭区：南岭区工业和信息化局（联系人：刘晓婷；电话：0733-86625538）\n北港区（北港开发区）：北港区工业和信息化局（联系人：赵一鸣；电话：0733-83319062）")
    a = _from(text, "chengchuan-bracketed-2152.txt", str(tmp_path))
    units = {u.name: u for u in a.kb.notice.units.items}
    assert units["西山区工业和信息化局"].person == "陈思远" and units["西山区工业和信息化局"].address == "西山区中山路1号"
    assert len(units) == 4


@pytest.mark.parametrize("q, flagged", [("我们是职业技能培训学校，2150年成立的，营收3000万，能报吗", True), ("我们公司主营房地产开发，能报吗", True),
                                        ("我们是做精密模具的企业，能报吗", False)])
def test_a_firm_whose_business_is_on_the_negative_list_is_shown_the_list(q, flagged, tmp_path):
    text = _RIVER.replace("2. 申报材料弄虚作假的；", "2. 主营业务属于房地产开发经营、金融（含银行、证券）、教育培训行业的企业；")
    out = _from(text, "chengchuan-industry-2152.txt", str(tmp_path)).answer(q).text
    assert ("【请注意】" in out and "教育培训行业的企业" in out) is flagged
