"""A supplementary notice printed after the notice ('关于延长…申报时间及调整联系人的补充通知'): its changes are applied
to the facts they change (a deadline moved, a contact replaced), and each of its clauses is kept, cited 补充通知一."""

from __future__ import annotations

import re

from . import facts
from .dates import by_units
from .draft import Draft
from .faq import faq_start
from .outline import parse
from .unwrap import split_lines

# The supplement's own title line: '…的补充通知', '…的补充说明', '关于延长…时间的通知', '关于调整…的通知', '更正通知'.
_TITLE = re.compile(r"^.{0,60}?(?:补充通知|补充说明|补充公告|更正通知|更正公告|关于(?:延长|延期|推迟|调整|变更|更正)[^。；]{2,60}?的通知)$")
# '在线申报截止时间由2038年1月22日17:00延长至2038年2月5日17:00' (the old value is optional)
_MOVED = re.compile(r"(?P<what>[^，,。；;]{0,30}?)(?:由(?P<old>[^，,。；;]{4,30}?))?"
                    r"(?:延长|延期|推迟|顺延|调整|变更|更改|提前|延)(?:至|为|到)(?P<new>[^，,。；;]{4,30})")
# '嘉定区经济委员会联系人由焦若琳（69989526）调整为毛嘉诚，联系电话：69989537'
# '…联系人及电话调整为：市工业和信息化局质量处 顾晨阳 电话：…' (the office before the person)
_PERSON = re.compile(r"(?P<who>[^，,。；;]{0,30}?)联系人(?:[及和](?:联系)?(?:电话|方式))?(?:由(?P<old>[\u4e00-\u9fff]{2,4})(?:[（(][^）)]*[）)])?)?"
                     r"(?:调整|变更|更换|更改)为[：:]?\s*(?:[^，,。；;：:\d]{0,24}?(?:处|科|室|局|中心|办公室|部|委)\s*)?"
                     r"(?P<new>[\u4e00-\u9fff]{2,4}?)(?=\s*(?:[，,（(、；;。：:]|联系电话|电话|手机|$))")
# A correction printed after the notice, its label first; and a phone it puts right ('蜀山区联系电话有误，现更正为…').
CORRECTION = re.compile(r"^(更正说明|更正启事|更正声明|勘误说明|勘误|更正)[：:]\s*\S")
_FIXED_PHONE = re.compile(r"(?P<who>[^，,。；;]{0,30}?)(?:联系)?电话[^。；;，,]{0,6}?[，,]?\s*(?:现)?(?:更正|改|调整|变更)为[：:]?\s*(?P<new>[\d\-－ ]{7,20})")
_OLD_PERSON = re.compile(r"原联系人([\u4e00-\u9fff]{2,3}?)(?=[及和、，,（(]|电话|不再)")  # '原联系人钱雨桐及电话…不再受理
_PHONE = re.compile(r"(?P<who>[^，,。；;]{0,30}?)(?:联系)?电话由(?P<old>[\d\-－ ]{7,20})(?:调整|变更|更改)为(?P<new>[\d\-－ ]{7,20})")
_UNCHANGED = re.compile(r"不变|仍为|仍按|照常")
_CHANGE = re.compile(r"(?:延长|延期|推迟|顺延|调整|变更|更改|提前|延)(?:至|为|到)|(?:调整|变更|更换|更改|更正)为")
_BOX = re.compile(r"^[\s┃┏┓┗┛┐┘╗╝━│┌└─╔╚═║|▌■◆●>＞*#【】📢📌🔔⚠️❗️]+|[\s┃┓┛┐┘╗╝│║|]+$")  # a boxed note's frame and marks
# Where the notice itself starts: its number ('兰工信发〔2112〕47号'), the issuer's header ('…局文件') or its first clause.
_BODY = re.compile(r"^(?:.{0,30}[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*\d{1,5}\s*号|.{2,30}文件$|[一二三四五六七八九十]+、|各[^。]{2,80}[：:]$)")
# A change that is none: denied ('不会延长至', '截止时间不变'), or only reported ('网传“…延长至…”，经核实，该消息不实').
_DENIED = re.compile(r"不会|不再|不予|并未|未|没有|无需|不能|不得|不$")
_HEARSAY = re.compile(r"网传|传言|谣言|不实|有人说|据说")
# What a date moved is of: a step's closing, not the system's opening ('申报系统开放时间推迟至5月12日9:00').
_CLOSING = re.compile(r"截止|截至|期限|申报时间|提交时间|报送时间|填报时间|受理时间|推荐时间|申报|提交|报送|填报|推荐")
_DATED = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(][^）)]{1,6}[）)])?(?:\s*\d{1,2}\s*[:：]\s*\d{2})?")
_INLINE_HEAD = re.compile(r"^【([^】]{2,10})】\s*|^([\u4e00-\u9fff]{2,8})[：:]\s*")
_OPENING = re.compile(r"开放|开始|启动|开通|起始|上线")


