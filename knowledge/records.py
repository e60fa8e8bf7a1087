"""`@record`: a frozen dataclass whose comparison, hash and repr are shared functions.

Why: `dataclass` compiles six methods for every frozen class (exec of generated source). The knowledge
base's ~35 classes then cost ~15 ms of every start, a third of it for __eq__, __hash__ and __repr__, which
behave the same for every class. A record gets those three from here and only __init__, __setattr__ and
__delattr__ generated; equality, hashing and repr are exactly those of `@dataclass(frozen=True)`.
"""

from __future__ import annotations

import dataclasses
import typing

T = typing.TypeVar("T", bound=type)


def record(cls: T) -> T:
    """`@dataclass(frozen=True)` with __eq__, __hash__ and __repr__ shared rather than generated."""
    cls = dataclasses.dataclass(frozen=True, eq=False, repr=False)(cls)
    fields = dataclasses.fields(cls)
    cls.__record_compared__ = tuple(f.name for f in fields if f.compare)
    cls.__record_shown__ = tuple(f.name for f in fields if f.repr)
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__repr__ = _repr
    return cls


def _values(obj: object) -> tuple:
    return tuple(getattr(obj, name) for name in obj.__record_compared__)  # type: ignore[attr-defined]


def _eq(self: object, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: object) -> int:
    return hash(_values(self))


def _repr(self: object) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_shown__)  # type: ignore[attr-defined]
    return f"{self.__class__.__qualname__}({shown})"
