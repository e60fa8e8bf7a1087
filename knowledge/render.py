"""Turn knowledge-base facts into reply sections, in Chinese or English. Every section names its clauses."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import Item, Knowledge, Step, Unit


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]
    sources: tuple[str, ...]

    def render(self, en: bool) -> str:
        src = "、".join(self.sources)
        tail = f"(Source: {src})" if en else f"（出处：{src}）"
        head = f"[{self.title}]" if en else f"【{self.title}】"
        return "\n".join((head, *self.lines, tail)) if self.sources else "\n".join((head, *self.lines))


def zh_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def en_date(d: dt.date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def tz_label(kb: Knowledge, en: bool) -> str:
    if kb.notice.meta.timezone == "Asia/Shanghai":
        return "Beijing time" if en else "北京时间"
    return kb.notice.meta.timezone


def when_text(kb: Knowledge, when: str, en: bool = False) -> str:
    """'YYYY-MM-DD HH:MM' as 'Y年M月D日 HH:MM（北京时间）'; a bare date stays a date."""
    day_s, _, time_s = when.partition(" ")
    day = dt.date.fromisoformat(day_s)
    if en:
        return f"{en_date(day)}, {time_s} ({tz_label(kb, True)})" if time_s else en_date(day)
    return f"{zh_date(day)} {time_s}（{tz_label(kb, False)}）" if time_s else zh_date(day)


def deadline_text(kb: Knowledge, en: bool = False) -> str:
    """The deadline as the notice writes it: 'Y年M月D日 HH:MM（北京时间）'."""
    return when_text(kb, kb.notice.submission.deadline, en) if kb.notice.submission else ""


def time_left(kb: Knowledge, now: dt.datetime, en: bool = False) -> str:
    """'还有 4 天 12 小时' / '只剩 3 小时 30 分钟（今天 24:00 截止）' before the deadline; '' once it has passed."""
    if kb.deadline is None:
        return ""
    seconds = int((kb.deadline - now).total_seconds())
    if seconds <= 0:
        return ""
    days, rem = divmod(seconds, 86400)
    hours, minutes = rem // 3600, rem % 3600 // 60
    last_day = (kb.deadline - dt.timedelta(seconds=1)).astimezone(kb.tz).date()
    gap = (last_day - now.astimezone(kb.tz).date()).days
    time_s = kb.notice.submission.deadline.partition(" ")[2] or "24:00"
    if en:
        when = {0: f" (closes today at {time_s})", 1: f" (closes tomorrow at {time_s})"}.get(gap, "")
        return (f"only {hours} hours {minutes} minutes left{when}" if days == 0 else f"{days} days {hours} hours left{when}")
    when = {0: f"（今天 {time_s} 截止）", 1: f"（明天 {time_s} 截止）"}.get(gap, "")
    return f"只剩 {hours} 小时 {minutes} 分钟{when}" if days == 0 else f"还有 {days} 天 {hours} 小时{when}"


def countdown(kb: Knowledge, now: dt.datetime) -> str:
    """'距离截止还有 4 天 12 小时' or '本期申报已经截止', relative to the bot's clock."""
    when = deadline_text(kb).replace("（", "，").rstrip("）")
    left = time_left(kb, now)
    return f"距离截止{left}（{when}）。" if left else f"本期申报已经截止（截止时间：{when}）。"


def cn_count(n: int) -> str:
    """A count as Chinese prose writes it: 5 -> 五, 12 -> 12."""
    return "零一二三四五六七八九十"[n] if 0 <= n <= 10 else str(n)


