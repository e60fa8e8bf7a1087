"""Another city's units table with zones: a header with an aside ('区（开发区）'), bases and eco-zones named short
('航天', '浐灞'), quotas listed one place to an item with the rest 'each', and a short name that ends a longer
place's name ('沣东新城' is not 新城区). A small fictional notice of an invented city; every name and number is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answer import Answerer
from knowledge.model import load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2031, 4, 20, 10, 0, tzinfo=TZ)

NOTICE = """澄湖市工业和信息化局文件

澄工信〔2031〕33号

关于开展2031年澄湖市工业企业质量标杆遴选工作的通知

各区（开发区）工业和信息化主管部门：

一、申报条件

1. 在澄湖市注册登记的工业企业；

2. 2030年度营业收入不低于3000万元；获评省级专精特新中小企业的，2030年度营业收入不低于1500万元。

二、推荐名额

各区（开发区）推荐名额如下：

1. 澄湖高新区不超过8项；

2. 航天基地、新城区各不超过4项；

3. 其他区（开发区）各不超过3项。

三、申报方式

申报企业于2031年5月9日17:00前登录澄湖市示例系统（https://bg.chenghu-demo.cn）在线提交。

四、联系方式

政策咨询：市工业和信息化局质量处  吕青  0512-55503001

附件：各区（开发区）联系方式

澄湖市工业和信息化局

2031年3月20日

附件

各区（开发区）联系方式

序号　区（开发区）　推荐单位　联系人　联系电话
1　新城区　新城区工业和信息化局　林川　0512-55503101
2　碑湖区　碑湖区工业和信息化局　韩冬梅　0512-55503102
3　澄湖高新区　澄湖高新区先进制造业发展局　郭天宇　0512-55503103、0512-55503104
4　浐湾生态区　浐湾生态区管委会经济发展局　宋佳慧　0512-55503105
5　航天基地　澄湖航天基地管委会经济发展局　吴俊峰　0512-55503106、13709213586
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Answerer:
    path = tmp_path_factory.mktemp("zones") / "chenghu-zones-2031.txt"
    path.write_text(NOTICE, encoding="utf-8")
    return Answerer(load_knowledge(path))


def test_the_table_reads_places_units_quotas_and_no_address_from_a_phone(bot) -> None:
    units = {u.name: u for u in bot.kb.notice.units.items}
    assert len(units) == 5 and all(not u.address for u in units.values())
    quotas = {u.name[:4]: u.quota for u in units.values()}
    assert quotas == {"新城区工": "不超过4项", "碑湖区工": "不超过3项", "澄湖高新": "不超过8项", "浐湾生态": "不超过3项",
                      "澄湖航天": "不超过4项"}


@pytest.mark.parametrize("q, phone", [("高新的联系人电话", "55503103"), ("浐湾的对接人是谁", "55503105"),
                                      ("航天的联系人", "55503106"), ("我们在新城，找谁", "55503101")])
def test_zones_are_found_by_their_short_names(bot, q, phone) -> None:
    assert phone in bot.answer(q, NOW).text


def test_a_short_name_ending_a_longer_place_name_is_not_that_district(bot) -> None:
    assert "55503101" not in bot.answer("沣东新城的企业找谁推荐", NOW).text


def test_a_kind_of_firm_the_message_denies_is_not_its_floor(bot) -> None:
    assert "不符合：营业收入低于通知要求" in bot.answer("营收2800万，不是专精特新，能报吗", NOW).text
    assert "营业收入这一条符合" in bot.answer("我们是省级专精特新，营收2800万，能报吗", NOW).text


def test_a_zone_is_found_in_english_and_a_units_step_that_recommends_nobody_is_not_the_recommendation() -> None:
    from knowledge.ingest import ingest
    from knowledge.loader import _shared

    r = ingest(NOTICE, _shared()[1])
    assert "High-tech Zone" in next(p for p in r.data["places"].values() if p["name"] == "澄湖高新区")["english"]
    units = "各区于2031年5月20日前将拟申报企业名单报市工业和信息化局。各区推荐单位于2031年5月30日前完成审核推荐。"
    steps = NOTICE.replace("四、联系方式", units + "\n\n四、联系方式")
    labels = [(x["label"], x["when"]) for x in ingest(steps, _shared()[1]).data["submission"]["deadlines"]]
    assert labels == [("推荐单位其他时间要求", "2031-05-20"), ("推荐单位报送", "2031-05-30")], labels


def test_a_district_named_for_a_people_is_found_without_it(tmp_path) -> None:
    path = tmp_path / "chenghu-zones-2031.txt"
    path.write_text(NOTICE.replace("碑湖区", "碑湖回族区"), encoding="utf-8")
    assert "55503102" in Answerer(load_knowledge(path)).answer("碑湖区找谁对接", NOW).text


def test_former_places_a_notice_says_a_district_holds_are_its_names(tmp_path) -> None:
    path = tmp_path / "chenghu-zones-2031.txt"
    said = "三、申报方式\n\n碑湖区其他区域（含原东澄、西澄地区）企业由碑湖区工业和信息化局推荐。"
    path.write_text(NOTICE.replace("三、申报方式", said, 1), encoding="utf-8")
    assert "55503102" in Answerer(load_knowledge(path)).answer("我们公司在西澄，纸质材料交给哪个单位", NOW).text
