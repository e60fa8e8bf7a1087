"""Assemble the knowledge base of one notice from its clause tree: meta, sections, submission, contacts, units."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import facts
from .outline import Node, Outline, join_cjk
from .sections import annex_titles, content_nodes, find_section, intro_of, notice_annexes, strip_end
from .table import parse_table


@dataclass
class Draft:
    """The knowledge base being built, with where each value came from and what the operator should review."""

    outline: Outline
    data: dict = field(default_factory=dict)
    trace: dict[str, dict] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    table_rows: list[tuple[int, int]] = field(default_factory=list)  # source spans of the units table's rows

    def note(self, key: str, value: object, clause: str, start: int, end: int) -> None:
        """Record that `key` holds `value`, read from text[start:end] in `clause`."""
        if value not in ("", None, [], ()):
            self.trace[key] = {"clause": clause, "span": f"{start}-{end}"}


def build_meta(d: Draft) -> None:
    o = d.outline
    head = [(t, s, e) for t, s, e in o.head]
    title_line = next(((t, s, e) for t, s, e in head if re.search(r"关于.*(通知|公告|通告|指南)", t)), None)
    number = next(((m.group(0), s + m.start(), s + m.end()) for t, s, e in head
                   for m in [facts.DOC_NUMBER.search(t)] if m), None)
    issuer_line = next(((t, s, e) for t, s, e in head if t.endswith("文件") and len(t) < 40), None)
    tail_text = " ".join(t for t, _, _ in o.tail)
    date = facts.notice_date(tail_text) or facts.notice_date(" ".join(t for t, _, _ in head))
    title = join_cjk(title_line[0]) if title_line else ""
    issuer = issuer_line[0][:-2] if issuer_line else ""
    if not issuer:
        sign = [t for t, _, _ in o.tail if not facts.DATE.search(t) and not t.startswith(("附件", "-"))
                and re.search(r"(委员会|政府|局|厅|办公室|委|中心|协会)$", t)]
        issuer = sign[-1] if sign else ""
    short = title.split("关于")[0] if "关于" in title else issuer
    region = (re.match(r"^(.{2,6}?[市省区县])", issuer or title) or [""])[0] if (issuer or title) else ""
    short = short[len(region) - 1:] if region and short.startswith(region) and region.endswith("市") else short
    prog = re.search(r"[“\"]([^”\"]{2,20})[”\"]\s*([（(]\s*\d{4}\s*[-—–至]\s*\d{4}\s*[)）]|[（(]\s*\d{4}\s*年?\s*[)）])?", title)
    programme = prog.group(1) if prog else _programme_from_title(title)
    years = re.sub(r"\s", "", prog.group(2)) if prog and prog.group(2) else ""
    years = years.replace("(", "（").replace(")", "）")
    addressees = next((t.rstrip("：:") for t, _, _ in head if t.endswith(("：", ":")) and len(t) < 80), "")
    meta = {"clause": "文头", "issuer": issuer, "issuer_short": short or issuer, "doc_number": number[0] if number else "",
            "title": title, "programme": programme, "programme_full": f"{region}“{programme}”{years}" if region else programme,
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


def _programme_from_title(title: str) -> str:
    m = re.search(r"(?:开展|组织|做好|申报|推荐)(.{2,24}?)(?:工作|活动|申报|评选|遴选|认定)?的(?:通知|公告)", title)
    return m.group(1).strip("“”\"") if m else title


def build_lists(d: Draft) -> None:
    o = d.outline
    used: set[int] = set()
    for key, want, avoid, prose, titled, label in _SECTIONS:
        got = find_section(o, want, avoid, prose, titled, used)
        if got is None:
            d.missing.append(f"{label}：未找到（将回答“通知中没有…”）")
            continue
        node, items = got
        used.update(id(n) for n in node.walk())
        d.data[key] = {"clause": node.clause, "intro": intro_of(node), "items": items}
        d.note(f"{key}", node.clause, node.clause, node.start, node.end)
        shape = "，写成段落，按句拆分" if not node.children else "，分档列出" if node.children[0].children else ""
        d.found.append(f"{label}：{len(items)} 条（{node.clause}{shape}）")
        if not node.children:
            d.ambiguous.append(f"{label}（{node.clause}）是一段文字，已按句拆成 {len(items)} 条，请核对")


# (key, what a list's heading says, what it must not say, a prose clause's heading, items titled?, label)
_SECTIONS = (("focuses", r"重点|方向|领域|类别", r"条件|标准", r"重点|方向|领域|类别|支持内容|申报内容", True, "遴选重点"),
             ("eligibility", r"条件|资格|对象", r"标准|重点", r"条件|资格|对象", False, "申报条件"),
             ("criteria", r"标准|评价|评审|依据", r"条件|重点", r"评价|评分|遴选标准|评选标准|评审标准", True, "遴选标准"))


def build_submission(d: Draft) -> None:
    o = d.outline
    year = int(d.data.get("meta", {}).get("date", "2000")[:4] or 2000)
    best: tuple[Node, facts.Deadline] | None = None
    others: list[tuple[Node, facts.Deadline]] = []
    forwarded = notice_annexes(o)
    for n in o.nodes():
        if n.annex and n.annex not in forwarded or n.children and n.body == "":
            continue
        for dl in facts.deadlines(n.text, year):
            if n.annex:
                others.append((n, dl))  # a forwarded notice's dates are the next steps, never the applicant's deadline
            elif re.search(r"纸质|邮寄|寄送|报送.*纸", dl.sentence) and best is not None:
                others.append((n, dl))
            elif best is None and re.search(r"申报|提交|报送|报名|材料|截止", dl.sentence):
                best = (n, dl)
            else:
                others.append((n, dl))
    if best is None:
        d.missing.append("申报截止时间：未找到（无法回答截止与倒计时问题）")
        return
    node, dl = best
    text = node.text
    sub: dict = {"clause": node.clause, "deadline": dl.value, "text": text}
    d.note("submission.deadline", dl.value, node.clause, node.start, node.end)
    if not dl.time:
        d.ambiguous.append(f"截止时间只写了日期（{dl.sentence}），按当天 24:00 计算")
    nearby = _nearby(o, node)
    urls = [u for n in nearby for u in facts.URL.findall(n.text)] or facts.URL.findall(o.raw)
    if urls:
        sub["site"] = urls[0]
        d.note("submission.site", urls[0], node.clause, node.start, node.end)
        variants = _site_variants(o, urls[0])
        if variants:
            sub["site_variants"] = variants
            d.repaired += [f"网址写法不一致：正文 {urls[0]}，{v['clause']} 写作 {v['url']}（已提示用户）" for v in variants]
    clauses: dict[str, str] = {}
    seals = _seals(nearby)
    if seals:
        n, sub["form_seals"] = seals
        clauses["form_seals"] = n.clause
        d.note("submission.form_seals", sub["form_seals"], n.clause, n.start, n.end)
    for key, rx in _SUB_FACTS:
        for n in nearby:
            m = re.search(rx, n.text)
            if m:
                sub[key] = next(g for g in m.groups() if g).strip("，,（(").strip()
                if key == "form_copies":
                    sub["paper_text"] = strip_end(facts.sentence_with(n.text, re.escape(sub[key])))
                clauses[key] = n.clause
                d.note(f"submission.{key}", sub[key], n.clause, n.start, n.end)
                break
    for n in nearby:
        one = facts.sentence_with(n.text, r"原则上|限报|只能申报|限申报|仅限|只能报")
        if one and re.search(r"一项|一个|1项|1个", one):
            lead = re.search(r"同一|每家|每个|各单位|每单位", one)
            sub["one_item"] = strip_end(one[lead.start():] if lead and lead.start() < 12 else one)
            clauses["one_item"] = n.clause
            break
    if clauses:
        sub["clauses"] = clauses
    sub["online"] = strip_end(dl.sentence)
    extra = [{"label": _deadline_label(x.local), "when": x.value, "clause": n.clause, "text": strip_end(x.sentence)}
             for n, x in others if x.value != dl.value]
    same = facts.sentence_with(text, r"(?:于|在)同(?:日|一天|一时间)(?:前|之前)")
    if same and re.search(r"纸质|邮寄|寄送|报送", same):
        # "纸质材料请于同日前报送…": the paper copies share the online deadline.
        extra.insert(0, {"label": _deadline_label(same), "when": dl.value, "clause": node.clause, "text": strip_end(same)})
    if extra:
        sub["deadlines"] = extra
    d.data["submission"] = sub
    for n in nearby:
        mail = re.search(rf"(?:发送至|发至|发送到|报送至|提交至|发到)\s*({facts.EMAIL.pattern})", n.text)
        if mail:
            # The schema has no field for an e-mail channel yet: the operator is told it is answered from the passage.
            d.found.append(f"电子邮件提交：{mail.group(1)}（{n.clause}；知识库暂无此字段，问到时引用该条原文）")
            break
    d.found.append(f"截止时间：{dl.value}（{node.clause}）" + (f"；另有 {len(extra)} 个日期要求" if extra else ""))
    for label, key in (("申报网址", "site"), ("申报信息表", "form_name"), ("盖章要求", "form_seals"), ("纸质份数", "form_copies"),
                       ("限报项数", "one_item")):
        (d.found if key in sub else d.missing).append(f"{label}：{sub.get(key, '未找到')}")


# Facts of how to submit, each read from the first clause near the deadline that states it.
_SUB_FACTS = (
    ("site_name", r"(“[^”]{1,20}”\s*(?:申报网站|申报系统|申报平台|网站|平台|系统))"),
    ("form_name", r"((?:申报|申请|推荐)(?:信息表|表|书)|信息表|申请表|推荐表)"),
    ("form_how", r"(在线填(?:写|报)[^，。；]{0,4}[，、]?\s*(?:后)?下载打印|(?:填写完成后|填写后)下载打印|下载打印)"),
    ("form_copies", r"(一式[一二两三四五六七八九十\d]{1,2}\s*份)|纸质[^。；，]{0,15}?([一二两三四五六七八九十\d]{1,2}\s*份)"),
    ("rest_online", r"(其[他它][^。；]{0,6}材料[^。；]*?(?:网上|在线|线上)[^。；]*)"),
    ("procedure_ref", r"((?:申报|网上申报)?流程见附件\s*\d)"),
)


def _nearby(o: Outline, node: Node) -> list[Node]:
    """The deadline's clause, then its siblings and their items, then the rest of the main text."""
    parent = next((n for n in o.nodes() if node in n.children), None)
    near = [*node.walk(), *(parent.walk() if parent else ())]
    rest = [n for n in content_nodes(o) if n not in near]
    return list(dict.fromkeys([*near, *rest]))


