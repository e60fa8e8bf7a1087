"""`@record`: a frozen dataclass whose comparison, hash and repr are shared functions.

Why: `dataclass` compiles six methods for every frozen class (exec of generated source, ~0.1 ms each), so
the ~60 classes of the knowledge base and settings cost ~25 ms of every start. Five of the six behave the same
for every class: a record gets __eq__, __hash__, __repr__, __setattr__ and __delattr__ from here and only
__init__ generated. Equality, hashing, repr and immutability are exactly those of `@dataclass(frozen=True)`:
a field is assigned once, by __init__ (or __post_init__ through `object.__setattr__`), and never again.
"""

from __future__ import annotations

import dataclasses
import typing

T = typing.TypeVar("T", bound=type)


def record(cls: T) -> T:
    """`@dataclass(frozen=True)` with __eq__, __hash__ and __repr__ shared rather than generated."""
    cls = dataclasses.dataclass(eq=False, repr=False)(cls)
    fields = dataclasses.fields(cls)
    cls.__record_fields__ = frozenset(f.name for f in fields)
    cls.__record_compared__ = tuple(f.name for f in fields if f.compare)
    cls.__record_shown__ = tuple(f.name for f in fields if f.repr)
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__repr__ = _repr
    cls.__setattr__ = _setattr
    cls.__delattr__ = _delattr
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


def _setattr(self: object, name: str, value: object) -> None:
    """Only __init__ assigns: a field not yet set. Anything else raises, as on a frozen dataclass."""
    if name in self.__dict__ or name not in self.__record_fields__:  # type: ignore[attr-defined]
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")
    object.__setattr__(self, name, value)


def _delattr(self: object, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
