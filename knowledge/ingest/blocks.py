"""Contacts written as labelled fields ('单位：…  联系人：…  电话：…'), one unit to a numbered item, or one unit to a
line led by its place ('浦东新区：浦东新区科技和经济委员会，锦绣路1208号612室，联系人 沈一帆 50882316、林若溪 50882319')."""

from __future__ import annotations

import re

from .facts import DOTTED, EMAIL, phones
from .glued_units import parse_glued_units
from .grouped_units import split_hours
from .outline import clean_line
from .table import Row, parse_table
from .unit_sentences import parse_unit_sentences

_FIELD = re.compile(r"(推荐单位|单位名称|单位|部门|名称|联系人|联络人|姓名|(?:联系|办公)?电话\s*[/／]\s*传真|联系电话|办公电话|电话|手机"
                    r"|办公地址|联系地址|受理地址|报送地址|接收地址|地址|推荐名额|名额|电子邮箱|电子信箱|邮箱|E-?mail|QQ号?|微信号?|传真)\s*[:：]\s*", re.I)
_FIELD_KEY = (("quota", r"名额"), ("name", r"单位|部门|名称"), ("person", r"联系人|联络人|姓名"), ("phone", r"电话|手机"),
              ("address", r"地址"), ("email", r"(?i)邮箱|信箱|mail"), ("qq", r"(?i)qq"), ("wechat", r"微信"), ("fax", r"传真"))
# A label starting a part of an item, written without its colon ('，联系人谭晓雯', '，电话023-…', '，推荐名额4家').
_BARE_LABEL = re.compile(r"(^|[，,；;\s]\s*)(联系人|联络人|联系电话|办公电话|电话|手机|办公地址|联系地址|地址|推荐名额|电子邮箱|邮箱)"
                         r"[ \t\u3000]*(?=[^\s:：，,；;])")


def parse_blocks(raw: str, lines: list[tuple[str, int, int]]) -> list[Row]:
    """Rows written as labelled fields, one unit per block or per line: '单位：…  联系人：…  电话：…'.

    A row starts at a unit's name, or when a field it already has comes again."""
    rows: list[Row] = []
    for _text, s, e in lines:
        line = clean_line(raw[s:e])
        for key, value in _fields(line) or _headed(line):
            if not rows or key in rows[-1].cells or key == "name" and rows[-1].cells.get("phone"):
                rows.append(Row({}, s, e))
            rows[-1].cells[key] = value
            rows[-1].end = e
    return [r for r in rows if r.cells.get("phone") and r.cells.get("name")]


# A unit's name on a line of its own over its fields, led by its place in brackets: '【魏都区】魏都区工业和信息化局'.
_HEADED = re.compile(r"^[【\[]([\u4e00-\u9fff（）()]{2,16})[】\]]\s*([（(][^）)]{2,16}[）)])?\s*"
                     r"([\u4e00-\u9fff（）()]{2,30}?(?:局|委员会|委|办公室|办|中心|管委会))$")  # ('【建安区】（原许昌县）…': its former name)


def _headed(line: str) -> list[tuple[str, str]]:
    return [("place", m.group(1) + (m.group(2) or "")), ("name", m.group(3))] if (m := _HEADED.match(line)) else []


def parse_items(items: list) -> list[Row]:
    """Rows written one to a numbered item, the unit first and unlabelled: '7．余姚市市场监管局质量科，联系人：胡晓东，
    电话：0574-55508817；'. `items` are outline nodes of one phone number each."""
    return [row for n in items if (row := _unit_first(n.text, n.start, n.end))]


def parse_prose_lines(raw: str, lines: list[tuple[str, int, int]]) -> list[Row]:
    """Rows written one unit to a sentence of prose, the unit first and its contact labelled: '市南区工业和信息化局，
    联系人：邵敏，电话：0532-82861304。'. A line with several units, or none labelled, is no such row."""
    out = []
    for _text, s, e in lines:
        line = clean_line(raw[s:e])
        if 1 <= len(phones(line)) <= 2 and re.search(r"联系人|联络人", line) and len(re.findall(r"联系人|联络人", line)) == 1:
            if row := _unit_first(line, s, e):
                out.append(row)
    return out


