"""The phrase matcher's index (knowledge/matcher.py), built once per knowledge base and cached as plain data:
prefix tables of the phrases as written and as spelled in syllables, English keys, and the character-to-syllable
table. Kept apart from the scan so that each reads on its own."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from typing import TYPE_CHECKING

from .text import CJK, ascii_key, main_readings, phrase_form, readings

if TYPE_CHECKING:
    from .matcher import Entry

# Homophone spellings expanded per phrase beyond which the rest of the phrase is checked one by one.
MAX_SPELLINGS = 256
_SYLLABLES = 0xE000  # syllables are written as private-use characters, which never occur in Text.compact
_CJK_END = 0xA000  # Text.compact holds ASCII and U+4E00-U+9FFF only


def build_index(entries: list[Entry], cutoff: float, stopwords: tuple[str, ...], ascii_stopwords: tuple[str, ...]) -> dict:
    """The matcher's index as plain dicts, tuples and strings (what the cache file holds)."""
    exact: dict[str, list] = {}
    sound: dict[str, list] = {}
    tails: dict[str, tuple[str, ...]] = {}
    ascii_: dict[tuple[str, ...], list] = defaultdict(list)
    joined: dict[str, list] = defaultdict(list)  # "pu dong" typed as "pudong"
    fuzzy_words: dict[str, list] = defaultdict(list)
    syllables: dict[str, str] = {}
    ranks: dict[tuple[str, str], int] = {}
    weights: dict[tuple[str, str], float] = {}
    max_tokens = 1
    for e in entries:
        form = phrase_form(e.phrase)
        if not form:
            continue
        if CJK.search(form):
            _add_prefixes(exact, form, (e.label, e.weight))
            if e.fuzzy and len(form) >= 2 and all(CJK.match(c) for c in form):
                ranks.setdefault((form, e.label), len(ranks))
                weights[(form, e.label)] = e.weight  # the last listed weight counts, as before
        else:
            key = ascii_key(e.phrase)
            if not key:
                continue
            ascii_[key].append((e.label, e.weight))
            max_tokens = max(max_tokens, len(key))
            if len(key) > 1:
                joined["".join(key)].append((e.label, e.weight))
            elif e.fuzzy and len(key[0]) >= 5 and key[0].isalpha():
                fuzzy_words[key[0]].append((e.label, e.weight))
    for (form, label), rank in ranks.items():
        spell = [tuple(syllables.setdefault(r, chr(_SYLLABLES + len(syllables))) for r in readings(c)) for c in form]
        tails[form] = tuple("".join(s) for s in spell)
        expand = len(form)
        while expand > 2 and math.prod(len(s) for s in spell[:expand]) > MAX_SPELLINGS:
            expand -= 1  # expand the first (at least two) characters; the rest is checked where they end
        value = (form, label, weights[(form, label)], rank)  # one object for all spellings: a smaller file
        for spelling in itertools.product(*spell[:expand]):
            _add_prefixes(sound, "".join(spelling), value)
    # Character -> syllable as a string indexed by code point (str.translate takes any sequence): one object
    # that loads in a fraction of a millisecond, where a dict of ~17,000 characters takes several.
    main = [chr(cp) for cp in range(_CJK_END)] if syllables else []
    for c, r in main_readings().items() if syllables else ():
        if r in syllables and ord(c) < _CJK_END:
            main[ord(c)] = syllables[r]
    return {"_exact": _freeze(exact), "_sound": _freeze(sound), "_exact_two": _two(exact), "_sound_two": _two(sound),
            "_exact_one": frozenset(k for k, v in exact.items() if len(k) == 1 and v), "_tails": tails,
            "_main": "".join(main),
            "_stop": {phrase_form(s) for s in stopwords}, "_ascii_stop": {t for s in ascii_stopwords for t in ascii_key(s)},
            "_cutoff": cutoff, "_max_tokens": max_tokens, "_ascii": dict(ascii_), "_joined": dict(joined),
            "_fuzzy_words": dict(fuzzy_words), "_fuzzy_choices": list(fuzzy_words),
            # Words an English or pinyin phrase can start with (as typed, or typed apart: "pu dong").
            "_ascii_openers": {k[0] for k in ascii_} | {w[:n] for w in [*joined, *(k[0] for k in ascii_ if len(k) == 1)]
                                                      for n in range(1, len(w) + 1)}}


def _add_prefixes(table: dict[str, list], key: str, value: tuple) -> None:
    for n in range(1, len(key)):
        table.setdefault(key[:n], [])
    table.setdefault(key, []).append(value)


def _two(table: dict[str, list]) -> frozenset[str]:
    return frozenset(k for k in table if len(k) == 2)


def _freeze(table: dict[str, list]) -> dict[str, tuple]:
    """Each list as a tuple, equal ones as one object (a phrase under each of its readings): the start-up cache then
    holds, and a new process rebuilds, each once."""
    same: dict[tuple, tuple] = {}
    return {k: same.setdefault(t, t) for k, v in table.items() if (t := tuple(v)) is not None}
