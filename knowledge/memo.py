"""Results that depend only on parts of a loaded knowledge base, which never change once loaded: computed once per
object (by identity), not once per message."""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_LIMIT = 512  # entries of objects that cannot be weakly referenced (tuples): forget all past this, recompute on demand


def per_object(fn: Callable[..., T]) -> Callable[..., T]:
    """fn(obj, *args) cached by obj's identity and args (hashable). An entry lives as long as obj: it is dropped when obj
    is collected (a tuple, which cannot be weakly referenced, is kept alive with its entry instead)."""
    memo: dict[tuple, tuple[Callable[[], object], T]] = {}

    @functools.wraps(fn)
    def wrapper(obj, *args):
        key = (id(obj), *args)
        hit = memo.get(key)
        if hit is not None and hit[0]() is obj:
            return hit[1]
        value = fn(obj, *args)
        try:
            ref: Callable[[], object] = weakref.ref(obj, lambda _r, key=key: memo.pop(key, None))
        except TypeError:
            if len(memo) >= _LIMIT:
                memo.clear()
            ref = functools.partial(lambda o: o, obj)
        memo[key] = (ref, value)
        return value
    return wrapper
