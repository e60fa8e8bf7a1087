"""Where a notice does state what notices usually leave open (a start date, funding, e-mail, a postcode, office
hours, an office address, a quota, where results are published): the sentence that says it, with its clause.
A mixin of Answerer.

The lexicon names each such thing with the words users ask it by and an `evidence` pattern: a sentence of the
notice that matches the pattern states it ("网上申报受理时间为2026年4月1日至4月30日", "邮编315000"). Of those
sentences, the one sharing most word pairs with the question is quoted ("填报咨询的邮箱" → the filling contact's
e-mail, not the submission address's), so that this round's notice, not the lexicon, decides what is unstated.
"""

from __future__ import annotations

import re

from .batches import of_other_batch, other_batch_only
from .judgement import Unstated
from .model import Clause
from .phrasing import web_word, zh_date
from .qa_pairs import qa_joined
from .recall import _SENTENCE, _sentences, lead_of, own_text, with_lead, word_pairs
from .schedule import RESULT_STAGE, named, stages
from .values import NEVER, lazy
from .window import opening

MAX_QUOTED = 2
MAX_CHARS = 240  # longer runs are tables or lists run together
# What a question asks of the thing (how much, when) and how a sentence would say it. "能补贴多少钱" is not answered
# by "予以优先支持", nor "奖金什么时候发" by "最高30万元": the notice states the thing, not that aspect of it.
_COMPLAINTS = re.compile(r"^[^，,。；;：:]{0,12}(?:举报|投诉|纪检|纪委)")
_ASPECTS = (
    ("发放时间", "when it is paid", lazy(r"(多久|多长时间|什么时候|啥时候|何时|几时)[^。？?]{0,4}(到账|发放|发下来|拨付|兑现|打款)|到账|\bpaid\b"),
     lazy(r"\d{1,2}\s*月|(\d{1,3}|[一二三四五六七八九十两]+)\s*个?(工作日|天|日|月|年)(内|后|以内|之内|之后|前)|年底|月底|拨付|发放|兑现")),
    ("具体金额", "the amount", lazy(r"多少钱|多少万|几万|多少|金额|数额|额度|how much|amount"),
     lazy(r"\d|[一二三四五六七八九十百千]+\s*(万|元|%)")),
    # a day ('哪天开始') by a date or a time after something ('评审结束后10个工作日内'), not by how long it lasts ('公示5个工作日')
    ("具体时间", "the timing", lazy(r"什么时候|啥时候|何时|哪天|几月|几号|\d{1,2}\s*月份?[^。？?]{0,6}(?:出来|能出|公布|公示|发布)|\bwhen\b|how soon"),
     lazy(r"\d{1,2}\s*月|(\d+|[一二三四五六七八九十两]+)\s*个?(工作日|天|日|月|年)(内|后|以内|之内|之后|前)|年底|月底|上旬|中旬|下旬")),
    ("时长", "how long it takes", lazy(r"多久|多长时间|期多长|几天|how long"),
     lazy(r"(?<!\d)(\d{1,3}|[一二三四五六七八九十两]+)\s*个?(工作日|天|日|月|年)(?!度)")),  # not '2062年度'
    # '全市一共评多少家' when the notice counts only per unit ('每个推荐单位推荐数量不超过8项')
    ("总数", "the total", lazy(r"(全市|全省|全区|一共|总共|共计|总数|合计|总计)[^。？?]{0,8}(多少|几)|in total|altogether"),
     lazy(r"(?:^|[。；，,：:])(?:(?!每个|每家|每区|每一|各区|各县|各推荐|各单位|各开发区)[^。；，,：:])*?(\d+|[一二三四五六七八九十百]+)\s*(家|个|名|项)")),
)




def _above(parent: str, child: str) -> bool:
    return parent != child and child.startswith(parent)


_STEP = re.compile(r"扫描|扫码|扫一扫|登录|点击|发送至|填写|联系[^。；]{0,12}邀请")  # a sentence that says how to do it


def _titled(sents: list[str]) -> list[str]:
    """A clause's title said as a sentence of its own ('答辩评审。') goes with the sentence after it: alone it says nothing."""
    out: list[str] = []
    for s in sents:
        if out and len(out[-1].strip()) <= 8 and out[-1].strip().endswith("。") and not re.search(r"\d", out[-1]):
            out[-1] += s
        else:
            out.append(s)
    return out


