"""Text normalisation: width, traditional characters, case, punctuation, pinyin readings."""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

T2S_FILE = Path(__file__).resolve().parent / "t2s.txt"


@cache
def _char_table() -> dict[int, str]:
    """pypinyin's character table (code point -> readings) without importing the package, whose
    phrase dictionary we never use and which triples start-up time; the normal import is the fallback.
    Loaded on first use: a matcher read from its index cache never needs it."""
    import importlib.util

    spec = importlib.util.find_spec("pypinyin")
    path = Path(spec.origin).with_name("pinyin_dict.py") if spec and spec.origin else None
    if path and path.exists():
        table_spec = importlib.util.spec_from_file_location("_pypinyin_char_table", path)
        module = importlib.util.module_from_spec(table_spec)
        table_spec.loader.exec_module(module)
        return module.pinyin_dict
    from pypinyin.pinyin_dict import pinyin_dict
    return pinyin_dict


@cache
def _t2s() -> tuple[dict[int, str], dict[str, str], re.Pattern[str] | None]:
    """OpenCC's traditional -> simplified table (see t2s.txt): characters, phrases, and a pattern that
    finds the characters a phrase needs (so the phrase pass runs only on text that can contain one)."""
    lines = [line for line in T2S_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    table = str.maketrans(lines[0], lines[1])
    phrases = dict(line.split("\t") for line in lines[2:] if line)
    # One character per phrase is enough to know it is absent: a traditional-only one where there is one,
    # else the one the phrase changes (瞭 in 瞭解), never a common simplified one (申 in 申覆).
    needs = {next((c for c in trad if ord(c) in table), None) or next(c for c, t in zip(trad, simp) if c != t)
             for trad, simp in phrases.items()}
    return table, phrases, re.compile(f"[{re.escape(''.join(sorted(needs)))}]") if needs else None


@cache
def _phrase_pattern() -> re.Pattern[str]:
    phrases = _t2s()[1]
    return re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))


def to_simplified(s: str) -> str:
    """Traditional characters to simplified (申報截止時間 -> 申报截止时间), phrases first, as OpenCC t2s."""
    table, phrases, needs = _t2s()
    if needs is None or not needs.search(s):
        return s.translate(table)
    out, last = [], 0
    for m in _phrase_pattern().finditer(s):  # a phrase's own conversion is final (乾坤 stays 乾坤)
        out += (s[last:m.start()].translate(table), phrases[m.group()])
        last = m.end()
    out.append(s[last:].translate(table))
    return "".join(out)

CJK = re.compile(r"[\u4e00-\u9fff]")
_NOT_WORD = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")
_TOKEN = re.compile(r"[a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=[a-z])['’](?=[a-z])")
_BARE_REWARD = re.compile(r"(?<![奖获颁得评])奖(?=[0-9一二两三四五六七八九十百几]+万)")
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

    @cached_property
    def pairs(self) -> list[str]:
        """Every two-character window of `compact`, made once and shared by the phrase matchers."""
        return list(map(operator.add, self.compact, self.compact[1:]))

    @property
    def english(self) -> bool:
        """True when the message is written in English (Latin letters, no Chinese)."""
        return not self.has_cjk and sum(len(t) for t in self.tokens if t.isalpha()) >= 2


def clean(raw: str) -> str:
    """Drop control characters and replacement marks left by broken encodings."""
    return _CONTROL.sub(" ", raw)


_CN_YEAR, _CN_DIGITS = re.compile(r"([〇零一二三四五六七八九]{4})年"), str.maketrans("〇零一二三四五六七八九", "00123456789")
_ISO_DATE = re.compile(r"(?<![\d.])((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?![\d:])")


_RELATIVE_YEAR = re.compile(r"(大前年|前年|去年|今年)(底|末|初)?(?![^，,。？?！!\n]{0,10}?(?:规定|要求|说|讲|通知|政策))"
                            r"(?=[^，,。？?！!\n]{0,10}(?:注册|成立|设立|开业|领的?执照))")


def anchored(raw: str, now) -> str:
    """'去年四月份在浦东注册的' with the year it is by the clock ('2024年四月份…'): a registration said relative to today."""
    back = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3}
    month = {"底": "12月", "末": "12月", "初": "1月"}
    return _RELATIVE_YEAR.sub(lambda m: f"{now.year - back[m.group(1)]}年{month.get(m.group(2) or '', '')}", raw) if "年" in raw else raw


def prepare(raw: str) -> Text:
    """Normalise a message once; every matcher reads the result."""
    raw_clean = clean(raw)
    if not unicodedata.is_normalized("NFKC", raw_clean):  # the check is several times cheaper than normalising
        raw_clean = unicodedata.normalize("NFKC", raw_clean)
    norm = to_simplified(raw_clean).lower().replace("标竿", "标杆")  # the same word, as often written
    norm = _ISO_DATE.sub(r"\1年\2月\3日", norm) if "-" in norm or "/" in norm else norm  # '2023-03-25' is '2023年03月25日'
    norm = _CN_YEAR.sub(lambda m: m.group(1).translate(_CN_DIGITS) + "年", norm) if "〇" in norm or "零" in norm else norm  # '二〇二四年'
    compact = _NOT_WORD.sub("", norm).replace("啥", "什么")  # the phrases are written with 什么: "盖啥章" is "盖什么章"
    compact = _BARE_REWARD.sub("奖励", compact)  # "奖30万" is "奖励30万"
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
    raw = _char_table().get(ord(ch))
    if not raw:
        return ()
    return tuple(dict.fromkeys(r.translate(_TONES) for r in raw.split(",")))


@cache
def main_readings() -> dict[str, str]:
    """Every Chinese character (U+4E00-U+9FFF, the ones Text.compact keeps) -> its main toneless reading."""
    return {chr(cp): raw.split(",", 1)[0].translate(_TONES) for cp, raw in _char_table().items()
            if 0x4E00 <= cp <= 0x9FFF and raw}


def pinyin(word: str, overrides: dict[str, str] | None = None) -> str:
    """Toneless pinyin of a word: each character's usual reading, or its override (行 in 闵行 is hang)."""
    overrides = overrides or {}
    return "".join(overrides.get(ch) or readings(ch)[0] for ch in word if ch in overrides or readings(ch))
