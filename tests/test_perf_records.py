"""`@record` behaves as `@dataclass(frozen=True)`: construction, defaults, immutability, equality, hash, repr."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from knowledge.model import Clause, Knowledge, Unit
from knowledge.records import record


def _pair():
    def body(cls):
        cls.__annotations__ = {"a": "str", "b": "tuple[str, ...]", "c": "dict[str, int] | None", "d": "int"}
        cls.b, cls.c, cls.d = (), None, dataclasses.field(default=0, compare=False)
        return cls

    @record
    @body
    class R:
        pass

    @dataclasses.dataclass(frozen=True)
    @body
    class D:
        pass

    return R, D


def test_record_matches_a_frozen_dataclass() -> None:
    R, D = _pair()
    for args in [("x",), ("x", ("p", "q")), ("y", (), None, 3), ("x", ("p", "q"), None, 9)]:
        r, d = R(*args), D(*args)
        assert repr(r).replace("R(", "D(", 1) == repr(d)
        assert hash(r) == hash(d)
        for other_args in [("x",), ("x", ("p", "q")), ("y", (), None, 4)]:
            assert (r == R(*other_args)) == (d == D(*other_args))
        assert r != d and (r == "x") is False  # another class is never equal
        with pytest.raises(dataclasses.FrozenInstanceError):
            r.a = "z"  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            del r.a  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            r.new = 1  # type: ignore[attr-defined]  # no attribute beyond the fields, as on a frozen dataclass
        with pytest.raises(dataclasses.FrozenInstanceError):
            d.new = 1  # type: ignore[attr-defined]
        assert dataclasses.replace(r, a="z").a == "z" and dataclasses.is_dataclass(r)
    with pytest.raises(TypeError):
        hash(R("x", (), {"k": 1}))  # a dict field: unhashable, as with dataclasses
    with pytest.raises(TypeError):
        R()  # type: ignore[call-arg]


def test_model_classes_are_records(kb) -> None:
    clause = Clause("三（一）", "文本")
    assert repr(clause) == "Clause(clause='三（一）', text='文本', en='', title='')"
    assert clause == Clause("三（一）", "文本") and hash(clause) == hash(Clause("三（一）", "文本"))
    assert clause != Clause("三（一）", "文本", title="t")
    assert pickle.loads(pickle.dumps(clause)) == clause
    unit = kb.notice.units.items[0]
    assert Unit(**dataclasses.asdict(unit)) == unit
    # Knowledge compares notice, lexicon, geography and path; the deadline and time zone are derived (compare=False).
    assert dataclasses.replace(kb, deadline=None) == kb
    assert isinstance(kb, Knowledge) and dataclasses.is_dataclass(kb)
