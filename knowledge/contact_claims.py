"""Claims about whom to contact, checked against the notice: the person or phone of a hotline, of a district's
recommending unit, or of the recipient of the paper copies ("填报咨询是<某号码>吧", "纸质材料寄给<某人>吧").
A mixin of the premise Checker."""

from __future__ import annotations

import re
from functools import cached_property

from .amended import said_by
from .assertions import people_of, phones_of
from .phrasing import Section
from .recall import _SENTENCE
from .text import prepare
from .unit_asks import other_places, quoted, said_of_place, unlisted_place
from .values import lazy

_SENT_TO_UNIT = lazy(r"(寄到|寄给|寄去|寄往|送到|交到|邮寄到)[^，,。？！?!]{0,10}(区|商务委|经委|科经委|管委会|推荐单位)")
# Handing in straight to the office above one's unit, and a notice's sentence forbidding it.
STRAIGHT = lazy(r"直接[^，,。？?！!]{0,8}(寄|交|报|送|递|提交|报送)(给|到|至|去)?[^，,。？?！!]{0,10}(省|市|州|县)"
                r"[^，,。？?！!]{0,10}(厅|局|委|处|室|中心|大楼|楼)")
_NOTSTRAIGHT = lazy(r"(不得|不能|不可|请勿|不要|不)直接(向|报|寄|送|交|提交|接收|受理)|不直接(接收|受理)"
                     r"|直接(报送|寄送|提交|报)[^。；]{0,12}(不予受理|不受理|不接收)|(未经|不经|没有经过)[^。；]{0,40}推荐[，,]?(企业)?直接向")
_SYSTEM_TROUBLE = lazy(r"系统|网站|网页|页面|登录|登陆|上传|填报|打不开|进不去|账号|密码")

_EXT_SAID = re.compile(r"分机(?:号码?)?\s*(?:是|为|[:：])?\s*(\d{2,6})(?!\d)")
_NOT_A_LINE = lazy(r"我们|我司|我的|本公司|公司|单位|座机|手机号?是?|单号|订单|快递|编号|工号|税号|账号|卡号|信用代码")


def _PHONE_OF(person: str) -> re.Pattern[str]:  # noqa: N802 - a pattern, named like one
    return re.compile(rf"{re.escape(person)}(?:老师|先生|女士|处长|科长|主任|工)?的?(?:电话|手机|号码|联系方式)")