def changes(m: re.Match) -> bool:
    """A date moved, as the sentence (`m.string`) says: not denied, not hearsay, not an opening."""
    what, said = m.group("what"), m.string
    quoted = said[:m.start()].count("“") > said[:m.start()].count("”") or said[:m.start()].count('"') % 2 == 1
    return not (_DENIED.search(what[-4:]) or _UNCHANGED.search(what) or quoted or _HEARSAY.search(said)
                or _OPENING.search(what) and not re.search(r"截止|结束", what))


def supplement_at(text: str) -> int:
    """Where a supplementary notice starts in the text (after the notice's own title), or 0 when there is none: a
    notice of its own ('…的补充通知'), or a correction printed after the notice ('更正说明：原通知第六条中…更正为…')."""
    offset, seen_title, before = 0, False, ""
    for line in text.splitlines(keepends=True):
        s = line.strip()
        if (_TITLE.match(s) or CORRECTION.match(s)) and seen_title and offset > len(text) // 3 \
                and not re.match(r"附件\s*[\d一二三四五六七八九十]*\s*$", before):
            return offset  # not a notice attached under '附件2', which is an attachment's title
        seen_title, before = seen_title or bool(s), s or before
        offset += len(line)
    return 0


def front_note(text: str) -> tuple[str, int]:
    """A note printed above the notice ('温馨提示：网上申报截止时间由原定的9月12日17:00延长至9月26日17:00…以本提示为准'),
    as a repost carries it: moved after the notice, so that it is applied like a supplementary notice. (text, cut); cut is 0
    when there is no such note."""
    lines = text.splitlines()
    end = next((i for i, x in enumerate(lines) if _BODY.match(x.strip())), 0)
    moved = [i for i in range(end) if any(facts.date_value(m.group("new"), 2000) and changes(m) and _CLOSING.search(m.group("what"))
                                          for sent in facts.SENTENCE.findall(lines[i]) for m in _MOVED.finditer(sent))
             or _PERSON.search(lines[i]) and re.search(r"由[\u4e00-\u9fff]{2,4}", lines[i])]  # '联系人由刘思远调整为王晓明'
    if not moved:
        return text, 0
    first, last = moved[0], moved[-1]
    while first and (h := _BOX.sub("", lines[first - 1]).strip()) and len(h) <= 12 and not re.search(r"关于|通知$", h):  # '📢 温馨提示'
        first -= 1
    while last + 1 < end and _BOX.sub("", lines[last + 1]).strip():  # and what it goes on to say ('文中时间安排以本提示为准')
        last += 1
    note = [t for x in lines[first:last + 1] if (t := _BOX.sub("", x).strip())]
    head = _INLINE_HEAD.match(re.sub(r"^[^\u4e00-\u9fff【]+", "", lines[first])) if first == moved[0] else None
    if head:  # '【重要通知】经研究，…', '温馨提示：网上申报截止时间由…': its heading on its first line
        note[0:1] = [head.group(1) or head.group(2), note[0][len(re.sub(r"[【】]", "", head.group(0))):].lstrip("】 ")]
    elif first == moved[0] or len(note[0]) > 20:  # no heading of its own
        note.insert(0, "通知前的提示")
    main = "\n".join(lines[:first] + lines[last + 1:]).rstrip() + "\n\n"
    return main + "\n".join(note) + "\n", len(main)


