"""The notice's head (title, document number, issuer, date, introduction) and its listed sections."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .outline import join_cjk
from .scoring import scoring_table
from .sections import content_nodes, find_section, intro_of, split_title, strip_end


def build_meta(d: Draft) -> None:
    o = d.outline
    head = [(t, s, e) for t, s, e in o.head]
    title_line = next(((t, s, e) for t, s, e in head if re.search(r"关于.*(通知|公告|通告|指南)", t)), None) \
        or _broken_title(head)
    if title_line and len(title_line[0]) > 60 and (quoted := _QUOTED_TITLE.search(title_line[0])):
        title_line = (quoted.group(1), title_line[1] + quoted.start(1), title_line[1] + quoted.start(1) + len(quoted.group(1)))
    number = next(((m.group(0), s + m.start(), s + m.end()) for t, s, e in head
                   for m in [facts.DOC_NUMBER.search(t)] if m), None)
    issuer_line = next(((t, s, e) for t, s, e in head if t.endswith("文件") and len(t) < 40), None)
    tail_text = " ".join(t for t, _, _ in o.tail)
    date = facts.notice_date(tail_text) or facts.notice_date(" ".join(t for t, _, _ in head))
    title = re.sub(r"^(?:转发|转载|转)\s*[|｜丨:：]\s*", "", join_cjk(title_line[0])) if title_line else ""  # not a repost's '转发｜'
    issuer = issuer_line[0][:-2] if issuer_line else ""
    if not issuer:
        sign = [t for t, _, _ in o.tail if not facts.DATE.search(t) and not t.startswith(("附件", "-"))
                and re.search(r"(委员会|政府|局|厅|办公室|委|中心|协会)$", t)]
        issuer = re.sub(r"^(?:来源|发布单位|发布机构|发文单位)\s*[:：]\s*", "", sign[-1]) if sign else ""
        issuer = re.sub(r"(?<=[局委厅会府室心])\s+(?=[\u4e00-\u9fff])", "、", issuer)  # two offices signing side by side
    if not issuer:  # no signature: the organ that titles the notice ('上海市经济和信息化委员会关于…')
        named = re.match(r"^(.{4,30}?(委员会|人民政府|政府|局|厅|办公室|委|中心|协会))关于", title)
        issuer = named.group(1) if named else ""
    short = title.split("关于")[0] if "关于" in title else issuer
    region = _region(issuer, title)
    short = short[len(region) - 1:] if region and short.startswith(region) and region.endswith("市") else short
    prog = re.search(r"[“\"]([^”\"]{2,20})[”\"]\s*([（(]\s*\d{4}\s*[-—–至]\s*\d{4}\s*[)）]|[（(]\s*\d{4}\s*年?\s*[)）])?", title)
    programme = prog.group(1) if prog else _programme_from_title(title, region)
    years = re.sub(r"\s", "", prog.group(2)) if prog and prog.group(2) else ""
    years = years.replace("(", "（").replace(")", "）")
    full = f"{region}“{programme}”{years}" if region and not _PLACE_LED.match(programme) else programme
    addressees = next((t.rstrip("：:") for t, _, _ in head if t.endswith(("：", ":")) and len(t) < 80  # not '索引号：' of a web page
                       and re.search(r"[，、,]|各|有关|所属", t)), "")
    second = next((m.group(0) for t, s, e in head for m in [facts.DOC_NUMBER.search(t, t.find(number[0]) + len(number[0]))] if m and number[0] in t),
                  "") if number else ""  # '衡市监质发〔2169〕27号　衡工信〔2169〕41号': a joint notice's both numbers
    meta = {"clause": "文头", "issuer": issuer, "issuer_short": short or issuer, "doc_number": "、".join(filter(None, (number[0], second))) if number else "",
            "title": title, "programme": programme, "programme_full": full,
            "region": region, "addressees": addressees, "date": date.isoformat() if date else "", "date_clause": "落款",
            "timezone": "Asia/Shanghai"}
    d.data["meta"] = {k: v for k, v in meta.items() if v}
    for key, line in (("title", title_line), ("issuer", issuer_line)):
        if line:
            d.note(f"meta.{key}", meta[key], "文头", line[1], line[2])
    if number:
        d.note("meta.doc_number", number[0], "文头", number[1], number[2])
    for label, key in (("文号", "doc_number"), ("标题", "title"), ("发文单位", "issuer"), ("落款日期", "date")):
        (d.found if meta.get(key) else d.missing).append(f"{label}：{meta.get(key) or '未找到'}")
    intro = [(t, s, e) for t, s, e in head if len(t) > 40 and (t, s, e) != title_line]
    if intro:
        d.data["intro"] = {"clause": "导语", "text": join_cjk("".join(t for t, _, _ in intro))}


_PLACE_LED = re.compile(r"^.{2,6}?[市省](?!场)")  # '上海市智能工厂' names its own place


# A notice's title quoted in an article's lead ('…近日印发《关于开展…工作的通知》。今年遴选…').
_QUOTED_TITLE = re.compile(r"《(关于[^》]{4,80}(?:通知|公告|通告|指南))》")


def _broken_title(head: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """A title broken over two or three lines ('关于开展2033年度北京市“质量标杆”' / '遴选工作的通知'), joined."""
    for i, (t, s, _e) in enumerate(head):
        if "关于" not in t:
            continue
        for j in range(i + 1, min(i + 3, len(head))):
            joined = "".join(x for x, _, _ in head[i:j + 1])
            if re.search(r"关于.*(通知|公告|通告|指南)$", joined):
                return joined, s, head[j][2]
    return None


def _region(issuer: str, title: str) -> str:
    """The place the programme belongs to: '上海市闵行区经济委员会' with '闵行区“质量标杆”' in the title -> '闵行区'; the
    province or city of the issuer otherwise ('上海市经济和信息化委员会' -> '上海市')."""
    m = re.match(r"^(.{2,6}?[市省]|.{2,10}?自治州|.{2,6}?盟)?(.{2,5}?[区县])?", issuer) if issuer else None  # '延边朝鲜族自治州'
    if m and m.group(1) and m.group(1).endswith("自治州") and (short := next((m.group(1)[:k] + "州" for k in (4, 3, 2)
                                                                           if m.group(1)[:k] + "州" in title), "")):
        return short  # as the title calls it: '延边州', '黔东南州'
    places = [p for p in (m.groups() if m else ()) if p]
    if not places:
        return (re.match(r"^(.{2,6}?[市省区县])", title) or [""])[0]
    named = [p for p in places if p in title]
    return named[-1] if named else places[0]


def _programme_from_title(title: str, region: str = "") -> str:
    """'关于组织开展2029年度天津市制造业质量标杆企业（经验）遴选推荐工作的通知' -> '制造业质量标杆企业': the words between
    the verb and the notice, without the year, the region, a bracketed aside and the procedure's words."""
    title = re.sub(r"\s+", "", title)  # '关于开展 2030 年度 合肥市 质量标杆 申报 的通知'
    m = re.search(r"(?:开展|组织|做好|申报|推荐)(.{2,48}?)(?:工作|活动)?的(?:通知|公告)", title)
    if not m:
        return title
    name = re.sub(r"^(?:开展|组织|做好|申报|推荐)+", "", m.group(1))
    name = re.sub(r"^\s*\d{4}\s*(?:[-—–至]\s*\d{4}\s*)?年度?|^第[一二三四五六七八九十百\d]+[届批期]", "", name)
    name = name.removeprefix(region) if region else name
    name = re.sub(r"[（(][^）)]{1,8}[)）]", "", name)
    parts = re.split(r"、|及|暨", name)  # '质量标杆遴选、首席质量官培训报名及…试点': several programmes, this one the 标杆
    listed = len(parts) > 1 and any(re.search(r"(?:遴选|报名|试点|申报|评价|评选|认定|培训|复评|复核|推荐|征集)$", x) for x in parts
                                    if "标杆" not in x or x.endswith(("复评", "复核", "复审")))  # another programme, or the renewal
    name = next((x for x in parts if "标杆" in x), name) if listed else name  # not '智能制造及工业互联网质量标杆'
    name = re.sub(r"(?:遴选|推荐|申报|评选|评审|认定|培育|评价|征集)+$", "", name).strip("“”\"")
    return name if len(name) >= 2 else m.group(1).strip("“”\"")


