"""Consultation contacts, mailing address, fee warning and the organisation clauses of a notice."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .outline import Node
from .sections import content_nodes, first_node, strip_end

_KINDS = (("policy", r"政策咨询|政策解读|业务咨询", "政策咨询"),
          ("filling", r"填报咨询|系统咨询|技术咨询|技术支持|系统操作|填报", "填报咨询"))


def _contact_from(node: Node, label_rx: str) -> tuple[str, str, str, int, int] | None:
    """The contact following a label in a clause: same line ('政策咨询：委 某 123') or the next line."""
    lines = [(node.heading, node.start, node.start + len(node.heading)), *node.lines]
    for i, (text, s, e) in enumerate(lines):
        m = re.search(label_rx, text)
        if not m:
            continue
        rest = text[m.end():]
        for cand, cs, ce in [(rest, s, e), *[(t, ls, le) for t, ls, le in lines[i + 1:i + 3]]]:
            org, person, phone = facts.contact_in(cand)
            if phone:
                return org, person, phone, (s if cand is rest else cs), ce
    return None


def build_consultation(d: Draft) -> None:
    o = d.outline
    nodes = [n for n in content_nodes(o) if not _in_directory(d, n)]
    in_table = [(s, e) for s, e in d.table_rows]
    found: dict[str, dict] = {}
    for kind, rx, label in _KINDS:
        for n in nodes:
            if not re.search(rx, n.text):
                continue
            got = _contact_from(n, rx)
            if got and not any(v["phone"] == got[2] and v["person"] == got[1] for v in found.values()):
                org, person, phone, s, e = got
                found[kind] = {"clause": n.clause, "label": label, "org": org, "person": person, "phone": phone}
                d.note(f"consultation.{kind}", phone, n.clause, s, e)
                break
    # Contacts written as sentences ("联系人：…；材料报送咨询陆某，联系电话：…"): each fills a kind still empty.
    for n, label, (org, person, phone), s, e in _contact_sentences(nodes, in_table):
        free = [k for k, _rx, _label in _KINDS if k not in found]
        if not free:
            break
        if any(v["phone"] == phone for v in found.values()):
            continue
        kind = free[0]
        issuer = d.data.get("meta", {}).get("issuer_short", "") if kind == "policy" else ""  # the notice's own hotline
        found[kind] = {"clause": n.clause, "label": label, "org": org or issuer,
                       "person": person, "phone": phone}
        d.note(f"consultation.{kind}", phone, n.clause, s, e)
    if found:
        d.data["consultation"] = found
        for c in found.values():
            d.found.append(f"{c['label']}：{c['org']} {c['person']} {c['phone']}（{c['clause']}）")
        if len(found) == 1:
            d.missing.append("只找到一类咨询电话（政策 / 填报 未分开）")
    else:
        d.missing.append("咨询电话：未找到")


_CONTACT_CUE = re.compile(r"联系人|联系电话|咨询|联系方式|请联系")
_LABEL = re.compile(r"^([\u4e00-\u9fff、]{2,16}?(?:咨询|问题|事宜|联系人))")


def _contact_sentences(nodes: list[Node], skip: list[tuple[int, int]]):
    """(node, label, contact, start, end) for each sentence of a contact clause that names a phone.

    A sentence without a phone ("联系人：甲、乙") is read together with the next one ("电话：…").
    """
    for n in nodes:
        if not _CONTACT_CUE.search(n.text):
            continue
        carry, carry_start = "", None
        for text, s, e in [(n.heading, n.start, n.start + len(n.heading)), *n.lines]:
            if any(a <= s and e <= b for a, b in skip):
                continue  # a row of the units table
            for m in re.finditer(r"[^；;。]+[；;。]?", text):
                seg = m.group(0)
                if not facts.phones(seg):
                    carry += seg
                    carry_start = s if carry_start is None else carry_start
                    continue
                whole = carry + seg
                start = carry_start if carry_start is not None else s
                carry, carry_start = "", None
                if not _CONTACT_CUE.search(whole):
                    continue
                contact = facts.contact_in(whole)
                lab = _LABEL.match(re.sub(r"^[\d一二三四五六七八九十（）()、.．\s]+", "", whole))
                label = lab.group(1) if lab and lab.group(1) not in ("联系人",) else "咨询"
                yield n, label, contact, start, e


def _in_directory(d: Draft, n: Node) -> bool:
    """One entry of a list of per-place contacts (three or more siblings led by a place name)."""
    parent = next((p for p in d.outline.nodes() if n in p.children), None)
    return parent is not None and sum(1 for c in parent.children if facts.phones(c.text) and _PLACE_LED.match(c.text)) >= 3


_PLACE_LED = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:区|县|市|镇|街道|新区|园区)")


_MAIL_RX = r"邮寄地址|寄送地址|寄至|寄送至|邮寄至|报送地址|收件地址"
_ADDRESS = re.compile(r"([\u4e00-\u9fff]{2,}(?:市|区|县)?[^，。；\s]*?(?:路|街|道|弄|大道|广场)\s*\d+\s*(?:[号弄]|$)[^，。；]*?)"
                      r"(?=\s{2,}|\t|\s+[\u4e00-\u9fff]{2,4}\s|\s*[，。；（(]|\s*收件|\s*联系|$)")


_DEST = re.compile(r"(?:报送至|报送到|寄送至|寄送到|邮寄至|寄至|送至|交至|提交至|报送)(?!本通知|上述|以下)"
                   r"([^，。；]{4,60}?)(?=[，。；]|由其|后|$)")


_PLACE_END = re.compile(r"(局|委|委员会|部门|办公室|办|科|处|室|中心|单位|号|[)）])$")


def _destination(d: Draft) -> tuple[Node, str, str] | None:
    """Where the applicant delivers the paper materials, from the clauses around the deadline: (clause, place, label)."""
    clause = d.data.get("submission", {}).get("clause")
    node = next((n for n in d.outline.nodes() if n.clause == clause), None)
    if node is None:
        return None
    for n in [node, *(x for x in _submission_area(d) if x is not node)]:
        for sent in facts.sentences(n.text):
            if not re.search(r"纸质|申报材料|书面材料", sent) or re.search(r"所列地址|上述地址|以下地址", sent):
                continue
            for m in _DEST.finditer(sent):
                place = m.group(1).strip()
                if _PLACE_END.search(place) and not facts.EMAIL.search(place) and not facts.URL.search(place):
                    return n, place, "纸质材料报送至" if "纸质" in sent else "申报材料报送至"
    return None


def build_mailing(d: Draft) -> None:
    dest = _destination(d)
    nodes = [n for n in d.outline.nodes() if not n.annex and _mail_clause(n.text)]
    sub_area = _submission_area(d, wide=False)
    if dest and not any(n in sub_area for n in nodes):
        # The notice says where the applicant hands in the paper; an address elsewhere (a contact's) is not that place.
        n, place, label = dest
        d.data["mailing"] = {"clause": n.clause, "label": label, "address": place}
        d.note("mailing.address", place, n.clause, n.start, n.end)
        d.found.append(f"纸质材料报送：{place}（{n.clause}）")
        if nodes:
            d.ambiguous.append(f"{nodes[0].clause} 另写有一个邮寄地址，未当作企业寄送纸质材料的地址（{n.clause} 写明报送至 {place}），请核对")
        return
    nodes.sort(key=lambda n: not re.search(_MAIL_RX, n.heading))  # a clause titled 邮寄地址 first
    for n in nodes:
        label_m = re.search(r"([\u4e00-\u9fff]{0,6}(?:邮寄地址|寄送地址|报送地址|收件地址))", n.text)
        for _text, s, e in [*n.lines, (n.heading, n.start, n.end)]:
            text = d.outline.raw[s:e].replace("**", "")
            addr = _ADDRESS.search(text)
            if not addr:
                continue
            # The recipient and phone follow the address ('地址：…，收件人：…，电话：…'): a phone earlier in the
            # paragraph belongs to someone else.
            _org, person, phone = facts.contact_in(text[addr.start():])
            address = re.sub(r"^.*?(?:寄至|寄送至|邮寄至|地址[:：为]?)", "", addr.group(1)).strip()
            mailing = {"clause": n.clause, "label": label_m.group(1) if label_m else "纸质材料邮寄地址", "address": address}
            if person:
                mailing["person"] = person
            if phone:
                mailing["phone"] = phone
            d.data["mailing"] = mailing
            d.note("mailing.address", address, n.clause, s, e)
            d.found.append(f"邮寄地址：{address} {person} {phone}（{n.clause}）")
            return
    if nodes:
        d.ambiguous.append(f"{nodes[0].clause} 提到邮寄，但没读出地址")
    else:
        d.missing.append("纸质材料邮寄地址：未找到")


def _mail_clause(text: str) -> bool:
    """A clause that gives where paper copies go: it names a mailing address, or it speaks of paper copies being sent
    or delivered and gives an address or a recipient ('…寄送或送达…。地址：…，收件人：…')."""
    return bool(re.search(_MAIL_RX, text) or re.search(r"纸质|邮寄|寄送|送达|寄达|快递", text)
                and re.search(r"地址\s*[:：]|收件人|收\s*件\s*人", text))


def _submission_area(d: Draft, wide: bool = True) -> set[Node]:
    """The deadline's clause and its siblings (a top-level clause: the main text's other clauses, when `wide`)."""
    clause = d.data.get("submission", {}).get("clause")
    node = next((n for n in d.outline.nodes() if n.clause == clause), None)
    if node is None:
        return set()
    parent = next((p for p in d.outline.nodes() if node in p.children), None)
    if parent is None:  # a top-level clause: its siblings are the main text's other clauses
        return {n for r in d.outline.roots if not r.annex for n in r.walk()} if wide else set(node.walk())
    return set(parent.walk())


def build_fees(d: Draft) -> None:
    n = first_node(d.outline, r"不(?:向[^，。；]{1,12})?收取[^，。；]{0,8}费用|不收费|严禁.{0,10}收费", annex=None)
    if n is None:
        d.missing.append("收费与防诈骗提醒：未找到")
        return
    d.data["fees"] = {"clause": n.clause, "text": n.text}
    d.note("fees", n.clause, n.clause, n.start, n.end)
    d.found.append(f"收费提醒（{n.clause}）")


def build_organisation(d: Draft) -> None:
    o, org = d.outline, {}
    sub_clause = d.data.get("submission", {}).get("clause")
    for key, rx in (("mobilisation", r"积极动员|组织发动|宣传推广|培育推荐"),
                    ("review", r"现场考察|实地考察|信用查询|实地核查|现场核查|专家评审|组织专家|现场评审|材料评审|评审"),
                    ("national", r"全国.{0,6}推荐|推荐.{0,8}全国|国家级")):
        leaves = [x for x in content_nodes(o) if not x.children]
        wants = rx.split("|")
        # The words are in order of how surely they name the step: a clause that says '专家评审' is the review,
        # before one that only mentions '经评审入选的项目'; only the weakest word skips the deadline's clause.
        n = next((x for i, want in enumerate(wants) for x in leaves
                  if re.search(want, x.text) and (x.clause != sub_clause or i < len(wants) - 1)), None)
        if n is None:
            continue
        text = n.text
        if key in ("review", "national"):
            sent = [s for s in facts.sentences(text) if re.search(rx, s)]
            text = "".join(sent) if sent else text
        org[key] = {"clause": n.clause, "text": strip_end(text) + "。"}
        d.note(f"organisation.{key}", n.clause, n.clause, n.start, n.end)
    if org:
        d.data["organisation"] = org
