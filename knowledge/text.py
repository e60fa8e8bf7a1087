"""Text normalisation: width, traditional characters, case, punctuation, pinyin readings."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import zhconv
from pypinyin import Style, lazy_pinyin
from pypinyin.pinyin_dict import pinyin_dict

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
    """Toneless pinyin of a word, phrase-aware, with per-character overrides (行 in 闵行 is hang)."""
    sylls = lazy_pinyin(word, style=Style.NORMAL, errors="ignore")
    if overrides and len(sylls) == len(word):
        sylls = [overrides.get(ch, s) for ch, s in zip(word, sylls)]
    return "".join(sylls).replace("ü", "v")
