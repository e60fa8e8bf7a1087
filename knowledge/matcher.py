"""Find known phrases in a message: exact Chinese, homophone typos via pinyin, English words with typos.

Why not a word segmenter: questions are short and the vocabulary is a closed list of phrases, so
scanning for the listed phrases is exact, needs no model and runs in microseconds. Homophone typos
(截至/截止, 闵航/闵行) are caught by comparing pinyin readings; English and pinyin typos by rapidfuzz.

Why prefix tables: every prefix of every phrase is a key, so a scan from one position stops at the
first prefix no phrase has. The cost per character is bounded by the longest phrase, not by how many
phrases there are; homophones are found the same way over the message written as syllables.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .cache import IndexCache, source_stamp
from .text import Text

# A particle written the same is no sign of a typo: '完了' is not '晚了'.
_PARTICLES = frozenset("了的吗么呢吧啊呀哦嘛啦哈")

# Entry and Hit are immutable named tuples rather than frozen dataclasses: a long message makes
# hundreds of hits and a knowledge base hundreds of entries, and a tuple is built several times faster.


class Entry(NamedTuple):
    """A phrase to look for, what it means (label), how much it counts, and whether typos may match it."""

    phrase: str
    label: str
    weight: float = 1.0
    fuzzy: bool = True


class Hit(NamedTuple):
    """A phrase found in a message: its label, the phrase, where (characters of Text.compact, or tokens), how
    much it counts, whether it was found among the English/pinyin tokens, and whether through a typo."""

    label: str
    phrase: str
    start: int
    end: int
    weight: float
    ascii: bool
    fuzzy: bool = False


# A candidate hit before selection: (start, end, phrase, fuzzy, label, weight, ascii).
Cand = tuple[int, int, str, bool, str, float, bool]


class PhraseMatcher:
    """Scans a prepared Text for many phrases at once; longer matches win over shorter overlapping ones.

    With `cache`, the index is read from a file named by a hash of the entries and options (built
    and saved there on the first run), so that a new process needs neither pinyin tables nor rebuilding.
    """

    def __init__(self, entries: Iterable[Entry], *, fuzzy_cutoff: float = 85.0,
                 stopwords: Iterable[str] = (), ascii_stopwords: Iterable[str] = (),
                 cache: IndexCache | None = None) -> None:
        entries = list(entries)
        stopwords, ascii_stopwords = tuple(stopwords), tuple(ascii_stopwords)

        def build() -> dict:
            from .phrase_index import build_index  # pinyin tables: only when the cache has no index yet
            return build_index(entries, fuzzy_cutoff, stopwords, ascii_stopwords)
        if cache is None:
            state = build()
        else:
            inputs = ([(e.phrase, e.label, e.weight, e.fuzzy) for e in entries], fuzzy_cutoff, stopwords,
                      ascii_stopwords, source_stamp(Path(__file__)), source_stamp(Path(__file__).with_name("phrase_index.py")))
            state = cache.get("phrases", inputs, build)
        self.__dict__.update(state)
        self._fuzzy_by_length: dict[int, list[str]] = {}

    # ------------------------------------------------------------ public
    def find(self, text: Text) -> list[Hit]:
        """All non-overlapping hits, Chinese and English, in message order."""
        sound = self._sound_cjk(text.compact) if text.has_cjk else []
        if sound:  # a sound-alike never spans punctuation ('乌鲁木齐、石河子' holds no '乌鲁木齐市')
            joined = text.norm.replace(" ", "")
            sound = [c for c in sound if text.compact[c[0]:c[1]] in joined]
        cands = _select(self._exact_cjk(text.compact, text.pairs) + sound) if text.has_cjk else []
        if text.tokens:
            cands += _select(self._ascii_hits(text.tokens))
        if len(cands) > 1:
            cands.sort(key=lambda c: (c[6], c[0]))
        return [Hit(label, phrase, start, end, weight, ascii, fuzzy)
                for start, end, phrase, fuzzy, label, weight, ascii in cands]

    # ------------------------------------------------------------ Chinese
    def _exact_cjk(self, s: str, pairs: list[str]) -> list[Cand]:
        out: list[Cand] = []
        get, n, one = self._exact.get, len(s), self._exact_one
        for i in _starts(s, pairs, self._exact_two, one):
            if s[i] in one:
                out += [(i, i + 1, s[i], False, label, weight, False) for label, weight in get(s[i])]
            end = i + 2  # a start found by its first two characters (else no phrase continues there)
            found = get(s[i:end]) if end <= n else None
            while found is not None:
                if found:
                    form = s[i:end]
                    out += [(i, end, form, False, label, weight, False) for label, weight in found]
                end += 1
                if end > n:
                    break
                found = get(s[i:end])
        return out

    def _sound_cjk(self, s: str) -> list[Cand]:
        """Phrases whose every character sounds alike and at least one is written the same.

        The typed character counts by its main reading (what the user typed in pinyin), against every
        reading of the phrase's character: 截至 -> 截止, 闵航 -> 闵行, but not 说 (shuo) -> 谁."""
        if not self._sound:
            return []
        syl = s.translate(self._main)
        get, n = self._sound.get, len(syl)
        out: list[Cand] = []
        for i in _starts(syl, map(operator.add, syl, syl[1:]), self._sound_two, frozenset()):
            end = i + 2  # sound-alike phrases have two characters or more
            found = get(syl[i:end])
            while found is not None:
                for form, label, weight, rank in found:
                    stop = i + len(form)
                    typed = s[i:stop]
                    if typed == form or len(typed) != len(form):  # written right (the exact scan has it), or cut off
                        continue
                    if end < stop and not all(c in r for c, r in zip(syl[end:stop], self._tails[form][end - i:])):
                        continue
                    if typed not in self._stop and any(a == b and a not in _PARTICLES for a, b in zip(typed, form)):
                        out.append((rank, i, stop, form, label, weight))
                end += 1
                if end > n:
                    break
                found = get(syl[i:end])
        out.sort(key=lambda c: (c[1], c[0]))  # one hit per phrase and label, in the order they were listed
        return [(i, stop, form, True, label, weight, False) for _, i, stop, form, label, weight in out]

    # ------------------------------------------------------------ English / pinyin
    def _ascii_hits(self, tokens: tuple[str, ...]) -> list[Cand]:
        out: list[Cand] = []
        n = len(tokens)
        openers = self._ascii_openers
        for i in range(n):
            if tokens[i] not in openers:
                continue
            for k in range(1, min(self._max_tokens, n - i) + 1):
                span = tokens[i:i + k]
                phrase = " ".join(span)
                for label, weight in self._ascii.get(span, ()):
                    out.append((i, i + k, phrase, False, label, weight, True))
                for label, weight in self._joined.get("".join(span), ()):
                    out.append((i, i + k, phrase, False, label, weight, True))
            for k in (2, 3):  # "pu dong", "lin gang" typed apart
                if i + k <= n:
                    for label, weight in self._ascii.get(("".join(tokens[i:i + k]),), ()):
                        out.append((i, i + k, " ".join(tokens[i:i + k]), False, label, weight, True))
        if not self._fuzzy_choices:
            return out
        exact = {c[0] for c in out if c[1] - c[0] == 1}
        best: dict[str, str | None] = {}  # a word repeated in a long message is looked up once
        for i, tok in enumerate(tokens):
            if i in exact or len(tok) < 5 or not tok.isalpha() or tok in self._ascii_stop:
                continue
            if tok not in best:
                best[tok] = self._closest(tok)
            if best[tok]:
                for label, weight in self._fuzzy_words[best[tok]]:
                    out.append((i, i + 1, best[tok], True, label, weight, True))
        return out

    def _closest(self, tok: str) -> str | None:
        from rapidfuzz import fuzz, process  # imported on the first English typo, not at start-up
        choices = self._fuzzy_by_length.get(len(tok))
        if choices is None:
            # Only words whose length allows the cutoff: ratio <= 200 * min(a, b) / (a + b). Same
            # order as the full list, so ties resolve as before.
            a, cut = len(tok), self._cutoff - 1e-6
            choices = [w for w in self._fuzzy_choices if 200 * min(a, len(w)) / (a + len(w)) >= cut]
            self._fuzzy_by_length[len(tok)] = choices
        found = process.extractOne(tok, choices, scorer=fuzz.ratio, score_cutoff=self._cutoff) if choices else None
        return found[0] if found else None