def _unit_first(text: str, start: int, end: int) -> Row | None:
    text = _FAX_TOO.sub("电话", text)  # '电话/传真：…', '电话（传真）：…': one number for both
    if bare := _UNIT_PERSON_PHONE.match(text):  # '湖里区工业和信息化局：黄志斌，0592-5716422（含…）'
        cells = {"name": re.sub(r"[（(][^（）()]*[，,；;][^（）()]*[）)]$", "", bare.group(1).strip()),  # not '（负责…，含原…）'
                 "person": bare.group(2), "phone": re.sub(r"\s+", "", bare.group(3))}
        if more := re.match(r"^\s*[，,、/]\s*(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?!\d)", bare.group(4)):  # '…，0998-2551183，13899551184'
            cells["phone"] += "、" + re.sub(r"[\s-]", "", more.group(1))
        elif second := _SECOND.match(bare.group(4)):  # both people of the unit, each with their number, in order
            cells["person"], cells["phone"] = cells["person"] + "、" + second.group(1), cells["phone"] + "、" + re.sub(r"\s+", "", second.group(2))
        if inside := re.match(r"^\s*[（(]\s*(?:含|包括)((?:[^（）()]|[（(][^（）()]*[）)])+)[）)]", bare.group(4)):  # '火炬（翔安）产业区'
            cells["covers"] = inside.group(1)
        if where := re.search(r"(?:办公地址|联系地址|地址|办公地点)[:：为]?\s*([^；;。]+)", bare.group(4)):  # '…，地址：芙蓉区远大一路1号…'
            cells["address"] = re.split(r"[，,]\s*(?:电子)?邮箱", where.group(1))[0].strip(" ，,")
        if mail := re.search(EMAIL.pattern + r"(?:\s*[（(][^）)]{2,30}[）)])?", bare.group(4)):  # '…，邮箱scjxj@hzsc.gov.cn（仅…）'
            cells["email"] = mail.group(0)
        if hours := _HOURS_SAID.search(bare.group(4)):
            cells["hours"] = hours.group(1).strip()
        return Row(cells, start, end)
    # '黄浦区商务委  联系人：沈嘉怡  电话：…' (its spaces gone in the clause's text): the name runs to the first label
    glued = (m := _FIELD.search(text)) and not re.search(r"[：:，,；;]", text[:m.start()])
    line = text if _FIELD.match(text) else "单位：" + (text if glued else re.sub(r"^([^，,；;：:]+)[，,；;：:]?", r"\1  ", text, count=1))
    line = _BARE_LABEL.sub(r"\1\2：", line)  # '联系人谭晓雯，电话023-…，推荐名额4家': labels without a colon
    cells = dict(_fields(line))
    if "hours" not in cells and (hours := _HOURS_SAID.search(text)):  # '电话：…；办公时间：工作日8:00-12:00，15:00-18:00。'
        cells["hours"] = hours.group(1).strip()
    return Row(cells, start, end) if cells.get("name") and cells.get("phone") else None


def _fields(line: str) -> list[tuple[str, str]]:
    """(key, value) of each labelled field of a line, in order."""
    out = []
    fields = list(_FIELD.finditer(line))
    for i, m in enumerate(fields):
        key = next(k for k, rx in _FIELD_KEY if re.search(rx, m.group(1)))
        value = line[m.end(): fields[i + 1].start() if i + 1 < len(fields) else len(line)].strip(" \t\u3000，,；;。：:")
        if key == "phone":  # '0512-5370 1122，138 6255 0147': a landline and a mobile (not a fax)
            value = "、".join(phones(re.sub(r"(?:传真|fax)[^，,；;]*", "", value, flags=re.I))[:2]) or value
            if (had := next((i for i, (k, _) in enumerate(out) if k == "phone"), None)) is not None and phones(value):
                out[had] = ("phone", "、".join(dict.fromkeys([*out[had][1].split("、"), *value.split("、")])))  # '电话：…  手机（微信同号）：…'
                continue
        elif key == "person" and (pairs := _PERSON_PHONE.findall(value)) and not any(k == "phone" for k, _ in out):
            # '联系人：沈建明 0572-2101234，章丽萍 13905721234': each person with their number, unlabelled
            out += [("person", "、".join(p for p, _ in pairs)), ("phone", "、".join(re.sub(r"\s+", "", x) for _, x in pairs))]
            continue
        elif key == "person":
            value = re.sub(r"[\s\u3000]+", "", value)
        elif key == "email":  # the address and what the notice says of it ('…@…（仅接收推荐函）'), or none ('同市局邮箱')
            value = value[mail.start():] if (mail := EMAIL.search(value)) else ""
        elif key == "address":  # not the towns the unit serves, on the line after it ('（含中市、东市等街道）')
            value = re.sub(r"\s*[（(]\s*(?:含|包括|辖)[^）)]*[）)]\s*$", "", value)
        out.append((key, value))
    return out


