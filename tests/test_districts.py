"""District resolver: every way of naming a district reaches its unit, and no two districts are confused."""

from __future__ import annotations

import itertools

import pytest

from knowledge.districts import DistrictResolver
from knowledge.text import pinyin


@pytest.fixture(scope="module")
def resolver(kb):
    return DistrictResolver(kb)


def names_of(kb, key):
    d = kb.geography.districts[key]
    unit = kb.unit_for(key)
    yield from (d.name, d.short, unit.name, pinyin(d.short, kb.geography.place_readings), *d.english, *d.former)
    yield f"{d.short}区"


def test_every_name_resolves_to_its_own_district(kb, resolver):
    for key in kb.geography.districts:
        for name in names_of(kb, key):
            res = resolver.resolve(name)
            assert res.districts == (key,), (name, res)


def test_no_two_districts_confused_in_answers(kb, answerer):
    """Asking for any district's contact shows its phone and none of the other sixteen."""
    phones = {u.district: u.phone.split("-")[0] for u in kb.notice.units.items}
    for key in phones:
        for name in names_of(kb, key):
            for question in (f"{name}电话", f"{name}的联系人是谁", f"contact for {name}"):
                text = answerer.answer(question).text
                assert phones[key] in text, (question, text)
                for other, phone in phones.items():
                    if other != key:
                        assert phone not in text, (question, other)


@pytest.mark.parametrize("typed,key", [
    ("黄埔区", "huangpu"), ("闽行", "minhang"), ("闵航区", "minhang"), ("静按区", "jingan"), ("扬浦区", "yangpu"),
    ("杨埔", "yangpu"), ("青埔区", "qingpu"), ("青蒲", "qingpu"), ("浦东新区科经委", "pudong"), ("pudon", "pudong"),
    ("Jing'an", "jingan"), ("huangpu district", "huangpu"), ("Minhang", "minhang"), ("Chang Ning", "changning"),
    ("songjian", "songjiang"), ("lin-gang", "lingang"), ("南汇区", "pudong"), ("川沙县", "pudong"), ("闸北区", "jingan"),
    ("卢湾区", "huangpu"), ("南市区", "huangpu"), ("上海县", "minhang"), ("吴淞区", "baoshan"), ("张江", "pudong"),
    ("陆家嘴", "pudong"), ("外高桥", "pudong"), ("七宝镇", "minhang"), ("莘庄工业区", "minhang"), ("紫竹", "minhang"),
    ("南翔", "jiading"), ("安亭", "jiading"), ("朱家角", "qingpu"), ("佘山", "songjiang"), ("九亭", "songjiang"),
    ("枫泾", "jinshan"), ("南桥", "fengxian"), ("长兴岛", "chongming"), ("五角场", "yangpu"), ("北外滩", "hongkou"),
    ("徐家汇", "xuhui"), ("中山公园", "changning"), ("真如", "putuo"), ("顾村", "baoshan"), ("宝山路", "jingan"),
    ("南京西路", "jingan"), ("外滩", "huangpu"), ("临港新片区", "lingang"), ("滴水湖", "lingang"), ("洋山港", "lingang"),
    ("漕河泾开发区徐汇园区", "xuhui"), ("zhangjiang", "pudong"),
])
def test_variants(resolver, typed, key):
    assert resolver.resolve(typed).districts == (key,)


@pytest.mark.parametrize("place", ["漕河泾", "caohejing", "虹桥", "化工区", "世博园区", "南汇新城", "浦东临港", "北京西路"])
def test_places_spanning_districts_ask(resolver, answerer, place):
    res = resolver.resolve(place)
    assert not res.districts and len(res.candidates) >= 2
    reply = answerer.answer(place)
    assert "请告诉我" in reply.text or "Which district" in reply.text
    assert set(reply.district_choices) == set(res.candidates)


@pytest.mark.parametrize("text", ["我很高兴", "有什么风险", "假定", "普陀山旅游", "changing the format", "民航",
                                  "保山", "宋江", "嘉兴", "江苏", "南京", "湖南"])
def test_ordinary_words_are_not_districts(resolver, text):
    assert resolver.resolve(text).districts == ()


def test_confusable_pairs_stay_apart(resolver):
    pairs = [("黄浦", "杨浦"), ("黄浦", "青浦"), ("杨浦", "青浦"), ("静安", "金山"), ("普陀", "浦东"), ("宝山", "宝山路"),
             ("huangpu", "yangpu"), ("jingan", "jinshan"), ("qingpu", "yangpu"), ("长宁", "长兴岛")]
    for a, b in pairs:
        assert resolver.resolve(a).districts != resolver.resolve(b).districts, (a, b)
    for a, b in itertools.permutations(["黄浦", "杨浦", "青浦"], 2):
        assert resolver.resolve(f"{a}区").districts != resolver.resolve(f"{b}区").districts


def test_contact_person_names_their_district(answerer):
    for unit in answerer.kb.notice.units.items:
        text = answerer.answer(f"{unit.person}的电话").text
        assert unit.phone in text and unit.name in text


def test_typo_is_reported(answerer):
    assert "已把“黄埔区”理解为“黄浦区”" in answerer.answer("黄埔区联系人").text


def test_former_district_is_explained(answerer):
    assert "南汇区已并入浦东新区" in answerer.answer("南汇区的企业找谁").text
