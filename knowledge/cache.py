"""Derived indexes kept in files, so that a new process loads them instead of deriving them again.

Each file is named by a hash of everything its index is built from (the phrases, the options, and the
size and time of the code and tables that derive it): a change of the knowledge base, the lexicon or
the code simply names another file. Files are written atomically, may be deleted at any time, and a
file that cannot be read is rebuilt. Nothing happens at import; the directory is the caller's choice
(the bot keeps it under data/, which is not committed). Writing a file also removes files of its kind
not written for `keep_days` (left behind by earlier code or knowledge bases; one still in use is rebuilt).
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

try:  # the C module behind hashlib.blake2b, without hashlib's OpenSSL import (5 ms at every start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b

logger = logging.getLogger(__name__)

T = TypeVar("T")
FORMAT = 1  # bump when the layout of a cached index changes without a change of the code's files


def digest(data: bytes) -> str:
    """A content hash (hex) that names a cache file."""
    return blake2b(data, digest_size=16).hexdigest()


def source_stamp(*paths: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, size and modification time of files an index is derived from (cheap: no reading)."""
    out = []
    for path in paths:
        st = path.stat()
        out.append((path.name, st.st_size, st.st_mtime_ns))
    return tuple(out)


class IndexCache:
    """A directory of pickled indexes, each looked up by a hash of its inputs."""

    def __init__(self, directory: Path | str, keep_days: float = 30.0, keep_files: int = 64) -> None:
        self.directory = Path(directory)
        self.keep_days = keep_days
        self.keep_files = keep_files

    def path_for(self, kind: str, inputs: object) -> Path:
        """The file that holds the index of this kind built from these inputs."""
        return self.directory / f"{kind}-{digest(repr((FORMAT, kind, inputs)).encode('utf-8'))}.pickle"

    def get(self, kind: str, inputs: object, build: Callable[[], T]) -> T:
        """The cached index for these inputs; built with `build` and saved when missing or unreadable."""
        path = self.path_for(kind, inputs)
        try:
            with path.open("rb") as fh:
                name, value = pickle.load(fh)
            if name == path.name:
                return value
            logger.warning("index cache %s holds another index; rebuilding", path)
        except FileNotFoundError:
            pass
        except Exception as exc:  # truncated, corrupt or foreign file: rebuild it
            logger.warning("index cache %s unreadable (%s); rebuilding", path, exc)
        value = build()
        self._save(path, value)
        return value

    def put(self, kind: str, inputs: object, value: object) -> None:
        """Replace the cached index for these inputs (when the caller found it stale)."""
        self._save(self.path_for(kind, inputs), value)

    def _save(self, path: Path, value: object) -> None:
        import tempfile  # only when a file is written, not on every start

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    pickle.dump((path.name, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)  # readers see the old file or the whole new one, never a part
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:  # a read-only or full disk costs speed, not answers
            logger.warning("cannot write index cache %s: %s", path, exc)
            return
        self._prune(path)

    def _prune(self, written: Path) -> None:
        """Remove files of the same kind older than keep_days, and all but the keep_files newest of them (code that
        changes often leaves a set per version): the directory does not grow without end."""
        keep_newest(written, f"{written.name.rsplit('-', 1)[0]}-*.pickle", self.keep_files, self.keep_days)


def keep_newest(written: Path, pattern: str, keep: int, days: float = 30.0) -> None:
    """Of the files matching `pattern` beside `written`, remove those older than `days` and all but the `keep` newest;
    never `written` itself."""
    import time

    cutoff, aged = time.time() - days * 86400, []
    for old in written.parent.glob(pattern):
        try:
            aged.append((old.stat().st_mtime, old))
        except OSError:  # removed meanwhile by another process
            pass
    aged.sort(reverse=True)
    for i, (mtime, old) in enumerate(aged):
        try:
            if old != written and (mtime < cutoff or i >= keep):
                old.unlink()
        except OSError:  # removed meanwhile by another process, or not ours to remove
            pass
