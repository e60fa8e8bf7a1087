"""Phrase matcher: the prefix-table scan and linear selection give exactly the hits of the algorithm
they replaced (kept below as the reference), on real and random messages; the index cache."""

from __future__ import annotations

import json
import pickle
import random
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

import knowledge.districts
import knowledge.understand
from knowledge import matcher as M
from knowledge import phrase_index
from knowledge.answer import Answerer
from knowledge.cache import IndexCache
from knowledge.matcher import Entry, Hit, PhraseMatcher
from knowledge.model import load_knowledge
from knowledge.text import CJK, Text, ascii_key, main_readings, phrase_form, prepare, readings

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def built() -> list[tuple[list[Entry], dict]]:
    """The entries and options of every matcher the answerer builds from the bundled knowledge base."""
    calls: list[tuple[list[Entry], dict]] = []

    def recording(entries: Iterable[Entry], **kw: object) -> PhraseMatcher:
        entries = list(entries)
        kw.pop("cache", None)
        calls.append((entries, kw))
        return PhraseMatcher(entries, **kw)
    mp = pytest.MonkeyPatch()
    mp.setattr(knowledge.understand, "PhraseMatcher", recording)
    mp.setattr(knowledge.districts, "PhraseMatcher", recording)
    try:
        Answerer(load_knowledge())
    finally:
        mp.undo()
    assert len(calls) >= 4
    return calls


def _messages(entries: list[Entry], seed: int, count: int) -> list[str]:
    """Real questions, lines of the notice, and random mixes of phrases, homophones, noise and English."""
    rng = random.Random(seed)
    real = [json.loads(line)["q"] for line in EVAL.read_text(encoding="utf-8").splitlines()] if EVAL.exists() else []
    notice = (ROOT / "knowledge" / "notices" / "2023-2024.txt").read_text(encoding="utf-8")
    real += [line for line in notice.splitlines() if line.strip()]
    by_sound: dict[str, list[str]] = defaultdict(list)
    for ch, r in main_readings().items():
        by_sound[r].append(ch)
    phrases = [e.phrase for e in entries] or ["x"]
    noise = "的了是在我们公司申报什么时候多少哪里请问吗呢，。？ 1234"
    english = ["deadline", "deadlne", "contact", "pudong", "pu dong", "jingan", "what", "is", "the", "apply", "hongkou"]
    out = list(real)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 12)):
            roll = rng.random()
            if roll < 0.45:
                p = rng.choice(phrases)
                if rng.random() < 0.4 and p:  # a homophone typo in one character
                    i = rng.randrange(len(p))
                    same = by_sound.get(readings(p[i])[0] if readings(p[i]) else "", [p[i]])
                    p = p[:i] + rng.choice(same) + p[i + 1:]
                parts.append(p)
            elif roll < 0.8:
                parts.append("".join(rng.choice(noise) for _ in range(rng.randint(1, 6))))
            else:
                parts.append(" " + rng.choice(english) + " ")
        out.append("".join(parts))
    return out


def test_same_hits_as_the_reference(built: list[tuple[list[Entry], dict]]) -> None:
    kinds = set()
    for n, (entries, kw) in enumerate(built):
        new, old = PhraseMatcher(entries, **kw), OldPhraseMatcher(entries, **kw)
        for msg in _messages(entries, seed=n, count=1500):
            text = prepare(msg)
            hits = new.find(text)
            assert hits == old.find(text), msg
            kinds |= {(h.ascii, h.fuzzy) for h in hits}
    assert kinds == {(False, False), (False, True), (True, False), (True, True)}  # every kind of hit was compared


def test_long_messages_same_hits(built: list[tuple[list[Entry], dict]]) -> None:
    entries, kw = built[1]
    new, old = PhraseMatcher(entries, **kw), OldPhraseMatcher(entries, **kw)
    text = prepare("".join(_messages(entries, seed=99, count=60)[-60:]) * 3)
    assert len(text.compact) > 1000 and new.find(text) == old.find(text)


def test_many_spellings_checked_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """Phrases with more homophone spellings than expanded are still matched exactly."""
    entries = [Entry("行长重乐", "a"), Entry("行长", "b"), Entry("长乐", "c")]
    old = OldPhraseMatcher(entries)
    monkeypatch.setattr(phrase_index, "MAX_SPELLINGS", 2)
    new = PhraseMatcher(entries)
    for msg in ["航长重乐", "行张重乐", "航涨虫勒了", "行长重乐", "长了", "杭长", "行长重"]:
        assert new.find(prepare(msg)) == old.find(prepare(msg)), msg


