"""The notice's own sentences for a question nothing else answers ("卓越级营收要多少", "先进级和卓越级有啥区别"):
the sentences that hold most of the question's rare word pairs, quoted with their clause. A mixin of Answerer.

Strict on purpose: a quote is offered only when the sentences cover most of what the question names and at least
two of its rarer pairs, so that an unrelated sentence is never passed off as the answer.
"""

from __future__ import annotations

import math
import re

from .model import Clause
from .only_one import only_one
from .phrasing import Section
from .qa_pairs import _ANSWERED, qa_joined
from .table_cells import cell_sentences
from .values import lazy

_CJK_RUN = lazy(r"[\u4e00-\u9fff]{2,}")
_HOW_MANY = lazy(r"多少|几|多大|多高|多长|要求")
_NUMBER = lazy(r"\d|[一二两三四五六七八九十百千万]+\s*(个|项|家|年|级|万|亿|元|%|倍|人|次|天|字|页|份)")
_SENTENCE = lazy(r"[^。；;！!？?\n]+[。；;！!？?]?")
# Pairs that say how a question is asked, not what it is about.
_ASKING = frozenset("什么 多少 怎么 怎样 如何 哪些 哪个 哪里 可以 能否 是否 请问 我们 公司 企业 单位 要求 需要 有啥 啥区 区别 有没 没有 "
                    "一下 知道 告诉 麻烦 老师 你好 您好 这个 那个 就是 还是 或者 要多 多久 几个 要几 写几 有什 么区 么要 的是".split())
_CN_DIGITS = frozenset("一二三四五六七八九十")
_FUNCTION = frozenset("几的吗呢吧啊呀哦嘛么了过要会能可有没不是在和与及这那哪谁个些也都就还但而或把被给让从对向于为着得地我你他她它们咱您")
# A count of times asked ('补正能补几次') and a sentence that states one ('补正机会仅有一次', not '一次性告知').
_COUNTED = {"#次": (lazy(r"几次|多少次|几回|how many times"), lazy(r"[一二两三四五六七八九十\d]\s*次(?!性)")),  # and people ('每家能去几个人':
           "#人": (lazy(r"几个?人|多少人|几位|几名"), lazy(r"[一二两三四五六七八九十\d]\s*(?:人|名)(?![员士民才])"))}  # '限报2人')