_TOTAL_SAID = re.compile(r"拟遴选|拟认定|拟评选|全市[^。；，,]{0,12}\d+\s*家|共\s*\d+\s*家|总数")  # a total, not one unit's cap
_OTHER_EVENT = re.compile(r"公示|评审|答辩|核查|考察|结果|公布|培训|宣讲|复审|初评|验收")  # what starts, if not applications
_VALUE = lazy(r"\d|[一二两三四五六七八九十百千]+\s*[页字份项个家年月日天万元条]")  # a sentence that gives the value asked ('30页'), not only its name ('页数')
_UNITS_ACT = re.compile(r"^(?:[^。；，,]{0,6}[。．.：:])?\s*(?:各|由)?(?:推荐单位|区县|各区|县（市、区）)(?![^。；，,]{0,4}(?:及|和|与|、)直接)")  # not
# '推荐单位及直接申报企业的纸质材料报送至…': firms applying directly send there too
_UNITS_ASKED = re.compile(r"推荐单位|区里|县里|区县|[区县](?:最多|能|可以|工信|经信|经委|商务委|科委)|汇总后|"
                          r"初审|审核|市[^，。？?\s]{0,5}(?:局|委)|市里|推[几多]|推荐[几多]|名额|"
                          r"\b(units?|districts?|quotas?)\b", re.I)  # '南陵县最多能推几家': the units' quota is the answer


_EVENT = re.compile(r"^[^。，,；\d]{1,7}(?:会|会议|培训|活动)。")  # a clause titled with its event: '申报培训会。定于…'


