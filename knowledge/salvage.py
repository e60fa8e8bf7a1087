"""A notice text read into sections the checks refuse: the round still loads, without the section that failed.

A reviewed YAML file is the operator's own and fails loudly; a notice text is read by ingest, and one section read
wrongly (a format heading with no rules in it) must not keep a whole round from being answered.
"""

from __future__ import annotations

import logging
import typing
from pathlib import Path

from .model import KnowledgeError

if typing.TYPE_CHECKING:
    from .notice import Notice

_log = logging.getLogger(__name__)
_NEEDED = frozenset({"schema", "meta", "source_text", "passages"})  # without these there is no round to answer


def salvaged(data: dict, path: Path, check: typing.Callable[[Notice], None], is_text: bool) -> Notice:
    """The notice built from data and checked; for a notice text, a section that fails is dropped (and logged)."""
    from .notice import Notice
    from .parse import build

    while True:
        try:
            notice: Notice = build(Notice, data, "", path)
            check(notice)
            return notice
        except KnowledgeError as e:
            top = e.key.split(".")[0].split("[")[0]
            if not is_text or top in _NEEDED or top not in data:
                raise
            _log.warning("%s: section %s left out (%s: %s)", path.name, top, e.key, e.problem)
            data = {k: v for k, v in data.items() if k != top}