# A line led by its place and a colon, then the unit, its address and its contacts, parted by commas.
_PLACE_LINE = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:新片区|新区|园区|开发区|自治县|区|县|市|旗))(?:[（(][\u4e00-\u9fff]{2,8}[）)])?\s*[:：]\s*(.+)$")
_NAME_ONLY = re.compile(r"(?![\u4e00-\u9fff]*(?:局|委|办|处|科|中心|公司|会|所|室|部|厅|院|站|组)$)[\u4e00-\u9fff·]{2,4}")
_ADDRESS = re.compile(r"[路街道巷弄]\s*\d|\d+\s*[号楼室层]|大厦|大楼")
# A phone as units' lists write it: a mobile or a landline, in groups or not ('139 2056 8134', '2412 0387转6105').
_TEL = r"(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|(?:0\d{2,3}[-\s]?)?(?:\d{4}[\s-]?\d{4}|\d{7,8}))(?:\s*(?:转|分机)\s*\d{1,6})?"
_PERSON_PHONE = re.compile(rf"({DOTTED}|[\u4e00-\u9fff·]{{2,4}})\s*[:：]?\s*((?:0\d{{2,3}}[-\s]?)?\d{{7,8}}-\d{{1,6}}(?!\d)|{_TEL}(?!\d))")
_UNIT_PERSON_PHONE = re.compile(r"^([^，,；;：:（(\s]{3,30}?(?:[（(][^（）()]{2,60}[）)](?=[：:]|[\s\u3000]*[\u4e00-\u9fff·]{2,4}[\s\u3000]+[01]))?)"
                                r"(?:\s*[：:，,]\s*|\u3000+|\t+|\s{2,}"
                                r"|(?<=[局委办室部厅处科])(?=[^员会局委办处厅科\s]{2,4}[，,、\s])|(?<=[）)])(?=[\u4e00-\u9fff·]{2,4}\s))"  # '…局陈思远　0575-…'
                                rf"({DOTTED}|[\u4e00-\u9fff·]{{2,4}})(?:[（(][^（）()]{{2,30}}[）)])?\s*[，,、\s]\s*(?:电话|联系电话)?[:：]?\s*"  # '韩某（…）'
                                rf"({_TEL})(?!\d)(.*)$")
# A second person of the unit after the first ('…：邓文华，0791-85986231；李倩，0791-85986245').
_SECOND = re.compile(rf"^\s*[；;、，,]\s*(?!传真|手机|座机|电话|邮编|邮箱|QQ)({DOTTED}|[\u4e00-\u9fff·]{{2,4}})\s*[，,、\s]\s*(?:电话|联系电话)?[:：]?\s*"
                     rf"({_TEL})(?!\d)")