_PER_UNIT = lazy(r"每个|每家|每区|每县|各区|各县|各推荐")
_DATED = lazy(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\s*号")
MIN_PAIRS = 2
MIN_COVER = 0.6
MAX_CHARS = 120  # longer "sentences" are lists or headings run together, not an answer


def word_pairs(text: str) -> set[str]:
    """The pairs of adjacent Chinese characters in a text, less the pairs that only say how a question is asked."""
    return {p for run in _CJK_RUN.findall(text) for p in _pairs(run)}


_LATIN, _SPACE = lazy(r"[a-z]{2,}\d*|\d{4,}"), lazy(r"\s+")
_FILLER = lazy(r"然后|嗯+|呃+|额+|那个|就是|对吧|这种|是不是")  # spoken fillers: they break a run, they ask nothing


def terms(text: str) -> set[str]:
    """A text's word pairs and its Latin words with their numbers ('ISO 9001' -> 'iso9001', 'IATF 16949')."""
    return word_pairs(text) | set(_LATIN.findall(_SPACE.sub("", text.lower())))


def _pairs(run: str) -> set[str]:
    return {run[i:i + 2] for i in range(len(run) - 1)} - _ASKING


def _sentences(text: str, clause: str, lead: str = "") -> list[tuple[str, str, frozenset[str]]]:
    out = []
    for s in [*qa_joined(_SENTENCE.findall(text)), *cell_sentences(text)]:  # (a table's cells, each under its header)
        s = with_lead(s, lead)
        pairs = frozenset(terms(s))
        if 6 <= len(s.strip()) <= (2 * MAX_CHARS if _ANSWERED.search(s) else MAX_CHARS) and pairs:
            out.append((s.strip(), clause, pairs))
    return out


def _under(child: str, parent: str) -> bool:
    """'三（一）' is under '三' and '四1' under '四'; '附件10' is not under '附件1', nor '十一' under '十'."""
    if child == parent or not child.startswith(parent):
        return False
    last, nxt = parent[-1], child[len(parent)]
    return not ((last.isdigit() and nxt.isdigit()) or (last in _CN_DIGITS and nxt in _CN_DIGITS))


def with_lead(sentence: str, lead: str) -> str:
    """An item that is only a condition ('已获得2027年度质量标杆称号的；') with the list's lead-in before it
    ('有下列情形之一的，不予受理：'), so that a quote of it says what the condition leads to."""
    bare = sentence.strip().rstrip("。；;，,")
    return f"{lead}{sentence.strip()}" if lead and bare.endswith("的") and not bare.startswith(lead) else sentence


def lead_of(c: Clause, passages: tuple[Clause, ...]) -> str:
    """The lead-in ('有下列情形之一的，不予受理：') of the list a clause is an item of, or ''."""
    parents = [p for p in passages if _under(c.clause, p.clause)]
    if not parents:
        return ""
    parent = max(parents, key=lambda p: len(p.clause))
    at = parent.text.find(c.text[:12]) if c.text else -1
    leads = list(_LEAD.finditer(parent.text[:at] if at > 0 else own_text(parent, passages)))
    return leads[-1].group(0).strip() if leads else ""  # the list this item is in, not an earlier list's


_LEAD = lazy(r"[^。；;：:\n]{2,40}[：:]")


def own_text(c: Clause, passages: tuple[Clause, ...]) -> str:
    """A passage without the text of the clauses under it ('三' without '三（一）'…): a sentence written in a child
    clause is cited by the child, the clause that states it, not by every clause above it."""
    text = c.text
    for child in passages:
        if not _under(child.clause, c.clause) or len(child.text) < 2:
            continue
        if child.text in text:
            text = text.replace(child.text, "\n", 1)
        else:  # the parent's passage is cut short inside this child's text: its end is the child's start
            at = text.find(child.text[:2])
            while at >= 0 and not child.text.startswith(text[at:]):
                at = text.find(child.text[:2], at + 1)
            if at >= 0:
                text = text[:at]
    return text


class Recall:
    """Uses the answerer's kb and passage index."""

    def _sentence_index(self) -> tuple[list[tuple[str, str, frozenset[str]]], dict[str, float]]:
        index = self.__dict__.get("_recall_index")
        if index is None:
            passages = self.kb.notice.passages
            # How rare a pair is, over every passage as worded (a clause's text repeats its children's); the
            # sentences to quote, each from the clause that states it.
            every = [x for c in passages for x in _sentences(c.text, c.clause)]
            sents = [x for c in passages for x in _sentences(own_text(c, passages), c.clause, lead_of(c, passages))]
            df: dict[str, int] = {}
            for *_, pairs in every:
                for p in pairs:
                    df[p] = df.get(p, 0) + 1
            n = len(every) or 1
            idf = {p: math.log(1 + n / f) for p, f in df.items()}
            index = self.__dict__["_recall_index"] = (sents, idf)
        return index

    def _recalled(self, compact: str, answered: str = "") -> list[Clause]:
        """Up to two sentences that together cover most of the question's content pairs, or nothing. A pair the
        notice never writes ("营收" for 营业收入) counts half where both its characters are in the sentence."""
        sents, idf = self._sentence_index()
        compact = _FILLER.sub("，", compact)
        asked = {p for p in terms(compact) if p in idf or _CJK_RUN.fullmatch(p)}  # an unknown Latin word is no cue
        tally = next((k for k, (ask, _) in _COUNTED.items() if ask.search(compact)), "")  # '补正能补几次': a count of times
        said_rx = _COUNTED[tally][1] if tally else None
        known = {p for p in asked if p in idf} | ({tally} if tally else set())
        if len(known) < MIN_PAIRS:
            return []
        mean = math.fsum(idf.get(p, 0.0) for p in known - {tally}) / max(len(known - {tally}), 1)  # fsum: the same total in any order
        asked |= known
        weight = {p: 0.0 if _FUNCTION.intersection(p) and (p not in idf or "几" in p) else idf.get(p, mean) for p in asked}  # "的吗"
        total = math.fsum(weight.values())
        counting = _HOW_MANY.search(compact) is not None  # '奖励多少钱': a sentence with a sum of money, not any number ('12个月内')
        number = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?元") if re.search(r"多少钱|多少万|几万|多少奖|奖多少|金额|how much", compact) else _NUMBER
        dated = _DATED.search(compact) is not None  # '第一场是4月14号开吧': a sentence with a date
        total_asked = re.search(r"一共|总共|共计|全市|全省|总数|合计", compact) is not None
        mine, theirs = self._track_clauses(compact)  # 'A类的营收…': never a sentence under another track's heading

        def score(s: tuple[str, str, frozenset[str]], done: set[str]) -> float:
            text, clause, pairs = s
            pairs = pairs | {tally} if tally and said_rx.search(text) else pairs  # '仅有一次' answers '几次'
            got = math.fsum([*(weight[p] for p in (pairs & asked) - done),
                             *(weight[p] / 2 for p in asked - known - done if p[0] in text and p[1] in text)])
            counted = counting and number.search(text) and not (total_asked and _PER_UNIT.search(text))  # '一共评多少家': not '每个…5家'
            return got + (mean / 2 if counted or dated and _DATED.search(text) else 0) \
                - (total if clause in theirs - mine else 0)

        chosen: list[tuple[str, str, frozenset[str]]] = []
        covered: set[str] = set()
        for _ in range(2):
            best = max(sents, key=lambda s: (score(s, covered), -len(s[0])), default=None)
            if best is None or score(best, covered) < (0.25 * total if chosen else 0.01):
                break
            chosen.append(best)
            covered |= (best[2] & asked) | {p for p in asked - known if p[0] in best[0] and p[1] in best[0]}
            covered |= {tally} if tally and said_rx.search(best[0]) else set()
        if tally and not (chosen and said_rx.search(chosen[0][0])):
            return []  # '可以申报几次': a sentence that states no count of times does not answer it
        if len(covered & known) < MIN_PAIRS or math.fsum(weight[p] for p in covered) < MIN_COVER * total:
            return []
        return [Clause(clause, self._whole(text, clause)) for text, clause, _ in chosen if text not in answered]

    def _track_clauses(self, compact: str) -> tuple[set[str], set[str]]:
        """(the clauses under the heading of the one track a message names, those under the other tracks')."""
        from .tracks import named, tracks

        if (under := self.__dict__.get("_track_under")) is None:  # per notice, once: each track's clauses
            el, passages = self.kb.notice.eligibility, self.kb.notice.passages
            heads = {n: [c.clause for c in passages if c.title and n.lower() in c.title.lower()] for n in (tracks(el.items) if el else [])}
            under = self.__dict__["_track_under"] = {n: {c.clause for c in passages if any(c.clause.startswith(h) for h in hs)} for n, hs in heads.items()}
        asked = named(list(under), compact) if under else []
        return (under[asked[0]], set().union(*(v for n, v in under.items() if n != asked[0]))) if len(asked) == 1 else (set(), set())

    def _whole(self, piece: str, clause: str) -> str:
        """A piece ending at '；' with the rest of its sentence up to '。' ('…奖励50万元；同等条件下优先推荐…。') when not long."""
        if not piece.endswith(("；", ";")):
            return piece
        own = next((p.text for p in self.kb.notice.passages if p.clause == clause), "")
        at = own.find(piece)
        end = min((i for i in (own.find(x, at + len(piece)) for x in "。！？\n") if i >= 0), default=-1) if at >= 0 else -1
        return own[at:end + 1].strip() if 0 <= at < end and end - at <= 2 * MAX_CHARS else piece

    def _passage(self, a, en: bool, topics: list[str] = ()) -> Section | None:
        """The clause that states what was asked, quoted, when no structured fact answers it."""
        c = self._titled(topics, a.text.compact)
        if c is not None and (recalled := self._recalled(a.text.compact)) and self._held_of(recalled[0].text, a) > self._held_of(c.text, a):
            c = recalled[0]  # "只有IATF16949证书行不行": the sentence naming it, not the first clause on certificates
        elif c is None:
            hit = self.passages.best(a.text.norm)
            recalled = self._recalled(a.text.compact) if hit is None else []
            if hit is None and not recalled:  # only then may the reply say the notice has nothing on it
                return only_one(self.kb.notice.passages, a.text.compact, en) if "one_item" in topics else None
            c = hit.clause if hit else recalled[0]
        if not all(self._speaks_of(t, c.text) for t in topics):
            return None  # "经验总结材料有没有字数限制": a sentence naming the materials says nothing of their length
        c = self._of_track(c, a.text.norm)
        lead = f"The notice says ({c.clause}):" if en else f"通知{c.clause}原文："
        return Section("From the notice" if en else "通知原文", (lead, f"“{c.text}”"), (c.clause,))

    def _held_of(self, text: str, a) -> float:
        """How much of the question's rarer terms a text holds."""
        idf = self._sentence_index()[1]
        return math.fsum(idf.get(p, 0.0) for p in terms(a.text.compact) & terms(text))

    def _speaks_of(self, topic: str, text: str) -> bool:
        """Whether a sentence uses any of the words of a topic the notice has no section for."""
        intent = self.kb.lexicon.intents.get(topic)  # (only of the general topics: materials, word limits)
        return intent is None or not intent.generic or any(len(w) >= 2 and w in text for w in (*intent.strong, *intent.weak))

    def _of_track(self, c: Clause, norm: str) -> Clause:
        """A sentence of one track ('对认定的质量标杆企业给予…') asked of another ('培育企业奖励多少'): the sentences of
        its clause on the track asked about follow it."""
        from .tracks import named, tracks  # tracks reads word pairs from this module

        el = self.kb.notice.eligibility
        names = tracks(el.items) if el else []
        asked = named(names, norm) if names else []
        if len(asked) != 1 or asked[0] in c.text:
            return c
        whole = next((x.text for x in self.kb.notice.passages if x.clause == c.clause), "")
        more = [s for s in _SENTENCE.findall(whole) if asked[0] in s and s not in c.text]
        return Clause(c.clause, c.text + "".join(more)) if more else c

    def _titled(self, topics: list[str], asked: str = "") -> Clause | None:
        """A clause whose title names one of the topics ("二、申报条件" for eligibility)."""
        for name in topics:
            intent = self.kb.lexicon.intents.get(name)
            weak = [w for w in (intent.weak if intent else ()) if len(w) >= 2 and w in asked]  # said in both: '…有啥变化' / '…主要变化'
            for words in ([w for w in (intent.strong if intent else ()) if len(w) >= 2], weak):
                for c in self.kb.notice.passages:
                    if c.title and any(w in c.title for w in words):
                        return c
        return None
