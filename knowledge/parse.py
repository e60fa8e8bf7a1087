"""Parsed YAML -> the annotated frozen dataclasses, naming the file and the key of any mismatch."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from pathlib import Path

from .model import KnowledgeError

# Folded YAML lines leave a space between two Chinese characters; Chinese text has none.
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")


def build(cls: typing.Any, data: typing.Any, path: str, file: Path) -> typing.Any:
    """Turn parsed YAML into the annotated type `cls`, naming file and key on any mismatch."""
    origin = typing.get_origin(cls)
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise KnowledgeError(file, path or "(top level)", f"expected a mapping, got {type(data).__name__}")
        hints = typing.get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):
            if not f.init:
                continue
            key = f"{path}.{f.name}" if path else f.name
            if f.name not in data or data[f.name] is None:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise KnowledgeError(file, key, "missing")
                continue
            kwargs[f.name] = build(hints[f.name], data[f.name], key, file)
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise KnowledgeError(file, f"{path}.{sorted(unknown)[0]}" if path else sorted(unknown)[0], "unknown key")
        return cls(**kwargs)
    if origin is tuple:
        if not isinstance(data, list):
            raise KnowledgeError(file, path, f"expected a list, got {type(data).__name__}")
        (inner, _ellipsis) = typing.get_args(cls)
        return tuple(build(inner, v, f"{path}[{i}]", file) for i, v in enumerate(data))
    if origin is dict:
        if not isinstance(data, dict) or not data:
            raise KnowledgeError(file, path, "expected a non-empty mapping")
        _k, inner = typing.get_args(cls)
        return {str(k): build(inner, v, f"{path}.{k}", file) for k, v in data.items()}
    if origin in (typing.Union, types.UnionType):
        inner = [t for t in typing.get_args(cls) if t is not type(None)]
        return build(inner[0], data, path, file) if len(inner) == 1 else data
    if cls is str:
        if isinstance(data, (dt.date, int, float)) and not isinstance(data, bool):
            return str(data)
        if not isinstance(data, str) or not data.strip():
            raise KnowledgeError(file, path, "expected non-empty text")
        return _CJK_GAP.sub("", " ".join(data.split()))
    if cls is int:
        if not isinstance(data, int) or isinstance(data, bool) or data <= 0:
            raise KnowledgeError(file, path, "expected a positive whole number")
        return data
    if cls is float:
        if not isinstance(data, (int, float)) or isinstance(data, bool) or data < 0:
            raise KnowledgeError(file, path, "expected a number")
        return float(data)
    if cls is bool:
        if not isinstance(data, bool):
            raise KnowledgeError(file, path, "expected true or false")
        return data
    raise KnowledgeError(file, path, f"unsupported type {cls!r}")  # pragma: no cover


def read_yaml(file: Path, raw: bytes | None = None) -> typing.Any:
    """Parse a YAML file (or its bytes, already read); PyYAML is imported only here, when a file is parsed."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where PyYAML was built with it
    try:
        text = raw.decode("utf-8") if raw is not None else file.read_text(encoding="utf-8")
        return yaml.load(text, Loader=loader)
    except FileNotFoundError:
        raise KnowledgeError(file, "(file)", "not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(file, "(file)", f"not valid YAML: {exc}") from None
