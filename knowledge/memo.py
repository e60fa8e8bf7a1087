"""Results that depend only on parts of a loaded knowledge base, which never change once loaded: computed once per
object (by identity), not once per message."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
_LIMIT = 512  # objects of many knowledge bases (a test run loads hundreds): forget all past this, recompute on demand


def per_object(fn: Callable[..., T]) -> Callable[..., T]:
    """fn(obj, *args) cached by obj's identity and args (hashable); obj is kept alive with its result, so that its
    id is never reused for another object while the entry exists."""
    memo: dict[tuple, tuple[object, T]] = {}

    @functools.wraps(fn)
    def wrapper(obj, *args):
        key = (id(obj), *args)
        hit = memo.get(key)
        if hit is None or hit[0] is not obj:
            if len(memo) >= _LIMIT:
                memo.clear()
            hit = memo[key] = (obj, fn(obj, *args))
        return hit[1]
    return wrapper
