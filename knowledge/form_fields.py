"""What a form annexed to the notice asks for ('回执都要填些啥信息'): the labels of its blanks ('企业名称：', '所在区（市）：',
'统一社会信用代码：'), read from the annex as written, with the annex's own notes on filling it in."""

from __future__ import annotations

import re
from pathlib import Path

from .phrasing import Section
from .values import lazy

_ASKS = lazy(r"(?:填|写)(?:些|哪些)?(?:啥|什么|哪些)|(?:有|包括|包含)(?:哪些|啥|什么)(?:信息|内容|栏目|项)|(?:信息|内容|栏目|项目?)(?:有|是)?(?:哪些|啥|什么)"
             r"|\bwhat\b.{0,20}\b(?:fill|fields?|ask)")
_ANNEX = re.compile(r"^\s*附\s*件\s*(\d{1,2})\s*$", re.M)
_KIND = re.compile(r"(回执|信息表|申报表|推荐表|汇总表|报名表|意向表|登记表|承诺书|推荐意见表|情况表)$")
_BLANK = re.compile(r"^([^：:。；;，,|｜\d][^：:。；;|｜]{1,19})[：:]\s*(?:[_＿\s]*|(?:姓名|职务|手机|电话)[\s　姓名职务手机电话]*)$")
_NOTES = re.compile(r"^(?:填表说明|说明|注|备注)\s*[:：]")


def _forms(text: str) -> list[tuple[str, str, list[str], str]]:
    """(annex number, title, its blanks, its notes) of every annex that is a form with three or more blanks."""
    heads = list(_ANNEX.finditer(text))
    out = []
    for i, m in enumerate(heads):
        lines = [x.strip() for x in text[m.end():heads[i + 1].start() if i + 1 < len(heads) else len(text)].splitlines() if x.strip()]
        if not lines or not _KIND.search(lines[0]):
            continue
        blanks = [b.group(1).strip() for x in lines[1:] if (b := _BLANK.match(x)) and not _NOTES.match(x)]
        notes = next((x for x in lines[1:] if _NOTES.match(x)), "")
        if len(blanks) >= 3:
            out.append((m.group(1), lines[0], blanks, notes))
    return out


def _source(kb) -> str:
    """The notice's text as written, line by line (the knowledge base's passages have lost its line breaks)."""
    path = Path(kb.notice_path) if kb.notice_path else None
    path = path if path is None or path.suffix == ".txt" else path.with_name(kb.notice.source_text) if kb.notice.source_text else None
    try:
        return path.read_text(encoding="utf-8") if path else ""
    except (OSError, UnicodeDecodeError):
        return ""


class FormFields:
    """Uses the answerer's kb."""

    def _form_fields(self, norm: str, en: bool) -> Section | None:
        """The blanks of the one annexed form the message names and asks the contents of, or None."""
        if not _ASKS.search(norm):
            return None
        forms = self.__dict__.get("_forms")
        if forms is None:
            forms = self.__dict__["_forms"] = _forms(_source(self.kb))
        named = [f for f in forms if _KIND.search(f[1]).group(1) in norm]
        if len(named) != 1:
            return None
        num, title, blanks, notes = named[0]
        lines = [f"{'Annex' if en else '附件'}{num}《{title}》{'asks for:' if en else '要填写：'}", *(f"• {b}" for b in blanks)]
        return Section("What the form asks" if en else "表格内容", (*lines, *((notes,) if notes else ())), (f"附件{num}",))
