"""A question of a Q&A section with its answer, read as one sentence ('问九：答辩由谁参加？答：…')."""

from __future__ import annotations

import re

from .values import lazy

_ASKED = lazy(r"问\s*[一二三四五六七八九十\d]{0,3}\s*[：:][^：:]*[？?]\s*$")  # after the section's heading, if run into it
_ANSWERED = lazy(r"\s*答\s*[：:]")


def qa_joined(sentences: list[str]) -> list[str]:
    """A question of a Q&A section ('问九：答辩由谁参加？') with its answer after it (up to 240 characters), as one:
    the question's words find it, and the quote gives the answer."""
    out: list[str] = []
    answering = False  # inside an answer: its further sentences join it, up to the next question (a short answer)
    for s in sentences:
        if out and _ANSWERED.match(s) and _ASKED.search(out[-1]):
            out[-1], answering = f"{out[-1].strip()}{s.strip()}", True
        elif answering and not re.match(r"\s*问", s) and len(out[-1]) + len(s) <= 240:
            out[-1] = f"{out[-1]}{s.strip()}"
        else:
            out.append(s)
            answering = False
    return out