_SEAL = re.compile(r"((?:(?<=[，,])[\u4e00-\u9fff]{1,4}(?=加盖))?(?:(?:由|需|须|应|经)[^。；，]{0,12}?)?加盖[^。；]*?章(?:[^。；]*?章)*"
                   r"|(?:须经|需经|应经|经)[^。；，]{0,30}?盖章)"
                   r"(?=后提交|后寄|后报送|[^。；章]*$|[，。；]|$)")


def _seals(nearby: list[Node]) -> tuple[Node, str] | None:
    """The sentence part that says which seals the application needs: the one naming the most seals, nearest first."""
    found = []
    for n in nearby:
        for sent in facts.sentences(n.text):
            m = _SEAL.search(sent)
            if m:
                phrase = re.sub(r"^(?:同时|并|请|将)+", "", m.group(1)).strip("，, ")
                found.append((phrase.count("章"), n, phrase))
    if not found:
        return None
    top = max(c for c, _, _ in found)
    _c, n, phrase = next(x for x in found if x[0] == top)
    return n, phrase


def _deadline_label(sentence: str) -> str:
    if re.search(r"纸质|邮寄|寄送", sentence):
        return "纸质材料寄送"
    if re.search(r"推荐|区", sentence):
        return "推荐单位报送"
    return "其他时间要求"


