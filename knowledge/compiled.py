"""Compiled regular expressions kept across processes, so that a new process does not compile them again.

Why: `re` compiles every pattern anew in each process. The answering core's ~90 patterns that a first answer
needs cost ~15-20 ms of every start, a sixth of the time to that answer (a CJK range such as [\u4e00-\u9fff] alone
costs ~0.5 ms, since `re` walks every character of it). The compiled form, the code list `re` hands to `_sre`,
depends only on the pattern, its flags and the Python build. So it is saved once per build, and read back into
`re`'s own cache before the modules compile their patterns: `re.compile` then finds them there.

What is saved is everything `re` holds once the modules are imported, the knowledge base is loaded and a fixed set
of exercise questions (WARM_UP) is answered: `warm` runs before any user's message is read, when the file is missing
or unreadable, so a pattern built from a user's words is never written to disk.

This relies on CPython's private `re` internals (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`),
so everything is guarded: the file is keyed by the exact interpreter build and `_sre.MAGIC`; an entry is saved
only when the pattern it rebuilds equals the one `re` compiles; a missing, foreign or corrupt file, or any error,
leaves `re` compiling as usual. The file is derived, lives in the cache directory and may be deleted at any time.
"""

from __future__ import annotations

import logging
import marshal
import os
import re
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

MAX_SAVED = 400  # `re` keeps 512 patterns; the rest of the cache is left to the process's own
# Questions that exercise the answering paths once, so that their patterns are compiled and saved. Not answers.
WARM_UP = ("截止时间是什么时候", "还能报吗", "打算明天下午三点交来得及吗", "纸质材料打算下周一寄，来得及吗", "听说截止是3月15日对吧",
           "我们2021年注册的，去年营收3000万，能报吗", "分公司能报吗", "摘要写了900字没超吧", "申报信息表要盖什么章", "纸质材料寄到哪里",
           "浦东找谁", "徐汇、长宁两个区各找谁", "地址", "咨询电话", "遴选标准有哪些", "遴选重点有哪些", "申报材料怎么写", "格式要求",
           "要收费吗？有人说给两万保证入选", "帮我写一份申报书", "能帮我刻个章吗", "页数有限制吗", "可以附视频吗", "用哪家快递",
           "今天几号", "What is the deadline?", "Can a branch apply?", "Contact for Pudong", "in English please", "你好")



def _build() -> str:
    import _sre

    return f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"


def path_in(directory: Path) -> Path:
    """The file of this interpreter build's compiled patterns for this code and its data (a change of either names
    another file, so that the saved set follows the patterns in use)."""
    from .cache import digest, source_stamp

    here = Path(__file__).resolve().parent
    stamp = source_stamp(*sorted(p for ext in ("*.py", "*.yaml") for p in here.rglob(ext)))
    return Path(directory) / f"regex-{digest(repr((_build(), stamp)).encode())}.marshal"


def preload(directory: Path) -> int:
    """Put the saved patterns into `re`'s cache; the number put (0 when there is no usable file)."""
    try:
        import _sre

        build, entries = marshal.loads(path_in(directory).read_bytes())  # loads: load() reads a file piecemeal, 10x slower
        if build != _build() or not isinstance(re._cache, dict):  # type: ignore[attr-defined]
            return 0
        for pattern, flags, final, code, groups, groupindex, indexgroup in entries:
            re._cache[(str, pattern, flags)] = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)  # type: ignore[attr-defined]
        return len(entries)
    except FileNotFoundError:
        return 0
    except Exception as exc:  # another build, a truncated file, changed internals: compile as usual
        logger.info("compiled patterns not preloaded (%s)", exc)
        return 0


def _entry(pattern: str, flags: int) -> tuple | None:
    """The saved form of one pattern, or None when rebuilding it would not give what `re` compiles."""
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(x) for x in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (pattern, flags, int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return entry if _sre.compile(*entry[:1], *entry[2:]) == re.compile(pattern, flags) else None


def warm(directory: Path, answer, preloaded: int = 0) -> int:
    """Unless `preloaded` patterns were read (a missing or unreadable file read none): answer WARM_UP with
    `answer(question)`, then save what `re` compiled. Call it before any user's message. The number saved (0 when
    nothing had to be, or could be: a directory that cannot be written is not exercised on every start)."""
    path = path_in(directory)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return 0
    if preloaded or not os.access(path.parent, os.W_OK):
        return 0
    for question in WARM_UP:
        try:
            answer(question)
        except Exception as exc:  # an exercise question never stops the start
            logger.info("warm-up question %r failed (%s)", question, exc)
    try:
        keys = [(k[1], int(k[2])) for k in list(re._cache) if isinstance(k, tuple) and len(k) == 3 and k[0] is str]  # type: ignore[attr-defined]
        entries = [e for key in keys if (e := _entry(*key))][:MAX_SAVED]
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_bytes(marshal.dumps((_build(), entries)))
        os.replace(tmp, path)  # readers see no file or the whole file
        for old in path.parent.glob("regex-*.marshal"):  # left by earlier code (or another Python, unused a week)
            if old != path and time.time() - old.stat().st_mtime > 7 * 86400:
                old.unlink(missing_ok=True)
        return len(entries)
    except Exception as exc:  # a read-only disk or changed internals cost speed, never an answer
        logger.info("compiled patterns not saved (%s)", exc)
        return 0
