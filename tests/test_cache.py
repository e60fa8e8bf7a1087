"""The start-up caches: a loaded knowledge base and the answerer's indexes read back from files.

Content-hash invalidation, safe deletion, corrupt files rebuilt, and the directory never committed.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.cache import IndexCache
from knowledge.model import DEFAULT_NOTICE, KnowledgeError, load_knowledge

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2024, 2, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
QUESTIONS = ["截止时间是什么时候", "浦东新区科经委电话", "申報截止時間", "闵航区", "What is the deadline?", "Contact for Pudong",
             "摘要写多少字", "高企认定材料清单", "虹桥", "需要盖章吗"]


def _round(tmp_path: Path) -> Path:
    """A copy of the bundled round (YAML and the notice text it is verified against) that a test may edit."""
    folder = tmp_path / "round"
    folder.mkdir()
    for f in DEFAULT_NOTICE.parent.iterdir():
        shutil.copy(f, folder / f.name)
    return folder / DEFAULT_NOTICE.name


def _pickles(cache: Path, kind: str) -> list[Path]:
    return sorted(cache.glob(f"{kind}-*.pickle"))


def test_cached_knowledge_equals_parsed(tmp_path: Path, kb) -> None:
    cache = tmp_path / "cache"
    first = load_knowledge(None, cache_dir=cache)  # parsed, then saved
    assert _pickles(cache, "notice") and _pickles(cache, "shared")
    second = load_knowledge(None, cache_dir=cache)  # read back
    for loaded in (first, second):
        assert loaded == kb
        assert loaded.deadline == kb.deadline and loaded.tz == kb.tz


def test_answers_identical_with_index_cache(tmp_path: Path, answerer) -> None:
    cache = tmp_path / "cache"
    Answerer(load_knowledge(None, cache_dir=cache), IndexCache(cache))  # builds and saves every index
    cached = Answerer(load_knowledge(None, cache_dir=cache), IndexCache(cache))  # reads them back
    for q in QUESTIONS:
        assert cached.answer(q, NOW) == answerer.answer(q, NOW), q


def test_changed_notice_content_is_loaded_again(tmp_path: Path) -> None:
    notice, cache = _round(tmp_path), tmp_path / "cache"
    before = load_knowledge(notice, cache_dir=cache)
    text = notice.read_text(encoding="utf-8")
    day = before.notice.submission.deadline.split()[0]
    notice.write_text(text.replace(before.notice.submission.deadline, f"{day} 17:00"), encoding="utf-8")
    after = load_knowledge(notice, cache_dir=cache)
    assert after.deadline == dt.datetime.fromisoformat(f"{day}T17:00").replace(tzinfo=before.tz) != before.deadline
    assert len(_pickles(cache, "notice")) == 2  # another content, another file


def test_changed_notice_text_is_verified_again(tmp_path: Path) -> None:
    """The cached notice was verified against its text; once the text changes, verification runs again."""
    notice, cache = _round(tmp_path), tmp_path / "cache"
    kb = load_knowledge(notice, cache_dir=cache)
    source = notice.with_name(kb.notice.source_text)
    phone = kb.notice.units.items[0].phone
    source.write_text(source.read_text(encoding="utf-8").replace(phone, "00000000"), encoding="utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(notice, cache_dir=cache)


def test_a_broken_file_still_fails_with_a_cache(tmp_path: Path) -> None:
    notice, cache = _round(tmp_path), tmp_path / "cache"
    load_knowledge(notice, cache_dir=cache)
    notice.write_text(notice.read_text(encoding="utf-8").replace("submission:", "submission: [", 1), encoding="utf-8")
    with pytest.raises(KnowledgeError, match="not valid YAML"):
        load_knowledge(notice, cache_dir=cache)
    with pytest.raises(KnowledgeError, match="not found"):
        load_knowledge(tmp_path / "missing.yaml", cache_dir=cache)


def test_cache_is_safe_to_delete(tmp_path: Path, kb) -> None:
    cache = tmp_path / "cache"
    Answerer(load_knowledge(None, cache_dir=cache), IndexCache(cache))
    shutil.rmtree(cache)
    again = Answerer(load_knowledge(None, cache_dir=cache), IndexCache(cache))
    assert again.kb == kb and _pickles(cache, "notice") and _pickles(cache, "phrases")


def test_corrupt_cache_files_are_rebuilt(tmp_path: Path, kb, answerer) -> None:
    cache = tmp_path / "cache"
    Answerer(load_knowledge(None, cache_dir=cache), IndexCache(cache))
    files = sorted(cache.glob("*.pickle"))
    for i, f in enumerate(files):  # truncated, garbage, empty
        f.write_bytes([f.read_bytes()[:50], b"not a pickle", b""][i % 3])
    loaded = load_knowledge(None, cache_dir=cache)
    rebuilt = Answerer(loaded, IndexCache(cache))
    assert loaded == kb
    for q in QUESTIONS:
        assert rebuilt.answer(q, NOW) == answerer.answer(q, NOW), q
    again = load_knowledge(None, cache_dir=cache)  # the rewritten files read back
    assert again == kb


def test_unwritable_cache_directory_still_loads(tmp_path: Path, kb) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert load_knowledge(None, cache_dir=blocker / "cache") == kb


def test_files_left_by_older_code_are_pruned(tmp_path: Path) -> None:
    cache = IndexCache(tmp_path, keep_days=30)
    stale, recent, other = tmp_path / "phrases-old.pickle", tmp_path / "phrases-new.pickle", tmp_path / "notice-old.pickle"
    for f in (stale, recent, other):
        f.write_bytes(b"x")
    month_ago = time.time() - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    os.utime(other, (month_ago, month_ago))
    cache.get("phrases", ("inputs",), lambda: {"a": 1})  # a write prunes its own kind only
    assert not stale.exists() and recent.exists() and other.exists()
    assert cache.get("phrases", ("inputs",), lambda: {"a": 2}) == {"a": 1}


def test_cache_directory_is_never_committed() -> None:
    """The bot keeps its caches under data/cache: ignored by git, so they are never committed."""
    for path in ("data/cache/notice-0.pickle", "data/cache/phrases-0.pickle", "data/cache/0.json"):
        proc = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT)
        assert proc.returncode == 0, path
    tracked = subprocess.run(["git", "ls-files", "data"], cwd=ROOT, capture_output=True, text=True).stdout
    assert not tracked.strip()


def test_only_the_newest_files_of_a_kind_are_kept(tmp_path: Path) -> None:
    cache = IndexCache(tmp_path, keep_files=3)
    now = time.time()
    for i in range(6):  # six versions' files, the oldest first
        f = tmp_path / f"phrases-v{i}.pickle"
        f.write_bytes(b"x")
        os.utime(f, (now - 600 + i * 60, now - 600 + i * 60))
    (tmp_path / "notice-v0.pickle").write_bytes(b"x")
    cache.get("phrases", ("inputs",), lambda: {"a": 1})
    left = sorted(p.name for p in tmp_path.glob("phrases-*.pickle"))
    assert len(left) == 3 and cache.path_for("phrases", ("inputs",)).name in left and "phrases-v5.pickle" in left
    assert (tmp_path / "notice-v0.pickle").exists()  # another kind is left alone


def test_notice_texts_read_before_keep_only_the_newest_files(tmp_path: Path) -> None:
    now = time.time()
    for i in range(70):  # seventy earlier readings
        f = tmp_path / f"{i:032x}.json"
        f.write_text("{}")
        os.utime(f, (now - 7000 + i, now - 7000 + i))
    load_knowledge(ROOT / "tests" / "notices" / "kunshan-quality-benchmark-2042.txt", cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 64 and (tmp_path / f"{69:032x}.json").exists()
