"""Find known phrases in a message: exact Chinese, homophone typos via pinyin, English words with typos.

Why not a word segmenter: questions are short and the vocabulary is a closed list of phrases, so
scanning for the listed phrases is exact, needs no model and runs in microseconds. Homophone typos
(截至/截止, 闵航/闵行) are caught by comparing pinyin readings; English and pinyin typos by rapidfuzz.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .text import CJK, Text, ascii_key, phrase_form, readings


@dataclass(frozen=True)
class Entry:
    """A phrase to look for, what it means (label), how much it counts, and whether typos may match it."""

    phrase: str
    label: str
    weight: float = 1.0
    fuzzy: bool = True


@dataclass(frozen=True)
class Hit:
    label: str
    phrase: str
    start: int
    end: int
    weight: float
    ascii: bool
    fuzzy: bool = False


class PhraseMatcher:
    """Scans a prepared Text for many phrases at once; longer matches win over shorter overlapping ones."""

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
        hits = _select(self._exact_cjk(text.compact) + self._sound_cjk(text.compact))
        hits += _select(self._ascii_hits(text.tokens))
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
            if not any(a == b for a, b in zip(found, form)):
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


def _select(hits: list[Hit]) -> list[Hit]:
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
