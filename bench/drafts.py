#!/usr/bin/env python3
"""Draft pre-check benchmark: time to read and check a ~10,000-character draft (.docx and text)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.append(str(ROOT / "bench"))  # after ROOT: bench/drafts.py must not hide the drafts package

from draft_fixtures import good_docx  # noqa: E402
from stats import header, spread  # noqa: E402

from drafts.check import DraftChecker, word_count  # noqa: E402
from drafts.read import read_draft, read_text  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402


def main() -> None:
    header("python bench/drafts.py")
    checker = DraftChecker(load_knowledge())
    progress = "公司寻找差距、确定方法、系统推进，建立了从设计到交付的质量控制体系。" * 280
    with tempfile.TemporaryDirectory() as tmp:
        path = good_docx(Path(tmp) / "big.docx", progress=progress)
        draft = read_draft(path)
        chars = sum(len(p.text) for p in draft.paras)
        times = []
        for _ in range(20):
            t = time.perf_counter()
            checker.check(read_draft(path))
            times.append((time.perf_counter() - t) * 1000)
        text = "\n".join(p.text for p in draft.paras)
        ttimes = []
        for _ in range(50):
            t = time.perf_counter()
            checker.check(read_text(text))
            ttimes.append((time.perf_counter() - t) * 1000)
    print(f"draft: {chars} characters, {word_count(text)} 字, {len(draft.paras)} paragraphs")
    print(f".docx read + check ({len(times)} runs): {spread(times, 'ms', 1)}")
    print(f"text check ({len(ttimes)} runs):        {spread(ttimes, 'ms', 1)}")


if __name__ == "__main__":
    main()
