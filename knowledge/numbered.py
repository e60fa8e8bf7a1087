"""Questions numbered in one message ('两个问题：1.审计报告要哪一年的 2.小巨人还要另外附啥'): each answered on its own,
under its number, in one reply."""

from __future__ import annotations

import re
from dataclasses import replace

# '1.' '2、' '(3)' '①' at the start of the message or after a space or punctuation, before words (not '1.5亿').
_MARK = re.compile(r"(?:(?:^|(?<=[\s：:，,。；;？?！!]))(?:[(（]\s*([1-9])\s*[)）]|([1-9])\s*[.、．)）])|([①②③④⑤⑥⑦⑧⑨]))\s*(?=[^\d\s.．])")
# A part that asks something ('1.成立于2020年 2.营收2亿，能报吗' tells facts before one question).
_ASKS = re.compile(r"[？?]|吗|么|呢|吧|多少|多大|多长|多久|几|哪|什么|啥|怎么|咋|如何|是否|能否|可否|有没有|是不是|谁|要不要|行不行|可以不")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨"
_BASIS = re.compile(r"\n—— 依据：[^\n]*$|\n— [^\n]*, notice [^\n]*$")
_SUGGESTED = re.compile(r"\n\n(?:💡 您还可以问：|You can also ask: )[^\n]*")


def numbered_parts(question: str) -> tuple[str, list[str]]:
    """(what comes before them, the questions) of a message that numbers them 1, 2, … in order (at least two, each a
    few words), else ('', [])."""
    marks = list(_MARK.finditer(question))
    numbers = [int(m.group(1) or m.group(2)) if not m.group(3) else _CIRCLED.index(m.group(3)) + 1 for m in marks]
    if len(marks) < 2 or numbers != list(range(1, len(marks) + 1)):
        return "", []
    parts = [question[m.end():(marks[i + 1].start() if i + 1 < len(marks) else len(question))].strip(" \t\n，,；;。") for i, m in enumerate(marks)]
    asking = any(_ASKS.search(p) for p in parts[:-1])  # (not only the last: facts told, then one question)
    return (question[:marks[0].start()], parts) if all(len(re.sub(r"\W", "", p)) >= 3 for p in parts) and asking else ("", [])


# Two questions joined by '还有' / '另外' / a question mark ('审计报告要哪一年的，还有单个PDF最大多大').
_JOINED = re.compile(r"[，,。；;？?！!\s]\s*(?:还有|另外|以及|再问一?下|还想问一?下|顺便问一?下|再就是|再有就是)(?:就是|一个|个|一点)?(?:问题)?[，,：:]?\s*"
                     r"|(?<=[？?])\s*(?=[^\s？?])")


def joined_parts(question: str) -> tuple[str, list[str]]:
    """(the story told before them, the questions) of a message that joins two or three (each asking, each a few
    words), else ('', [])."""
    parts = [p.strip(" \t\n，,；;。") for p in _JOINED.split(question)]
    parts = [_THANKS.sub("", p) for p in parts if re.sub(r"\W", "", p)]
    told = re.split(r"(?<=[。！!？?\n])", parts[0])  # '我是巴城一家…。想问下审计报告要哪一年的': its last sentence asks
    before, parts[0] = "".join(told[:-1]), told[-1]
    if 2 <= len(parts) <= 3 and all(len(re.sub(r"\W", "", p)) >= 4 and _ASKS.search(p) for p in parts):
        return before, parts
    return "", []


def each_joined(got, question: str, answerer, now, home: str | None, english: bool):
    """The reply to a message of joined questions when the whole gave only a quoted passage: each question answered
    on its own; else the reply as it was."""
    if not got.matched or not set(got.intents) <= {"passage"} or not got.text.startswith(("【通知原文】", "【From the notice】")):
        return got
    before, parts = joined_parts(question)
    each = answer_numbered(before, parts, answerer, now, home, english) if parts else None
    return each if each is not None and set(each.sources) - set(got.sources) else got  # only when a part finds what the whole did not


_THANKS = re.compile(r"[，,。\s]*(?:谢谢|多谢|感谢|麻烦了|辛苦了)[啦了啊哈呀您你!！~～。]*$")


def answer_numbered(before: str, parts: list[str], answerer, now, home: str | None, english: bool):
    """One reply to numbered questions: each part's answer under its number (a part not understood says so in its first
    line, without the list of what can be asked), the basis line once at the end; the one place said before them
    ('我是青浦一家…') is each part's. None when no part is answered."""
    home = home if len(said := answerer.resolver.resolve(before).districts) != 1 else said[0]
    answers = [answerer.answer(p, now, home) for p in parts]
    if not any(a.matched for a in answers):
        return None
    basis = next((m.group(0) for a in answers if (m := _BASIS.search(a.text))), "")
    bodies = [_SUGGESTED.sub("", _BASIS.sub("", a.text)).strip() if a.matched or not a.gap else a.text.split("\n")[0] for a in answers]
    head = "Question {}: {}" if english else "（{}）{}"
    text = "\n\n".join(f"{head.format(i, p)}\n{b}" for i, (p, b) in enumerate(zip(parts, bodies, strict=True), 1)) + basis
    first = answers[0]
    return replace(first, text=text, matched=True, sources=tuple(dict.fromkeys(s for a in answers for s in a.sources)),
                   intents=tuple(dict.fromkeys(i for a in answers for i in a.intents)), suggestions=(), choices=(), district_choices=(),
                   gap=False, partial=any(a.partial for a in answers))
