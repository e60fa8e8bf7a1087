"""Check a draft 总结材料 against 附件1: parts and order, word limits, naming, format, 实施效果 content."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from rapidfuzz import fuzz

from knowledge.model import Knowledge, StyleRule
from knowledge.phrasing import cn_count

from .read import Draft, Para

_CJK_OR_FULLWIDTH = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201f\u2026\u2014]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’\-][A-Za-z0-9]+)*")
_NUMBERING = re.compile(r"^\s*(#+\s*|第[一二三四五六七八九十]+部分[：:、.．\s]*|[一二三四五六七八九十]+[、.．\s]+|"
                        r"[（(][一二三四五六七八九十0-9]+[)）]\s*|[0-9]+[、.．)]\s*)")
_LIMIT_NOTE = re.compile(r"[（(][^（）()]*字[^（）()]*[)）]\s*$")
_CAPTION = re.compile(r"^(表|图)\s*[0-9一二三四五六七八九十]+([.\-－][0-9]+)?")
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)\s*年")
_YEAR_RANGE = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)\s*年?\s*(?:至|到|—|–|-|－|~|～)\s*(19[89]\d|20[0-4]\d)\s*年")


def years_covered(text: str) -> set[int]:
    """Years a text gives data for: '2021年、2022年' and ranges like '2021年至2023年' / '2021—2023年'."""
    years = {int(y) for y in _YEAR.findall(text)}
    for a, b in _YEAR_RANGE.findall(text):
        lo, hi = sorted((int(a), int(b)))
        if hi - lo <= 20:
            years.update(range(lo, hi + 1))
    return years


def word_count(text: str) -> int:
    """字数 as Word counts it for Chinese text: each CJK character or full-width mark is one, each Latin word or number one."""
    return len(_CJK_OR_FULLWIDTH.findall(text)) + len(_WORD.findall(_CJK_OR_FULLWIDTH.sub(" ", text)))


@dataclass(frozen=True)
class Finding:
    rule: str
    clause: str
    found: str
    fix: str
    severity: str = "error"  # error | warning


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)  # part title -> 字数
    parts_found: list[str] = field(default_factory=list)
    only: str = ""  # the one part checked (pasted section), or "" for a whole draft
    basis: str = ""  # the clause on the materials, named when nothing is wrong

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)

    def as_json(self) -> dict:
        return {"ok": self.ok, "counts": self.counts, "parts_found": self.parts_found, "findings": [asdict(f) for f in self.findings]}


class DraftChecker:
    """All rules come from the knowledge base's materials.parts and draft_rules."""

    def __init__(self, kb: Knowledge) -> None:
        if kb.notice.draft_rules is None:
            raise ValueError("this knowledge base has no draft_rules")
        self.kb, self.rules, self.parts = kb, kb.notice.draft_rules, kb.notice.materials.parts
        self.by_key = {p.key: p for p in self.parts}

    # ------------------------------------------------------------ structure
    def heading_of(self, text: str) -> tuple[str | None, str]:
        """(part key, text after the heading on the same line) if the line is a part heading."""
        line = _NUMBERING.sub("", text).strip()
        line = _LIMIT_NOTE.sub("", line).strip()
        for key, names in self.rules.headings.items():
            for name in names:
                if line == name or line.rstrip("：:") == name:
                    return key, ""
                for sep in ("：", ":"):
                    if line.startswith(name + sep):
                        return key, line[len(name) + 1:].strip()
        if 2 <= len(line) <= 24:
            for key, names in self.rules.headings.items():
                if any(len(n) >= 4 and fuzz.ratio(line, n) >= 88 for n in names):
                    return key, ""
        return None, ""

    def split(self, draft: Draft) -> tuple[dict[str, list[Para]], list[str], dict[str, Para]]:
        """Part key -> its paragraphs, the order headings appeared in, and each heading paragraph."""
        sections: dict[str, list[Para]] = {}
        order: list[str] = []
        heads: dict[str, Para] = {}
        current: str | None = None
        for i, p in enumerate(draft.paras):
            if p.kind != "para":
                if current:
                    sections[current].append(p)
                continue
            key, rest = self.heading_of(p.text)
            if key and key not in sections:
                current = key
                order.append(key)
                heads[key] = p
                sections[key] = [Para(rest, p.index)] if rest else []
                continue
            if current is None and i == 0 and "name" in self.by_key:  # the article title is the 名称
                order.append("name")
                heads["name"] = p
                sections["name"] = [p]
                continue
            if current:
                sections[current].append(p)
        return sections, order, heads

    # ------------------------------------------------------------ checks
    def check(self, draft: Draft, only: str | None = None) -> Report:
        """Every rule on a whole draft, or only the rules of one part (`only` = part key) for pasted text."""
        report = Report(only=self.by_key[only].title if only else "", basis=self.kb.notice.materials.clause)
        if only:
            sections, order, heads = {only: [p for p in draft.paras if p.kind == "para"]}, [only], {}
        else:
            sections, order, heads = self.split(draft)
            self._structure(order, report)
        for key in order:
            part = self.by_key[key]
            text = "".join(p.text for p in sections.get(key, ()) if p.kind == "para")
            n = word_count(text)
            report.counts[part.title] = n
            report.parts_found.append(part.title)
            if n > part.limit:
                report.findings.append(Finding(f"{part.title}字数", part.clause, f"{n} 字，超出上限 {part.limit} 字（多 {n - part.limit} 字）",
                                               f"删减到 {part.limit} 字以内"))
            elif n == 0:
                report.findings.append(Finding(f"{part.title}内容", part.clause, "只有标题，没有内容", f"补写{part.title}"))
        if "name" in sections:
            self._name("".join(p.text for p in sections["name"]), report)
        if "results" in sections:
            self._results("".join(p.text for p in sections["results"] if p.kind == "para"), draft, report)
        if draft.source == "docx" and not only:
            self._format(draft, sections, heads, report)
        return report

    def _structure(self, order: list[str], report: Report) -> None:
        keys, n, clause = [p.key for p in self.parts], cn_count(len(self.parts)), self.kb.notice.materials.clause
        report.findings += [Finding(f"{n}个部分齐全", clause, f"没有找到“{p.title}”部分", f"按顺序加上标题“{p.title}”及其内容")
                            for p in self.parts if p.key not in order]
        present = [k for k in order if k in keys]
        if present != sorted(present, key=keys.index):
            got = " → ".join(self.by_key[k].title for k in present)
            report.findings.append(Finding(f"{n}个部分的顺序", clause, f"现在的顺序：{got}",
                                           "按 " + "、".join(p.title for p in self.parts) + " 的顺序排列"))

    def _name(self, name: str, report: Report) -> None:
        rule = self.rules.name
        if not name.rstrip("。.").endswith(rule.suffix):
            report.findings.append(Finding("名称命名规则", rule.clause, f"名称“{name[:50]}”没有以“{rule.suffix}”结尾",
                                           f"按{rule.formula}命名"))
        if not any(w in name for w in rule.unit_words):
            report.findings.append(Finding("名称命名规则", rule.clause, "名称里看不出单位名称",
                                           f"以单位名称开头{f'，如“{rule.example}”' if rule.example else ''}", "warning"))

    def _results(self, text: str, draft: Draft, report: Report) -> None:
        rule = self.rules.results
        years = years_covered(text)
        if len(years) < rule.years and not any(w in text for w in rule.year_words):
            report.findings.append(Finding("实施效果：近三年数据", rule.clause,
                                           f"只看到 {len(years)} 个年份的数据" if years else "没有看到分年度的数据",
                                           f"给出相关指标近 {rule.years} 年的数据"))
        if not any(w in text for w in rule.compare_words):
            report.findings.append(Finding("实施效果：与竞争对手和业内标杆对比", rule.clause, "没有看到对比",
                                           "加入与竞争对手、业内标杆的对比数据"))
        whole = "".join(p.text for p in draft.paras)
        if any(w in whole for w in rule.ip_words) and not any(w in text for w in rule.ip_words):
            report.findings.append(Finding("实施效果：标准和专利", rule.clause, "文中提到专利/标准，但实施效果部分没有描述",
                                           "在实施效果中描述牵头或参与制定的标准和专利等知识产权", "warning"))

    def _format(self, draft: Draft, sections: dict[str, list[Para]], heads: dict[str, Para], report: Report) -> None:
        r = self.rules
        if draft.page:
            w, h = draft.page
            if abs(w - r.page.width_mm) > 3 or abs(h - r.page.height_mm) > 3:
                portrait = abs(w - r.page.height_mm) <= 3 and abs(h - r.page.width_mm) <= 3
                report.findings.append(Finding(r.page.label, r.page.clause,
                                               "横向页面" if portrait else f"页面 {w:.0f}×{h:.0f} mm",
                                               f"页面设置改为 {r.page.size} 纵向"))
        title = heads.get("name") if heads.get("name") and heads["name"].index == draft.paras[0].index else None
        if title:
            self._style(title, r.title, report)
        abstract_head = heads.get("abstract")
        if abstract_head:
            self._style(abstract_head, r.abstract_heading, report)
        captions = [p for p in draft.paras if p.kind == "para" and _CAPTION.match(p.text) and len(p.text) <= 60]
        for p in captions:
            self._style(p, r.captions, report)
        self._caption_places(draft, report)
        heading_ids = {p.index for p in heads.values()} | {p.index for p in captions}
        body = [p for key, ps in sections.items() if key != "name" for p in ps
                if p.kind == "para" and p.index not in heading_ids]
        self._body(body, r.body, report)

    def _style(self, p: Para, rule: StyleRule, report: Report) -> None:
        problems, fixes = [], []
        if rule.font and (p.font or "") != rule.font:
            problems.append(f"字体为{p.font or '未设置'}")
            fixes.append(rule.font)
        if rule.size_pt and (p.size is None or abs(p.size - rule.size_pt) > 0.1):
            problems.append(f"字号为 {p.size:g} 磅" if p.size else "字号未设置")
            fixes.append(f"{rule.size_name}（{rule.size_pt:g} 磅）")
        if rule.bold and not p.bold:
            problems.append("未加粗")
            fixes.append("加粗")
        if rule.align == "center" and p.align != "center":
            problems.append("未居中")
            fixes.append("居中")
        if problems:
            report.findings.append(Finding(rule.label, rule.clause, f"第 {p.index} 段“{p.text[:20]}”：{'，'.join(problems)}",
                                           f"改为{'、'.join(fixes)}"))

    def _body(self, body: list[Para], rule: StyleRule, report: Report) -> None:
        checks = [("字体", lambda p: (p.font or "") == rule.font, lambda p: p.font or "未设置", rule.font),
                  ("字号", lambda p: p.size is not None and abs(p.size - rule.size_pt) <= 0.1,
                   lambda p: f"{p.size:g} 磅" if p.size else "未设置", f"{rule.size_name}（{rule.size_pt:g} 磅）"),
                  ("行距", lambda p: p.spacing == "single", lambda p: "非单倍行距", "单倍行距")]
        for what, ok, shown, want in checks:
            bad = [p for p in body if not ok(p)]
            if bad:
                first = bad[0]
                report.findings.append(Finding(f"{rule.label}{what}", rule.clause,
                                               f"{len(bad)} 段不符合（如第 {first.index} 段：{shown(first)}）", f"改为{want}"))

    def _caption_places(self, draft: Draft, report: Report) -> None:
        paras = draft.paras
        rule = self.rules.captions
        for i, p in enumerate(paras):
            if p.kind == "table":
                before = paras[i - 1] if i > 0 else None
                if not (before and before.kind == "para" and before.text.startswith("表") and _CAPTION.match(before.text)):
                    report.findings.append(Finding("附表标题位置和编号", rule.clause, f"第 {p.index} 段的表格上方没有“表N …”标题",
                                                   "在表格上方加居中的编号标题，如“表1 近三年质量指标”"))
            if p.kind == "image":
                after = paras[i + 1] if i + 1 < len(paras) else None
                if not (after and after.kind == "para" and after.text.startswith("图") and _CAPTION.match(after.text)):
                    report.findings.append(Finding("插图标题位置和编号", rule.clause, f"第 {p.index} 段的插图下方没有“图N …”标题",
                                                   "在插图下方加居中的编号标题，如“图1 质量管理体系架构”"))
