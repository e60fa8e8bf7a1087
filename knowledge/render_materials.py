"""Reply sections on the application materials: their parts, word limits, formatting and supporting documents.

A mixin of Renderer (knowledge/render.py): it uses the renderer's notice, language and t().
"""

from __future__ import annotations

import re

from .arith import stated_total
from .phrasing import Section, cn_count
from .recall import _SENTENCE
from .tracks import named

_LIMIT_SAID = re.compile(r"(?:不超过|不多于|限|控制在)\s*(\d{3,6})\s*字|(\d{3,6})\s*字(?:以内|之内)")
_MARK = re.compile(r"必报|选报|必须提供|可选提供|非必报")
_TOTAL_LIMIT = re.compile(r"(全文|总篇幅|总字数|合计|总计|共)[^。；]{0,8}(不超过|不多于|以内|限)[^。；]{0,4}\d")
# English names of the usual parts of the materials, for notices that give none (by the part's key).
_PART_EN = {"name": "Benchmark title", "abstract": "Abstract", "profile": "Company profile",
            "progress": "Roll-out and application of the method", "results": "Results"}


def _tiers(parts) -> dict[str, list]:
    """The documents by the kind of application they are for, where the list is in tiers ('质量标杆企业申报材料：…')."""
    out: dict[str, list] = {}
    for p in parts:
        head, colon, _ = p.text.partition("：")
        if colon and head.endswith("材料") and head != p.title:
            out.setdefault(head, []).append(p)
    return out if len(out) >= 2 and sum(map(len, out.values())) >= len(parts) - 1 else {}


def _en(p) -> str:
    """A part's English name: the notice's own, else the usual name of its kind, else its Chinese title."""
    return p.en or _PART_EN.get(p.key, "") or p.title


