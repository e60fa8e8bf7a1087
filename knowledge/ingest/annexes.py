"""Attachments: the parts of the written materials with their word limits, supporting evidence, format rules
(also as data for the draft pre-check), uploads, the procedure annex, and the checklist derived from all of it."""

from __future__ import annotations

import re

from . import facts
from .build import Draft
from .outline import cn_int
from .sections import annex_list, annex_titles, content_nodes, first_node, strip_end

# Which kind of part a heading names: lets the draft check and the lexicon's phrasings find it.
PART_KINDS = (("name", r"名称|题目"), ("abstract", r"摘要|提要"), ("profile", r"概况|简介|基本情况"),
              ("progress", r"推进|应用情况|做法|主要内容"), ("results", r"效果|成效|绩效|成果"))
FONTS = r"方正小标宋(?:简体)?|仿宋_GB2312|楷体_GB2312|仿宋|楷体|黑体|宋体|微软雅黑|Times New Roman"
SIZE = re.compile(r"(小?[初一二三四五六七八])号")
# Chinese type sizes in points (a typesetting convention, not a fact of any notice).
SIZE_PT = {"初": 42, "小初": 36, "一": 26, "小一": 24, "二": 22, "小二": 18, "三": 16, "小三": 15, "四": 14, "小四": 12,
           "五": 10.5, "小五": 9, "六": 7.5, "小六": 6.5, "七": 5.5, "八": 5}
# Words the draft check looks for (language, not facts): a unit's name, comparisons, intellectual property.
UNIT_WORDS = ("公司", "集团", "厂", "院", "所", "中心", "银行", "医院", "大学", "学校", "协会", "股份", "有限")
COMPARE_WORDS = ("竞争对手", "对标", "标杆", "同行业", "行业平均", "行业领先", "对比", "同类企业", "国内领先", "国际领先")
IP_WORDS = ("专利", "标准", "知识产权", "软件著作权")
_RULE_START = re.compile(r"^(文章标题|大标题|标题|“摘要”|摘要|正文|附表|插图|图表标题|一级标题|二级标题|三级标题|页边距|页码|全文|总结材料)")


def build_materials(d: Draft) -> None:
    # Parts titled with their limit in brackets: '摘要（500 字以内）' followed by what to write.
    node = next((n for n in d.outline.nodes() if len([c for c in n.children if _BRACKET_LIMIT.search(c.heading)]) >= 2), None)
    if node is None:
        node = next((n for n in d.outline.nodes() if n.annex and re.search(r"材料.{0,6}(内容|组成)", n.text) and n.children), None)
    if node is None:
        inline = next((n for n in d.outline.nodes() if len(_INLINE_PART.findall(n.text)) >= 2), None)
        if inline is not None:
            _inline_parts(d, inline)
            return
        listed = next((n for n in content_nodes(d.outline) if _MATERIALS.search(n.heading) and len(n.heading) <= 16
                       and (n.children or len(_prose_entries(n)) >= 2)), None)
        if listed is not None:
            _list_parts(d, listed)
            return
        d.missing.append("申报材料的组成与字数：未找到")
        return
    parts, used = [], set()
    for i, c in enumerate(node.children, 1):
        lim = facts.limit(c.heading)
        lim_m = re.search(r"\s*[（(][^）)]*字[^）)]*[)）]", c.heading)
        title = c.heading[: lim_m.start()].strip() if lim_m else c.heading.strip()
        rest = c.heading[lim_m.end():].strip(" 。.") if lim_m else ""
        body = "".join(x for x in (rest + "。" if rest else "", c.body) if x)
        key = next((k for k, rx in PART_KINDS if re.search(rx, title) and k not in used), f"part{i}")
        used.add(key)
        part = {"clause": c.clause, "key": key, "title": title, "text": body or title}
        if lim:
            part["limit"] = lim
        else:
            d.missing.append(f"{c.clause} {title}：没有字数限制")
        parts.append(part)
        d.note(f"materials.parts.{key}", lim or title, c.clause, c.start, c.start + len(c.heading) + 8)
    d.data["materials"] = {"clause": node.clause, "title": node.heading or "申报材料", "text": node.body, "parts": parts}
    d.found.append(f"申报材料：{len(parts)} 个部分（{node.clause}）：" + "、".join(
        f"{p['title']}{'（' + str(p['limit']) + '字）' if 'limit' in p else ''}" for p in parts))


