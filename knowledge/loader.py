"""Load knowledge: YAML files or notice texts (ingested, cached by content hash), one round or several."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import typing
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .cache import IndexCache, keep_newest, source_stamp
from .cache import digest as _digest
from .language import zones_shared
from .model import (
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

_HERE = Path(__file__).resolve().parent
# The code that turns files into Knowledge: a change of any of these names other cache files.
_CODE = tuple(_HERE / f for f in ("model.py", "notice.py", "contact_records.py", "rules.py", "language.py", "records.py", "loader.py", "parse.py", "verify.py"))
NOTICE_DIR = DEFAULT_NOTICE.parent
CACHE_VERSION = "ingest-1"


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


def with_places(geography: Geography, notice: Notice) -> Geography:
    """The geography of one knowledge base: the shared one plus the round's own places (another city's districts).
    A place keyed like a shared district replaces it: in that round the notice's place is the one meant."""
    if not notice.places:
        return geography
    given = {t for p in notice.places.values() for t in p.towns}  # a place the notice assigns is no longer shared
    places, shared = zones_shared(notice.places, notice.meta.region)
    # a town the notice's own place is called by ('长兴岛' of 长兴岛经济技术开发区) is that place's, not a shared district's
    own = {k: dataclasses.replace(d, towns=tuple(t for t in d.towns if t not in given)) if given & set(d.towns) else d
           for k, d in geography.districts.items()}
    region = notice.meta.region
    if region and region != geography.region and not any(region in (d.name, *d.former) for d in geography.districts.values()):
        own = {k: dataclasses.replace(d, towns=()) for k, d in own.items()}  # another city's notice: no roads or towns of ours ('厦门路')
    return dataclasses.replace(geography, districts={**own, **places},
                               ambiguous=tuple(a for a in geography.ambiguous if a.name not in given) + shared)


def _check_notice(notice: Notice, geo: Geography, file: Path) -> None:
    for key, place in notice.places.items():
        if place.within and place.within not in geo.districts:
            raise KnowledgeError(file, f"places.{key}.within", f"unknown district key {place.within!r}")
    seen = set()
    for i, unit in enumerate(notice.units.items if notice.units else ()):
        if unit.district not in geo.districts:
            raise KnowledgeError(file, f"units.items[{i}].district", f"unknown district key {unit.district!r}")
        if unit.district in seen:
            raise KnowledgeError(file, f"units.items[{i}].district", f"duplicate district {unit.district!r}")
        if not unit.phone and not unit.email:  # a unit reached by mail only has no phone, but never neither
            raise KnowledgeError(file, f"units.items[{i}].phone", "missing")
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
    folder = Path(__file__).with_name("ingest")  # and the modules it borrows patterns from
    return b"".join(f.read_bytes() for f in [*sorted(folder.glob("*.py")), *(_HERE / f for f in ("values.py", "text.py", "programmes.py"))])


def _ingested(text_file: Path, geography: Geography, cache_dir: Path | None) -> dict:
    """The knowledge base of a notice text: from the cache when its content was read before, else ingested now."""
    import hashlib

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
            keep_newest(cached, "*.json", 64)  # one per notice text and code version: the newest only
        except OSError:
            pass  # a read-only checkout still works, only slower
    return result.data


