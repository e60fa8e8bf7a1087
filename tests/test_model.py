"""Knowledge base loading: validation names file and key; facts live in data, not code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from knowledge.answer import Answerer
from knowledge.model import DEFAULT_NOTICE, KnowledgeError, load_knowledge

ROOT = Path(__file__).resolve().parent.parent


def write_variant(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(DEFAULT_NOTICE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "notice.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_bundled_knowledge_is_complete(kb):
    n = kb.notice
    assert len(n.units.items) == 17 and len(n.focuses.items) == 5 and len(n.eligibility.items) == 4
    assert len(n.criteria.items) == 3 and [p.limit for p in n.materials.parts] == [40, 500, 500, 8000, 2000]
    chongming = kb.unit_for("chongming")
    assert chongming.address.endswith("新城商务中心 2 号楼 507 室")  # the row the conversion broke
    assert n.submission.site == "http://zlbq.saqm.org.cn/"
    assert n.submission.site_variants[0].url == "http://z1bg.saqm.org.cn/"
    assert n.procedure.truncated
    assert kb.deadline.isoformat() == "2024-03-02T00:00:00+08:00"


def test_swapped_knowledge_changes_answers(tmp_path):
    def change(d):
        d["submission"]["deadline"] = "2025-06-30 17:00"
        d["submission"]["site"] = "https://example.org/apply"
        d["units"]["items"][0]["phone"] = "11112222"
        d["fees"]["text"] = "本年度申报收取材料费一百元。"
        d["materials"]["parts"][1]["limit"] = 800
    kb = load_knowledge(write_variant(tmp_path, change))
    a = Answerer(kb)
    assert "2025年6月30日 17:00" in a.answer("截止时间").text
    assert "https://example.org/apply" in a.answer("在哪里申报").text
    text = a.answer("浦东新区电话").text
    assert "11112222" in text and "28282754" not in text
    assert "材料费一百元" in a.answer("要收费吗").text
    assert "800 字" in a.answer("摘要多少字").text
    assert "2025年6月30日" in a.answer("申报流程").text or "2025" in a.answer("截止").text


def test_kb_flag_selects_the_file(tmp_path):
    path = write_variant(tmp_path, lambda d: d["submission"].update(deadline="2030-01-15 12:00"))
    out = subprocess.run([sys.executable, "bot.py", "ask", "--kb", str(path), "截止时间"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "2030年1月15日 12:00" in out


@pytest.mark.parametrize("change,key", [
    (lambda d: d["submission"].pop("deadline"), "submission.deadline"),
    (lambda d: d["units"]["items"][3].pop("phone"), "units.items[3].phone"),
    (lambda d: d["units"]["items"][0].update(district="atlantis"), "units.items[0].district"),
    (lambda d: d["submission"].update(deadline="next spring"), "submission.deadline"),
    (lambda d: d["materials"]["parts"][0].update(limit="forty"), "materials.parts[0].limit"),
    (lambda d: d["meta"].update(timezone="Mars/Olympus"), "meta.timezone"),
    (lambda d: d.update(surprise=1), "surprise"),
    (lambda d: d["consultation"]["policy"].update(phone=""), "consultation.policy.phone"),
])
def test_malformed_file_names_file_and_key(tmp_path, change, key):
    path = write_variant(tmp_path, change)
    with pytest.raises(KnowledgeError) as err:
        load_knowledge(path)
    assert err.value.key == key and str(path) in str(err.value)


def test_cli_reports_bad_kb(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("meta: [unclosed", encoding="utf-8")
    proc = subprocess.run([sys.executable, "bot.py", "ask", "--kb", str(bad), "截止"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 3 and "broken.yaml" in proc.stderr
    missing = subprocess.run([sys.executable, "bot.py", "ask", "--kb", str(tmp_path / "nope.yaml"), "x"], cwd=ROOT,
                             capture_output=True, text=True)
    assert missing.returncode == 3 and "not found" in missing.stderr


def test_no_fact_of_the_notice_in_code(kb):
    facts = [u.phone.split("-")[0] for u in kb.notice.units.items]
    facts += [u.name for u in kb.notice.units.items] + [u.address for u in kb.notice.units.items]
    facts += [kb.notice.consultation.policy.phone, kb.notice.consultation.filling.phone, kb.notice.submission.site,
              kb.notice.meta.doc_number, kb.notice.mailing.address, "saqm"]
    for path in [*ROOT.glob("*.py"), *ROOT.glob("knowledge/*.py"), *ROOT.glob("handlers/**/*.py"),
                 *ROOT.glob("storage/*.py")]:
        code = path.read_text(encoding="utf-8")
        for fact in facts:
            assert fact not in code, f"{fact!r} written in {path.name}"


def test_ask_json_contract():
    questions = "截止时间是什么时候\n明天会下雨吗\n\n浦东电话\n"
    out = subprocess.run([sys.executable, "bot.py", "ask", "--json", "--now", "2024-02-26T12:00:00+08:00"],
                         cwd=ROOT, input=questions, capture_output=True, text=True, check=True).stdout
    import json
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 4 and [r["matched"] for r in rows] == [True, False, False, True]
    assert rows[0]["sources"] == ["三（一）"] and re.search(r"4 天 12 小时", rows[0]["text"])
    assert set(rows[0]) == {"text", "matched", "sources"}


def test_help_explains_itself():
    for argv in (["--help"], ["ask", "--help"]):
        out = subprocess.run([sys.executable, "bot.py", *argv], cwd=ROOT, capture_output=True, text=True).stdout
        assert "--kb" in out and "--now" in out