_BRACKET_LIMIT = re.compile(r"[（(][^）)]*\d[^）)]*字[^）)]*[)）]|[（(][^）)]*字(?:以内|之内)[^）)]*[)）]")
_MATERIALS = re.compile(r"申报材料|申请材料|提交材料|报送材料|材料清单|材料要求")


def _list_parts(d: Draft, node) -> None:
    """Materials as a list of documents (numbered, in tiers, or one sentence split at '；'), each with its word limit."""
    if node.children:
        entries = []
        for c in node.children:
            for g in (c.children or [c]):
                entries.append((g, _own_text(g), c.heading if c.children else ""))
    else:
        entries = [(node, t, "") for t in _prose_entries(node)]
    parts, used = [], set()
    for i, (n, text, tier) in enumerate(entries, 1):
        title = _doc_title(text)
        found = facts.limits(text)
        key = next((k for k, rx in PART_KINDS if re.search(rx, title) and k not in used), f"part{i}")
        used.add(key)
        part = {"clause": n.clause, "key": key, "title": title, "text": strip_end(text) + "。", "match": doc_words(title)}
        if tier:
            part["text"] = f"{_TIER_NAME.split(tier)[0].strip()}：{part['text']}"
        if len(found) == 1:
            part["limit"] = found[0][0]
            d.note(f"materials.parts.{key}", found[0][0], n.clause, n.start, n.end)
        parts.append(part)
    d.data["materials"] = {"clause": node.clause, "title": node.heading or "申报材料", "text": node.body if node.children else "",
                           "parts": parts}
    d.note("materials", node.clause, node.clause, node.start, node.end)
    d.found.append(f"申报材料：{len(parts)} 项（{node.clause}，材料清单）：" + "、".join(
        f"{p['title']}{'（' + str(p['limit']) + '字）' if 'limit' in p else ''}" for p in parts))


_TIER_NAME = re.compile(r"[：:。]")


def _own_text(n) -> str:
    """An item's own words: its first line, and the lines after it only when they continue its sentence."""
    return n.heading if n.heading.endswith(("。", "；", ";", "：")) or not n.body else n.text


def _prose_entries(node) -> list[str]:
    """'应提交以下材料：A；B；C。' -> [A, B, C]."""
    body = node.body.split("：", 1)[1] if "：" in node.body[:60] else node.body
    first = re.split(r"(?<=。)", body)[0]  # the list is the first sentence; what follows is about copies or binding
    return [strip_end(x) for x in re.split(r"[；;]", first) if len(strip_end(x)) >= 4] if "；" in first else []


def doc_words(title: str) -> list[str]:
    """What a user calls a document: its name, each document of a compound name, a long name's document noun.

    '项目实施方案' -> 实施方案; '营业执照、商标注册证书' -> 营业执照, 商标注册证书; '《…项目申报书》' -> 项目申报书, 申报书.
    """
    bare = re.sub(r"[（(][^）)]*[)）]|[《》“”\"]", "", title)
    words = [title, bare]
    for piece in re.split(r"[、，,]|及|和|或|以及", bare):
        piece = re.sub(r"^(?:近[一二三四五两\d]年|上年度|本年度|其他|相关)", "", piece.strip())
        if len(piece) >= 2:
            words.append(piece)
        piece = re.sub(r"(?<=..)(复印件|原件|扫描件|电子版)$", "", piece)  # a copy of a document is named as the document
        words.append(piece)
        head = _DOC_HEAD.search(piece)
        if head and len(piece) >= 6:
            # The document noun with the two or four characters before it: '实施方案', '建设情况报告'.
            words += [piece[max(0, head.start() - k):] for k in (2, 4)] + ([head.group(0)] if len(head.group(0)) >= 3 else [])
    return list(dict.fromkeys(w for w in words if len(w) >= 2))


