"""Build .docx drafts in tests with python-docx: one that follows every rule, and variations breaking one."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

NAME = "上海某某精密制造有限公司实施六西格玛设计的经验"
ABSTRACT = "本公司自2015年起推行六西格玛设计方法，" * 10
PROFILE = "上海某某精密制造有限公司成立于2003年，主要生产精密零部件。" * 8
PROGRESS = "公司寻找差距、确定方法、系统推进，建立了从设计到交付的质量控制体系。" * 40
RESULTS = ("2021年、2022年、2023年一次交检合格率分别为98.1%、98.9%、99.4%，与竞争对手和业内标杆对比处于领先水平；"
           "牵头制定行业标准2项，获得发明专利5项。")


def png() -> bytes:
    """A 1×1 PNG for figures."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b""))


def styled(p, font: str, size: float, bold: bool = False, center: bool = False, spacing=WD_LINE_SPACING.SINGLE):
    for run in p.runs:
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = "Times New Roman"
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing_rule = spacing
    return p


def good_docx(path: Path | str, **breaks) -> Path:
    """A draft that follows every rule of 附件1; keyword arguments break one rule each."""
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if breaks.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    title_font = breaks.get("title_font", "黑体")
    styled(d.add_paragraph(breaks.get("name", NAME)), title_font, breaks.get("title_size", 18), center=True)
    styled(d.add_paragraph("摘要"), "宋体", 14, bold=not breaks.get("abstract_not_bold"), center=True)
    body_font = breaks.get("body_font", "宋体")
    spacing = WD_LINE_SPACING.DOUBLE if breaks.get("double_spacing") else WD_LINE_SPACING.SINGLE
    styled(d.add_paragraph(breaks.get("abstract", ABSTRACT)), body_font, 12, spacing=spacing)
    parts = [("一、企业概况", PROFILE), ("二、管理方法（技术）的推进和应用情况", breaks.get("progress", PROGRESS)),
             ("三、管理方法（技术）的实施效果", breaks.get("results", RESULTS))]
    if breaks.get("swap"):
        parts[1], parts[2] = parts[2], parts[1]
    if breaks.get("drop_profile"):
        parts = parts[1:]
    for head, text in parts:
        styled(d.add_paragraph(head), "黑体", 14, bold=True)
        styled(d.add_paragraph(text), body_font, 12, spacing=spacing)
        if "推进" in head:
            if not breaks.get("table_title_below"):
                styled(d.add_paragraph("表1 近三年质量指标"), "宋体", 10.5, bold=True, center=True)
            table = d.add_table(rows=2, cols=2)
            table.cell(0, 0).text = "指标"
            if breaks.get("table_title_below"):
                styled(d.add_paragraph("表1 近三年质量指标"), "宋体", 10.5, bold=True, center=True)
            d.add_paragraph().add_run().add_picture(io.BytesIO(png()), width=Mm(20))
            caption_size = breaks.get("caption_size", 10.5)
            styled(d.add_paragraph("图1 质量管理体系架构"), "宋体", caption_size, bold=True, center=True)
    d.save(str(path))
    return Path(path)
