"""Topics of answers -> the renderer that answers each, and what a notice must hold for it to be answerable.

Checked when the knowledge base loads: a lexicon topic without a renderer fails at start-up, not on the
first question. A topic whose facts a notice lacks is answered with "通知中没有…" or the passage that says it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .model import KnowledgeError, Lexicon, Notice
from .phrasing import Section
from .records import record
from .render import Renderer


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
}


def check_topics(lexicon: Lexicon, file: Path | str) -> None:
    """Every topic the lexicon can recognise must have a renderer."""
    for name in lexicon.intents:
        if name not in TOPICS:
            raise KnowledgeError(file, f"intents.{name}", "no renderer answers this topic")


def answerable(notice: Notice, name: str) -> bool:
    topic = TOPICS.get(name)
    return bool(topic and topic.needs(notice))
