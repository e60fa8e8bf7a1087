"""Criteria written as a scoring table in an attachment ('序号  指标  评价要点  分值'): one criterion a row, its points
and its score, and the paragraphs under the table ('加分项：…') as criteria of their own."""

from __future__ import annotations

import re

from .outline import Node, Outline, clean_line
from .sections import annex_titles
from .table import _cells

_TITLE = re.compile(r"评分|评价|评审|打分|指标")
# The columns of a scoring table: the criterion, what is looked at, its score; a row number is read past.
_COLUMNS = (("item", re.compile(r"指标|项目|维度|要素|评价内容|评审内容")), ("points", re.compile(r"要点|说明|内容|标准|细则")),
            ("score", re.compile(r"分值|分数|满分|权重|得分")), ("index", re.compile(r"^(?:序号|编号|序)$")))
_TOTAL = re.compile(r"^(?:合计|总计|总分|小计)")
_ABOUT_SCORES = re.compile(r"\d\s*分|加分|扣分|否决")
_LABELLED = re.compile(r"^([\u4e00-\u9fff]{2,8})[:：]\s*(.+)$")


def scoring_table(o: Outline) -> tuple[Node, list[dict], str] | None:
    """(attachment, criteria, its title) of the first attachment titled for scoring that holds such a table."""
    titles = annex_titles(o)
    for root in (r for r in o.roots if r.level == 0 and _TITLE.search(titles.get(r.annex, ""))):
        items = _rows(root) or _headed(root)
        total = next((clean_line(t) for t, _, _ in root.lines if re.search(r"总分|满分", t)), "")
        if len(items) >= 2:  # '本细则总分1000分，…600分（含600分）以上的企业进入现场评审' goes with its title
            return root, items, f"{titles[root.annex]}（{total.rstrip('。')}）" if total else titles[root.annex]
    return None


def _rows(root: Node) -> list[dict]:
    columns: list[str] | None = None
    items: list[dict] = []
    for line, _s, _e in root.lines:
        cells = [c for c in (clean_line(x) for x in _cells(line)) if c]
        if columns is None:
            columns = _header(cells)
            continue
        if len(cells) >= 2 and not _TOTAL.match(cells[0]):
            row = _row(columns, cells)
            if row:
                items.append({"clause": root.clause, **row})
                continue
        label = _LABELLED.match(line)
        if items and label and _ABOUT_SCORES.search(line):  # '加分项：…' under the table (not a web page's '分享到：')
            items.append({"clause": root.clause, "title": label.group(1), "text": label.group(2).strip()})
    return items if columns else []


def _headed(root: Node) -> list[dict]:
    """Criteria written as headed clauses ('一、领导作用（150分）' over '1.1 质量战略与方针（50分）：…'): a clause each,
    its points in its title, its sub-items as its text."""
    out = []
    for c in root.children:
        m = _POINTS.match(c.heading.strip())
        if m:
            subs = [clean_line(t) for t, _, _ in c.lines] + [g.full() for g in c.children]
            out.append({"clause": c.clause, "title": f"{m.group(1).strip()}（{m.group(2)}分）", "text": "；".join(x for x in subs if x) or m.group(0)})
    return out if len(out) >= 2 else []


_POINTS = re.compile(r"^([\u4e00-\u9fff、，“”（）]{2,24}?)\s*[（(]\s*(\d{1,4})\s*分\s*[)）]$")


def _header(cells: list[str]) -> list[str] | None:
    keys = []
    for c in cells:
        key = next((k for k, rx in _COLUMNS if rx.search(c) and k not in keys), None)
        if key is None:
            return None
        keys.append(key)
    return keys if {"item", "score"} <= set(keys) else None


def _row(columns: list[str], cells: list[str]) -> dict | None:
    """A row as a criterion: its title, its points and its score ('…（25分）'); a row number may be left out."""
    if len(cells) == len(columns) - 1 and columns[0] == "index":
        cells = ["", *cells]
    if len(cells) != len(columns):
        return None
    row = dict(zip(columns, cells, strict=True))
    if not row.get("item") or not re.search(r"\d", row.get("score", "")):
        return None
    score = row["score"] + ("分" if re.fullmatch(r"[\d.]+", row["score"]) else "")
    text = f"{row['points']}（{score}）" if row.get("points") else score
    return {"title": row["item"], "text": text}