def _knowledge(path: Path, lexicon: Lexicon, geography: Geography, cache_dir: Path | None) -> Knowledge:
    """One round's Knowledge; with `cache_dir`, its validated Notice is read back from a file named by a hash
    of the notice's content (and of the geography and code it was checked with) instead of parsed again."""
    if cache_dir is None:
        notice, _ = _notice(path, geography, None)
    else:
        notice = _cached_notice(path, geography, cache_dir)
    try:
        tz = ZoneInfo(notice.meta.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise KnowledgeError(path, "meta.timezone", f"unknown time zone {notice.meta.timezone!r}") from None
    deadline = parse_deadline(notice.submission.deadline, tz, path) if notice.submission else None
    return Knowledge(notice, lexicon, with_places(geography, notice), path, deadline, tz)


def _notice(path: Path, geography: Geography, cache_dir: Path | None,
            raw: bytes | None = None) -> tuple[Notice, tuple[tuple[str, str], ...]]:
    """Parse, build and verify a notice; also the (file name, content hash) of the text it was verified against."""
    from .parse import read_yaml  # only when a file is parsed: a cached start needs neither
    from .salvage import salvaged

    is_text = path.suffix.lower() == ".txt"
    data = _ingested(path, geography, cache_dir) if is_text else read_yaml(path, raw)
    notice = salvaged(data, path, lambda n: _check_notice(n, with_places(geography, n), path), is_text)
    source = path.with_name(notice.source_text) if notice.source_text and not is_text else None
    if source and source.exists():
        from .verify import verify

        text = source.read_bytes()
        problems = verify(notice, text.decode("utf-8-sig"))
        if problems:
            key, _, why = problems[0].partition(": ")
            raise KnowledgeError(path, key, f"{why} ({source.name})")
        if not notice.passages:  # every clause as worded, for questions no reviewed fact answers
            from .ingest import passages_of
            from .notice import Clause

            notice = dataclasses.replace(notice, passages=tuple(Clause(**p) for p in passages_of(text.decode("utf-8-sig"))))
        return notice, ((source.name, _digest(text)),)
    return notice, ()


def _cached_notice(path: Path, geography: Geography, cache_dir: Path) -> Notice:
    try:
        raw = path.read_bytes()
    except OSError:  # the uncached path names the problem
        return _notice(path, geography, cache_dir)[0]
    code = _CODE + tuple(sorted(_HERE.joinpath("ingest").glob("*.py"))) if path.suffix.lower() == ".txt" else _CODE
    inputs = (str(path.resolve()), _digest(raw), _digest(GEOGRAPHY_FILE.read_bytes()), CACHE_VERSION, source_stamp(*code))
    cache = IndexCache(cache_dir)
    notice, checked = cache.get("notice", inputs, lambda: _notice(path, geography, cache_dir, raw))
    for name, digest in checked:  # the text it was verified against must be unchanged too
        source = path.with_name(name)
        if not source.exists() or _digest(source.read_bytes()) != digest:
            notice, checked = _notice(path, geography, cache_dir, raw)
            cache.put("notice", inputs, (notice, checked))
            break
    return notice


def _shared(cache_dir: Path | None = None) -> tuple[Lexicon, Geography]:
    """The lexicon and the geography, validated; with `cache_dir`, read back from a file named by their content."""
    if cache_dir is None:
        return _parse_shared(None, None)
    try:
        lex, geo = LEXICON_FILE.read_bytes(), GEOGRAPHY_FILE.read_bytes()
    except OSError:  # the uncached path names the problem
        return _parse_shared(None, None)
    inputs = (_digest(lex), _digest(geo), source_stamp(*_CODE))
    return IndexCache(cache_dir).get("shared", inputs, lambda: _parse_shared(lex, geo))


def _parse_shared(lex: bytes | None, geo: bytes | None) -> tuple[Lexicon, Geography]:
    from .parse import build, read_yaml

    lexicon: Lexicon = build(Lexicon, read_yaml(LEXICON_FILE, lex), "", LEXICON_FILE)
    geography: Geography = build(Geography, read_yaml(GEOGRAPHY_FILE, geo), "", GEOGRAPHY_FILE)
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
    lexicon, geography = _shared(cache_dir)
    files = expand(paths or [NOTICE_DIR])
    if not files:
        raise KnowledgeError(", ".join(map(str, paths or [NOTICE_DIR])), "(folder)", "no .yaml or .txt notice in it")
    rounds = [_knowledge(f, lexicon, geography, cache_dir) for f in files]
    return sorted(rounds, key=lambda k: k.notice.meta.date)


def load_knowledge(notice_file: Path | str | None = None, cache_dir: Path | None = None) -> Knowledge:
    """Load, validate and cross-check one notice (default: the bundled one), lexicon and geography.

    With `cache_dir`, what was loaded before from the same content is read back from a file there."""
    lexicon, geography = _shared(cache_dir)
    return _knowledge(Path(notice_file) if notice_file else DEFAULT_NOTICE, lexicon, geography, cache_dir)
