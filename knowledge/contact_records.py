"""Whom the notice tells applicants to contact: hotlines, the district units and where paper copies go."""

from __future__ import annotations

import re

from .records import record


@record
class Contact:
    """A hotline the notice names: what it is for, phone, organisation, person and e-mail.

    `kind` says what a further contact is for beyond policy and filling-in questions ("system": the online
    system's technical support; "policy": a second policy contact), and `match` holds the words of a question
    that pick it ("登录", "上传"), read from its label when the notice was ingested."""

    clause: str
    label: str
    phone: str
    label_en: str = ""
    org: str = ""
    person: str = ""
    email: str = ""
    channel: str = ""  # another way to reach it, as written ('技术支持QQ群：736492815（入群请备注“企业名称＋联系人”）')
    address: str = ""  # the office's address, on a line of its own after the contact
    kind: str = ""
    match: tuple[str, ...] = ()
    changed: str = ""  # the supplementary notice's clause that replaced the person or phone
    was: str = ""  # the person (and phone) it replaced, as the supplementary notice names them ('钱雨桐 0519-85682317')


_GENERIC_WORD = re.compile(r"推荐|申报|材料|接收|系统|咨询|政策|技术|填报|平台|企业|单位|报送|问题")  # words of any contact's label


@record
class Consultation:
    """The notice's consultation hotlines: policy questions, filling-in questions, and any further labelled
    contacts (系统技术支持, 政策咨询（二）…) in the order the notice lists them."""

    policy: Contact | None = None
    filling: Contact | None = None
    others: tuple[Contact, ...] = ()

    def any(self) -> Contact:
        """The hotline to name when a question has no better contact."""
        return self.policy or self.filling or (self.others[0] if self.others else None)  # type: ignore[return-value]

    def all(self) -> tuple[Contact, ...]:
        """Every hotline: the policy ones, the filling-in ones, then the further ones in the notice's order."""
        rest = tuple(o for o in self.others if o.kind not in ("policy", "filling"))
        return (*self.of_kind("policy"), *self.of_kind("filling"), *rest)

    def of_kind(self, kind: str) -> tuple[Contact, ...]:
        """The hotlines for one kind of question: the main one of that kind and the further ones labelled so. The
        online system's troubles go to the filling-in hotline when the notice names no separate support."""
        main = {"policy": self.policy, "filling": self.filling}.get(kind)
        found = tuple(c for c in (main, *(o for o in self.others if o.kind == kind)) if c)
        return found or (self.of_kind("filling") if kind == "system" else ())

    def labelled(self, text: str) -> Contact | None:  # (a matter's own line: '培训会及参会回执：赵敏…' for '培训回执的事问谁')
        """The one hotline whose label names what the message is about, among hotlines labelled by programme or track
        ('质量标杆企业申报咨询' / '品牌培育示范企业申报咨询': '品牌培育的事问谁' is the second)."""
        named = [(c, m.group(1)) for c in self.all() if c.label and (m := re.match(r"(.+?)(?:申报|业务|政策)?(?:咨询|联系人|联系方式)", c.label))]
        named = [(c, base) for c, base in named if len(base) >= 4]  # (not '申报系统技术支持': a kind of question, no programme)
        topics = [c for c in self.others if any(w in text for p in re.split(r"[及、和与]", c.label) if len(p) >= 2 for w in {p, p[:2], p[-2:]}
                                                 if not _GENERIC_WORD.fullmatch(w)) and not re.search(r"咨询|支持|联系|热线|服务", c.label)]
        if len({base for _, base in named}) < 2:
            return topics[0] if len(topics) == 1 else None
        hits = [c for c, base in named if base[:4] in text]
        return hits[0] if len(hits) == 1 else None


@record
class Unit:
    """A district's recommending unit: name, phone, address and contact person, and the shorter names users call
    it by (昆山市工业和信息化局: 昆山工信局, 昆山市工信局)."""

    district: str
    name: str
    phone: str = ""  # none for a unit reached by mail only ('仅限邮箱：…')
    address: str = ""
    person: str = ""
    aliases: tuple[str, ...] = ()
    quota: str = ""  # how many the unit may recommend, as written ('不超过6家', or a table's '3')
    email: str = ""  # its mailbox, where firms e-mail their electronic copies to their unit
    qq: str = ""  # a QQ number the unit gives beside its phone ('QQ：3141592653')
    wechat: str = ""  # a WeChat ID it gives ('微信号：lhqscj2167')
    fax: str = ""  # its fax number, shown as a fax, never as a number to call ('传真：0797-8377615')
    hours: str = ""  # its office hours, when the notice gives them ('工作日8:00-12:00，15:00-18:00')
    note: str = ""  # the sentence that gives it several places ('城中区、鱼峰区…的企业由市工业和信息化局直接受理。')
    quota_clause: str = ""  # where the quota is written, when not in the units table ('一（二）')
    changed: str = ""  # the supplementary notice's clause that replaced the person or phone ('补充通知二')
    was: str = ""  # the person (and phone) it replaced ('焦若琳 69989526')
    due: str = ""  # the unit's own date for the firms' paper copies, as its table writes it ('4月14日（周四）17:00')
    whole: bool = False  # `due` closes the unit's firms' whole application (a note above a reposted notice says so)
    clause: str = ""  # its row's own clause, when a list of its own under the units clause ('六（三）' beside '六（二）')


@record
class KindUnits:
    """A further table of units for another kind of firm ('（二）服务业企业推荐单位'), and the words that name that kind."""

    kind: str
    clause: str
    items: tuple[Unit, ...]
    words: tuple[str, ...] = ()


@record
class Units:
    """The table of recommending units, one per district; with `others`, the first is for the firms of `kind`."""

    clause: str
    title: str
    items: tuple[Unit, ...]
    kind: str = ""
    others: tuple[KindUnits, ...] = ()


@record
class Mailing:
    """Where paper copies are mailed, and to whom."""

    clause: str
    address: str
    label: str = "纸质材料邮寄地址"
    person: str = ""
    phone: str = ""
    window: str = ""  # the service window at that address, when copies are handed in ('闵行区企业服务中心一楼105室')
    onward: str = ""  # where the units (and firms applying directly) send on, quoted: '推荐单位及直接申报企业的…报送至：…'
    onward_clause: str = ""
