"""The contacts table of recommending units: columns by tabs or runs of spaces, rows broken across lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import cells as _c
from .facts import DOTTED, EMAIL, PHONE, phones
from .lines import unpadded
from .outline import clean_line
from .side_by_side import unfold

_SPLIT = re.compile(r"\t+|\s{2,}|\u3000+")
_PIPE = re.compile(r"\s*[|｜]\s*")  # a table written with bars ('区名 | 单位 | 电话', markdown's '| … |')
_RULE_LINE = re.compile(r"^[\s|｜:：\-—=+]+$")  # markdown's '|---|:--:|' under the header
_HEADERS = {
    # A row number (序号, 编号) or a column the units table does not hold (备注, 邮编): read past, never a field.
    "index": r"^(?:序号|编号|序|No\.?|NO\.?|#)$",
    "other": r"^(?:邮编|邮政编码|传真)$",
    "note": r"^(?:备注|说明)$",  # read past, but for the places a unit also serves ('含武陟县产业集聚区、詹店镇')
    "email": r"^(?:电子邮箱|电子信箱|邮箱|邮件地址|E-?mail|email)(?:地址)?$",
    # The places a unit also serves ('所辖县级市': 江阴市、宜兴市): further names of its place.
    "covers": r"^(?:所辖|下辖|管辖|包括|含)[\u4e00-\u9fff、]{1,8}$|覆盖范围",
    # How many each unit may recommend ('推荐名额（家）'): a column of its own.
    "quota": r"名额|限额|配额|推荐数",
    # The unit's own date for the firms' copies ('纸质材料报送截止时间'), in a column of its own.
    "due": r"截止|报送日期",
    # A column naming the place, beside one naming the unit ('区名 | 单位'); alone, it is the name column.
    "place": r"^(?:区名|区镇|镇区|镇街|街镇|乡镇|镇（街道）|"
             r"区县|县区|县（市、区）|县市区|地区|区域|所在区|所属区|辖区|地市|城市|设区市|所在市|市州|市（州）|区|县|市)(?:名称)?(?:[/／](?:类别|类型))?$",
    "name": r"部门|单位|名称|机构|科室|处室|推荐单位|区县|区",
    "hours": r"受理时间|办公时间|工作时间|接待时间", "address": r"地址|办公地点|地点",
    "person": r"联系人|联络人|姓名",
    "phone": r"电话|联系方式|手机|号码|座机|固话",
}
_LABELLED, _PERSON = re.compile(r"[（(]\s*(?:联系人|联络人|联系电话|电话)\s*[:：]"), re.compile(rf"^(?:{DOTTED}|[\u4e00-\u9fff]{{2,4}})$")
_NOTE, _ASIDE = re.compile(r"^(?:注|说明|备注|附注)\s*\d?\s*[:：]"), re.compile(r"^[（(][^）)]{0,40}(?:按|执行|参照|详见|见第|另行)[^\n]{6,}[）)]$")
# A cell left empty on purpose; how the rest of an address cell broken onto a line of its own starts ('区行政中心B座…').
_NONE, _REST = re.compile(r"^\s*(?:[—–\-－/／]+|无|暂无)\s*$"), re.compile(r"[\d（(区楼室号座层栋幢]")
_SKIPPED, _READ = ("index", "other", "note"), ("phone", "person", "name", "email")  # _READ: a phone or none says a cell is in place
# A row number in a row: '1', '12.', '（3）', '一、'.
_INDEX = re.compile(r"^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.．、]?$|^[(（]\d{1,3}[)）]$")
# A unit by its organisation's suffix: 科经委, 商务委, 经委, 市场监管局, 管委会, 服务中心, 办公室.
_NO_NAME, _SPACED_NAME = re.compile(r"[区县市镇乡州旗局委会办处科室园城港湾岛村]$|街道$|中心$"), re.compile(r"^\s*[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]\s")
# An organisation by its suffix; an address by its street words.
_ORG, _ADDRESS = re.compile(r"(?:委员会|管委会|委|局|办公室|办|中心|分局|协会|商会|公司|厅|处|科|院|所|站)$"), re.compile(r"[路街道弄巷]|\d+号|楼|室|大厦")


@dataclass
class Row:
    cells: dict[str, str]
    start: int
    end: int
    repaired: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)  # further contacts of the unit, in rows of their own


def _columns(cells: list[str]) -> list[str] | None:
    keys = []
    for c in cells:
        c = re.sub(r"[（(][^）)]{1,12}[)）]", "", c).strip() or c  # '区（开发区）', '推荐名额（家）': the header's own word
        key = next((k for k, rx in _HEADERS.items() if re.search(rx, c) and (k not in keys or k in _SKIPPED)), None)
        key = key or ("phone2" if "phone" in keys and "phone2" not in keys and re.search(_HEADERS["phone"], c) else None)  # 座机 | 手机
        if not key:
            return None
        keys.append(key)
    if "place" in keys and "name" not in keys:
        keys[keys.index("place")] = "name"
    return keys if {"name", "phone"} <= set(keys) or {"name", "address"} <= set(keys) else None


def _by_shape(cells: list[str]) -> dict[str, str]:
    """A row whose columns could not be split by the header, read by content in any order: a row number is dropped, the
    phone by its digits, the unit by its place or organisation's suffix (else the first cell), a person's short name,
    and the rest is the address."""
    text = " ".join(cells)
    ph = phones(text)
    out = {"phone": "、".join(ph[:2]) if ph else ""}  # '0371-68953217，手机13838156402': both numbers, none as an address
    rest = re.sub(r"(?:手机|电话|座机)\s*[:：]?\s*(?=\s|$)|^[，,；;\s]+|(?<=\s)[，,；;]+", " ", PHONE.sub(" ", text, count=2)) if ph else text
    tokens = _c.join_spaced_names([t for t in re.split(r"[\s、]+", rest) if t])  # '钱俊峰 0510-…、许婧 0510-…': two people
    said = [t for t in tokens if re.match(r"(?:办公|联系)?地址[:：]", t)]  # '地址：递铺街道胜利西路12号…': the address, labelled
    tokens = [t for i, t in enumerate(tokens) if t not in said and not (i == 0 and _INDEX.match(t))]
    # A place's own name ('昌硕街道'), then an organisation not worded as an address; '滨河街道办事处' is still one.
    name = next((t for t in tokens if re.fullmatch(r"[\u4e00-\u9fff]{2,8}(?:街道|镇|乡|开发区|园区|新区)", t)), "")
    name = name or next((t for t in tokens if _ORG.search(t) and not _ADDRESS.search(t)), "")
    name = name or next((t for t in tokens if _ORG.search(t)), "")
    name = name or next((t for t in tokens if not _ADDRESS.search(t)), tokens[0] if tokens else "")
    if name:
        tokens.remove(name)
    people = [t for t in tokens if _PERSON.match(t) and not _ORG.search(t)]
    if len(ph) >= 2 and len(people) >= 2:  # a person to each of the two numbers
        person = "、".join(people[-2:])
        tokens = [t for t in tokens if t not in people[-2:]]
    else:
        person = next((t for t in reversed(tokens) if _PERSON.match(t) and not _ORG.search(t)), "")
        person = person or next((t for t in reversed(tokens) if _PERSON.match(t)), "")
        if person:
            tokens.remove(person)
    out["person"], out["name"] = person, name
    out["address"] = " ".join(tokens + [re.sub(r"^(?:办公|联系)?地址[:：]\s*", "", t) for t in said])
    return out


def _by_columns(columns: list[str], cells: list[str]) -> dict[str, str] | None:
    """A row read by the header's columns, when its content agrees: a unit is no row number, a phone has digits."""
    row = {k: "" if _NONE.match(v) else v for k, v in zip(columns, cells, strict=True)}
    if row.get("phone") and not phones(row["phone"]) and (mail := EMAIL.search(row["phone"])):  # '仅限邮箱：wgs_jkj@…': no phone
        row["email"], row["phone"] = mail.group(0), ""
    if _INDEX.match(row.get("name", "")) or row.get("phone") and not phones(row["phone"]):
        return None
    row["phone"] = "、".join(x for x in (row.get("phone", ""), row.pop("phone2", "")) if x)  # a landline and a mobile column
    return _c.noted(row)


