"""The clause tree of a notice: its nodes (一、 / （一） / 1. / 附件N) and the whole outline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import _CLOSES, join_cjk


@dataclass(eq=False)
class Node:
    """One clause: id like 三（一） or 附件1 一（四）, heading text, body paragraphs and source span."""

    clause: str
    level: float  # 1 一、 or 第一部分; 1.5 an 一、 inside a part; 2 （一）; 3 1.; 4 （1）; 0 an attachment
    number: int
    heading: str
    start: int
    end: int
    lines: list[tuple[str, int, int]] = field(default_factory=list)  # (clean text, start, end)
    children: list[Node] = field(default_factory=list)
    annex: int = 0
    kind: str = ""  # the word of a top-level clause written '第N部分' / '第N章' (部分, 章): its citation keeps it
    depth: int = 0  # the hashes of a markdown heading ('## 一、…'); an unnumbered one has kind '#', an item '项'

    @property
    def body(self) -> str:
        """The node's own text (after its heading), lines joined as one paragraph; a number ending a line stays apart
        from one opening the next (a table's phone and the next row's number)."""
        return self.paragraphs(False)

    def paragraphs(self, apart: bool = True) -> str:
        """The body; with `apart`, a table's last row ('合计\t\t100') ends before a paragraph after a blank line, so
        that the row is not read as that paragraph's first sentence."""
        out, end, row = "", -1, False
        for t, s, e in md_rows(self.lines):
            cells = "\t" in t or t.count("|") >= 2  # ('场次|时间|地点': a row written with bars)
            if apart and row and (s > end + 1 or not cells and len(t) > 20) and out[-1] not in _CLOSES:
                out += "。"  # a table's last row, then a paragraph: never one sentence
            elif apart and row and cells and out[-1] not in _CLOSES:
                out += "；"  # one table row after another: never one sentence across the two
            elif apart and cells and "|" in t and out and out[-1] not in _CLOSES:
                out += "。"  # a table's header after a paragraph ('填表日期：…' / '序号|指标|…'): a sentence of its own
            out += " " + t if out[-1:].isdigit() and t[:1].isdigit() else t
            end, row = e, cells or len(t) <= 20 and t[-1:].isdigit()
        return join_cjk(out)

    @property
    def text(self) -> str:
        """Heading and body as one paragraph."""
        return join_cjk(self._titled() + self.body)

    def full(self, apart: bool = False) -> str:
        """Heading, body and every descendant's text (`apart`: see paragraphs)."""
        return "".join([join_cjk(self._titled() + self.paragraphs(apart)), *(c.full(apart) for c in self.children)])

    def _titled(self) -> str:
        """The heading, with a colon when it is a title on a line of its own above a paragraph ('（二）字数要求' /
        '申报…的，正文不超过8000字'): never one sentence with the paragraph's first words."""
        h = self.heading.rstrip()
        if h and self.lines and len(h) <= 16 and h[-1] not in _CLOSES \
                and not h[-1].isdigit() and not self.lines[0][0][:1].isdigit() and "\t" not in self.lines[0][0]:
            return h + "："
        return self.heading

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Outline:
    """The whole notice: text before the first heading (head), the clause tree, and the raw text."""

    raw: str
    head: list[tuple[str, int, int]]
    roots: list[Node]
    tail: list[tuple[str, int, int]] = field(default_factory=list)  # 附件 list, signature and date of the main text

    def nodes(self):
        for r in self.roots:
            yield from r.walk()

    def find(self, clause: str) -> Node | None:
        return next((n for n in self.nodes() if n.clause == clause), None)


_MD_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")
_MD_RULE = re.compile(r"^\s*[|｜]?[\s:：\-—|｜]+$")


def md_rows(lines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A markdown table's rows as sentences: '| 1 | 营业执照 | 副本扫描件，加盖企业公章 | 是 |' reads '营业执照：副本扫描件，
    加盖企业公章（是否必须：是）。' under the header '| 序号 | 材料 | 要求 | 是否必须 |'; the header and its rule line
    say nothing of their own. Other lines as they are."""
    out, header = [], []
    for i, (t, s, e) in enumerate(lines):
        if not _MD_ROW.match(t) or _MD_RULE.match(t):
            if not _MD_RULE.match(t) or "-" not in t:
                out.append((t, s, e))
            continue
        cells = [c.strip() for c in re.split(r"[|｜]", t.strip().strip("|｜"))]
        if i + 1 < len(lines) and _MD_RULE.match(lines[i + 1][0]) and "-" in lines[i + 1][0]:
            header = cells  # the header row: the names of the columns
            continue
        named = list(zip(header, cells, strict=False)) if len(header) == len(cells) else [("", c) for c in cells]
        if named and re.fullmatch(r"\d{1,3}[.．、]?", named[0][1]):
            named = named[1:]  # the row's number
        if not named:
            continue
        first, rest = named[0][1], [(h, c) for h, c in named[1:] if c and c not in ("-", "—", "/")]
        long = [c for h, c in rest if len(c) > 6 or not h.strip()]
        short = [f"{h}：{c}" for h, c in rest if len(c) <= 6 and h.strip()]
        text = first + ("：" + "，".join(long) if long else "") + (f"（{'；'.join(short)}）" if short else "")
        out.append((text.rstrip("。；;") + "。", s, e))
    return out


def md_body_rows(lines: list[tuple[str, int, int]]) -> list[str]:
    """The body rows of a markdown table among a node's lines, each as its sentence (see md_rows)."""
    rows = {s for t, s, _ in lines if _MD_ROW.match(t) and not _MD_RULE.match(t)}
    return [t for t, s, _ in md_rows(lines) if s in rows]
