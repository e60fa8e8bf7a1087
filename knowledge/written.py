"""A sound-alike hit the user wrote on purpose: the word as typed is the notice's own (a place: '延吉' is no '延期'), or
its differing character makes a word of the notice with the one beside it ('都包括' is not '都报'+'括': 包括)."""

from __future__ import annotations

from .memo import per_object


@per_object
def _pairs(kb) -> tuple[frozenset[str], frozenset[str]]:
    """(every two characters the notice writes, every two characters of a place's name or short name)."""
    body = "".join(c.text for c in kb.notice.passages)
    places = frozenset(n[i:i + 2] for d in kb.geography.districts.values() for n in (d.name, d.short) for i in range(len(n) - 1))
    return frozenset(body[i:i + 2] for i in range(len(body) - 1)), places


def written_so(kb, compact: str, h) -> bool:
    pairs, places = _pairs(kb)
    typed = compact[h.start:h.end]
    if len(typed) == 2 and typed in pairs and typed in places:  # (but '截至', which notices also write, is still '截止')
        return True
    return any(compact[j] != ch and (j + 1 == h.end and compact[j:j + 2] in pairs or j == h.start and compact[j - 1:j + 1] in pairs)
               for j, ch in zip(range(h.start, h.end), h.phrase) if j < len(compact))
