"""What a user calls a document of the notice, and its name as the notice writes it: each document of a compound name, its document noun."""

from __future__ import annotations

import re


def doc_words(title: str) -> list[str]:
    """What a user calls a document: its name, each document of a compound name, a long name's document noun.

    '项目实施方案' -> 实施方案; '营业执照、商标注册证书' -> 营业执照, 商标注册证书; '《…项目申报书》' -> 项目申报书, 申报书.
    """
    bare = re.sub(r"[（(][^）)]*[)）]|[《》“”\"]", "", title)
    words = [title, bare]
    for piece in re.split(r"[、，,]|及|和|或|以及", bare):
        piece = re.sub(r"^(?:近[一二三四五两\d]年|上年度|本年度|其他|相关)", "", piece.strip())
        if len(piece) >= 2:
            words.append(piece)
        piece = re.sub(r"(?<=..)(复印件|原件|扫描件|电子版)$", "", piece)  # a copy of a document is named as the document
        words.append(piece)
        head = _DOC_HEAD.search(piece)
        if head and len(piece) >= 6:
            # The document noun with the two or four characters before it: '实施方案', '建设情况报告'.
            words += [piece[max(0, head.start() - k):] for k in (2, 4)] + ([head.group(0)] if len(head.group(0)) >= 3 else [])
    return list(dict.fromkeys(w for w in words if len(w) >= 2))


_DOC_HEAD = re.compile(r"(方案|报告|申报书|申请书|推荐书|承诺书|证书|证明|执照|意见|简介|概述|材料|复印件|汇总表|申报表|信息表)$")


def doc_title(text: str) -> str:
    """A document's name: '《…》' or the words before its first comma, bracket or full stop."""
    text = text.strip()
    book = re.match(r"《[^》]{2,40}》", text)
    if book:
        return book.group(0)
    depth, end = 0, len(text)  # to the first stop outside brackets: '申报书（按模板填写，加盖单位公章）；'
    for i, ch in enumerate(text):
        depth += (ch in "（(") - (depth > 0 and ch in "）)")
        if not depth and ch in "，,。；;：:":
            end = i
            break
    head = re.sub(r"\s*[（(][^）)]*[)）]\s*$", "", text[:end].strip())  # '申报信息表（附件2）', not '管理方法（技术）的…'
    return re.split(r"[（(]", head, maxsplit=1)[0].strip()[:30] if len(head) > 30 else head or text[:30]


# Which kind of part a heading names: lets the draft check and the lexicon's phrasings find it.
PART_KINDS = (("name", r"名称|题目"), ("abstract", r"摘要|提要"), ("profile", r"概况|简介|基本情况"),
              ("progress", r"推进|应用情况|做法|主要内容"), ("results", r"效果|成效|绩效|成果"))


def part_key(title: str, used: set[str], fallback: str) -> str:
    """The kind of a part by its title (name, abstract…), each kind once; else `fallback`. Marks it used."""
    key = next((k for k, rx in PART_KINDS if re.search(rx, title) and k not in used), fallback)
    used.add(key)
    return key
