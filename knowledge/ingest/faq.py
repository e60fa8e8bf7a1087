"""A notice's questions and answers ('常见问题解答', '政策问答'): each '问：…' with the '答：…' under it, numbered in
the order written and cited as 问答N. They may stand in a clause of the notice, in an attachment or after it."""

from __future__ import annotations

import re

# '问：', '问1：', '1. 问：', 'Q：', '问题3：'; '答：', '答复：', 'A：'
_ASK = re.compile(r"^[ \t\u3000]*(?:\d{1,2}\s*[.．、]\s*|[（(]\s*\d{1,2}\s*[)）]\s*)?(?:问题?|Q)\s*\d{0,2}\s*[:：．.]\s*(?=\S)", re.M)
_REPLY = re.compile(r"^[ \t\u3000]*(?:答复?|A)\s*\d{0,2}\s*[:：．.]\s*(?=\S)", re.M)
_TITLE = re.compile(r"(?:常见问题|问题解答|政策问答|答疑|问答)[^\n]{0,12}$")


def faq_start(text: str) -> int:
    """Where the first question of two or more stands (or the title line just above it), else len(text)."""
    pairs = _pairs(text)
    if len(pairs) < 2:
        return len(text)
    start = pairs[0][0]
    before = text[:start].rstrip()
    head = before.rfind("\n") + 1  # the last line written above the first question
    return head if _TITLE.search(before[head:]) else start


def _pairs(text: str) -> list[tuple[int, str, str]]:
    """(offset, question, answer) of each question that has an answer right under it."""
    out = []
    asks = list(_ASK.finditer(text))
    for i, m in enumerate(asks):
        end = asks[i + 1].start() if i + 1 < len(asks) else len(text)
        reply = _REPLY.search(text, m.end(), end)
        if reply is None:
            continue
        q = " ".join(text[m.end():reply.start()].split())
        a = re.split(r"\n[ \t\u3000]*\n", text[reply.end():end])[0]  # one paragraph: a blank line ends it
        a = " ".join(a.split())
        if 4 <= len(q) <= 200 and 2 <= len(a):
            out.append((m.start(), q, a[:600]))
    return out


def faq_items(text: str) -> list[dict]:
    """The notice's questions and answers, when it has two or more: [{"clause": "问答1", "q": …, "a": …}, …]."""
    pairs = _pairs(text)
    if len(pairs) < 2:
        return []
    return [{"clause": f"问答{i}", "q": q, "a": a} for i, (_, q, a) in enumerate(pairs, 1)]
