"""A notice copied off a web page that lost its line breaks: its body in a few long paragraphs, each clause's number
running on after the sentence before it ('…通知如下：一、遴选范围和申报条件（一）遴选范围。…（二）申报条件。1.在…').
Each heading is put back on a line of its own, where its number continues the numbering of its level; the attachments
('附件1 …'), the attachment list and the signature ('…局 2188年5月6日') too. Text with its lines kept is left as it is."""

from __future__ import annotations

import re

from .numerals import cn_int

_CN = "一二三四五六七八九十"
# A mark after the end of a sentence or a clause: '一、', '（一）', '1.' (before words, not '1.5'), '附件2', '附件：'.
_MARK = re.compile(rf"\s*(?:(?P<l1>[{_CN}]{{1,3}})、|[（(](?P<l2>[{_CN}]{{1,3}})[)）]|(?<![\d.])(?P<l3>\d{{1,2}})[.．、](?=[\u4e00-\u9fff《“（(])"
                   r"|(?P<annex>附\s*件\s*\d{1,2})(?=\s+[^\s，,。；;）)、])|(?P<list>附\s*件\s*[:：]))")  # ('…见 附件4 ，': a reference)
_HEADED = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")
_SIGNED = re.compile(r"\s+([\u4e00-\u9fff（）()]{4,40}?(?:局|委员会|委|厅|政府|办公室|管委会))\s+(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?=\s|$)")
# Where a space stands for a lost line break: before a unit's entry of a run-on contacts list ('…（…） 莲都区经济商务科技局：
# 张立新，0578-…；'), before a form's notes ('（加盖公章） 申报书填写说明：').
_APART = re.compile(r"[ \t\u3000]+(?=[\u4e00-\u9fff（）()]{2,30}(?:局|委员会|委|管委会|办公室|中心)[：:]\s*[\u4e00-\u9fff]{2,4}[，,]\s*\d"
                    r"|[\u4e00-\u9fff]{0,8}(?:填写|填表|编写)?说明[：:])")
_LONG = 600
_ENDS = frozenset("。；;：:！!？?”）) \t\u3000")


def reflowed(text: str) -> str:
    """The text with the headings of its long run-on paragraphs on lines of their own (see the module)."""
    lines = text.split("\n")
    long = [t for t in lines if len(t) >= _LONG and len(_MARK.findall(t)) >= 3]
    if not long or sum(map(len, long)) * 2 < len(text) or sum(bool(_HEADED.match(t)) for t in lines) > 2:
        return text  # (a notice whose headings stand on lines of their own, with a long paragraph or two, is as it is)
    counters: list[int] = [0, 0, 0]
    out = []
    for line in lines:
        if len(line) < 80 or len(line) < 200 and len(_MARK.findall(line)) < 2:
            out.append(line)
            continue
        pieces, last = [], 0
        for m in _MARK.finditer(line):
            before = line[last:m.start()].rstrip()
            # after a sentence or a clause, or right after a heading ('一、遴选范围和申报条件（一）遴选范围。')
            if before and before[-1] not in _ENDS and not m.group(0)[:1].isspace() and not (m.group("l2") and len(before) <= 30 and "。" not in before) \
                    or not _takes(m, counters):
                continue
            pieces.append(line[last:m.start()].rstrip())
            last = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
            if m.group("annex"):  # '附件1 2188年度…申报书（提纲）': the mark on its own line above the title
                pieces.append(m.group("annex").replace(" ", ""))
                last = m.end()
        pieces.append(line[last:])
        out += [_APART.sub("\n", _SIGNED.sub(lambda s: f"\n{s.group(1)}\n{s.group(2)}\n", p)) for p in pieces if p.strip()]
    return "\n".join(out)


def _takes(m: re.Match, counters: list[int]) -> bool:
    """The mark opens a clause: its number continues its level's (or starts it at 1); deeper levels start anew."""
    if m.group("annex") or m.group("list"):
        counters[:] = [0, 0, 0]
        return True
    level = next(i for i, k in enumerate(("l1", "l2", "l3")) if m.group(k))
    n = cn_int(m.group(("l1", "l2", "l3")[level])) if level < 2 else int(m.group("l3"))
    if n not in (1, counters[level] + 1):
        return False
    counters[level] = n
    counters[level + 1:] = [0] * (2 - level)
    return True