def parse_table(raw: str, lines: list[tuple[str, int, int]]) -> tuple[list[Row], list[str]]:
    """Rows of the table found in the given source lines, and notes on what was repaired."""
    rows, notes, columns, closed = [], [], None, False  # closed: a lead-in to something else came after the rows
    tabbed = False  # the header's cells one tab apart: a continuation line's leading tabs say its column
    barred = False  # the header's cells between bars: a row is a line with bars
    spaced = False  # the header's cells one space apart ('序号 地区 推荐单位 联系人 联系电话': a PDF's table)
    for i, (text, s, e) in enumerate(table := list(unfold(raw, lines, _cells))):  # a row of two units side by side: two rows
        line = unpadded(text)  # '罗　婷': one name, not two cells
        stripped = clean_line(line)
        if not stripped:
            continue
        if len(phones(stripped)) >= 2 and re.search(r"[；;]", stripped):
            # Several units in one sentence ("甲区商务委 姜文 5550 6101；乙区…") after a label ('珠三角地区：'), not a unit's '联系人：'.
            for seg in re.split(r"[；;。]", re.sub(r"^(?![^：:]*[（(]\s*(?:联系人|联络人|联系电话|电话)[：:])[^：:]{0,20}[：:]", "", stripped)):
                if phones(seg := re.sub(r"^[^：:]*(?:如下|分别为|分别是)[：:]", "", seg)):  # '…联系人及电话如下：南关区…'
                    if _LABELLED.search(seg):  # '广州市工业和信息化局（联系人：梁嘉欣，电话：020-…）'
                        seg = re.sub(r"[，,]|[）)]\s*$", " ", re.sub(r"[（(]?\s*(?:联系人|联络人|联系电话|电话|手机)\s*[:：]", " ", seg))
                    rows.append(Row({k: v.strip() for k, v in _by_shape(seg.split()).items()}, s, e))
            continue
        if _RULE_LINE.match(line):
            continue
        if rows and _NOTE.match(stripped) and not any(len(phones(t)) == 1 and not _NOTE.match(clean_line(t)) for t, _s, _e in table[i + 1:i + 3]):
            break  # '注：1．县级市…均向所在设区市申报': the notes under a table are no part of its last row (one between rows is skipped)
        cells = _c.join_spaced_names([clean_line(c) for c in (_c.spaced(line) if spaced else _cells(line))])
        indented = bool(re.match(r"^[\t \u3000]", line)) or (cells and cells[0] == "")
        cells_nz = [c for c in cells if c]
        if columns is None:
            columns = _columns(cells_nz)
            if columns is None and len(cells_nz) == 1 and len(_c.spaced(line)) >= 3:
                columns = _columns(_c.spaced(line))
                spaced = columns is not None
            if columns:
                tabbed = line.strip().count("\t") == len(columns) - 1 and "\t\t" not in line.strip()
                barred = len(_PIPE.findall(line.strip())) >= len(columns) - 1
                continue
        has_phone = bool(phones(stripped))
        placed = _placed(line, columns, tabbed)
        if rows and placed is not None and not placed.get("name") and (has_phone or placed.get("person")):
            # A unit's second contact in a row of its own, its name cell merged with the row above.
            _merge(rows[-1], list(placed.items()), has_phone, e)
            continue
        if spaced and rows and has_phone and columns[0] == "index" and not _INDEX.match(cells_nz[0]) and len(cells_nz) < len(columns) \
                and all(bool(phones(c)) == (k == "phone") for k, c in zip(columns[-len(cells_nz):], cells_nz, strict=True) if k in _READ):
            # The rest of a row broken across lines, with a further contact: its cells end where the row's end.
            _merge(rows[-1], list(zip(columns[-len(cells_nz):], cells_nz, strict=True)), True, e, broken=True)
            continue
        if columns and columns[0] == "index" and not has_phone and 2 <= len(cells_nz) < len(columns) and _INDEX.match(cells_nz[0]):
            rows.append(Row(dict(zip(columns[1:], cells_nz[1:], strict=False)), s, e))  # '4    南开区': a row broken after its place
            continue
        if rows and has_phone and columns and not rows[-1].cells.get("phone") and len(rows[-1].cells) + len(cells_nz) == len(columns) - 1:
            rows[-1].cells.update(dict(zip(columns[-len(cells_nz):], cells_nz, strict=True)))  # that row's rest, on the next line
            rows[-1].end = e
            continue
        if rows and has_phone and len(cells_nz) == 2 and _PERSON.match(cells_nz[0]) and rows[-1].cells.get("person") and not _NO_NAME.search(cells_nz[0]) \
                and (len(cells_nz[0]) == 3 or _SPACED_NAME.match(text)):  # a person ('田 甜'), not a place's unit ('乍浦  0573-…')
            _merge(rows[-1], [("person", cells_nz[0]), ("phone", cells_nz[1])], True, e)  # '李 婷 027-…': the unit's second contact
            continue
        if rows and not has_phone and (_NOTE.match(stripped) or _ASIDE.match(stripped) or barred and not _PIPE.search(stripped) or closed
                                       or (closed := stripped.endswith(("：", ":")))  # '市工业和信息化局科技质量科（…）：'
                                       or tabbed and "\t" not in line and (re.search(r"[：:]", stripped) or len(stripped) >= 8 and not _REST.match(stripped))):
            continue  # a note in brackets ('（…按第五部分…执行。）'), a line without bars (or tabs) under such a table ('…接收地址：')
        if rows and (indented or not has_phone) and len(cells_nz) <= 2 and not (columns and len(cells_nz) == len(columns)) \
                and not re.search(r"[，,].*[。；;]" if len(stripped) > 40 else r"[，,].*。$" if len(stripped) >= 16 else "$^", stripped):  # a paragraph, no row
            # A row broken across lines by the converter: its rest belongs to the row above.
            target = _continuation_column(cells, columns, _leading_tabs(line) if tabbed else -1)
            if len(cells_nz) == 1 and _ORG.search(cells_nz[0]) and not _ORG.search(rows[-1].cells.get("name", "")):
                target = "name"  # '石景山区科学技术和信' / '息化局'
            parts = [("phone" if phones(c) or _EXTENSION.match(c) else "person" if has_phone and _PERSON.match(c) else target, c)
                     for c in cells_nz]
            _merge(rows[-1], parts, has_phone, e)
            continue
        if not has_phone and len(cells_nz) < 2:
            continue
        row = None
        if columns and len(cells_nz) == len(columns):
            row = _by_columns(columns, cells_nz)
        elif columns and len(cells) == len(columns) and (len(_PIPE.findall(line)) >= 2 or tabbed):
            row = _by_columns(columns, cells)  # a barred row with an empty cell keeps its columns
        row = row or _by_shape(cells_nz)
        if not row.get("person") and (said := re.match(r"^(.{3,30}?)[：:]\s*([\u4e00-\u9fff·]{2,4})[，,、]?$", row.get("name", ""))):
            row = {**row, "name": said.group(1), "person": said.group(2)}  # '某某区经信局：张某 0577-…'
        rows.append(Row({k: v.strip() for k, v in row.items()}, s, e))
    for r in rows:
        notes += r.repaired
    return rows, notes