class ContactClaims:
    """Uses the Checker's kb, notice (n) and _fix."""

    @cached_property
    def people(self) -> dict[str, str]:
        return people_of(self.kb)

    @cached_property
    def phones(self) -> dict[str, str]:
        return phones_of(self.kb)

    def _person(self, norm, a, intents, premise) -> Section | None:
        people = self.people
        for person in premise.persons:
            clause = next((t for t in re.split(r"[，,；;。]", norm) if person in t), "")
            if any(x.person == person and x.label and x.label in clause for x in self.n.consultation.all()) \
                    or premise.phones and _PHONE_OF(person).search(norm):
                continue  # "政策咨询是<其人>，填报咨询是<某人>": named with the hotline that is theirs; '<某人>电话是…': the number's check
            unit = next((u for u in (self.n.units.items if self.n.units else ()) if person in u.person.split("、")), None)
            geo = self.kb.geography.districts.get(unit.district) if unit else None
            if geo and any(x and x in norm for x in (unit.name, geo.name, geo.short)):  # '发给浦东科经委顾俊': named with their own unit
                continue
            if geo and (place := unlisted_place(self.kb, prepare(premise.stripped).compact, (), asked=True)):  # '江北区企业是找刘小川吧'
                rest = said_of_place(self.kb, place) or other_places(self.n)
                return self._fix(f"{person}是{geo.name}推荐单位的联系人，不是{place}的。通知列出的推荐单位中没有“{place}”" +
                                 (f"，通知写明：{quoted(self.n, rest)}" if rest else "，请向政策咨询电话确认。"), self.n.units.clause)
            asked = self._asked(a, premise.stripped, person)
            if asked and asked[0] != people[person] and people.get(asked[1]) != people[person]:
                who = asked[0] if asked[0].endswith("收件人") else f"{asked[0]}的联系人"
                org = next((c.org for c in self.n.consultation.all() if c.person == person and c.org), "")
                return self._fix(f"{who}不是{person}（{person}是{people[person]}的联系人{'，' + org if org else ''}）："
                                 f"{asked[0]}：{asked[2]}。", asked[3])
        m = None if premise.persons else _NAME_SAID.search(norm)  # "杨浦联系人是王伟吧": a name the notice never gives
        if m and (asked := self._asked(a, premise.stripped)) and asked[1] and m.group(1) not in asked[1] and asked[1] not in m.group(1):
            return self._fix(f"{asked[0]}的联系人不是{m.group(1)}：{asked[0]}：{asked[2]}。", asked[3])
        return None

    def _former(self, norm, a, intents, premise) -> Section | None:
        """A person or phone a supplementary notice replaced ('还是打钱雨桐老师那个…是吧'): not any more."""
        units = self.n.units.items if self.n.units else ()
        records = [(c.was, c.label, (c.org, c.person, c.phone), c.changed, c.clause) for c in self.n.consultation.all()] + [
            (u.was, f"{self.kb.geography.districts[u.district].name}推荐单位", (u.name, u.person, u.phone), u.changed,
             self.n.units.clause) for u in units]
        for was, label, now, changed, clause in (r for r in records if r[0]):
            person, _, phone = was.partition(" ")
            digits = re.sub(r"\D", "", phone)
            if person in premise.persons or digits and any(p in digits for p in premise.phones):
                said = person if person in premise.persons else phone
                return self._fix(f"不是{said}：{said_by(self.n)}已调整，{label}现为{' '.join(x for x in now if x)}。", changed, clause)
        return None

    def _phone(self, norm, a, intents, premise) -> Section | None:
        phones = self.phones
        units = self.n.units.items if self.n.units else ()
        former = "".join(re.sub(r"\D", "", x.was) for x in (*self.n.consultation.all(), *units) if x.was)
        fixes = []
        for phone in (p for p in premise.phones if p not in former):  # a replaced one is said so above
            theirs = self._own(premise.persons[0]) if len(premise.persons) == 1 else None  # '李文博老师电话是…吧': that person's
            asked = (theirs if theirs and _PHONE_OF(premise.persons[0]).search(norm) else None) or (self._asked(a) if a.district.resolved else None) \
                or self._near(norm, phone) or self._alike(norm, phone) or self._asked(a) or theirs  # one digit or one swap off a line: that line
            if asked and phone not in re.sub(r"[^\d、]", "", asked[2]).split("、") and phone not in re.sub(r"\D", "", asked[2]):
                said = _as_written(norm, phone)
                whose = f"（{said}是{phones[phone]}的电话）" if phone in phones else ""
                fixes.append(self._fix(f"{asked[0]}的电话不是{said}{whose}：{asked[0]}：{asked[2]}。", asked[3]))
            elif asked and (ext := re.search(rf"{phone}\s*(?:转|-|－|分机)\s*(\d{{2,6}})", norm.replace(" ", ""))) \
                    and (own := re.search(rf"{phone}\s*(?:转|-|－|分机)\s*(\d{{2,6}})", re.sub(r"\s", "", asked[2]))) \
                    and ext.group(1) != own.group(1):  # '<号码>转<分机>' where the unit's extension is another
                fixes.append(self._fix(f"{asked[0]}的分机不是{ext.group(1)}：{asked[0]}：{asked[2]}。", asked[3]))
        if not fixes and (ext := _EXT_SAID.search(norm)) and (asked := self._asked(a)) \
                and (own := re.search(r"(?:转|-|－|分机)\s*(\d{2,6})$", re.sub(r"\s", "", asked[2]))) and own.group(1) != ext.group(1):
            fixes.append(self._fix(f"{asked[0]}的分机不是{ext.group(1)}：{asked[0]}：{asked[2]}。", asked[3]))  # '他们的分机是20902吧'
        if len(fixes) > 1:  # "系统问题打<号码>吧？政策方面找<号码>？": each number set right
            return Section(fixes[0].title, tuple(x for f in fixes for x in f.lines), tuple(dict.fromkeys(c for f in fixes for c in f.sources)))
        return fixes[0] if fixes else None

    def _near(self, norm: str, phone: str) -> tuple[str, str, str, str] | None:
        """The one kind of hotline the words just before a number name ('系统填报…打<号码>吧？政策方面…找<号码>'), when the
        message names two."""
        bare = re.sub(r"[\s-]", "", norm)
        at = bare.find(phone)
        before = re.split(r"[。？！?!；;]", bare[:at])[-1] if at >= 0 else ""
        kinds = [k for k, words in self.kb.lexicon.contact_kinds.items() if any(w in before for w in words if len(w) >= 2)]
        x = getattr(self.n.consultation, kinds[0], None) if len(kinds) == 1 else None
        return (x.label, x.person, f"{x.person} {x.phone}".strip(), x.clause) if x else None

    def _alike(self, norm: str, phone: str) -> tuple[str, str, str, str] | None:
        """'电话是<号码>吧' naming no one: the one line of the notice the number is one digit or one swap off from; never
        the asker's own number ('我们座机…') nor another kind of number ('快递单号…')."""
        from rapidfuzz.distance import DamerauLevenshtein

        at = re.sub(r"[\s-]", "", norm).find(phone)
        if at < 0 or _NOT_A_LINE.search(re.sub(r"[\s-]", "", norm)[max(0, at - 10):at]):
            return None
        lines = [(x.label, x.person, f"{x.person} {x.phone}".strip(), x.clause, x.phone) for x in self.n.consultation.all()]
        lines += [(f"{self.kb.geography.districts[u.district].name}推荐单位", u.person, f"{u.person} {u.phone}".strip(), self.n.units.clause, u.phone)
                  for u in (self.n.units.items if self.n.units else ())]
        near = [x[:4] for x in lines if len(phone) >= 7 and any(
            len(d) == len(phone) and DamerauLevenshtein.distance(d, phone) <= 1 for d in re.findall(r"\d{7,}", re.sub(r"[\s-]", "", x[4])))]
        return near[0] if len(near) == 1 else None

    def _own(self, person: str) -> tuple[str, str, str, str] | None:
        """'<某人>的电话是<某号码>吗': the person's own line, wherever the notice lists them."""
        c, mail = self.n.consultation, self.n.mailing
        for x in c.all():
            if x.person == person:
                return f"{x.label}（{person}）", person, f"{person} {x.phone}".strip(), x.clause
        for u in self.n.units.items if self.n.units else ():
            if u.person == person:
                return f"{self.kb.geography.districts[u.district].name}推荐单位（{person}）", person, f"{person} {u.phone}", self.n.units.clause
        if mail and mail.person == person:
            return f"纸质材料收件人（{person}）", person, f"{person} {mail.phone}".strip(), mail.clause
        return None

    def _mail_to_unit(self, norm, a, intents, premise) -> Section | None:
        """'纸质表是寄到<某区>商务委那个地址吗': paper copies go to the notice's mailing address, not the district's unit."""
        mail = self.n.mailing
        if not mail or not mail.address or len(a.district.districts) != 1 or not _SENT_TO_UNIT.search(norm) \
                or re.search(r"所在|各(?:区|县|市)|推荐单位|主管部门", mail.address):  # copies go to the units themselves
            return None
        unit = self.kb.unit_for(a.district.districts[0])
        if unit is None or unit.address == mail.address:
            return None
        return self._fix(f"不是寄到{unit.name}：纸质材料寄送至{mail.address}，收件人{mail.person} {mail.phone}。".replace(" 。", "。"),
                         mail.clause, en=f"Not to {unit.name}: paper copies go to {mail.address} ({mail.person} {mail.phone}).")

    def _direct(self, norm, a, intents, premise) -> Section | None:
        """'我们直接把材料寄给省经信厅就行了吧' where the notice says firms may not ('企业不得直接向省经信厅报送…')."""
        if not STRAIGHT.search(norm):
            return None
        said = max(((c.clause, x.split("：")[-1].strip().rstrip("。；;")) for c in self.n.passages for x in _SENTENCE.findall(c.text)
                    if _NOTSTRAIGHT.search(x.split("：")[-1])), key=lambda x: len(x[0]), default=None)  # the innermost clause
        if said is None:
            return None
        if "还是" in norm or not re.search(r"吧|吗|么|能否|可否|没问题|就行|就可以|可以的", norm):  # asked as an either-or
            return Section("From the notice" if self.en else "通知原文", (f"“{said[1]}”",), (said[0],))
        if not re.search(r"吧|对吗|是吗|没问题|就行|就可以|可以的", norm):  # "可以直接寄给省经信厅吗"
            line = f"No. The notice says: “{said[1]}”." if self.en else f"不可以。通知写明：“{said[1]}”。"
            return Section("From the notice" if self.en else "通知原文", (line,), (said[0],))
        ex = self.n.exclusions  # a case the notice does not accept ('有下列情形之一的，不予受理：…直接向市…报送的')
        lead = f"{ex.intro.rstrip('：:')}：" if ex and ex.intro and any(said[1] in it.text for it in ex.items) else ""
        return self._fix(f"不是：通知写明{lead}“{said[1]}”。", said[0], en=f"No: the notice says “{said[1]}”.")

    def _asked(self, a, said: str = "", person: str = "") -> tuple[str, str, str, str] | None:
        """(who was asked about, their person, 'person phone', clause) from the stripped question."""
        c, mail = self.n.consultation, self.n.mailing
        if (mail and mail.person and ("mail" in a.intents or "paper" in a.intents and re.search(r"寄|邮|快递|送给|交给", said))
                and ("paper" in a.intents or not a.contact_kinds or "收件" in said) and not a.district.resolved):  # "纸质材料寄给<某人>吧": the recipient
            return "纸质材料收件人", mail.person, f"{mail.address} {mail.person} {mail.phone}".strip(), mail.clause
        if lab := c.labelled(said or a.text.compact):  # "品牌培育的事是问<某人>对吧": that programme's own hotline
            return lab.label, lab.person, f"{lab.person} {lab.phone}".strip(), lab.clause
        kinds = [k for k in a.contact_kinds if getattr(c, k, None)]
        if len(a.district.districts) == 1 and (d := self.kb.geography.districts.get(a.district.districts[0])) and re.search(
                rf"(?:{'|'.join(re.escape(x) for x in (d.name, d.short) if x)})的?(?:经信|工信|经委|科委|商务委|经济|工业|发改|局|委|办|管委会)",
                a.text.compact):
            kinds = []  # '江津区经信委座机是…吧': the district's unit, not the city's hotline of that office's name
        if len(kinds) > 1 and "filling" in kinds and _SYSTEM_TROUBLE.search(said):  # "系统打不开，打市经信委<某人>吧"
            kinds = ["filling"]
        if len(kinds) > 1 and person:  # "政策方面是找<质量院>的<某人>吧": the person's own office names the other kind
            kinds = [k for k in kinds if getattr(c, k).person != person] or kinds
        if len(kinds) == 1:
            x = getattr(c, kinds[0])
            return x.label, x.person, f"{x.person} {x.phone}".strip(), x.clause
        if len(a.district.districts) == 1 and self.n.units:
            u = self.kb.unit_for(a.district.districts[0])
            if u:
                return (f"{self.kb.geography.districts[u.district].name}推荐单位（{u.name}）", u.person,
                        f"{u.person} {u.phone}".strip(), self.n.units.clause)
        return None


_NAME_SAID = lazy(r"(?:联系人|负责人|对接人|经办人|收件人)(?:是|叫|为)\s*([\u4e00-\u9fff]{2,3}?)(?:老师|科长|处长|主任|女士|先生|同志)?"
                  r"(?:吧|吗|对吧|是吧|没错吧|对不对|对吗|嘛|[？?]|$)")


def _as_written(norm: str, digits: str) -> str:
    """A phone number as the message writes it ('0519-85682317'), from its digits."""
    m = re.search(r"[-\s]?".join(digits), norm)
    return m.group(0) if m else digits
