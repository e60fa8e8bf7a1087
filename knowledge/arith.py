"""Sums and ratios of the word limits a question names ("摘要和名称加起来最多多少字", "推进部分是实施效果的几倍"),
and the user's own count against a part's limit ("摘要写了900多字，没超吧"): worked out from the limits the notice
sets, each with its part and clause. A mixin of Answerer."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import cn_number, lazy, plain

_TOTAL = lazy(r"加起来|一共|总共|合计|总计|总字数|共多少字|\bin total\b|\btotal\b|\bcombined\b|\badd(ed)? up\b", 0)
_RATIO = lazy(r"几倍|多少倍|\bhow many times\b")
# A count of the user's own draft, not a limit they believe in: "写了900多字", "目前七八百字", "we wrote 900 characters".
_OWN = lazy(r"((写了|写到|写成|写完了?|写出|已写|目前|现在|现有|已经|总共|一共|大概|差不多|将近|快|约|统计|数了|字数(是|为|有|在))"
            r"[^，。,.？！?!]{0,4}?|\b(we|our|my|i)\b[^,.?!]{0,24}\b(is|are|has|have|wrote|got|runs|at)\b[^,.?!]{0,8}"
            r"|\b(is|runs|at) (about|around|roughly|approximately|nearly|currently) )$")
_LIMIT = lazy(r"限|上限|不超过|最多|以内|limit|max|up to|no more than|at most|allowed")
_COUNT = lazy(r"(?<![\d.万千])(\d+(?:\.\d+)?\s*[万千]|\d+(?:,\d{3})*|[一二两三四五六七八九十百千万]+)\s*(多|来|余)?\s*个?\s*(字|words|characters|chars)")
_SPAN = re.compile(r"^([一二两三四五六七八九])([一二两三四五六七八九])(十|百|千|万)$")  # 七八百 = 700 to 800


_TOTAL_SAID = lazy(r"(?:全文|总篇幅|总字数|合计|总计|共计|一共|总共)[^。；，,]{0,8}?(?:不超过|不多于|不得超过|限|控制在)\s*"
                   r"(\d+(?:\.\d+)?\s*[千万]?|[一二两三四五六七八九十百千万]+)\s*字")


def stated_total(n) -> tuple[str, str, float] | None:
    """(sentence, clause, figure) of the notice's one total for its materials ('经验总结材料合计不超过1.1万字（不含图表）');
    None when it states none, or several (one per document or track: which one is meant is not known)."""
    found = {(s.strip().rstrip("。；;"), c.clause, cn_number(m.group(1).replace(" ", ""))) for c in n.passages
             for s in re.findall(r"[^。；;]+[。；;]?", c.text) if (m := _TOTAL_SAID.search(s))
             and not re.match(r"\s*(?:申报|对于?|属于)[^，,。]{2,16}的[，,]", s)}  # '申报“质量标杆培育”的，…全文不超过5000字': one track's
    return next(iter(found)) if len({x[2] for x in found}) == 1 else None


def total_said(n, norm: str, said: list[re.Match]) -> tuple[re.Match, str, str, str] | None:
    """(the figure, '不是1.5万字：…合计不超过1.1万字', its clause, in English) for a total of the whole the message gives that the
    notice states otherwise; not a figure said of one part ('摘要一共不超过600字吧')."""
    m = next((x for x in said if _TOTAL.search(norm[max(0, x.start() - 10):x.start()])), None)
    if m is None or not (stated := stated_total(n)) or cn_number(m.group(1).replace(",", "")) == stated[2]:
        return None
    lead = re.split(r"[，,。；;？?！!\s]", norm[:m.start()])[-1]
    if any(w and w in lead for p in (n.materials.parts if n.materials else ()) for w in (*p.match, p.title) if len(w) >= 2):
        return None
    return m, f"不是{m.group(1)}字：{stated[0]}", stated[1], f"Not {m.group(1)} characters: the notice says “{stated[0]}”"


def is_own(norm: str, m: re.Match) -> bool:
    """A count of the user's own text ("写了900字"), not a limit ("限500字", "the limit is about 650")."""
    before = norm[max(0, m.start() - 32):m.start()]
    written = re.search(r"按照?\s*$", before) and re.match(r"\s*(写的|写了|写好|写完)", norm[m.end():])  # '按2900字写的'
    asked = _OK_ASKED.match(norm[m.end():])  # '企业概况480字行吗': may the text be that long
    return bool(_OWN.search(before) or written or asked) and not _LIMIT.search(re.split(r"[，,。;；？?！!]", before)[-1])


