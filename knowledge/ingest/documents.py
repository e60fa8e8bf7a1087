"""The documents an applicant hands in, where the notice lists them apart from the parts its written materials are made
of ('三、申报材料 （一）申报书…（二）典型经验材料，按附件2撰写…（三）营业执照复印件'): a reply on what to prepare gives both."""

from __future__ import annotations

import re

from .doc_names import doc_title, doc_words, numbered_entries, prose_entries
from .draft import Draft
from .sections import content_nodes, strip_end

# A clause that lists the documents: '申报材料', '材料清单', '申报材料包括：', '申报材料及要求'.
_LIST = re.compile(r"^(?:申报|申请|提交|报送|需提交的?|需报送的?)?材料(?:清单|目录|组成|内容)?[：:]?$|^(?:申报|申请)材料(?:包括|清单|组成|及要求|要求)")
# An entry that is a rule on the documents, not one of them: '材料格式要求：A4…', '纸质材料一式两份…'.
_RULE = re.compile(r"^(?:材料)?(?:格式|排版|份数|装订|报送|提交|字数|篇幅|要求|纸质|电子)|要求$|^(?:以上|上述|所有|全部)")
# What a document is called: '…申报书', '营业执照复印件', '信用承诺书', '证实性材料', '推荐意见表'.
_DOC = re.compile(r"书|表|执照|证明|证书|报告|材料|承诺|复印件|扫描件|方案|函|报表")
_VERB = re.compile(r"须|(?<![供相对响])应|不得|不超过")  # a sentence on the documents ('申报书封面及诚信承诺书须加盖企业公章')
_INLINE = re.compile(r"(?:包括|如下|以下材料|下列材料)[：:]\s*(.+?)(?:。|$)")


def _entries(node) -> list[tuple[object, str]]:
    """(clause node, the entry's words) of a clause listing documents: its items, numbered inline, or split at '；'/'、'."""
    if node.children:  # each item's first line: '（一）《宁波市质量标杆申报书》（附件2）。申报书分为三部分…'
        return [(c, c.heading if c.heading.endswith(("。", "；", ";")) or not c.body or c.children else c.text) for c in node.children]
    if found := numbered_entries(node.text) or prose_entries(node):
        return [(node, t) for t in found]
    if len(lines := [t.strip() for t in node.body.splitlines() if t.strip()]) >= 2:  # '附件1 常熟市质量标杆企业申报书（必报）'
        return [(node, re.sub(r"^附件\s*\d{1,2}\s*", "", t)) for t in lines]
    inline = _INLINE.search(node.text)  # '申报材料包括：申报书、营业执照复印件、2040年度审计报告。'
    return [(node, t) for t in re.split(r"[、；;]", inline.group(1)) if len(t.strip()) >= 2] if inline else []


def build_documents(d: Draft) -> None:
    """materials.documents: the list of documents, when the notice gives one beside the parts of its materials."""
    m = d.data.get("materials")
    if not m:
        return
    _tails(m["parts"])
    parts = {p["title"] for p in m["parts"]}
    best: list[dict] = []
    for node in (n for n in content_nodes(d.outline) if _LIST.search(n.heading.strip()) and n.clause != m["clause"]):
        docs = []
        for n, text in _entries(node):
            text = re.sub(r"^\s*(?:[（(]?\d{1,2}[)）.．、]|[（(][一二三四五六七八九十]+[)）])\s*", "", text).strip()
            title = doc_title(text)
            if len(title) >= 2 and not _RULE.search(title) and not _VERB.search(title):
                docs.append({"clause": n.clause, "key": f"doc{len(docs) + 1}", "title": title,
                             "text": strip_end(text) + "。", "match": doc_words(title)})
        enough = sum(bool(_DOC.search(x["title"])) for x in docs) >= 2 and sum(x["title"] in parts for x in docs) * 2 < len(docs)
        if enough and (not best or node.level >= best[0]["level"]):
            best = [{**x, "level": node.level} for x in docs]  # the innermost list: '四（一）申报材料包括：' within '四、申报材料'
    if not best:
        best = _one_with_parts(d, m)
    if best:
        m["documents"] = [{k: v for k, v in x.items() if k != "level"} for x in best]
        d.found.append(f"需提交的材料：{len(best)} 项（{best[0]['clause']}）：" + "、".join(x["title"] for x in best))


def _one_with_parts(d: Draft, m: dict) -> list[dict]:
    """'（一）《…申报书》，主要包括以下内容：1.…4.… （二）信用承诺书 （三）营业执照复印件': the documents are the list's items,
    the parts only the one document's, which the materials are then named after."""
    node = next((n for n in d.outline.nodes() if n.clause == m["clause"]), None)
    nested = [c for c in node.children if c.children] if node is not None else []
    if len(nested) != 1 or len(node.children) < 3 or not _LIST.search(node.heading.strip()):  # the list itself, not a form
        return []
    docs = [{"clause": c.clause, "key": f"doc{i}", "title": doc_title(c.heading), "text": strip_end(c.heading) + "。",
             "match": doc_words(doc_title(c.heading))} for i, c in enumerate(node.children, 1)]
    docs = [x for x in docs if not _RULE.search(x["title"]) and not _VERB.search(x["title"])]
    own = [p for p in m["parts"] if p["clause"].startswith(nested[0].clause)]
    if sum(bool(_DOC.search(x["title"])) for x in docs) < 3 or sum("limit" in p for p in own) < 2 or not _DOC.search(doc_title(nested[0].heading)):
        return []  # '（五）由授权人员递交纸本材料的：…' is a rule's clause, not a document written in parts
    lead = re.split(r"[：:。]", nested[0].heading)[0].strip() + "："  # the prefix the list's reading gave each part
    m["parts"] = [{**p, "text": p["text"].removeprefix(lead)} for p in m["parts"] if p in own or "limit" in p]  # '经验摘要，500字': its own
    m["title"] = doc_title(nested[0].heading).strip("《》")
    return [{**x, "level": 0} for x in docs]


_TAIL = ("正文", "摘要", "简介", "概况", "成效", "效果", "做法")


def _tails(parts: list[dict]) -> None:
    """'典型经验正文' is what a user calls '正文': a part's closing noun is one of its names, where no other part ends so
    and the lexicon has no words for its kind (a part keyed by its place in the list)."""
    tails = [re.sub(r"[（(][^）)]*[)）]", "", p["title"])[-2:] for p in parts]
    for p, tail in zip(parts, tails, strict=True):
        if tail in _TAIL and tails.count(tail) == 1 and tail != p["title"] and p["key"].startswith(("part", "limit")):
            p["match"] = list(dict.fromkeys([*p.get("match", []), tail]))
