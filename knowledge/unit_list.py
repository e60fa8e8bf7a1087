"""The units as a list, one line each; places that share one unit ('秀峰区、叠彩区、象山区、七星区 → 市工业和信息化局') on one line."""

from __future__ import annotations


def unit_rows(items, place_name, mail: bool = False, where: bool = False) -> list[str]:
    """'• unit｜person｜phone[｜email][｜address]' per unit, led by its places when it serves several."""
    groups: dict[tuple, list] = {}
    for u in items:
        groups.setdefault((u.name, u.person, u.phone, u.email, u.address), []).append(u)
    lines = []
    for same in groups.values():
        u = same[0]
        places = "、".join(place_name(x.district) for x in same) + "：" if len(same) > 1 else ""
        lines.append(f"• {places}{u.name}｜{u.person}｜{u.phone or u.email}" + (f"｜{u.email}" if mail and u.email and u.phone else "")
                     + (f"｜{u.address}" if where and u.address else ""))
    return lines
