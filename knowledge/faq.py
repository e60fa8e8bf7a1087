"""The notice's own questions and answers ('问：集团下属的子公司能否单独申报？答：…'): a message that asks what one of
them asks is answered with it first, quoted as written and cited 问答N; what the notice answers there is never
"not stated"."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cached_property

from .clause_ref import cited_clause
from .judgement import Judge
from .model import Knowledge
from .notice import FaqItem
from .phrasing import Section

# Characters that carry no topic: particles, pronouns, question words.
_STOP = set("的了吗呢吧啊呀嘛么是否能可以还会要我们你他她它这那个一下请问有没什么怎么如何哪些几咋不行和与及或就都也把被给在")
_WORD = re.compile(r"[0-9a-z\u4e00-\u9fff]+")
_SHOWN = ("Notice Q&A", "常见问题解答")
_SET_ASIDE = re.compile(r"^[【\[](?:通知未规定|通知未涉及|Not stated in the notice|Not in the notice)[】\]]")
_CLAIM = re.compile(r"^[【\[](?:更正|Correction)[】\]]\n(?:不是|Not )([^：:\n]{1,20})[：:]")
THRESHOLD, MIN_COVERED = 0.35, 0.25  # how well a question must fit a message, and how much of it it must cover


def grams(text: str) -> set[str]:
    """Character bigrams of a text's word runs, without those made only of characters that carry no topic."""
    out: set[str] = set()
    for run in _WORD.findall(text.lower()):
        out.update(g for i in range(len(run) - 1) if not (set(g := run[i:i + 2]) & _STOP))
    return out


class FaqIndex:
    """Each question's and answer's bigrams, weighted by how rare they are among the notice's clauses."""

    def __init__(self, kb: Knowledge) -> None:
        self.items, self.weight, self.rare = kb.notice.faq, {}, 1.0
        if not self.items:
            return
        self.asks = [grams(x.q) for x in self.items]
        self.says = [grams(x.a) for x in self.items]
        docs = [grams(c.text) for c in kb.notice.passages] + self.asks
        n, df = len(docs), {}
        for doc in docs:
            for g in doc:
                df[g] = df.get(g, 0) + 1
        self.weight = {g: math.log(1 + n / f) for g, f in df.items()}
        self.rare = math.log(1 + n)  # a word the notice never uses says the most about what is asked

    def best(self, text: str) -> tuple[FaqItem, float] | None:
        """The question the message asks, with its score, when one covers enough of what the message says."""
        if not self.items:
            return None
        said = grams(text)
        total = sum(self._w(g) for g in said)
        found = []
        for item, ask, says in zip(self.items, self.asks, self.says):
            if len(said & ask) < 2:
                continue
            # how much of the message the question (and, at half weight, its answer) covers, and how much of the
            # question the message asks
            covered = sum(self._w(g) * (1.0 if g in ask else 0.5) for g in said & (ask | says)) / total
            asked = sum(self._w(g) for g in said & ask) / sum(self._w(g) for g in ask)
            if covered >= MIN_COVERED:
                found.append((math.sqrt(covered * asked), item))
        score, item = max(found, key=lambda x: x[0], default=(0.0, None))
        return (item, score) if item is not None and score >= THRESHOLD else None

    def _w(self, gram: str) -> float:
        return self.weight.get(gram, self.rare)


class FaqAnswers:
    """A mixin of the answerer: `_with_faq` puts the notice's own answer first."""

    kb: Knowledge
    judge: Judge

    @cached_property
    def faq(self) -> FaqIndex:
        return FaqIndex(self.kb)

    def _with_faq(self, ans, text):
        """The reply with the matching question and answer first. A part saying the notice does not state something
        is dropped (it does, here), and so is a correction of a claim the answer speaks of (a correction of a claim an
        answer speaks of brings that answer). Never beside a decline."""
        if (cited := cited_clause(self.kb, text.norm, text.english)) is not None:  # '第七条是什么': that clause, quoted
            tail = f"— notice {self._basis()}" if text.english else f"—— 依据：{self._basis()}"
            return replace(ans, text=cited.render(text.english) + "\n" + tail, matched=True, sources=cited.sources, gap=False)
        if not self.kb.notice.faq or self.judge.refusal(text.norm):
            return ans
        hit, en = self.faq.best(text.compact), text.english
        if hit is None and ans.matched:  # "电子章可以吗" corrected by the main text, where a question answers it
            parts = ans.text.split("\n\n")
            hit = next(((x, 0.0) for p in parts for x in self.kb.notice.faq if _contradicted(p, x.a)), None)
        if hit is None:
            return ans
        item, lines = hit[0], ans.text.split("\n")
        tail = lines.pop() if ans.matched and lines[-1].startswith(("—— ", "— ")) else ""  # the notice it rests on
        if not tail:
            meta = self.kb.notice.meta
            tail = f"— {meta.programme_en or meta.programme_full}, notice {self._basis()}" if en else f"—— 依据：{self._basis()}"
        kept = ["\n".join(x for x in p.split("\n") if item.a not in x) for p in "\n".join(lines).split("\n\n")
                if p.strip() and not _SET_ASIDE.match(p) and not _contradicted(p, item.a)] if ans.matched else []  # once only
        kept = [p for p in kept if not all(_FRAME.match(x) for x in p.split("\n"))]  # a quote left with its heading alone
        section = Section(_SHOWN[0] if en else _SHOWN[1], (f"问：{item.q}", f"答：{item.a}"), (item.clause,))
        fixes = [p for p in kept if _CLAIM.match(p)]  # a correction first, then the notice's own answer
        body = "\n\n".join([*fixes, section.render(en), *(p for p in kept if p not in fixes)]) + "\n" + tail
        return replace(ans, text=body, matched=True, sources=tuple(dict.fromkeys((item.clause, *ans.sources))), gap=False)


_FRAME = re.compile(r"^(?:【[^】]*】|\[[^\]]*\]|（出处：.*）|\(Source: .*\)|通知\S{0,12}原文：|The notice says \(.*\):|\s*)$")


def _contradicted(part: str, answer: str) -> bool:
    """A correction ('不是电子章：…') of a claim whose words the answer uses ('…合规电子签章'): the answer decides."""
    m = _CLAIM.match(part)
    said = re.sub(r"(?<=[\d一二两三四五六七八九十])\s*个?\s*(?:工作日|自然日|天|日|字|份|项|页)", "", m.group(1)) if m else ""  # '10个工作日': a count
    return bool(m) and bool({g for g in grams(said) if not re.search(r"\d", g)} & grams(answer))
