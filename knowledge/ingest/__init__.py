"""Notice text -> knowledge base in the project's schema, with a trace of every value and a review report.

    result = ingest(text, geography)      # pure: no I/O
    result.data      # the knowledge base as plain data (what the YAML file holds)
    result.report()  # what an operator reads in one minute
    result.code      # 0 clean, 1 usable with warnings, 2 unusable
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import CJK, to_simplified
from .annexes import build_annex_clauses
from .batches import build_batches
from .chapters import own_chapters
from .contacts import build_fees, build_organisation
from .documents import build_documents
from .draft import Draft
from .faq import faq_items
from .hotlines import build_consultation
from .inline_moves import apply_inline_moves
from .kind_units import build_kind_units
from .mailing import build_mailing
from .materials import build_materials
from .meta import build_lists, build_meta
from .ocr import ocr_fixes
from .outline import parse
from .prevail import main_text_limits
from .quotas import build_quotas
from .reflow import reflowed
from .relative import reckoned
from .reposted import reposted
from .steps import checklist
from .submission import build_submission
from .supplement import CORRECTION, apply_supplement, front_dues, front_note, supplement_at
from .track_table import build_track_table
from .unit_addresses import build_unit_addresses
from .unit_changes import apply_unit_changes
from .units import build_units
from .unwrap import unwrapped

SCHEMA = 2


@dataclass(frozen=True)
class Result:
    data: dict
    found: tuple[str, ...]
    missing: tuple[str, ...]
    repaired: tuple[str, ...]
    ambiguous: tuple[str, ...]
    fatal: str = ""
    # Places outside the geography with their units ({name, short, key, unit, person, phone, address, clause}), as
    # the report lists them; the knowledge base holds them as `places` (keyed by pinyin) and `units`.
    places: tuple[dict, ...] = ()

    @property
    def code(self) -> int:
        """0 = clean, 1 = usable with warnings, 2 = unusable."""
        if self.fatal:
            return 2
        return 1 if self.missing or self.ambiguous or self.repaired else 0

    def report(self) -> str:
        """The review report: found per section, not found, repaired, ambiguous, and the verdict."""
        meta = self.data.get("meta", {})
        out = [f"通知：{meta.get('title', '（未识别标题）')} {meta.get('doc_number', '')}".rstrip()]
        for head, rows in (("找到", self.found), ("没有找到（助手将回答“通知中没有…”）", self.missing),
                           ("已修复", self.repaired), ("有歧义，请核对", self.ambiguous)):
            if rows:
                out.append(f"\n{head}：")
                out += [f"  • {r}" for r in rows]
        verdict = {0: "结论：可以使用（0）", 1: "结论：可以使用，但请先核对上面的提示（1）",
                   2: f"结论：不能使用（2）：{self.fatal}"}[self.code]
        out.append("\n" + verdict)
        return "\n".join(out)


def simplified(text: str) -> tuple[str, int]:
    """A notice written in traditional characters ('關於開展…「質量標杆」遴選活動的通告') read in simplified ones, and how
    many characters changed; a simplified notice with a stray traditional name or two stays as it is."""
    simple = to_simplified(text)
    changed = sum(a != b for a, b in zip(text, simple)) if len(simple) == len(text) else len(CJK.findall(text))
    return (simple, changed) if changed >= 20 and changed * 20 >= len(CJK.findall(text)) else (text, 0)


def ingest(text: str, geography=None, source_name: str = "") -> Result:
    """Read one notice. `geography` (districts and their names) maps units to district keys."""
    text, traditional = simplified(text)
    text = reflowed(text)  # a web page's copy with its line breaks lost: each heading on a line of its own
    text, lead = reposted(text)  # a notice reposted in an article: from its own title on
    cut = supplement_at(text)  # a supplementary notice after the notice changes its facts, applied below
    text, front = (text, 0) if cut else front_note(text)  # or a note above it ('温馨提示：…延长至…'), moved after it
    cut = cut or front
    main, reckoning = reckoned(text[:cut] if cut else text)  # '自本通知印发之日起20个工作日内': its date written beside it
    text, cut = (main + text[cut:], len(main)) if cut else (main, cut)
    whole = parse(text[:cut] if cut else text)
    own, others = own_chapters(text[:cut] if cut else text)  # not another programme's chapters ('第三章 首席质量官培训')
    d = Draft(parse(own) if others else whole)
    if layout := unwrapped(own, d.outline.raw):
        d.repaired.append(layout)
    if misread := ocr_fixes(own):
        d.repaired.append(f"识别错字：改正 {misread} 处扫描识别的形近字（如“2O52”中的字母O、编号“－、”、“曰”），请核对")
    d.repaired += reckoning
    if others:
        d.found.append(f"另成章节的其他项目或复评（只按原文引用，不计入新申报的条件、材料和时间）：{'、'.join(dict.fromkeys(others))}")
    if lead:
        d.repaired.append(f"转载文章：通知原文之前的文章导语（{len(lead.splitlines())} 行）不是通知本身，已略去，只读取通知原文")
    if traditional:
        d.repaired.append(f"繁体字：通知按简体字读取（转换 {traditional} 个字），引用原文时以简体给出")
    build_meta(d)
    build_lists(d)
    build_submission(d)
    build_batches(d)
    build_track_table(d)
    build_units(d, geography)
    build_kind_units(d)
    build_unit_addresses(d, geography)
    front_dues(d, text)  # '包河区企业须于…前': a unit's own date in a note above a reposted notice
    apply_unit_changes(d, text)  # '特别说明：于都县邮箱变更为…'
    build_quotas(d, geography)
    build_consultation(d)
    build_mailing(d)
    build_fees(d)
    build_organisation(d)
    build_materials(d)
    main_text_limits(d)  # the main text's limits over an annexed template's
    build_documents(d)
    build_annex_clauses(d)
    apply_inline_moves(d)  # '（六）…网上填报截止时间顺延至…': the notice's own clause moving its date
    if cut:
        first = next(t for t in text[cut:].splitlines() if t.strip())  # the note's heading, or a correction's label
        apply_supplement(d, text, cut, first if front else (label.group(1) if (label := CORRECTION.match(first.strip())) else "补充通知"))
    data = d.data
    data["schema"] = SCHEMA
    if source_name:
        data["source_text"] = source_name
    steps = checklist(data)
    if steps:
        data["checklist"] = steps
    # Every clause as the notice words it, with its items: what is quoted when no structured fact answers.
    data["passages"] = _passages(whole) + [{"clause": x["clause"], "text": x["text"], "title": x["clause"].rstrip("一二三四五六七八九十")}
                                               for x in data.get("amendments", [])]
    if faq := faq_items(text):  # its questions and answers, wherever they stand: quoted as the notice's own
        data["faq"] = faq
        data["passages"] += [{"clause": x["clause"], "text": f"问：{x['q']}答：{x['a']}", "title": "问答"} for x in faq]
        d.found.append(f"问答：{len(faq)} 条")
    data["trace"] = d.trace
    data = _prune(data)
    fatal = ""
    if not d.outline.roots:
        fatal = "没有识别出任何条款（一、（一）1. 等编号）；这可能不是一份通知的正文"
    elif "submission" not in data and "passages" not in data:
        fatal = "没有找到截止时间，也没有可引用的条款"
    return Result(data, tuple(d.found), tuple(d.missing), tuple(d.repaired), tuple(d.ambiguous), fatal, tuple(d.places))


def _prune(value):
    """Drop empty values: a fact the notice does not state is absent, never an empty string."""
    if isinstance(value, dict):
        out = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in ("", None, [], {})}
    if isinstance(value, list):
        return [x for x in (_prune(v) for v in value) if x not in ("", None, [], {})]
    return value


def _passages(outline) -> list[dict]:
    lead = "".join(t for t, _, _ in outline.head if len(t) >= 40 and "。" in t)  # the preamble: '本年度全市遴选…不超过40家。'
    return [*([{"clause": "导语", "text": lead[:1200]}] if lead else []),
            *({"clause": n.clause, "text": n.full(True)[:1200], **({"title": n.heading[:40]} if n.heading else {})}
              for n in outline.nodes() if n.text.strip())]


def passages_of(text: str) -> list[dict]:
    """Every clause of a notice text as the notice words it (for a reviewed knowledge base that lists none)."""
    return _passages(parse(text))
