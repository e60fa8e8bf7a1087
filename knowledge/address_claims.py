"""A street address the message states ('送材料的地址是某某路100号3号楼吧'), checked against the address of what it
is said of: the unit of the place the message names, else the mailing address. Past the road, its number and then
the building, floor and room are compared as facts, not as strings: '19楼' agrees with '1906室', '10层' with '10楼',
and a detail the notice does not give is no contradiction. A mixin of the premise Checker (uses kb, n and _fix).
"""

from __future__ import annotations

import re

from .phrasing import Section
from .values import lazy

# A road, its number, then what follows up to the end of the claim ('某某路100号3号楼', '某某北路36号1号楼1221室').
_ROAD_NO = lazy(r"([\u4e00-\u9fff]{2,8}?(?:路|街|大道|道))\s*(\d{1,5})\s*号(?!楼)")
_AFTER_ROAD = r"\s*(\d{1,5})\s*号(?!楼)\s*((?:[a-z]?\d{1,5}\s*(?:号楼|楼|层|室|栋|幢|座)|[a-z]\s*(?:座|栋|区)|\s)*)"
_BUILDING = lazy(r"(\d{1,3})\s*(?:号楼|栋|幢|座)|([a-z])\s*(?:座|栋)", re.I)
_FLOOR = lazy(r"(\d{1,3})\s*(?:楼|层)(?!\d)")
_ROOM = lazy(r"([a-z]?\d{3,5})\s*室", re.I)


_TOWN = lazy(r"^[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2,}(?:路|街|大道|道)$)")  # '南桥镇' before '南亭公路'


def _same_road(said: str, own: str) -> bool:
    """The same road, with or without the town written before it."""
    a, b = _road(said), _road(own)
    return a == b or (not _TOWN.search(a) or not _TOWN.search(b)) and _TOWN.sub("", a) == _TOWN.sub("", b)  # not '金汇镇…' for '南桥镇…'


def _road(name: str) -> str:
    """The road without what is written before it: the city and district ('上海市某某区某某路' -> '某某路'), or the
    words of the message ('商务委在某某路' -> '某某路')."""
    return re.sub(r"^.*(?:[省市区县在是到寄送至往]|地址)", "", name) or name


def _details(text: str) -> dict[str, str]:
    """Building, floor and room said after a street number; the floor read from a room number too (1906室: 19)."""
    out: dict[str, str] = {}
    if m := _BUILDING.search(text):
        out["building"] = (m.group(1) or m.group(2)).lower()
        text = text[:m.start()] + " " + text[m.end():]  # '3号楼' is no floor
    if m := _ROOM.search(text):
        out["room"] = m.group(1).lower()
        digits = re.sub(r"\D", "", m.group(1))
        if len(digits) >= 3:
            out["room_floor"] = str(int(digits[:-2]))
    if m := _FLOOR.search(text):
        out["floor"] = str(int(m.group(1)))
    return out


def contradicts(said: dict[str, str], given: dict[str, str]) -> bool:
    """Whether the building, floor or room said differs from what the address gives; one it does not give is no
    contradiction, except a building numbered like the address's floor ('3号楼' for '3楼')."""
    if "building" in said:
        if "building" in given and said["building"] != given["building"]:
            return True
        if "building" not in given and said["building"] == given.get("floor", given.get("room_floor")):
            return True
    floor = given.get("floor") or given.get("room_floor")
    if "floor" in said and floor and said["floor"] != floor:
        return True
    return "room" in said and "room" in given and said["room"] != given["room"]