class Evidence:
    """Uses the answerer's kb (lexicon and passages)."""

    def _evidence_sentences(self) -> list[tuple[str, str]]:
        sents = self.__dict__.get("_evidence_sents")
        if sents is None:
            sents = self.__dict__["_evidence_sents"] = [
                (s.strip(), c.clause) for c in self.kb.notice.passages for s in _titled(qa_joined(_SENTENCE.findall(c.text)))
                if 0 < len(s.strip()) <= MAX_CHARS]
        return sents

    def _led(self) -> dict[str, Clause]:
        """A list item that is only a condition, with its list's lead-in and its own clause ('已获得…称号的；' ->
        '有下列情形之一的，不予受理：已获得…称号的；')."""
        led = self.__dict__.get("_evidence_led")
        if led is None:
            passages, led = self.kb.notice.passages, {}
            for c in passages:
                for s in _SENTENCE.findall(c.text) if c.text.rstrip("。；; \n").endswith("的") else ():
                    if (whole := with_lead(s, lead_of(c, passages))) != s:
                        led[s.strip()] = Clause(c.clause, whole.strip())
            self.__dict__["_evidence_led"] = led
        return led

    def _evidence_rule(self, label: str) -> re.Pattern | None:
        rules = self.__dict__.setdefault("_evidence_rules", {})
        if label not in rules:
            spec = next((u.evidence for u in self.kb.lexicon.unknowns if u.label == label), "")
            rules[label] = re.compile(spec, re.I) if spec else None
        return rules[label]

    def _stating(self, rule: re.Pattern, compact: str, topic: str = "") -> list[Clause]:
        """The sentences matching `rule` that share most word pairs with the question, shortest first."""
        found: dict[str, str] = {}
        table = self.kb.notice.units.clause if self.kb.notice.units else None  # its rows are the units' cards, not rules
        for s, clause in reversed(self._evidence_sentences()):  # the first clause that says it, by its innermost clause
            if clause == table and re.search(r"\d{7,}|\d{3,4}-\d{7,8}", s):
                continue
            titled = re.sub(r"^([^。\d]{0,6}(?:会|会议|培训|活动))。", r"\1，", s)  # '申报培训会。定于…': its title is its subject
            if rule.search(titled) and not (s in found and found[s] != clause and found[s].startswith(clause)):
                found[s] = clause
        # A heading run into its sentence ("支持政策对认定的…") repeats the sentence a child clause holds alone.
        # (but a parent clause's copy of a child's sentence, without the child's heading, gives way to the child's)
        hits = [(s, c) for s, c in found.items() if not any(t != s and t in s and not _above(found[t], c) for t in found)
                and not any(t != s and s in t and _above(c, ct) for t, ct in found.items())]
        if not _UNITS_ASKED.search(compact):  # a step of the recommending units ('各推荐单位…发送至市…邮箱') is not the asker's
            # (unless the asker names the office they send to: '市工信局收材料的地址和邮编')
            hits = [h for h in hits if not _UNITS_ACT.match(h[0])]
        if not _COMPLAINTS.search(compact):  # a line for complaints ('监督举报：…举报邮箱：…') answers no other question
            hits = [h for h in hits if not _COMPLAINTS.match(h[0])]
        if not hits:
            return []
        asked, idf = word_pairs(compact), self._sentence_index()[1]  # a rarer pair shared counts for more
        # by the pairs shared; then the sentence that says it most often ('发送至…邮箱xx@…': the way and the address)
        latin = set(re.findall(r"[a-z]{3,}", compact.lower()))  # 'ppt' of '答辩能用ppt吗' in 'PPT不超过15页'
        mine = self._of_tracks(compact)  # '质量标杆营收要求多少': the sentences under that track's heading first
        how = re.search(r"怎么|如何|咋|怎样|\bhow\b", compact) is not None
        money = 3.0 if re.search(r"多少钱|多少万|几万|金额|how much", compact, re.I) else 0.0  # '奖励多少钱': the sentence with the sum
        total = re.search(r"一共|总共|共计|全市|全省|总数|合计", compact) is not None  # '一共评多少家': the round's total first
        scored = [(-round(sum(idf.get(p, 1.0) for p in asked & word_pairs(self._whole(s, clause))) + 3.0 * sum(w in s.lower() for w in latin)
                          + (5.0 if clause in mine else 0.0) + (1.0 if any(_VALUE.search(m.group(0)) for m in rule.finditer(s)) else 0.0)
                           + (money if re.search(r"\d\s*(?:万|亿)?元", s) else 0.0) + (2.0 if total and _TOTAL_SAID.search(s) else 0.0), 6),
                   -len(rule.findall(s)) if not asked else 0, len(s), s, clause) for s, clause in hits]  # (no pairs: English)
        best = min(x[0] for x in scored)  # and those close behind it: a question in two parts shares less with each
        led = self._led()
        return [led.get(s) or Clause(clause, self._carried_on(s, clause, topic)) for shared, _, _, s, clause in sorted(scored, key=lambda x: x[:3])
                if shared <= 0.75 * best or how and _STEP.search(s)]  # '群怎么进': the sentence that says how, too

    def _of_tracks(self, compact: str) -> set[str]:
        """The clauses under the heading of the one track a message names ('二（二）质量标杆企业另需满足' and its items)."""
        from .tracks import named, tracks

        el = self.kb.notice.eligibility
        asked = named(names, compact) if el and (names := tracks(el.items)) else []
        if len(asked) != 1:
            return set()
        heads = [c.clause for c in self.kb.notice.passages if asked[0] in c.text[:24]]
        return {c.clause for c in self.kb.notice.passages if any(c.clause == h or c.clause.startswith(h) for h in heads)}

    def _carried_on(self, s: str, clause: str, topic: str) -> str:
        """The sentence with the next one of its clause when that one goes on about the thing asked (`topic`, '奖励、奖金或
        资金支持'): '…每家奖励20万元。' '奖励资金在验收合格后拨付。' opens with a word of the sentence and of the topic."""
        sents = self._evidence_sentences()
        i = next((k for k, (t, c) in enumerate(sents) if t == s and c == clause), -1)
        if 0 <= i < len(sents) - 1 and sents[i + 1][1] == clause and len(nxt := sents[i + 1][0]) <= 80 \
                and re.match(r"[\u4e00-\u9fff]{2}", nxt) and nxt[:2] in s and nxt[:2] in topic and nxt not in s:
            return f"{s}{nxt}"
        return self._whole(s, clause)

    def _evidenced(self, a, compact: str) -> list[Clause]:
        """The sentences that state what the question asks and the lexicon expects notices to leave open."""
        out: list[Clause] = []
        for label in a.unknowns:
            if not _OTHER_EVENT.search(compact) and (o := self._opening_said(label)) and o not in out:  # not '公示什么时候开始'
                out.append(o)
                continue
            rule = self._evidence_rule(label)
            out += [c for c in (self._stating(rule, compact, label) if rule else []) if c not in out]
            if any(u.staged and u.label == label for u in self.kb.lexicon.unknowns) and (st := stages(self.kb.notice)):
                out += [c for i in named(st, compact) if st[i].written and (RESULT_STAGE.search(st[i].name) or RESULT_STAGE.search(st[i].text))
                        and (c := Clause(st[i].clause, st[i].text)) not in out]  # the stage that publishes them
        return [c for c in dict.fromkeys(self._event(c) for c in out) if not of_other_batch(self.kb, compact, c.clause)][:MAX_QUOTED]

    def _event(self, c: Clause) -> Clause:
        """A sentence of a clause that is one event ('申报培训会。定于…召开…地点…每家企业参会人员不超过2人…'): the whole clause,
        so that its time, place, who attends and whether it is required are said together."""
        whole = next((x.text for x in self.kb.notice.passages if x.clause == c.clause), "")
        leaf = not any(x.clause != c.clause and x.clause.startswith(c.clause) for x in self.kb.notice.passages)  # (not '六、时间安排' whole)
        return Clause(c.clause, whole) if leaf and _EVENT.match(whole) and len(whole) <= 420 and c.text in whole else c

    def _opening_said(self, label: str) -> Clause | None:
        """The start of applications, when the ingest read it from the notice's dates (a sentence of its own, or the
        first day of '4月1日9:00至4月28日17:00')."""
        if not any(u.opens and u.label == label for u in self.kb.lexicon.unknowns) or not (o := opening(self.kb)):
            return None
        when, clause = o
        day = re.compile(rf"(?<!\d)0?{when.month}\s*月\s*0?{when.day}\s*[日号]")
        said = next((s for s, c in self._evidence_sentences() if c == clause and day.search(s)), "")
        return Clause(clause, said or f"{web_word(self.kb)}申报于{zh_date(when.date())}{f' {when:%H:%M}' if when.hour or when.minute else ''}起开放。")

    def _aspect_unsaid(self, a, said: list[Clause], norm: str) -> list[Unstated]:
        """'能补贴多少钱' when the sentences found say no amount: that aspect of the thing is what is unstated."""
        text = "".join(c.text for c in said)
        if batch := other_batch_only(norm, text):  # the sentences found are of another batch
            what = "、".join(a.unknowns[:1]) or "这一事项"
            return [Unstated(f"{batch}的{what}", f"{what} for batch {batch[1:-1]}", NEVER, NEVER, tuple(a.intents[:2]), "any")]
        for label, en, asks, says in _ASPECTS:
            if label == "具体时间" and "deadline" in set(a.intents) - a.weak_only:
                continue  # "When is the deadline to email…": the deadline answers when
            if asks.search(norm) and not says.search(text):
                what = "、".join(a.unknowns[:1])
                what = re.sub(r"(?:多长|多久|何时公布|何时|什么时候)$", "", what.split("、")[0]) if label == "时长" else what  # '公示期
                return [Unstated(f"{what}的{label}", f"{en} of {self._label_en(what)}", NEVER, NEVER, tuple(a.intents[:2]), "any")]
        return []