_OK_ASKED = lazy(r"\s*(?:的话)?\s*(?:行吗|行不行|可以吗|可不可以|能行吗|没问题吧|合适吗|够吗|ok吗|超了吗|超了没|超没超|会超吗|算超吗)", re.I)
_QUOTED = lazy(r"[“\"「『]([^”\"」』]{6,400})[”\"」』]")
_ASKS_COUNT = lazy(r"字数|多少字|几个字|超(了|没|过|出|不超)|没超|长不长|太长|\b(too long|how many characters|over the limit)\b")


def own_count(norm: str, notice: str = "") -> tuple[float, float, str] | None:
    """(at least, at most, as typed) of the user's own count of characters, if the message gives one; a text in
    quotation marks asked about ("名称拟的是“……”，字数没超吧") is counted here."""
    q = _QUOTED.search(norm)
    if q and q.group(1) not in notice and _ASKS_COUNT.search(norm[q.end():] + norm[:q.start()]):  # not a quoted part name
        n = len(re.sub(r"\s", "", q.group(1)))
        return n, n, f"引号里的文字共 {n} 字，"
    for m in _COUNT.finditer(norm):
        if not is_own(norm, m):
            continue
        raw, more = m.group(1).replace(",", ""), m.group(2)
        if span := _SPAN.match(raw):
            unit = cn_number("一" + span.group(3))
            return cn_number(span.group(1)) * unit, cn_number(span.group(2)) * unit, m.group(0).strip()
        n = cn_number(raw)
        if 0 < n < 1e7:  # a count of characters, not a run of digits pasted in
            step = 10 ** max(len(str(int(n))) - 1, 0) if more else 0  # "900多" is 900 to 999
            return n, n + step - (1 if step else 0), m.group(0).strip()
    return None


_ALL_PARTS = lazy(r"(五|六|七|四|全部|所有|各|每个)(个)?部分|总结材料|\ball (the )?parts\b|\bwhole\b")