def build_lists(d: Draft) -> None:
    o = d.outline
    used: set[int] = set()
    got = find_section(o, _EXCLUDED, "", _EXCLUDED, False, used)  # first: its list is no list of conditions
    if got and not re.search(r"条件|资格|对象", got[0].heading):  # a list inside the conditions stays one of them
        d.data["exclusions"] = {"clause": got[0].clause, "intro": got[2] if len(got) > 2 else intro_of(got[0]), "items": got[1]}
        d.note("exclusions", got[0].clause, got[0].clause, got[0].start, got[0].end)
        d.found.append(f"不予受理的情形：{len(got[1])} 条（{got[0].clause}）")
        used.update(id(n) for n in got[0].walk())
    tries = (*_SECTIONS, _SECTIONS[0], _SECTIONS[1])  # focuses and conditions again, around criteria inside them
    for n, (key, want, avoid, prose, titled, label) in enumerate(tries):
        if key in d.data:
            continue
        got = find_section(o, want, avoid, prose, titled, used) or (_inline_criteria(o) if key == "criteria" else None)
        loose = got is not None and not re.search(r"标准|评分|指标|评价|评选", got[0].heading)  # '评审方式与推荐名额': a procedure
        table = scoring_table(o) if key == "criteria" and (got is None or not got[0].children or loose) else None
        if table is not None:  # the criteria one a row of a scoring table, under the main text's lead-in if it has one
            lead = intro_of(got[0]) if got and not loose else table[2]
            got = (got[0] if got and not loose else table[0], table[1], lead)
        if got is None:
            if all(t[0] != key for t in tries[n + 1:]):  # its last try
                d.missing.append(f"{label}：未找到（将回答“通知中没有…”）")
            continue
        node, items = got[0], got[1]
        if key == "eligibility" and (more := _annexed(o, items)):  # '申报条件详见附件1': the annex's conditions, in place
            items = more
        used.update(id(n) for n in node.walk())
        intro = got[2] if len(got) > 2 else intro_of(node) if node.children else \
            node.heading if node.body or len(node.heading) <= 40 else (split_title(node.heading)[0] or node.heading[:40])  # its heading only
        d.data[key] = {"clause": node.clause, "intro": intro, "items": items}
        d.note(f"{key}", node.clause, node.clause, node.start, node.end)
        how = "按列举" if len(got) > 2 else "按句"  # a lead-in comes with items counted or named in a sentence
        shape = f"，写成段落，{how}拆分" if not node.children else "，分档列出" if node.children[0].children else ""
        d.found.append(f"{label}：{len(items)} 条（{node.clause}{shape}）")
        if not node.children:
            d.ambiguous.append(f"{label}（{node.clause}）是一段文字，已{how}拆成 {len(items)} 条，请核对")


