"""Text copied out of a PDF: lines hard-wrapped at the page's width, page numbers ('— 3 —', '第3页 共9页') and a
running header repeated at the top of every page ('北京市经济和信息化局文件'); and a web page's trailer (share
buttons, related links) after the last clause.

Undone before the clauses are read, keeping every character's offset so that facts stay traceable to the source:
the line break of a wrapped line, a page number, the header under it and the blank lines around them become
zero-width spaces, which `clean_line` drops. Lines are joined only in a text with page numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from .cells import cell_rows, joined_cells

ZWSP = "\u200b"
_FOOTER = re.compile(r"^\s*(?:[-—–－~]+\s*\d{1,3}\s*[-—–－~]+|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?"
                     r"|\d{1,3}\s*/\s*\d{1,3})\s*$")
# A web page's trailer starts with a line that is only a button or a heading of links ('分享到：[微信]', '**相关阅读**').
_TRAILER = re.compile(r"^[ \t*【\[]*(?:分享到[:：].{0,40}|扫一扫.{0,16}|打印本页.{0,20}|关闭窗口.{0,20}|(?:点击)?阅读原文.{0,20}|"
                      r"分享\s*收藏.{0,20}|往期推荐.{0,10}|"
                      r"(?:相关阅读|相关链接|相关文章|相关新闻|相关文件|网站地图)[*】\]：:\s]*)$", re.M)
_CLAUSE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|附\s*件\s*\d)", re.M)
_ENDS = ("。", "！", "？", "；", "!", "?", ";")
# A line that opens a clause, an attachment or a list item is never the tail of a wrapped line.
_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                    r"|\d{1,2}\s*[.．、)）](?!\d(?!\d{3}\s*年))|第\s*[一二三四五六七八九十\d]{1,3}\s*[条章部篇]|附\s*件|[•·\-*]\s)")
_FIELD = re.compile(r"^\s*[\u4e00-\u9fff]{2,12}\s*[：:]")  # a line that is a labelled field ('地址：…', '联系人：…')
_PROSE = re.compile(r"[，、；：“”（）]")  # a line of running text (a table's row has none of these)
_ALIGNED = re.compile(r"\t|\||\s{2,}|\u3000")
_CELLS = re.compile(r"[\u4e00-\u9fff）)] +(?=[\u4e00-\u9fff（(])")  # '丰台区 丰台区科学技术和信息化局 田 甜 （010）…'
_MID = re.compile(r"[\u4e00-\u9fff\w]$")
_MIN_WIDTH = 40  # wrapped lines are at least twenty Chinese characters wide
_SLACK = 6  # a full line may fall short of the page's width by a few columns (a word or number pushed on)


def width(s: str) -> int:
    """Display width: a Chinese or full-width character takes two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def unwrap(raw: str) -> str:
    """The text with wrapped lines joined and page furniture blanked out, offsets unchanged."""
    raw = cell_rows(_without_web_trailer(_plain_headings(raw)))  # a Word table's cells, one per line, joined into rows
    lines = split_lines(raw)
    junk = _page_furniture(lines)
    texts = [t for i, (t, _, _) in enumerate(lines) if i not in junk]
    # Wrapped by display width (a PDF's page) or by a count of characters (a converter's fixed line length).
    pages = [(w, m) for m in (width, len) for w in [_page_width(texts, m)[0]] if w]
    page = bool(pages)
    if not junk:
        return raw  # no page numbers: not a PDF's text, whatever its line widths (a list of equal rows)
    out = list(raw)
    for i in junk:
        _, s, end = lines[i]
        out[s:end] = ZWSP * (end - s)  # the line with its line break
    if page:
        keep = [i for i in range(len(lines)) if i not in junk]
        for a, b in zip(keep, keep[1:]):
            prev, nxt = lines[a][0].rstrip(), lines[b][0]
            if not any(_full(prev, w, m) for w, m in pages) or not nxt.strip() or _OPENS.match(nxt) \
                    or _FIELD.match(prev) and _FIELD.match(nxt):  # '地址：…，邮编：330046' / '申报系统技术支持：…': two fields
                continue
            gap = range(lines[a][1] + len(lines[a][0].rstrip()), lines[b][1])
            if all(i in junk for i in range(a + 1, b)):  # only a page's furniture between the two halves
                for p in gap:
                    out[p] = ZWSP
    return "".join(out)


def unwrapped(raw: str, out: str) -> str:
    """What unwrapping did, for the operator's review ('' when nothing): lines dropped and line breaks joined."""
    dropped = sum(1 for t, s, e in split_lines(raw) if t.strip() and all(ch == ZWSP for ch in out[s:s + len(t)]))
    joined = sum(1 for i, ch in enumerate(raw) if ch == "\n" and out[i] == ZWSP) - dropped
    cells = joined_cells(raw, out)
    said = [f"把一格一行的表格合成表格行（{cells} 处）"] if cells else []
    if dropped or joined > 0:
        said.insert(0, f"去掉 {dropped} 行页码、页眉或网页按钮等非正文内容，接合 {max(joined, 0)} 处被分页或换行断开的句子")
    return f"版面：{'；'.join(said)}，请核对" if said else ""


# A clause's heading decorated as an article writes it ('📌 一、申报条件', '【三、申报材料】', '⚠️ 七、特别提醒').
# An article's numbered banner may stand before the clause's own number ('▶ 01 二、遴选重点', 'PART 2 二、…').
_DECORATED = re.compile(r"^([^\w\s（(#*\n]{0,4}[ \t\u3000]*(?:(?:0?\d|NO\.?\s*\d{1,2}|PART\s*\d{1,2})[ \t\u3000|｜]+)?【?[ \t\u3000]*)"
                        r"((?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])"
                        r"[^\n】]{1,30}?)(】?)([ \t]*)$", re.M | re.I)