def _random_hits(rng: random.Random) -> list[Hit]:
    hits = []
    for _ in range(rng.randint(0, 40)):
        start = rng.randint(0, 30)
        end = start + rng.randint(1, 5)
        phrase = rng.choice(["ab", "abc", "x", "abcd", "yz", "abcdef"])
        hits.append(Hit(rng.choice("pqr"), phrase, start, end, rng.choice([0.5, 1.0]), False, rng.random() < 0.3))
    return hits


def test_linear_selection_is_the_same() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        hits = _random_hits(rng)
        cands = [(h.start, h.end, h.phrase, h.fuzzy, h.label, h.weight, h.ascii) for h in hits]
        want = old_select(list(hits))
        got = [Hit(label, phrase, start, end, weight, ascii, fuzzy)
               for start, end, phrase, fuzzy, label, weight, ascii in M._select(cands)]
        assert got == want


def test_cache_round_trip_and_invalidation(tmp_path: Path, built: list[tuple[list[Entry], dict]]) -> None:
    entries, kw = built[1]
    cache = IndexCache(tmp_path / "idx")
    first = PhraseMatcher(entries, cache=cache, **kw)
    files = sorted((tmp_path / "idx").glob("phrases-*.pickle"))
    assert len(files) == 1 and not list((tmp_path / "idx").glob(".*"))  # no temporary file left behind
    second = PhraseMatcher(entries, cache=cache, **kw)  # read from the file
    msg = prepare("截至时间是什么时侯，浦东的联系人 deadlne pu dong")
    assert second.find(msg) == first.find(msg) == PhraseMatcher(entries, **kw).find(msg)
    PhraseMatcher([*entries, Entry("新短语", "i:new")], cache=cache, **kw)  # other inputs, other file
    assert len(list((tmp_path / "idx").glob("phrases-*.pickle"))) == 2


def test_corrupt_or_foreign_cache_file_is_rebuilt(tmp_path: Path) -> None:
    entries = [Entry("截止", "deadline"), Entry("deadline", "deadline")]
    cache = IndexCache(tmp_path)
    PhraseMatcher(entries, cache=cache)
    (path,) = tmp_path.glob("phrases-*.pickle")
    for bad in (b"", b"not a pickle", pickle.dumps(("other-name", {"x": 1}))):
        path.write_bytes(bad)
        m = PhraseMatcher(entries, cache=cache)
        assert [h.label for h in m.find(prepare("截至 deadline"))] == ["deadline", "deadline"]
        assert pickle.loads(path.read_bytes())[0] == path.name


def test_district_resolver_from_cache(tmp_path: Path) -> None:
    kb = load_knowledge()
    plain = knowledge.districts.DistrictResolver(kb)
    cache = IndexCache(tmp_path)
    knowledge.districts.DistrictResolver(kb, cache)
    assert {p.name.split("-")[0] for p in tmp_path.iterdir()} == {"districts", "phrases"}
    cached = knowledge.districts.DistrictResolver(kb, cache)
    for msg in ("浦东新区", "闵航区联系人", "pudong", "pu dong", "张江镇", "漕河泾", "南汇", "Minhang district", "黄埔区"):
        assert cached.resolve(msg) == plain.resolve(msg), msg


def test_unwritable_cache_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    m = PhraseMatcher([Entry("截止", "deadline")], cache=IndexCache(blocker / "sub"))
    assert m.find(prepare("截止"))[0].label == "deadline"


