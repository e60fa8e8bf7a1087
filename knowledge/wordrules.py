"""Rules as regular expressions that must all match one sentence, skipped at once when a message lacks the words
their first regex starts with, and compiled on first use (so a process pays only for the rules its messages need)."""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

_META = set("\\[](){}.*+?^$|")


def _split_top(p: str) -> list[str]:
    """A pattern's alternatives at the top level ('a(b|c)|d' -> ['a(b|c)', 'd'])."""
    out, depth, start, i, klass = [], 0, 0, 0, False
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if klass:
            klass = ch != "]"
        elif ch == "[":
            klass = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(p[start:i])
            start = i + 1
        i += 1
    return out + [p[start:]]


def _lead(s: str) -> str:
    """The plain words a pattern alternative starts with ('刻一?个' -> '刻'); '' when it starts with syntax."""
    i = 0
    while i < len(s) and s[i] not in _META:
        i += 1
    run = s[:i]
    return run[:-1] if i < len(s) and s[i] in "?*{" else run


def literals(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern contains, read off its first group; None if it has none."""
    out: list[str] = []
    for alt in _split_top(pattern):
        alt = alt.lstrip("^").removeprefix("\\b")
        if alt.startswith("("):
            depth, end = 0, 0
            while end < len(alt):
                depth += (alt[end] == "(") - (alt[end] == ")")
                if depth == 0:
                    break
                end += 1
            if alt[end + 1:end + 2] in ("?", "*") or alt[end + 1:end + 3] == "{0":
                return None  # an optional first group says nothing about what a match must contain
            inner = alt[1:end].removeprefix("?:")
            words = [_lead(x.removeprefix("\\b")) for x in _split_top(inner)]
        else:
            words = [_lead(alt)]
        if not all(words):
            return None
        out += words
    return tuple(w.lower() for w in out)


_KEYS: set[str] = set()  # every rule's words


_BY_FIRST: dict[str, tuple[int, ...]] = {}  # first character -> the lengths of the words starting with it


def _add_keys(keys: frozenset[str]) -> None:
    new = keys - _KEYS
    if not new:
        return
    _KEYS.update(new)
    for k in new:
        n = len(k)
        have = _BY_FIRST.get(k[0], ())
        if n not in have:
            _BY_FIRST[k[0]] = tuple(sorted((*have, n)))
    words_in.cache_clear()


@lru_cache(maxsize=64)
def words_in(norm: str) -> frozenset[str]:
    """The rule words a message contains, found once per message (substrings looked up, not words searched)."""
    keys, by_first = _KEYS, _BY_FIRST
    return frozenset(w for i, ch in enumerate(norm) if ch in by_first
                     for n in by_first[ch] if (w := norm[i:i + n]) in keys)


class Rule:
    """Regexes that must all match one sentence; compiled on first use, and skipped at once when the message holds
    none of the words its first regex starts with."""

    def __init__(self, raw: str | list[str]) -> None:
        self.raw = [raw] if isinstance(raw, str) else list(raw)
        keys = literals(self.raw[0])
        self.keys = frozenset(keys) if keys is not None else None
        if self.keys:
            _add_keys(self.keys)

    def may(self, norm: str) -> bool:
        return self.keys is None or not self.keys.isdisjoint(words_in(norm))

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in self.raw)

    def fires(self, parts: list[str]) -> bool:
        return any(all(p.search(s) for p in self.patterns) for s in parts)


class Rules:
    """Rules of one kind."""

    def __init__(self, raws: list) -> None:
        self.rules = tuple(Rule(r) for r in raws)
        self._always = tuple(i for i, r in enumerate(self.rules) if r.keys is None)
        self.always = bool(self._always)
        self._by_key: dict[str, tuple[int, ...]] = {}
        for i, r in enumerate(self.rules):
            for k in r.keys or ():
                self._by_key[k] = (*self._by_key.get(k, ()), i)
        self.keys = frozenset(self._by_key)

    def may(self, norm: str) -> bool:
        return self.always or not self.keys.isdisjoint(words_in(norm))

    def fire(self, whole: str, parts: list[str]) -> bool:
        """Only the rules whose words the message holds are tried, in their listed order."""
        present = self.keys.intersection(words_in(whole))
        tried = sorted({*self._always, *(i for w in present for i in self._by_key[w])}) if present else self._always
        return any(self.rules[i].fires(parts) for i in tried)
