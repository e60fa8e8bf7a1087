"""Read an untrusted draft (.docx, .txt, .md) into paragraphs with their effective formatting."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # zip bombs stop here
EMU_PER_MM = 36000


class DraftError(Exception):
    """The file cannot be read as a draft; the message says why, in user terms."""


@dataclass(frozen=True)
class Para:
    text: str
    index: int  # 1-based position among paragraphs (for messages)
    kind: str = "para"  # para | table | image
    font: str | None = None  # East Asian font in effect (styles and direct formatting resolved)
    size: float | None = None  # points
    bold: bool | None = None
    align: str | None = None  # center | left | right | justify | None (= left)
    spacing: str | None = None  # single | other


@dataclass(frozen=True)
class Draft:
    paras: tuple[Para, ...]
    source: str  # docx | text
    page: tuple[float, float] | None = None  # width, height in mm (first section)


def read_draft(path: Path | str) -> Draft:
    """A .docx, .txt or .md file as a Draft; DraftError with a clear reason otherwise."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DraftError(f"无法读取文件：{exc.strerror or exc}") from None
    if size > MAX_FILE_BYTES:
        raise DraftError(f"文件太大（{size // 1024 // 1024} MB），上限 {MAX_FILE_BYTES // 1024 // 1024} MB。")
    data = path.read_bytes()
    return read_bytes(data, path.name)


def read_bytes(data: bytes, name: str) -> Draft:
    """Same as read_draft, for bytes received in chat."""
    lower = name.lower()
    if len(data) > MAX_FILE_BYTES:
        raise DraftError("文件太大，上限 20 MB。")
    if lower.endswith((".txt", ".md")):
        return read_text(_decode(data))
    if lower.endswith(".docm") or lower.endswith(".doc") and not zipfile.is_zipfile(io.BytesIO(data)):
        raise DraftError("只支持 .docx（不含宏）、.txt、.md 文件；请在 Word 中另存为 .docx 后再检查。")
    if lower.endswith(".docx") or zipfile.is_zipfile(io.BytesIO(data)):
        return read_docx(data)
    raise DraftError("只支持 .docx、.txt、.md 文件。")


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise DraftError("文本文件编码无法识别（请用 UTF-8 或 GBK 保存）。")


def read_text(text: str) -> Draft:
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n")]
    return Draft(tuple(Para(t, i) for i, t in enumerate((ln for ln in lines if ln), 1)), "text")


# ------------------------------------------------------------ docx
def read_docx(data: bytes) -> Draft:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if sum(i.file_size for i in zf.infolist()) > MAX_UNZIPPED_BYTES:
                raise DraftError("文件解压后过大，疑似损坏或恶意文件。")
            names = set(zf.namelist())
            if "word/vbaProject.bin" in names:
                raise DraftError("文件含有宏，出于安全不予打开；请另存为不含宏的 .docx。")
    except zipfile.BadZipFile:
        raise DraftError("不是有效的 .docx 文件（可能已损坏，或是旧版 .doc）。") from None
    import docx  # python-docx: parses XML only, never runs macros
    from docx.opc.exceptions import PackageNotFoundError
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DraftError(f"不是有效的 Word 文档：{exc}") from None
    except Exception as exc:  # lxml errors on corrupt XML, etc.
        raise DraftError(f"文档内容损坏，无法读取（{type(exc).__name__}）。") from None
    return Draft(tuple(_paragraphs(document)), "docx", _page(document))


def _page(document) -> tuple[float, float] | None:
    sections = document.sections
    if not sections or sections[0].page_width is None or sections[0].page_height is None:
        return None
    return sections[0].page_width / EMU_PER_MM, sections[0].page_height / EMU_PER_MM


def _paragraphs(document):
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    resolver = _Styles(document)
    index = 0
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            index += 1
            yield Para("", index, "table")
        elif child.tag == qn("w:p"):
            p = Paragraph(child, document)
            has_image = bool(child.findall(".//" + qn("w:drawing")) or child.findall(".//" + qn("w:pict")))
            text = p.text.strip()
            if not text and not has_image:
                continue
            index += 1
            if has_image and not text:
                yield Para("", index, "image")
                continue
            yield resolver.para(p, text, index)


_ALIGN = {0: "left", 1: "center", 2: "right", 3: "justify"}


class _Styles:
    """Effective run formatting: direct formatting, then paragraph style chain, then document defaults."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn
        self.qn = qn
        defaults = document.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        self.default_font = self._east_asian(rpr)
        self.default_size = self._size(rpr)

    def _east_asian(self, rpr) -> str | None:
        if rpr is None:
            return None
        fonts = rpr.find(self.qn("w:rFonts"))
        return fonts.get(self.qn("w:eastAsia")) if fonts is not None else None

    def _size(self, rpr) -> float | None:
        if rpr is None:
            return None
        sz = rpr.find(self.qn("w:sz"))
        return int(sz.get(self.qn("w:val"))) / 2 if sz is not None and sz.get(self.qn("w:val")) else None

    def _style_chain(self, style):
        seen = 0
        while style is not None and seen < 20:
            yield style
            style, seen = style.base_style, seen + 1

    def para(self, p, text: str, index: int) -> Para:
        runs = [r for r in p.runs if r.text.strip()]
        main = max(runs, key=lambda r: len(r.text)) if runs else None
        font = size = bold = None
        if main is not None:
            font = self._east_asian(main._element.rPr)
            size = main.font.size.pt if main.font.size else None
            bold = main.font.bold
        for style in self._style_chain(p.style):
            rpr = style.element.rPr
            font = font or self._east_asian(rpr)
            size = size or (style.font.size.pt if style.font.size else None)
            bold = bold if bold is not None else style.font.bold
        font = font or self.default_font
        size = size or self.default_size
        align = p.paragraph_format.alignment
        if align is None:
            align = next((s.paragraph_format.alignment for s in self._style_chain(p.style)
                          if s.paragraph_format.alignment is not None), None)
        spacing = p.paragraph_format.line_spacing
        rule = p.paragraph_format.line_spacing_rule
        if spacing is None:
            for s in self._style_chain(p.style):
                if s.paragraph_format.line_spacing is not None:
                    spacing, rule = s.paragraph_format.line_spacing, s.paragraph_format.line_spacing_rule
                    break
        single = spacing is None or (isinstance(spacing, float) and abs(spacing - 1.0) < 0.01) or (rule is not None and int(rule) == 0)
        return Para(text, index, "para", font, size, bool(bold), _ALIGN.get(int(align)) if align is not None else None,
                    "single" if single else "other")
