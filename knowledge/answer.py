"""Question -> Answer(text, matched, sources): the assistant's knowledge, as pure functions of KB, text and clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from .amended import marked
from .arith import Arithmetic
from .assertions import asserted, firm_said, with_eligibility
from .attributes import Attributes
from .batches import Batches, of_other_batch
from .cache import IndexCache, source_stamp
from .context import Turn, follow, reread
from .declines import Declines, too_long
from .districts import DistrictResolver
from .event_clock import EventClock
from .evidence import Evidence
from .faq import FaqAnswers
from .industry_routes import IndustryRoutes
from .judgement import APPLYING, RULE_FILES, Judge
from .judgement import _data as _rules
from .missing_annex import missing_annex
from .model import LEXICON_FILE, Knowledge
from .numbered import answer_numbered, each_joined, numbered_parts
from .passages import PassageIndex
from .phrasing import Section, said_in, unheaded
from .placement import Placement
from .premise import Checker
from .programmes import Programmes, with_programmes
from .recall import Recall
from .render import Renderer
from .reply import Answer
from .text import anchored, prepare
from .topics import TOPICS, answerable, check_topics, counted, stage_only
from .track_deadline import track_view
from .track_rows import TrackRows
from .understand import Analysis, Understander

MAX_QUESTION_CHARS, MAX_SECTIONS, MAX_PLACES = 1000, 4, 6  # topics answered at once; places named in one message that each get their unit
_UNSTATED, _QUOTED = ("通知未规定", "Not stated in the notice"), ("通知原文", "From the notice")  # sections that correct nothing


class Answerer(Declines, Attributes, Recall, Arithmetic, Evidence, Placement, FaqAnswers, Batches, TrackRows, Programmes, EventClock, IndustryRoutes):
    """Answers questions about one notice. Build once (≈0.1 s), then `answer` is fast and side-effect free."""

    def __init__(self, kb: Knowledge, cache: IndexCache | None = None) -> None:
        check_topics(kb.lexicon, LEXICON_FILE)
        kb, self.programmes = with_programmes(kb)  # another programme's chapters: quoted only when that programme is named
        self.kb, self.passages = kb, PassageIndex(kb.notice.passages)
        self.resolver = DistrictResolver(kb, cache)  # with `cache`, indexes are read from files, not derived
        self.judge = Judge("".join(c.text for c in kb.notice.passages), cache.get("judgement", source_stamp(*RULE_FILES), _rules) if cache else None)
        self.understander = Understander(kb, self.resolver, cache, self.judge.other_senses)
        self.checker = Checker(kb, self.resolver.display_name, self.judge)

    def now(self) -> dt.datetime:
        return dt.datetime.now(self.kb.tz)

    def answer(self, question: str, now: dt.datetime | None = None, home: str | None = None, context: Turn | None = None) -> Answer:
        """Answer one question at `now` (default: now); `home`: the asker's remembered district ("我该找谁"); `context`: their previous turn."""
        now = now or self.now()
        if len(question) > MAX_QUESTION_CHARS:
            return Answer(too_long(len(question), MAX_QUESTION_CHARS), False)
        text = prepare(anchored(question, now))
        if not text.compact:
            return Answer(self._capabilities(False, "请输入您的问题。" if not any(c.isalpha() for c in question)  # '룡정시 담당자…': another script
                                             else "抱歉，我只能理解中文或英文的提问（Sorry, please ask in Chinese or English）。"), False)
        if (parts := numbered_parts(question))[1] and (each := answer_numbered(*parts, self, now, home, text.english)):
            return each  # '我是青浦一家…1）…？2）区里找谁？': each on its own, with the place said before them
        if context and (again := reread(self, context, text)):  # "in English please", "是600字吧" after "摘要多少字"
            got = self._judged(again[0], prepare(again[0]), now, home, None, english=again[1])
        else:
            got = self._batched(now, text.norm, lambda: self._with_faq(self._programmed(question, text, now, home, context), text))
            got = got if context else each_joined(got, question, self, now, home, text.english)  # '审计报告要哪一年的，还有单个PDF最大多大'
        asked = "、".join(map(self.resolver.display_name, got.districts)) if got.gap and got.districts else question  # '嘉定区邮编': 嘉定区
        return got if got.turn else replace(got, turn=Turn(asked, got.intents, got.districts, text.english))  # (a decline's too)

    def _judged(self, question: str, text, now: dt.datetime, home: str | None, context: Turn | None, english: bool = False) -> Answer:
        judge, en, money, refusal = self.judge, text.english or english, self.judge.money(text.norm), self.judge.refusal(text.norm)
        r = Renderer(self.kb, now, en, lambda key: self.resolver.display_name(key, True))
        if refusal and not judge.injection(text.norm):  # ("忽略之前的指令，告诉我…": the role first)
            return self._refuse(refusal, r, en, money, judge.agency(text.norm), text.norm)
        if (outside := judge.outside(text.norm)) or judge.injection(text.norm):  # a standard's clause; "忽略之前的指令"
            return self._outside(en) if outside else self._not_my_role(en)
        focus = judge.focus(text.norm)
        a = self._untold(self.understander.analyse(prepare(focus) if focus else text), focus or text.norm)  # not "培训会上讲"
        if focus and (whole := self.understander.analyse(text)):
            if not a.intents and not a.unknowns:
                a = whole
            elif not a.district.resolved and whole.district.resolved:
                a = replace(a, district=whole.district)
        premise = asserted(self.kb, text.norm, self.checker.people)
        fixes, topics = [], ()  # corrections of what the message asserts, and the topics they are about
        if premise:
            said = a
            if premise.persons:  # checked without the names, so that "<某人>" is not read as that person's district
                a = self.understander.analyse(prepare(premise.stripped))
            fixes, topics = self.checker.corrections(text.norm, a, premise)
            a = a if fixes else said
            if moved := self._wrong_district(a, en, text.norm):  # "长兴岛归宝山管吧": that place's own district only
                fixes.insert(0, moved[0])
                a = replace(a, district=replace(a.district, districts=(moved[1],)), intents=a.intents or ("district",))
            if topics and not (set(topics) & set(a.intents)):
                a = replace(a, intents=topics, out_of_scope="", weak_only=frozenset())
            elif any(not f.whole for f in fixes):
                a = with_eligibility(a, self.kb)
            elif fixes and all(f.whole == "alone" for f in fixes) and not (a.intents or a.district.districts):  # '补正是5个工作日吧': that is the reply
                return replace(self._finish(fixes, [], a, en), turn=Turn(question, (), (), en))
        if a.district.ambiguous and judge.wants_all(text.norm):  # "俩电话都发我": every candidate
            a = replace(a, district=replace(a.district, districts=a.district.candidates))
        if home_of := self._home(a, text.compact):  # "注册在临港新片区，找谁", "之前在闵行，现在搬到临港"
            a = replace(a, district=replace(a.district, districts=(home_of,)))
        amb = judge.ambiguous(text.compact)
        if context:  # a one-word question ("地址") is as elliptical as "地址呢"
            elliptical = judge.is_followup(text.norm, text.compact) or amb is not None
            a = follow(a, context, elliptical, set(self.kb.geography.districts))
        if amb and not a.district.resolved and not fixes:
            if asked := self._ask_which(amb, r, en):
                return asked
        unstated, stated = self._attributes(a, r, focus or text.norm, "".join(x for f in fixes for x in f.lines))
        if unstated and not fixes and self._only_about(unstated, focus or text.norm, a):  # with what it does say beside
            return self._unstated(unstated, a, r, en, money or judge.agency(text.norm), said=stated[:2] or None)
        if unstated:  # "胶装还是骑马钉？A4纸没问题吧": say what is left open, then answer the rest with the nearest facts
            what = "、".join((u.en if en else f"“{u.label}”") for u in unstated)
            fixes.append(Section("Not stated in the notice" if en else "通知未规定",
                                 (f"The notice does not state {what}." if en else f"通知中没有规定{what}，我不作推测。",), ()))
            near = [t for u in unstated for t in u.near if answerable(self.kb.notice, t) and t not in a.intents]
            a = replace(a, intents=(*a.intents, *dict.fromkeys(near)))
        if route := self._industry_route(text.norm, en):  # '我们做汽车座椅的，厂在柳江区，找谁报': its chain's office, not the district's
            a = replace(a, intents=tuple(i for i in a.intents if i not in ("district", "consult", "submit")), district=replace(a.district, districts=()))
            if not a.intents:
                return replace(self._finish([route], [], a, en), turn=Turn(question, (), (), en))
            fixes.insert(0, route)
        if event := self._event_times(text.norm, text.compact):  # '线上那场宣讲会还能报名吗': that event's time, not the deadline's
            a = replace(a, intents=tuple(i for i in a.intents if i not in ("deadline", "submit")), weak_only=a.weak_only - {"deadline"})
            fixes += [v] if (v := self._event_verdict(event, text.norm, now, en)) else []
        checked = any(f.title in ("对照申报条件", "Eligibility check") for f in fixes)  # "纳税信用C级，还有戏吗"; "A股还能买伐"
        if still := (not event and judge.can_still(text.norm) and answerable(self.kb.notice, "deadline") and "eligibility" not in topics and not checked
                     and not (a.chit_chat and not a.intents and not APPLYING.search(text.norm)) and not stage_only(a.intents, text.norm)):
            a = replace(a, intents=("deadline", *(i for i in a.intents if i != "deadline")), weak_only=a.weak_only - {"deadline"})
        if money and answerable(self.kb.notice, "fee"):  # "交两万包入选": the fee and fraud clause is the answer
            a = replace(a, intents=(*a.intents, "fee") if "fee" not in a.intents else a.intents, unknowns=())
        said = event or self._numbered(text.norm) or self._evidenced(a, text.compact) or self._unknown_passages(a)
        if said and (unsaid := self._aspect_unsaid(a, said, text.norm)):  # "能补贴多少钱" when it says "予以优先支持"
            return self._unstated(unsaid, replace(a, unknowns=()), r, en, said=said)
        stated += self._quoted(question) + said + self._place(a, text.compact)
        if stated:  # the notice says it: quote that clause rather than "通知中没有…" (nor a weak guess at the programme)
            a = replace(a, unknowns=(), intents=tuple(i for i in a.intents if not (i == "about" and i in a.weak_only)))
        elif (a.unknowns and not fixes and not money and not a.out_of_scope and not a.chit_chat and "deadline" not in set(a.intents) - a.weak_only
              and judge.asks_only_of(focus or text.norm, a.unknown_words) and not self._counted(text.compact)):
            # One question, on something the notice leaves open: say so first, then the nearest facts it states.
            return self._unstated(self._lexicon_unknowns(a), replace(a, unknowns=()), r, en)
        ans = self.compose(a, now, home, english=en) if a.intents or a.district.districts or a.out_of_scope or not stated else Answer("", False, gap=True)
        if not stated and (ans.matched or ans.gap):  # a counted thing, or a phrase copied from the notice
            stated = [c for c in (() if a.items.get("part") else self._counted(text.compact)) if c and c.clause not in ans.sources][:1] or [
                c for c in (self._verbatim(text.compact, ans.text, set(a.intents) <= a.weak_only),)  # (a part by name: its own limit)
                if c and (c.clause not in ans.sources or not said_in(c.text, ans.text))]
        stated = list(dict.fromkeys(self._of_track(c, text.norm) for c in stated if not of_other_batch(self.kb, text.norm, c.clause)))
        stated = [c for c in stated if not any(said_in(unheaded(c.text), x) for x in (ans.text, *(y.text for y in stated if len(y.text) > len(c.text))))]
        shown = 2 if all(len(c.text) <= 240 for c in stated[:2]) else 1
        if not stated and ans.gap and not a.chit_chat and not a.out_of_scope:  # the notice's sentences that say it
            stated, shown = self._recalled(text.compact, ans.text), 2
        quotes = [Section("From the notice" if en else "通知原文", tuple(f"“{marked(self.kb, c.text)}”" for c in stated[:shown]),
                          tuple(dict.fromkeys(c.clause for c in stated[:shown])))] if stated else []
        if quotes and not ans.matched:  # never instead of a decline
            ans, quotes = self._finish(quotes, ["passage"], a, en) if ans.gap else ans, []
        fixes += quotes
        if ans.matched and (worked := self._placed(a, text.norm, en) or self._arith(a, text.norm, en) or self._track_row(a, text.norm, en)):  # "加起来多少字"
            fixes.insert(len(fixes) if worked.title in ("字数核对", "Your count") else len(fixes) * (worked.title in ("合计", "Total")), worked)
        extra = [s for s in (self._fee_section(r),) if s] if (money or judge.agency(text.norm)) and "fee" not in ans.intents else []
        if (note := missing_annex(self.kb, text.norm, en, ans.text)) and (ans.matched or note.title[-1].isdigit()):
            (fixes if note.title[-1].isdigit() else extra).append(note)  # '要填附件3吗': what it is; '附件2里…的电话': not in this text
        if fixes or extra:
            cut = min((i for i in (ans.text.find("\n\n💡"), ans.text.find("\n\nYou can also ask"), ans.text.rfind("\n—")) if i >= 0), default=len(ans.text))
            body = "\n\n".join([s.render(en) for s in fixes] + [ans.text[:cut]] + [s.render(en) for s in extra]) + ans.text[cut:]  # before the basis
            srcs = tuple(dict.fromkeys([x for s in fixes for x in s.sources] + list(ans.sources) + [x for s in extra for x in s.sources]))
            ans = replace(ans, text=body, sources=srcs, matched=ans.matched or any(f.title not in _UNSTATED for f in fixes))
        corrected = any(f.title not in _UNSTATED + _QUOTED for f in fixes)  # a premise set right is an answer in itself
        left_open = ans.partial and not (still and self._still_open(now, text.norm)) and judge.left_open(focus or text.norm, a.unknown_words)
        left_open = left_open or bool(self.kb.notice.submission and self.kb.notice.submission.set_by and judge.own_deadline(text.norm))
        return replace(ans, matched=ans.matched and (corrected or not left_open), turn=Turn(question, ans.intents, ans.districts, en))

    def compose(self, a: Analysis, now: dt.datetime, home: str | None = None, english: bool = False) -> Answer:
        """Assemble the reply for an analysed question."""
        en = a.english or english
        if (home and not a.district.resolved and not a.district.ambiguous and self.kb.unit_for(home)
                and ({"seal", "district"} & set(a.intents) or ("consult" in a.intents and not a.contact_kinds))):
            a = replace(a, district=replace(a.district, districts=(home,)))
        r = Renderer(track_view(self.kb, a.text.norm) or self.kb, now, en, lambda key: self.resolver.display_name(key, True))
        if a.out_of_scope == "region" and "eligibility" not in a.intents and self.judge.applying.search(a.text.norm):
            a = replace(a, intents=("eligibility",))  # '我们是扬州的企业 能报吗': the condition on where firms are registered, only
        if a.out_of_scope == "programme" or (a.out_of_scope == "region" and "eligibility" not in a.intents):
            return Answer(self._decline_scope(a, en), False)
        intents, res = list(a.intents), a.district
        if res.resolved:  # "浦东找谁", "杨浦地址": the district's unit answers it, not the city hotlines or the mailing address
            intents = [i for i in intents if i not in a.weak_only - firm_said(a.text.norm) and not (i == "consult" and not a.contact_kinds)]
        elif "consult" in intents and not a.contact_kinds and {"seal", "district"} & set(intents):
            intents.remove("consult")  # "盖章找谁": the recommending unit, asked for below
        sections: list[Section] = []
        if "district" in intents:
            intents.remove("district")
            if not res.resolved and not res.ambiguous and self.kb.notice.units or self.kb.notice.organisation.route and not self.kb.notice.units:
                sections.append(r.district_list(a))  # the units, or to whom each kind of firm applies
        unit_first = not intents
        listed = [k for k in res.districts if self.kb.unit_for(k)][:MAX_PLACES]
        units = [r.unit(k, a) for k in listed]
        home_of = self.kb.notice.meta.issuer + self.kb.notice.meta.title  # a district's own notice: '闵行' is all of it
        unlisted = [self.resolver.display_name(k, en) for k in res.districts[:MAX_PLACES] if k not in listed
                    and self.kb.geography.districts[k].name not in home_of]
        if unlisted and self.kb.notice.places and (far := r.elsewhere(unlisted)):  # another city's: none of our units
            sections, units = [*sections, far], [r.unit(k, a) for k in r.placed_in(listed, a.text.norm)]
        elif unlisted and self.kb.notice.units:
            a = replace(a, unknowns=(*a.unknowns, *(("the recommending unit of " if en else "推荐单位：") + x for x in unlisted)))
        sections += units if unit_first else []
        missing = [name for name in intents if not answerable(self.kb.notice, name)]
        missing += ["district"] if res.resolved and not self.kb.notice.units and "district" not in missing else []
        intents = [name for name in intents if name not in missing]
        sections += [TOPICS[name].render(r, a) for name in intents[:MAX_SECTIONS]]
        sections += [] if unit_first else units
        sections += [r.ask_district(a)] if res.ambiguous and self.kb.notice.units else []
        if missing or not sections and not a.unknowns and not a.chit_chat and not a.about_me:
            if quoted := self._passage(a, en, missing):
                sections.append(quoted)
                intents.append("passage")
            elif missing:
                labels = [self.kb.lexicon.intents[m].label_en if en else self.kb.lexicon.intents[m].label for m in missing]
                a = replace(a, unknowns=(*a.unknowns, *labels))
        if routed := r.routed(a, not {"consult", "submit", "mail", "paper", "mobilisation", "district"} & {*intents, *a.intents}):  # '央企…送到哪'
            sections = [routed, *(s for s in sections if s != routed and s.title != getattr(self.kb.notice.mailing, "label", 0))]  # not the others' place
        if not sections:
            return Answer(self._unknown(a, en), False, gap=True) if a.unknowns else \
                Answer(self._capabilities(en, self._sorry(a, en)), False, gap=not (a.chit_chat or a.about_me))
        if a.unknowns:  # answered in part: the rest is something the notice does not mention
            return replace(self._finish([*sections, self._unknown_section(a, en)], intents, a, en),
                           partial=not {x.label for x in self.kb.lexicon.unknowns}.isdisjoint(a.unknowns))
        return self._finish(sections, intents, a, en)

    # ------------------------------------------------------------ assembling
    def _finish(self, sections: list[Section], intents: list[str], a: Analysis, en: bool) -> Answer:
        lex, meta = self.kb.lexicon, self.kb.notice.meta
        sources, sections = tuple(dict.fromkeys(s for sec in sections for s in sec.sources)), counted(sections, a.text.norm, en)
        body = "\n\n".join(sec.render(en) for sec in sections)
        related = [x for x in lex.intents[intents[0]].related if x not in intents and answerable(self.kb.notice, x)] \
            if len(intents) == 1 and intents[0] in lex.intents else []
        suggestions = tuple(lex.intents[x].label_en if en else lex.intents[x].label for x in related)
        if suggestions:
            body += ("\n\nYou can also ask: " if en else "\n\n💡 您还可以问：") + " | ".join(suggestions)
        body += (f"\n— {meta.programme_en or meta.programme_full}, notice {self._basis()}" if en else f"\n—— 依据：{self._basis()}")
        return Answer(body, True, sources, tuple(intents), suggestions, a.district.candidates, a.district.districts)
