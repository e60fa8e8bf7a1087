"""Units written several to a line of prose, each unit's name just before its contact: '其中黄浦区商务委联系人林嘉禾，
电话55561305；静安区商务委联系人卢晨阳，电话55561412', '…如下：海州区工信局，王海燕，0518-85512036（地址：…）；…'."""

from __future__ import annotations

import re

from .facts import DOTTED, EMAIL, PHONE
from .outline import clean_line
from .table import Row

# A unit's contact inside a sentence of several units: '其中黄浦区商务委联系人林嘉禾，电话55561305；',
# '…分别由浦东新区科技和经济委员会（联系人：邵思远，电话：55561201）和…'.
_CONTACT = re.compile(r"[（(]?\s*(?:联系人|联络人)\s*[:：]?\s*([\u4e00-\u9fff·]{2,4}?)\s*[，,、\s]?\s*(?:联系电话|电话|手机)?\s*[:：]?\s*"
                      r"(" + PHONE.pattern + r")\s*[）)]?")
# Words before a unit's name in such a sentence: '其中', '…的推荐单位为', '分别由', '和' after a closing bracket.
_LEAD_IN = re.compile(r"^.*(?:推荐单位为|推荐单位是|分别由|其中|负责推荐的是)|^[）)]?\s*(?:和|及|以及|、)")


def parse_unit_sentences(raw: str, lines: list[tuple[str, int, int]]) -> list[Row]:
    """Rows written several units to a line of prose, each unit's name just before its contact: '其中黄浦区商务委联系人
    林嘉禾，电话55561305；静安区商务委联系人卢晨阳，电话55561412'. A line with fewer than two such units gives none."""
    rows: list[Row] = []
    for _text, s, e in lines:
        line, found, at = clean_line(raw[s:e]), [], 0
        for m in _CONTACT.finditer(line):
            before = re.split(r"[；;。：:]", line[at:m.start()])[-1].strip(" ，,、")
            before = before.rsplit("，", 1)[-1] if "，" in before and not _LEAD_IN.search(before.rsplit("，", 1)[-1]) and \
                re.search(r"(?:委员会|委|局|处|办|中心|管委会|办公室|科)$", before.rsplit("，", 1)[-1]) else before
            name = _LEAD_IN.sub("", before).strip(" ，,、（(")
            if 3 <= len(name) <= 30 and re.fullmatch(r"[\u4e00-\u9fff（）()·]+", name):
                found.append(Row({"name": name, "person": m.group(1), "phone": re.sub(r"\s*([-转])\s*", r"\1", m.group(2))}, s, e))
            at = m.end()
        if len(found) < 2:  # '…联系人如下：萝岗街道经济发展办，周敏，020-…；夏港街道企业服务中心，梁振宇，020-…'
            found = [row for seg in re.split(r"[；;。]", line) if (row := _triple(seg, s, e))]
        for shape in (_GLUED, _BRACKETED):  # '城厢街道周丽萍 82712036、…'; '玄武区工信局（王立群，025-84561201）、…'
            if len(found) < 2:
                found = [Row({"name": m.group(1), "person": m.group(2), "phone": m.group(3)}, s, e)
                         for seg in re.split(r"[、；;。]", line) if (m := shape.match(re.split(r"[：:]", seg)[-1].strip(" 。")))]
        rows += found if len(found) >= 3 else found if len(found) >= 2 and _CONTACT.search(line) else []
    return rows


_GLUED = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:街道|镇|乡|开发区|园区|新区|新城|世纪城|平台|管委会))([\u4e00-\u9fff·]{2,3})\s*(" + PHONE.pattern + r")$")
_BRACKETED = re.compile(r"^([\u4e00-\u9fff]{3,30}?(?:办|中心|局|委|处|科|管委会|办公室|公司))\s*[（(]\s*([\u4e00-\u9fff·]{2,4})\s*[，,、\s]\s*("
                        + PHONE.pattern + r")\s*[）)]$")
# One unit of a list written 'office，person，phone' ('萝岗街道经济发展办，周敏，020-82216031'), or a mailbox only ('仅限邮箱：…').
# A unit named by its place alone takes a colon ('玄武区：王立群，025-84561201').
_TRIPLE = re.compile(r"^([\u4e00-\u9fff（）()]{3,30}?(?:办|中心|局|委|处|科|管委会|办公室|公司)(?=\s*[，,、：:])|[\u4e00-\u9fff]{1,10}?"
                     r"(?:新片区|新区|园区|开发区|自治县|区|县|市|旗|镇|街道)(?=\s*[：:]))\s*[，,、：:]\s*(" + DOTTED + r"|[\u4e00-\u9fff·]{2,4})"
                     r"(?:\s*[，,、]\s*|\s+)((?:" + PHONE.pattern + r")(?:\s*[，,、]\s*1[3-9]\d{9})?"
                     r"|(?:仅限)?(?:电子)?邮箱\s*[:：]?\s*" + EMAIL.pattern + r")$")
# A bracketed aside at a unit's end, one level of brackets inside it ('（办公地址：元宝山区平庄镇（区行政中心）2楼）').
_ASIDE = re.compile(r"[（(]((?:[^（）()]|[（(][^（）()]*[）)])*)[）)]$")
_LEAD = re.compile(r"^.*?(?:如下|联系方式|推荐单位|联系人)[^，,；;：:（(]*[：:]\s*")  # '推荐单位及联系方式如下：'


def _triple(seg: str, s: int, e: int) -> Row | None:
    """'…如下：海州区工信局，王海燕，0518-85512036（地址：…）': one unit of such a list, with its address in brackets."""
    seg = _LEAD.sub("", seg.strip(" 。"))
    tail = re.search(r"[，,]\s*((?:办公|受理|联系)?地址\s*[:：]?\s*[^，,；;（）()]{4,60})$", seg)  # '…，0553-4821234，地址：…'
    seg = seg[:tail.start()] if tail else seg
    aside = _ASIDE.search(seg)
    m = _TRIPLE.match((seg[:aside.start()] if aside else seg).strip())
    if not m:
        return None
    where = re.match(r"\s*(?:办公|受理|联系|收件|报送)?地址\s*[:：]?\s*(.+)$", aside.group(1) if aside else tail.group(1) if tail else "")
    mail = EMAIL.search(m.group(3))
    cells = {"name": m.group(1), "person": m.group(2), **({"email": mail.group(0)} if mail else
                                                          {"phone": re.sub(r"\s*[，,]\s*", "、", re.sub(r"\s*([-转])\s*", r"\1", m.group(3)))})}
    return Row({**cells, **({"address": where.group(1).strip()} if where else {})}, s, e)