def front_dues(d: Draft, text: str) -> None:
    """A unit's own date in a note above a reposted notice ('【编者按】…我区企业申报截止时间较市级通知提前3个工作日，即：包河区
    企业须于2117年6月11日（星期五）17:00前完成平台在线提交…'): that unit's date, as a table's column would give it."""
    lines = text.splitlines()
    end = next((i for i, x in enumerate(lines) if _BODY.match(x.strip())), 0)
    for sent in (s for line in lines[:end] for s in facts.SENTENCE.findall(line)):
        for u in d.data.get("units", {}).get("items", []):
            place = re.match(r"[\u4e00-\u9fff]{2,5}?(?:区|县|市|旗)", u.get("name", ""))
            when = _DATED.search(sent) if place and re.search(rf"{place.group(0)}(?:内的?|的)?企业", sent) else None
            if when and not u.get("due"):
                u["due"], u["whole"] = when.group(0), True
                d.found.append(f"{place.group(0)}的企业另有截止时间：{when.group(0)}（通知上方的说明）")


def apply_supplement(d: Draft, text: str, start: int, name: str = "补充通知") -> None:
    """Apply the supplement text[start:] to the knowledge base being built: changed deadlines and contacts, and its
    clauses as passages of their own."""
    part = parse(text[start:])
    title = next((t.strip() for t, _s, _e in split_lines(text[start:]) if t.strip()), name)
    title = name if re.match(rf"{re.escape(name)}[：:]", title) else title  # '更正说明：原通知第六条中…': its label
    number = next((m for t, _s, _e in split_lines(text[start:])[:8] if (m := facts.DOC_NUMBER.search(t)) and len(t.strip()) <= len(m.group(0)) + 4),
                  None)  # its own number on a line of its own, not the notice's quoted in its lead ('《通知》（…41号）')
    amendments = []
    # A clause with its items ('一、延长申报时间' over '（一）企业线上提交截止时间由…延长至…'), a line each.
    numbered = [(f"{name}{n.clause}", body) for n in part.nodes()
                if n.level == 1 and (body := "\n".join(t if t[-1] in "。；;：:" else t + "。" for x in n.walk()
                                                        if (t := x.text.strip()) and (x is not n or not n.children or n.body.strip())))]
    # Without numbered clauses ('经研究，在线申报截止时间延长至…'): each sentence that changes something.
    said = numbered or [(name, x.strip()) for x in facts.SENTENCE.findall(text[start:]) if _CHANGE.search(x)]
    for clause, body in said:
        body = re.sub(r"特此(?:通知|函告|公告)[。.！!]?", "", body)  # the closing formula, read into the last clause
        about, was = [], []
        for sent in facts.SENTENCE.findall(body):
            for m in _MOVED.finditer(sent):
                about += _moved(d, m, clause, was)
            about += _person(d, sent, clause, body) + _copies(d, sent, clause)
        if _CHANGE.search(body) and not about:  # a change not applied (a date that does not exist, an unknown unit)
            d.ambiguous.append(f"{clause} 的改动没有自动应用，请核对：{body[:80]}")
        amendments.append({"clause": clause, "text": body, "about": about, "was": was})
    if not amendments:
        amendments.append({"clause": name, "text": text[start:].strip()[:600], "about": []})
    d.data["supplement"] = {"title": title, "doc_number": number.group(0) if number else "",
                            "date": str(facts.notice_date(text[start:faq_start(text[start:]) + start]) or "") if name == "补充通知" else ""}
    d.data["amendments"] = amendments
    changed = "、".join(dict.fromkeys(a for x in amendments for a in x["about"]))
    d.found.append(f"{name}：{title}（{len(amendments)} 条{'，已更新：' + changed if changed else ''}）")