def nearest(passages: tuple[Clause, ...], compact: str, must: str, shown: str) -> Clause | None:
    """The notice's shortest sentence on the kind of `must` the question names ('财务章', '电子章', '骑缝章'), not already
    `shown`: '诚信承诺书能先盖财务章吗' -> '申报表、诚信承诺书须加盖企业公章，不得以…财务专用章代替'."""
    kinds = {k for k in re.findall(rf"([\u4e00-\u9fff]{{2}}){re.escape(must)}", compact) if k not in _SAID_OF_SEALS}
    names = {g for i in range(len(compact) - 2) if not _ASKING.search(g := compact[i:i + 3])}  # '意向表是不是要盖公章': that document's
    for words in (kinds, names):
        found = [(len(s), s, clause) for s, clause, _ in _held(passages, must) if any(k in s for k in words) and s.rstrip("。；;") not in shown]
        if found:
            return Clause(min(found)[2], min(found)[1])
    return None


# Words before 章 that name no kind of seal ('加盖章', '要盖章').
_ASKING = re.compile(r"[^\u4e00-\u9fff]|[章盖公印签是否要吗不能可以的了么呢吧还得需用]")  # no document's name
_SAID_OF_SEALS = frozenset("加盖 要盖 盖个 盖的 几个 什么 哪些 一个 印章 盖上".split())
_HELD: dict[tuple[int, str], tuple[tuple[Clause, ...], list]] = {}


def _held(passages: tuple[Clause, ...], must: str) -> list[tuple[str, str, frozenset[str]]]:
    """The sentences holding `must`, with their word pairs: found once per notice (kept with its passages, so that
    a reused id never serves another notice's sentences)."""
    held = _HELD.get((id(passages), must))
    if held is None or held[0] is not passages:
        found = [x for c in passages for x in _sentences(own_text(c, passages), c.clause, lead_of(c, passages))
                 if must in x[0]]
        _HELD[(id(passages), must)] = held = (passages, found)
    return held[1]
