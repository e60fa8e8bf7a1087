"""Read a question: which topics it asks about, which items, which district, or that it is out of scope."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from .asides import office_intro
from .cache import IndexCache
from .districts import DistrictResolver, Resolution
from .matcher import Entry, Hit, PhraseMatcher
from .model import Knowledge
from .schedule import stage_asked
from .scope import QUESTION, covered, other_level, out_of_scope, scope_hits
from .text import Text, readings
from .topics import answerable
from .track_rows import row_topic
from .unit_asks import of_units, quotas_said
from .values import BY_MAIL, lazy
from .written import written_so

# Sections of the notice whose items carry their own "match" words, and the topic each belongs to.
ITEM_SECTIONS = {"focus": "focus", "eligibility": "eligibility", "criteria": "criteria", "part": "part"}
STRONG, WEAK, _DENIED = 1.0, 0.5, lazy(r"(不是|不要|别给|而非|并非|不找)$")
_IS_FORM, _SO = lazy(r"申报书|申报表|信息表|申请表|申请书"), frozenset("挺很蛮太真得还都也")  # '做得挺好的' is no '好的'
_UNITS_NAMED = lazy(r"^(?!.*市(?:经信|经济|工信|商务))(?=.*(?:区|县|推荐单位))")  # "<某区>经委在哪里办公": the units' rows
_FIELD_WORD, _SCORE_ASKED = lazy(r"邮箱|邮件|e-?mail|微信|时间|几点|上班|下班|周末|有人", re.I), re.compile(r"(?:几|多少)分(?!钟)|分值|权重|占比")
# A part and the whole beside it ("摘要和正文各多少字", "the summary and the abstract"): every part's limit.
_WHOLE = lazy(r"正文(?!部分)|全文|总结材料|各部分|每部分|每个部分|其[他它余]部分|\bmain text\b|\bfull text\b|\beach part\b"
              r"|\ball (the )?parts\b|\bsummary\b.*\babstract\b|\babstract\b.*\bsummary\b|\b(whole|entire|overall|total)\b")
_CLAUSES = re.compile(r"[，,。；;？?！!\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_LIMIT_ASKED = lazy(r"字数|多少字|几个字|几字|字以内|篇幅|多长|\bwords?\b|\bcharacters?\b|\blimits?\b|how long|\blength\b|\bmax(imum)?\b")


@dataclass(frozen=True)
class Analysis:
    """Everything the answer composer needs to know about one question."""

    text: Text
    intents: tuple[str, ...] = ()
    weak_only: frozenset[str] = frozenset()  # intents found only through weak words
    items: dict[str, tuple[int, ...]] = field(default_factory=dict)
    unknowns: tuple[str, ...] = ()
    unknown_words: tuple[str, ...] = ()  # the words that named them ("公示", "奖金")
    contact_kinds: tuple[str, ...] = ()
    district: Resolution = field(default_factory=Resolution)
    out_of_scope: str = ""  # "programme" | "region" | ""
    oos_term: str = ""
    chit_chat: bool = False
    about_me: bool = False  # "你能干什么": introduce the assistant
    courtesy: bool = False  # only thanks or goodbye ("谢谢"), no small talk
    fields: tuple[str, ...] = ()  # a follow-up about one detail of a unit ("电话呢"): address | person | phone

    @property
    def english(self) -> bool:
        return self.text.english


def _spelled(place: str) -> str:
    """A Chinese place name as English spells it: 武汉市 -> wuhan ('' when a character has no reading)."""
    name = re.sub(r"(市|省|区|县)$", "", place)
    spelled = [readings(ch)[:1] for ch in name]
    return "".join(r[0] for r in spelled) if name and all(spelled) else ""


_MAY_APPLY = ("能报", "能申报", "可以报", "可以申报", "能参加", "可以参加", "能不能报", "能不能申报", "可不可以报", "能申请", "够格报")


class Understander:
    """Builds the phrase matchers once from the knowledge base; `analyse` is then a pure function."""

    def __init__(self, kb: Knowledge, resolver: DistrictResolver, cache: IndexCache | None = None,
                 senses: Callable[[str], set[str]] | None = None) -> None:
        lex, n = kb.lexicon, kb.notice
        self._kb, self._resolver, self._senses = kb, resolver, senses or (lambda norm: set())  # senses: topics of a word used otherwise
        self._level = (n.meta.region, *(re.sub(r"[“”\"「」]", "", x) for x in (" ".join(c.text for c in n.passages), n.meta.title + n.meta.programme_full)))
        self._generic = {name for name, it in lex.intents.items() if it.generic}
        topic: list[Entry] = []
        for name, it in lex.intents.items():
            topic += [Entry(p, f"i:{name}", STRONG) for p in it.strong + it.en]
            topic += [Entry(p, f"i:{name}", WEAK) for p in it.weak + it.en_weak]
        # "原材料企业能报质量标杆吗": asking whether one may apply, with the programme's name after the verb.
        progs = {p for p in (*lex.programme_words, n.meta.programme) if len(p) >= 2 and not p.isascii()}
        topic += [Entry(v + p, "i:eligibility", WEAK, fuzzy=False) for v in _MAY_APPLY for p in progs]
        sections = {"focus": n.focuses, "eligibility": n.eligibility, "criteria": n.criteria, "part": n.materials}
        for sec, holder in sections.items():
            items = (holder.parts if sec == "part" else holder.items) if holder else ()
            for idx, item in enumerate(items):
                # A part is asked for by its own words and by the usual words for its kind ("主要做法" for 典型经验主要做法).
                words = (*item.match, *_item_words(item, lex.part_words)) if sec == "part" else item.match
                topic += [Entry(p, f"item:{sec}:{idx}", STRONG) for p in words]
        for idx, unknown in enumerate(lex.unknowns):
            topic += [Entry(p, f"u:{idx}", STRONG, fuzzy=False) for p in unknown.match]
            if unknown.later_years and kb.deadline is not None:
                later = [kb.deadline.year + k for k in (1, 2, 3)]
                topic += [Entry(f"{y}{w}", f"u:{idx}", STRONG, fuzzy=False) for y in later for w in ("年", "年度")]
        contacts = list(n.consultation.all())
        topic += [Entry(c.person, "i:consult", STRONG, fuzzy=False) for c in contacts if c.person]
        if n.submission and n.submission.site:
            # The site's own words (its host name) name the submission topic.
            topic += [Entry(w, "i:submit", STRONG, fuzzy=False) for w in re.findall(r"[a-z][a-z0-9]{3,}", n.submission.site.lower())
                      if w not in ("http", "https", "www", "html")]
        self._topics = PhraseMatcher(topic, stopwords=lex.homophone_stopwords, ascii_stopwords=lex.english_stopwords, cache=cache)
        self._unit_addresses = any(u.address for u in (n.units.items if n.units else ()))
        self._by_unit_row = {u.label for u in lex.unknowns if u.unit_row}
        rows = n.units.items if n.units else ()  # '各区的邮箱': the units' e-mail column answers it
        self._by_mail = {u.label for u in lex.unknowns if "email" in u.unit_field.split()}
        self._by_unit_field = {u.label for u in lex.unknowns if any(getattr(x, f, "") for f in u.unit_field.split() for x in rows)}
        oos = lex.out_of_scope  # a programme or place the notice itself names is never "another programme" or region
        body = "".join(c.text for c in n.passages) + n.meta.title + n.meta.issuer
        # "wuhan" for 武汉市; spelled once per region and read back, since the pinyin table is slow to load
        spelled = cache.get("region-spelling", (n.meta.region,), lambda: _spelled(n.meta.region)) if cache else _spelled(n.meta.region)
        body_l = f"{body.lower()} {re.sub(r'[（）()]', '', body)} {spelled} {n.meta.region_en.lower()}"  # 首台（套）
        scope = [Entry(p, "programme", fuzzy=False) for p in oos.programmes + oos.programmes_en if p.lower() not in body_l]
        # A programme the notice names only in passing ("获得市长质量奖的加3分", "专精特新“小巨人”企业不低于1000万元"):
        # asked about on its own, it is another programme.
        scope += [Entry(p, "named", fuzzy=False) for p in oos.programmes if p.lower() in body_l]
        # A national notice ('各省、自治区、直辖市…工业和信息化主管部门') covers every region: none is another one.
        national = not n.meta.region and re.search(r"各省[、，,]\s*自治区|中华人民共和国境内|全国各省", body)
        scope += [Entry(p, ("region", "home")[p in oos.home], fuzzy=False) for p in oos.regions + oos.regions_en + oos.home * bool(n.places)
                  if not national and (p.lower() not in body_l or not re.search(re.escape(p.lower()) + "(?![路街巷弄])", body_l))]  # '烟台路90号' is a road
        scope += [Entry(p, "chat", fuzzy=False) for p in oos.chit_chat]
        scope += [Entry(p, "courtesy", fuzzy=False) for p in oos.courtesy]
        scope += [Entry(p, "zone", fuzzy=False) for p in ("北京时间", "beijing time", "beijing standard time", "比北京晚", "比北京早", "跟北京差", "和北京差")]
        scope += [Entry(p, "meta", fuzzy=False) for p in oos.meta]
        # The lexicon's words for our programme are ours only where this notice uses them ("质量标杆" asked of a
        # quality-award notice is another programme).
        ours = any(p in body for p in lex.programme_words if len(p) >= 4 and not p.isascii())  # the lexicon's programme
        scope += [Entry(p, "ours" if ours else "programme", fuzzy=False) for p in lex.programme_words if p]
        scope += [Entry(n.meta.programme, "ours", fuzzy=False)] if n.meta.programme else []
        self._scope = PhraseMatcher(scope, cache=cache)
        kinds = [Entry(p, kind, fuzzy=False) for kind, words in lex.contact_kinds.items() for p in words]
        for kind, contact in (("policy", n.consultation.policy), ("filling", n.consultation.filling)):
            if contact:  # naming the person or organisation picks that hotline
                kinds += [Entry(x, kind, fuzzy=False) for x in (contact.person, contact.org) if x]
        # A further hotline is named by its person, office and the words of its label; a kind only such hotlines
        # serve ('system') is looked for on its own, and a main kind's word it overlaps ('上传失败') gives way to it.
        own = [Entry(x, o.kind or "other", fuzzy=False) for o in n.consultation.others for x in (o.person, o.org, *o.match) if x]
        main = {"policy", "filling"}
        kinds += [e for e in own if e.label in main]
        self._own_kinds = PhraseMatcher([e for e in own if e.label not in main], cache=cache)
        self._kinds = PhraseMatcher(kinds, cache=cache)

    def analyse(self, text: Text) -> Analysis:
        """Topics, items, district and scope of one prepared message."""
        district = self._resolver.resolve(text)
        intro = office_intro(text.compact)  # '我是区商务委的，…': who asks, not a unit asked for
        hits = [h for h in self._topics.find(text) if not (h.fuzzy and written_so(self._kb, text.compact, h) or h.label == "i:district" and h.end <= intro)]
        intents, weak_only, items, unknowns = self._topics_of(hits, self._senses(text.norm))
        words = tuple(dict.fromkeys(text.compact[h.start:h.end] if not h.ascii else h.phrase
                                    for h in hits if h.label.startswith("u:") and self._kb.lexicon.unknowns[int(h.label[2:])].label in unknowns))
        own = self._own_kinds.find(text)
        found = own + [h for h in self._kinds.find(text)
                       if not any(o.ascii == h.ascii and o.start < h.end and h.start < o.end for o in own)]
        found.sort(key=lambda h: (h.ascii, h.start))
        kinds = tuple(dict.fromkeys(h.label for h in found))
        if len(kinds) > 1:  # "我问的是政策咨询，不是填报咨询": the one denied is not asked
            denied = {h.label for h in found if not h.ascii and _DENIED.search(text.compact[max(0, h.start - 4):h.start])}
            kinds = tuple(k for k in kinds if k not in denied) or kinds
        hits = scope_hits(self._scope.find(text), text.compact, district.spans)
        if district.spans and covered(hits, district.spans):  # '高新' inside '我们是高新技术企业': no place
            district = Resolution()
        labels = {h.label for h in hits if not (h.label == "courtesy" and text.compact[h.start - 1:h.start] in _SO and (intents or QUESTION.search(text.norm)))}
        oos, term = out_of_scope(hits, text.compact, district.resolved)
        oos, term = ("programme", lvl) if not oos and (lvl := other_level(text.compact, *self._level)) else (oos, term)
        chat = bool({"chat", "meta"} & labels)
        if (chat or "courtesy" in labels and not QUESTION.search(text.compact)) and intents and set(intents) <= weak_only and not district.resolved:
            intents = ()  # "今天几号": small talk, not a weak hint at the deadline; "谢谢老师" no hotline asked
        if "chat" in labels and not set(intents) - weak_only:
            intents, district = (), Resolution()  # "嘉定哪里有好吃的": small talk that names a place
            unknowns = () if len(text.compact) <= 24 else unknowns  # "洛阳牡丹文化节几号开始": no opening date asked
        if self._unit_addresses and (row := [u for u in unknowns if u in self._by_unit_row]) and (district.resolved or _UNITS_NAMED.search(text.compact)):
            unknowns, intents = tuple(u for u in unknowns if u not in row), intents if district.resolved else (*intents, "district")
        mailed = bool(BY_MAIL.search(text.norm))  # '可以用邮箱提交吗' asks how to submit; '各区的邮箱' the units' rows
        if mailed or (field := [u for u in unknowns if u in self._by_unit_field]) and all(map(_FIELD_WORD.search, words)):
            unknowns = tuple(u for u in unknowns if u not in (self._by_mail if mailed else field))
            intents = tuple(dict.fromkeys((*intents, *("submit",) * (not unknowns)))) if mailed else intents if district.resolved else (*intents, "district")
        crit = self._kb.notice.criteria
        if {"part", "criteria"} <= set(intents) and crit and _SCORE_ASKED.search(text.compact) and any(
                text.compact[i:i + 4] in (it.title or "") for it in crit.items for i in range(len(text.compact) - 3)):
            intents = tuple(i for i in intents if i != "part")  # "实施成效占几分": the criterion's weight, not the part
            items = {k: v for k, v in items.items() if k != "part"}
        if "part" in intents and "word_limits" not in intents and any(_WHOLE.search(c) and _LIMIT_ASKED.search(c) for c in _CLAUSES.split(text.norm)):
            intents = (*intents, "word_limits")
        named = [parts[i] for i in items.get("part", ()) if i < len(parts := self._kb.notice.materials.parts)] if "part" in intents else []
        if named and all(re.search(r"一式|[0-9一二两三四五]\s*份|章", p.text) and not _IS_FORM.search(p.title) for p in named):
            intents = tuple(i for i in intents if i not in ("paper", "seal"))  # '审计报告交几份': that document's own line
        if (quotas := self.__dict__.get("_quotas")) is None:
            quotas = self.__dict__["_quotas"] = quotas_said(self._kb)
        intents, unknowns, words = of_units(self._kb, text.compact, intents, unknowns, words, district.districts, quotas)
        intents = intents or (() if unknowns or oos else row_topic(self._kb, text.norm))  # '中型企业营收1.5亿够不够': that row
        if "one_item" in intents and re.search(r"几个?人|多少人|几位|几名|多少名", text.norm) and not re.search(r"项|申报几|报几", text.norm):
            intents = tuple(i for i in intents if i != "one_item")  # '每家能去几个人': people, not applications
        if "schedule" not in intents and stage_asked(self._kb.notice, text.norm):  # '经验推广开始了吗', 'when is the expert review'
            intents, weak_only = ("schedule", *(i for i in intents if i not in weak_only)), weak_only - {"deadline"}
        return Analysis(text, intents, weak_only, items, unknowns, words, kinds, district, oos, term, chat or "courtesy" in labels, "meta" in labels,
                        courtesy="courtesy" in labels and "chat" not in labels)

    def _topics_of(self, hits: list[Hit], other_sense: set[str]) -> tuple[tuple[str, ...], frozenset[str],
                                                                       dict[str, tuple[int, ...]], tuple[str, ...]]:
        score: dict[str, float] = defaultdict(float)
        strong: set[str] = set()
        first: dict[str, int] = {}
        items: dict[str, list[int]] = defaultdict(list)
        unknowns: list[str] = []
        counted: set[tuple[str, str]] = set()
        for h in hits:
            pos = h.start + (10_000 if h.ascii else 0)
            kind, _, rest = h.label.partition(":")
            if kind == "u":
                label = self._kb.lexicon.unknowns[int(rest)].label
                if label not in unknowns and f"u:{label}" not in other_sense:  # "…，结果系统关了" is no result asked
                    unknowns.append(label)
                continue
            if kind == "item":
                sec, idx = rest.split(":")
                if int(idx) not in items[sec]:
                    items[sec].append(int(idx))
                name = ITEM_SECTIONS[sec]
            else:
                name = rest
            if (name, h.phrase) in counted or name in other_sense:
                continue
            counted.add((name, h.phrase))
            score[name] += h.weight
            if h.weight >= STRONG:
                strong.add(name)
            first.setdefault(name, pos)
        fired = [n for n, s in score.items() if s >= STRONG]
        if not fired and score and not unknowns:
            best = max(score.values())
            if best >= WEAK:
                # tied: what this notice answers first ("pizhou的企业材料交给谁" when it has no materials list)
                fired = [min((n for n, s in score.items() if s == best), key=lambda n: (not answerable(self._kb.notice, n), first[n]))]
        if any(n not in self._generic for n in fired):
            fired = [n for n in fired if n not in self._generic]
        fired = [n for n in fired if n != "schedule" or answerable(self._kb.notice, n)]  # no timeline: what the words say otherwise
        fired.sort(key=first.__getitem__)
        weak_only = frozenset(n for n in fired if n not in strong)
        return tuple(fired), weak_only, {k: tuple(v) for k, v in items.items()}, tuple(unknowns)


def _item_words(item, part_words: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Words that name a part of the materials: its title, its title without brackets, and the lexicon's phrasings."""
    bare = re.sub(r"[（(][^）)]*[)）]", "", item.title)
    return tuple(dict.fromkeys((item.title, bare, *part_words.get(item.key, ()))))
