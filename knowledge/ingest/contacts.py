"""Consultation contacts, fee warning and the organisation clauses of a notice (the mailing address: mailing.py)."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .outline import Node
from .sections import content_nodes, first_node, strip_end

# (kind, its labels: the sure ones, then a word that only may head it, label shown)
_KINDS = (("policy", (r"政策咨询|政策解读|业务咨询",), "政策咨询"),
          ("filling", (r"填报咨询|系统咨询|技术咨询|技术支持|系统操作|平台操作|操作咨询|平台咨询|填报问题", r"填报"), "填报咨询"))


def _contact_from(node: Node, label_rx: str, raw: str) -> tuple[str, str, str, int, int] | None:
    """The contact following a label in a clause: same line ('政策咨询：委 某 123') or the next line."""
    eol = raw.find("\n", node.start)
    lines = [(node.heading, node.start, (len(raw) if eol < 0 else eol) - raw[:eol].endswith("\r")), *node.lines]
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
    mails: dict[str, str] = {}
    for kind, tiers, label in _KINDS:
        # A clause labelled for the kind ('平台操作咨询：…') before one that only mentions filling in ('网上填报后…').
        for rx, n in ((rx, n) for rx in tiers for n in nodes):
            if not re.search(rx, n.text):
                continue
            got = _contact_from(n, rx, o.raw)
            if got and not any(v["phone"] == got[2] and v["person"] == got[1] for v in found.values()):
                org, person, phone, s, e = got
                found[kind] = {"clause": n.clause, "label": label, "org": org, "person": person, "phone": phone}
                d.note(f"consultation.{kind}", phone, n.clause, s, e)
                mails[kind] = _mail_after(o.raw[s:e], phone)
                break
    # Contacts written as sentences ("联系人：…；材料报送咨询陆某，联系电话：…"): each fills a kind still empty.
    for n, label, (org, person, phone), s, e in _contact_sentences(nodes, in_table):
        free = [k for k, _tiers, _label in _KINDS if k not in found]
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
        for kind, mail in mails.items():  # the schema has no field for it: answered from the clause's passage
            if mail:
                d.found.append(f"{found[kind]['label']}邮箱：{mail}（{found[kind]['clause']}；知识库暂无此字段，问到时引用该条原文）")
        if len(found) == 1:
            d.missing.append("只找到一类咨询电话（政策 / 填报 未分开）")
    else:
        d.missing.append("咨询电话：未找到")


def _mail_after(line: str, phone: str) -> str:
    """The e-mail address written after a contact's phone on its line ('电话：…  邮箱：…')."""
    at = line.replace(" ", "").find(phone.split("、")[0].replace(" ", ""))
    m = facts.EMAIL.search(line.replace(" ", ""), max(at, 0))
    return m.group(0) if m and at >= 0 else ""


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
