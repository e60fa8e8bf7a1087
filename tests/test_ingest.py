"""Ingest: notice text -> knowledge base. Each rule alone, the curated reference, traceability, exit codes."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from knowledge.answer import Answerer
from knowledge.ingest import facts, ingest
from knowledge.loader import _shared, load_knowledge
from knowledge.model import KnowledgeError
from knowledge.verify import verify

ROOT = Path(__file__).resolve().parents[1]
NOTICE = ROOT / "knowledge" / "notices" / "2023-2024.txt"
CURATED = ROOT / "knowledge" / "notices" / "2023-2024.yaml"
FICTIONAL = sorted((ROOT / "tests" / "notices").glob("*.txt"))


@pytest.fixture(scope="module")
def geo():
    return _shared()[1]


def _facts(data: dict) -> dict[str, object]:
    """The values a user is told, flattened: what the ingest must reproduce from the text."""
    sub, out = data["submission"], {}
    for k in ("deadline", "site", "form_copies", "one_item", "form_name"):
        out[f"submission.{k}"] = sub.get(k)
    out["submission.site_variants"] = [v["url"] for v in sub.get("site_variants", [])]
    for u in data["units"]["items"]:
        for k in ("name", "address", "person", "phone"):
            out[f"units.{u['district']}.{k}"] = " ".join(str(u.get(k, "")).split())
    for kind in ("policy", "filling"):
        for k in ("org", "person", "phone"):
            out[f"consultation.{kind}.{k}"] = data["consultation"][kind].get(k)
    for k in ("address", "person", "phone"):
        out[f"mailing.{k}"] = data["mailing"].get(k)
    for p in data["materials"]["parts"]:
        out[f"materials.{p['key']}.limit"] = p["limit"]
        out[f"materials.{p['key']}.title"] = p["title"]
    for sec in ("focuses", "criteria"):
        out[f"{sec}.titles"] = [i.get("title") for i in data[sec]["items"]]
    out["eligibility.count"] = len(data["eligibility"]["items"])
    out["meta.doc_number"] = data["meta"]["doc_number"]
    out["meta.date"] = str(data["meta"]["date"])
    out["fees.clause"] = data["fees"]["clause"]
    return out


def test_ingest_reproduces_the_curated_knowledge_base(geo):
    """Lists every difference between the ingested 2023-2024 text and the curated reference."""
    curated = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    got = ingest(NOTICE.read_text(encoding="utf-8"), geo).data
    want, have = _facts(curated), _facts(got)
    differences = {k: (want[k], have.get(k)) for k in want if want[k] != have.get(k)}
    # The curated file rewords two facts for readers; everything else is identical.
    assert set(differences) <= {"submission.form_name"}, differences


@pytest.mark.parametrize("sentence,value", [
    ("申报单位于2024年3月1日24:00前在网站提交", "2024-03-01 24:00"),
    ("请于2025年3月20日17:00前登录申报网站在线提交申报材料", "2025-03-20 17:00"),
    ("申报截止日期为2026年4月10日（星期五）17时。", "2026-04-10 17:00"),
    ("申报时间：即日起至2026年4月10日（星期五）下午5点止。", "2026-04-10 17:00"),
    ("网上申报截止时间为2026年3月27日（星期五）18:00。", "2026-03-27 18:00"),
    ("材料请于5月29日前报送所在区市场监管局。", "2026-05-29"),
    ("截至2026年6月12日17时30分。", "2026-06-12 17:30"),
])
def test_deadline_sentence_shapes(sentence, value):
    found = facts.deadlines(sentence, 2026)
    assert found and found[0].value == value


def test_a_date_without_a_cue_is_not_a_deadline():
    assert facts.deadlines("上海市经济和信息化委员会于2025年12月16日印发本通知。", 2025) == []


@pytest.mark.parametrize("text,expected", [
    ("联系人：王晓东，电话：5550 3377。", ("", "王晓东", "5550 3377")),
    ("市经济信息化委 吴敏 23119416", ("市经济信息化委", "吴敏", "23119416")),
    ("上海质量管理科学研究院   梁晓   139 0000 2266", ("上海质量管理科学研究院", "梁晓", "139 0000 2266")),
    ("黄浦区商务委 林晓雯 5550 1202转218", ("黄浦区商务委", "林晓雯", "5550 1202转218")),
])
def test_contacts_in_a_line(text, expected):
    assert facts.contact_in(text) == expected


TABLE_NOTICE = """上海市示例委员会文件

沪示例〔2031〕7号

关于开展“示例标杆”（2031-2032）活动的通知

各区：

一、申报要求

