"""False premises: a message that asserts a value ("截止是3月15号吧") is checked against the knowledge base, and a
value that contradicts it is corrected first, with the notice's value and clause ("不是3月15日：…").

Checked: the deadline's date, year and hour; word limits of a part; paper copies; the number of items of a list;
fees; the person or phone of a hotline or a district's unit; fonts, sizes and line spacing; and numeric conditions
("注册满两年") that the notice does not contain at all.
"""

from __future__ import annotations

import re

from .address_claims import AddressClaims, MailboxClaims
from .arith import is_own, total_said
from .assertions import LEAD, Premise, sentence_around
from .claim_topics import TOPIC_OF
from .claims import Claims
from .contact_claims import STRAIGHT, ContactClaims
from .deadline_claims import DeadlineClaims
from .format_claims import FormatClaims
from .lapsed_claims import LapsedClaims
from .list_claims import ListClaims
from .model import Knowledge
from .notice_rule_claims import LIST_ASKED, OTHER_COST, BanClaims, HandInClaims, IndustryClaims
from .opening_claims import OpeningClaims
from .period_claims import PeriodClaims
from .phrasing import Section, hotline_named
from .recall import _SENTENCE
from .seal_claims import SealClaims
from .stated_numbers import stated_number
from .values import (
    CJK_RUN_4,
    CONDITION,
    COPIES,
    COUNT,
    COUNT_AFTER,
    EN_COPIES,
    EN_NUM,
    EN_WORDS,
    GROUP_SAID,
    NUM,
    WORDS,
    cn_forms,
    cn_number,
    copies_en,
    lazy,
    plain,
)

LISTS = {"focus": "focuses", "eligibility": "eligibility", "criteria": "criteria"}
VALUE = lazy(r"[0-9一二两三四五六七八九十百千万]|章|纸质|网上|线上|在线|打印|paper|online|宋体|黑体|楷体|仿宋|雅黑|号|磅|倍|行距|\b(font|pt)\b|"
             r"\.[a-z]{2,3}\b|[上下]午|晚上|零点|午夜|\b(noon|midnight|[ap]m)\b|横|纵向|竖|[上下](方|面|边)|\b(landscape|portrait|above|below)\b")
_REVENUE = lazy(r"营收|营业收入|收入|收益|销售额|产值|利润|资产|注册资本|放宽|门槛|小巨人|专精特新|规上|revenue|turnover|sales")

_FEE_CUE = lazy(r"费|交钱|缴|付|收钱|收取|包过|保证|中介|代理|要钱|花钱|打款|转账|给(?:他|她|他们|对方|中介|人家)"
                r"|\b(fees?|pay|paid|charge|cost|rmb|yuan|quoted?|price)\b")
_LIMIT_IN = lazy(r"[（(]?(\d{2,5})\s*字(?:以内|以下|左右)|(?:不超过|不多于|不得超过|限)\s*(\d{2,5})\s*字")
_FINED = lazy(r"罚款|罚了|罚金|处罚|罚没|赔偿|赔了|\bfined?\b|\bpenalt")
_SUMMED = lazy(r"加起来|加在一起|合计|一共|总共|共计|总计|总字数|\b(in total|altogether|combined)\b")
_WHOLE = lazy(r"正文|全文|总字数|整篇|全部|一共|总共|合计|加起来")
_AS_PAGES = lazy(rf"({NUM})\s*页(?!眉|脚|码|面)|({NUM})\s*pages?\b")
_FILLER = lazy(r"还是|也是|就是|应该是?|依然|仍然|的话|[仍也还都]")
_OWN_PART, _OTHER_PART = lazy(r"^\s*(?:的)?(?:那|这)?一?(?:块|部分|板块)"), lazy(r"块|部分|板块")
_LABEL_WORDS = lazy(r"[^。？！?!，,]{0,8}?(几号|字号|字体|多大|加粗|居中|什么字|用宋体|用黑体|排版|格式|样式|怎么排|怎么放)")  # after “摘要”二字


