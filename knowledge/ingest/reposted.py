"""A notice reposted inside an article (a WeChat public account's post): the article's own lead-in above the notice's
title ('许昌工信 2176-03-02 08:30 发表于河南', '📌 一、申报对象', '—— 以下为通知原文 ——') is not the notice. Its numbered
summary would be read as the notice's clauses, and its title line as the notice's title; the notice starts at its own
issuer and title, with its document number below them."""

from __future__ import annotations

import re

# Signs that the text above the title is an article's, not the notice's ('点击蓝字 关注我们', '发表于', a marker).
_ARTICLE = re.compile(r"发表于|点击蓝字|点击上方|关注我们|阅读原文|以下为通知原文|通知原文如下|以下为原文|原文如下|全文如下|附通知原文|小编")
_TITLE = re.compile(r"^\s*(?:[\u4e00-\u9fff（）()“”\"]{2,40})?关于.{2,80}的?(?:通知|通告|公告)\s*$")
_NUMBER = re.compile(r"〔\s*\d{4}\s*〕\s*\d{1,4}\s*号|\[\s*\d{4}\s*\]\s*\d{1,4}\s*号")
_ISSUER = re.compile(r"^\s*[\u4e00-\u9fff（）()]{4,40}(?:局|委员会|委|厅|办公室|办|政府|中心)(?:文件)?\s*$")
_NUMBERED = re.compile(r"(?m)^\W{0,3}[一二三四五六七八九十]{1,2}\s*[、.．]")  # '📌 一、申报对象': clauses of its own
MIN_LINES = 3  # a title with a line or two above it is the notice's own head


def reposted(text: str) -> tuple[str, str]:
    """(the notice, the article's lead-in that was above it); the lead-in is '' when there is none."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines[:400]):
        if i < MIN_LINES or not _TITLE.match(line.strip()):
            continue
        below = "".join(lines[i + 1:i + 6])
        if not _NUMBER.search(below) and not _NUMBER.search(lines[i - 1] if i else ""):
            continue
        start = i - 1 if _ISSUER.match(lines[i - 1]) else i
        start = start - 1 if start > 0 and _NUMBER.search(lines[start - 1]) else start  # the number above the title
        lead = "".join(lines[:start])
        if not _ARTICLE.search(lead) or not _NUMBERED.search(lead) or _NUMBER.search(lead):  # (a letter forwarding it has its own number)
            return text, ""  # (a lead-in without clauses of its own is read as the notice's preamble, as it always was)
        return "".join(lines[start:]), lead
    return text, ""
