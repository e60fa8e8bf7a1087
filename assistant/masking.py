"""Personal data out of recorded texts: phone numbers, e-mails, ID and credit-code numbers become placeholders."""

from __future__ import annotations

import re

from knowledge.text import clean

_EDGE_L, _EDGE_R = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
# Order matters: an e-mail may hold digits, an ID number is also 18 characters of a credit code's alphabet.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[邮箱]"),
    (re.compile(_EDGE_L + r"\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]" + _EDGE_R), "[身份证号]"),
    (re.compile(_EDGE_L + r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + _EDGE_R, re.I), "[信用代码]"),
    (re.compile(_EDGE_L + r"\d{15}" + _EDGE_R), "[身份证号]"),  # the old 15-digit ID
    (re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)"), "[手机号]"),
    # Landlines and any other long number (7+ digits, maybe with an area code and an extension).
    (re.compile(r"(?<!\d)(?:\(?0\d{2,3}\)?[-\s]?)?\d{3,4}[-\s]?\d{4}(?:\s*(?:转|-|ext\.?)\s*\d{1,6})?(?!\d)", re.I), "[电话]"),
)
_LONG_DIGITS = re.compile(r"\d{7,}")
_SPACES = re.compile(r"\s+")


def mask(text: str, limit: int = 300) -> str:
    """The text with personal numbers and addresses replaced, control characters dropped, whitespace folded, cut to `limit`."""
    out = _SPACES.sub(" ", clean(text or "")).strip()
    for pattern, token in _RULES:
        out = pattern.sub(token, out)
    out = _LONG_DIGITS.sub("[号码]", out)
    return out[:limit]