def parse_place_lines(raw: str, lines: list[tuple[str, int, int]]) -> list[Row]:
    """Rows written one unit to a line led by its place: '黄浦区：黄浦区商务委员会，中山南路588号1106室，联系人 汤维 63215870'.
    Two contacts in a row ('联系人 甲 5088…、乙 5088…') are listed side by side."""
    rows = []
    for _text, s, e in lines:
        m = _PLACE_LINE.match(clean_line(raw[s:e]))
        if not m or not phones(m.group(2)) or sum(1 for x in re.split(r"[；;]", m.group(2)) if phones(x)) >= 2:
            continue  # several units after a group's label ('珠三角地区：广州市…（…）；深圳市…'): a sentence of units
        rest = re.sub(r"^(.+?)[（(]((?:联系人|联络人|电话|联系电话)[^（）()]*)[）)]$", r"\1，\2", m.group(2).strip())  # '单位（联系人：…；电话：…）'
        parts = [x.strip() for x in re.split(r"[，,；;]", rest) if x.strip()]
        spaced = len(parts) == 1  # '瑶海区经济和信息化局 周静怡 0551-64291735': the cells apart by spaces
        parts = parts[0].split() if spaced else parts
        cells = {"place": m.group(1), "name": parts[0]}
        if len(parts) > 1 and _NAME_ONLY.fullmatch(parts[0]) and phones(parts[1]):  # '玄武区：王立群，025-…': the place's person
            cells, parts = {"place": m.group(1), "name": m.group(1), "person": parts[0]}, [m.group(1), *parts[1:]]
        if address := next((x for x in parts[1:] if _ADDRESS.search(x) and not phones(x)), ""):
            cells["address"] = re.sub(r"^(?:地址|办公地址|地点)\s*[:：]?\s*", "", address)  # '地址嘉定区…' without its label
        said = " ".join(parts[1:]) if spaced else " ".join(
            x for x in parts[1:] if phones(x) and not re.match(r"\s*(?:传真|邮编|fax)", x, re.I))
        said = re.sub(r"(?:传真|fax)\s*[:：]?\s*[\d\s-]{7,}", " ", said, flags=re.I)
        pairs = [(p, t) for p, t in _PERSON_PHONE.findall(re.sub(r"联系人|联络人|联系电话|电话|手机|办公室|座机", " ", said))
                 if not re.search(r"传真|办公|座机|邮箱|地址|电话", p)]
        if pairs:
            cells["person"] = "、".join(dict.fromkeys(p for p, _ in pairs))
            cells["phone"] = "、".join(dict.fromkeys(re.sub(r"\s+", "", t) for _, t in pairs))
        else:
            cells["phone"] = "、".join(phones(said))
            named = [m.group(1) for x in parts[1:] if (m := re.match(r"(?:联系人|联络人)\s*[:：]?\s*([\u4e00-\u9fff]{2,4})$", x))]
            if named and "person" not in cells:  # '…，联系人季晨阳，电话59992641': the person in a part of their own
                cells["person"] = "、".join(named)
        rows.append(Row(cells, s, e))
    return rows


_ANSWERED_LIST, _FAX_TOO = re.compile(r"问\s*[:：][^？?]{2,60}[？?]\s*答\s*[:：]"), re.compile(r"电话\s*(?:[/／、]\s*传真|[（(]\s*传真\s*[)）])")
_HOURS_SAID = re.compile(r"(?:办公|受理|工作|接待)时间\s*[:：为]?\s*([^；;。\n]*\d{1,2}\s*[:：]\s*\d{2}[^；;。\n]*)")
_PLACE_KIND, _INSTRUCTION = re.compile(r"(?:新区|开发区|园区|高新区|区|县|市|旗)$"), re.compile(r"请向|请与|请联系|请拨打|或拨打|可拨打|咨询推荐事宜")


def unit_lists(o):
    """(clause, rows, repair notes) for each clause whose own lines list three or more phone numbers: a table
    (columns by tabs or spaces, or rows by shape), or blocks of labelled fields ('单位：…  联系人：…  电话：…')."""
    for n in o.nodes():
        items = [c for c in n.children if not c.children and 1 <= len(phones(c.text)) <= 2]
        if len(items) >= 3:  # one unit to a numbered item
            yield n, _units_only(parse_items(items)), []
        # '六、推荐单位 …如下：玄武区…': on its heading's line, when the heading names the units (not '协助初审')
        lines = n.lines or ([(n.text, n.start, n.end)] if not n.children and (re.match(r"\s*(?:推荐单位|推荐部门|受理单位)", n.text)
                                                                               or _ANSWERED_LIST.search(n.text)) else [])  # ('13. 问：…？答：甲局，…；乙局，…')
        if len(phones("\n".join(t for t, _, _ in lines))) < 3:
            continue
        blocks = parse_blocks(o.raw, lines)
        placed = parse_place_lines(o.raw, lines)
        prose = parse_prose_lines(o.raw, lines)
        if len(blocks) >= 3:
            yield n, _units_only(blocks), []
        elif len(placed) >= 3:
            yield n, _units_only(placed), []
        elif len(prose) >= 3 or len(prose := parse_unit_sentences(o.raw, lines)) >= 3:  # one unit to a line, or several
            yield n, _units_only(prose), []
        elif len(glued := parse_person_sentences(o.raw, lines)) >= 3 and not any(re.search(r"\t|\s{2,}|[|｜]", t) for t, _, _ in lines):
            yield n, _units_only(glued), []
        elif len(run := parse_glued_units(o.raw, lines)) >= 3:  # '涧西区工信局王丽0379-…，西工区工信局李强0379-…'
            yield n, _units_only(run), []
        else:
            rows, notes = parse_table(o.raw, lines)
            yield n, _units_only(rows), notes


