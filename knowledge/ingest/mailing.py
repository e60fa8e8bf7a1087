"""Where the paper copies go: the destination the submission clauses name, or a mailing address with its recipient."""

from __future__ import annotations

import re

from ..values import FOR_GROUP
from . import facts
from .dates import by_units, own_sentence
from .draft import Draft
from .outline import Node
from .sections import split_title, strip_end

_MAIL_RX = r"邮寄地址|寄送地址|寄至|寄送至|邮寄至|报送地址|收件地址"
_ADDRESS = re.compile(r"([\u4e00-\u9fff]{2,}(?:市|区|县)?[^，。；\s]*?(?:路|街|道|弄|大道|广场)\s*\d+\s*(?:[号弄]|$)[^，。；]*?)"
                      r"(?=\s{2,}|\t|\s+[\u4e00-\u9fff]{2,4}\s|\s*[，。；（(]|\s*收件|\s*联系|$)")


_DEST = re.compile(r"(?:(?:报送|寄送|送达|邮寄)或(?:邮寄|寄送|送达|报送|寄达)(?:至|到)?|报送至|报送到|寄送至|寄送到|邮寄至|寄至|送至|交至|提交至"
                   r"|寄往|寄到|送到|送达|报送|交(?=所在|注册地))(?!本通知|上述|以下|[：:])([^，。；]{4,60}?)(?=[，。；]|由其|后|统一|$)")
# The destination's address is given elsewhere ('（地址见第七部分）', '（详见附件2）').
_ADDRESS_ELSEWHERE = re.compile(r"[（(][^）)]{0,10}?(?:见|详见)")


# A time, not a place ('纸质材料报送截止：2073年5月12日17:00（以寄达时间为准）').
_WHEN = re.compile(r"截止|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*[:：]\s*\d{2}")
_WINDOW = re.compile(r"^(?:受理窗口|窗口|受理地点|受理点|报送地点|送达地点)\s*[:：]\s*(.{4,40}?)(?:[（(][^）)]*[）)])?$")
_WINDOW_HERE = re.compile(r"^(?:受理窗口|受理地点|受理点|报送地点|送达地点)\s*[:：]\s*"
                          r"([^（(，,；;。]{4,40}(?:窗口|室|大厅|中心)|[^（(，,；;。]{4,40}(?=[（(]))")
_WINDOW_HEAD = re.compile(r"受理窗口|受理地点|受理点|报送地点|送达地点|办理地点")  # a guide's row ('受理地点｜…号窗口，地址：…')
_WINDOW_PHONE = re.compile(r"^(?:窗口电话|受理电话|联系电话|电话)\s*[:：]")
_HOURS_ASIDE = re.compile(r"[（(][^（）()]*(?:\d{1,2}\s*[:：]\s*\d{2}|受理时间|工作日)[^（）()]*[）)]$")
_KIND_LED = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、]\s*)?[^，。；]{0,4}"
                       r"(?:中央|央企|省属|市属|区属|县属|市直|市管|省管|驻[\u4e00-\u9fff]{1,2})[^，。；]{0,16}?(?:企业|单位)")
_PLACE_END = re.compile(r"(局|委|委员会|管委会|部门|办公室|办|科|处|室|中心|单位|研究院|号|[)）])$")


def _destination(d: Draft) -> tuple[Node, str, str] | None:
    """Where the applicant delivers the paper materials, from the clauses around the deadline: (clause, place, label)."""
    clause = d.data.get("submission", {}).get("clause")
    node = next((n for n in d.outline.nodes() if n.clause == clause), None)
    if node is None:
        return None
    theirs = bool(d.data.get("submission", {}).get("set_by"))  # the only date is the units': so is the destination
    area = [node, *sorted((x for x in _submission_area(d) if x is not node), key=lambda x: x.start)]  # in the notice's order
    rest = sorted((x for r in d.outline.roots if not r.annex for x in r.walk() if x not in area), key=lambda x: x.start)
    found = _destinations(d, area, theirs) or _destinations(d, rest, theirs)  # else the whole main text ('五（二）纸质报送')
    return found[0][:3] if found else None


