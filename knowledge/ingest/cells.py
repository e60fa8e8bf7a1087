"""A table copied out of a Word document comes out one cell per line: its header cells ('序号', '设区市', '推荐单位',
'联系人', '联系电话'), then each row's cells, the row's number first. Here each row becomes one line again, its cells
apart by tabs as any tabbed table, with the text's offsets unchanged (a line break becomes a tab)."""

from __future__ import annotations

import re

_NUMBER_HEAD = re.compile(r"^(?:序号|编号|No\.?|#)$", re.I)
_HEAD_CELL = re.compile(r"^[^。，,；;：:！？!?]{1,12}$")
_MAX_CELLS = 8


def cell_rows(raw: str) -> str:
    """The text with each one-cell-per-line table joined into tabbed rows (same length, same offsets)."""
    lines = _lines(raw)
    out = list(raw)
    i = 0
    while i < len(lines):
        rows = _table_at(lines, i)
        if not rows:
            i += 1
            continue
        for row in rows:
            for a in row[:-1]:  # the breaks inside a row: a tab, then spaces for any '\r'
                _text, _start, end, brk = lines[a]
                out[end:end + len(brk)] = "\t" + " " * (len(brk) - 1)
        i = rows[-1][-1] + 1
    return "".join(out)


def joined_cells(raw: str, out: str) -> int:
    """How many line breaks became a tab: the cells joined into rows."""
    return sum(1 for a, b in zip(raw, out) if a == "\n" and b == "\t")


def _lines(raw: str) -> list[tuple[str, int, int, str]]:
    """(stripped text, start, end of the text, the line break) of each line."""
    out, pos = [], 0
    for line in raw.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((body.strip(" \t\u3000"), pos, pos + len(body), line[len(body):]))
        pos += len(line)
    return out


def _table_at(lines: list[tuple[str, int, int, str]], i: int) -> list[list[int]]:
    """The rows (line numbers, header first) of a table whose header starts at line i, or [] when none does: a
    number header ('序号') over two to seven more short header cells, then rows numbered 1, 2, 3… of as many cells
    (one more or fewer where a cell ran over two lines or was left out; a cell left empty is an empty line)."""
    if not _NUMBER_HEAD.match(lines[i][0]):
        return []
    k = next((n for n in range(3, _MAX_CELLS + 1) if i + n < len(lines) and lines[i + n][0] == "1"), 0)
    if not k or not all(_HEAD_CELL.match(lines[i + n][0]) for n in range(k)) or not all(lines[i + n][3] for n in range(k)):
        return []
    rows, j, number = [list(range(i, i + k))], i + k, 1
    while j < len(lines) and lines[j][0] == str(number):
        nxt = next((n for n in (k, k - 1, k + 1) if j + n < len(lines) and lines[j + n][0] == str(number + 1)), 0)
        size = nxt or k
        cells = list(range(j, min(j + size, len(lines))))
        if len(cells) < 2 or not lines[cells[-1]][0] and not nxt or not all(lines[c][3] for c in cells[:-1]):
            break
        rows.append(cells)
        j, number = j + size, number + 1
        if not nxt:
            break
    return rows if len(rows) >= 3 else []


_ONE_CJK = re.compile(r"^[\u4e00-\u9fff]$")


def spaced(line: str) -> list[str]:
    """The cells of a row one space apart, a phone written in two groups kept whole ('010-5557 1683')."""
    out: list[str] = []
    for tok in line.split():
        if out and re.match(r"^\d{3,4}(?:转\d+)?$", tok) and re.search(r"\d{3,4}$", out[-1]):
            out[-1] += " " + tok
        else:
            out.append(tok)
    return out


def join_spaced_names(cells: list[str]) -> list[str]:
    """'杨　帆' padded to the width of a three-character name: two one-character cells side by side are one name."""
    out: list[str] = []
    for c in cells:
        if out and _ONE_CJK.match(c) and _ONE_CJK.match(out[-1]):
            out[-1] += c
        else:
            out.append(c)
    return out


def noted(row: dict[str, str], skipped: tuple[str, ...] = ("index", "other", "note")) -> dict[str, str]:
    """A units table row's fields; a note saying what else the unit serves ('备注：含武陟县产业集聚区、詹店镇') is read as
    the places it covers."""
    said = re.match(r"^(?:含|包括|包含)\s*(.{2,80})$", row.get("note", "")) \
        or re.search(r"[（(](?:受理|含|包括|负责)([^（）()]{2,80})[）)]", row.get("address", ""))  # '…创业大厦7楼（受理老鸦庄镇、…企业）'
    covers = row.get("covers") or (said and said.group(1).rstrip("。；;"))
    return {k: v for k, v in row.items() if k not in skipped} | ({"covers": covers} if covers else {})
