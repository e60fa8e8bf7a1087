"""Reply sections on contacts, fees, the organisation of the selection, the procedure and the notice itself.
A mixin of Renderer (knowledge/render.py): it uses the renderer's notice, clock, language and t()."""

from __future__ import annotations

import datetime as dt
import re

from .amended import amendment, moved_by, said_by
from .hours import ELSEWHERE
from .notice import PAPER_STEP
from .paper_plan import group_route, listed, whose
from .phrasing import Section, _join, contact_line, en_date, hotline_named, zh_date
from .recall import _SENTENCE
from .window import step_when

_CHANNEL = re.compile(r"公众号|微信|小程序|wechat", re.I)


def _parent(clause: str) -> str:
    """'七（四）' -> '七': the clause an item belongs to."""
    return re.sub(r"（[^（）]*）$", "", clause)


_WHERE_FROM = re.compile(r"(?:在哪|哪里|哪儿|去哪|从哪)[^。？！?!]{0,3}(?:下载|下|打印|填|找|拿|领)|下载地址|模板|\bdownload\b", re.I)  # '申报表在哪下'
_COPIES = re.compile(r"一式\s*[0-9一二两三四五六]\s*份(?:[（(][^）)]{0,12}[）)])?|(?<![0-9])[0-9一二两三四五六]\s*份(?:[（(][^）)]{0,12}[）)])?")
_WINDOW = re.compile(r"窗口|收件|收材料|受理点|收纸质")
_WHERE = re.compile(r"地址|在哪|哪里|哪儿|办公室|几楼|门牌|位置|怎么走|\b(address|where)\b")
_WHEN_OPEN = re.compile(r"几点|什么时间|时间段|有人|接听|上班|下班|周末|周六|周日|星期|礼拜|节假日|假期|今天|现在|这会|晚上|中午|午休|"
                        r"\b(hours|open|weekends?|saturday|sunday|lunch|tonight|now)\b", re.I)
_TIME_RANGE = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}\s*[—\-－~～至到]+\s*\d{1,2}\s*[:：]\s*\d{2}")
_FREE = re.compile(r"不[^。；，,]{0,8}收取[^。；]{0,6}费用|不收费|免费|不收取|无需缴纳|不需缴纳")
_REPORTED = re.compile(r"[\w.\-]+@[\w\-.]+|\d{7,8}")
_PAID = re.compile(r"(?:须|需|应)(?:缴纳|交纳|支付)[^。；]{0,10}费")

_EXCEPT = re.compile(r"例外|除外|不宜通过互联网")
_ALL_OF = re.compile(r"都有(啥|什么|哪些)要求|所有要求|全部要求|一次说全|说全|有哪些要求|啥要求都|all (the )?requirements")