def _destinations(d: Draft, area: list[Node], theirs: bool) -> list:
    """(clause, place, label, for one group) of each destination the clauses of `area` give, best first."""
    found = []
    titled = {c for p in area if re.search(r"纸质|书面", split_title(p.text)[0]) for c in p.walk()}
    for n in area:
        paper = n in titled  # a clause titled for the paper copies ('纸质材料报送。…'), or listed under one
        for sent in facts.sentences(n.text):
            if not (paper or re.search(r"纸质|申报材料|书面材料", sent)) or re.search(r"所列地址|上述地址|以下地址|补正|补齐", sent):
                continue
            for m in _DEST.finditer(sent if not _KIND_LED.match(own_sentence(n, sent)) else ""):  # not '市属企业直接报送市…'
                units = by_units(own_sentence(n, sent[: m.start()]))
                if units and not theirs:
                    continue  # the recommending units pass the materials on ('各区…初审后，于…前…报送至市…'): their step
                place = _ADDRESS_ELSEWHERE.split(m.group(1))[0].strip()
                place = _HOURS_ASIDE.sub("", place)  # '…主管部门（受理时间：工作日上午9:00—11:30…）': the place, not its hours
                if place.count("（") > place.count("）") and (close := sent.find("）", m.end(1))) >= 0:
                    place = sent[m.start(1):close + 1].strip()  # '…研究院（长宁区金钟路688号…，项目组收）': the whole aside
                if _PLACE_END.search(place) and not facts.EMAIL.search(place) and not facts.URL.search(place) \
                        and not _WHEN.search(place):
                    found.append((n, place, "推荐单位汇总报送至" if units else "纸质材料报送至" if paper or "纸质" in sent else "申报材料报送至",
                                  bool(FOR_GROUP.match(own_sentence(n, sent)) or FOR_GROUP.match(n.text))))
    # A sentence on the paper copies before one on the application materials in general; everyone's before the
    # firms' of one area ('1．临港新片区内企业：…送达临港新片区管委会；2．其他企业：…送达…').
    found.sort(key=lambda x: (x[2] == "申报材料报送至", x[3]))
    return found


def build_mailing(d: Draft) -> None:
    """Where the paper copies go; called a hand-in place, not a mailing address, when the notice takes none by post."""
    _build_mailing(d)
    mail = d.data.get("mailing")
    raw = d.outline.raw  # (handed in at a window, and no word of posting anywhere: no mailing address either)
    if mail and "邮寄" in mail.get("label", "") and (_NO_POST.search(raw) or _IN_PERSON.search(raw) and not re.search(r"邮寄|快递|寄送|寄至", raw)):
        window = _COUNTER.search(raw)  # the counter, when the address is the building's ('…二楼B区18号窗口')
        mail["label"] = f"纸质材料报送地点（{window.group(0)}）" if window and window.group(0) not in mail["address"] else "纸质材料报送地点"


# Paper copies taken by hand only ('只接受现场报送，不接受邮寄、快递方式报送').
_IN_PERSON = re.compile(r"现场(?:递交|报送|提交|送达)|当面(?:递交|报送|提交)")
_COUNTER = re.compile(r"(?<=[至到])[\u4e00-\u9fff]{2,20}?(?:中心|大厅|大楼)[\u4e00-\u9fff\dA-Za-z]{0,12}?\d+\s*号窗口")
_NO_POST = re.compile(r"不接受(?:邮寄|快递)|不(?:得|予|能|可)(?:邮寄|快递)|勿邮寄|不接收邮寄|(?:只|仅)(?:接受|限|能)现场")


def _build_mailing(d: Draft) -> None:
    dest = _destination(d)
    nodes = [n for n in d.outline.nodes() if not n.annex and (_mail_clause(n.text) or _WINDOW_HEAD.fullmatch(n.heading))]
    sub_area = _submission_area(d, wide=False)
    named = dest and any(_squash(dest[1]) in _squash(n.text) for n in nodes)  # the mailing clause gives its address
    # The notice says where the applicant hands in the paper; an address elsewhere (a contact's) is not that place,
    # unless it is written for that very destination or beside the deadline.
    local = bool(dest and not named and re.search(r"推荐单位|属地|所在区|所在县|区（县", dest[1]))  # '报送至所在区…推荐单位': theirs
    if not local and not (dest and not named and not any(n in sub_area for n in nodes)) and _mailing_address(d, nodes):
        return
    onward = next(((x, sent) for x in nodes for sent in facts.sentences(x.text)
                   if _ADDRESS.search(sent) and re.search(r"(?:报送|寄送|邮寄|寄|送)至", sent)), None) if not named else None
    if dest:
        n, place, label = dest
        d.data["mailing"] = {"clause": n.clause, "label": label, "address": place}
        d.note("mailing.address", place, n.clause, n.start, n.end)
        d.found.append(f"纸质材料报送：{place}（{n.clause}）")
        if onward:  # the address the units send on to ('推荐单位及直接申报企业的纸质材料报送至：…'), quoted as it stands
            d.data["mailing"].update(onward=strip_end(onward[1]), onward_clause=onward[0].clause)
        if nodes and not named:
            d.ambiguous.append(f"{nodes[0].clause} 另写有一个邮寄地址，未当作企业寄送纸质材料的地址（{n.clause} 写明报送至 {place}），请核对")
    elif onward and (addr := _ADDRESS.search(onward[1])):  # only the units' ('由推荐单位统一报送至：…，地址：…')
        n, place = onward[0], _place(addr.group(1))
        d.data["mailing"] = {"clause": n.clause, "label": "推荐单位报送地址", "address": place, "onward": strip_end(onward[1]),
                             "onward_clause": n.clause}
        d.note("mailing.address", place, n.clause, n.start, n.end)
        d.ambiguous.append(f"{n.clause} 的地址是推荐单位汇总报送的地址，已按此说明，请核对")
    elif nodes:
        d.ambiguous.append(f"{nodes[0].clause} 提到邮寄，但没读出地址")
    else:
        d.missing.append("纸质材料邮寄地址：未找到")


