"""Rules as regular expressions that must all match one sentence, skipped at once when a message lacks the words
every match of them contains (read off the first regex's leading words, or through the regex parser by `needed_words`),
and compiled on first use (so a process pays only for the rules its messages need)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property, lru_cache

try:  # the parser behind re.compile (already loaded by re): without it, rules are found by their first words only
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - other Python versions
    _C = _P = None

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


_LITERALS: dict[str, tuple[str, ...] | None] = {}  # read from the start-up cache: not worked out again at each start


def remember(found: Mapping[str, tuple[str, ...] | None]) -> None:
    _LITERALS.update(found)


def literals(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern contains, read off its first group; None if it has none."""
    if pattern in _LITERALS:
        return _LITERALS[pattern]
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


def _selective(words: frozenset[str]) -> tuple[int, int]:
    return min(map(len, words)), -len(words)  # longer words first, then fewer of them


def _words_of(items) -> frozenset[str] | None:
    """The most selective set of words one of which every match of this sequence contains: a run of plain
    characters is one word; a group or an alternation gives the union of its alternatives' sets."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in [*items, (None, None)]:
        if op is _C.LITERAL:
            run += chr(av).lower()
            continue
        for got in (frozenset({run}) if run else None, _word_at(op, av) if op is not None else None):
            if got is not None and (best is None or _selective(got) > _selective(best)):
                best = got
        run = ""
    return best


def _word_at(op, av) -> frozenset[str] | None:
    if op is _C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a).lower())
            elif o is _C.RANGE and a[1] - a[0] < 64:
                chars.update(chr(x).lower() for x in range(a[0], a[1] + 1))
            else:  # a negated set, a category (\d, \s) or a wide range: no small set of words
                return None
        return frozenset(chars)
    if op is _C.SUBPATTERN:
        return _words_of(av[3])
    if op is _C.BRANCH:
        alts = [_words_of(b) for b in av[1]]
        return None if any(s is None for s in alts) else frozenset().union(*alts)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _words_of(av[2])
    if op is _C.ATOMIC_GROUP:
        return _words_of(av)
    return None  # anchors, look-arounds (they consume nothing), any character, back-references, optional parts


def needed_words(pattern: str) -> tuple[str, ...] | None:
    """Words one of which every match of the pattern contains, read by the regex parser itself (so look-behinds,
    optional prefixes and nested groups do not hide them); None when there is no such set. For messages already
    lower-cased and NFKC-normalised, as rules see them.

    Found once, when the rules' start-up cache is built: a rule with words is tried only on messages holding one."""
    if _P is None:
        return None
    try:
        words = _words_of(_P.parse(pattern, re.I))
    except (re.error, TypeError, ValueError, AttributeError, RecursionError):
        return None
    return tuple(sorted(words)) if words and all(words) else None


class Rule:
    """Regexes that must all match one sentence; compiled on first use, and skipped at once when the message holds
    none of the words its first regex starts with."""

    def __init__(self, raw: str | list[str], needed: Mapping[str, tuple[str, ...] | None] | None = None) -> None:
        """`needed`: words found by `needed_words` for these patterns (read from the start-up cache), used when
        the first regex does not start with plain words."""
        self.raw = [raw] if isinstance(raw, str) else list(raw)
        keys = literals(self.raw[0])
        if keys is None and needed:
            found = [w for p in self.raw if (w := needed.get(p))]
            keys = max(found, key=lambda w: _selective(frozenset(w))) if found else None
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

    def __init__(self, raws: list, needed: Mapping[str, tuple[str, ...] | None] | None = None) -> None:
        self.rules = tuple(Rule(r, needed) for r in raws)
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
