"""Compiled patterns kept across processes: read back equal to what `re` compiles, written only from the
exercise questions (never from a user's words), ignored when foreign or corrupt."""

from __future__ import annotations

import marshal
import re

from knowledge import compiled

SAMPLES = [(r"(?P<day>\d{1,2})\s*[日号]", 0), (r"[\u4e00-\u9fff]{2,}", 0), (r"\b(deadline|due)\b", re.I)]


def _exercise(_question: str) -> None:
    for pattern, flags in SAMPLES:
        re.compile(pattern, flags)


def test_saved_patterns_read_back_equal_to_what_re_compiles(tmp_path) -> None:
    assert compiled.warm(tmp_path, _exercise) >= len(SAMPLES)
    fresh = {key: re.compile(*key) for key in SAMPLES}
    re.purge()
    assert compiled.preload(tmp_path) >= len(SAMPLES)
    for key, pattern in fresh.items():
        got = re.compile(*key)
        assert got == pattern and got.groupindex == pattern.groupindex
        for text in ("3月15号截止", "the Deadline is near", "x"):
            assert [m.group() for m in got.finditer(text)] == [m.group() for m in pattern.finditer(text)]


def test_nothing_compiled_after_the_exercise_is_written(tmp_path) -> None:
    compiled.warm(tmp_path, _exercise)
    before = compiled.path_in(tmp_path).read_bytes()
    re.compile(re.escape("用户写的：联系人张三13800000000"))  # a user's words in a pattern
    assert compiled.warm(tmp_path, _exercise, compiled.preload(tmp_path)) == 0  # read back: no second exercise or write
    assert compiled.path_in(tmp_path).read_bytes() == before and "张三".encode() not in before


def test_an_unreadable_file_is_written_again(tmp_path) -> None:
    path = compiled.path_in(tmp_path)
    path.write_bytes(b"truncated")
    assert compiled.preload(tmp_path) == 0
    assert compiled.warm(tmp_path, _exercise, 0) >= len(SAMPLES) and compiled.preload(tmp_path) >= len(SAMPLES)


def test_a_corrupt_or_foreign_file_is_ignored(tmp_path, monkeypatch) -> None:
    path = compiled.path_in(tmp_path)
    path.write_bytes(b"\x00not marshal")
    assert compiled.preload(tmp_path) == 0
    path.write_bytes(marshal.dumps(("another build", [("x", 0, 0, [1, 2, 3], 0, {}, ())])))
    assert compiled.preload(tmp_path) == 0
    compiled.warm(tmp_path / "ok", _exercise)
    monkeypatch.setattr(compiled, "_build", lambda: "another build")  # another interpreter names another file
    assert compiled.preload(tmp_path / "ok") == 0


def test_a_failing_exercise_question_does_not_stop_the_start(tmp_path) -> None:
    def broken(question: str) -> None:
        _exercise(question)
        raise RuntimeError("boom")

    assert compiled.warm(tmp_path, broken) >= len(SAMPLES)
