"""A notice of another city: its districts, county-level cities and zones become the knowledge base's own places,
found by short name, pinyin, homophone typos, unit names and their abbreviations, persons; the YAML form keeps
them. Small fictional notices of invented cities; every name, number and address below is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import KnowledgeError, load_knowledge

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2031, 3, 20, 10, 0, tzinfo=TZ)

HEAD = """云岭市工业和信息化局文件

云工信〔2031〕12号

云岭市工业和信息化局关于开展2031年度云岭市“示范工厂”推荐工作的通知

各县（市、区）工业和信息化主管部门，云岭高新技术产业开发区管理委员会：

一、申报条件

（一）在云岭市注册，成立满两年；

（二）上年度营业收入不低于3000万元。

二、推荐名额

每家企业限报1项。各县（市、区）推荐数量原则上不超过5项，石门市、云岭高新区推荐数量原则上不超过9项。

三、申报材料

（一）《示范工厂申报表》（附件1），须加盖企业公章，并经所在县（市、区）推荐单位签署推荐意见、加盖公章。

（二）盖章要求

纸质材料装订成册后须在封面加盖企业公章，并加盖骑缝章。

四、报送要求

（一）申报企业于2031年4月10日17:00前登录“云岭市工信申报系统”（https://sb.yunling-demo.cn）在线提交申报材料。

（二）纸质材料一式两份，于2031年4月17日前寄送市工业和信息化局产业科。地址：云岭市滨湖路88号工信大楼5楼508室，收件人：闻一多，电话：0871-55506001。

五、联系方式

政策咨询：市工业和信息化局产业科  周一  0871-55506002

各县（市、区）推荐单位联系方式见附件2。

附件：1．示范工厂申报表
　　　2．各地联系方式

云岭市工业和信息化局

2031年3月1日

附件2

各地联系方式

