"""Replies that decline or ask back: unsafe and ghost-writing requests, attributes the notice leaves open,
and one-word questions that could mean several things. A mixin of Answerer (knowledge/answer.py)."""

from __future__ import annotations

import re

from .judgement import Ambiguous, Refusal, Unstated
from .phrasing import Section, contact_line
from .recall import _SENTENCE
from .text import prepare
from .topics import TOPICS, answerable
from .values import lazy

# A sentence on what false materials lead to: '对弄虚作假的，一经查实，取消其入选资格，并在3年内不得申报…'.
_FALSE = lazy(r"(弄虚作假|虚假|造假|不实)[^。；]{0,30}(取消|不得|追回|撤销|收回|通报|列入)")

# Topics named when the assistant explains what it can answer.
SHOWCASE = ("eligibility", "focus", "criteria", "deadline", "submit", "seal", "paper", "materials", "format",
            "district", "consult", "fee")


_WHAT_EN = {"forge": "forging or altering seals, certificates, data or signatures", "bribe": "offering gifts or bribes",
            "impersonate": "impersonating officials or others", "others_data": "obtaining other people's data",
            "conceal": "hiding penalties or evading credit checks"}


def too_long(n: int, limit: int) -> str:
    return (f"您的消息太长了（{n} 字）。请把问题缩短到 {limit} 字以内再发给我。\n"
            f"Your message is too long; please keep questions under {limit} characters.")


# Whether another may sign in someone's place ('能不能让副总代签一下'), not how to fake a signature.
_SIGN_ASKED = re.compile(r"代签|代替签字|代为签字|替[^。？！?!，,]{0,4}签")
_PERMISSION = re.compile(r"能不能|可不可以|可以吗|行不行|行吗|能否|可否|吗|么|吧|就行")
_FAKE_SIGN = re.compile(r"模仿|冒签|没事吧|仿冒|仿写|照着描|伪造|假|看不出|查不出|没人查|没人知道|不会发现|反正|偷偷|悄悄|别说|不说|\bPS\b|ps|P上")