def _units_only(rows: list[Row]) -> list[Row]:
    """Without a line that sends firms elsewhere ('河东区、红桥区企业，请向所在区…咨询，或拨打…'): no unit's row."""
    for x in rows:  # '地址：城北区…' in a row's cell: the address without its label
        x.cells.update({"address": re.sub(r"^(?:办公|联系)?地址\s*[:：]\s*", "", x.cells["address"])} if x.cells.get("address") else {})
        split_hours(x.cells)
    rows = [x for x in rows if not _INSTRUCTION.search(" ".join(x.cells.values()))]
    return [Row({**x.cells, "place": p, "grouped": "1"}, x.start, x.end) if len(parts) > 1 else x  # '秀峰区、叠彩区… | 市工业和信息化局'
            for x in rows for parts in [places_in(x.cells.get("place", ""))] for p in (parts if len(parts) > 1 else [None])]


def places_in(cell: str) -> list[str]:
    """The places of a cell naming several ('秀峰区、叠彩区', '荷塘区/芦淞区', '天元、渌口区': each with its kind of place)."""
    parts = [x.strip() for x in re.split(r"[、/／]", cell) if x.strip()] if re.search(r"[、/／]", cell) else []
    kind = (_PLACE_KIND.search(parts[-1]) or [""])[0] if parts else ""
    parts = [x if _PLACE_KIND.search(x) else x + kind for x in parts]
    return parts if len(parts) > 1 and kind and all(re.fullmatch(r"[\u4e00-\u9fff]{2,14}", x) for x in parts) else []


# A sentence of prose for one unit or several that share a contact, the person's name glued to the office or after
# '联系人均为' / '联络员': '花园路街道经济办王磊，电话0371-65901234，手机13803851234', '东风路街道、北林路街道的联系人均为郭亚楠，
# 电话…', '杜岭街道、大石桥街道由区科工信局派驻联络员陈晓东统一对接，电话…，办公地点在…'.
_PLACES = re.compile(r"^((?:[\u4e00-\u9fff]{2,10}?(?:街道|镇|乡|园区|产业园|开发区|新区|区|县|市)[、和及与]?)+)")
_WHO = re.compile(r"(?:联系人(?:均为|都是|为|是)?|联络员|对接人(?:为|是)?)\s*[:：]?\s*([\u4e00-\u9fff·]{2,3})(?=[，,（(\s]|统一|负责)"
                  r"|(?<=[办室局委部科处心会])([\u4e00-\u9fff·]{2,3})\s*[，,]\s*(?:联系)?(?:电话|手机)")
_WHERE = re.compile(r"(?:地址为?|办公地点(?:在|为)?|办公地址为?)[:：]?\s*([^，,；;。]+)")


def parse_person_sentences(raw: str, lines: list[tuple[str, int, int]]) -> list[Row]:
    """Rows of units written in such sentences: one row each, a shared contact given to every unit it names."""
    rows = []
    for _text, s, e in lines:
        for seg in re.split(r"[；;。]", clean_line(raw[s:e])):
            seg, numbers = seg.strip(), phones(seg)
            places, who = _PLACES.match(seg.strip()), _WHO.search(seg)
            if not numbers or not places or not who:
                continue
            person = who.group(1) or who.group(2)
            names = [x for x in re.split(r"[、和及与]", places.group(1)) if x]
            if len(names) == 1 and who.group(2):  # one unit: its office's name in full ('花园路街道经济办')
                names = [seg[:who.start()].strip(" ，,")]
            cells = {"person": person, "phone": "、".join(re.sub(r"\s+", "", x) for x in numbers)}
            if where := _WHERE.search(seg):
                cells["address"] = where.group(1).strip()
            rows += [Row({"name": x, **cells}, s, e) for x in names]
    return rows
