"""Load knowledge: YAML files or notice texts (ingested, cached by content hash), one round or several."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import types
import typing
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from .model import (
    _CJK_GAP,
    DEFAULT_NOTICE,
    GEOGRAPHY_FILE,
    GUIDE_SOURCES,
    LEXICON_FILE,
    Geography,
    Knowledge,
    KnowledgeError,
    Lexicon,
    Notice,
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
NOTICE_DIR = DEFAULT_NOTICE.parent
CACHE_VERSION = "ingest-1"


def _build(cls: typing.Any, data: typing.Any, path: str, file: Path) -> typing.Any:
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
            kwargs[f.name] = _build(hints[f.name], data[f.name], key, file)
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise KnowledgeError(file, f"{path}.{sorted(unknown)[0]}" if path else sorted(unknown)[0], "unknown key")
        return cls(**kwargs)
    if origin is tuple:
        if not isinstance(data, list):
            raise KnowledgeError(file, path, f"expected a list, got {type(data).__name__}")
        (inner, _ellipsis) = typing.get_args(cls)
        return tuple(_build(inner, v, f"{path}[{i}]", file) for i, v in enumerate(data))
    if origin is dict:
        if not isinstance(data, dict) or not data:
            raise KnowledgeError(file, path, "expected a non-empty mapping")
        _k, inner = typing.get_args(cls)
        return {str(k): _build(inner, v, f"{path}.{k}", file) for k, v in data.items()}
    if origin in (typing.Union, types.UnionType):
        inner = [t for t in typing.get_args(cls) if t is not type(None)]
        return _build(inner[0], data, path, file) if len(inner) == 1 else data
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


def _read_yaml(file: Path) -> typing.Any:
    try:
        with open(file, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)
    except FileNotFoundError:
        raise KnowledgeError(file, "(file)", "not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(file, "(file)", f"not valid YAML: {exc}") from None


def parse_deadline(text: str, tz: dt.tzinfo, file: Path | str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM' (or a bare 'YYYY-MM-DD': the end of that day) in the notice's time zone; '24:00' ends the day."""
    try:
        day_s, _, time_s = text.partition(" ")
        day = dt.date.fromisoformat(day_s)
        hour, minute = (int(x) for x in (time_s or "24:00").split(":"))
        if hour == 24 and minute == 0:
            return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tz)
        return dt.datetime.combine(day, dt.time(hour, minute), tz)
    except ValueError:
        raise KnowledgeError(file, "submission.deadline", f"expected 'YYYY-MM-DD HH:MM', got {text!r}") from None


def _check_notice(notice: Notice, geo: Geography, file: Path) -> None:
    seen = set()
    for i, unit in enumerate(notice.units.items if notice.units else ()):
        if unit.district not in geo.districts:
            raise KnowledgeError(file, f"units.items[{i}].district", f"unknown district key {unit.district!r}")
        if unit.district in seen:
            raise KnowledgeError(file, f"units.items[{i}].district", f"duplicate district {unit.district!r}")
        seen.add(unit.district)
    if notice.materials and not notice.materials.parts:
        raise KnowledgeError(file, "materials.parts", "empty")
    if notice.draft_rules and notice.materials:
        keys = {p.key for p in notice.materials.parts}
        for key in notice.draft_rules.headings:
            if key not in keys:
                raise KnowledgeError(file, f"draft_rules.headings.{key}", "not a key of materials.parts")
    ids = [s.id for s in notice.checklist]
    if len(ids) != len(set(ids)):
        raise KnowledgeError(file, "checklist", "duplicate step id")
    for i, step in enumerate(notice.checklist):
        if bool(step.guide) == bool(step.guide_from):
            raise KnowledgeError(file, f"checklist[{i}]", "needs exactly one of guide / guide_from")
        if step.guide_from and step.guide_from not in GUIDE_SOURCES:
            raise KnowledgeError(file, f"checklist[{i}].guide_from",
                                 f"unknown section {step.guide_from!r}; use one of {', '.join(GUIDE_SOURCES)}")




def _ingest_code() -> bytes:
    """The ingest's own source: a cached knowledge base is stale once the code that read the notice changed."""
    folder = Path(__file__).with_name("ingest")
    return b"".join(f.read_bytes() for f in sorted(folder.glob("*.py")))


