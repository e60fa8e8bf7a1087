"""Units tables by kind of firm ('（一）制造业企业推荐单位' / '（二）服务业企业推荐单位'): the table of the kind a message
names ('我们是顺德的物流公司'), or, when it names none, every kind's unit of the place, each labelled."""

from __future__ import annotations

import re

from .contact_records import KindUnits, Unit
from .model import Knowledge


def kind_named(kb: Knowledge, norm: str) -> KindUnits | None:
    """The further table whose kind of firm the message names; None for the first table's kind, or when none is named."""
    units = kb.notice.units
    if not units or not units.others:
        return None
    hits = [k for k in units.others if any(w in norm for w in k.words)]
    first = units.kind.removesuffix("企业")
    return hits[0] if len(hits) == 1 and not (first and first in norm) else None


def unit_of(kind: KindUnits, key: str) -> Unit | None:
    return next((u for u in kind.items if u.district == key), None)


def first_named(kb: Knowledge, norm: str) -> bool:
    """The message names the first table's kind ('制造业', '做注塑模具的厂子' for 制造业企业)."""
    bare = kb.notice.units.kind.removesuffix("企业") if kb.notice.units else ""
    return bool(bare) and (bare[:2] in norm or "制造" in bare and re.search(r"厂|工厂|制造|生产(?!性)", norm) is not None)


def other_kinds(kb: Knowledge, key: str, norm: str, en: bool = False) -> list[str]:
    """'（服务业企业向顺德区商务局申报：苏晓玲 0757-22213075）' for each further table's unit of the place, unless the
    message names the first table's kind."""
    units = kb.notice.units
    if first_named(kb, norm):
        return []
    out = []
    for kind in units.others if units else ():
        if u := unit_of(kind, key):
            said = " ".join(x for x in (u.person, u.phone or u.email) if x)
            out.append(f"({kind.kind}: {u.name} {said})" if en else f"（{kind.kind}向{u.name}申报：{said}）")
    return out
