"""The consultation hotlines of a notice: every labelled contact (政策咨询, 填报咨询, 系统技术支持, 材料编写咨询…) with its
organisation, person, phone and e-mail, in whichever shape the notice writes it: a heading over its lines
('（一）政策咨询' / '市…处 某某 027-…；某某 027-…'), a label before a colon ('申报系统技术支持（账号注册…）：…'), a
sentence ('政策咨询请联系…，电话：…'), or a contact with no label under a '联系方式' heading.

The first policy contact and the first filling-in contact are the main ones; every further contact is kept with its
own label and the kind of question it serves (a second person of a label is '政策咨询（二）')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import facts
from .draft import Draft
from .outline import Node
from .sections import content_nodes, guide_annexes

# A referral without a number ('企业申报咨询请联系所在地市（州）经济和信息化局'): no hotline of its own.
_REFERRAL = re.compile(r"请(?:直接)?(?:联系|咨询|向)所在地|(?:联系|咨询)所在地[^，。；]{0,16}(?:局|委|部门)$")
# Labels the assistant shows in its own words for the two main hotlines (the notice's label for any other).
_SURE = (("policy", re.compile(r"政策咨询|政策解读|业务咨询"), "政策咨询"),
         ("filling", re.compile(r"填报咨询|系统咨询|技术咨询|技术支持|系统操作|平台操作|操作咨询|平台咨询|填报问题"), "填报咨询"))
# What kind of question a label serves, in order: a label naming filling in ('系统填报咨询') is for filling in.
_KIND_OF = (("policy", re.compile(r"政策|业务咨询")), ("filling", re.compile(r"填报|填写|填表|报送")),
            ("system", re.compile(r"系统|平台|技术|操作|账号|登录|上传|注册")))
# Words of a question about the online system itself (language, not facts): they pick a hotline labelled for it.
_SYSTEM_WORDS = ("系统", "平台", "技术支持", "登录", "登陆", "登不上", "账号", "密码", "上传", "验证码", "报错", "打不开",
                 "technical", "system", "login", "log in", "upload")
_HOTLINE_END, _ORG_TAIL = r"咨询|支持|问题|事宜|答疑|服务", "中心|部|处|科|站|局|公司|院|所|办|室|组"  # ('…服务中心': an organisation)
_DIRECTORY = re.compile(r"(?:联系人|联系方式|联系电话)(?:如下|分别为|分别是)")
# '系统操作（技术支持，…）：…', '财务审计口径（…）：…': a topic of questions, with its own line
_TOPIC = re.compile(r"^[\u4e00-\u9fff及、]{2,10}(?:操作|口径|回执|培训会?|会务|报名)$")
_RECEIVES = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:接收|受理)$")  # '材料接收：孙婉，电话…，邮箱…': a contact of its own
_HOTLINE_LABEL = re.compile(rf"(?:{_HOTLINE_END})(?:电话|热线)?$")
_NUMBERING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.．、](?!\d))\s*")
# 'LABEL（aside）：rest' / 'LABEL请联系rest' / 'LABEL某某，电话：…' / a heading that is a label alone.
_COLON = re.compile(r"^(?P<label>[^：:，,。；;（(\d]{2,20}?)\s*(?P<aside>[（(][^）)]{1,40}[)）])?\s*[:：]\s*(?P<rest>.*)$")
_SENTENCE = re.compile(rf"^(?P<label>[\u4e00-\u9fff、]{{2,16}}?(?:{_HOTLINE_END}))(?!{_ORG_TAIL})(?P<aside>)(?:请联系|请与|联系)?(?P<rest>.*)$")
_GENERIC, _CUE = re.compile(r"^(?:联系方式|咨询方式|咨询电话|咨询|联系)$"), re.compile(r"联系人|联系电话|咨询|联系方式|请联系|可拨打|请拨打|致电|技术支持")
_NOT_HOTLINE = re.compile(r"地址|时间|举报|投诉|(?<!市场)监督|纪委|纪检|邮寄|寄送|收件|传真|邮编")
_BRACKETED = re.compile(r"[（(]((?:联系人|联络人)[:：][^（）()]*)[）)]")
_OWN_ADDRESS, _ASIDE = re.compile(r"^(?:办公|联系)?地址$"), re.compile(r"[（(][^）)]*[)）]")  # (aside: '（受理时间：工作日…）', no field)
_MAIL_FIELD = re.compile(r"^(?:电子|联系)?(?:邮箱|邮件|电子邮件|e-?mail)(?:地址)?$", re.I)
_PHONE_FIELD, _SENT_BY_MAIL = re.compile(r"^(?:联系|咨询|办公)?(?:电话|手机|手机号|座机|号码)$"), re.compile(r"发送至|发至|发送到|报送至|提交至|发到")
_OFFICE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:科|处|室|局|委员会|委|中心|办公室|办|股)$")
_CONTACTS_HEAD, _PLACE_LED = re.compile(r"联系方式|联系人|咨询"), re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:区|县|市|镇|街道|新区|园区)")


@dataclass(eq=False)
class _Entry:
    """One label of the notice and the contacts written under it."""

    clause: str
    label: str  # as the notice writes it; '' for a contact with no label
    aside: str = ""
    contacts: list[tuple[str, str, str, int, int]] = field(default_factory=list)  # org, person, phone, start, end
    email: str = ""
    channel: str = ""  # a QQ or WeChat group written beside it, with its note
    carry: str = ""  # text without a phone, read together with the next phone ('联系人：甲' / '电话：…')
    office: bool = False  # under a heading that names an office ('（一）区经委质量科'): each line below is one of its people
    address: str = ""  # the office's address on a line of its own after its contact ('地址：…市经信局三楼312室')

    @property
    def kind(self) -> str:
        return next((k for k, rx in _KIND_OF if rx.search(self.label)), "")


def build_consultation(d: Draft) -> None:
    """The hotlines: the main policy and filling-in contacts, then every further one with its label."""
    o = d.outline
    nodes = [n for n in content_nodes(o) if not _in_directory(d, n)]
    # The main text's hotlines; a forwarded notice's (its own issuer's) only when the main text names none.
    heads = {id(c): p.heading for p in o.nodes() for c in p.children}  # each clause's parent's heading
    guides = guide_annexes(o)  # the round's own guide ('…申报指南') is the main text's, not a forwarded notice's
    entries = [x for x in _entries([n for n in nodes if not n.annex or n.annex in guides], d.table_rows, heads) if x.contacts] \
        or [x for x in _entries([n for n in nodes if n.annex], d.table_rows, heads) if x.contacts]
    found = _assign(entries, d.data.get("meta", {}).get("issuer_short", ""))
    if not found:
        d.missing.append("咨询电话：未找到")
        return
    data: dict = {}
    for slot, c, start, end in found:
        if slot == "other" and not c.get("person") and any(x["phone"] == c["phone"] and (x.get("person") or x.get("org"))
                                                           for _, x, _, _ in found if x is not c):
            continue  # the same line again, written without its person ('咨询电话｜0391-…' in a guide after the notice)
        if slot == "other":
            data.setdefault("others", []).append(c)
        else:
            data[slot] = c
            d.note(f"consultation.{slot}", c["phone"], c["clause"], start, end)
        mail = (f" 邮箱：{c['email']}" if c.get("email") else "") + (f" {c['channel']}" if c.get("channel") else "")
        d.found.append(f"{c['label']}：{c.get('org', '')} {c.get('person', '')} {c['phone']}{mail}（{c['clause']}）")
    d.data["consultation"] = data
    if not ("policy" in data and "filling" in data) and not data.get("others"):
        d.missing.append("只找到一类咨询电话（政策 / 填报 未分开）")


def _assign(entries: list[_Entry], issuer: str) -> list[tuple[str, dict, int, int]]:
    """(slot, contact, start, end): policy, filling, or a further contact ('other'), in the notice's order."""
    cands = [(x, i) for x in entries for i in range(len(x.contacts))]  # (entry, index of the contact under its label)
    firsts = [(x, i) for x, i in cands if i == 0]
    policy = next((c for c in firsts if c[0].kind == "policy"), None) \
        or next((c for c in firsts if not c[0].kind and (not c[0].label or _GENERIC.match(c[0].label))), None)
    rest = [c for c in cands if c is not policy and not (c[0].kind == "policy" and c[1] > 0)]
    filling = next((c for k in ("filling", "system") for c in rest if c[1] == 0 and c[0].kind == k), None) \
        or next((c for c in rest if c[0].kind != "policy"), None)
    out = []
    for entry, i in cands:
        org, person, phone, start, end = entry.contacts[i]
        if i > 0 and not org:
            org = entry.contacts[0][0]  # '市…处 甲 027-…；乙 027-…': the second person is of the same office
        slot = "policy" if (entry, i) == policy else "filling" if (entry, i) == filling else "other"
        if slot == "policy" and not org and not _SURE[0][1].search(entry.label):
            org = issuer  # a contact of the notice's own office, written without it
        org = re.sub(r"[（(][^（）()]{0,8}(?:咨询|热线)[)）]$", "", org)  # ('…质量品牌科（政策咨询）': the label in brackets)
        c = {"clause": entry.clause, "label": _label(entry, i, slot), "org": org, "person": person, "phone": phone}
        if entry.email and i == 0:
            c["email"] = entry.email
        if entry.channel and i == 0:
            c["channel"] = entry.channel
        if entry.address and i == 0:
            c["address"] = entry.address
        if slot == "other":
            c["kind"] = entry.kind or "other"
            if c["kind"] == "system":
                c["match"] = _system_words(entry)
            elif said := _NAMED_BY.search(entry.label):  # '质量标杆咨询热线': asked for as '那个咨询热线'
                c["match"] = [said.group(0)]
        out.append((slot, {k: v for k, v in c.items() if v}, start, end))
    return out


