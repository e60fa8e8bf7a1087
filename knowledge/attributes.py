"""What the notice says, or leaves open, about a detail a question names: the number of pages, a courier, the font
of a second-level heading, a phrase the user quotes. A mixin of Answerer (knowledge/answer.py)."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .assertions import ASSERTS, SELF_PHONE
from .counts import Counts
from .hours import scoped
from .judgement import Unstated, sentences
from .model import Clause
from .paper_plan import about_paper
from .rare_terms import rare_sentence
from .text import prepare
from .topics import TOPICS, answerable
from .values import CJK_RUN_4, NEVER, REVOKES, lazy
from .whereabouts import Whereabouts

_TYPEFACE = re.compile(r"字体|字号|行距|几号字?|加粗|居中|页边距|仿宋|宋体|黑体|楷体|[三四五]号|小[三四五]|\bfonts?\b|font size|spacing", re.I)
_TROUBLE = lazy(r"提交不上|交不上|打不开|登不上|登录不了|登录失败|转圈|卡住|报错|系统错误")  # not upload trouble: size
_DOCUMENT = lazy(r"营业执照|[\u4e00-\u9fff]{2,4}(?:审计报告|财务报表|纳税证明|完税证明|信用报告|检测报告|承诺书)")
_SENTENCE = lazy(r"[^。；;\n]+[。；;]?")
_QUOTED = lazy(r"[“\"「『]([^”\"」』]{4,40})[”\"」』]")
_NUMBER = lazy(r"\d|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*\s*(个|名|家|项|天|日|年|月|周|万|元|%|倍|人|次|批)")
VERBATIM = 6  # characters: a phrase this long, copied from the notice, points at its clause
_LATIN = re.compile(r"英文|西文|外文")
_PARTS = re.compile(r"[，,。？?！!；;\n]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")  # a message's parts, spaces too
_ON_PAPER = re.compile(r"装订|胶装|纸|份数|邮寄|快递|寄送|邮费")
_OWN = re.compile(r"\s*[^我咱，,]{0,8}?(?:我|咱|本人)")  # '我下周要在…讲', '下周区里培训会上我要讲'
_PLAN = re.compile(r"要在|要去|要给|准备|打算|会在|到时|下周|明天|后天|这周|周[一二三四五六日]|回头")  # a plan of the user's
_WANT = re.compile(r"听说|说|想|希望|需要|要个|要一|求|看到|看别人")  # hearsay or a wish names what is asked
_QUESTIONISH = re.compile(r"几|多少|哪|谁|什么|啥|怎|吗|呢|么|[？?]|是否|有没有|能不能|可不可以|要不要|行不行")

_MOBILE_ASKED = re.compile(r"手机(号|号码)?|微信|wechat|mobile|cell ?phone", re.I)
_MOBILE = re.compile(r"(?<!\d)1[3-9]\d(?:\d{4}|\*{4})\d{4}(?!\d)")  # (or one published partly hidden: '138****4517')
# What a layout rule calls a thing the user names otherwise ('表格标题' of a rule on '附表标题').
_ALIKE = {"表格": "附表|图表|表题", "图片": "插图|图表|图题", "表头": "表头|附表标题"}
_SAME_AS = {"行距": "行间距", "字间距": "字符间距", "页边距": "边距|页边空白",  # the same layout word, written otherwise
            **dict.fromkeys(("大标题", "主标题", "总标题", "标题"), "(?<![级小副表图])(?:文章|材料|文件)?标题")}




class Attributes(Counts, Whereabouts):
    """Uses the answerer's kb, judge, understander and passages."""

    def _scope(self, a, r, norm: str, near: tuple[str, ...] = ()) -> str:
        """The text asked about: the sentences naming the same thing ("总结材料"), else its topics' clauses, else all."""
        body = self.judge.body
        runs = CJK_RUN_4.findall(prepare(norm).compact)  # and a document's own name: '申报书', '承诺书'
        things = {t for run in runs for n in (4, 3) for i in range(len(run) - n + 1) if (t := run[i:i + n]) in body and (n == 4 or t[-1] in "书册稿")}
        parts = self.kb.notice.materials.parts if self.kb.notice.materials else ()
        things |= {parts[i].title for i in a.items.get("part", ()) if i < len(parts) and len(parts[i].title) >= 2}  # "正文几页"
        low = body.lower()  # a Latin word the notice writes too ('ppt有页数限制吗': 'PPT不超过15页')
        things |= {body[i:i + len(w)] for w in re.findall(r"[a-z]{2,}", norm) if (i := low.find(w)) >= 0 and len(w) >= 3}
        if things:  # a short heading sentence ("（二）证实性材料。") takes the sentence after it along
            sents, rx = sentences(body), re.compile("|".join(re.escape(t[:2]) + ".{0,2}" + re.escape(t[2:]) if len(t) == 4
                                                             else re.escape(t) for t in things))  # '纸质材料': '纸质申报材料'
            return "\n".join(x + (sents[i + 1] if len(x) < 16 and i + 1 < len(sents) else "") for i, x in enumerate(sents)
                             if rx.search(x))
        topics = [t for t in (*a.intents, *near) if answerable(self.kb.notice, t)]  # '页码放在哪里': the format's too
        if not topics:
            return self.judge.body
        secs = [TOPICS[t].render(r, a) for t in topics]
        ids = {x for sec in secs for x in sec.sources}
        inside = [c.text for c in self.kb.notice.passages if any(c.clause == i or c.clause.startswith(i + "（") for i in ids)]
        return "\n".join(["\n".join(sec.lines) for sec in secs] + inside)

    def _attributes(self, a, r, norm: str, fixed: str = "") -> tuple[list[Unstated], list[Clause]]:
        """(attributes left open, clauses stating the others) of what the message names; `fixed`: corrections made, which may settle one."""
        found = self.judge.attributes_in(norm)
        for field, word in (("email", "邮箱"), ("qq", "QQ"), ("wechat", "微信")) if a.district.resolved else ():  # "黄岩区有QQ吗": the card
            found = [u for u in found if word not in u.label or not all(getattr(self.kb.unit_for(k), field, "") for k in a.district.districts)]
        subject = None if fixed else self._format_subject(a, norm)  # "…横向编辑，我没看错吧，横着排表格好放": corrected
        if subject and not any(u.match.search(subject.label) for u in found):  # "封面" is already the cover's rule
            found.append(subject)
        if mobile := self._mobile_of(norm):  # "吴敏的手机或微信有吗" when the notice gives that person a landline only
            found.append(mobile)
        found = [u for u in found if not self._narrated(u.match, norm) and not self._reported_only(u.match, norm)]
        if (sub := self.kb.notice.submission) and sub.no_paper and about_paper(norm):  # '纸质一式几份，要不要胶装': none at all
            found = [u for u in found if not _ON_PAPER.search(u.label)]
        if not found:
            return [], []
        scope = self._scope(a, r, norm, tuple(t for u in found for t in u.near)) if any(u.topic_scope for u in found) else self.judge.body
        unstated = [u for u in found if not u.evidence.search(scope if u.topic_scope else self.judge.body)]
        stated = [c for u in found if u not in unstated and not u.quiet for c in self._stating(u.evidence, prepare(norm).compact)]
        unstated = [u for u in unstated if not (fixed and (u.settled or u.evidence.search(fixed) and all(  # the correction answers it,
            re.search(r"\d", x.group(0)) for x in u.match.finditer(norm))))]  # unless asked outright ('有页数限制吗', not '限500页')
        return scoped(self.kb, found, unstated, list(dict.fromkeys(stated)), norm, a)  # hours: only the asked contact's

    def _untold(self, a, norm: str):
        """The analysis without the open details ("培训会") that only the user's own story names; a hand-in planned on a
        notice that takes nothing on paper ("拷个U盘送到雄县工信局 行不") gets that rule first."""
        if (sub := self.kb.notice.submission) and sub.no_paper and "paper" not in a.intents and about_paper(norm) \
                and re.search(r"材料|资料|文件|U盘|u盘|光盘|纸质|申报书|盖章", norm):  # not '打车去当面咨询'
            a = replace(a, intents=("paper", *a.intents))
        if not a.unknowns or not set(a.intents) - {"about"} or not self._narrated(re.compile("|".join(map(re.escape, a.unknown_words))), norm):
            return a
        return replace(a, unknowns=(), unknown_words=())

    def _reported_only(self, match: re.Pattern[str], norm: str) -> bool:
        """'有个咨询公司说交2万块包入选，还能帮我们跟评委打招呼，靠谱吗': the detail is in what someone offered for money,
        which the fee and fraud clause answers; not a question of its own."""
        said = [c for s in sentences(norm) for c in re.split(r"[，,]", s) if match.search(c)]  # not a rule they claim ('说扫描件要300dpi')
        return self.judge.money(norm) and all(self.judge.reported(s) for s in sentences(norm) if match.search(s)) \
            and not any(re.search(r"要|需|须|必须|规定|只能|不能|不可以|得是", c) for c in said)

    def _narrated(self, match: re.Pattern[str], norm: str) -> bool:
        """'遴选标准是哪几条 我下周要在区里培训会上给企业讲': the detail is in the user's own story, which asks nothing,
        while another part of the message asks of a topic the notice has."""
        parts = [s for s in _PARTS.split(norm) if s and s.strip()]
        holding = [s for s in parts if match.search(s)]
        if not holding or any(self.judge.asks(s) or _QUESTIONISH.search(s) or not _OWN.match(s) or not _PLAN.search(s) or _WANT.search(s)
                              for s in holding):
            return False
        return any(self.judge.asks(s) and set(self.understander.analyse(prepare(s)).intents) - {"about"}
                   for s in parts if s not in holding)

    def _format_subject(self, a, norm: str) -> Unstated | None:
        """'二级标题用什么字体' ('自评报告用什么字体') when the layout rules name no such heading (or part)."""
        fmt = self.kb.notice.format
        asks = self.judge.format_asks if fmt else _TYPEFACE  # with no layout rules, '正文是不是要仿宋三号' asks one too
        said_font = _TYPEFACE.search(norm) is not None and ASSERTS.search(norm) is not None  # '二级标题用楷体三号 对吧'
        if not ({"format", "part"} & set(a.intents)) or not (said_font or asks.search(norm) and asks.search("".join(self.judge.asks(norm)) or norm)):
            return None  # (not "格式啊字数啊，…最多写多少字？")
        if not fmt:  # a notice without layout rules: fonts and sizes are simply not stated
            if "format" not in a.intents or "format" in a.weak_only or not _TYPEFACE.search(norm):
                return None
            return Unstated("排版格式（字体、字号、行距等）", "the layout (fonts, sizes, spacing)", _TYPEFACE, NEVER, ("materials",), "filling")
        if re.search(r"行距|行间距|line spacing", norm) and not re.search(r"行距|行间距|倍行距|固定值|\d\s*磅", "".join(x.text for x in fmt.rules)):
            return Unstated("行距", "the line spacing", re.compile(r"行距|行间距|line spacing"), NEVER, ("format",), "filling")  # '正文行距'
        parts = self.kb.notice.materials.parts if self.kb.notice.materials else ()
        named = [re.sub(r"[（(《][^）)》]*[）)》]|[《》]", "", parts[i].title) for i in a.items.get("part", ()) if i < len(parts)]
        asking = [c for c in re.split(r"[，,；;。？?！!]", norm) if self.judge.format_asks.search(c) or said_font and _TYPEFACE.search(c)]  # "…，那小标题呢"
        said = self.judge.format_subjects.findall(re.sub(r"正文(?:里|中|内)的?", "", "，".join(asking) or norm))  # '正文里' is where
        rules = "".join(x.text for x in fmt.rules)
        rules += "".join(w for w, alike in _ALIKE.items()  # '表格标题' of a rule on '附表标题', not '表格里的字'
                         if re.search(alike, rules) and re.search(rf"{w}的?(标题|题目|名称)", norm))
        rules += "".join(w for w, same in _SAME_AS.items() if re.search(same, rules))  # '行距' of '行间距为固定值28磅'
        what = next((x for x in said if x not in rules), "") if said else next((t for t in named if t and t not in rules), "")
        if not what or said and said[0] in rules and not _LATIN.match(what):  # "正文里的英文和数字": the letters asked of
            return None
        return Unstated(f"{what}的格式", f"the format of “{what}”", re.compile(re.escape(what)), re.compile(re.escape(what)),
                        ("format",), "filling", True)

    def _mobile_of(self, norm: str) -> Unstated | None:
        """A named contact's mobile or WeChat, asked for where the notice gives that person no mobile number."""
        asked = _MOBILE_ASKED.search(SELF_PHONE.sub(" ", norm))  # not "我手机号139…" of the asker's own
        people = [p for p in self.checker.people if p in norm] if asked else []
        if len(people) != 1:
            return None
        hotline = [c.phone for c in self.kb.notice.consultation.all() if c.person == people[0]]
        lines = hotline + [u.phone for u in (self.kb.notice.units.items if self.kb.notice.units else ()) if u.person == people[0]]
        mobile = any(_MOBILE.search(x) for x in lines)
        if not lines or mobile and "微信" not in asked.group(0):
            return None
        what, en = ("微信", "a WeChat ID") if mobile else ("手机号或微信", "a mobile number or WeChat")
        return Unstated(f"{people[0]}的{what}", f"{en} of {people[0]}", _MOBILE_ASKED,
                        NEVER, ("consult",) if hotline else (), "any")

    def _lexicon_unknowns(self, a) -> list[Unstated]:
        """The lexicon's usual gaps ("奖金", "名额") as attributes, with the topics the question also named as nearest."""
        return [Unstated(label, self._label_en(label), NEVER, NEVER, tuple(a.intents[:2]), "any") for label in a.unknowns]

    def _only_about(self, found, norm: str, a) -> bool:
        """The message asks only about attributes the notice leaves open: its other questions name no topic, and a
        deadline question that names such an attribute as one option ("end of office hours, or midnight?") is not one."""
        rest = functools.reduce(lambda s, u: u.match.sub(" ", s), found, norm)
        options = [x for x in sentences(norm) if any(u.match.search(x) for u in found) and re.search(r"还是|或者|或是|\bor\b", x)]
        if self.judge.can_still(rest) or _TROUBLE.search(rest) or options and "deadline" in a.intents and not any(
                "deadline" in u.near for u in found):  # "签完马上传，赶得上吗" / "网站转圈交不上去，能延期吗": the clock or the system
            return False
        clauses = [c for s in self.judge.asks(norm) for c in re.split(r"[，,]", s) if c]  # "用顺丰寄可以吗，寄到哪里"
        spans = [m.span() for u in found for m in u.match.finditer(norm)]  # "有效期几年？过期要重新报吗": one match, two clauses

        def covered(c: str) -> bool:
            at = norm.find(c)
            inside = sum(max(0, min(e, at + len(c)) - max(s, at)) for s, e in spans) if at >= 0 else 0
            bare = re.sub(r"有没有|没有|有|要求|规定|限制|讲究|吗|么|呢|吧|行不行|行|可以|能|不能|是否|需要|要|的|啊|呀", "", c)  # '有要求吗'
            return any(u.match.search(c) for u in found) or inside * 4 >= len(c) * 3 or len(bare) < 2  # most of it in one match
        others = [c for c in clauses if self.judge.asks(c) and not covered(c)  # "…有没有门槛，比如要年营收过亿？": an example
                  and not re.match(r"\s*(?:比如|例如|譬如|比方说|像是)", c)]

        def named(c: str) -> set[str]:  # "那一般几月份来？会提前几天通知？": a bare time word, or no topic, names none
            x = self.understander.analyse(prepare(c))
            bare = {"about"} if re.search(r"提交|申报|截止|交|寄|上传|submit|upload|close|deadline", c, re.I) else {"about", "deadline"}
            weak = x.weak_only if re.match(r"\s*(?:还是|或者|或是)", c) else x.weak_only & bare
            # "以邮戳为准，还是…3月1号之前寄到": the other option of the same question; "正文是不是仿宋三号": no layout rules
            return {i for i in x.intents if i != "format" or answerable(self.kb.notice, i)} - weak
        return not any(named(c) for c in others)

    def _unknown_passages(self, a) -> list[Clause]:
        """Where a notice gives what notices often leave open ("公示7天", "最高50万元"): the word the user used, by a number."""
        out, table = [], self.kb.notice.units.clause if self.kb.notice.units else ""
        for word in a.unknown_words if a.unknowns else ():  # (not the words of a row the unit's card answers: '凌河区的微信号')
            if len(word) < 2:
                continue
            w = re.escape(word)
            num = rf"(?<![\dA-Za-z@._-])(?!(?:19|20)\d\d\s*年)(?:{_NUMBER.pattern})"  # a count: no year ('2038年度'), no mailbox
            near = re.compile(rf"{w}[^。；]{{0,12}}?{num}|{num}[^。；]{{0,12}}?{w}")
            hits = [c for c in self.kb.notice.passages if word in c.text and near.search(c.text) and not REVOKES.search(c.text)
                    and not (table and a.district.districts and c.clause.startswith(table))]  # a unit asked: its card, not the list
            money = re.search(r"多少钱|多少万|几万|金额|how much", a.text.compact, re.I) is not None  # a sum, not '12个月内'
            if hits:
                out.append(min(hits, key=lambda c: (money and not re.search(r"\d\s*(?:万|亿)?元", c.text), len(c.text))))
        return out[:1]

    def _quoted(self, question: str) -> list[Clause]:
        """A phrase the user quotes from the notice (“业内标杆”): the clause that says it."""
        out = []
        for phrase in _QUOTED.findall(question):
            hits = [c for c in self.kb.notice.passages if phrase in c.text]
            if 0 < len(hits) <= 3:  # a name said all through the notice (“质量标杆”) quotes no clause in particular
                out.append(min(hits, key=lambda c: len(c.text)))
        return out[:1]

    def _verbatim(self, compact: str, answered: str, loose: bool = False) -> Clause | None:
        """The clause holding the longest phrase (≥ VERBATIM characters) the message copies from the notice, when the
        answer does not already contain it ("使用统一社会信用代码注册账号"); `loose`, when no topic was surely asked: also
        the one sentence sharing a rare word with it ('用活页夹装可以吧')."""
        grams, compact = self.__dict__.get("_grams"), compact[compact.rfind("@") + 1:]  # a forward: the words after '@小助手'
        if grams is None:
            body = self.judge.body
            grams = self.__dict__["_grams"] = frozenset(body[i:i + VERBATIM] for i in range(len(body) - VERBATIM + 1))
        body, best = self.judge.body, ""
        for run in CJK_RUN_4.findall(compact):
            for i in range(len(run) - VERBATIM + 1):
                if run[i:i + VERBATIM] not in grams:
                    continue
                n = VERBATIM + 1
                while i + n <= len(run) and run[i:i + n] in body:
                    n += 1
                if n - 1 > len(best):
                    best = run[i:i + n - 1]
        if not best:  # '营业执照要不要单独传一份': a document the reply leaves out, in the notice's own sentence on it
            said = [(len(x), x.strip(), c.clause) for m in _DOCUMENT.finditer(compact) if m.group(0) in body and m.group(0) not in answered
                    for c in self.kb.notice.passages for x in _SENTENCE.findall(c.text) if m.group(0) in x
                    for x in (x[x.rfind("：", 0, x.find(m.group(0))) + 1:],)]  # (not the lead-in '…包括：' run into it)
            return Clause(min(said)[2], min(said)[1]) if said else rare_sentence(self.kb.notice.passages, compact, answered) if loose else None
        if best in answered or best[-4:] in answered and best[:-4] in ("企业", "申报", "我们", "公司", "单位", "本单位") \
                or re.sub(r"(?:电话|号码|热线|联系人|邮箱)$", "", best) in answered:  # '政策咨询电话' of the hotline given
            return None  # '企业纸质材料' of '忠县企业纸质材料交哪里': the topic's words, answered above
        hits = [c for c in self.kb.notice.passages if best in c.text]
        units = self.kb.notice.units
        if hits and units and min(hits, key=lambda c: len(c.text)).clause.startswith(units.clause) and any(u.name in answered for u in units.items):
            return None  # a unit's card answers it: never another unit's row beside it ('中德园归铁西区管…交铁西区…就行吧')
        return min(hits, key=lambda c: len(c.text)) if hits else None