class AddressClaims:
    """Uses the Checker's kb, notice (n) and _fix."""

    def _address(self, norm, a, intents, premise) -> Section | None:
        """'送材料的地址是某某路100号3号楼吧', '某区商务委在某某路915号19楼吧': the address of the place the message
        names, else the mailing address, checked past the road."""
        if "号" not in norm or _DISTANCE.search(norm):  # "离漕溪北路88号远吗": a distance asked, no address claimed
            return None
        mail, units = self.n.mailing, self.n.units.items if self.n.units else ()
        roads = "".join(m.group(0) for m in _ROAD_NO.finditer(norm))  # '某某路100号' names a road, not its district
        named = [u for k in a.district.districts if (u := self.kb.unit_for(k)) is not None] \
            if any(m.lower() not in roads for m in a.district.mentions) or _UNIT_SAID.search(norm) else []
        mailed = not _UNIT_SAID.search(norm) and _MAIL_SAID.search(norm) and mail and mail.address  # "纸质材料是寄…号吗"
        if mailed:  # the mailing address only, said wrong when its road or number is not the one written
            own = _ROAD_NO.search(mail.address)
            said = _ROAD_NO.search(norm)
            if own and said and (not _same_road(said.group(1), own.group(1)) or said.group(2) != own.group(2)):
                return self._wrong(f"{_road(said.group(1))}{said.group(2)}号", mail.label, mail.address, mail.clause)
            places = [(mail.label, mail.address, mail.clause)]  # its floor and room checked below
        elif named:  # "某区商务委在…吧": that unit's address, and no other's
            places = [(f"{u.name}的地址", u.address, self.n.units.clause) for u in named if u.address]
        else:
            places = [(mail.label, mail.address, mail.clause)] if mail and mail.address else []
            places += [(f"{u.name}的地址", u.address, self.n.units.clause) for u in units if u.address]
        for label, address, clause in places:
            own = _ROAD_NO.search(address)
            road = _road(own.group(1)) if own else ""  # '南桥镇南亭公路' is said '南亭公路'
            said, road = next(((m, r) for r in dict.fromkeys((road, _TOWN.sub("", road))) if r and (m := re.search(re.escape(r) + _AFTER_ROAD, norm))
                               and not (r != road and re.search(r"(?:镇|乡|街道)$", norm[:m.start()]))), (None, road))  # not '金汇镇南亭公路'
            if said is None:
                if named and (other := _ROAD_NO.search(norm)) and own and not _same_road(other.group(1), own.group(1)):
                    return self._wrong(f"{_road(other.group(1))}{other.group(2)}号", label, address, clause)
                continue  # another road, or none
            if said.group(1) != own.group(2) or contradicts(_details(said.group(2)), _details(address[own.end():])):
                tail = re.sub(r"\s+", "", said.group(2))
                claim = f"{road}{said.group(1)}号{tail}"
                return self._wrong(claim, label, address, clause)
            return None
        return None

    def _wrong(self, claim: str, label: str, address: str, clause: str) -> Section:
        return self._fix(f"不是“{claim}”：{label}是{address}。", clause, en=f"Not “{claim}”: the address is {address}.")


_MAILBOX = lazy(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}", re.I)
_UNITS_SEND = lazy(r"(?:各|由)?(?:推荐单位|区县|各区|县（市、区）)[^。；]{0,60}?(?:发送|报送|发至|报至)[^。；]{0,40}$")


class MailboxClaims:
    """A mailbox the message says to send to ('材料发到xx@163.com对吧'): one the notice gives for another step
    (the units' report to the city) or none at all. A mixin of the premise Checker (uses kb, n, en and _fix)."""

    def _mailbox(self, norm, a, intents, premise) -> Section | None:
        said = _MAILBOX.search(norm)
        if not said or re.search(r"我们|我司|本公司|公司的|企业的", norm[max(0, said.start() - 8):said.start()]):
            return None  # the applicant's own mailbox
        box = said.group(0).lower()
        body = "".join(c.text for c in self.n.passages)
        at = body.lower().find(box)
        units_mail = [u.email for u in (self.n.units.items if self.n.units else ()) if u.email]
        sub = self.n.submission
        if at < 0:
            if not units_mail and not (sub and sub.email_text):
                return None
            right = "各推荐单位的邮箱见联系表" if units_mail else f"通知写的是“{sub.email_text}”"
            return self._fix(f"通知中没有“{said.group(0)}”这个邮箱：{right}。", sub.clause_of("email_text") if sub else "",
                             en=f"The notice gives no mailbox {said.group(0)}.")
        before = body[max(0, body.rfind("。", 0, at) + 1):at]
        if _UNITS_SEND.search(before) and sub and sub.email_text and box.lower() not in sub.email_text.lower():
            return self._fix(f"不是这个邮箱：{said.group(0)}是推荐单位报送用的。企业的电子版：“{sub.email_text}”",
                             sub.clause_of("email_text"), en=f"Not that mailbox: {said.group(0)} is for the recommending units.")
        return None


_DISTANCE = re.compile(r"(?:离|距离?|到)[^，,。？！?!]{2,20}?号[^，,。？！?!]{0,4}(?:远|近|多远|多久|怎么走|怎么去)")
_UNIT_SAID = re.compile(r"商务委|经委|科委|科经委|经信委|管委会|推荐单位|区里|工信局|经信局|主管部门")
_MAIL_SAID = re.compile(r"纸质|寄|邮寄|快递|送材料|交材料|收件")
