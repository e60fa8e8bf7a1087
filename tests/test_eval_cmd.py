"""`bot.py eval`: the operator's question-set check, scored in the project's own code."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.evaluate import EvalError, check, evaluate, parse_case, render

ROOT = Path(__file__).resolve().parent.parent
TZ = dt.timezone(dt.timedelta(hours=8))


def bot(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "bot.py", "eval", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def write(path: Path, cases: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n", encoding="utf-8")
    return path


CASES = [
    {"id": "a1", "category": "deadline", "q": "截止时间是什么时候", "matched": True, "must": ["2024\\s*年\\s*0?3\\s*月\\s*0?1\\s*日"], "must_not": []},
    {"id": "a2", "category": "deadline_clock", "q": "还能报名吗", "matched": True, "must": ["已(经)?.{0,6}截止"], "must_not": [],
     "now": "2025-05-01T12:00:00+08:00"},
    {"id": "a3", "category": "scope", "q": "高新技术企业怎么申报", "matched": None, "must": [], "must_not": ["2024年3月1日"]},
    {"id": "b1", "category": "scope", "q": "今天天气怎么样", "matched": True, "must": ["晴"], "must_not": []},
]


def test_report_per_category_with_failures_and_exit_codes(tmp_path):
    good = write(tmp_path / "good.jsonl", CASES[:3])
    out = bot(str(good), "--now", "2024-02-20T10:00:00+08:00")
    assert out.returncode == 0, out.stderr
    assert "deadline_clock" in out.stdout and out.stdout.strip().endswith("score: 3/3 (100.0%)")
    mixed = write(tmp_path / "mixed.jsonl", CASES)
    out = bot(str(mixed), "--now", "2024-02-20T10:00:00+08:00")
    assert out.returncode == 1
    assert "✗ b1 [scope] 今天天气怎么样" in out.stdout and "matched=false expected true" in out.stdout
    assert "missing /晴/" in out.stdout and "score: 3/4 (75.0%)" in out.stdout
    js = json.loads(bot(str(mixed), "--json", "--now", "2024-02-20T10:00:00+08:00").stdout)
    assert js["passed"] == 3 and js["categories"]["scope"] == {"passed": 1, "total": 2}
    assert js["failures"][0]["id"] == "b1"


def test_the_shared_dev_set_scores_like_the_shared_script():
    dev = ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("the shared dev set is not next to this checkout")
    ours = json.loads(bot(str(dev), "--json").stdout)
    ref = subprocess.run([sys.executable, str(dev.parent / "score.py"), str(dev)], cwd=ROOT, capture_output=True, text=True,
                         timeout=300).stdout.strip().splitlines()[-1]
    assert ref.startswith(f"score: {ours['passed']}/{ours['total']}")


@pytest.mark.parametrize("content, message", [
    ("", "no cases"), ("not json\n", "line 1: not JSON"), ('{"q": 1}\n', "line 1"), ('[1, 2]\n', "line 1"),
    ('{"q": "x", "must": ["("]}\n', "bad regular expression"), ('{"q": "x", "matched": "yes"}\n', "matched"),
    ('{"q": "x", "now": "tomorrow"}\n', "now"), ('{"q": "x", "must": "abc"}\n', "list"),
])
def test_unusable_files_exit_2_with_the_reason(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    out = bot(str(path))
    assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr


def test_binary_and_missing_files(tmp_path):
    (tmp_path / "bin.jsonl").write_bytes(b"\xff\xfe\x00\x81")
    assert bot(str(tmp_path / "bin.jsonl")).returncode == 2
    assert bot(str(tmp_path / "missing.jsonl")).returncode == 2


def test_scoring_semantics():
    case = parse_case(json.dumps({"id": "x", "category": "c", "q": "q", "matched": None, "must": ["ABC"],
                                  "must_not": ["bad"], "now": "2024-02-20T10:00:00"}), 1, TZ)
    assert case.now.tzinfo is TZ
    assert check(case, "xx abc", False) == [] and check(case, "abc", True) == []  # null accepts either; case-insensitive
    assert check(case, "abc BAD", True) == ["must not contain /bad/"]
    with pytest.raises(EvalError):
        parse_case("{}", 3, TZ)
    report = evaluate([case], lambda q, now: ("nothing", True))
    assert report.passed == 0 and "missing /ABC/" in render(report, "t")