def _label(entry: _Entry, i: int, slot: str) -> str:
    """The label shown: the assistant's own for a main hotline labelled surely, else the notice's; a second person
    of a label is numbered ('政策咨询（二）')."""
    sure = next((shown for kind, rx, shown in _SURE if kind == slot and rx.search(entry.label)), "")
    if sure == "填报咨询" and not re.search(r"填报|填写|填表|咨询", entry.label) and len(entry.label) <= 16:
        sure = entry.label  # '申报系统技术支持': the notice's own name for a system's helpdesk
    base = sure or (entry.label if entry.label and not _GENERIC.match(entry.label) else "咨询")
    return base if i == 0 else f"{base}（{'一二三四五六七八九十'[min(i, 9)]}）"


def _system_words(entry: _Entry) -> list[str]:
    """Words of a question that pick a hotline for the online system: its label's own words ('账号注册、登录、上传等
    问题') and the usual words for the system's troubles."""
    own = [re.sub(r"(等)?(操作)?(问题|事宜)$", "", w).strip() for w in re.split(r"[、，,及和与]", entry.aside.strip("（）()"))]
    return list(dict.fromkeys(w for w in (*own, *_SYSTEM_WORDS) if len(w) >= 2))


def _entries(nodes: list[Node], skip: list[tuple[int, int]], heads: dict[int, str]) -> list[_Entry]:
    """The labels of the contact clauses and the contacts under each, clause by clause."""
    out: list[_Entry] = []
    for n in nodes:
        cur: _Entry | None = None
        head = _NUMBERING.sub("", n.heading).strip()  # '市…质量品牌科（政策咨询）': the office, labelled in brackets
        aside = m if (m := re.match(r"^(.+?)[（(]([^（）()]{2,10})[)）]$", head)) and _HOTLINE_LABEL.search(m.group(2)) else None
        if _OFFICE.match(aside.group(1) if aside else head) and not facts.phones(n.heading) and _CONTACTS_HEAD.search(heads.get(id(n), "")):
            cur = _Entry(n.clause, aside.group(2) if aside else "", office=True)  # the heading itself is read as its org below
            out.append(cur)
        blocked = False  # under a label that is no hotline ('邮寄地址：…'): its phones are someone else's
        pending = ""
        for text, s, e in [(n.heading, n.start, n.start + len(n.heading)), *n.lines]:
            if any(a <= s and e <= b for a, b in skip) or _DIRECTORY.search(text) and len(facts.phones(text)) >= 3:
                continue  # a row of the units table; a line listing the units' contacts ('…初审联系人如下：甲办，周敏，020-…；…')
            text = _BRACKETED.sub(lambda b: "，" + re.sub(r"[；;]", "，", b.group(1)), _ASKED.sub("", text))  # ('…科（联系人：甲；…）': its fields;
            # a Q&A item's question before its answer, '14. 问：…咨询电话是多少？ 答：政策咨询：…', is no part of a contact)
            for m in re.finditer(r"[^；;。]+[；;。]?", text):
                seg = m.group(0).strip(" ；;。\u3000")
                seg = _ANSWER.sub("", seg)  # a guide's answer ('答：政策咨询：…') says its label itself
                if (ch := _CHANNEL.search(seg)) and cur is not None and cur.contacts and not facts.phones(seg):
                    cur.channel = ch.group(0)  # '…电话0592-5163028；技术支持QQ群：736492815（入群请备注…）'
                    continue
                label, aside, rest = _label_of(_NUMBERING.sub("", seg))
                mail = facts.EMAIL.search(seg)
                if label is not None and _MAIL_FIELD.search(label):
                    label = None  # '电子邮箱：…': the e-mail of the hotline above
                elif label is not None:
                    here = next((x for x in out if x.clause == n.clause and x.contacts), None) if _OWN_ADDRESS.match(label) else None
                    if here is not None and not here.address and not facts.phones(rest):
                        here.address = rest.strip(" 。；;")  # '地址：衢州市柯城区…三楼312室' under the office's contacts
                        continue
                    if _NOT_HOTLINE.search(label):
                        cur, blocked = None, True
                        continue
                    if cur is not None and cur.carry and not cur.contacts and _PHONE_FIELD.match(label):
                        seg = rest  # '联系人：某处 甲' / '联系电话：…': one contact on two lines
                    else:
                        cur, blocked, seg = _Entry(n.clause, label, aside), False, rest
                        out.append(cur)
                if mail and cur is not None and not cur.email and not _SENT_BY_MAIL.search(seg):
                    cur.email = mail.group(0)
                if _DEPUTY.search(seg):
                    continue  # '…联系人张敏…休假，期间由刘洋代为受理，电话…': a stand-in's number, no line of the notice's own
                if not facts.phones(seg):
                    if _REFERRAL.search(m.group(0)):  # '企业申报咨询请联系所在地市（州）经济和信息化局。': no line of its own
                        if cur is not None and not cur.contacts and cur in out:
                            out.remove(cur)
                        cur = None
                    elif cur is not None and seg and not mail:
                        cur.carry += seg + "，"
                    elif cur is None and not blocked and seg.startswith("联系人"):
                        pending = seg + "，"  # '联系人：某处 甲' with its phone on the next line
                    continue
                if cur is None or cur.contacts and not cur.label and not cur.office and not _CUE.search(seg):
                    before = _ASIDE.sub("", seg[:seg.find(facts.phones(seg)[0])])  # not what the hotline serves
                    if blocked or not _CUE.search(seg) or _NOT_HOTLINE.search(before):
                        continue
                    cur = _Entry(n.clause, "", carry=pending)
                    out.append(cur)
                pending = ""
                org, person, phone = facts.contact_in(cur.carry + seg)
                if label is None and cur.contacts and not cur.office and org and cur.contacts[0][0] not in ("", org) \
                        and s != cur.contacts[-1][3]:  # a line of its own with another office: not the label above's
                    cur = _Entry(n.clause, "")
                    out.append(cur)
                cur.carry = ""
                cur.contacts.append((org, person, phone, s, e))
    return out


