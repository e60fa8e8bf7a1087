"""What a user calls a document of the notice, and its name as the notice writes it: each document of a compound name, its
document noun; and the documents a clause lists (numbered inline, split at "；", or in a guide's answer)."""

from __future__ import annotations

import re

from .sections import strip_end


def doc_words(title: str) -> list[str]:
    """What a user calls a document: its name, each document of a compound name, a long name's document noun.

    '项目实施方案' -> 实施方案; '营业执照、商标注册证书' -> 营业执照, 商标注册证书; '《…项目申报书》' -> 项目申报书, 申报书.
    """
    bare = re.sub(r"[（(][^）)]*[)）]|[《》“”\"]", "", title)
    words = [title, bare]
    for piece in re.split(r"[、，,]|及|和|或|以及", bare):
        piece = re.sub(r"^(?:近[一二三四五两\d]年|上年度|本年度|\d{4}\s*年度?|其他|相关|每[个篇份项])", "", piece.strip())
        if len(piece) >= 2:
            words.append(piece)
        piece = re.sub(r"(?<=..)(复印件|原件|扫描件|电子版)$", "", piece)  # a copy of a document is named as the document
        words.append(piece)
        head = _DOC_HEAD.search(piece)
        if head and len(piece) >= 6:
            # The document noun with the two or four characters before it: '实施方案', '建设情况报告'.
            words += [piece[max(0, head.start() - k):] for k in (2, 4)] + ([head.group(0)] if len(head.group(0)) >= 3 else [])
    return list(dict.fromkeys(w for w in words if len(w) >= 2))


_DOC_HEAD = re.compile(r"(方案|报告|总结|摘要|案例|基本情况|申报书|申请书|推荐书|承诺书|证书|证明|执照|意见|简介|概述|材料|复印件|汇总表|申报表|信息表)$")


def doc_title(text: str) -> str:
    """A document's name: '《…》' or the words before its first comma, bracket or full stop."""
    text = text.strip()
    book = re.match(r"《[^》]{2,40}》", text)
    if book:
        return book.group(0)
    depth, end = 0, len(text)  # to the first stop outside brackets: '申报书（按模板填写，加盖单位公章）；'
    for i, ch in enumerate(text):
        depth += (ch in "（(") - (depth > 0 and ch in "）)")
        if not depth and (ch in "，,。；;：:" or text.startswith("——", i)):  # '…审计报告——必报。一式1份'
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


_NUMBERED = re.compile(r"(?:(?<=[：:；;。])|^)\s*\d{1,2}\s*[.．、]")


def numbered_entries(text: str) -> list[str]:
    """'须提交以下材料：1.申报表；2.总结材料，正文不超过8000字；3.营业执照复印件。' -> the documents, unnumbered."""
    cut = list(_NUMBERED.finditer(text))
    if len(cut) < 3:
        return []
    out = []
    for i, m in enumerate(cut):
        piece = text[m.end(): cut[i + 1].start() if i + 1 < len(cut) else len(text)]
        out.append(strip_end(re.split(r"(?<=。)", piece)[0] if i + 1 == len(cut) else piece))
    return [x for x in out if len(x) >= 2]


def asked_list(node) -> list[tuple]:
    """A guide written as questions ('8. 需要准备哪些材料？答：…'): the documents its first listing answer names."""
    if sum(c.heading.rstrip().endswith(("？", "?")) for c in node.children) * 2 < max(1, len(node.children)):
        return []
    return next(([(c, t, "") for t in found] for c in node.children if len(found := prose_entries(c)) >= 3), [])


def prose_entries(node) -> list[str]:
    """'应提交以下材料：A；B；C。' -> [A, B, C]."""
    body = node.body.split("：", 1)[1] if "：" in node.body[:60] else node.body
    first = re.split(r"(?<=。)", body)[0]  # the list is the first sentence; what follows is about copies or binding
    return [strip_end(x) for x in re.split(r"[；;]", first) if len(strip_end(x)) >= 4] if "；" in first else []


def table_entries(node) -> list[str]:
    """A table of documents written with bars but no outer bars ('序号 | 材料名称 | 份数 | 盖章要求'): each row as
    '名称：份数；盖章要求；…', the document's name first."""
    rows = [[x.strip() for x in re.split(r"[|｜\t]", t)] for t, _, _ in node.lines if len(re.findall(r"[|｜\t]", t)) >= 2]  # bars or tabs
    head = next((i for i, r in enumerate(rows) if any(re.fullmatch(r"(?:材料|文件)?名称|材料|申报材料", c) for c in r)), None)
    if head is None:
        return []
    col = next(i for i, c in enumerate(rows[head]) if re.fullmatch(r"(?:材料|文件)?名称|材料|申报材料", c))
    return [f"{r[col]}：" + "；".join(c for i, c in enumerate(r) if i != col and c and not re.fullmatch(r"\d{1,2}", c))
            for r in rows[head + 1:] if len(r) == len(rows[head]) and r[col]]