class OtherSections:
    """Contacts, district units, fees, selection, procedure, about and annexes; the paper copies."""

    def _form_line(self) -> str:
        """'申报信息表（在线填写，下载打印）需加盖…后提交纸质材料（一份），其他申报材料在线提交即可。'"""
        sub = self.n.submission
        how = f"（{sub.form_how}）" if sub.form_how else ""
        copies = f"后提交纸质材料（{sub.form_copies}）" if sub.form_copies else ""
        rest = f"；{sub.rest_online}" if sub.rest_online else ""
        name = sub.form_name or "申报表"
        if sub.sealed == f"{sub.form_name}{sub.form_seals}":
            return f"{name}{how}{sub.form_seals}{copies}{rest}。"
        return f"{name}{how}，{sub.sealed}{copies}{rest}。"  # the rule names what is sealed itself

    def paper(self, a) -> Section:
        sub, mail, up = self.n.submission, self.n.mailing, self.n.uploads
        if sub.no_paper:  # '企业…均无需报送纸质材料': whatever form is sealed, nothing goes on paper
            own = next((p.text for p in self.n.passages if p.clause == sub.clause_of("no_paper")), "")
            but = next((x.strip() for x in _SENTENCE.findall(own) if _EXCEPT.search(x) and sub.no_paper not in x), "")  # '唯一例外：…'
            return Section(self.t("纸质材料", "Paper copies"), (self.t(f"不需要。通知写明：“{sub.no_paper}。”", "No paper copies "
                           f"are needed. The notice says: “{sub.no_paper}.”"), *((self.t(f"例外：“{but}”", f"Exception: “{but}”"),) if but else ())),
                           (sub.clause_of("no_paper"),))
        rest = f"{sub.rest_online}。" if sub.rest_online and sub.rest_online not in sub.paper_text else ""
        lines = [self.t(f"{sub.paper_text}。{rest}" if sub.paper_text else self._form_line(),
                        f"The {sub.form_name or 'application form'} goes on paper"
                        f"{' (' + sub.form_copies + ')' if sub.form_copies else ''}"
                        f"{': fill it in online, print it, get it sealed; all other materials are submitted online' if sub.rest_online else ''}.")]
        sources = [sub.clause_of("form_copies")]
        if a is not None and sub.site and _WHERE_FROM.search(a.text.norm) and re.search(r"在线|网上|系统|下载", f"{sub.paper_text}{sub.form_how}"):
            lines.append(self.t(f"在申报网站填写、下载：{sub.site}", f"Fill it in and download it at {sub.site}"))
            sources.append(sub.clause_of("site"))
        each = [(p.title, m.group(0)) for p in (self.n.materials.parts if self.n.materials else ()) if (m := _COPIES.search(p.text))]
        if len(each) >= 2 and len({c for _, c in each}) >= 2 and not (a is not None and a.items.get("part")):  # a table of documents
            lines = [self.t("各项材料份数：" + "；".join(f"{t} {c}" for t, c in each) + "。", "Copies of each document: "
                            + "; ".join(f"{t}: {c}" for t, c in each) + ".")]
        if up and re.search(r"纸质|原件|扫描|章", up.text):
            lines.append(self.t(up.text, up.en or up.text))
            sources.append(up.clause)
        for extra in (x for x in sub.deadlines if x.label == PAPER_STEP or a is not None and x.label.startswith("推荐单位")
                      and listed(x, a.text.norm, True, sub.deadline)):  # the paper copies' date, the units' if asked
            moved = amendment(self.n, extra.label)  # a supplementary notice moved it: its words, over the notice's
            lines.append(self.t(f"{extra.label}{whose(extra)}：{step_when(self.kb, extra)}"
                                + (f"（以{said_by(self.n)}为准：{moved_by(moved.text, extra.when)}）" if moved else ""),
                                f"Deadline: {step_when(self.kb, extra, True)}" + (" (moved by a supplementary notice)" if moved else "")))
            sources.append(extra.clause)
        if a is not None and _ALL_OF.search(a.text.norm):  # "纸质的都有啥要求 一次说全": the printing and the seals too
            fmt = self.n.format
            printed = [r for r in (fmt.rules if fmt else ()) if re.search(r"纸质|装订|胶装|封皮", r.text)
                       and not re.search(r"电子|PDF|pdf|体|号字", r.text)]  # the paper copies' own, not the layout's
            lines += [self.t(f"{r.text}。", f"{r.en or r.text}.") for r in printed]
            sources += [r.clause or fmt.clause for r in printed]
            if sub.form_seals:
                lines.append(self.t(f"盖章：{sub.sealed}。", f"Seals: {sub.form_seals}."))
                sources.append(sub.clause_of("form_seals"))
        if "mail" not in a.intents and mail:
            lines.append(self.t(f"{mail.label}：{_join(mail.address, mail.person, mail.phone)}",
                                f"Mailing address: {_join(mail.address, mail.person, mail.phone, sep=', ')}"))
            sources.append(mail.clause)
        return Section(self.t("申报信息表与纸质材料", "Paper form"), tuple(lines), tuple(sources))

    # ------------------------------------------------------------ contacts
    def consult(self, a) -> Section:
        """The hotlines for the kinds of question asked ('系统登录不上' -> the system's support), else all of them."""
        c = self.n.consultation
        asked = [k for k in a.contact_kinds if c.of_kind(k)]
        chosen = list(dict.fromkeys(x for k in asked for x in c.of_kind(k))) or list(c.all())
        named = [x for x in chosen if x.person and x.person in a.text.compact]  # '<某人>的电话': that person's line
        labelled = c.labelled(a.text.compact) if a is not None else None  # '品牌培育的问谁': that programme's hotline
        chosen = [labelled] if labelled else named or chosen
        where = a is not None and _WHERE.search(a.text.norm)  # '市工信局具体地址在哪': the office's address beside its line
        lines = [contact_line(x, self.en) + (self.t(f"，地址：{x.address}", f", address: {x.address}") if where and x.address else "") for x in chosen]
        window = [mail] if a is not None and (mail := self.n.mailing) and mail.phone and _WINDOW.search(a.text.norm) else []  # '窗口有电话吗'
        told = [r] if a is not None and (r := self.n.report) and re.search(r"投诉|举报|监督|纪检|纪委", a.text.norm) else []  # '投诉打哪个'
        lines = [self.t(r.text, r.text) for r in told] + [self.t(f"{m.label}：{_join(m.address, m.window, m.person, m.phone)}",
                        f"Where the paper goes: {_join(m.address, m.window, m.person, m.phone, sep=', ')}") for m in window] + lines
        if a is not None and _WHEN_OPEN.search(a.text.norm) and not ELSEWHERE.search(a.text.norm):  # a hotline's hours
            lines += [self.t(f"（{h}）", f"(The notice: “{h}”)") for h in self._hours(chosen)]
        parents = {_parent(x.clause) for x in chosen}  # '（四）微信咨询：关注“昆明工信”微信公众号…': no phone, still a way to ask
        channels = [p for p in self.n.passages if _CHANNEL.search(p.text) and p.clause not in {x.clause for x in chosen}
                    and _parent(p.clause) in parents - {p.clause}] \
            if a is not None and (_CHANNEL.search(a.text.norm) or len(chosen) >= 2) else []
        lines += [self.t(p.text, p.text) for p in channels[:1]]
        chosen_sources = [*(r.clause for r in told), *(m.clause for m in window), *(x.clause for x in chosen), *(p.clause for p in channels[:1])]
        if len(chosen) >= 2 and len(asked) != 1 and not a.district.resolved and self.n.units:
            lines.append(self.t(f"各推荐单位（盖章、推荐）的联系方式：告诉我企业所在{self.kb.place_word()}即可。",
                                "For your district's recommending unit, tell me your district."))
        return Section(self.t("咨询电话", "Contacts"), tuple(lines), tuple(dict.fromkeys(chosen_sources)))

    def _hours(self, chosen) -> list[str]:
        """The sentences of the contacts' own clauses that give a time of day ('服务时间为工作日8:30—17:30')."""
        out: list[str] = []
        for x in chosen:
            for c in (c for c in self.n.passages if c.clause == x.clause):
                out += [t for s in _SENTENCE.findall(c.text) if _TIME_RANGE.search(t := s.strip().rstrip("；;。")) and t not in out]
        return out[:3]

    # ------------------------------------------------------------ fees, organisation
    def fee(self, a) -> Section:
        f = self.n.fees
        free = _FREE.search(f.text) and not _PAID.search(f.text)  # the clause says no fee is charged: say so first
        lead = (self.t("申报不收费。", "No fee is charged. The notice says:"),) if free and not (self.en and f.en) else ()
        lines, clauses = [*lead, self.t(f.text, f.en or f.text)], [f.clause]
        r = self.n.report  # where to report it, when the fee clause does not say so itself
        if r and not any(x in f.text for x in _REPORTED.findall(r.text)):
            lines.append(self.t(r.text, r.en or r.text))
            clauses += [r.clause] if r.clause != f.clause else []
        if line := hotline_named(self.n, "".join(lines)):  # '请及时向政策咨询热线反映' without the number: the number
            lines.append(self.t(f"{line.label}：{line.phone}", f"{line.label}: {line.phone}"))
            clauses.append(line.clause)
        return Section(self.t("收费与防诈骗提醒", "Fees and fraud warning"), tuple(lines), tuple(dict.fromkeys(clauses)))

    def _clause(self, c, zh: str, en: str) -> Section:
        return Section(self.t(zh, en), (self.t(c.text, c.en or c.text),), (c.clause,))

    def review(self, a) -> Section:
        return self._clause(self.n.organisation.review, "遴选方式", "How the selection is run")

    def national(self, a) -> Section:
        return self._clause(self.n.organisation.national, f"推荐全国“{self.n.meta.programme}”", "National list")

    def mobilisation(self, a) -> Section:
        sec = self._clause(self.n.organisation.mobilisation, "各区和协会的组织工作", "Role of districts and associations")
        sub = self.n.submission  # and the units' own step with its date ('在申报信息表上签署推荐意见并加盖公章，于…前…报送')
        step = next((x for x in (sub.deadlines if sub else ()) if x.label == "推荐单位报送" and x.text not in sec.lines[0]), None)
        return Section(sec.title, (*sec.lines, self.t(f"推荐单位报送：{step.text}", step.text)), (*sec.sources, step.clause)) if step else sec

    def process(self, a) -> Section:
        if self.n.materials and self.n.materials.handed_in() and a is not None and "材料" in a.text.norm \
                and not re.search(r"流程|步骤|程序|环节|怎么操作|第一步|先做什么|怎么填|如何填", a.text.norm):
            return self.materials(a)  # '材料清单发我一下': the notice's own list of documents, not the steps
        proc, fill_ = self.n.procedure, self.n.consultation.filling or self.n.consultation.any()
        lines = [self.t("按通知整理的申报步骤：", "The steps, as the notice sets them out:")]
        own = bool(proc and proc.steps and not proc.clause.startswith("附件"))  # '第一步：…第二步：…' in the notice itself: those
        lines += [] if own else [f"{i}. {s.title}（{s.clause}）" for i, s in enumerate(self.n.checklist, 1)]
        if proc and proc.steps:
            lines.append(self.t(f"{proc.clause}《{proc.title}》：", f"{proc.clause} ({proc.title}):"))
            lines += list(proc.steps)
        if proc and proc.truncated and fill_:
            lines.append(self.t(f"{proc.clause}《{proc.title}》原文只有一句：“{proc.text}”后面的具体操作步骤未随通知列出，"
                                f"请以在线申报系统中的说明为准；操作问题可联系{contact_line(fill_)}。",
                                f"{proc.clause} ({proc.title}) contains only its first sentence; the detailed steps are in "
                                f"the online system. For help: {contact_line(fill_, True, False)}."))
        extra = [proc.clause] if proc else []
        extra += [fill_.clause] if proc and proc.truncated and fill_ else []
        steps = () if own else tuple(s.clause for s in self.n.checklist)
        return Section(self.t("申报流程", "Application steps"), tuple(lines), tuple(dict.fromkeys([*steps, *extra])))

    def about(self, a) -> Section:
        m, intro = self.n.meta, self.n.intro
        day = dt.date.fromisoformat(m.date) if m.date else None
        date = (en_date(day) if self.en else zh_date(day)) if day else ""
        number = f"（{m.doc_number}）" if m.doc_number else ""
        lines = (self.t(f"《{m.title}》{number}，{m.issuer}{'于' + date if date else ''}印发{'，主送' + m.addressees if m.addressees else ''}。",
                        f"{m.programme_en or m.programme_full or m.title}: notice {m.doc_number} issued by the "
                        f"{m.issuer_en or m.issuer}{' on ' + date if date else ''}."),
                 self.t(intro.text, intro.en or intro.text) if intro else "",
                 self._supplement(),
                 self.t("我可以回答：申报条件、遴选重点和标准、截止时间、提交方式、盖章与纸质材料、材料写法与字数、格式、"
                        "各区推荐单位、咨询电话、收费与防骗提醒。",
                        "Ask me about eligibility, focus and criteria, the deadline, how to submit, seals, writing "
                        "rules and word limits, formatting, district contacts, and fees."))
        more = tuple(x.clause for x in self.n.amendments)
        return Section(self.t(f"关于{m.programme_full or m.programme}", f"About {m.programme_en or m.programme_full}"),
                       tuple(x for x in lines if x), tuple(x for x in (m.clause, intro.clause if intro else "", m.date_clause, *more) if x))

    def changes(self, a) -> Section:
        """'时间延了，条件有没有跟着变': the supplementary notice's changes as written (its last clause: what stays)."""
        return Section(self.t(f"{said_by(self.n)}的变更", "What the supplementary notice changed"), tuple(self._supplement().split("\n")),
                       tuple(x.clause for x in self.n.amendments))

    def _supplement(self) -> str:
        """The supplementary notice printed after the notice, and what it changed, clause by clause."""
        s = self.n.supplement
        if s is None:
            return ""
        day = dt.date.fromisoformat(s.date) if s.date else None
        number = f"（{s.doc_number}）" if s.doc_number else ""
        head = self.t(f"通知前另有“{s.title}”：" if said_by(self.n) != "补充通知" else f"另有补充通知《{s.title}》{number}"
                      f"{'，' + zh_date(day) + '印发' if day else ''}：",
                      f"A supplementary notice{' ' + s.doc_number if s.doc_number else ''}"
                      f"{' of ' + en_date(day) if day else ''} changes:")
        return "\n".join([head, *(f"• {x.text}" for x in self.n.amendments)])

    def attachments(self, a) -> Section:
        at = self.n.attachments
        return Section(self.t("附件", "Annexes"), tuple(f"• {x}" for x in at.items), (at.clause,))

    def mail(self, a) -> Section:
        mail, sub = self.n.mailing, self.n.submission
        who = self.t("".join(x for x in (f"，收件人：{mail.person}" if mail.person else "", f"，电话：{mail.phone}" if mail.phone else "")),
                     "".join(x for x in (f", attn. {mail.person}" if mail.person else "", f", phone {mail.phone}" if mail.phone else "")))
        lines = [f"{mail.address}{self.t(f'，{mail.window}', f' ({mail.window})') if mail.window else ''}{who}"]
        sources = [mail.clause]
        if a is not None and (own := group_route(self.kb, a.text.norm)):  # '临港的企业纸质材料交到哪': that area's route
            lines, sources = [self.t(f"{own.text}。", f"{own.text}."), self.t(f"（其他企业：{lines[0]}）", f"(Others: {lines[0]})")], [own.clause, *sources]
        if mail.onward:  # where the units send on to: said as the notice says it, with whose it is
            lines, sources = [*lines, f"{mail.onward}。"], [*sources, mail.onward_clause]
        if sub and sub.form_name:
            # Seals in two parts ("表加盖公章；纸质材料封面加盖公章、骑缝章"): the form's in brackets, the rest after it.
            form, _, rest = (x.strip("；; ") for x in sub.form_seals.partition("；"))
            form, rest = ("", rest or form) if re.search(r"网上|在线|线上|电子", form) else (form, rest)  # the online copy's, not the paper's
            copies = f"，纸质材料{sub.form_copies}" if sub.form_copies else ""
            verb = "寄送" if "寄" in mail.label else "报送"
            lines.append(self.t(f"{verb}：{sub.form_name}{f'（{form}）' if form else ''}{copies}。{f'{rest}。' if rest else ''}",
                                f"What to send: the sealed {sub.form_name}{', ' + sub.form_copies if sub.form_copies else ''}."))
            sources.append(sub.clause)
        for extra in (x for x in (sub.deadlines if sub else ()) if x.label == PAPER_STEP):  # the paper copies' own date
            lines.append(self.t(f"{extra.label}{whose(extra)}：{step_when(self.kb, extra)}", f"By {step_when(self.kb, extra, True)}"))
            sources.append(extra.clause)
        return Section(self.t(mail.label, "Mailing address" if "寄" in mail.label else "Where the paper copies go"), tuple(lines), tuple(sources))
