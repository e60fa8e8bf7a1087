"""A message that only names a clause ('第七条是什么', '第21条', '三（一）说的啥'): that clause quoted as written, with
its id, in place of an answer by topic (a notice written as articles is read and discussed by its article numbers)."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import lazy

_CN = "零一二三四五六七八九十百"
_ASKED = lazy(rf"^(?:请问)?(?:通知|办法|细则)?(?:里|中)?的?\s*(第\s*[{_CN}\d]{{1,4}}\s*条|第\s*[{_CN}\d]{{1,3}}\s*章"
              rf"|[一二三四五六七八九十]{{1,3}}\s*[（(]\s*[一二三四五六七八九十]{{1,3}}\s*[)）](?:\s*第?\s*\d{{1,2}}\s*(?:条|项|款|点)?)?"
              rf"|附件\s*\d{{1,2}})"
              r"\s*(?:是什么|说的?是?(?:啥|什么)|讲的?是?(?:啥|什么)|写的?是?(?:啥|什么)|什么内容|的内容|原文|内容是什么|怎么说的?|"
              r"规定了?(?:啥|什么)|是啥|(?:具体)?(?:有)?(?:啥|什么)要求|具体要求)?\s*(?:呢|啊|呀)?\s*[？?。]?$")
_LIMIT = 600  # characters quoted; a longer clause is cut at a sentence


def _cn(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "") if n < 100 else str(n)


def _as_written(ref: str) -> str:
    """'第21条' -> '第二十一条'; '三(一)' -> '三（一）'."""
    ref = re.sub(r"\s+", "", ref).replace("(", "（").replace(")", "）")
    ref = re.sub(r"(?<=）)第?(\d+)(?:条|项|款|点)?$", r"\1", ref)  # '二（一）第2条' is item 二（一）2
    return re.sub(r"(?<=第)\d+(?=[条章])", lambda m: _cn(int(m.group(0))), ref) if re.search(r"第\d", ref) else ref


def cited_clause(kb, norm: str, en: bool) -> Section | None:
    """The clause a message names on its own, quoted (None when the message asks more, or the notice has no such clause)."""
    m = _ASKED.match(norm.strip())
    if not m or len(norm) > 30:
        return None
    ref = _as_written(m.group(1))
    found = [c for c in kb.notice.passages if c.clause == ref or c.clause.endswith(" " + ref)]
    if not found:
        return None
    c = found[0]
    text = c.text if len(c.text) <= _LIMIT else c.text[:_LIMIT].rsplit("。", 1)[0] + "。…"
    lead = f"The notice, {c.clause}:" if en else f"通知{c.clause}原文："
    return Section("From the notice" if en else "通知原文", (lead, f"“{text}”"), (c.clause,))