_SEE_ANNEX = re.compile(r"(?:条件|资格)[^。；]{0,16}(?:详见|见)\s*(?:《[^》]{0,30}》\s*)?[（(]?附件\s*(\d{1,2})")
_CONDITION = re.compile(r"注册|成立|营业收入|营收|信用|事故|失信|满\s*\d+\s*年|不低于")


def _annexed(o, items: list[dict]) -> list[dict]:
    """The conditions an annex lists when the main text's item only refers to it ('申报条件详见附件1'): that item
    replaced by the annex's items, each cited by its own clause; [] when there is no such reference or annex."""
    for i, it in enumerate(items):
        if ref := _SEE_ANNEX.search(it.get("text", "")):
            annex = next((n for n in o.roots if n.annex == int(ref.group(1)) and len(n.children) >= 2), None)
            # each item with its sub-items ('经营规模达到以下要求：（1）…（2）…'); an annex of conditions, not a form
            listed = [{"clause": c.clause, "text": strip_end(c.full())} for c in annex.children] if annex is not None else []
            if len(listed) >= 2 and sum(bool(_CONDITION.search(x["text"])) for x in listed) * 2 >= len(listed):
                return [*items[:i], *listed, *items[i + 1:]]
    return []


# A list of cases that are not accepted ('有下列情形之一的，不予受理：', '以下单位不得申报：').
# '凡存在以下问题的企业，实行一票否决：' too.
_EXCLUDED = r"下列情形[^。：:]{0,8}不|以下情形[^。：:]{0,8}不|下列情况[^。：:]{0,8}不|[下以][列下]问题[^。：:]{0,12}[不否]" \
    r"|一票否决[：:]|不予受理[：:]|不得申报[：:]|不予推荐[：:]"  # flat: see _strength

# (key, what a list's heading says, what it must not say, a prose clause's heading, items titled?, label)
_SECTIONS = (("focuses", r"重点|方向|领域|类别", r"条件|标准|评价|评分", r"重点|方向|领域|类别|支持内容|申报内容", True, "遴选重点"),
             ("eligibility", r"条件|资格|对象", r"标准|重点", r"条件|资格|对象", False, "申报条件"),
             ("criteria", r"标准|评价|评审|(?<!设定)(?<!法律)(?<!政策)依据", r"条件|重点", r"评价|评分|遴选标准|评选标准|评审标准", True, "遴选标准"))

# "遴选将从创新性、系统性、实效性三个维度进行综合评价": criteria written inline in another section's sentence.
_INLINE_CRITERIA = re.compile(r"从([^。；，]{2,60}?)(?:等)?[一二两三四五六七八九十\d]+个(?:维度|方面)(?:进行)?[^。；]{0,8}(?:评价|评审|评选|遴选)")


def _inline_criteria(o) -> tuple | None:
    """A sentence that names the dimensions of the evaluation, when the notice has no criteria section."""
    for node in content_nodes(o):
        m = _INLINE_CRITERIA.search(node.body)
        names = [x.strip() for x in re.split(r"[、和及与]", m.group(1))] if m else []
        if len(names) >= 2 and all(1 < len(x) <= 12 for x in names):
            return node, [{"clause": node.clause, "text": x} for x in names], m.group(0)
    return None
