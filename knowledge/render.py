"""Turn knowledge-base facts into reply sections, in Chinese or English. Every section names its clauses."""

from __future__ import annotations

import datetime as dt
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


def deadline_text(kb: Knowledge, en: bool = False) -> str:
    """The deadline as the notice writes it: '2024年3月1日 24:00（北京时间）'."""
    day_s, time_s = kb.notice.submission.deadline.split()
    day = dt.date.fromisoformat(day_s)
    if en:
        return f"{en_date(day)}, {time_s} ({tz_label(kb, True)})"
    return f"{zh_date(day)} {time_s}（{tz_label(kb, False)}）"


def time_left(kb: Knowledge, now: dt.datetime, en: bool = False) -> str:
    """'还有 4 天 12 小时' / '只剩 3 小时 30 分钟（今天 24:00 截止）' before the deadline; '' once it has passed."""
    seconds = int((kb.deadline - now).total_seconds())
    if seconds <= 0:
        return ""
    days, rem = divmod(seconds, 86400)
    hours, minutes = rem // 3600, rem % 3600 // 60
    last_day = (kb.deadline - dt.timedelta(seconds=1)).astimezone(kb.tz).date()
    gap = (last_day - now.astimezone(kb.tz).date()).days
    time_s = kb.notice.submission.deadline.split()[1]
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


def unit_lines(unit: Unit, en: bool) -> tuple[str, ...]:
    if en:
        return (f"Recommending unit: {unit.name}", f"Address: {unit.address}", f"Contact person: {unit.person}",
                f"Phone: {unit.phone}")
    return (f"推荐单位：{unit.name}", f"地址：{unit.address}", f"联系人：{unit.person}", f"电话：{unit.phone}")


def fill(kb: Knowledge, template: str) -> str:
    """Fill {site} {deadline} … in a data-file template from the knowledge base's own facts."""
    sub, mail = kb.notice.submission, kb.notice.mailing
    return template.format(site=sub.site, site_name=sub.site_name, deadline=deadline_text(kb),
                           form_name=sub.form_name, form_how=sub.form_how, form_copies=sub.form_copies,
                           mailing=f"{mail.address} {mail.person} {mail.phone}")


