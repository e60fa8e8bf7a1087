"""A unit's detail changed by a line of the notice itself ('特别说明：于都县邮箱变更为ydgxj@126.com，原邮箱…停止使用'):
the unit's row is read with the new value, and the line is kept as what the notice says of it."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft

_CHANGED = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,16}?)(?:的)?(?:推荐单位)?(?P<field>电子邮箱|电子信箱|邮箱|联系电话|电话|联系人)"
                      r"(?:已|现|现已)?(?:由[^，,。；;]{2,40}?)?(?:变更|调整|更改|更正|改)为[：:]?\s*(?P<new>[^，,。；;\s]{2,60})")
_FIELD = {"电子邮箱": "email", "电子信箱": "email", "邮箱": "email", "联系电话": "phone", "电话": "phone", "联系人": "person"}


def apply_unit_changes(d: Draft, text: str) -> None:
    """Each unit whose place a change line names gets the new value; its old value is no longer shown."""
    units = d.data.get("units", {}).get("items", [])
    for sent in (s for line in text.splitlines() for s in facts.SENTENCE.findall(line)):
        for m in _CHANGED.finditer(sent):
            field, new = _FIELD[m.group("field")], m.group("new")
            value = (facts.EMAIL.search(new) or [""])[0] if field == "email" else (facts.phones(new) or [""])[0] if field == "phone" \
                else new if field == "person" and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", new) else ""
            named = [u for u in units if (place := re.match(r"[\u4e00-\u9fff]{2,6}?(?:新区|区|县|市|旗)", u.get("name", "")))
                     and place.group(0) in m.group("who")]
            if value and len(named) == 1 and named[0].get(field) != value:
                u = named[0]
                u[field], u["note"] = value, u.get("note") or sent.strip()
                d.found.append(f"{u['name']}的{m.group('field')}按通知中的变更说明读作 {value}")