_DOC_HEAD = re.compile(r"(方案|报告|申报书|申请书|推荐书|承诺书|证书|证明|执照|意见|简介|概述|材料|复印件|汇总表|申报表|信息表)$")


def _doc_title(text: str) -> str:
    """A document's name: '《…》' or the words before its first comma, bracket or full stop."""
    text = text.strip()
    book = re.match(r"《[^》]{2,40}》", text)
    if book:
        return book.group(0)
    return re.split(r"[，,。；;：:（(]", text, maxsplit=1)[0].strip()[:30] or text[:30]


_INLINE_PART = re.compile(r"([\u4e00-\u9fff]{2,12})\s*[（(]\s*(?:不超过|限)?\s*(\d{1,6})\s*字(?:以内|之内)?\s*[)）]")


def _inline_parts(d: Draft, node) -> None:
    """'包括经验名称（20字以内）、摘要（300字以内）和正文（12000字以内）' -> parts with limits."""
    parts, used = [], set()
    for i, m in enumerate(_INLINE_PART.finditer(node.text), 1):
        title = re.sub(r"^(包括|含|由|及|和|以及|、)+", "", m.group(1))
        key = next((k for k, rx in PART_KINDS if re.search(rx, title) and k not in used), f"part{i}")
        used.add(key)
        parts.append({"clause": node.clause, "key": key, "title": title, "limit": int(m.group(2)), "text": node.text})
    d.data["materials"] = {"clause": node.clause, "title": node.heading[:12] or "申报材料", "text": node.text, "parts": parts}
    d.note("materials", node.clause, node.clause, node.start, node.end)
    d.found.append(f"申报材料：{len(parts)} 个部分（{node.clause}，写在一句话里）")


def build_annex_clauses(d: Draft) -> None:
    o = d.outline
    sup = first_node(o, r"证实性材料|证明材料|佐证材料", annex=None)
    sup = next((n for n in o.nodes() if n.annex and re.search(r"证实性材料|证明材料|佐证材料", n.heading)), None) or sup
    if sup is not None:
        d.data["supporting"] = {"clause": sup.clause, "title": sup.heading, "text": sup.body or sup.text}
        d.note("supporting", sup.clause, sup.clause, sup.start, sup.end)
    up = next((n for n in o.nodes() if n.annex and re.search(r"扫描|上传", n.text) and not n.children), None)
    if up is not None:
        d.data["uploads"] = {"clause": up.clause, "text": up.text}
    fmts = [n for n in o.nodes() if re.search(FONTS, n.text) and SIZE.search(n.text)]
    fmt = next((n for n in fmts if not n.children), fmts[0] if fmts else None)  # a paragraph after a list is its clause's own
    if fmt is not None:
        rules = format_rules(fmt.text)
        d.data["format"] = {"clause": fmt.clause, "rules": rules}
        d.note("format", fmt.clause, fmt.clause, fmt.start, fmt.end)
        d.found.append(f"格式要求：{len(rules)} 条（{fmt.clause}）")
        dr = draft_rules(d, fmt.clause, rules)
        if dr:
            d.data["draft_rules"] = dr
    else:
        d.missing.append("排版格式要求：未找到")
    titles = annex_titles(o)
    proc_no = next((k for k, v in titles.items() if re.search(r"流程|程序|步骤|指南", v)), None)
    if proc_no is not None:
        root = next(r for r in o.roots if r.level == 0 and r.annex == proc_no)
        body = "".join(t for t, _, _ in root.lines[1:]) + "".join(c.full() for c in root.children)
        steps = [f"{c.number}. {c.text}" for c in root.children]
        d.data["procedure"] = {"clause": root.clause, "title": titles[proc_no], "text": body or titles[proc_no],
                               "truncated": not root.children and bool(re.search(r"以下|如下", body)) and body.rstrip().endswith(("。", "：", ":"))}
        if steps:
            d.data["procedure"]["steps"] = steps
        if d.data["procedure"]["truncated"]:
            d.ambiguous.append(f"{root.clause}《{titles[proc_no]}》只有开头一句，后面的步骤没有随通知给出")
    items = annex_list(o)
    if items:
        d.data["attachments"] = {"clause": "附件", "items": items}


