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

# A count of days ('5个工作日', '十天', '7日内'), not a date's day ('3月5日', '十五号') nor one day of a period ('最后一日', '第一天').
_DAYS = lazy(rf"(?<![月号\d零一二两三四五六七八九十百第次当])(?<!最后)({NUM})"
             rf"\s*(?:个\s*)?(工作日|自然日|天|日|周|星期|礼拜|(?<=个)月)(?![期历程子年一二三四五六日天])")
_LEFT = lazy(r"还有|还剩|剩下?|只剩|过了|已经|倒计时|提前|\b(left|ago)\b")  # time left or gone, a clock question
_PLAIN = frozenset("工作 作日 个工 之日 日起 日内 以内 天内 通知 企业 材料 是不 不是 对吧 是吧 我记 记得".split())
_ASKS = lazy(r"哪|什么|啥|怎么|如何|几|多少|谁|吗|么|呢|能否|可否|\b(what|where|how|who|when)\b")
_TAG = lazy(r"(?:是|对|没错|真的)?(?:吗|吧|呢|么|嘛|不是|不对)?|对不对|是不是|right|correct")
_STOPS = frozenset("，,。;；！!？? 、")
_CLAIM = lazy(r"吧|吗|么|伐|对不对|是不是|没错|对吧|是吧|听说|我记得|据说|好像|应该是|\?|？|\b(right|correct|isn'?t it)\b")
_ASIDE = lazy(r"（[^）]{0,40}）|\([^)]{0,40}\)")
_MINE = lazy(r"(?:我|咱|公司|厂里|领导|老板)[^，,。]{0,8}?(?:花|需要|能|还要|准备|打算|要花|得花)(?![^，,。]{0,12}(?:截止后|以内|之内|内交|内报))")
_KIND = {"工作日": "工作日", "自然日": "天", "天": "天", "日": "天", "周": "天", "星期": "天", "礼拜": "天", "月": "月"}
_SCALE = {"周": 7, "星期": 7, "礼拜": 7}  # '两周内' is 14 days


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])} - _PLAIN