def _plain_headings(raw: str) -> str:
    """The decoration around such headings blanked to spaces, offsets unchanged: the clause opens its line again."""
    return _DECORATED.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(3)) + m.group(4)
                          if m.group(1).strip() or m.group(3) else m.group(0), raw)


def _without_web_trailer(raw: str) -> str:
    """A web page's copy ends with share buttons, related links and the site's footer ('分享到：微信', '相关阅读',
    '主办：…　地址：…　总机：…'): from the first of them in the text's last part on, nothing is the notice's."""
    for m in _TRAILER.finditer(raw):
        rest = raw[m.start():]
        if m.start() > len(raw) // 2 and not _CLAUSE.search(rest):  # nothing of the notice's own follows
            return raw[:m.start()] + "".join(ch if ch in "\r\n" else ZWSP for ch in rest)
    return raw


# "2. 常福街道…电话：…；3. 琴川街道…": two numbered items glued on one line.
_GLUED = re.compile(r"^(\s*)(\d{1,2})([.、．])([^\n]+?[；;])[ \t\u3000]*(\d{1,2})\3", re.M)


def unglued(raw: str) -> str:
    """Each numbered item on a line of its own, where the next number follows on the same line after '；'."""
    def cut(m: re.Match) -> str:
        return f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(4)}\n{m.group(1)}{m.group(5)}{m.group(3)}" \
            if int(m.group(5)) == int(m.group(2)) + 1 else m.group(0)
    while (new := _GLUED.sub(cut, raw)) != raw:
        raw = new
    return raw


# '一是…' opening a paragraph, '二是…' the next: items of a list written as paragraphs.
_COUNTED_LINE = re.compile(r"^([ \t\u3000]*)([一二三四五六七八九十])是(?=[^\n]{4})", re.M)
_HEADING_LINE = re.compile(r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])", re.M)


def counted_lines(raw: str) -> str:
    """Paragraphs counted '一是…', '二是…' (two or more in a row, no heading between) numbered '1．…', '2．…' as a list."""
    marks, runs = list(_COUNTED_LINE.finditer(raw)), []
    for m in marks:
        n = "一二三四五六七八九十".index(m.group(2)) + 1
        if runs and n == runs[-1][-1][0] + 1 and not _HEADING_LINE.search(raw, runs[-1][-1][1].end(), m.start()):
            runs[-1].append((n, m))
        elif n == 1:
            runs.append([(n, m)])
    cuts = sorted((m.start(2), m.end(2) + 1, f"{n}．") for run in runs if len(run) >= 2 for n, m in run)
    for start, end, mark in reversed(cuts):
        raw = raw[:start] + mark + raw[end:]
    return raw


def split_lines(raw: str) -> list[tuple[str, int, int]]:
    """(text, start, end with the line break) of each line."""
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        out.append((line.rstrip("\r\n"), pos, pos + len(line)))
        pos += len(line)
    return out


def _page_furniture(lines: list[tuple[str, int, int]]) -> set[int]:
    """Page numbers, the running header that follows each, and the blank lines around them."""
    footers = [i for i, (t, _, _) in enumerate(lines) if _FOOTER.match(t)]
    if len(footers) < 2:
        return set()
    after = {}
    for i in footers:
        j = next((k for k in range(i + 1, len(lines)) if lines[k][0].strip()), None)
        if j is not None:
            after[i] = j
    repeated = Counter(lines[j][0].strip() for j in after.values())
    junk = set(footers)
    junk |= {j for j in after.values() if repeated[lines[j][0].strip()] >= 2 and len(lines[j][0].strip()) <= 40}
    for i in sorted(junk):
        for step in (-1, 1):  # the blank lines around
            k = i + step
            while 0 <= k < len(lines) and not lines[k][0].strip():
                junk.add(k)
                k += step
    return junk


def _page_width(texts: list[str], measure: Callable[[str], int]) -> tuple[int, float]:
    """(the width the text was wrapped at, the share of long lines within a few columns of it); (0, share) when it
    was not wrapped: most long lines that end mid-sentence are within a few columns of one width."""
    least = _MIN_WIDTH if measure is width else _MIN_WIDTH // 2
    widths = [measure(t.strip()) for t in texts if _PROSE.search(t) and not _tabular(t) and not t.strip().endswith(_ENDS)]
    widths = [w for w in widths if w >= least]
    if len(widths) < 10:
        return 0, 0.0
    count = Counter(widths)
    slack = 4 if measure is width else 2
    top, best = max(((w, sum(count[x] for x in range(w - slack, w + 1))) for w in count), key=lambda x: (x[1], x[0]))
    share = best / len(widths)
    return (top if share >= 0.5 and best >= 10 else 0), share


def _full(line: str, page: int, measure: Callable[[str], int]) -> bool:
    """A line that runs to the page's edge mid-sentence: the sentence goes on on the next line."""
    slack = _SLACK if measure is width else _SLACK // 2
    if not line or line.endswith(_ENDS) or _tabular(line):
        return False
    # Broken mid-word ('于2033年7月' / '15日…'): a long line that ends in a character no sentence ends with.
    return measure(line.strip()) >= page - slack or measure(line.strip()) >= 0.75 * page and _MID.search(line)


def _tabular(line: str) -> bool:
    """A row of a table or a list aligned with spaces: its width says nothing of the page's."""
    line = line.strip()
    return bool(_ALIGNED.search(line)) or len(_CELLS.findall(line)) >= 2 \
        or len(re.findall(r"\s+", line)) >= 2 and not _PROSE.search(line)