def _ingested(text_file: Path, geography: Geography, cache_dir: Path | None) -> dict:
    """The knowledge base of a notice text: from the cache when its content was read before, else ingested now."""
    from .ingest import ingest

    try:
        raw = text_file.read_bytes()
    except OSError as exc:
        raise KnowledgeError(text_file, "(file)", f"cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KnowledgeError(text_file, "(file)", "not UTF-8 text") from None
    key = hashlib.sha256(raw + CACHE_VERSION.encode() + GEOGRAPHY_FILE.read_bytes() + _ingest_code()).hexdigest()[:32]
    cached = cache_dir / f"{key}.json" if cache_dir else None
    if cached and cached.exists():
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass  # a damaged cache file is rebuilt below
    result = ingest(text, geography, text_file.name)
    if result.code == 2:
        raise KnowledgeError(text_file, "(ingest)", result.fatal)
    if cached:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(result.data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cached)
        except OSError:
            pass  # a read-only checkout still works, only slower
    return result.data


def _knowledge(path: Path, lexicon: Lexicon, geography: Geography, cache_dir: Path | None) -> Knowledge:
    data = _ingested(path, geography, cache_dir) if path.suffix.lower() == ".txt" else _read_yaml(path)
    notice: Notice = _build(Notice, data, "", path)
    _check_notice(notice, geography, path)
    source = path.with_name(notice.source_text) if notice.source_text and path.suffix.lower() != ".txt" else None
    if source and source.exists():
        from .verify import verify

        problems = verify(notice, source.read_text(encoding="utf-8-sig"))
        if problems:
            key, _, why = problems[0].partition(": ")
            raise KnowledgeError(path, key, f"{why} ({source.name})")
    try:
        tz = ZoneInfo(notice.meta.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise KnowledgeError(path, "meta.timezone", f"unknown time zone {notice.meta.timezone!r}") from None
    deadline = parse_deadline(notice.submission.deadline, tz, path) if notice.submission else None
    return Knowledge(notice, lexicon, geography, path, deadline, tz)


def _shared() -> tuple[Lexicon, Geography]:
    lexicon: Lexicon = _build(Lexicon, _read_yaml(LEXICON_FILE), "", LEXICON_FILE)
    geography: Geography = _build(Geography, _read_yaml(GEOGRAPHY_FILE), "", GEOGRAPHY_FILE)
    for name, intent in lexicon.intents.items():
        for rel in intent.related:
            if rel not in lexicon.intents:
                raise KnowledgeError(LEXICON_FILE, f"intents.{name}.related", f"unknown intent {rel!r}")
    return lexicon, geography


def expand(paths: typing.Iterable[Path | str]) -> list[Path]:
    """Files behind the given paths: a folder holds rounds as NAME.yaml (reviewed) or NAME.txt (read as published)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(x for x in p.iterdir() if x.suffix.lower() in (".yaml", ".yml", ".txt"))
            stems = {x.stem for x in files if x.suffix.lower() in (".yaml", ".yml")}
            out += [x for x in files if x.suffix.lower() != ".txt" or x.stem not in stems]
        else:
            out.append(p)
    return out


def load_rounds(paths: typing.Iterable[Path | str] | None = None, cache_dir: Path | None = None) -> list[Knowledge]:
    """Every round named by the paths (default: the bundled notice folder), oldest first by issue date."""
    lexicon, geography = _shared()
    files = expand(paths or [NOTICE_DIR])
    if not files:
        raise KnowledgeError(", ".join(map(str, paths or [NOTICE_DIR])), "(folder)", "no .yaml or .txt notice in it")
    rounds = [_knowledge(f, lexicon, geography, cache_dir) for f in files]
    return sorted(rounds, key=lambda k: k.notice.meta.date)


def load_knowledge(notice_file: Path | str | None = None, cache_dir: Path | None = None) -> Knowledge:
    """Load, validate and cross-check one notice (default: the bundled one), lexicon and geography."""
    lexicon, geography = _shared()
    return _knowledge(Path(notice_file) if notice_file else DEFAULT_NOTICE, lexicon, geography, cache_dir)
