"""`@record`: a frozen dataclass whose comparison, hash and repr are shared functions, made a dataclass on first use.

Why: `dataclass` compiles six methods for every frozen class (exec of generated source, ~0.1 ms each), so
the ~60 classes of the knowledge base and settings cost ~25 ms of every start. Five of the six behave the same
for every class: a record gets __eq__, __hash__, __repr__, __setattr__ and __delattr__ from here and only
__init__ generated. Equality, hashing, repr and immutability are exactly those of `@dataclass(frozen=True)`:
a field is assigned once, by __init__ (or __post_init__ through `object.__setattr__`), and never again.

Even that __init__ is compiled only when the class is first used (an instance made, compared or shown, or its
fields asked for by `dataclasses`): a start that reads its records back from the cache (pickle makes them
without __init__) and makes only some of the others compiles two classes in five (~9 ms less).
"""

from __future__ import annotations

import dataclasses
import threading
import typing

T = typing.TypeVar("T", bound=type)

_LAZY = ("__dataclass_fields__", "__dataclass_params__", "__match_args__", "__record_fields__", "__record_compared__",
         "__record_shown__")
_LOCK = threading.RLock()  # one thread makes a class a dataclass; a record's base is made one first


def record(cls: T) -> T:
    """`@dataclass(frozen=True)` with __eq__, __hash__ and __repr__ shared rather than generated (on first use)."""
    for name in _LAZY:
        setattr(cls, name, _OnFirstUse(cls, name))
    if "__init__" not in cls.__dict__:  # a class's own __init__ is kept, as dataclass keeps it
        cls.__init__ = _first_init
    cls.__eq__ = _eq
    cls.__hash__ = _hash
    cls.__repr__ = _repr
    cls.__setattr__ = _setattr
    cls.__delattr__ = _delattr
    return cls


def _make(cls: type) -> None:
    """Make a record's class the dataclass it stands for (once)."""
    with _LOCK:
        if not isinstance(cls.__dict__.get("__record_fields__"), _OnFirstUse):
            return
        for name in _LAZY:
            type.__delattr__(cls, name)
        if cls.__dict__.get("__init__") is _first_init:
            type.__delattr__(cls, "__init__")
        dataclasses.dataclass(eq=False, repr=False)(cls)
        fields = dataclasses.fields(cls)
        cls.__record_fields__ = frozenset(f.name for f in fields)
        cls.__record_compared__ = tuple(f.name for f in fields if f.compare)
        cls.__record_shown__ = tuple(f.name for f in fields if f.repr)


class _OnFirstUse:
    """A dataclass attribute of a record not made yet: asking for it makes the class first."""

    def __init__(self, cls: type, name: str) -> None:
        self.cls, self.name = cls, name

    def __get__(self, obj: object, owner: type | None = None) -> object:
        _make(self.cls)
        return getattr(obj if obj is not None else owner, self.name)


def _first_init(self: object, *args: object, **kwargs: object) -> None:
    for klass in type(self).__mro__:
        if klass.__dict__.get("__init__") is _first_init:
            _make(klass)
            break
    type(self).__init__(self, *args, **kwargs)


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