def _moved(d: Draft, m: re.Match, clause: str, was: list[str]) -> list[str]:
    """A date moved: the online deadline, the paper copies' date or another dated step, whichever the words name;
    the date it replaces goes to `was`."""
    sub, sent = d.data.get("submission"), m.group(0)
    if sub is None or not changes(m):
        return []
    year = int(sub["deadline"][:4])
    old = facts.date_value(m.group("old") or "", year)
    new = facts.date_value(m.group("new"), int(old[:4]) if old else year)
    if not new:
        return []
    what = m.group("what")
    extras = sub.get("deadlines", [])
    # the step whose date it was ('由2056年3月10日延长至…' of a step due '2056-03-10 17:00'), else the one it names
    target = next((x for x in extras if old and old in (x["when"], x["when"].partition(" ")[0])), None)
    paper = bool(re.search(r"纸质|寄送|邮寄", what))
    if target is None and by_units(what):  # '推荐单位完成线上推荐并报送纸质材料…的截止时间由…': the units' step
        target = next((x for x in extras if x["label"].startswith("推荐")), None)
    if target is None and paper:  # the paper copies' date, however the notice labelled it
        target = next((x for x in extras if "纸质" in x["label"]), None) or next(
            (x for x in extras if re.search(r"纸质|打印|寄送|报送至", x["text"]) and not x["label"].startswith("推荐")), None)
    if target is None and re.search(r"推荐|审核|初审", what) and not re.search(r"申报截止|在线申报|网上申报", what):
        target = next((x for x in extras if x["label"].startswith("推荐")), None)
    if target is not None:
        was.append(target["when"])
        target["when"], target["clause"], target["text"] = new, clause, sent.strip().rstrip("。；;，,")
        return [target["label"]]
    if paper or old and old != sub["deadline"] and not re.search(r"申报|截止|提交|填报", what):
        return []  # never the online deadline for a date of something else
    was.append(sub["deadline"])
    sub["deadline"] = new
    sub.setdefault("clauses", {})["deadline"] = clause
    return ["截止时间"]


def _person(d: Draft, sent: str, clause: str, body: str = "") -> list[str]:
    """A contact replaced: the unit or hotline whose person (or phone) the sentence names (or the clause's '原联系人…')
    gets the new one."""
    m = _PERSON.search(sent) or _PHONE.search(sent) or _FIXED_PHONE.search(sent)
    if m is None:
        return []
    new_phone = facts.phones(sent[m.end():])
    records = [*(d.data.get("units", {}).get("items", [])),
               *(v for k, v in d.data.get("consultation", {}).items() if isinstance(v, dict)),
               *(d.data.get("consultation", {}).get("others", []))]
    old, who = (m.groupdict().get("old") or "").strip(), re.sub(r"^(?:.*[：:])?(?:原通知)?(?:第[一二三四五六七八九十\d]+[条款项]中?)?", "", m.group("who"))
    if not old and m.re is _PERSON and (was := _OLD_PERSON.search(body)):
        old = was.group(1)
    for r in records:
        named = r.get("name") and (r["name"] in who or who.strip() and who.strip() in r["name"])
        if (not old or old not in (r.get("person"), r.get("phone"))) and not named:
            continue
        if m.re is _PERSON:
            former = re.search(rf"{re.escape(old)}[^。；;]{{0,8}}?({facts.PHONE.pattern})", body) if old else None
            r["was"] = " ".join(x for x in (old or r.get("person", ""), former.group(1) if former else r.get("phone", "")) if x)
            r["person"] = m.group("new")
            if new_phone:
                r["phone"] = new_phone[0]
        else:
            r["was"] = " ".join(x for x in (r.get("person", ""), r.get("phone", "")) if x)  # so the old number is corrected
            r["phone"] = m.group("new").strip()
        r["changed"] = clause
        return [r.get("name") or r.get("person", "")]
    return []


_COPIES = re.compile(r"一式[一二两三四五六七八九十\d]{1,2}份[^。；;]{0,12}?(?:调整|变更|更改|改)为[^。；;]{0,6}?(一式[一二两三四五六七八九十\d]{1,2}份)")


def _copies(d: Draft, sent: str, clause: str) -> list[str]:
    """Paper copies changed ('“纸质材料一式三份”调整为“纸质材料一式两份”'): the number of copies is the supplement's."""
    sub = d.data.get("submission")
    if sub is None or not (m := _COPIES.search(sent)) or sub.get("no_paper"):
        return []
    sub["form_copies"], sub["paper_text"] = m.group(1), sent.strip().rstrip("。；;")
    sub.setdefault("clauses", {})["form_copies"] = clause
    return ["纸质份数"]