def step_guide(kb: Knowledge, step: Step) -> str:
    """Concrete guidance for a checklist step, taken from the clauses it points to."""
    n = kb.notice
    if step.guide:
        return fill(kb, step.guide)
    src = step.guide_from
    if src == "eligibility":
        return "；".join(f"{i}. {it.text}" for i, it in enumerate(n.eligibility.items, 1)) + "。"
    if src == "focuses":
        return "遴选重点：" + "；".join(f"{it.clause} {it.title}" for it in n.focuses.items) + f"。{n.submission.one_item}。"
    if src == "materials":
        return "；".join(f"{p.title}（{p.limit} 字以内）" for p in n.materials.parts) + "。"
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
        lines = [self.t(f"申报截止时间：{deadline_text(self.kb)}，在{sub.site_name}在线提交申报材料。",
                        f"Applications must be submitted online by {deadline_text(self.kb, True)}.")]
        sources = [sub.clause]
        if not left:
            pol = self.n.consultation.policy
            lines.append(self.t(f"按当前时间（{now_s}），本期申报已经截止。后续安排请关注{self.n.meta.issuer_short}的新通知，"
                                f"或咨询{pol.label}：{pol.org} {pol.person} {pol.phone}。",
                                f"As of {now_s} (Beijing time) the deadline has passed; this round is closed. "
                                f"For later rounds, ask {pol.org} ({pol.person}, {pol.phone})."))
            sources.append(pol.clause)
        else:
            lines.append(self.t(f"按当前时间（{now_s}），距离截止{left}。", f"As of {now_s}, {left}."))
        return Section(self.t("截止时间", "Deadline"), tuple(lines), tuple(sources))

    def submit(self, a) -> Section:
        sub, fill_ = self.n.submission, self.n.consultation.filling
        lines = [self.t(f"网址：{sub.site}", f"Website: {sub.site}"),
                 self.t(f"{sub.online}；截止 {deadline_text(self.kb)}。",
                        f"Submit the application materials online ({sub.site_name}) by {deadline_text(self.kb, True)}."),
                 self.t(f"{sub.form_name}（{sub.form_how}）{sub.form_seals}后提交纸质材料（{sub.form_copies}），{sub.rest_online}。",
                        f"The {sub.form_name} (application information form) is filled in online, printed, sealed, "
                        f"and sent on paper ({sub.form_copies}); everything else is submitted online.")]
        sources = [sub.clause]
        for v in sub.site_variants:
            lines.append(self.t(f"注意：{v.where}写作 {v.url}，与正文写法不同；以上按正文。如无法访问，请致电{fill_.label}："
                                f"{fill_.org} {fill_.person} {fill_.phone}。",
                                f"Note: {v.clause} spells the address {v.url}, unlike the main text; the main text is "
                                f"given above. If it does not open, call {fill_.person} ({fill_.org}), {fill_.phone}."))
            sources += [v.clause, fill_.clause]
        return Section(self.t("在哪里、怎么提交", "Where and how to submit"), tuple(lines), tuple(sources))

    def paper(self, a) -> Section:
        sub, mail = self.n.submission, self.n.mailing
        lines = [self.t(f"{sub.form_name}（{sub.form_how}）{sub.form_seals}后提交纸质材料（{sub.form_copies}）；{sub.rest_online}。",
                        f"Only the {sub.form_name} (application information form) goes on paper ({sub.form_copies}): "
                        f"fill it in online, print it, get it sealed; all other materials are submitted online."),
                 self.t(self.n.uploads.text, self.n.uploads.en or self.n.uploads.text)]
        sources = [sub.clause, self.n.uploads.clause]
        if "mail" not in a.intents:
            lines.append(self.t(f"{mail.label}：{mail.address} {mail.person} {mail.phone}",
                                f"Mailing address: {mail.address}, {mail.person}, {mail.phone}"))
            sources.append(mail.clause)
        return Section(self.t("申报信息表与纸质材料", "Paper form"), tuple(lines), tuple(sources))

    def seal(self, a) -> Section:
        sub = self.n.submission
        lines = [self.t(f"{sub.form_name}{sub.form_seals}，然后提交纸质材料（{sub.form_copies}）。",
                        f"The {sub.form_name} (application information form) needs your unit's official seal (单位公章) "
                        f"and then the seal of the recommending unit (推荐单位, your district authority); "
                        f"then send it on paper ({sub.form_copies})."),
                 self.t(f"（{self.n.uploads.clause}同样规定：{self.n.uploads.text}）", self.n.uploads.en or self.n.uploads.text)]
        if not a.district.resolved:
            lines.append(self.t(f"推荐单位即企业所在区的主管部门；告诉我您在哪个区（如“{self.kb.example_place()}”），我来告诉您联系方式。",
                                "The recommending unit is your district authority: tell me your district for its contact."))
        return Section(self.t("盖章要求", "Seals"), tuple(lines), (sub.clause, self.n.uploads.clause))

    def mail(self, a) -> Section:
        mail, sub = self.n.mailing, self.n.submission
        lines = (self.t(f"{mail.address}，收件人：{mail.person}，电话：{mail.phone}",
                        f"{mail.address}, attn. {mail.person}, phone {mail.phone}"),
                 self.t(f"寄送：{sub.form_name}（{sub.form_seals}），纸质材料{sub.form_copies}。",
                        f"What to send: the sealed {sub.form_name} (application information form), {sub.form_copies}."))
        return Section(self.t(mail.label, "Mailing address"), lines, (mail.clause, sub.clause))

    def one_item(self, a) -> Section:
        sub = self.n.submission
        return Section(self.t("每家单位可申报几项", "How many applications"),
                       (self.t(f"{sub.one_item}。", "In principle each unit may apply with only one experience "
                               f"({sub.one_item})."),), (sub.clause,))

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
        lines = [self.t(m.text, m.en or m.text), self.t("总结材料由以下五部分组成：", "The summary has these parts:")]
        lines += [f"{i}. {self.t(p.title, p.en)}（{self._limit(p.limit)}）" if not self.en else
                  f"{i}. {p.en} ({p.title}): {self._limit(p.limit)}" for i, p in enumerate(m.parts, 1)]
        lines.append(self.t(f"另附：证实性材料（{self.n.supporting.clause}）；格式要求见{self.n.format.clause}。"
                            "可以问我任一部分怎么写（如“摘要写什么”）。",
                            f"Also: supporting materials ({self.n.supporting.clause}); formatting rules in "
                            f"{self.n.format.clause}. Ask me about any part."))
        return Section(self.t("申报材料怎么写", "Writing the application"), tuple(lines),
                       (m.clause, *(p.clause for p in m.parts)))

    def word_limits(self, a) -> Section:
        parts = self.n.materials.parts
        lines = [f"• {self.t(p.title, p.en)}：{self._limit(p.limit)}" for p in parts]
        return Section(self.t("各部分字数要求", "Word limits"), tuple(lines), tuple(p.clause for p in parts))

    def part(self, a) -> Section:
        parts = self.n.materials.parts
        picked = [parts[i] for i in a.items.get("part", ())]
        lines = []
        for p in picked:
            lines.append(self.t(f"{p.title}（{p.limit} 字以内）：{p.text}",
                                f"{p.en} ({p.title}), {self._limit(p.limit)}: {p.text_en or p.text}"))
        title = "、".join(self.t(p.title, p.en) for p in picked)
        return Section(title, tuple(lines), tuple(p.clause for p in picked))

    def format(self, a) -> Section:
        f = self.n.format
        return Section(self.t("排版格式要求", "Formatting rules"),
                       tuple(f"• {self.t(r.text, r.en or r.text)}" for r in f.rules), (f.clause,))

    def supporting(self, a) -> Section:
        s, u = self.n.supporting, self.n.uploads
        return Section(self.t("证实性材料", "Supporting materials"),
                       (self.t(s.text, s.en or s.text), self.t(u.text, u.en or u.text)), (s.clause, u.clause))

    # ------------------------------------------------------------ contacts
    def consult(self, a) -> Section:
        c = self.n.consultation
        kinds = [k for k in a.contact_kinds if k in ("policy", "filling")] or ["policy", "filling"]
        lines = []
        for k in kinds:
            ct = getattr(c, k)
            lines.append(self.t(f"{ct.label}：{ct.org} {ct.person} {ct.phone}",
                                f"{ct.label_en}: {ct.person}, {ct.org}, {ct.phone}"))
        if len(kinds) == 2 and not a.district.resolved:
            lines.append(self.t("各区推荐单位（盖章、推荐）的联系方式：告诉我企业所在区即可。",
                                "For your district's recommending unit, tell me your district."))
        return Section(self.t("咨询电话", "Contacts"), tuple(lines), tuple(getattr(c, k).clause for k in kinds))

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
        return self._clause(self.n.organisation.national, "推荐全国“质量标杆”", "National list")

    def mobilisation(self, a) -> Section:
        return self._clause(self.n.organisation.mobilisation, "各区和协会的组织工作", "Role of districts and associations")

    def process(self, a) -> Section:
        proc, fill_ = self.n.procedure, self.n.consultation.filling
        lines = [self.t("按通知整理的申报步骤：", "The steps, as the notice sets them out:")]
        lines += [f"{i}. {s.title}（{s.clause}）" for i, s in enumerate(self.n.checklist, 1)]
        if proc.truncated:
            lines.append(self.t(f"{proc.clause}《{proc.title}》原文只有一句：“{proc.text}”后面的具体操作步骤未随通知列出，"
                                f"请以在线申报系统中的说明为准；操作问题可咨询{fill_.label}：{fill_.org} {fill_.person} {fill_.phone}。",
                                f"{proc.clause} ({proc.title}) contains only its first sentence; the detailed steps are in "
                                f"the online system. For help: {fill_.person}, {fill_.org}, {fill_.phone}."))
        return Section(self.t("申报流程", "Application steps"), tuple(lines),
                       tuple(dict.fromkeys([*(s.clause for s in self.n.checklist), proc.clause, fill_.clause])))

    def about(self, a) -> Section:
        m, intro = self.n.meta, self.n.intro
        date = zh_date(dt.date.fromisoformat(m.date)) if not self.en else en_date(dt.date.fromisoformat(m.date))
        lines = (self.t(f"《{m.title}》（{m.doc_number}），{m.issuer}于{date}印发，主送{m.addressees}。",
                        f"{m.programme_en}: notice {m.doc_number} issued by the {m.issuer_en} on {date}."),
                 self.t(intro.text, intro.en or intro.text),
                 self.t("我可以回答：申报条件、遴选重点和标准、截止时间、提交方式、盖章与纸质材料、材料写法与字数、格式、"
                        "各区推荐单位、咨询电话、收费与防骗提醒。",
                        "Ask me about eligibility, focus and criteria, the deadline, how to submit, seals, writing "
                        "rules and word limits, formatting, district contacts, and fees."))
        return Section(self.t(f"关于{m.programme_full}", f"About {m.programme_en}"), lines,
                       (m.clause, intro.clause, m.date_clause))

    def attachments(self, a) -> Section:
        at = self.n.attachments
        return Section(self.t("附件", "Annexes"), tuple(f"• {x}" for x in at.items), (at.clause,))
