"""Draft pre-check: one .docx that follows every rule, and variations that each break one."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from draft_fixtures import ABSTRACT, NAME, PROFILE, RESULTS, good_docx

from drafts.check import DraftChecker, word_count
from drafts.read import DraftError, read_bytes, read_draft, read_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def checker(kb):
    return DraftChecker(kb)


def rules_broken(checker, path) -> set[str]:
    return {f.rule for f in checker.check(read_draft(path)).findings if f.severity == "error"}


def test_word_count_like_word():
    assert word_count("质量标杆") == 4
    assert word_count("质量标杆ABC 2024年，提升") == 4 + 1 + 1 + 1 + 1 + 2
    assert word_count("Six Sigma design") == 3
    assert word_count("") == 0


def test_good_draft_passes(checker, tmp_path):
    report = checker.check(read_draft(good_docx(tmp_path / "good.docx")))
    assert report.ok and not report.findings, report.findings
    assert report.parts_found == ["质量标杆名称", "摘要", "企业概况", "管理方法（技术）的推进和应用情况", "管理方法（技术）的实施效果"]
    assert report.counts["摘要"] == word_count(ABSTRACT)


BREAKS = [
    ({"landscape": True}, "A4 幅面纵向"),
    ({"title_font": "宋体"}, "文章标题"),
    ({"title_size": 16}, "文章标题"),
    ({"abstract_not_bold": True}, "“摘要”二字"),
    ({"body_font": "仿宋"}, "摘要及正文字体"),
    ({"double_spacing": True}, "摘要及正文行距"),
    ({"caption_size": 12}, "附表及插图标题"),
    ({"table_title_below": True}, "附表标题位置和编号"),
    ({"swap": True}, "五个部分的顺序"),
    ({"drop_profile": True}, "五个部分齐全"),
    ({"name": "上海某某公司六西格玛设计做法"}, "名称命名规则"),
    ({"abstract": "质" * 501}, "摘要字数"),
    ({"progress": "推" * 8001}, "管理方法（技术）的推进和应用情况字数"),
    ({"results": "合格率明显提升，与竞争对手对比领先。"}, "实施效果：近三年数据"),
    ({"results": "2021年、2022年、2023年合格率为98%、99%、99.5%。"}, "实施效果：与竞争对手和业内标杆对比"),
]


@pytest.mark.parametrize("breaks,rule", BREAKS, ids=[r for _, r in BREAKS])
def test_each_rule_broken_alone(checker, tmp_path, breaks, rule):
    broken = rules_broken(checker, good_docx(tmp_path / "d.docx", **breaks))
    assert rule in broken, broken
    assert len(broken) <= 2, broken  # one rule broken, one finding (plus at most a consequence)


def test_limit_is_inclusive(checker, tmp_path):
    assert "摘要字数" not in rules_broken(checker, good_docx(tmp_path / "d.docx", abstract="质" * 500))


def test_patents_claimed_but_not_described_is_a_warning(checker, tmp_path):
    path = good_docx(tmp_path / "d.docx", results="2021年至2023年合格率分别为98%、99%、99.5%，与竞争对手对比领先。",
                     progress="公司获得多项发明专利并主导制定标准。" * 10)
    report = checker.check(read_draft(path))
    assert report.ok and any(f.rule == "实施效果：标准和专利" for f in report.findings)


def test_plain_text_draft_with_numbered_headings(checker):
    text = (f"{NAME}\n\n一、摘要（500字以内）\n{ABSTRACT}\n（二）企业概况\n{PROFILE}\n"
            "3. 管理方法的推进和应用情况\n推进内容。\n## 实施效果\n" + RESULTS)
    report = checker.check(read_text(text))
    assert report.ok, report.findings
    assert len(report.parts_found) == 5


def test_inline_heading_and_missing_parts(checker):
    report = checker.check(read_text("摘要：我们做得很好。"))
    missing = {f.found for f in report.findings if f.rule == "五个部分齐全"}
    assert any("企业概况" in m for m in missing) and report.counts["摘要"] == 7


@pytest.mark.parametrize("name,data", [
    ("broken.docx", b"PK\x03\x04 this is not really a zip"),
    ("plain.docx", b"just text pretending"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
    ("image.png", b"\x89PNG\r\n\x1a\n"),
    ("macro.docm", b"PK"),
])
def test_unreadable_files_are_refused_clearly(name, data):
    with pytest.raises(DraftError) as err:
        read_bytes(data, name)
    assert str(err.value)


def test_macro_package_refused(tmp_path):
    good = good_docx(tmp_path / "g.docx")
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/vbaProject.bin", b"\x00" * 10)
    with pytest.raises(DraftError, match="宏"):
        read_draft(evil)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "bot.py", "check", *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_cli_exit_codes_and_json(tmp_path):
    good = cli(str(good_docx(tmp_path / "good.docx")))
    assert good.returncode == 0 and "没有发现问题" in good.stdout
    bad = cli(str(good_docx(tmp_path / "bad.docx", title_font="宋体")), "--json")
    data = json.loads(bad.stdout)
    assert bad.returncode == 1 and not data["ok"]
    finding = next(f for f in data["findings"] if f["rule"] == "文章标题")
    assert finding["clause"] == "附件1 三（一）" and "宋体" in finding["found"] and "黑体" in finding["fix"]
    (tmp_path / "x.docx").write_bytes(b"garbage")
    unreadable = cli(str(tmp_path / "x.docx"))
    assert unreadable.returncode == 2 and "不是有效" in unreadable.stderr
    assert cli(str(tmp_path / "missing.docx")).returncode == 2
    md = tmp_path / "d.md"
    md.write_text(f"# {NAME}\n## 摘要\n{ABSTRACT}\n", encoding="utf-8")
    text_run = cli(str(md))
    assert text_run.returncode == 1 and "企业概况" in text_run.stdout


def test_rules_come_from_the_knowledge_base(tmp_path):
    import yaml

    from knowledge.model import DEFAULT_NOTICE, load_knowledge
    data = yaml.safe_load(DEFAULT_NOTICE.read_text(encoding="utf-8"))
    data["draft_rules"]["title"]["font"] = "宋体"
    data["materials"]["parts"][1]["limit"] = 100
    path = tmp_path / "n.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    other = DraftChecker(load_knowledge(path))
    broken = {f.rule for f in other.check(read_draft(good_docx(tmp_path / "g.docx"))).findings}
    assert {"文章标题", "摘要字数"} <= broken
