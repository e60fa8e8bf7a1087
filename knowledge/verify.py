"""Check a knowledge base against its notice text: every fact must occur in the text it claims to come from."""

from __future__ import annotations

import datetime as dt
import re

from .ingest import simplified
from .ingest.facts import limits
from .ingest.numerals import CN_NUM, arabic_dates, cn_int
from .ingest.relative import reckoned
from .model import Notice

_SPACE = re.compile(r"[\s*<>]+")


# An OCR copy's full-width digits, letters and signs ('２０４４年４月１５日', '０２４－２２８８６６１５'), read as the ingest reads them.
_FULL_DIGITS = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F) if chr(c) not in "（），：；！？"}


def _norm(s: str) -> str:
    return _SPACE.sub("", s.translate(_FULL_DIGITS)).replace("(", "（").replace(")", "）").replace(":", "：")


def _occurs(value: str, text: str) -> bool:
    """In the text, or in two pieces where a converter broke a table row across lines, or a list of values joined
    by 、 each of which is in the text (a unit's two contacts written in rows of their own: '甲、乙')."""
    v = _norm(value)
    if not v or v in text:
        return True
    if any(v[:k] in text and v[k:] in text for k in range(2, len(v) - 1)):
        return True
    items = [x for x in v.split("、") if x]
    return len(items) > 1 and all(_occurs(x, text) for x in items)


def facts_of(notice: Notice) -> list[tuple[str, str]]:
    """(key, value) of every fact that must be quoted from the text: contacts, units, site, limits, copies."""
    out: list[tuple[str, str]] = [("meta.doc_number", notice.meta.doc_number)]
    sub = notice.submission
    if sub:
        out += [("submission.site", sub.site), ("submission.form_copies", sub.form_copies)]
        for key, when in (("submission.deadline", sub.deadline), ("submission.opens", sub.opens)):
            day = dt.date.fromisoformat(when.partition(" ")[0]) if when else None
            out.append((key, f"{day.month}月{day.day}日" if day else ""))
    con = notice.consultation
    hotlines = [("policy", con.policy), ("filling", con.filling), *((f"others[{i}]", c) for i, c in enumerate(con.others))]
    for kind, c in hotlines:
        if c:
            out += [(f"consultation.{kind}.{k}", getattr(c, k)) for k in ("phone", "person", "email")]
    for i, u in enumerate(notice.units.items if notice.units else ()):
        out += [(f"units.items[{i}].{k}", getattr(u, k)) for k in ("name", "address", "person", "phone", "email")]
        out.append((f"units.items[{i}].quota", u.quota[:-1] if re.fullmatch(r"\d+[家个项名]", u.quota) else u.quota))  # a table's '3' (家)
    if notice.mailing:
        out += [("mailing.address", notice.mailing.address), ("mailing.person", notice.mailing.person),
                ("mailing.phone", notice.mailing.phone)]
    for i, p in enumerate(notice.materials.parts if notice.materials else ()):
        if p.limit:
            out.append((f"materials.parts[{i}].limit", f"{p.limit}字"))
    return [(k, v) for k, v in out if v]


def verify(notice: Notice, text: str) -> list[str]:
    """Problems found: each names the key and the value that the notice text does not contain."""
    text = reckoned(simplified(text)[0])[0]  # as the notice was read, its relative deadlines' dates beside them
    body = _norm(arabic_dates(text))  # '二〇三二年六月三十日' states 6月30日
    stated = {f"{n}字" for n, _words in limits(text)} | {f"{cn_int(x)}字" for x in re.findall(rf"([\d{CN_NUM}千]{{2,6}})\s*字(?:左右|上下)", text)}
    # ('3万字以内' states a limit of 30000字, '两千字左右' a length of 2000字)
    return [f"{key}: “{value}” does not occur in the notice text" for key, value in facts_of(notice)
            if not (_occurs(value, body) or key.endswith(".limit") and value in stated)]
