"""Compiled regular expressions kept across processes, so that a new process does not compile them again.

Why: `re` compiles every pattern anew in each process. The answering core's ~90 patterns that a first answer
needs cost ~15-20 ms of every start, a sixth of the time to that answer (a CJK range such as [\u4e00-\u9fff] alone
costs ~0.5 ms, since `re` walks every character of it). The compiled form, the code list `re` hands to `_sre`,
depends only on the pattern, its flags and the Python build. So it is saved once per build, and read back into
`re`'s own cache before the modules compile their patterns: `re.compile` then finds them there.

What is saved is every pattern `re` compiled in a process that found no file, up to the end of a fixed set of exercise
questions (WARM_UP) answered before any user's message is read: the modules' patterns, those of reading the knowledge
base and those of the answering paths (noted as they are compiled, so that none is lost when `re`'s cache of 512
drops its oldest). A pattern built from a user's words is never written to disk. Read back, each is rebuilt from its
saved code only when a process first asks `re` for it, so that a start pays for the patterns it uses, not for all.

This relies on CPython's private `re` internals (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`),
so everything is guarded: the file is keyed by the exact interpreter build and `_sre.MAGIC`; an entry is saved
only when the pattern it rebuilds equals the one `re` compiles; a missing, foreign or corrupt file, or any error,
leaves `re` compiling as usual. The file is derived, lives in the cache directory and may be deleted at any time.
"""

from __future__ import annotations

import functools
import logging
import marshal
import os
import re
import sys
import time
from pathlib import Path

logger = logging.getLogger(__name__)

MAX_SAVED = 2000  # what one exercise compiles, with room; a start reads only the ones it asks for
# Questions that exercise the answering paths once, so that their patterns are compiled and saved. Not answers.
WARM_UP = ("截止时间是什么时候", "还能报吗", "打算明天下午三点交来得及吗", "纸质材料打算下周一寄，来得及吗", "听说截止是3月15日对吧",
           "我们2021年注册的，去年营收3000万，能报吗", "分公司能报吗", "摘要写了900字没超吧", "申报信息表要盖什么章", "纸质材料寄到哪里",
           "浦东找谁", "徐汇、长宁两个区各找谁", "地址", "咨询电话", "遴选标准有哪些", "遴选重点有哪些", "申报材料怎么写", "格式要求",
           "要收费吗？有人说给两万保证入选", "帮我写一份申报书", "能帮我刻个章吗", "页数有限制吗", "可以附视频吗", "用哪家快递",
           "今天几号", "What is the deadline?", "Can a branch apply?", "Contact for Pudong", "in English please", "你好")



def _build() -> str:
    import _sre

    return f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"


@functools.lru_cache(maxsize=8)  # preload and warm ask for it in one start: the package's files are looked at once
def path_in(directory: Path) -> Path:
    """The file of this interpreter build's compiled patterns for this code and its data (a change of either names
    another file, so that the saved set follows the patterns in use)."""
    from .cache import digest, source_stamp

    here = Path(__file__).resolve().parent
    stamp = source_stamp(*sorted(_sources(here)))
    return Path(directory) / f"regex-{digest(repr((_build(), stamp)).encode())}.marshal"


def _sources(here: Path) -> list[Path]:
    """The code and data files under the package (os.scandir: a third of what pathlib's rglob costs a start)."""
    out, todo = [], [here]
    while todo:
        with os.scandir(todo.pop()) as entries:
            for e in entries:
                if e.is_dir() and e.name != "__pycache__":
                    todo.append(Path(e.path))
                elif e.name.endswith((".py", ".yaml")):
                    out.append(Path(e.path))
    return out


class _Saved(dict):
    """`re`'s cache: a pattern saved by an earlier process is rebuilt from its code when first asked for, and
    every key `re` adds is noted in order (so that an exercise's patterns are all saved, even those dropped since)."""

    def __init__(self, items: dict, saved: dict) -> None:
        super().__init__(items)
        self.saved = saved  # (pattern, flags) -> marshalled entry
        self.noted = dict.fromkeys(items)

    def __missing__(self, key):
        raw = self.saved.pop(key[1:], None) if isinstance(key, tuple) and len(key) == 3 and key[0] is str else None
        if raw is None:
            raise KeyError(key)
        import _sre

        pattern, _flags, final, code, groups, groupindex, indexgroup = marshal.loads(raw)
        compiled = self[key] = _sre.compile(pattern, final, code, groups, groupindex, indexgroup)
        return compiled

    def __setitem__(self, key, value) -> None:
        self.noted[key] = None
        super().__setitem__(key, value)


def _install(saved: dict) -> _Saved | None:
    """Put a noting cache, holding `saved`, in place of `re`'s (None when `re` has no such cache)."""
    if not isinstance(getattr(re, "_cache", None), dict):
        return None
    cache = re._cache = _Saved(re._cache, saved)  # type: ignore[attr-defined]
    return cache


def preload(directory: Path) -> int:
    """Make the saved patterns available to `re` (rebuilt on first use); the number available (0 when there is
    no usable file). Also notes from now on what `re` compiles, for `warm` to save."""
    cache = _install({})
    if cache is None:
        return 0
    try:
        build, entries = marshal.loads(path_in(directory).read_bytes())  # loads: load() reads a file piecemeal, 10x slower
        if build != _build() or not isinstance(entries, dict):
            return 0
        cache.saved.update(entries)
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
        cache = re._cache  # type: ignore[attr-defined]
        noted = list(cache.noted if isinstance(cache, _Saved) else cache)
        keys = [(k[1], int(k[2])) for k in noted if isinstance(k, tuple) and len(k) == 3 and k[0] is str]
        entries = {(e[0], e[1]): marshal.dumps(e) for key in keys[:MAX_SAVED] if (e := _entry(*key))}
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
