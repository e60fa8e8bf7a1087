"""Where the paper copies go: the destination the submission clauses name, or a mailing address with its recipient."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .outline import Node

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
            address = _place(addr.group(1))
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


def _place(text: str) -> str:
    """An address as the notice writes it: the words after the last cue ('送达（或邮寄至）某中心（地址：…室' -> '…室'),
    so that it is a span of the text."""
    return re.sub(r"^.*(?:寄至|寄送至|邮寄至|地址\s*[:：为]?)", "", text).strip().lstrip("）)：:，, ").strip()