class Declines:
    """Uses the answerer's kb, renderer factory and _finish."""

    def _fee_section(self, r) -> Section | None:
        return TOPICS["fee"].render(r, None) if self.kb.notice.fees else None

    def _fraud_rule(self) -> tuple[str, str] | None:
        """The notice's sentence on what happens to false materials ('对弄虚作假的，一经查实，取消其入选资格…'), with its clause."""
        found = [(s.strip(), c.clause) for c in self.kb.notice.passages for s in _SENTENCE.findall(c.text) if _FALSE.search(s) and len(s) <= 160]
        return max(found, key=lambda x: (x[0] == found[0][0], len(x[1]))) if found else None  # the first, in its own clause

    def _offer(self, en: bool) -> str:
        n = self.kb.notice
        can = []
        if n.materials:
            can.append("the parts and word limits of the materials" if en else "总结材料各部分写什么、字数限制")
        if n.format:
            can.append("the layout rules" if en else "排版格式要求")
        if n.draft_rules or n.materials:
            can.append("a pre-check of your own draft (send /check, or paste “检查摘要：…”)" if en
                       else "预检您自己写的草稿（发送 /check，或粘贴“检查摘要：……”）")
        if not can:
            can.append("what the notice requires" if en else "通知的各项要求")
        return ("I can help with: " + "; ".join(can) + ".") if en else ("我可以帮您：" + "；".join(can) + "。")

    def _published(self, question: str, en: bool) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The published lines of the people a message names, and their clauses."""
        n = self.kb.notice
        hits = [(contact_line(c, en), c.clause) for c in n.consultation.all() if c.person and c.person in question]
        hits += [(f"{u.name}：{u.person} {u.phone}", n.units.clause) for u in (n.units.items if n.units else ()) if u.person and u.person in question]
        return (tuple(h[0] for h in hits), tuple(dict.fromkeys(h[1] for h in hits))) if hits else None

    def _refuse(self, why: Refusal, r, en: bool, money: bool, agency: bool = False, question: str = ""):
        from .answer import Answer

        signs = why.kind == "forge" and _SIGN_ASKED.search(question) and _PERMISSION.search(question) and not _FAKE_SIGN.search(question)
        if signs and (signed := self._sign_rule()):  # '法人出差了，能不能让副总代签': the notice's rule on who signs
            sec = Section("Who signs" if en else "签字要求", (f"No: the notice says “{signed[0]}”" if en else
                                                            f"不可以由他人代签。通知写明：“{signed[0]}”",), (signed[1],))
            return Answer(sec.render(en), True, (signed[1],), ("seal",))
        if why.kind == "ghost":
            lead = ("Sorry, I can't write application texts or other documents for you: the materials must be the "
                    "enterprise's own account of its experience." if en else
                    "抱歉，我不代写申报书或其他文字（申报材料应由企业如实总结自己的经验），也不生成与申报无关的文字。")
        else:
            lead = (f"Sorry, I can't help with that: {_WHAT_EN.get(why.kind, 'it')} is against the rules and may be unlawful. "
                    "Everything submitted must be true and your own." if en else
                    f"抱歉，这个忙我不能帮：{why.what}违反申报纪律，也可能违法。申报材料必须真实，由本单位如实提供。")
        sections = [Section("Not something I can do" if en else "无法提供帮助", (lead, self._offer(en)), ())]
        if why.fraud or money or agency:
            fee = self._fee_section(r)
            if fee:
                sections.append(fee)
            else:
                sections.append(Section("Note" if en else "提醒", (
                    "The notice mentions no fee; be wary of anyone who asks for money to secure a selection." if en else
                    "通知中没有任何收费规定；凡以保证入选为名收钱的，请提高警惕，向主管部门核实。",), ()))
        if why.kind == "others_data" and (named := self._published(question, en)):  # "陈立的私人手机给我": the published line
            sections.append(Section("The contact the notice gives" if en else "通知公布的联系方式", *named))
        if signs:  # none on who signs: say so, with the seals it does require
            ask = f"{c.label}（{' '.join(x for x in (c.person, c.phone) if x)}）" if (c := self.kb.notice.consultation.any()) else "政策咨询电话"
            sections.append(Section("Not stated in the notice" if en else "通知未规定", ("The notice does not say who must sign." if en else
                                    f"通知没有规定由谁签字（是否须法定代表人本人签字），请向{ask}确认。",), ()))
            sections += [r.seal(self.understander.analyse(prepare(question)))] if self.kb.notice.submission and self.kb.notice.submission.form_seals else []
        if why.kind == "forge" and (rule := self._fraud_rule()):  # "帮我编一份检测报告": what the notice does to false materials
            sections.append(Section("The notice on false materials" if en else "弄虚作假的后果", (f"“{rule[0]}”",), (rule[1],)))
        body = "\n\n".join(s.render(en) for s in sections)
        body += "\n\n" + self._capabilities(en, "").strip()  # what it can answer instead
        return Answer(body, False, tuple(dict.fromkeys(x for s in sections for x in s.sources)), ("refusal",))

    def _sign_rule(self) -> tuple[str, str] | None:
        """(sentence, clause) of the notice's rule on who signs ('由企业法定代表人签字并加盖企业公章')."""
        said = [(len(s), s.strip(), c.clause) for c in self.kb.notice.passages for s in re.findall(r"[^。\n]+。?", c.text)
                if re.search(r"法定代表人|法人代表", s) and re.search(r"签字|签名|签署|签章", s) and len(s) <= 160]
        return (min(said)[1], min(said)[2]) if said else None

    def _not_my_role(self, en: bool):
        """An attempt to change the assistant's role or read its settings: it answers from the notice only."""
        from .answer import Answer

        lead = ("Sorry, I only answer from the notice and cannot take on another role, confirm results or show my "
                "settings." if en else "抱歉，我只按通知原文回答申报问题，不能改变身份、不能确认评审结果，也不提供内部设置。")
        return Answer(self._capabilities(en, lead), False, (), ("outside",))

    def _outside(self, en: bool):
        """'ISO 9001 的 8.5.1 条是什么意思': explaining a standard or a law is not what the notice answers."""
        from .answer import Answer

        lead = ("Sorry, that is outside what I do: I answer questions about the notice itself; I do not explain standards "
                "or regulations, recommend firms, or answer everyday questions outside it." if en else
                "抱歉，这不在我的范围内：我只解答通知本身的问题；解读标准或法规条款、推荐机构、通知以外的生活消费问题，我都不作回答。")
        return Answer(self._capabilities(en, lead), False, (), ("outside",))

    def _unstated(self, found: list[Unstated], a, r, en: bool, warn: bool = False, said: list | None = None):
        """'通知没有规定X' + what it does say of it (`said`) or the nearest facts it does state + the right hotline."""
        from .answer import Answer

        c = self.kb.notice.consultation
        what = "、".join((u.en if en else f"“{u.label}”") for u in found)
        kind = found[0].contact
        contact = next(iter(c.of_kind(kind)), None) or c.any()  # a system question: the system's support, if any
        lines = [f"The notice does not state {what}." if en else f"通知中没有规定{what}，我不作推测。"]
        sections = [Section("Not stated in the notice" if en else "通知未规定", tuple(lines), ())]
        near = [t for u in found for t in u.near if answerable(self.kb.notice, t)]
        near = list(dict.fromkeys(near))[:2]
        if near:
            sections[0] = Section(sections[0].title, (*lines, "What it does state:" if en else "通知中相关的规定如下："), ())
        units = [k for k in a.district.districts[:6] if self.kb.unit_for(k)]
        if units:  # "<a unit>的邮箱": that unit's contacts are the nearest facts
            near = [t for t in near if t not in ("consult", "district")]
            if len(sections[0].lines) == 1:
                sections[0] = Section(sections[0].title, (*lines, "What it does state:" if en else "通知中相关的规定如下："), ())
        sections += [r.unit(k, a) for k in units] + [TOPICS[t].render(r, a) for t in near]
        if said:  # "能补贴多少钱": the notice's own words on the thing, short of the amount asked
            sections.insert(1, Section("From the notice" if en else "通知原文", tuple(f"“{c.text}”" for c in said),
                                       tuple(dict.fromkeys(c.clause for c in said))))
        fee = self._fee_section(r) if warn and "fee" not in near else None
        if fee:
            sections.append(fee)
        if contact:
            sections.append(Section("Ask" if en else "咨询", (
                f"For anything the notice leaves open, ask {contact_line(contact, True)}." if en else
                f"具体请联系{contact_line(contact)}。",), (contact.clause,)))
        body = "\n\n".join(s.render(en) for s in sections)
        return Answer(body, False, tuple(dict.fromkeys(x for s in sections for x in s.sources)), tuple(near), gap=True, districts=tuple(units))

    def _ask_which(self, amb: Ambiguous, r, en: bool):
        """'地址': which address? Each choice with what can be said at once, and a button for it."""
        from .answer import Answer

        n, lex = self.kb.notice, self.kb.lexicon.intents
        lines, choices, sources = [], [], []
        for ch in amb.choices:
            if not answerable(n, ch.topic):
                continue
            label = lex[ch.topic].label_en if en and ch.topic in lex else ch.label
            if ch.topic == "mail" and n.mailing:
                m = n.mailing
                lines.append(f"• {label}: {m.address} {m.person} {m.phone}".strip() if en else
                             f"• {label}：{m.address} {m.person} {m.phone}".strip())
                sources.append(m.clause)
            elif ch.topic == "consult":
                for x in n.consultation.all():
                    lines.append(f"• {contact_line(x, en)}")
                    sources.append(x.clause)
            elif ch.topic == "district":
                where = f"{self.kb.place_word()}（如“{self.kb.example_place()}”）"
                lines.append(f"• {label}: tell me your district" if en else f"• {label}：请告诉我企业所在{where}")
                sources.append(n.units.clause)
            else:
                lines.append(f"• {label}")
            choices.append((label, ch.label))
        if not choices:
            return None
        head = f"Which {amb.en} do you mean?" if en else (amb.ask or f"您问的是哪个{amb.word}？")
        body = Section("Which one?" if en else "请确认", (head, *lines), tuple(dict.fromkeys(sources))).render(en)
        return Answer(body, True, tuple(dict.fromkeys(sources)), (), choices=tuple(choices))

    # ------------------------------------------------------------ out of scope, and what the assistant can do
    def _sorry(self, a, en: bool) -> str:
        meta = self.kb.notice.meta
        if a.courtesy:  # "谢谢", "谢谢你的帮助", "收到": no question to answer
            thanks = re.search(r"谢|辛苦|thank", a.text.compact, re.I)
            return ("You're welcome! " if thanks else "OK! ") + "Ask me anything else about the application." if en else \
                ("不客气！" if thanks else "好的！") + "申报上还有什么问题，随时问我。"
        if a.about_me:  # "是官方的吗", "Can I trust your answers?": what the answers rest on, and who speaks officially
            pol = self.kb.notice.consultation.any()
            ask = (f" For an official answer, ask {contact_line(pol, True)}." if en else f"如需官方确认，请联系{contact_line(pol)}。") if pol else ""
            return (f"I am an assistant, not an official service: I answer questions about {meta.programme_en or meta.programme_full} "
                    f"from the notice itself ({self._basis()}) and cite its clauses.{ask}" if en else
                    f"您好！我是{meta.programme_full or meta.programme}（{self._basis()}）申报助手，不是官方渠道；回答以通知原文为准，"
                    f"并注明出处。{ask}")
        if en:
            return "Sorry, I can only help with questions about this programme."
        return "抱歉，这个问题不在我的范围内。" if a.chit_chat else "抱歉，我没能理解这个问题，或者通知里没有相关内容。"

    def _decline_scope(self, a, en: bool) -> str:
        meta = self.kb.notice.meta
        if a.out_of_scope == "programme":
            msg = (f"Sorry, “{a.oos_term}” is a different programme; I only cover {meta.programme_en or meta.programme_full}." if en else
                   f"抱歉，“{a.oos_term}”不是本助手负责的内容。我只解答{meta.programme_full or meta.programme}（{self._basis()}）的申报问题，"
                   f"其他项目请以主管部门发布的通知为准。")
        else:
            msg = (f"Sorry, I only cover the {meta.region_en or meta.region} programme, not “{a.oos_term}”." if en else
                   f"抱歉，我只解答{meta.region}“{meta.programme}”活动的问题，不掌握“{a.oos_term}”的相关信息。")
        return self._capabilities(en, msg)

    def _capabilities(self, en: bool, lead: str) -> str:
        lex = self.kb.lexicon.intents
        topics = [lex[t].label_en if en else lex[t].label for t in SHOWCASE if t in lex and answerable(self.kb.notice, t)]
        if en:
            return f"{lead}\nYou can ask me about: {', '.join(topics)}."
        return f"{lead}\n我可以回答{self.kb.notice.meta.programme_full or self.kb.notice.meta.programme}的这些问题：{'、'.join(topics)}。"

    def _basis(self) -> str:
        meta = self.kb.notice.meta
        return meta.doc_number or f"《{meta.title}》"

    def _label_en(self, label: str) -> str:
        """The English name of a thing notices usually leave open (the label itself when it has none)."""
        return next((u.en for u in self.kb.lexicon.unknowns if u.label == label and u.en), label)

    def _unknown_section(self, a, en: bool) -> Section:
        pol = self.kb.notice.consultation.any()
        what = ", ".join(self._label_en(u) for u in a.unknowns) if en else "、".join(f"“{u}”" for u in a.unknowns)
        ask = (f" Ask {contact_line(pol, True)}." if en else f"可联系{contact_line(pol)}。") if pol else ""
        line = (f"The notice does not mention {what}; I will not guess.{ask}"
                if en else f"通知中没有提到{what}，我不作推测。{ask}")
        return Section("Not in the notice" if en else "通知未涉及", (line,), (pol.clause,) if pol else ())

    def _unknown(self, a, en: bool) -> str:
        return self._unknown_section(a, en).render(en)