"""

ROWS = (("松湖区工业和信息化局", "林　川", "0871-55506101"),
        ("北塘县经济和信息化局", "韩冬梅", "0871-55506102转8021"),
        ("石门市工业和信息化局", "贺子昂", "0871-55506103"),
        ("云岭高新技术产业开发区经济发展委员会", "许　诺", "0871-55506104"))
TABLE = "推荐单位\u3000联系人\u3000联系电话\n" + "\n".join("\u3000".join(r) for r in ROWS) + "\n"
BLOCKS = "\n".join(f"单位：{u}\n联系人：{p}\n电话：{t}\n" for u, p, t in ROWS)
# One unit to a numbered item, its labels without colons and a quota at the end ('联系人林川，电话…，推荐名额5家').
ITEMS = "\n".join(f"{i}. {u}：联系人{p}，电话{t}，推荐名额{5 + i}家\n" for i, (u, p, t) in enumerate(ROWS, 1))


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _answerer(tmp_path: Path, layout: str) -> Answerer:
    path = tmp_path / "yunling-2031.txt"
    path.write_text(HEAD + layout, encoding="utf-8")
    return Answerer(load_knowledge(path))


@pytest.fixture(scope="module", params=[TABLE, BLOCKS, ITEMS], ids=["table", "blocks", "items"])
def bot(request, tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("places"), request.param)


def _text(bot: Answerer, question: str) -> str:
    return bot.answer(question, NOW).text


def test_ingest_writes_the_places_and_units_keyed_by_pinyin(geo):
    r = ingest(HEAD + TABLE, geo, "yunling-2031.txt")
    places, units = r.data["places"], {u["district"]: u for u in r.data["units"]["items"]}
    zone = next(k for k in places if k.endswith("gaoxinjishuchanyekaifaqu"))  # the zone named for the city: its whole name
    assert set(places) == set(units) == {"songhu", "beitang", "shimen", zone}
    assert places["songhu"] == {"name": "松湖区", "short": "松湖", "english": ["Songhu District"]}
    assert "高新区" in places[zone]["towns"] and places[zone]["short"] == places[zone]["name"]
    assert units["beitang"]["phone"] == "0871-55506102转8021" and units["songhu"]["person"] == "林川"
    assert "北塘经信局" in units["beitang"]["aliases"]
    assert r.data["units"]["clause"] == "附件2"


def test_numbered_items_with_bare_labels_give_person_phone_and_quota(geo):
    units = {u["district"]: u for u in ingest(HEAD + ITEMS, geo, "yunling-2031.txt").data["units"]["items"]}
    assert units["songhu"]["person"] == "林川" and units["songhu"]["phone"] == "0871-55506101"
    assert units["shimen"]["quota"] == "8家" and units["beitang"]["phone"].startswith("0871-55506102")


@pytest.mark.parametrize(("question", "person", "phone"), [
    ("松湖区找谁", "林川", "55506101"),
    ("songhu contact person", "林川", "55506101"),
    ("松糊区联系电话", "林川", "55506101"),  # a homophone typo
    ("北塘经信局电话", "韩冬梅", "55506102转8021"),  # an abbreviated unit name, the extension kept
    ("石门工信局的联系人是谁", "贺子昂", "55506103"),
    ("高新区经发委电话多少", "许诺", "55506104"),
    ("贺子昂的电话", "贺子昂", "55506103"),
])
def test_a_place_of_another_city_is_answered_with_its_unit(bot, question, person, phone):
    text = _text(bot, question)
    assert person in text and phone in text
    others = [t for _u, _p, t in ROWS if not t.endswith(phone[-8:]) and phone not in t]
    assert not any(t.split("-")[1][:8] in text for t in others)


def test_how_many_a_place_may_recommend_quotes_its_count(bot):
    text = _text(bot, "石门能推荐几家")
    assert "9项" in text and "通知中没有" not in text
    assert "9项" not in _text(bot, "石门工信局电话多少")  # a phone asked, not a count


def test_the_yaml_form_round_trips_the_places(tmp_path, geo):
    source = tmp_path / "yunling-2031.txt"
    source.write_text(HEAD + BLOCKS, encoding="utf-8")
    data = ingest(source.read_text(encoding="utf-8"), geo, source.name).data
    kb_file = tmp_path / "yunling-2031.yaml"
    kb_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    kb = load_knowledge(kb_file)
    assert kb.notice.places["shimen"].name == "石门市"
    assert kb.geography.districts["shimen"].short == "石门"
    assert "pudong" in kb.geography.districts  # merged into the shared geography, not instead of it
    assert "贺子昂" in Answerer(kb).answer("shimen 联系人", NOW).text


def test_the_same_place_has_the_same_key_in_every_round(geo):
    first = ingest(HEAD + TABLE, geo).data["places"]
    later = ingest(HEAD.replace("2031", "2032") + BLOCKS, geo).data["places"]
    assert first.keys() == later.keys()


def test_places_stay_in_their_own_knowledge_base(tmp_path):
    _answerer(tmp_path, TABLE)
    assert "songhu" not in load_knowledge().geography.districts


def test_a_unit_of_an_unknown_place_is_still_rejected(tmp_path, geo):
    data = ingest(HEAD + TABLE, geo).data
    del data["places"]["songhu"]
    kb_file = tmp_path / "broken.yaml"
    kb_file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="unknown district key 'songhu'"):
        load_knowledge(kb_file)


def test_the_mailing_answer_splits_seals_in_two_parts(bot):
    text = _text(bot, "纸质材料寄到哪里")
    assert "滨湖路88号" in text
    line = next(x for x in text.splitlines() if x.startswith("寄送：申报表"))
    assert "；" not in line and "加盖骑缝章。" in line  # not "（…加盖公章；纸质材料…骑缝章）"


def test_a_place_quoted_from_the_text_keeps_its_extension(tmp_path):
    # Two places only, in prose: no contacts list, so the row is quoted as the notice words it.
    body = HEAD.split("附件：")[0] + "松湖区联系人：林川，电话：0871-55506101转12。北塘县联系人：韩冬梅，电话：0871-55506102。\n"
    path = tmp_path / "prose.txt"
    path.write_text(body, encoding="utf-8")
    bot = Answerer(load_knowledge(path))
    assert not bot.kb.notice.units
    assert "“松湖区联系人：林川，电话：0871-55506101转12”" in bot.answer("松湖区电话", NOW).text


def test_the_caches_are_keyed_by_content_and_keep_the_places(tmp_path):
    from knowledge.cache import IndexCache

    path = tmp_path / "yunling-2031.txt"
    path.write_text(HEAD + TABLE, encoding="utf-8")
    cache = tmp_path / "cache"
    for _ in range(2):  # built and saved, then read back
        kb = load_knowledge(path, cache_dir=cache)
        assert "石门市工业和信息化局" in Answerer(kb, IndexCache(cache)).answer("shimen 电话", NOW).text
    path.write_text(HEAD + TABLE.replace("石门市", "青石市"), encoding="utf-8")  # another content: another place
    kb = load_knowledge(path, cache_dir=cache)
    assert "qingshi" in kb.geography.districts and "shimen" not in kb.geography.districts
    assert "青石市工业和信息化局" in Answerer(kb, IndexCache(cache)).answer("qingshi 电话", NOW).text


def test_a_district_set_in_another_rounds_place_does_not_break_the_district_command(tmp_path):
    from assistant.router import Router
    from assistant.types import Incoming
    from storage.checklist import ChecklistStore, UserKey
    from storage.db import Store

    router = Router(Answerer(load_knowledge(None)), ChecklistStore(Store(tmp_path / "s.sqlite3")), lambda: NOW)
    router.store.set_district(UserKey("console", "u"), "kunshan")  # a place only another city's round has
    reply = router.respond(Incoming("console", "u", "/district"))
    assert "重新设置" in reply.text and "kunshan" not in reply.text
    assert router.respond(Incoming("console", "u", "浦东找谁")).matched