def _site_variants(o: Outline, main: str) -> list[dict]:
    """Other spellings of the same site elsewhere in the text (differs by a character or two)."""
    from rapidfuzz.distance import Levenshtein

    out = []
    for n in o.nodes():
        for url in facts.URL.findall(n.text):
            if url != main and 0 < Levenshtein.distance(url, main) <= 3 and url not in (v["url"] for v in out):
                title = annex_titles(o).get(n.annex, "")
                where = f"{n.clause}《{title}》" if title else n.clause
                out.append({"url": url, "clause": n.clause, "where": where})
    return out


def build_units(d: Draft, geography) -> None:
    o = d.outline
    cands = [n for n in o.nodes() if not n.annex and len(facts.phones("".join(t for t, _, _ in n.lines))) >= 3]
    best, rows, notes = None, [], []
    for n in cands:
        r, nt = parse_table(o.raw, n.lines)
        hits = sum(1 for x in r if _district_of(x.cells.get("name", ""), x.cells.get("address", ""), geography))
        if hits >= 3 and (best is None or hits > best[0]):
            best, rows, notes = (hits, n), r, nt
    if best is None:
        def lists(n: Node) -> bool:
            return len(facts.phones(n.full())) >= 3 and bool(n.children) or len(facts.phones("".join(t for t, _, _ in n.lines))) >= 3
        listed = next((n for n in o.nodes() if lists(n) and not any(lists(c) for c in n.children)), None)
        if listed is not None:
            # Places the geography does not know (another city's districts): quoted from the clause, not structured.
            d.ambiguous.append(f"{listed.clause} 列有各地联系方式，但对应不到已知的区，未收录为推荐单位；问到时引用该条原文")
        else:
            d.missing.append("各区推荐单位联系方式表：未找到")
        return
    node = best[1]
    d.table_rows = [(r.start, r.end) for r in rows]
    d.repaired += notes
    items = []
    for r in rows:
        unit = {k: r.cells.get(k, "") for k in ("name", "address", "person", "phone")}
        key = _district_of(unit["name"], unit["address"], geography)
        if not key:
            if not re.search(r"咨询|邮寄|举报", unit["name"]):
                d.ambiguous.append(f"推荐单位“{unit['name']}”对应不到区，未收录")
            continue
        if not unit["phone"]:
            d.ambiguous.append(f"推荐单位“{unit['name']}”没有读出电话，未收录")
            continue
        if any(u["district"] == key for u in items):
            d.ambiguous.append(f"“{unit['name']}”与另一单位对应同一个区，未收录")
            continue
        items.append({"district": key, **{k: v for k, v in unit.items() if v}})
        d.note(f"units.{key}", unit["phone"], node.clause, r.start, r.end)
    title = node.heading or "各区主管部门（推荐单位）联系方式"
    d.data["units"] = {"clause": node.clause, "title": title, "items": items}
    d.found.append(f"推荐单位：{len(items)} 个（{node.clause}）")
    incomplete = [u["name"] for u in items if not all(u.get(k) for k in ("address", "person", "phone"))]
    if incomplete:
        d.ambiguous.append(f"这些单位缺地址、联系人或电话：{'、'.join(incomplete)}")


def _district_of(name: str, address: str, geography) -> str:
    if geography is None:
        return ""
    for probe in (name, address):
        best = ""
        for key, dist in geography.districts.items():
            names = (dist.name, dist.short, *dist.former)
            if any(x and probe.startswith(x) for x in names) or (probe is name and dist.short in probe):
                if dist.within and best:
                    continue
                best = key
        if best:
            return best
    return ""
