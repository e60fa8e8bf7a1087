"""Topics of answers -> the renderer that answers each, and what a notice must hold for it to be answerable.

Checked when the knowledge base loads: a lexicon topic without a renderer fails at start-up, not on the
first question. A topic whose facts a notice lacks is answered with "通知中没有…" or the passage that says it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .model import KnowledgeError, Lexicon, Notice
from .phrasing import Section
from .records import record
from .render import Renderer
from .schedule import stages
from .values import lazy


@record
class Topic:
    render: Callable[[Renderer, object], Section]
    needs: Callable[[Notice], object]


def _sub(attr: str) -> Callable[[Notice], object]:
    return lambda n: n.submission and getattr(n.submission, attr)


TOPICS: dict[str, Topic] = {
    "deadline": Topic(Renderer.deadline, lambda n: n.submission),
    "submit": Topic(Renderer.submit, lambda n: n.submission and (n.submission.site or n.submission.online or n.submission.text)),
    "paper": Topic(Renderer.paper, lambda n: n.submission and (n.submission.form_copies or n.submission.form_name or n.submission.no_paper)),
    "seal": Topic(Renderer.seal, _sub("form_seals")),
    "mail": Topic(Renderer.mail, lambda n: n.mailing),
    "one_item": Topic(Renderer.one_item, _sub("one_item")),
    "eligibility": Topic(Renderer.eligibility, lambda n: n.eligibility),
    "focus": Topic(Renderer.focus, lambda n: n.focuses),
    "criteria": Topic(Renderer.criteria, lambda n: n.criteria),
    "materials": Topic(Renderer.materials, lambda n: n.materials),
    "word_limits": Topic(Renderer.word_limits, lambda n: n.materials and any(p.limit for p in n.materials.parts)),
    "part": Topic(Renderer.part, lambda n: n.materials),
    "format": Topic(Renderer.format, lambda n: n.format),
    "supporting": Topic(Renderer.supporting, lambda n: n.supporting or n.uploads),
    "consult": Topic(Renderer.consult, lambda n: n.consultation.any()),
    "district": Topic(Renderer.district_list, lambda n: n.units or n.organisation.route),
    "fee": Topic(Renderer.fee, lambda n: n.fees),
    "review": Topic(Renderer.review, lambda n: n.organisation.review),
    "national": Topic(Renderer.national, lambda n: n.organisation.national),
    "mobilisation": Topic(Renderer.mobilisation, lambda n: n.organisation.mobilisation),
    "process": Topic(Renderer.process, lambda n: n.checklist or n.procedure),
    "about": Topic(Renderer.about, lambda n: True),
    "attachments": Topic(Renderer.attachments, lambda n: n.attachments),
    "changes": Topic(Renderer.changes, lambda n: n.supplement and n.amendments),
    "schedule": Topic(Renderer.schedule, stages),
}


_APPLY = lazy(r"报|交|来得及|截止|\b(?:apply|submit)", re.I)


def stage_only(intents: tuple[str, ...], norm: str) -> bool:
    """A stage of the timeline asked about ('经验推广开始了吗'), not whether one can still apply ('…还能报吗')."""
    return "schedule" in intents and not _APPLY.search(norm)


def check_topics(lexicon: Lexicon, file: Path | str) -> None:
    """Every topic the lexicon can recognise must have a renderer."""
    for name in lexicon.intents:
        if name not in TOPICS:
            raise KnowledgeError(file, f"intents.{name}", "no renderer answers this topic")


def answerable(notice: Notice, name: str) -> bool:
    topic = TOPICS.get(name)
    return bool(topic and topic.needs(notice))


# A count asked of a list ('遴选标准有几条', '一共几个附件', 'how many conditions'): the list's own count, said before
# its items, in the measure word the question used. Only a whole list is counted, never a few items picked from it.
_ASKED = lazy(r"(?:几|多少)\s*(个方面|个部分|个|条|项|家|处|类|方面|部分)|(?:一共|总共|共有|总共有)\s*(?:几|多少)|\bhow many\b")
_MEASURE = lazy(r"(?:几|多少)\s*(个方面|个部分|个|条|项|家|处|类|方面|部分)")
_COUNTED = lazy(r"[一二三四五六七八九十两\d]+\s*(?:个|条|项|家|类|方面)")  # the list's lead already counts it
_PART = lazy(r"其余|最相关|以上是")  # only some items shown


def counted(sections: list[Section], norm: str, en: bool) -> list[Section]:
    """The first whole list among the sections, with its count first, when the message asks how many."""
    if not (m := _ASKED.search(norm)):
        return sections
    for i, sec in enumerate(sections):
        items = [x for x in sec.lines if x.startswith("• ")]
        rest = [x for x in sec.lines if not x.startswith("• ")]
        if len(items) >= 2 and not re.search(r"名额|[Qq]uota", sec.title) and not any(_COUNTED.search(x) or _PART.search(x) for x in rest):
            unit = m.group(1) or (u.group(1) if (u := _MEASURE.search(norm)) else "项")
            line = f"{len(items)} in total:" if en else f"共 {len(items)} {unit}："
            return [*sections[:i], replace(sec, lines=(line, *sec.lines)), *sections[i + 1:]]
    return sections
