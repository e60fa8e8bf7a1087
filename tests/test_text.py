"""Text normalisation: traditional -> simplified, forms the matchers read, lazy tables."""

import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.text import prepare, readings, to_simplified

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("traditional", "simplified"), [
    ("申報截止時間", "申报截止时间"),
    ("聯繫電話是多少", "联系电话是多少"),
    ("浦東新區", "浦东新区"),
    ("閔行區的單位", "闵行区的单位"),
    ("一目瞭然", "一目了然"),  # a phrase whose character alone (瞭) stays
    ("乾坤", "乾坤"),  # a phrase keeps a character the table would change (乾 -> 干)
    ("乾淨", "干净"),
    ("「申報」", "“申报”"),
])
def test_traditional_to_simplified(traditional: str, simplified: str) -> None:
    assert to_simplified(traditional) == simplified


def test_simplified_text_is_left_alone() -> None:
    for path in (ROOT / "knowledge" / "lexicon.yaml", ROOT / "knowledge" / "shanghai.yaml"):
        text = path.read_text(encoding="utf-8")
        assert to_simplified(text) == text


def test_prepare_forms() -> None:
    t = prepare("申報截止時間？ Jing'an ＡＢＣ")
    assert t.compact == "申报截止时间jinganabc"
    assert t.tokens == ("jingan", "abc")
    assert t.has_cjk and not t.english
    assert prepare("What is the deadline?").english


def test_readings() -> None:
    assert "hang" in readings("行") and "xing" in readings("行")
    assert readings("a") == ()


def test_import_loads_no_table() -> None:
    """Importing the module reads no file: the tables load on first use."""
    code = ("import sys; sys.path.insert(0, '.'); import knowledge.text as t; "
            "assert t._char_table.cache_info().currsize == 0 and t._t2s.cache_info().currsize == 0; "
            "assert 'pkg_resources' not in sys.modules and 'pypinyin' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
