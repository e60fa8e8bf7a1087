"""Text normalisation: width, traditional characters, case, punctuation, pinyin readings."""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import zhconv


def _char_table() -> dict[int, str]:
    """pypinyin's character table (code point -> readings) without importing the package, whose
    phrase dictionary we never use and which triples start-up time; the normal import is the fallback."""
    spec = importlib.util.find_spec("pypinyin")
    path = Path(spec.origin).with_name("pinyin_dict.py") if spec and spec.origin else None
    if path and path.exists():
        table_spec = importlib.util.spec_from_file_location("_pypinyin_char_table", path)
        module = importlib.util.module_from_spec(table_spec)
        table_spec.loader.exec_module(module)
        return module.pinyin_dict
    from pypinyin.pinyin_dict import pinyin_dict
    return pinyin_dict


pinyin_dict = _char_table()

CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_WORD = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")
_TOKEN = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=[a-z])['’](?=[a-z])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd]")
# Tone marks -> plain letters; ü is written v as in pinyin input methods.
_TONES = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")


@dataclass(frozen=True)
class Text:
    """A message in the forms the matchers read."""

    raw: str
    norm: str  # NFKC, simplified characters, lower case
    compact: str  # norm without spaces and punctuation: CJK, ASCII letters and digits
    tokens: tuple[str, ...]  # ASCII words and numbers, apostrophes removed (jing'an -> jingan)
    has_cjk: bool

    @property
    def english(self) -> bool:
        """True when the message is written in English (Latin letters, no Chinese)."""
        return not self.has_cjk and sum(len(t) for t in self.tokens if t.isalpha()) >= 2


def clean(raw: str) -> str:
    """Drop control characters and replacement marks left by broken encodings."""
    return _CONTROL.sub(" ", raw)


def prepare(raw: str) -> Text:
    """Normalise a message once; every matcher reads the result."""
    norm = zhconv.convert(unicodedata.normalize("NFKC", clean(raw)), "zh-cn").lower()
    compact = _NOT_WORD.sub("", norm)
    tokens = tuple(_TOKEN.findall(_APOSTROPHES.sub("", norm)))
    return Text(raw, norm, compact, tokens, bool(CJK.search(norm)))


def phrase_form(phrase: str) -> str:
    """The form a phrase from a data file is matched in (same normalisation as messages)."""
    return prepare(phrase).compact


def ascii_key(phrase: str) -> tuple[str, ...]:
    """Token form of an English or pinyin phrase from a data file."""
    return prepare(phrase).tokens


@lru_cache(maxsize=8192)
def readings(ch: str) -> tuple[str, ...]:
    """Toneless pinyin readings of one character (all of them, for polyphones); () if none."""
    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return ()
    return tuple(dict.fromkeys(r.translate(_TONES) for r in raw.split(",")))


def pinyin(word: str, overrides: dict[str, str] | None = None) -> str:
    """Toneless pinyin of a word: each character's usual reading, or its override (行 in 闵行 is hang)."""
    overrides = overrides or {}
    return "".join(overrides.get(ch) or readings(ch)[0] for ch in word if ch in overrides or readings(ch))