def format_rules(text: str) -> list[dict]:
    """'文章标题为黑体小二号居中，“摘要”二字…，单倍行距。' -> one rule per subject, with its topic."""
    rules: list[str] = []
    for sent in facts.sentences(text):
        for frag in re.split(r"[，,]", strip_end(sent)):
            frag = frag.strip()
            if not frag:
                continue
            if rules and not _RULE_START.match(frag) and not re.search(r"A4|幅面", frag):
                rules[-1] += "，" + frag
            else:
                rules.append(frag)
    return [{"topic": _topic(r), "text": r} for r in rules]


def _topic(rule: str) -> str:
    if re.search(r"A4|幅面|纸张|纵向|横向", rule) and not re.search(FONTS, rule):
        return "page"
    if rule.startswith("“摘要”"):
        return "abstract_heading"
    if re.search(r"放置|编号", rule):
        return "captions"
    if re.match(r"(附表|插图|图表)", rule):
        return "caption_font"
    if re.match(r"(文章标题|大标题|标题)", rule):
        return "title"
    if "正文" in rule:
        return "body"
    return "other"


def style(rule: str, clause: str, label: str) -> dict:
    out: dict = {"clause": clause, "label": label}
    font = re.search(FONTS, rule)
    size = SIZE.search(rule)
    if font:
        out["font"] = font.group(0)
    if size and size.group(1) in SIZE_PT:
        out["size_name"], out["size_pt"] = size.group(1) if size.group(1).startswith("小") else size.group(0), SIZE_PT[size.group(1)]
    if "加粗" in rule:
        out["bold"] = True
    if "居中" in rule:
        out["align"] = "center"
    spacing = re.search(r"(单倍|1\.5\s*倍|一倍半|双倍|2\s*倍)行距", rule)
    if spacing:
        out["line_spacing"] = {"单倍": "single", "双倍": "double", "2倍": "double"}.get(spacing.group(1).replace(" ", ""), "1.5")
    return out


def draft_rules(d: Draft, clause: str, rules: list[dict]) -> dict | None:
    by = {r["topic"]: r["text"] for r in rules}
    parts = d.data.get("materials", {}).get("parts", [])
    name = next((p for p in parts if p["key"] == "name"), None)
    results = next((p for p in parts if p["key"] == "results"), None)
    need = ("page", "title", "abstract_heading", "body", "caption_font")
    if not all(k in by for k in need) or not name or not results:
        return None
    formula = re.search(r"命名规则[为是]?[:：]?\s*([^。]+)", name["text"])
    example = re.search(r"如[:：]\s*([^。]+)", name["text"])
    suffix = re.findall(r"[（(]([^）)]+)[)）]", formula.group(1)) if formula else []
    years = re.search(r"近([一二三四五六七八九十\d])年", results["text"])
    page = by["page"]
    out = {"headings": {p["key"]: [p["title"]] for p in parts if not p["key"].startswith("part")},
           "page": {"clause": clause, "size": "A4", "width_mm": 210, "height_mm": 297,
                    "orientation": "landscape" if "横向" in page else "portrait", "label": strip_end(page)},
           "title": style(by["title"], clause, "文章标题"), "abstract_heading": style(by["abstract_heading"], clause, "“摘要”二字"),
           "body": style(by["body"], clause, "摘要及正文"), "captions": style(by["caption_font"], clause, "附表及插图标题")}
    if formula and suffix:
        out["name"] = {"clause": name["clause"], "suffix": suffix[-1], "formula": formula.group(1).strip(),
                       "example": example.group(1).strip() if example else "", "unit_words": list(UNIT_WORDS)}
    if years:
        n = cn_int(years.group(1))
        digits = {cn_int(years.group(1)): years.group(1)}
        words = [f"近{x}年" for x in dict.fromkeys([years.group(1), str(n), *digits.values()])]
        out["results"] = {"clause": results["clause"], "years": n, "year_words": words + [f"连续{years.group(1)}年"],
                          "compare_words": list(COMPARE_WORDS), "ip_words": list(IP_WORDS)}
    if "name" not in out or "results" not in out or "A4" not in page:
        return None
    return out
