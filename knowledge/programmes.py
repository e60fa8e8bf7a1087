"""Notices that run several programmes at once, a chapter each ('第三章 首席质量官培训报名', '第四章 卓越绩效自评价
试点'): a question that names another programme than this assistant's is answered from that chapter's own clauses,
never with this programme's dates, materials or contacts. A mixin of Answerer (knowledge/answer.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .model import Knowledge
from .notice import Clause, Notice
from .phrasing import Section, zh_date
from .values import RENEWAL, lazy

_SECTION = lazy(r"[\u4e00-\u9fff]{0,6}(?:条件|材料|时间|安排|程序|方向|重点|标准|联系|方式|评审|措施|要求|说明)[\u4e00-\u9fff]{0,4}")
_CHAPTER = lazy(r"^第[一二三四五六七八九十]{1,3}(?:章|部分|篇)$")
_COMMON = lazy(r"总体|共同|通用|总则|附则|工作要求|组织实施|保障|纪律|其他事项")
_GENERIC = frozenset("报名 申报 申请 工作 项目 遴选 评选 开展 组织 有关 事项 年度 本市 全市 企业".split())
_ASKING = frozenset("什么 多少 怎么 怎样 如何 哪些 哪个 哪里 可以 能否 是否 请问 我们 公司 企业 单位 需要 有没 没有 是不 不是 的话 一下 "
                    "现在 今天 还能 能不 吗我 了吗 有啥".split())
_APPLY = lazy(r"填报|提交|报送|申请|报名|寄送|送达|上传")
_TIMED = lazy(r"截止|来得及|还能|还剩|几天|多久|还可以|几号|哪天|什么时候|何时|时间|日期|deadline|\bwhen\b|still")
_ASKED = ((r"在哪|哪里|地点|地址|\bwhere\b", r"地点|地址"), (r"电话|联系|找谁|咨询|\d{7,}|\b(contact|phone)\b", r"联系人|电话"),
          (r"哪天|几号|什么时候|何时|开始|\bwhen\b", r"时间[：:]|日期[：:]"),
          ("", r"费用|收费|收取"))
_DUE = lazy(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})\s*[:：时点]\s*(\d{2})?)?")


@dataclass(frozen=True)
class Programme:
    """Another programme of the notice (or its renewing applicants): its title and clause, the words that name it,
    its clauses, and the clauses they lie under (its chapter, or each of its sections)."""

    title: str
    clause: str
    words: tuple[str, ...]
    clauses: tuple[Clause, ...]
    under: tuple[str, ...] = ()

    def holds(self, clause: str) -> bool:
        return any(clause.startswith(u) and not (u[-1].isdigit() and clause[len(u):len(u) + 1].isdigit()) for u in self.under or (self.clause,))


def named_in_title(chapter: str, title: str) -> bool:
    """Whether a chapter's title names a programme the notice's own title lists ('首席质量官培训报名' of '关于开展…质量
    标杆遴选、首席质量官培训报名及…工作的通知'), not a part of one call ('申报条件', '评审')."""
    name = re.sub(r"^\s*\d{4}\s*年度?|^[\u4e00-\u9fff]{2,4}[市区县省]", "", re.sub(r"^\s*\d{4}\s*年度?", "", chapter))
    name = re.sub(r"^[\u4e00-\u9fff]{2,4}[市区县省](?=[\u4e00-\u9fff]{4})", "", name)
    named = any(name[i:i + 4] in title for i in range(len(name) - 3)) or re.search(r"培训|试点|报名|认定|复评|评价", name)
    return len(name) >= 4 and bool(named) and not _SECTION.fullmatch(name)


def other_programmes(n: Notice) -> tuple[Programme, ...]:
    """The chapters of other programmes than this notice's own, when its chapters are programmes; none otherwise."""
    chapters = [c for c in n.passages if _CHAPTER.match(c.clause) and c.title]
    own_name = (n.meta.programme or "质量标杆").strip("“”\"")
    own = [c for c in chapters if own_name in c.title or "标杆" in c.title]
    others = [c for c in chapters if c not in own and not _COMMON.search(c.title) and named_in_title(c.title, n.meta.title)]
    if len(own) != 1 or not others:
        return _renewal(n)
    own_text = "".join(c.text for c in n.passages if c.clause.startswith(own[0].clause))
    out = []
    for c in others:
        title = re.sub(r"^\d{4}\s*年度?|^[\u4e00-\u9fff]{2,4}[市区县省]", "", re.sub(r"^\d{4}\s*年度?", "", c.title))
        body = "".join(x.text for x in n.passages if x.clause.startswith(c.clause) and x.clause != c.clause)
        found = {w: body.count(w) for i in range(len(title)) for j in range(i + 2, min(len(title), i + 5) + 1)
                 if (w := title[i:j]) not in own_text and w not in _GENERIC and re.fullmatch(r"[\u4e00-\u9fff]+", w) and body.count(w) >= 2}
        # The words the chapter uses on their own ('首席质量官', '培训'), not a piece of one ('席质'), never one of this programme's
        words = tuple(sorted((w for w, k in found.items() if not any(v != w and w in v and found[v] == k for v in found)), key=len))
        if words:
            out.append(Programme(c.title, c.clause, words, tuple(x for x in n.passages if x.clause.startswith(c.clause) and x.clause != c.clause)))
    return tuple(out)


def _due_at(text: str) -> re.Match | None:
    """The date a clause sets as a deadline: after '截止', after '至' of a window, or before '前'."""
    if (at := text.find("截止")) >= 0 and (m := _DUE.search(text, at, min([i for i in (text.find(x, at) for x in "。；;") if i >= 0] or [len(text)]))):
        return m  # '4月20日起接受报名，报名截止时间为5月21日17:00': the date after it
    if m := re.search(r"至\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}\s*[:：时点]\s*\d{0,2})?)", text):
        return _DUE.search(text, m.start(1))
    return next((d for d in _DUE.finditer(text) if re.match(r"\s*(?:之?前|以前)", text[d.end():])), None)


def _renewal(n: Notice) -> tuple[Programme, ...]:
    """The sections for renewing a title ('二、2102年度质量标杆复评', '三（一）复评'), when new applicants have their own."""
    if not any(c.title.startswith("新申报") for c in n.passages):
        return ()
    heads = [c for c in n.passages if c.title and len(c.title) <= 20 and RENEWAL.search(c.title)]
    heads = [c for c in heads if not any(o is not c and c.clause.startswith(o.clause) for o in heads)]  # each section once
    if not heads:
        return ()
    under = tuple(c.clause for c in heads)
    words = tuple(dict.fromkeys(m.group(0) for c in heads for m in RENEWAL.finditer(c.title)))
    return (Programme(heads[0].title, heads[0].clause, words, tuple(c for c in n.passages if any(
        c.clause.startswith(u) and c.clause != u for u in under))[:60], under),)


def with_programmes(kb: Knowledge) -> tuple[Knowledge, tuple[Programme, ...]]:
    """The knowledge base without the clauses of other programmes' chapters, and those programmes."""
    found = other_programmes(kb.notice)
    if not found:
        return kb, ()
    own = tuple(c for c in kb.notice.passages if not any(p.holds(c.clause) for p in found))
    return replace(kb, notice=replace(kb.notice, passages=own)), found


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])}


