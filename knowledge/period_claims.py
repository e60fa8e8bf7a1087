"""Claims of a period the notice sets ('退回补正是5个工作日内吧', '公示期10天对吗'): the count said is compared with
the count the notice gives the same step, found by the words around both; a different count is corrected with the
notice's sentence. A mixin of the premise Checker (knowledge/premise.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from .arith import is_own
from .assertions import sentence_around
from .phrasing import Section
from .values import NUM, cn_number, lazy, plain

# A count of days ('5个工作日', '十天', '7日内'), not a date's day ('3月5日', '十五号').
_DAYS = lazy(rf"(?<![月号\d零一二两三四五六七八九十百])({NUM})\s*个?\s*(工作日|自然日|天|日)(?![期历程子])")
_LEFT = lazy(r"还有|还剩|剩下?|只剩|过了|已经|倒计时|提前|\b(left|ago)\b")  # time left or gone, a clock question
_PLAIN = frozenset("工作 作日 个工 之日 日起 日内 以内 天内 通知 企业 材料 是不 不是 对吧 是吧 我记 记得".split())
_ASKS = lazy(r"哪|什么|啥|怎么|如何|几|多少|谁|吗|么|呢|能否|可否|\b(what|where|how|who|when)\b")
_TAG = lazy(r"(?:是|对|没错|真的)?(?:吗|吧|呢|么|嘛|不是|不对)?|对不对|是不是|right|correct")
_STOPS = frozenset("，,。;；！!？? ")
_KIND = {"工作日": "工作日", "自然日": "天", "天": "天", "日": "天"}


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])} - _PLAIN


class PeriodClaims:
    """Counts of days said of a step of the selection."""

    def _period(self, norm, a, intents, premise) -> Section | None:
        for m in _DAYS.finditer(norm):
            said = cn_number(m.group(1))
            if not 0 < said <= 90 or _LEFT.search(norm[max(0, m.start() - 8):m.start()]) or is_own(norm, m):
                continue
            words = _pairs(norm[max(0, m.start() - 14):m.start()] + norm[m.end():m.end() + 8])
            found = []
            for c in self.n.passages:
                for x in _DAYS.finditer(c.text):
                    sentence = sentence_around(c.text, x.start(), x.end())
                    at = c.text.find(sentence)
                    near = c.text[max(at, x.start() - 24):x.start()] + c.text[x.end():min(at + len(sentence), x.end() + 12)]
                    found.append((words & _pairs(near), cn_number(x.group(1)), _KIND[x.group(2)], sentence, c.clause))
            best = max((len(f[0]) for f in found), default=0)
            top = {(n, kind): f for f in found if len(f[0]) == best for n, kind in [f[1:3]]}
            if len(top) != 1 or best < 2 and not (best and any(w in norm[max(0, m.start() - 6):m.start()] for w in next(iter(top.values()))[0])):
                continue  # no step named as the notice names it (one word of it right before the count will do), or two counts as likely
            (count, kind), (_, _, _, sentence, clause) = next(iter(top.items()))
            cut = [i for i, ch in enumerate(norm) if ch in _STOPS]
            own = (max([i for i in cut if i < m.start()], default=-1), min([i for i in cut if i >= m.end()], default=len(norm)))
            alone = "beside" if any(_ASKS.search(p) for p in re.split(r"[，,。;；！!？?\s]+", norm[:own[0] + 1] + "，" + norm[own[1]:])
                            if not _TAG.fullmatch(p)) else "alone"  # nothing asked beside the claim's own clause and its '是吗'
            if count != said or kind != _KIND[m.group(2)] and m.group(2) != "日":  # '公示期7天' of '公示期7个工作日'

                typed = m.group(0).strip()
                return replace(self._fix(f"不是{typed}：{sentence}", clause, en=f"Not {plain(said)} days: {sentence}"), whole=alone)
            return Section("From the notice" if self.en else "通知原文", (f"“{sentence}”",), (clause,), whole=alone)  # as said: its sentence
        return None
