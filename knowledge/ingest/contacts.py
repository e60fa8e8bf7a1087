"""Consultation contacts, mailing address, fee warning and the organisation clauses of a notice."""

from __future__ import annotations

import re

from . import facts
from .build import Draft
from .outline import Node
from .sections import first_node, strip_end

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
    found = {}
    for kind, rx, label in _KINDS:
        for n in o.nodes():
            if n.annex or not re.search(rx, n.text):
                continue
            got = _contact_from(n, rx)
            if got and not any(v["phone"] == got[2] and v["person"] == got[1] for v in found.values()):
                org, person, phone, s, e = got
                found[kind] = {"clause": n.clause, "label": label, "org": org, "person": person, "phone": phone}
                d.note(f"consultation.{kind}", phone, n.clause, s, e)
                break
    if not found:
        # A short notice: "联系人：王某，电话：…" anywhere in the main text.
        for n in o.nodes():
            if n.annex or "units" in d.data and n.clause == d.data["units"]["clause"]:
                continue
            org, person, phone = facts.contact_in(n.text) if re.search(r"联系人|联系电话|咨询", n.text) else ("", "", "")
            if phone:
                found["policy"] = {"clause": n.clause, "label": "咨询", "org": org or d.data.get("meta", {}).get("issuer_short", ""),
                                   "person": person, "phone": phone}
                d.note("consultation.policy", phone, n.clause, n.start, n.end)
                break
    if found:
        d.data["consultation"] = found
        for c in found.values():
            d.found.append(f"{c['label']}：{c['org']} {c['person']} {c['phone']}（{c['clause']}）")
        if len(found) == 1:
            d.missing.append("只找到一类咨询电话（政策 / 填报 未分开）")
    else:
        d.missing.append("咨询电话：未找到")


_MAIL_RX = r"邮寄地址|寄送地址|寄至|寄送至|邮寄至|报送地址|收件地址"
_ADDRESS = re.compile(r"([\u4e00-\u9fff]{2,}(?:市|区|县)?[^，。；\s]*?(?:路|街|道|弄|大道|广场)\s*\d+\s*(?:[号弄]|$)[^，。；]*?)"
                      r"(?=\s{2,}|\t|\s+[\u4e00-\u9fff]{2,4}\s|\s*[，。；（(]|\s*收件|\s*联系|$)")


def build_mailing(d: Draft) -> None:
    nodes = [n for n in d.outline.nodes() if not n.annex and re.search(_MAIL_RX, n.text)]
    nodes.sort(key=lambda n: not re.search(_MAIL_RX, n.heading))  # a clause titled 邮寄地址 first
    for n in nodes:
        label_m = re.search(r"([\u4e00-\u9fff]{0,6}(?:邮寄地址|寄送地址|报送地址|收件地址))", n.text)
        for _text, s, e in [*n.lines, (n.heading, n.start, n.end)]:
            text = d.outline.raw[s:e].replace("**", "")
            addr = _ADDRESS.search(text)
            if not addr:
                continue
            _org, person, phone = facts.contact_in(text)
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


def build_fees(d: Draft) -> None:
    n = first_node(d.outline, r"不收取任何费用|不收取.{0,6}费用|不收费|严禁.{0,10}收费", annex=None)
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
                    ("review", r"现场考察|信用查询|实地核查|专家评审|评审"),
                    ("national", r"全国.{0,6}推荐|推荐.{0,8}全国|国家级")):
        n = next((x for x in o.nodes() if not x.annex and x.clause != sub_clause and not x.children and re.search(rx, x.text)), None)
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