def _starts(s: str, pairs: Iterable[str], two: frozenset[str], one: frozenset[str]) -> list[int]:
    """Where a phrase may start: its first two characters (or the whole one-character phrase) are there.
    Found by C-level iteration; only these positions are walked character by character."""
    starts = itertools.compress(itertools.count(), map(two.__contains__, pairs))
    if not one:
        return list(starts)
    return sorted({*starts, *itertools.compress(itertools.count(), map(one.__contains__, s))})


def _select(cands: list[Cand]) -> list[Cand]:
    """Keep the longest hits; an overlapping shorter one is part of a longer phrase and dropped.

    Hits of the same phrase on the same span with different labels are all kept. Linear: a kept
    span marks the positions it covers, and a new hit looks only at its own positions."""
    if len(cands) < 2:
        return cands
    cands.sort(key=lambda c: (c[0] - c[1], -len(c[2]), c[3], c[0]))
    taken: list[Cand] = []
    owner: list[tuple | None] = [None] * max(c[1] for c in cands)  # position -> the span kept there
    seen: set[tuple[str, int, int]] = set()
    for c in cands:
        start, end, phrase, fuzzy, label = c[:5]
        key = (label, start, end)
        if key in seen:
            continue
        span = (start, end, fuzzy, phrase)
        mine = owner[start]
        if mine is None:
            if any(owner[start + 1:end]):
                continue
            owner[start:end] = [span] * (end - start)
        elif mine != span:
            continue
        taken.append(c)
        seen.add(key)
    return taken