class PeriodClaims:
    """Counts of days said of a step of the selection."""

    def _period(self, norm, a, intents, premise) -> Section | None:
        cut = [i for i, ch in enumerate(norm) if ch in _STOPS]
        wrong, right, asked = [], [], []
        for m in _DAYS.finditer(norm):
            said = cn_number(m.group(1)) * _SCALE.get(m.group(2), 1)
            own = (max([i for i in cut if i < m.start()], default=-1), min([i for i in cut if i >= m.end()], default=len(norm)))
            clause, tail = norm[own[0] + 1:own[1]], norm[own[1]:own[1] + 6]
            if not 0 < said <= 90 or _LEFT.search(norm[max(0, m.start() - 8):m.start()]) or is_own(norm, m) \
                    or _MINE.search(clause) or not (_CLAIM.search(clause) or _CLAIM.match(tail.lstrip("，,、 "))):
                continue  # '我们5个工作日能准备好吗': the firm's own plan; '网上填报20个工作日': a count said, not asserted
            words = _pairs(clause[:m.start() - own[0] - 1][-14:] + clause[m.end() - own[0] - 1:][:8])
            words = words or _pairs(re.split(r"[，,。;；！!？?、\s]", norm[:own[0]].rstrip("，,、 "))[-1][-14:])  # '补正给几天，5个工作日对吧'
            found = [(words & _pairs(near), n, kind, sentence, clause_id) for n, kind, sentence, near, clause_id in self._periods()]
            best = max((len(f[0]) for f in found), default=0)
            top = {(n, kind): f for f in found if len(f[0]) == best for n, kind in [f[1:3]]}
            top = {k: f for k, f in top.items() if k[1] == _KIND[m.group(2)]} if len({k[1] for k in top}) > 1 and m.group(2) != "日" else top
            if len(top) != 1 or best < 2 and not (best and any(w in norm[max(0, m.start() - 6):m.start()] for w in next(iter(top.values()))[0])):
                continue  # no step named as the notice names it (one word of it right before the count will do), or two counts as likely
            (count, kind), (_, _, _, sentence, clause_id) = next(iter(top.items()))
            asked.append(own)
            if m.group(2) in _SCALE and kind == "工作日":  # '两周内' of '10个工作日内': a week is five working days
                said, kind_said = said / 7 * 5, "工作日"
            else:
                kind_said = _KIND[m.group(2)]
            if count != said or kind != kind_said and m.group(2) != "日":  # '公示期7天' of '公示期7个工作日'
                wrong.append((m.group(0).strip(), plain(said), sentence, clause_id))
            else:
                right.append((sentence, clause_id))
        if not asked:
            return None
        rest = "".join(ch for i, ch in enumerate(norm) if not any(s < i < e for s, e in asked))
        # 'alone' when nothing is asked beside the claims' own clauses and their '是吗': the corrections are the reply
        alone = "beside" if any(_ASKS.search(p) for p in re.split(r"[，,。;；！!？?、\s]+", rest) if not _TAG.fullmatch(p)) else "alone"
        if wrong:
            fix = self._fix("；".join(f"不是{t}：{s}" for t, _, s, _ in wrong), *dict.fromkeys(c for *_, c in wrong),
                            en="; ".join(f"Not {n} days: {s}" for _, n, s, _ in wrong))
            return replace(fix, whole=alone)
        return Section("From the notice" if self.en else "通知原文", tuple(f"“{s}”" for s, _ in dict.fromkeys(right)),
                       tuple(dict.fromkeys(c for _, c in right)), whole=alone)  # as said: its sentence

    def _periods(self) -> list[tuple[float, str, str, str, str]]:
        """(count, kind, sentence, the words around the count, clause) of every period the notice sets."""
        if (got := self.__dict__.get("_period_index")) is None:
            got = []
            for c in self.n.passages:
                for x in _DAYS.finditer(c.text):
                    sentence = sentence_around(c.text, x.start(), x.end())
                    at = c.text.find(sentence)
                    after = _ASIDE.sub("", c.text[x.end():at + len(sentence)])[:12]  # not '（即2107年8月10日前，按工作日推算）'
                    near = c.text[max(at, x.start() - 24):x.start()] + after
                    got.append((cn_number(x.group(1)) * _SCALE.get(x.group(2), 1), _KIND[x.group(2)], sentence, near, c.clause))
            self.__dict__["_period_index"] = got
        return got

    def _stage_date(self, norm, a, intents, premise) -> Section | None:
        """'现场核查是6月1号到12号对吧' where the notice's timeline gives that stage other days: its time as written."""
        from .schedule import named, stages  # (the timeline is read on first use)

        if not _CLAIM.search(norm) or _ASKS_WHEN.search(norm) or not (st := stages(self.n)) or len(which := named(st, norm)) != 1:
            return None
        s = st[which[0]]
        own = s.name.rpartition(" ")[2]
        at = [i for i in range(len(norm) - 1) if norm[i:i + 2] in {own[j:j + 2] for j in range(len(own) - 1)}]
        said = [(int(cn_number(m.group(1))), int(cn_number(m.group(2))) if m.group(2) else 0) for m in _MONTH_DAY.finditer(norm)
                if any(i < m.start() <= i + 14 and not re.search(r"[，,。；;！!？?]", norm[i:m.start()]) for i in at)]  # said of that stage
        if not said or s.start is None or s.end is None or _OWN_STEP.search(s.name):
            return None  # (the application's own steps are the deadline's to check)
        wrong = [(mo, d) for mo, d in said if 1 <= mo <= 12 and (not s.start <= _day(s.start.year, mo, d) <= s.end if d
                                                                 else not s.start.month <= mo <= s.end.month)]  # ('6月份': the month)
        if not wrong:
            return None
        told = "、".join(f"{plain(mo)}月{f'{plain(d)}日' if d else ''}" for mo, d in wrong)
        return self._fix(f"不是{told}：“{s.name}”的时间是{s.written}。通知原文：“{s.text.strip()}”", s.clause,
                         en=f"Not {told}: “{s.name}” is set for {s.written}.")


def _day(year: int, month: int, day: int):
    import datetime as dt

    try:
        return dt.date(year, month, max(day, 1))
    except ValueError:
        return dt.date(year, month, 1)


_MONTH_DAY = lazy(rf"({NUM})\s*月\s*(?:份|({NUM})\s*[日号])?")
_ASKS_WHEN = lazy(r"什么时候|啥时候|何时|几月|哪天|几号|哪段")
_OWN_STEP = lazy(r"申报|填报|报送|提交|注册|开放|截止")
