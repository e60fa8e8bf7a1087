"""`bot.py ingest NOTICE.txt [-o KB.yaml]`: read a notice, print the review report, write the knowledge base."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from ..loader import _shared
from ..model import KnowledgeError
from . import ingest


def run(notice: Path, out: Path | None) -> int:
    """Exit code 0 = clean, 1 = usable with warnings, 2 = unusable (the report says why)."""
    try:
        text = notice.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        print(f"无法读取 {notice}：{exc.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError:
        print(f"{notice} 不是 UTF-8 文本。请先把通知另存为 UTF-8 纯文本。", file=sys.stderr)
        return 2
    try:
        _lexicon, geography = _shared()
    except KnowledgeError as exc:
        print(f"知识库有误：{exc}", file=sys.stderr)
        return 2
    result = ingest(text, geography, notice.name)
    print(result.report())
    if out and result.code < 2:
        out.write_text("# 由 bot.py ingest 从通知原文生成；trace 记录每个值出自原文的哪一段。\n"
                       + yaml.safe_dump(result.data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
        print(f"\n已写入 {out}")
    return result.code
