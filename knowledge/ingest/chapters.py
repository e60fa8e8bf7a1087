"""A notice that runs several programmes, a chapter each ('第二章 质量标杆遴选', '第三章 首席质量官培训报名'): this
programme's facts are read from its own chapter and the common ones only, so that another programme's dates,
materials and contacts are never taken for its own. The other chapters stay in the notice's clauses, quoted when
a question names their programme (knowledge/programmes.py)."""

from __future__ import annotations

import re

_CHAPTER = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]{1,3}(?:章|部分|篇)[ \t\u3000]*(\S[^\n]{1,40})$", re.M)
_COMMON = re.compile(r"总体|共同|通用|总则|附则|工作要求|组织实施|保障|纪律|其他事项")
_END = re.compile(r"^[ \t\u3000]*(?:附件\s*[：:\d１-９一]|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*$)", re.M)


def own_chapters(text: str, own: str = "标杆") -> tuple[str, list[str]]:
    """The text without the chapters of other programmes, and their titles; the text as it is when its chapters are
    not programmes (none names this one, or none names another)."""
    heads = list(_CHAPTER.finditer(text))
    mine = [m for m in heads if own in m.group(1)]
    others = [m for m in heads if m not in mine and not _COMMON.search(m.group(1))]
    if len(mine) != 1 or not others:
        return text, []
    cut, titles = [], []
    for m in others:
        nxt = next((h.start() for h in heads if h.start() > m.start()), len(text))
        end = _END.search(text, m.end(), nxt)
        cut.append((m.start(), end.start() if end else nxt))
        titles.append(m.group(1).strip())
    out, at = [], 0
    for s, e in cut:
        out.append(text[at:s])
        at = e
    return "".join(out) + text[at:], titles
