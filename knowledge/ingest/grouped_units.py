"""Units written as paragraphs that give several places one unit ('（一）城中区、鱼峰区、柳南区、柳北区的企业由市工业和信息化局
直接受理。联系人：覃海燕，电话：…；地址：…'), beside a list of other units: one row per place, each with that unit's contact."""

from __future__ import annotations

import re

from .facts import phones
from .outline import Node, Outline
from .table import Row

_GROUP = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、])?\s*(?:凡)?(?:在|位于)?"
                    r"((?:[\u4e00-\u9fff]{2,12}?(?:新区|开发区|园区|高新区|区|县|市|旗)[、和及与]?)+)(?:范围内)?(?:注册)?的?(?:企业|单位)"
                    r"(?:[^。；，,]{0,24}?[，,])?[，,]?(?:均|统一|一律)?由([\u4e00-\u9fff（）()]{2,30}?(?:局|委员会|委|办公室|管委会|中心|科|处))"
                    r"(?:直接|统一|负责)?(?:受理|推荐|申报)")
_LEAD = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、])\s*")
_PERSON = re.compile(r"联系人\s*[:：]?\s*([\u4e00-\u9fff·]{2,4}?)(?=[，,；;（(\s]|电话|$)")
_ADDRESS = re.compile(r"(?:地址|办公地点)\s*[:：]\s*([^；;。\n]+?)(?=[，,]\s*(?:联系|受理|办公|工作|服务|电话)|[；;。\n]|$)")
_HOURS = re.compile(r"(?:办公|工作|受理|服务)时间\s*[:：为]?\s*([^；;。\n]+)")


def grouped_rows(o: Outline, nodes: list[Node]) -> list[Row]:
    """Rows of the places that paragraphs among `nodes` give one unit with its contact, in the order written."""
    rows = []
    for n in nodes:
        text = o.raw[n.start:n.end]
        if n.children or not (m := _GROUP.match(text)) or len(phones(text)) != 1 or re.match(r"所在|各", m.group(2)):
            continue
        rest = text[m.end():]
        name = m.group(2)
        if name.startswith("市") and (city := re.search(r"(?m)^\s*([\u4e00-\u9fff]{2,6}?市)(?=[\u4e00-\u9fff])", o.raw[:300])):
            name = city.group(1) + name[1:]  # '市工业和信息化局' is the city's, named as the notice's title names it
        said = re.split(r"(?<=[。；])", _LEAD.sub("", text).strip())[0].strip()  # the paragraph's own words: '…直接受理。'
        cells = {"name": name, "phone": phones(text)[0], "note": said, "grouped": "1"}
        for key, rx in (("person", _PERSON), ("address", _ADDRESS), ("hours", _HOURS)):
            if found := rx.search(rest):
                cells[key] = found.group(1).strip()
        for place in filter(None, re.split(r"、|(?<=[区县市旗])(?:和|及|与)", m.group(1))):  # not '和平区' split at '和'
            rows.append(Row({**cells, "place": place}, n.start, n.end))
    return rows


def split_hours(cells: dict[str, str]) -> None:
    """'地址：…305室；办公时间：工作日8:00-12:00，15:00-18:00': the unit's hours apart from its address."""
    for key in ("address", "phone", "person"):
        if (value := cells.get(key)) and (m := re.search(r"[；;，,\s]*(?:办公|工作|受理)时间\s*[:：为]?\s*", value)):
            cells[key], cells["hours"] = value[:m.start()].strip(), cells.get("hours") or value[m.end():].strip("；;。 ")
