"""Evaluation for operators: a question set (JSON lines) run through the answering core, scored per category.

A case is {"id", "category", "q", "matched": true|false|null, "must": [regex…], "must_not": [regex…], "now"?}.
It passes when `matched` agrees (null accepts either), every `must` regex is found in the answer text and no
`must_not` regex is (case-insensitive); a case with "now" is answered at that time.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MAX_CASES = 100_000


class EvalError(Exception):
    """A case file that cannot be used; the message names the line."""


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    q: str
    matched: bool | None
    must: tuple[re.Pattern[str], ...]
    must_not: tuple[re.Pattern[str], ...]
    now: dt.datetime | None = None


@dataclass
class Report:
    categories: dict[str, list[int]] = field(default_factory=dict)  # category -> [passed, total]
    failures: list[tuple[Case, str, bool, list[str]]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(t for _, t in self.categories.values())

    @property
    def passed(self) -> int:
        return sum(p for p, _ in self.categories.values())


def _patterns(value: object, where: str) -> tuple[re.Pattern[str], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise EvalError(f"{where}: must be a list of regular expressions")
    try:
        return tuple(re.compile(x, re.I) for x in value)
    except re.error as exc:
        raise EvalError(f"{where}: bad regular expression: {exc}") from None


def parse_case(line: str, number: int, tz: dt.tzinfo) -> Case:
    """One JSON line as a Case; EvalError naming the line when it is not one."""
    where = f"line {number}"
    try:
        raw = json.loads(line)
    except ValueError as exc:
        raise EvalError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("q"), str):
        raise EvalError(f"{where}: a case is an object with a \"q\" question")
    matched = raw.get("matched")
    if matched is not None and not isinstance(matched, bool):
        raise EvalError(f"{where}: \"matched\" must be true, false or null")
    now = None
    if raw.get("now"):
        try:
            now = dt.datetime.fromisoformat(str(raw["now"]).replace("Z", "+00:00"))
        except ValueError:
            raise EvalError(f"{where}: \"now\" is not an ISO 8601 time") from None
        now = now if now.tzinfo else now.replace(tzinfo=tz)
    return Case(str(raw.get("id") or where), str(raw.get("category") or "uncategorised"), raw["q"], matched,
                _patterns(raw.get("must"), f"{where} must"), _patterns(raw.get("must_not"), f"{where} must_not"), now)


def load_cases(path: Path, tz: dt.tzinfo) -> list[Case]:
    """Every non-empty line of a JSON-lines file as a Case."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"cannot read {path}: {exc}") from None
    cases = [parse_case(line, n, tz) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not cases:
        raise EvalError(f"{path}: no cases")
    if len(cases) > MAX_CASES:
        raise EvalError(f"{path}: more than {MAX_CASES} cases")
    return cases


def check(case: Case, text: str, matched: bool) -> list[str]:
    """Why a case fails (empty when it passes)."""
    why = []
    if case.matched is not None and bool(matched) != case.matched:
        why.append(f"matched={str(bool(matched)).lower()} expected {str(case.matched).lower()}")
    why += [f"missing /{rx.pattern}/" for rx in case.must if not rx.search(text)]
    why += [f"must not contain /{rx.pattern}/" for rx in case.must_not if rx.search(text)]
    return why


def evaluate(cases: list[Case], answer: Callable[[str, dt.datetime | None], tuple[str, bool]]) -> Report:
    """Answer every case (in-process) and score it."""
    report = Report()
    for case in cases:
        text, matched = answer(case.q, case.now)
        why = check(case, text, matched)
        counts = report.categories.setdefault(case.category, [0, 0])
        counts[1] += 1
        if why:
            report.failures.append((case, text, matched, why))
        else:
            counts[0] += 1
    return report


def render(report: Report, title: str, excerpt: int = 240) -> str:
    """The per-category table, the failures with their reasons, and the last line `score: P/T (X%)`."""
    width = max([len(c) for c in report.categories] + [8])
    lines = [title, f"{'类别 category':<{width + 2}} 通过/总数  比例"]
    for cat in sorted(report.categories):
        p, t = report.categories[cat]
        lines.append(f"{cat:<{width + 2}} {p:>4}/{t:<4}  {100 * p / t:5.1f}%{'' if p == t else '  ✗'}")
    if report.failures:
        lines.append(f"\n失败 failures（{len(report.failures)}）：")
        for case, text, matched, why in report.failures:
            lines.append(f"✗ {case.id} [{case.category}] {case.q}" + (f"  (now {case.now.isoformat()})" if case.now else ""))
            lines.append("   原因：" + "；".join(why))
            short = text.replace("\n", " ⏎ ")
            lines.append(f"   回答（matched={str(matched).lower()}）：{short[:excerpt]}{'…' if len(short) > excerpt else ''}")
    lines.append(f"\nscore: {report.passed}/{report.total} ({100 * report.passed / max(report.total, 1):.1f}%)")
    return "\n".join(lines)


def as_json(report: Report) -> dict:
    return {"passed": report.passed, "total": report.total,
            "categories": {c: {"passed": p, "total": t} for c, (p, t) in sorted(report.categories.items())},
            "failures": [{"id": c.id, "category": c.category, "q": c.q, "matched": m, "why": w, "text": t}
                         for c, t, m, w in report.failures]}