class Arithmetic:
    """Uses the answerer's kb."""

    def _arith(self, a, norm: str, en: bool) -> Section | None:
        total, ratio = _TOTAL.search(norm), _RATIO.search(norm)
        parts = self.kb.notice.materials.parts if self.kb.notice.materials else ()
        if parts and (judged := self._several(a, norm, parts, en)):
            return judged
        if parts and (own := own_count(norm, self.judge.body)) and (judged := self._against_limit(a, own, parts, en)):
            return judged
        if not (total or ratio) or not parts:
            return None
        named = [parts[i] for i in a.items.get("part", ()) if i < len(parts) and parts[i].limit]
        if total and len(named) < 2 and _ALL_PARTS.search(norm):
            named = [p for p in parts if p.limit]
        if len(named) < 2:
            return None
        label = (lambda p: p.en or p.title) if en else (lambda p: p.title)
        clauses = tuple(dict.fromkeys(p.clause for p in named))
        if ratio and len(named) == 2:
            big, small = sorted(named, key=lambda p: -p.limit)
            times = big.limit / small.limit
            line = (f"{label(big)} ({big.limit}) is {plain(round(times, 2))} times {label(small)} ({small.limit})." if en else
                    f"{label(big)}（{big.limit} 字）是{label(small)}（{small.limit} 字）的 {plain(round(times, 2))} 倍。")
            return Section("Worked out" if en else "计算", (line,), clauses)
        if not total:
            return None
        # '总字数不超过6000字，其中“企业概况”不超过800字': a part inside another is no addend of a sum with it
        named = [p for p in named if not any(q is not p and q.limit > p.limit and (p.title in q.text or p.detail and "其中" in q.text)
                                             for q in named)]
        if len(named) < 2:
            return None
        s = sum(p.limit for p in named)
        terms = " + ".join(f"{label(p)} {p.limit}" for p in named)
        if len(named) == sum(1 for p in parts if p.limit) and (said := stated_total(self.kb.notice)):  # the whole: the notice's total first
            return Section("Total" if en else "合计", (f"The notice: “{said[0]}”." if en else f"通知写明：{said[0]}。",
                                                       f"The parts' limits add up to {s}: {terms}." if en else f"各部分上限相加为 {s} 字：{terms}。"),
                           (said[1], *clauses))
        line = f"In total at most {s} characters: {terms}." if en else f"合计最多 {s} 字：{terms}。"
        said = [n for m in _COUNT.finditer(norm)
                if _LIMIT.search(norm[max(0, m.start() - 8):m.end() + 4]) and (n := cn_number(m.group(1).replace(",", ""))) > s]
        if said and not en and (whose := [p for p in parts if p.limit == said[0]]):  # '总共不超过8000字对吧，摘要…都算在里面'
            return Section("更正", (f"不是总共{plain(said[0])}字：通知没有规定总字数，{plain(said[0])} 字是“{whose[0].title}”一部分的上限。"
                                    f"您说的几部分{line}",), (*clauses, whose[0].clause))
        return Section("Worked out" if en else "合计", (line,), clauses)

    def _several(self, a, norm: str, parts, en: bool) -> Section | None:
        """'摘要580字，实施效果2600字，推进应用9000字，哪个超了': each count against the limit of the part named before it."""
        named = [parts[i] for i in a.items.get("part", ()) if i < len(parts) and parts[i].limit]
        at = {p: min((i for w in _said_as(p) if w and (i := norm.find(w)) >= 0), default=-1) for p in named}
        named = sorted((p for p in named if at[p] >= 0), key=lambda p: at[p])
        if len(named) < 2 or not _ASKS_COUNT.search(norm):
            return None
        lines, over = [], []
        for k, p in enumerate(named):
            end = at[named[k + 1]] if k + 1 < len(named) else len(norm)
            m = _COUNT.search(norm, at[p], end)
            if m is None or _LIMIT.search(norm[at[p]:m.start()]):
                continue
            n = cn_number(m.group(1).replace(",", ""))
            name = (p.en or p.title) if en else p.title
            lines.append(f"{name}: {plain(n)} vs {p.limit} — {'over' if n > p.limit else 'within'}" if en else
                         f"{name}：您写了{plain(n)}字，上限{p.limit}字，{'超过了，需要删减' if n > p.limit else '没有超过'}。")
            over += [name] if n > p.limit else []
        if len(lines) < 2:
            return None
        every = len(lines) == len(named) == len(_COUNT.findall(norm))  # each count said was read with its part
        head = (f"Over the limit: {', '.join(over)}." if over else "None of these is over its limit." if every else
                "Those read below are within their limits.") if en else \
            (f"超过上限的是：{'、'.join(over)}。" if over else "都没有超过上限。" if every else "下面读到的几项没有超过上限。")
        return Section("Your counts" if en else "字数核对", (head, *lines), tuple(dict.fromkeys(p.clause for p in named)))

    def _against_limit(self, a, own: tuple[float, float, str], parts, en: bool) -> Section | None:
        """'摘要写了900多字，没超吧': the count against that part's limit."""
        named = [parts[i] for i in a.items.get("part", ()) if i < len(parts) and parts[i].limit]
        if len(named) != 1:
            return None
        part, (low, high, typed) = named[0], own
        name = (part.en or f"part “{part.title}”") if en else part.title
        if part.about:  # '摘要300字左右': a guide to keep near, not a cap
            line = (f"{typed}: the notice asks for about {part.limit} characters for the {name}, not a strict cap." if en else
                    f"{typed}：通知要求{name} {part.limit} 字左右（不是硬性上限），请尽量接近这个篇幅。")
        elif low > part.limit:
            line = (f"{typed} is over the {part.limit}-character limit of the {name}: cut it to {part.limit} or fewer." if en else
                    f"{typed}超过了{name} {part.limit} 字的上限，需要删减到 {part.limit} 字以内。")
        elif high <= part.limit:
            line = (f"{typed} is within the {part.limit}-character limit of the {name}." if en else
                    f"{typed}没有超过{name} {part.limit} 字的上限。")
        else:
            line = (f"{typed} is close to the {part.limit}-character limit of the {name}: count exactly and keep to "
                    f"{part.limit} or fewer." if en else f"{typed}接近{name} {part.limit} 字的上限，请准确统计，不要超过 {part.limit} 字。")
        return Section("Your count" if en else "字数核对", (line,), (part.clause,))


def _said_as(p) -> tuple[str, ...]:
    """How a message may name a part: its title, its last words ('推进和应用情况', '推进'), its end ('名称')."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", p.title)  # '管理方法（技术）的实施效果' -> '管理方法的实施效果'
    tail = bare.split("的")[-1]
    return (p.title, bare, tail, *p.match, tail[:2], tail[-2:])