def _placed(line: str, columns: list[str] | None, tabbed: bool) -> dict[str, str] | None:
    """A line's cells by the header's columns, when the line keeps their positions (bars, or one tab apart)."""
    if not columns or not (tabbed or len(_PIPE.findall(line)) >= 2):
        return None
    cells = _cells(line) if len(_PIPE.findall(line)) >= 2 else line.rstrip("\t").split("\t")
    return None if len(cells) > len(columns) else _c.noted({k: c for k, cell in zip(columns, cells, strict=False) if (c := clean_line(cell))})


def _merge(prev: Row, parts: list[tuple[str, str]], contact: bool, end: int, broken: bool = False) -> None:
    """Add a continuation line to the row above: text broken off a cell is joined to it; a further contact (a phone,
    or a whole name beside the unit's person) is listed beside the first, each cell's values joined by 、 ('甲、乙'),
    and named in the review report. `broken`: the line's other cells are the rest of the row's broken cells."""
    person = next((v for k, v in parts if k == "person"), "")
    if contact or person and _PERSON.match(person) and _PERSON.match(prev.cells.get("person", "")):
        prev.others.append(" ".join(v for k, v in parts if k in ("person", "phone") or not broken))
        for key, value in parts:
            if broken and key not in ("person", "phone"):
                prev.cells[key] = prev.cells.get(key, "") + value
            elif key != "name" and value not in prev.cells.get(key, ""):
                prev.cells[key] = "、".join(x for x in (prev.cells.get(key, ""), value) if x)
    else:
        for key, value in parts:
            prev.cells[key] = (prev.cells.get(key, "") + value).strip()
        prev.repaired.append(f"“{prev.cells.get('name', '')}”一行被断成两行，已合并：{'、'.join(dict.fromkeys(k for k, _ in parts))}")
    prev.end = end


def _cells(line: str) -> list[str]:
    """The cells of one line: split at bars when the line has two or more, else at tabs and runs of spaces."""
    if len(_PIPE.findall(line)) >= 2:
        return _PIPE.split(line.strip().strip("|｜").strip())
    return _SPLIT.split(line)


_EXTENSION = re.compile(r"^(?:转|分机|ext\.?)\s*\d{2,6}$", re.I)
def _leading_tabs(line: str) -> int:
    return len(line) - len(line.lstrip("\t"))


def _continuation_column(cells: list[str], columns: list[str] | None, tabs: int = -1) -> str:
    """Which column a continuation line continues: its position when tabs keep it, else the address."""
    if columns and 0 < tabs < len(columns) and columns[tabs] not in _SKIPPED:
        return columns[tabs]
    if columns and len(cells) == len(columns):
        for key, cell in zip(columns, cells, strict=True):
            if cell:
                return key
    return "address"