_ASKED = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]\s*)?问\s*[:：][^？?]{2,80}[？?]\s*")
_DEPUTY = re.compile(r"代为受理|代为办理|代为接收|代理期间|期间由[\u4e00-\u9fff]{2,3}代|休假|请假")
_ANSWER = re.compile(r"^(?:答|A|注|备注)\s*[:：]\s*")  # (and a note's mark: '注：…技术问题请拨打…')
_NAMED_BY = re.compile(r"(?:咨询|服务)?热线$|(?:举报|投诉|监督)(?:电话|热线)$")
_CHANNEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:QQ群|qq群|QQ|微信群|企业微信群)号?\s*[:：为]?\s*\d{5,12}(?:\s*[（(][^）)]{0,40}[)）])?")


def _label_of(seg: str) -> tuple[str | None, str, str]:
    """(label, aside, rest) of a segment that opens with a hotline's label; (None, '', seg) otherwise."""
    m = _COLON.match(seg)
    if m and m["aside"] and _HOTLINE_LABEL.search(m["aside"][1:-1]) and _OFFICE.match(m["label"].strip()):
        return m["aside"][1:-1], "", f"{m['label'].strip()} {m['rest']}"  # '市经信局产业质量处（政策及填报咨询热线）：联系人…'
    if m and (_HOTLINE_LABEL.search(m["label"]) or _GENERIC.match(m["label"]) or _NOT_HOTLINE.search(m["label"])
              or _MAIL_FIELD.search(m["label"]) or (_RECEIVES.search(m["label"]) or _TOPIC.search(m["label"])) and facts.phones(m["rest"])):
        return m["label"].strip(), m["aside"] or "", m["rest"]
    m = _SENTENCE.match(seg)
    if m and not _NOT_HOTLINE.search(m["label"]) and not _GENERIC.match(m["label"]):
        return m["label"], "", re.sub(r"^(?:请联系|请与|联系)", "", m["rest"]).strip("，, ")
    if len(seg) <= 24 and not facts.phones(seg) and not seg.endswith(("？", "?")) \
            and (_HOTLINE_LABEL.search(seg) or re.search(r"(?:联系方式|咨询方式)$", seg)):  # not a question ('有问题找谁咨询？')
        return seg, "", ""  # a heading that is a label alone ('申报系统技术支持')
    return None, "", seg


def _in_directory(d: Draft, n: Node) -> bool:
    """One entry of a list of per-place contacts (three or more siblings led by a place name); not a hotline written
    after them under the same clause ('（五）政策咨询热线：…'), which no place leads."""
    parent = next((p for p in d.outline.nodes() if n in p.children), None)
    return parent is not None and bool(_PLACE_LED.match(n.text)) and sum(1 for c in parent.children if facts.phones(c.text) and _PLACE_LED.match(c.text)) >= 3
