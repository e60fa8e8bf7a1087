"""Word limits the main text gives for the parts of an annexed template, which are the ones that count: '企业简介不超过800字；
经验摘要不超过300字…附件2申报书模板中所列字数提示与本通知不一致的，以本通知正文为准' over the template's '企业简介（500字以内）'."""

from __future__ import annotations

import re

from .draft import Draft
from .inline_parts import section_limits

_LEAD = re.compile(r"^(?:典型经验|经验|质量管理)")


def main_text_limits(d: Draft) -> None:
    """Each part read from an annex takes the limit the main text states for a part of the same name; the review
    report names every change."""
    parts = (d.data.get("materials") or {}).get("parts") or []
    annexed = [p for p in parts if str(p.get("clause", "")).startswith("附件")]
    if not annexed:
        return
    for n in (n for n in d.outline.nodes() if not n.annex):
        said = section_limits(n.text)
        if len(said) < 2:
            continue
        for title, limit, _piece in said:
            for p in (p for p in annexed if _same(p["title"], title) and p.get("limit") != limit):
                was, where = p.get("limit"), p["clause"]
                p["limit"], p["clause"] = limit, n.clause  # cited where the limit is said
                if was:
                    p["text"] = re.sub(rf"(?<!\d){was}(?=\s*字)", str(limit), p.get("text", ""))
                    d.found = [x.replace(f"{p['title']}（{was}字）", f"{p['title']}（{limit}字）") for x in d.found]
                d.repaired.append(f"{where} {p['title']}：附件写的是{was or '（无）'}字，通知正文（{n.clause}）写的是{limit}字，"
                                  "已按正文；请核对")
        return


def _same(a: str, b: str) -> bool:
    """One part's name in another's ('经验摘要' / '摘要', '典型经验正文' / '经验正文')."""
    a, b = _LEAD.sub("", re.sub(r"[（(][^）)]*[)）]", "", a)), _LEAD.sub("", b)
    return len(a) >= 2 and len(b) >= 2 and (a in b or b in a)