class MaterialSections:
    """The materials, one part, the word limits, the formatting rules and the supporting documents."""

    def _limit(self, p) -> str:
        return self.t(p.bound(), p.bound(True))

    def materials(self, a) -> Section:
        m = self.n.materials
        text = re.sub(r"[^。：:]*(?:以下|分为)[^。：:]{0,10}[：:]$", "", m.text)  # a lead-in, said below in the assistant's words
        lines = [self.t(text, m.en or m.text)] if text and not m.documents else []
        parts = [p for p in m.parts if not p.detail]
        tiers = _tiers(parts)
        if len(tiers) >= 2:  # '质量标杆企业申报材料：…' / '示范项目申报材料：…': the one asked about, else each in turn
            asked = named([t.removesuffix("申报材料").removesuffix("材料") for t in tiers], a.text.norm) if a is not None else []
            shown = [t for t in tiers if len(asked) != 1 or t.startswith(asked[0])]
            for t in shown:
                lines.append(self.t(f"{t}：", f"{t}:"))
                lines += [self._listed(i, p) for i, p in enumerate(tiers[t], 1)]
            parts = []
        else:
            written, whole = self._written(m), ""
            if m.documents:  # the documents handed in, then the parts of the written one (not a document of the list itself)
                lines.append(self.t("需提交的材料：", "Documents to hand in:"))
                lines += [f"{i}. {self._doc(d)}" for i, d in enumerate(m.documents, 1)] + ([self.t(text, m.en or m.text)] if text else [])
                whole = next((f"（{self._limit(p)}）" for p in parts if p.title == written and p.limit), "")  # '经验报告（15000 字以内）'
                kept = [p for p in parts if p.title not in {d.title for d in m.documents} | {written}]
                parts, whole = (kept, whole) if len(kept) >= 2 else (parts, "")
            lines.append(self.t(f"{written}{whole}由以下{cn_count(len(parts))}个部分组成：", "The written materials have these parts:"))
        lines += [self._listed(i, p) for i, p in enumerate(parts, 1)]
        if details := [p for p in m.parts if p.detail]:  # limits said apart from the documents
            lines.append(self.t("字数：" + "；".join(f"{p.title} {p.bound()}" for p in details) + "。",
                                "Word limits: " + "; ".join(f"{p.title} {p.bound(True)}" for p in details) + "."))
        also = [x for x in (self.t(f"证实性材料（{self.n.supporting.clause}）", f"supporting materials ({self.n.supporting.clause})")
                            if self.n.supporting else "",
                            self.t(f"格式要求见{self.n.format.clause}", f"formatting rules in {self.n.format.clause}")
                            if self.n.format else "") if x]
        lines.append(self.t(f"另附：{'；'.join(also)}。" if also else "", f"Also: {'; '.join(also)}." if also else "")
                     + self.t("可以问我任一部分怎么写（如“摘要写什么”）。", " Ask me about any part."))
        return Section(self.t("申报材料怎么写", "Writing the application"), tuple(lines),
                       tuple(dict.fromkeys((*(d.clause for d in m.documents), m.clause, *(p.clause for p in m.parts)))))

    def _doc(self, d) -> str:
        """A document as the notice lists it ('典型经验材料，按附件2撰写'), its name alone when the entry is long."""
        said = d.text.rstrip("。；;")
        return d.title if self.en or len(said) > 60 or said.endswith(("：", ":")) else said

    @staticmethod
    def _written(m) -> str:
        """Which document the parts make up: the one listed at the parts' clause or naming their annex, else the title."""
        annex = re.match(r"附件\s*\d+", m.clause)
        of = next((d.title for d in m.documents if m.clause.startswith(d.clause) or annex and annex.group(0) in d.text.replace(" ", "")), "")
        return of.strip("《》") if of else m.title.replace("内容", "")

    def _listed(self, i: int, p) -> str:
        if self.en:
            return f"{i}. {_en(p) + ' (' + p.title + ')' if _en(p) != p.title else p.title}{': ' + self._limit(p) if p.limit else ''}"
        mark = f"（{m.group(0)}）" if (m := _MARK.search(p.text)) and m.group(0) not in p.title else ""  # '——选报': optional
        return f"{i}. {p.title}{'（' + self._limit(p) + '）' if p.limit else ''}{mark}"

    def part(self, a) -> Section:
        parts = self.n.materials.parts
        picked = [parts[i] for i in a.items.get("part", ())]
        lines, sources = [], [p.clause for p in picked]
        for p in picked:
            lim = f"（{p.bound()}）" if p.limit else ""
            lines.append(self.t(f"{p.title}{lim}：{re.sub(f'^{re.escape(p.title)}[：:。]', '', p.text)}" if p.text and p.text != p.title else
                                f"{p.title}：{p.bound()}。" if p.limit else f"{p.title}：通知没有规定这部分的字数。",
                                f"{_en(p)} ({p.title}){', ' + self._limit(p) if p.limit else ''}: {p.text_en or p.text}"))
            if not p.limit and (said := self._said_apart(p, picked, a)):  # '申报报告' and '申报报告正文不超过8000字'
                lines.append(self.t("字数：" + "；".join(f"{d.title} {d.bound()}" for d in said) + "。",
                                    "Word limits: " + "; ".join(f"{d.title} {d.bound(True)}" for d in said) + "."))
                sources += [d.clause for d in said]
            elif not p.limit and p.text != p.title and a is not None and re.search(r"多少字|几个字|几字|字数|多长|\bwords?\b|characters", a.text.norm) \
                    and not re.search(r"(不超过|不多于|不少于|限|控制在)\s*[0-9一二三四五六七八九十百千万]+\s*字|字以内", p.text):  # its own text sets them
                field = _field_limit(self.n, a.text.compact)  # '申报表里的经验简介限多少字': the form's own blank says it
                lines.append(self.t(f"通知写明：“{field[0]}”。" if field else "通知没有规定这部分的字数。",
                                    f"The notice: “{field[0]}”." if field else "The notice sets no length for this part."))
                sources += [field[1]] if field else []
        title = "、".join(self.t(p.title, _en(p)) for p in picked)
        return Section(title, tuple(lines), tuple(dict.fromkeys(sources)))

    def _said_apart(self, p, picked, a) -> list:
        """The limits said apart from a document of the list ('申报报告正文（质量标杆企业）'); of the track the
        message names ('标杆企业的申报报告'), when they are per track."""
        core = p.title.strip("《》 ")[-3:]  # '《长沙市…申报书》' -> '申报书', named in '申报书正文不超过8000字，其中…'
        own = [d for d in self.n.materials.parts if d.detail and d.limit and d not in picked
               and (d.title.startswith(p.title) or len(core) == 3 and core in d.text)
               and not re.search(rf"(?:不含|不包括|除)[^。；]{{0,4}}{re.escape(p.title.strip('《》 '))}", d.text)]  # '（不含证实性材料）'

        tracks = {d: m.group(1) for d in own if (m := re.search(r"（([^（）]+)）$", d.title))}
        asked = named(list(tracks.values()), a.text.norm) if a is not None and len(tracks) >= 2 else []
        return [d for d in own if d not in tracks or tracks[d] in asked] if len(asked) == 1 else own

    def format(self, a) -> Section:
        f = self.n.format
        return Section(self.t("排版格式要求", "Formatting rules"), tuple(f"• {self.t(r.text, r.en or r.text)}" for r in f.rules),
                       tuple(dict.fromkeys((f.clause, *(r.clause for r in f.rules if r.clause)))))

    def supporting(self, a) -> Section:
        pair = [c for c in (self.n.supporting, self.n.uploads) if c]
        return Section(self.t("证实性材料", "Supporting materials"), tuple(self.t(c.text, c.en or c.text) for c in pair),
                       tuple(c.clause for c in pair))

    def word_limits(self, a) -> Section:
        parts = self.n.materials.parts
        if a is not None and (own := self._limit_of_other(a.text.norm, parts)):  # '入选后的跟踪报告写多少字': its own sentence
            return Section(self.t("字数要求", "Word limit"), (self.t(f"“{own[0]}”", f"The notice: “{own[0]}”"),), (own[1],))
        limited = [p for p in parts if p.limit]
        parts = [p for p in parts if p.limit or not any(q.detail and q.clause == p.clause for q in limited)]  # its sections' limits follow
        if len(limited) >= 2 and len(parts) - len(limited) > len(limited):  # a list of documents, and limits said apart
            parts = limited
        lines = [f"• {self.t(p.title, _en(p))}{self.t('：', ': ')}{self._limit(p)}" if p.limit else
                 self.t(f"• {p.title}：通知未规定字数", f"• {_en(p)}: no limit stated") for p in parts]
        said = {p.limit for p in self.n.materials.parts if p.limit}  # a limit written in a sentence of its own elsewhere
        more = {x.strip(): c.clause for c in self.n.passages for x in _SENTENCE.findall(c.text) if (m := _LIMIT_SAID.search(x))
                and int(m.group(1) or m.group(2)) not in said and not _TOTAL_LIMIT.search(x)}
        lines += [self.t(f"另见（{clause}）：{x}", f"See also ({clause}): {x}") for x, clause in list(more.items())[:2]]
        if parts is limited and not more:
            lines.append(self.t("其他材料通知未规定字数。", "No limits are stated for the other documents."))
        total = self.n.materials.text if _TOTAL_LIMIT.search(self.n.materials.text) else ""  # "全文不超过12000字"
        if not total and (said := stated_total(self.n)):  # '经验总结材料合计不超过1.1万字（不含图表）'
            lines.append(self.t(f"合计：{said[0]}。", f"In total: “{said[0]}”."))
            more[said[0]] = said[1]
        return Section(self.t("各部分字数要求", "Word limits"), (*lines, *([f"{self.n.materials.title}：{total}"] if total else [])),
                       tuple(dict.fromkeys([*(p.clause for p in parts), *([self.n.materials.clause] if total else []),
                                            *list(more.values())[:2]])))

    def _limit_of_other(self, norm: str, parts) -> tuple[str, str] | None:
        """A sentence giving the length of a document the message names that is none of the parts ('《跟踪报告》（3000字以内）')."""
        runs = {norm[i:i + 3] for i in range(len(norm) - 2) if re.fullmatch(r"[\u4e00-\u9fff]{3}", norm[i:i + 3])}
        runs = {w for w in runs if not any(w in p.title for p in parts) and not re.search(r"多少|几个|写多|字数|要求|以内|部分|材料|申报|限制", w)}
        found = [(x.strip(), c.clause) for c in self.n.passages for x in _SENTENCE.findall(c.text)  # not a sentence of the parts'
                 if runs and _LIMIT_SAID.search(x) and any(w in x for w in runs) and not any(p.title in x for p in parts if p.limit)]
        return max(found, key=lambda f: (f[0] == found[0][0] or found[0][0].endswith(f[0]), len(f[1]))) if found else None  # its own clause


def _field_limit(n, compact: str) -> tuple[str, str] | None:
    """A blank of a form whose words the message uses, with the limit written beside it ('经验简介（不超过300字）')."""
    for c in n.passages:
        for m in re.finditer(r"([\u4e00-\u9fff]{2,8})\s*[（(]?\s*(?:不超过|不多于|限)\s*(\d{2,5})\s*字[）)]?", c.text):
            if len(m.group(1)) >= 4 and (gram := m.group(1)[-4:]) in compact:
                return m.group(0)[m.group(0).find(gram):], c.clause
    return None