# ---------------------------------------------------------------- the reference (before issue 13)
class OldPhraseMatcher:
    """The matcher before the prefix tables (quadratic selection, scans per phrase): the reference."""

    def __init__(self, entries: Iterable[Entry], *, fuzzy_cutoff: float = 85.0,
                 stopwords: Iterable[str] = (), ascii_stopwords: Iterable[str] = ()) -> None:
        self._cjk: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self._ascii: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self._joined: dict[str, list[Entry]] = defaultdict(list)  # "pu dong" typed as "pudong"
        self._sound: dict[str, list[tuple[str, int, Entry]]] = defaultdict(list)
        self._fuzzy_words: dict[str, list[Entry]] = defaultdict(list)
        self._stop = {phrase_form(s) for s in stopwords}
        self._ascii_stop = {t for s in ascii_stopwords for t in ascii_key(s)}
        self._cutoff = fuzzy_cutoff
        self._max_tokens = 1
        for e in entries:
            form = phrase_form(e.phrase)
            if not form:
                continue
            if CJK.search(form):
                self._cjk[form[0]].append((form, e))
                if e.fuzzy and len(form) >= 2 and all(CJK.match(c) for c in form):
                    for j, ch in enumerate(form):
                        for r in readings(ch):
                            self._sound[r].append((form, j, e))
            else:
                key = ascii_key(e.phrase)
                if not key:
                    continue
                self._ascii[key].append(e)
                self._max_tokens = max(self._max_tokens, len(key))
                if len(key) > 1:
                    self._joined["".join(key)].append(e)
                elif e.fuzzy and len(key[0]) >= 5 and key[0].isalpha():
                    self._fuzzy_words[key[0]].append(e)
        for lst in self._cjk.values():
            lst.sort(key=lambda fe: -len(fe[0]))
        self._fuzzy_choices = list(self._fuzzy_words)

    # ------------------------------------------------------------ public
    def find(self, text: Text) -> list[Hit]:
        """All non-overlapping hits, Chinese and English, in message order."""
        sound = [h for h in self._sound_cjk(text.compact) if text.compact[h.start:h.end] in text.norm.replace(" ", "")]  # not across punctuation
        hits = old_select(self._exact_cjk(text.compact) + sound)
        hits += old_select(self._ascii_hits(text.tokens))
        return sorted(hits, key=lambda h: (h.ascii, h.start))

    # ------------------------------------------------------------ Chinese
    def _exact_cjk(self, s: str) -> list[Hit]:
        out = []
        for i, ch in enumerate(s):
            for form, e in self._cjk.get(ch, ()):
                if s.startswith(form, i):
                    out.append(Hit(e.label, form, i, i + len(form), e.weight, False))
        return out

    def _sound_cjk(self, s: str) -> list[Hit]:
        """Phrases whose every character sounds alike and at least one is written the same."""
        if not self._sound:
            return []
        seen: dict[tuple[str, str, int], set[int]] = defaultdict(set)
        entries: dict[tuple[str, str, int], Entry] = {}
        for i, ch in enumerate(s):
            # The typed character by its main reading (what the user typed in pinyin), against every
            # reading of the phrase's character: 截至 -> 截止, 闵航 -> 闵行, but not 说 (shuo) -> 谁.
            for r in readings(ch)[:1]:
                for form, j, e in self._sound.get(r, ()):
                    start = i - j
                    if start >= 0:
                        key = (form, e.label, start)
                        seen[key].add(j)
                        entries[key] = e
        out = []
        for (form, label, start), positions in seen.items():
            if len(positions) != len(form):
                continue
            found = s[start:start + len(form)]
            if found == form or found in self._stop:
                continue
            if not any(a == b and a not in "了的吗么呢吧啊呀哦嘛啦哈" for a, b in zip(found, form)):  # a particle is no sign
                continue
            e = entries[(form, label, start)]
            out.append(Hit(label, form, start, start + len(form), e.weight, False, fuzzy=True))
        return out

    # ------------------------------------------------------------ English / pinyin
    def _ascii_hits(self, tokens: tuple[str, ...]) -> list[Hit]:
        out = []
        n = len(tokens)
        for i in range(n):
            for k in range(1, min(self._max_tokens, n - i) + 1):
                span = tokens[i:i + k]
                for e in self._ascii.get(span, ()):
                    out.append(Hit(e.label, " ".join(span), i, i + k, e.weight, True))
                for e in self._joined.get("".join(span), ()):
                    out.append(Hit(e.label, " ".join(span), i, i + k, e.weight, True))
            for k in (2, 3):  # "pu dong", "lin gang" typed apart
                if i + k <= n:
                    for e in self._joined_single("".join(tokens[i:i + k])):
                        out.append(Hit(e.label, " ".join(tokens[i:i + k]), i, i + k, e.weight, True))
        exact = {h.start for h in out if h.end - h.start == 1}
        for i, tok in enumerate(tokens):
            if i in exact or len(tok) < 5 or not tok.isalpha() or tok in self._ascii_stop or not self._fuzzy_choices:
                continue
            best = process.extractOne(tok, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=self._cutoff)
            if best:
                for e in self._fuzzy_words[best[0]]:
                    out.append(Hit(e.label, best[0], i, i + 1, e.weight, True, fuzzy=True))
        return out

    def _joined_single(self, joined: str) -> list[Entry]:
        return self._ascii.get((joined,), [])


def old_select(hits: list[Hit]) -> list[Hit]:
    """Keep the longest hits; an overlapping shorter one is part of a longer phrase and dropped."""
    hits.sort(key=lambda h: (-(h.end - h.start), -len(h.phrase), h.fuzzy, h.start))
    taken: list[Hit] = []
    seen: set[tuple[str, int, int]] = set()
    for h in hits:
        if (h.label, h.start, h.end) in seen:
            continue
        clash = [t for t in taken if h.start < t.end and t.start < h.end]
        if not clash or all(t.start == h.start and t.end == h.end and t.fuzzy == h.fuzzy
                            and t.phrase == h.phrase for t in clash):
            taken.append(h)
            seen.add((h.label, h.start, h.end))
    return taken
