"""A notice that runs several programmes, a chapter each ('第二章 质量标杆遴选', '第三章 首席质量官培训报名'), or
that takes a second kind of applicant in sections of its own ('二、2102年度质量标杆复评', '三（一）复评'): this
programme's facts are read from its own chapter, the new applicants' sections and the common ones only, so that
another programme's or the renewal's dates, materials and contacts are never taken for its own. The other sections
stay in the notice's clauses, quoted when a question names them (knowledge/programmes.py)."""

from __future__ import annotations

import re

from ..programmes import named_in_title
from ..values import RENEWAL

_CHAPTER = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]{1,3}(?:章|部分|篇)[ \t\u3000]*(\S[^\n]{1,40})$", re.M)
_COMMON = re.compile(r"总体|共同|通用|总则|附则|工作要求|组织实施|保障|纪律|其他事项")
_END = re.compile(r"^[ \t\u3000]*(?:附件\s*[：:\d１-９一]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*$)", re.M)
_HEADS = (re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[ \t\u3000]*([^\n]{1,30})$", re.M),
          re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[)）][ \t\u3000]*([^\n。；]{1,20})$", re.M))


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the spans, each but its heading line (so that the numbering after it still follows on)."""
    out, at = [], 0
    for s, e in sorted(spans):
        if s >= at:
            head = text.find("\n", s, e)
            out.append(text[at:head + 1 if head >= 0 else e])
            at = e
    return "".join(out) + text[at:]


def _renewal(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The sections for renewing applicants, when the notice also takes new ones ('新申报') in sections of their own."""
    if not re.search(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[ \t\u3000]*新申报", text, re.M):
        return [], []
    spans, titles = [], []
    for level, rx in enumerate(_HEADS):
        for m in rx.finditer(text):
            if not RENEWAL.search(m.group(1)) or len(m.group(1)) > 20:
                continue
            ends = [x.start() for r in _HEADS[:level + 1] for x in r.finditer(text, m.end())]  # the next heading as high
            end = _END.search(text, m.end())
            spans.append((m.start(), min([*ends, end.start() if end else len(text), len(text)])))
            titles.append(m.group(1).strip())
    inside = {i for i, (s, e) in enumerate(spans) for j, (s2, e2) in enumerate(spans) if i != j and s2 <= s and e <= e2}
    return [x for i, x in enumerate(spans) if i not in inside], [x for i, x in enumerate(titles) if i not in inside]


def own_chapters(text: str, own: str = "标杆") -> tuple[str, list[str]]:
    """The text without the chapters of other programmes and the sections of renewing applicants, and their titles;
    the text as it is when it has neither. Chapters are programmes only when the notice's title lists them, and
    only in its main text (an annex's '第一部分 企业基本情况' is a part of a form)."""
    title = next((x for x in text.splitlines() if x.strip()), "")
    annex = re.search(r"^[ \t\u3000]*附件\s*\d*\s*$|^[ \t\u3000]*附件\s*\d+\s*[:：]?\s*\n", text, re.M)
    heads = [m for m in _CHAPTER.finditer(text) if not annex or m.start() < annex.start()]
    mine = [m for m in heads if own in m.group(1)]
    others = [m for m in heads if m not in mine and not _COMMON.search(m.group(1)) and named_in_title(m.group(1), title)] \
        if len(mine) == 1 else []
    spans, titles = _renewal(text)
    for m in others:
        nxt = next((h.start() for h in heads if h.start() > m.start()), len(text))
        end = _END.search(text, m.end(), nxt)
        spans.append((m.start(), end.start() if end else nxt))
        titles.append(m.group(1).strip())
    return (_cut(text, spans), titles) if spans else (text, [])