（一）申报单位于2031年5月6日17:00前在“示例标杆”申报网站（http://example-demo.cn/）在线提交。申报表须加盖单位公章并经推荐单位盖章，纸质材料（两份）寄送。

二、联系方式

（一）各区主管部门（推荐单位）联系方式

{header}
{rows}

上海市示例委员会

2031年3月1日
"""


@pytest.mark.parametrize("sep", ["\t", "   "])
def test_contacts_table_with_a_broken_row(geo, sep):
    rows = [["浦东新区商务委", "上海市示例大道 1 号", "甲乙", "55500001"],
            ["闵行区经委", "上海市示例路 2 号（房", "丙丁", "55500002"],
            [" " * 8 + "地大厦）3 室"],
            ["嘉定区经委", "上海市示例南路 4 号", "戊己", "55500003"]]
    text = TABLE_NOTICE.format(header=sep.join(["部门", "地址", "联系人", "办公电话"]),
                               rows="\n".join(sep.join(r) if len(r) > 1 else r[0] for r in rows))
    result = ingest(text, geo)
    units = {u["district"]: u for u in result.data["units"]["items"]}
    assert units["minhang"]["address"] == "上海市示例路 2 号（房地大厦）3 室"
    assert units["jiading"]["phone"] == "55500003" and units["pudong"]["person"] == "甲乙"
    assert any("断成两行" in r for r in result.repaired)
    assert result.data["submission"]["deadline"] == "2031-05-06 17:00"
    assert result.data["submission"]["form_copies"] == "两份"


def test_columns_in_another_order(geo):
    text = TABLE_NOTICE.format(header="单位  联系人  电话  地址",
                               rows="静安区商务委  庚辛  5550 0104  上海市示例路 5 号\n徐汇区商务委  壬癸  5550 0105-12  上海市示例路 6 号\n"
                                    "长宁区商务委  子丑  5550 0106  上海市示例路 7 号")
    units = {u["district"]: u for u in ingest(text, geo).data["units"]["items"]}
    assert units["xuhui"] == {"district": "xuhui", "name": "徐汇区商务委", "person": "壬癸", "phone": "5550 0105-12",
                              "address": "上海市示例路 6 号"}


def test_missing_sections_are_reported_and_answered_as_not_in_the_notice(geo, tmp_path):
    text = TABLE_NOTICE.format(header="部门\t地址\t联系人\t办公电话", rows="")
    result = ingest(text, geo)
    assert result.code == 1
    assert any("申报条件" in m for m in result.missing) and any("推荐单位" in m for m in result.missing)
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    kb = load_knowledge(path)
    answer = Answerer(kb).answer("申报条件是什么", dt.datetime(2031, 4, 1, tzinfo=kb.tz))
    assert not answer.matched and "通知中没有" in answer.text


def test_text_that_is_not_a_notice_is_unusable(geo):
    result = ingest("你好，这是一段闲聊。\n没有任何编号。", geo)
    assert result.code == 2 and "不能使用" in result.report()


def test_every_fictional_notice_verifies_against_its_text():
    assert FICTIONAL, "fictional notices missing"
    for path in FICTIONAL:
        kb = load_knowledge(path)
        assert verify(kb.notice, path.read_text(encoding="utf-8")) == [], path.name


def test_a_tampered_value_fails_verification(tmp_path):
    shutil.copy(NOTICE, tmp_path / "2023-2024.txt")
    data = yaml.safe_load(CURATED.read_text(encoding="utf-8"))
    data["units"]["items"][3]["phone"] = "64870000"
    bad = tmp_path / "2023-2024.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(bad)
    assert err.value.key == "units.items[3].phone" and "does not occur" in err.value.problem


def test_ingest_command_writes_a_loadable_kb_and_exit_codes(tmp_path):
    out = tmp_path / "kb.yaml"
    proc = subprocess.run([sys.executable, "bot.py", "ingest", str(NOTICE), "-o", str(out)], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr  # usable, with the repaired row and the site spellings to review
    assert "已修复" in proc.stdout and "结论" in proc.stdout
    kb = load_knowledge(out)
    assert kb.notice.submission.deadline == "2024-03-01 24:00"
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe\x00binary")
    assert subprocess.run([sys.executable, "bot.py", "ingest", str(junk)], cwd=ROOT, capture_output=True).returncode == 2


def test_kb_accepts_a_notice_text(tmp_path):
    proc = subprocess.run([sys.executable, "bot.py", "ask", "--kb", str(FICTIONAL[0]), "截止时间"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert "截止" in proc.stdout and "依据" in proc.stdout