def _score(asked: set[str], text: str) -> float:
    """Pairs of the question a clause writes, and half of those it writes apart ('营收' of '营业收入')."""
    have = _bigrams(text)
    return sum(1.0 if b in have else 0.5 if b[0] in text and b[1] in text else 0.0 for b in asked)


class Programmes:
    """Answers about another programme the same notice runs."""

    def _programmed(self, question: str, text, now: dt.datetime, home, context):
        """The clauses of the other programme the message names (and not this one's), else the usual answer."""
        if not self.programmes:  # most notices run one programme: nothing to look for on the hot path
            return self._judged(question, text, now, home, context)
        own = (self.kb.notice.meta.programme or "质量标杆").strip("“”\"")
        own_named = own in text.norm or "标杆" in text.norm  # then only a longer word of the other ('自评价', not '评价')
        named = [p for p in self.programmes if any(w in text.norm and (len(w) > 2 or p.under or not own_named)
                                                   and not re.search(rf"(?:不是|并非|非|不属于){w}", text.norm) for w in p.words)]
        if len(named) != 1 or self.judge.refusal(text.norm) or self.judge.money(text.norm) and not any(
                re.search(r"费用|收费|收取", c.text) for c in named[0].clauses):  # '复评要交2000块': the notice's word on fees
            return self._judged(question, text, now, home, context)
        from .answer import Answer
        p, en = named[0], text.english
        leaves = [c for c in p.clauses if not any(o is not c and o.clause.startswith(c.clause) for o in p.clauses)]
        asked = _bigrams(text.norm) - _ASKING - {b for w in p.words for b in _bigrams(w)}
        scored = sorted(((_score(asked, c.text), i, c) for i, c in enumerate(leaves)), key=lambda s: (-s[0], s[1]))
        picked = [c for s, _, c in scored[:2] if s >= 1.5 and s >= scored[0][0] / 2]
        if _TIMED.search(text.norm):  # its own dates, whatever else is asked
            picked += [c for c in sorted(leaves, key=lambda c: ("截止" not in c.text, not _APPLY.search(c.text[:12])))
                       if _due_at(c.text) and c not in picked][:1]
        for asks, says in _ASKED:  # '在哪里上课' of '培训地点：…', '要交钱吗' of '费用：…'
            if re.search(asks, text.norm) if asks else self.judge.money(text.norm):
                picked += [c for c in leaves if re.search(says, c.text) and c not in picked][:1]
        if not picked:  # nothing in particular: what it covers, by its headings
            top = min((c.clause.count("（") + len(re.findall(r"\d", c.clause)) for c in p.clauses if c.title), default=0)
            picked = [c for c in p.clauses if c.title and c.clause.count("（") + len(re.findall(r"\d", c.clause)) == top][:6]
        said = "".join(c.text for c in (*p.clauses, *self.kb.notice.passages))  # its own clauses and the common ones
        open_ = [u.en if en else f"“{u.label}”" for u in self.judge.attributes_in(text.norm) if not u.evidence.search(said)]  # '寄EMS还是顺丰'
        lines = [*([f"通知没有规定{'、'.join(open_)}；相关的规定如下："] if open_ else []), *(f"• {c.text}" for c in picked)]
        if _TIMED.search(text.norm) and (due := self._due(picked, p)):
            left, when = due - now, f"{zh_date(due.date())} {due:%H:%M}"
            span = f"{left.days} 天 {left.seconds // 3600} 小时" if left.days else f"{left.seconds // 3600} 小时 {left.seconds % 3600 // 60} 分钟"
            lines.append(f"按当前时间（{zh_date(now.date())} {now:%H:%M}），" + (f"距截止（{when}）还有 {span}。" if left.total_seconds() > 0
                                                                               else f"已经截止（截止时间：{when}）。"))
        where = "、".join(p.under) if p.under else p.clause
        head = f"{p.title}（通知{where}）"
        note = (f"以上是通知{where}对{p.words[0]}的规定，与新申报的要求不同。" if p.under else
                f"以上是通知{p.clause}“{p.title}”的规定，与本助手主要解答的{own}申报是不同的项目。")
        body = "\n\n".join([Section(head, tuple(lines), tuple(dict.fromkeys(c.clause for c in picked))).render(en), note])
        if own_named and not p.under:  # '质量标杆申报书要首席质量官签字吗': this programme's answer, the other's beside it
            main = self._judged(question, text, now, home, context)
            if main.matched:
                return replace(main, text=f"{body}\n\n{main.text}", sources=(*(c.clause for c in picked), *main.sources))
        return Answer(body + f"\n—— 依据：{self._basis()}", not open_, tuple(c.clause for c in picked))

    def _due(self, picked: list[Clause], p: Programme) -> dt.datetime | None:
        """The deadline a quoted clause of the chapter sets ('报名截止时间：2106年5月21日17:00', '…至5月10日17:00')."""
        for c in picked:
            m = _due_at(c.text)
            dated = [int(y) for y in re.findall(r"(\d{4})\s*年\s*\d{1,2}\s*月", c.text[:m.start()])] if m else []  # '4月1日至5月10日'
            year = dated[-1] if dated else self.kb.deadline.year if self.kb.deadline else None
            if m and (m.group(1) or year):
                try:
                    return dt.datetime(int(m.group(1) or year), int(m.group(2)), int(m.group(3)), int(m.group(4) or 23),
                                       int(m.group(5) or (0 if m.group(4) else 59)), tzinfo=self.kb.tz)
                except ValueError:
                    continue
        return None