class Checker(Claims, ContactClaims, DeadlineClaims, AddressClaims, ListClaims, MailboxClaims, FormatClaims, PeriodClaims, SealClaims,
              OpeningClaims, HandInClaims, IndustryClaims, BanClaims, LapsedClaims):
    """Compares asserted values with the facts of the topics the question is about."""

    def __init__(self, kb: Knowledge, display, rules) -> None:
        self.kb, self.n, self.display, self.rules = kb, kb.notice, display, rules
        self.body = "".join(c.text for c in self.n.passages)

    def corrections(self, norm: str, a, premise: Premise) -> tuple[list[Section], tuple[str, ...]]:
        """The contradicted values, each as '不是X：the notice's value' with its clause; and the topics they are about
        when the question named none ("1240号文是1月发的吧" is about the notice itself)."""
        out: list[Section] = []
        topics: list[str] = []
        if not (premise.firm or premise.persons or VALUE.search(norm) or self.rules.applying.search(norm) or STRAIGHT.search(norm) or LIST_ASKED.search(norm)):
            return out, ()  # a plain question that states no value ("截止时间是什么时候？") asserts nothing
        self.en = a.english
        intents = set(a.intents)
        checks = [self._deadline, self._weekday, self._midnight, self._words, self._copies, self._count, self._fee, self._former, self._person, self._phone,
                  self._format, self._layout, self._website, self._doc_number, self._issued, self._one_item, self._pages, self._seal, self._required,
                  self._weight, self._listed, self._share, self._channels, self._direct, self._mail_to_unit, self._address, self._mailbox, self._cut_off,
                  self._industry, self._applicant, self._period, self._quota, self._every_page, self._opens, self._hand_in, self._ban, self._platform,
                  self._stage_date, self._lapsed]
        for check in checks:
            sec = check(norm, a, intents, premise)
            if sec:
                out.append(sec)
                topics.append(TOPIC_OF.get(check.__name__, ""))
        # "注册满两年才能报吧" asserts a rule the notice may not have; a number another check has answered ("报3项") is none.
        if premise.firm and {t for t, f in zip(topics, out) if not f.whole} <= {"about"} and (sec := self._condition(norm, a, intents, premise)) \
                and not any(f.whole and (said := re.match(r"不是([^：:]+)[：:]", f.lines[0])) and said.group(1) in sec.lines[0] for f in out):
            out.append(sec)
        return out, tuple(t for t in topics if t)

    def _fix(self, line: str, *sources: str, en: str = "") -> Section:
        return Section("Correction", (en or line,), tuple(filter(None, sources))) if self.en else Section("更正", (line,), tuple(filter(None, sources)))

    # ------------------------------------------------------------ values
    def _words(self, norm, a, intents, premise) -> Section | None:
        parts = self.n.materials.parts if self.n.materials else ()
        picked = [parts[i] for i in a.items.get("part", ()) if i < len(parts) and parts[i].limit]
        if not picked:  # '典型经验材料一万字' where the limit is its body's ('典型经验材料正文 8000 字以内')
            named = [parts[i].title for i in a.items.get("part", ()) if i < len(parts)]
            picked = [p for p in parts if p.limit and any(p.title.startswith(t) and p.title != t for t in named)]
        if len(picked) > 1:  # '质量标杆的摘要' of a notice with two documents' abstracts: the one the words name
            words = {w for i in range(len(norm) - 3) if CJK_RUN_4.fullmatch(w := norm[i:i + 4])}
            picked = [p for p in picked if any(w in p.text for w in words)] or picked
            picked = [p for p in picked if (h := p.title.split("（")[0]) == p.title or h in norm] or picked  # not '摘要（…）' unasked
            picked = [p for p in picked if "（" in p.title and p.title.split("（")[0] in norm] or picked  # '…报告摘要': the 摘要
        said_all = [x for x in (*WORDS.finditer(norm), *EN_WORDS.finditer(norm))  # not "写了900字", the user's own count
                    if not is_own(norm, x) and not (cn_number(x.group(1).replace(",", "")) <= 4 and _LABEL_WORDS.match(norm, x.end()))]
        if len(picked) == 1 and (pages := [x for x in _AS_PAGES.finditer(norm) if cn_number(x.group(1)) == picked[0].limit]):
            p = picked[0]  # "摘要限500页还是500字": the notice's figure, counted in characters, not pages
            return self._fix(f"不是{pages[0].group(1)}页：{p.title}{'为' if p.about else '限'} {p.bound()}（按字数计）。", p.clause,
                             en=f"Not {pages[0].group(1)} pages: the {p.en or p.title} is limited to {p.limit} Chinese characters.")
        if not picked and said_all and (elsewhere := self._limit_elsewhere(norm, said_all[0])):
            return elsewhere  # '差异说明要写1000字左右吧' of a document named outside the materials' parts ('…差异说明》（500字以内）')
        total = len(a.items.get("part", ())) <= 1 and total_said(self.n, norm, said_all) or ()  # '一共不超过1.5万字' vs '合计…1.1万字'
        said_all = [x for x in said_all if not total or x is not total[0]]
        if not said_all or len(picked) != 1 and len(picked) != len(said_all) or _SUMMED.search(norm) and not total:
            return self._fix(*total[1:3], en=total[3]) if total else None
        if len(picked) > 1:  # "推进应用情况10000字以内、实施效果2500字以内": each figure after its own part, in order
            pairs = list(zip(picked, sorted(said_all, key=lambda x: x.start()), strict=True))
        else:
            at = norm.find(picked[0].title.split("（")[0])  # "标题40字 摘要500字": the figure said after the part's own name
            said = min((x for x in said_all if x.start() >= at), key=lambda x: x.start() - at, default=said_all[0]) if at >= 0 else said_all[0]
            between = _OWN_PART.sub("", norm[at + len(picked[0].title.split("（")[0]):said.start()]) if 0 <= at < said.start() else ""
            pairs = [] if _OTHER_PART.search(between) else [(picked[0], said)]  # '概况那块…然后推进应用那部分是一万字': another part's
        pairs = [(p, m) for p, m in pairs if not ((w := _WHOLE.search(re.split(r"[，,。；;？?！!\s]", norm[:m.start()])[-1])) and not any(
            x in norm for x in (p.title.split("（")[0], *p.match)) and not p.title.split("（")[0].endswith(w.group(0)))]  # '正文1万字以内是吧': the whole
        wrong = [(p, m) for p, m in pairs if 0 < cn_number(m.group(1).replace(",", "")) != p.limit]
        if wrong:
            return self._fix("；".join([*total[1:2], *(f"不是{m.group(1)}字：{p.title}{'为' if p.about else '限'} {p.bound()}" for p, m in wrong)])
                             + "。", *total[2:3], *dict.fromkeys(p.clause for p, _ in wrong), en="; ".join([*total[3:], *(
                                 f"Not {m.group(1)}: the {p.en or p.title} is limited to {p.limit} Chinese characters" for p, m in wrong)]) + ".")
        return self._fix(*total[1:3], en=total[3]) if total else None

    def _limit_elsewhere(self, norm: str, said: re.Match) -> Section | None:
        """The sentence that sets a word limit for the document the message names before its figure, when it is another."""
        before = re.split(r"[，,。；;？?！!\s]", norm[:said.start()])[-1]
        names = {before[i:i + 4] for i in range(len(before) - 3) if CJK_RUN_4.fullmatch(before[i:i + 4])}
        for c in self.n.passages if names else ():
            for x in _SENTENCE.findall(c.text):
                m = _LIMIT_IN.search(x)
                if m and any(w in x[:m.start()] for w in names) and 0 < cn_number(said.group(1).replace(",", "")) != cn_number(m.group(1) or m.group(2)):
                    return self._fix(f"不是{said.group(1)}字：通知写明“{x.strip().rstrip('。；;')}”。",
                                     max((p.clause for p in self.n.passages if x.strip() in p.text), key=len),  # its innermost clause
                                     en=f"Not {said.group(1)}: the notice says “{x.strip()}”.")
        return None

    def _copies(self, norm, a, intents, premise) -> Section | None:
        sub = self.n.submission
        m = COPIES.search(norm) or EN_COPIES.search(norm)
        if not m or not sub or not sub.form_copies or not ({"paper", "mail", "seal"} & intents or "纸质" in norm
                                                           or sub.form_name and sub.form_name in norm):  # "申报书交1份就够了吧"
            return None
        have, said = re.search(rf"({NUM})\s*份", sub.form_copies), EN_NUM.get(m.group(1)) or cn_number(m.group(1))
        if have and cn_number(have.group(1)) != said:
            return self._fix(f"不是{m.group(1)}份：纸质材料{sub.form_copies}。", sub.clause_of("form_copies"),
                             en=f"Not {m.group(0)}: the paper form is sent in {copies_en(cn_number(have.group(1)))}.")
        return None

    def _count(self, norm, a, intents, premise) -> Section | None:
        m = COUNT.search(norm)
        said_at = 1
        if not m and (m := COUNT_AFTER.search(norm)):  # "遴选标准就两条吧"
            said_at = 2
        name = next((i for i in a.intents if i in LISTS or i == "materials"), None)
        if not m or not name or re.search(r"(?:选|挑|报|选择|申报)$", norm[:m.start(said_at)]):  # '选两个重点方向行不行': a choice
            return None
        holder = self.n.materials if name == "materials" else getattr(self.n, LISTS[name])
        items = (holder.parts if name == "materials" else holder.items) if holder else ()
        said = cn_number(m.group(said_at))
        if items and said > 0 and said != len(items):
            label = self.kb.lexicon.intents[name].label
            names = "、".join((getattr(x, "title", "") or x.text[:16]) for x in items)
            listed = "".join((getattr(x, "title", "") or "") + x.text for x in items)
            # "就三个：体系升级、数字化、绿色低碳": the named ones the notice does not list
            rest = norm[m.end():].lstrip()
            named = re.split(r"[、，,/和及]", re.split(r"[。；;！!？?]", rest[1:])[0]) if rest[:1] in "：:" and rest else []
            absent = [x for x in named if 2 <= len(x) <= 12 and not any(x[i:i + 2] in listed for i in range(len(x) - 1))]
            extra = f"“{'、'.join(absent)}”不在其中。" if absent else ""
            typed = m.group(0).strip() if said_at == 1 else m.group(0)[m.start(2) - m.start():].strip()
            return self._fix(f"不是{typed}：{label}共 {len(items)} 项：{names}。{extra}", holder.clause)
        return None

    def _fee(self, norm, a, intents, premise) -> Section | None:
        f = self.n.fees
        if not f or _REVENUE.search(norm) or self.rules.reward_only(norm) or _FINED.search(norm):  # "营收1500万", "奖金几十万",
            return None  # "被罚款2万" are no sums paid to apply
        if not _FEE_CUE.search(norm) or OTHER_COST.search(norm):  # "投了200万做数字化", "电子签章收费吗": nothing paid to apply
            return None
        if not re.search(rf"(?<![哪这那每同])(?:\d+(?:\.\d+)?\s*[万千]?\s*块(?!儿)|{NUM}\s*[万千]\s*块(?!儿)|{NUM}\s*[万千]?\s*(?:块钱|元))"
                         rf"|{NUM}\s*[万千](?!(?:多|余|来)?[字个项份家人名条天年月日次])|"
                         r"收费|评审费|报名费|服务费|\bfees?\b|\bpay\b|\byuan\b|\brmb\b", norm):
            return None
        if re.search(r"不(?:向[^，,。；]{0,8})?收取|免费|不收费|不收任何|不得收取", f.text):  # '不向企业收取任何费用'
            line = hotline_named(self.n, f.text)  # (the number of a hotline the clause names without it)
            return self._fix(f"不需要交费：{f.text}" + (f"（{line.label}：{line.phone}）" if line else ""), f.clause, en=f"There is no fee: {f.en or f.text}")
        return None

    def _recent(self, norm: str, number: float) -> tuple[str, str] | None:
        """('', '') when the notice writes '近N年' as said; (its phrase, clause) when it writes another window of
        years for a thing the message names too ('近三年数据' for '数据要放近五年'); None when it writes none."""
        found = [(piece, c.clause, cn_number(x.group(1))) for c in self.n.passages for piece in re.split(r"[。；，,]", c.text)
                 for x in re.finditer(r"近([一二三四五六七八九十两\d]{1,2})年", piece)]
        same = [f for f in found if re.sub(r"近.{1,2}年", "", f[0]) and any(w in norm for w in re.findall(r"[\u4e00-\u9fff]{2}", f[0]))]
        if any(n == number for _, _, n in same):
            return "", ""
        best = max(same, key=lambda f: len(f[1]), default=None)
        return (best[0], best[1]) if best else None

    def _condition(self, norm, a, intents, premise) -> Section | None:
        """'注册满两年' when the notice never writes such a number: it sets no such condition."""
        for m in CONDITION.finditer(norm) if not (self.rules.reward_only(norm) or self.rules.money(norm)) else ():  # not "给两万保证入选"
            value, unit = m.group(2), m.group(3)
            if unit in ("年",) and (re.fullmatch(r"\d{4}", value) or m.group(0).endswith("年度")) \
                    or unit in ("家", "项") and (GROUP_SAID.search(norm) or "推" in norm[max(0, m.start(2) - 4):m.start(2)]) \
                    or re.search(r"了$|[才刚已快]", m.group(1)) or norm[m.end():m.end() + 1] == "了" \
                    or re.search(r"差[^，,。]{0,5}$|(?:大概|大约|约|差不多|接近|将近|只有|不够|不到|没到|不足|低于)$", norm[:m.start(2)]) \
                    or re.match(r"\s*(?:左右|多|出头)", norm[m.end():]) or value == "一" and unit in ("家", "名", "人") \
                    or any("eligibility" not in u.near and u.match.search(norm[max(0, m.start(2) - 8):m.end()]) for u in self.rules.unstated_in(norm)):
                continue  # "集团下面3家子公司", "才用了一年半", "一家做…的企业": the asker's own, no rule
            number = cn_number(value)
            if unit == "年" and m.group(1).endswith("近") and (said := self._recent(norm, number)):  # '数据要放近五年的吧'
                return self._fix(f"不是近{value}年：通知写的是“{said[0]}”。", said[1]) if said[0] else None
            said = _FILLER.sub("", re.split(r"[。？！?!，,；;]", norm[max(0, m.start(2) - 8):m.start(2)])[-1])[-4:]  # '注册还是要满三年': 注册要满
            key = re.sub(r"(?:是|为|要|在|到|达到|得)$", "", LEAD.sub("", said))[-2:]  # '门槛是5000万': 门槛
            key = "" if key in ("门槛", "标准", "要求", "条件", "至少", "起码", "最低", "下限", "底线") else key  # any sentence's
            lead = said[said.rfind(key):] if len(key) == 2 else said
            phrase = (lead + value + unit).strip()
            stated = stated_number(self.n, said, unit, norm)
            if stated and stated[0] != number:  # "注册满两年" where the notice says "注册满三年"
                return self._fix(f"不是{phrase}：{stated[1]}", stated[2])
            forms = {value, plain(number)} | {k for k in cn_forms(number)}
            # "三年" of "近三年数据" is not a condition on years since founding: the number must sit by the same word
            near = [sentence_around(self.body, x.start(), x.start() + 1) for f in forms
                    for x in re.finditer(re.escape(f + unit), self.body)]
            if stated or any(len(key) < 2 or key in sent for sent in near) or any(m.group(1)[-1:] + f + unit in self.body for f in forms):
                continue  # "近三年" as the notice writes it
            el, told = self.n.eligibility, unit in ("亿", "亿元", "万", "万元") and re.search(r"营收|营业收入|收入|产值|销售", norm)
            return self._fix(f"您说的{phrase}请对照通知的申报条件（见下）。" if told and el else  # '我们1.3亿': a revenue told, no rule
                             f"通知中没有“{phrase}”这样的规定{'；申报条件见下。' if el else '。'}", el.clause if el else "")
        return None