def _mailing_address(d: Draft, nodes: list[Node]) -> bool:
    """The address, recipient and phone written in a mailing clause ('邮寄地址：…，收件人：…，电话：…'), if one has them."""
    nodes = sorted(nodes, key=lambda n: not re.search(_MAIL_RX, n.heading))  # a clause titled 邮寄地址 first
    for n in nodes:
        label_m = re.search(r"([\u4e00-\u9fff]{0,6}(?:邮寄地址|寄送地址|报送地址|收件地址))", n.text)
        spans = [*n.lines, (n.heading, n.start, n.end)]
        for i, (_text, s, e) in enumerate(spans):
            text = d.outline.raw[s:e].replace("**", "").replace("\u200b", "")
            addr = _ADDRESS.search(text)
            if not addr or by_units(own_sentence(n, re.split(r"[。；;]", text[: addr.start()])[-1])) \
                    or _KIND_LED.match(re.split(r"[。；;]", text[: addr.end()])[-1]):
                continue  # an address the recommending units send to ('各区…于…前…报送至市某中心（地址：…'), not the applicant;
                # nor one kind of firm's ('中央、省属在自企业和市属企业直接报送市经信局…（地址：…）')
            # The recipient and phone follow the address ('地址：…，收件人：…，电话：…'): a phone earlier in the
            # paragraph belongs to someone else.
            _org, person, phone = facts.contact_in(text[addr.start():])
            person = "" if re.search(r"电话|窗口|受理|联系", person or "") else person  # '…），窗口电话：0731-…': no one's name
            j = i + 1 + bool(i + 1 < len(spans) - 1 and re.match(r"^(?:邮政编码|邮编)", spans[i + 1][0]))  # past the postcode
            after, nxt = ([t for t, _, _ in spans[j:j + 2]] + ["", ""])[:2] if j < len(spans) - 1 else ("", "")
            if not person and re.match(r"^(?:收件人|收\s*件\s*人|联系人)", after):  # '收件人：…　联系电话：…' on the next line
                _org, person, phone = facts.contact_in(after + (" " + nxt if _WINDOW_PHONE.match(nxt) else ""))  # or phone below
            elif not phone and _WINDOW_PHONE.match(after) and facts.phones(after):  # '窗口电话：021-…'
                phone = facts.phones(after)[0]
            above = " ".join(t for t, _, _ in spans[max(0, i - 2):i]) if i < len(spans) - 1 else ""
            if not person and (who := re.search(r"收\s*件\s*人\s*[:：]\s*([\u4e00-\u9fff·]{2,4})(?![\u4e00-\u9fff])", above)):
                person, phone = who.group(1), phone or next(iter(facts.phones(above[who.end():])), "")  # '收件人：…' / '联系电话：…' above
            window = _WINDOW.match(spans[i - 1][0]) if i > 0 and i - 1 < len(spans) - 1 else None  # '受理窗口：…' above
            window = window or _WINDOW_HERE.match(text.strip())  # '受理窗口：…27号窗口（地址：…），窗口电话：…' on one line
            address = _place(addr.group(1))
            mailing = {"clause": n.clause, "label": label_m.group(1) if label_m else "纸质材料邮寄地址", "address": address}
            if person:
                mailing["person"] = person
            if phone:
                mailing["phone"] = phone
            if window:
                mailing["window"] = window.group(1).strip()
                mailing["label"] = label_m.group(1) if label_m else "纸质材料报送地点"
            d.data["mailing"] = mailing
            d.note("mailing.address", address, n.clause, s, e)
            d.found.append(f"邮寄地址：{address} {person} {phone}（{n.clause}）")
            return True
    return False


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
    place = re.sub(r"^.*(?:寄至|寄送至|邮寄至|地址\s*[:：为]?)", "", text).strip().lstrip("）)：:，, ").strip()
    return place[:-1] if place.endswith(("）", ")")) and place.count("（") + place.count("(") < place.count("）") + place.count(")") else place


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