def _join(*parts: str, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


def contact_line(c, en: bool = False, label: bool = True) -> str:
    """'政策咨询：ORG PERSON PHONE' from a Contact, leaving out what the notice does not give."""
    if en:
        return (f"{c.label_en or c.label}: " if label else "") + _join(c.person, c.org, c.phone, sep=", ")
    return (f"{c.label}：" if label else "") + _join(c.org, c.person, c.phone)


def unit_lines(unit: Unit, en: bool) -> tuple[str, ...]:
    rows = (("推荐单位", "Recommending unit", unit.name), ("地址", "Address", unit.address),
            ("联系人", "Contact person", unit.person), ("电话", "Phone", unit.phone))
    return tuple(f"{en_label}: {v}" if en else f"{zh}：{v}" for zh, en_label, v in rows if v)


def fill(kb: Knowledge, template: str) -> str:
    """Fill {site} {deadline} … in a data-file template from the knowledge base's own facts."""
    sub, mail = kb.notice.submission, kb.notice.mailing
    return template.format(site=sub.site if sub else "", site_name=sub.site_name if sub else "", deadline=deadline_text(kb),
                           form_name=sub.form_name if sub else "", form_how=sub.form_how if sub else "",
                           form_copies=sub.form_copies if sub else "",
                           mailing=" ".join(x for x in (mail.address, mail.person, mail.phone) if x) if mail else "")


def step_guide(kb: Knowledge, step: Step) -> str:
    """Concrete guidance for a checklist step, taken from the clauses it points to."""
    n = kb.notice
    if step.guide:
        return fill(kb, step.guide)
    src = step.guide_from
    section = {"eligibility": n.eligibility, "focuses": n.focuses, "materials": n.materials, "format": n.format,
               "supporting": n.supporting, "uploads": n.uploads, "seals": n.submission}.get(src)
    if section is None:
        return ""
    if src == "eligibility":
        return "；".join(f"{i}. {it.text}" for i, it in enumerate(n.eligibility.items, 1)) + "。"
    if src == "focuses":
        one = f"{n.submission.one_item}。" if n.submission and n.submission.one_item else ""
        return "遴选重点：" + "；".join(f"{it.clause} {it.title or it.text}" for it in n.focuses.items) + f"。{one}"
    if src == "materials":
        return "；".join(f"{p.title}（{p.limit} 字以内）" if p.limit else p.title for p in n.materials.parts) + "。"
    if src == "format":
        return "；".join(r.text for r in n.format.rules) + "。"
    if src == "supporting":
        return n.supporting.text
    if src == "uploads":
        return n.uploads.text
    return f"{n.submission.form_name}{n.submission.form_seals}。"  # seals


class Renderer:
    """Builds sections for one reply; `now` is the bot's clock, `en` the reply language."""

    def __init__(self, kb: Knowledge, now: dt.datetime, en: bool, display=None) -> None:
        self.kb, self.n, self.now, self.en = kb, kb.notice, now.astimezone(kb.tz), en
        self.display = display or (lambda key: kb.geography.districts[key].name)

    def t(self, zh: str, en: str) -> str:
        return en if self.en else zh

    def _form_line(self) -> str:
        """'申报信息表（在线填写，下载打印）需加盖…后提交纸质材料（一份），其他申报材料在线提交即可。'"""
        sub = self.n.submission
        how = f"（{sub.form_how}）" if sub.form_how else ""
        copies = f"后提交纸质材料（{sub.form_copies}）" if sub.form_copies else ""
        rest = f"；{sub.rest_online}" if sub.rest_online else ""
        return f"{sub.form_name or '申报表'}{how}{sub.form_seals}{copies}{rest}。"

    def _items(self, items: tuple[Item, ...], picked: tuple[int, ...]) -> list[str]:
        chosen = [items[i] for i in picked] if picked else list(items)
        out = []
        for it in chosen:
            if self.en:  # official Chinese title first, then the English
                title = " ".join(x for x in (it.title, f"({it.en_title})" if it.en_title else "") if x)
                out.append(f"• {it.clause} {title}: {it.en or it.text}" if title else f"• {it.clause} {it.en or it.text}")
            else:
                out.append(f"• {it.clause} {it.title}：{it.text}" if it.title else f"• {it.clause} {it.text}")
        return out

    # ------------------------------------------------------------ deadline & submission
    def deadline(self, a) -> Section:
        sub, left = self.n.submission, time_left(self.kb, self.now, self.en)
        now_s = f"{zh_date(self.now.date())} {self.now:%H:%M}" if not self.en else f"{en_date(self.now.date())} {self.now:%H:%M}"
        where = f"，在{sub.site_name}在线提交申报材料" if sub.site_name else ""
        lines = [self.t(f"申报截止时间：{deadline_text(self.kb)}{where}。",
                        f"Applications must be submitted{' online' if sub.site else ''} by {deadline_text(self.kb, True)}.")]
        sources = [sub.clause]
        for extra in sub.deadlines:
            lines.append(self.t(f"{extra.label}：{when_text(self.kb, extra.when)}（{extra.text}）",
                                f"Also: {when_text(self.kb, extra.when, True)} — {extra.text}"))
            sources.append(extra.clause)
        if not left:
            pol = self.n.consultation.any()
            ask = self.t(f"，或咨询{contact_line(pol)}", f", or ask {contact_line(pol, True)}") if pol else ""
            lines.append(self.t(f"按当前时间（{now_s}），本期申报已经截止。后续安排请关注{self.n.meta.issuer_short or self.n.meta.issuer}的新通知{ask}。",
                                f"As of {now_s} (Beijing time) the deadline has passed; this round is closed{ask}."))
            if pol:
                sources.append(pol.clause)
        else:
            lines.append(self.t(f"按当前时间（{now_s}），距离截止{left}。", f"As of {now_s}, {left}."))
        return Section(self.t("截止时间", "Deadline"), tuple(lines), tuple(sources))

    def submit(self, a) -> Section:
        sub, fill_ = self.n.submission, self.n.consultation.filling or self.n.consultation.any()
        lines = [self.t(f"网址：{sub.site}", f"Website: {sub.site}")] if sub.site else []
        lines.append(self.t(f"{sub.online}；截止 {deadline_text(self.kb)}。" if sub.online else sub.text,
                            f"Submit the application materials{' online' if sub.site else ''} by {deadline_text(self.kb, True)}."))
        if sub.form_name and sub.online:
            lines.append(self.t(self._form_line(), f"The {sub.form_name} (application form) goes on paper"
                                f"{' (' + sub.form_copies + ')' if sub.form_copies else ''}; see the clause for details."))
        sources = [sub.clause]
        for v in sub.site_variants if fill_ else ():
            lines.append(self.t(f"注意：{v.where}写作 {v.url}，与正文写法不同；以上按正文。如无法访问，请致电{fill_.label}："
                                f"{contact_line(fill_, label=False)}。",
                                f"Note: {v.clause} spells the address {v.url}, unlike the main text; the main text is "
                                f"given above. If it does not open, call {fill_.person} ({fill_.org}), {fill_.phone}."))
            sources += [v.clause, fill_.clause]
        return Section(self.t("在哪里、怎么提交", "Where and how to submit"), tuple(lines), tuple(sources))

    def paper(self, a) -> Section:
        sub, mail, up = self.n.submission, self.n.mailing, self.n.uploads
        lines = [self.t(f"{sub.paper_text}。{sub.rest_online + '。' if sub.rest_online else ''}" if sub.paper_text else self._form_line(),
                        f"The {sub.form_name or 'application form'} goes on paper"
                        f"{' (' + sub.form_copies + ')' if sub.form_copies else ''}"
                        f"{': fill it in online, print it, get it sealed; all other materials are submitted online' if sub.rest_online else ''}.")]
        sources = [sub.clause_of("form_copies")]
        if up and re.search(r"纸质|原件|扫描|章", up.text):
            lines.append(self.t(up.text, up.en or up.text))
            sources.append(up.clause)
        for extra in sub.deadlines:
            lines.append(self.t(f"{extra.label}：{when_text(self.kb, extra.when)}", f"Deadline: {when_text(self.kb, extra.when, True)}"))
            sources.append(extra.clause)
        if "mail" not in a.intents and mail:
            lines.append(self.t(f"{mail.label}：{_join(mail.address, mail.person, mail.phone)}",
                                f"Mailing address: {_join(mail.address, mail.person, mail.phone, sep=', ')}"))
            sources.append(mail.clause)
        return Section(self.t("申报信息表与纸质材料", "Paper form"), tuple(lines), tuple(sources))

    def seal(self, a) -> Section:
        sub, up = self.n.submission, self.n.uploads
        copies = f"，然后提交纸质材料（{sub.form_copies}）" if sub.form_copies else ""
        lines = [self.t(f"{sub.form_name}{sub.form_seals}{copies}。",
                        f"The {sub.form_name} needs these seals: {sub.form_seals}"
                        f"{'; then send it on paper (' + sub.form_copies + ')' if sub.form_copies else ''}.")]
        sources = [sub.clause_of("form_seals")]
        if up and "章" in up.text:
            lines.append(self.t(f"（{up.clause}同样规定：{up.text}）", up.en or up.text))
            sources.append(up.clause)
        if not a.district.resolved and self.n.units and "推荐单位" in sub.form_seals:
            lines.append(self.t(f"推荐单位即企业所在区的主管部门；告诉我您在哪个区（如“{self.kb.example_place()}”），我来告诉您联系方式。",
                                "The recommending unit is your district authority: tell me your district for its contact."))
        return Section(self.t("盖章要求", "Seals"), tuple(lines), tuple(sources))

    def mail(self, a) -> Section:
        mail, sub = self.n.mailing, self.n.submission
        who = self.t("".join(x for x in (f"，收件人：{mail.person}" if mail.person else "", f"，电话：{mail.phone}" if mail.phone else "")),
                     "".join(x for x in (f", attn. {mail.person}" if mail.person else "", f", phone {mail.phone}" if mail.phone else "")))
        lines = [f"{mail.address}{who}"]
        sources = [mail.clause]
        if sub and sub.form_name:
            lines.append(self.t(f"寄送：{sub.form_name}（{sub.form_seals}）{('，纸质材料' + sub.form_copies) if sub.form_copies else ''}。",
                                f"What to send: the sealed {sub.form_name}{', ' + sub.form_copies if sub.form_copies else ''}."))
            sources.append(sub.clause)
        for extra in sub.deadlines if sub else ():
            lines.append(self.t(f"{extra.label}：{when_text(self.kb, extra.when)}", f"By {when_text(self.kb, extra.when, True)}"))
            sources.append(extra.clause)
        return Section(self.t(mail.label, "Mailing address"), tuple(lines), tuple(sources))

    def one_item(self, a) -> Section:
        sub = self.n.submission
        return Section(self.t("每家单位可申报几项", "How many applications"),
                       (self.t(f"{sub.one_item}。", "In principle each unit may apply with only one experience "
                               f"({sub.one_item})."),), (sub.clause_of("one_item"),))

    # ------------------------------------------------------------ conditions, focus, criteria
    def _section_of(self, sec, key: str, title_zh: str, title_en: str, a) -> Section:
        picked = a.items.get(key, ())
        intro = (sec.intro_en or sec.intro) if self.en else sec.intro
        lines = [f"{intro}{':' if self.en else '：'}", *self._items(sec.items, picked)]
        if picked and len(picked) < len(sec.items):
            others = "、".join(sec.items[i].clause for i in range(len(sec.items)) if i not in picked)
            lines.append(self.t(f"（以上是与您问题最相关的条目；其余：{others}，可问“{title_zh}”查看全部。）",
                                f"(The most relevant item is shown; ask about '{title_en}' for all of them: {others}.)"))
        clauses = tuple(sec.items[i].clause for i in picked) if picked else (sec.clause,)
        return Section(self.t(title_zh, title_en), tuple(lines), clauses)

    def eligibility(self, a) -> Section:
        return self._section_of(self.n.eligibility, "eligibility", "申报条件", "Eligibility", a)

    def focus(self, a) -> Section:
        return self._section_of(self.n.focuses, "focus", "遴选重点", "Selection focus", a)

    def criteria(self, a) -> Section:
        return self._section_of(self.n.criteria, "criteria", "遴选标准", "Selection criteria", a)

    # ------------------------------------------------------------ materials
    def _limit(self, limit: int) -> str:
        return self.t(f"{limit} 字以内", f"at most {limit:,} characters")

    def materials(self, a) -> Section:
        m = self.n.materials
        lines = [self.t(m.text, m.en or m.text)] if m.text else []
        lines.append(self.t(f"{m.title.replace('内容', '')}由以下{cn_count(len(m.parts))}个部分组成：", "The application has these parts:"))
        lines += [f"{i}. {p.title}{'（' + self._limit(p.limit) + '）' if p.limit else ''}" if not self.en else
                  f"{i}. {p.en + ' (' + p.title + ')' if p.en else p.title}{': ' + self._limit(p.limit) if p.limit else ''}"
                  for i, p in enumerate(m.parts, 1)]
        also = [x for x in (self.t(f"证实性材料（{self.n.supporting.clause}）", f"supporting materials ({self.n.supporting.clause})")
                            if self.n.supporting else "",
                            self.t(f"格式要求见{self.n.format.clause}", f"formatting rules in {self.n.format.clause}")
                            if self.n.format else "") if x]
        lines.append(self.t(f"另附：{'；'.join(also)}。" if also else "", f"Also: {'; '.join(also)}." if also else "")
                     + self.t("可以问我任一部分怎么写（如“摘要写什么”）。", " Ask me about any part."))
        return Section(self.t("申报材料怎么写", "Writing the application"), tuple(lines),
                       (m.clause, *(p.clause for p in m.parts)))

    def word_limits(self, a) -> Section:
        parts = self.n.materials.parts
        lines = [f"• {self.t(p.title, p.en or p.title)}：{self._limit(p.limit)}" if p.limit else
                 self.t(f"• {p.title}：通知未规定字数", f"• {p.en or p.title}: no limit stated") for p in parts]
        return Section(self.t("各部分字数要求", "Word limits"), tuple(lines), tuple(p.clause for p in parts))

    def part(self, a) -> Section:
        parts = self.n.materials.parts
        picked = [parts[i] for i in a.items.get("part", ())]
        lines = []
        for p in picked:
            lim = f"（{p.limit} 字以内）" if p.limit else ""
            lines.append(self.t(f"{p.title}{lim}：{p.text}",
                                f"{p.en or p.title} ({p.title}){', ' + self._limit(p.limit) if p.limit else ''}: {p.text_en or p.text}"))
        title = "、".join(self.t(p.title, p.en or p.title) for p in picked)
        return Section(title, tuple(lines), tuple(p.clause for p in picked))

    def format(self, a) -> Section:
        f = self.n.format
        return Section(self.t("排版格式要求", "Formatting rules"),
                       tuple(f"• {self.t(r.text, r.en or r.text)}" for r in f.rules), (f.clause,))

    def supporting(self, a) -> Section:
        pair = [c for c in (self.n.supporting, self.n.uploads) if c]
        return Section(self.t("证实性材料", "Supporting materials"), tuple(self.t(c.text, c.en or c.text) for c in pair),
                       tuple(c.clause for c in pair))

    # ------------------------------------------------------------ contacts
    def consult(self, a) -> Section:
        c = self.n.consultation
        contacts = {"policy": c.policy, "filling": c.filling}
        kinds = [k for k in a.contact_kinds if contacts.get(k)] or [k for k, v in contacts.items() if v]
        lines = [contact_line(contacts[k], self.en) for k in kinds]
        if len(kinds) == 2 and not a.district.resolved and self.n.units:
            lines.append(self.t("各区推荐单位（盖章、推荐）的联系方式：告诉我企业所在区即可。",
                                "For your district's recommending unit, tell me your district."))
        return Section(self.t("咨询电话", "Contacts"), tuple(lines), tuple(contacts[k].clause for k in kinds))

    def unit(self, key: str, a) -> Section:
        unit = self.kb.unit_for(key)
        geo = self.kb.geography.districts[key]
        lines = list(unit_lines(unit, self.en)) if unit else [self.t("通知未列出该区的推荐单位。", "The notice lists no unit for it.")]
        for typed, read in a.district.corrected:
            lines.append(self.t(f"（已把“{typed}”理解为“{read}”。）", f"(Read '{typed}' as {read}.)"))
        if a.district.note:
            lines.append(self.t(f"（{a.district.note}。）", f"({a.district.note}.)"))
        return Section(self.t(f"{geo.name} · 推荐单位联系方式", f"{self.display(key)} ({geo.name}): recommending unit"),
                       tuple(lines),
                       (self.n.units.clause,))

    def ask_district(self, a) -> Section:
        names = []
        for key in a.district.candidates:
            unit = self.kb.unit_for(key)
            names.append(f"{self.kb.geography.districts[key].name}（{unit.name}）" if unit else key)
        mention = "、".join(a.district.mentions)
        lines = [self.t(f"“{mention}”涉及不止一个推荐单位：{'、'.join(names)}。",
                        f"'{mention}' may belong to more than one recommending unit: {', '.join(names)}.")]
        if a.district.note:
            lines.append(self.t(f"说明：{a.district.note}。", f"Note: {a.district.note}."))
        lines.append(self.t("请告诉我企业注册所在的区（例如回复区名），我再给您对应的联系方式。",
                            "Which district is the company registered in? Reply with the district name."))
        return Section(self.t("请确认所在区", "Which district?"), tuple(lines), (self.n.units.clause,))

    def district_list(self, a) -> Section:
        lines = [f"• {u.name}｜{u.person}｜{u.phone}" for u in self.n.units.items]
        lines.append(self.t(f"告诉我企业所在区（如“{self.kb.example_place()}”），我给出该区推荐单位的地址和联系人。",
                            "Tell me your district for the full address and contact."))
        return Section(self.t(self.n.units.title, "Recommending units by district"), tuple(lines), (self.n.units.clause,))

    # ------------------------------------------------------------ fees, organisation
    def fee(self, a) -> Section:
        f = self.n.fees
        return Section(self.t("收费与防诈骗提醒", "Fees and fraud warning"), (self.t(f.text, f.en or f.text),), (f.clause,))

    def _clause(self, c, zh: str, en: str) -> Section:
        return Section(self.t(zh, en), (self.t(c.text, c.en or c.text),), (c.clause,))

    def review(self, a) -> Section:
        return self._clause(self.n.organisation.review, "遴选方式", "How the selection is run")

    def national(self, a) -> Section:
        return self._clause(self.n.organisation.national, f"推荐全国“{self.n.meta.programme}”", "National list")

    def mobilisation(self, a) -> Section:
        return self._clause(self.n.organisation.mobilisation, "各区和协会的组织工作", "Role of districts and associations")

    def process(self, a) -> Section:
        proc, fill_ = self.n.procedure, self.n.consultation.filling or self.n.consultation.any()
        lines = [self.t("按通知整理的申报步骤：", "The steps, as the notice sets them out:")]
        lines += [f"{i}. {s.title}（{s.clause}）" for i, s in enumerate(self.n.checklist, 1)]
        if proc and proc.steps:
            lines.append(self.t(f"{proc.clause}《{proc.title}》：", f"{proc.clause} ({proc.title}):"))
            lines += list(proc.steps)
        if proc and proc.truncated and fill_:
            lines.append(self.t(f"{proc.clause}《{proc.title}》原文只有一句：“{proc.text}”后面的具体操作步骤未随通知列出，"
                                f"请以在线申报系统中的说明为准；操作问题可咨询{contact_line(fill_)}。",
                                f"{proc.clause} ({proc.title}) contains only its first sentence; the detailed steps are in "
                                f"the online system. For help: {contact_line(fill_, True, False)}."))
        extra = [proc.clause] if proc else []
        extra += [fill_.clause] if proc and proc.truncated and fill_ else []
        return Section(self.t("申报流程", "Application steps"), tuple(lines),
                       tuple(dict.fromkeys([*(s.clause for s in self.n.checklist), *extra])))

    def about(self, a) -> Section:
        m, intro = self.n.meta, self.n.intro
        day = dt.date.fromisoformat(m.date) if m.date else None
        date = (en_date(day) if self.en else zh_date(day)) if day else ""
        number = f"（{m.doc_number}）" if m.doc_number else ""
        lines = (self.t(f"《{m.title}》{number}，{m.issuer}{'于' + date if date else ''}印发{'，主送' + m.addressees if m.addressees else ''}。",
                        f"{m.programme_en or m.programme_full or m.title}: notice {m.doc_number} issued by the "
                        f"{m.issuer_en or m.issuer}{' on ' + date if date else ''}."),
                 self.t(intro.text, intro.en or intro.text) if intro else "",
                 self.t("我可以回答：申报条件、遴选重点和标准、截止时间、提交方式、盖章与纸质材料、材料写法与字数、格式、"
                        "各区推荐单位、咨询电话、收费与防骗提醒。",
                        "Ask me about eligibility, focus and criteria, the deadline, how to submit, seals, writing "
                        "rules and word limits, formatting, district contacts, and fees."))
        return Section(self.t(f"关于{m.programme_full or m.programme}", f"About {m.programme_en or m.programme_full}"),
                       tuple(x for x in lines if x), tuple(x for x in (m.clause, intro.clause if intro else "", m.date_clause) if x))

    def attachments(self, a) -> Section:
        at = self.n.attachments
        return Section(self.t("附件", "Annexes"), tuple(f"• {x}" for x in at.items), (at.clause,))
