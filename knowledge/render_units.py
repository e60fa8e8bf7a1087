"""Reply sections on the recommending units: one unit's card, the list of units (or, without a list, to whom each kind of
firm applies), their quotas, and the question back when a place may belong to several units.

A mixin of Renderer (knowledge/render.py): it uses the renderer's knowledge base, notice, language and t().
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from .amended import amendment, said_by
from .kind_units import first_named, kind_named, other_kinds, unit_of
from .notice import ExtraDeadline
from .phrasing import Section, contact_line, first_sentence, unit_lines
from .routes import left_out, route_for, route_section
from .unit_asks import look_alike, other_places, quoted, reach_said, said_of_place, unlisted_place
from .unit_days import off_hours
from .unit_list import unit_rows
from .values import NUM, cn_number, lazy

_ADDRESS_ASKED = re.compile(r"地址|在哪(?!天|一天)|办公地点|怎么走|\baddress\b", re.I)
_MAIL_ASKED = re.compile(r"邮箱|邮件|e-?mail", re.I)
_HOW_MANY = re.compile(r"几家|几个|几项|多少家|多少个|多少项|名额|指标|\bquota|how many")
_REGISTERED = re.compile(r"行政区域内|辖区内|注册|登记|设立")
_ZONE_RULE = lazy(r"[^。；;：:]*(?:园区|开发区|高新区|新区|产业园)[^。；;]*(?:推荐|申报|报送)[^。；;]*?(?:不再|无需|不需|不经|而非|而不是)[^。；;]*")
_QUOTA_SAID = re.compile(rf"推荐?\s*(?:不超过)?\s*{NUM}\s*(?:个|项|家)|{NUM}\s*(?:个|项|家)[^。？?]{{0,8}}?(?:都|全部|全)(?:能|可以)?推")  # "每个区只能推5个"


class UnitSections:
    """The recommending units."""

    def routed(self, a, left_only: bool = False) -> Section | None:
        """'我们是市属国企，厂在夷陵': that kind of firm's own route, not its place's unit; '我们在宁东': the sentence leaving it out."""
        route = ((None if left_only else route_for(self.kb, a.text.norm)) or not a.chit_chat and left_out(self.kb, a.text.norm)) if a is not None else None
        return route_section(route, self.en) if route else None

    def route_lines(self, a, word: str) -> list[str]:
        """The route's sentences that say `word` ('章', a date), for a reply on another topic."""
        route = route_for(self.kb, a.text.norm) if a is not None else None
        return [self.t(f"（{route.kind}等直接申报的企业，通知写明：{s}）", s) for _c, s in route.said[1:] if re.search(word, s)] if route else []

    def unit(self, key: str, a) -> Section:
        if routed := self.routed(a):
            return routed
        kind = kind_named(self.kb, a.text.norm) if a is not None else None  # '顺德的物流公司': the services table's unit
        unit, geo = (unit_of(kind, key) if kind else None) or self.kb.unit_for(key), self.kb.geography.districts[key]
        asks_quota = bool(unit and unit.quota and a is not None and (_HOW_MANY.search(a.text.norm) or _QUOTA_SAID.search(a.text.norm)))  # "…推几家"
        lines = list(unit_lines(unit, self.en, getattr(a, "fields", ()), asks_quota)) if unit else [
            self.t("通知未列出该区的推荐单位。", "The notice lists no unit for it.")]
        lines += [] if kind else other_kinds(self.kb, key, a.text.norm if a is not None else "", self.en)  # '（服务业企业向顺德区商务局…申报）'
        lines += [self.t(f"（已把“{typed}”理解为“{read}”。）", f"(Read '{typed}' as {read}.)") for typed, read in dict.fromkeys(a.district.corrected)]
        if a.district.note:
            lines.append(self.t(f"（{a.district.note}。）", f"({a.district.note}.)"))
        if unit and not unit.address and a is not None and _ADDRESS_ASKED.search(a.text.norm):  # "东莞工信局在哪个地址"
            lines.append(self.t(f"通知没有写{unit.name}的地址，请先电话联系确认。", f"The notice gives no address for {unit.name}; call to ask."))
        if unit and a is not None and (off := off_hours(unit, a.text.norm, self.en)):  # '周六能去交材料吗': not on a day off
            lines.append(off)
        if rule := self._zone_rule(a):  # '注册在产业园，办公楼归花园路街道管，找园区还是街道': the notice's rule for zones
            lines.append(self.t(f"（通知写明：{rule}。）", f"(The notice says: “{rule}”.)"))
        for said in reach_said(self.n, geo):  # '五桂山街道、横栏镇不设咨询专线，请通过电子邮件联系，邮件主题注明…': how to reach it
            lines.append(self.t(f"（通知写明：{said}）", f"(The notice says: “{said}”)"))
        if changed := amendment(self.n, unit.name) if unit and unit.changed else None:  # the supplementary notice replaced the person or phone
            lines.append(self.t(f"（以上已按{said_by(self.n)}更新：{first_sentence(changed.text)}）",
                                f"(Updated by the supplementary notice: {first_sentence(changed.text)})"))
        whose = (kind.kind if kind else self.n.units.kind) if self.n.units and self.n.units.others else ""
        return Section(self.t(f"{geo.name} · {whose}推荐单位联系方式", f"{self.display(key)} ({geo.name}): recommending unit"),
                       tuple(lines),
                       (unit.clause if unit and unit.clause else kind.clause if kind else self.n.units.clause, *((changed.clause,) if changed else ()),
                        *(k.clause for k in (self.n.units.others if self.n.units and not kind else ()) if unit_of(k, key)),
                        *((unit.quota_clause,) if asks_quota and unit.quota_clause else ())))

    def _zone_rule(self, a) -> str:
        """The units clause's rule for firms in a zone ('位于…产业园范围内的企业，由所在园区推荐，不再通过街道推荐'), when
        the message names two places or asks which of two."""
        if a is None or self.n.units is None or not (len(set(a.district.mentions)) >= 2 or re.search(r"还是|或者", a.text.norm)) \
                or not re.search(r"园区|[产工]业园|科技园|开发区|高新|新区", a.text.norm):
            return ""
        text = next((c.text for c in self.n.passages if c.clause == self.n.units.clause), "")
        named = [self.kb.geography.districts[k].name for k in a.district.districts]  # a rule elsewhere: of a place asked about
        m = _ZONE_RULE.search(text) or next((m for c in self.n.passages if not c.clause.startswith(self.n.units.clause)
                                             and (m := _ZONE_RULE.search(c.text)) and any(x in m.group(0) for x in named)), None)
        rule = m.group(0) if m else ""  # the units clause's own rule, else one written elsewhere ('（三）…内企业向…申报，不再向…重复申报')
        rest = re.sub(r"^.*\d\s*(?=[\u4e00-\u9fff])", "", rule)  # a table's last row run into the rule ('…罗志刚 0871-67131708注册地在…')
        return (rest if _ZONE_RULE.fullmatch(rest) else rule).strip("，,。 ")

    def elsewhere(self, names: list[str]) -> Section | None:
        """Places of another city asked of a notice with its own places ('我们在青浦，能让花桥推荐吗'): where the notice
        says firms must be registered, and that those places are none of its units'."""
        region, elig = self.n.meta.region, self.n.eligibility
        said = [it for it in (elig.items if elig else ()) if region and (region in it.text or region.rstrip("市") in it.text)
                and _REGISTERED.search(it.text)]
        if not said:
            return None
        lines = [self.t(f"{'、'.join(names)}不在本通知的推荐单位之列，其企业不能由{region}的推荐单位推荐。通知的申报条件：",
                        f"{', '.join(names)} is not served by this notice's units; its firms cannot apply through {region}. "
                        "The notice's condition:"),
                 *(f"• {it.text}" for it in said)]
        return Section(self.t("申报范围", "Who may apply"), tuple(lines), tuple(it.clause for it in said))

    def placed_in(self, keys: list[str], norm: str) -> list[str]:
        """Of the places asked about, those the message puts the firm in ('我们在花桥，跟青浦交界', '子公司注册在昆山花桥'),
        not a place it is only near or would like to apply through ('离花桥很近，可以让花桥那边推荐吗')."""
        geo = self.kb.geography.districts
        return [k for k in keys if any(re.search(rf"(?:在|于|位于|落户|注册地?是?)[^，,。？?离近]{{0,4}}{re.escape(n)}", norm)
                                       for n in {geo[k].name, geo[k].short, *geo[k].towns} if n)]

    def ask_district(self, a) -> Section:
        if routed := self.routed(a):
            return routed
        names = []
        for key in a.district.candidates:
            unit = self.kb.unit_for(key)
            who = " ".join(x for x in (unit.person, unit.phone) if x) if unit else ""
            names.append(f"{self.kb.geography.districts[key].name}（{unit.name}{'，' + who if who else ''}）" if unit else key)
        mention = "、".join(dict.fromkeys(a.district.mentions))
        lines = [self.t(f"“{mention}”涉及不止一个推荐单位：{'、'.join(names)}。",
                        f"'{mention}' may belong to more than one recommending unit: {', '.join(names)}.")]
        if a.district.note:
            lines.append(self.t(f"说明：{a.district.note}。", f"Note: {a.district.note}."))
        lines.append(self.t(f"请告诉我企业注册所在的{self.kb.place_word()}（例如回复名称），我再给您对应的联系方式。",
                            "Which district is the company registered in? Reply with the district name."))
        return Section(self.t("请确认所在区", "Which district?"), tuple(lines), (self.n.units.clause,))

    def district_list(self, a) -> Section:
        if routed := self.routed(a):
            return routed
        if not self.n.units:  # a notice without a table of units: to whom each kind of firm applies
            route, c = self.n.organisation.route, self.n.consultation
            lines = [self.t(route.text, route.en or route.text)]
            said = re.findall(r"\d{7,}", re.sub(r"(?<=\d)[\s-](?=\d)", "", a.text.norm)) if a is not None else []
            if hotline := next((x for x in c.all() if any(p[-7:] in re.sub(r"\D", "", x.phone) for p in said)), None):
                lines.insert(0, self.t(f"{hotline.phone}是{hotline.label}（{hotline.org or hotline.person}）的电话，不是各地主管部门的。",
                                       f"{hotline.phone} is the notice's {hotline.label} line, not a local authority's."))  # '鼓楼区电话就是…吧'
            lines.append(self.t("通知没有列出各地主管部门的联系人和电话，请直接联系所在地的主管部门；对通知本身的问题可咨询：",
                                "The notice lists no contacts of the local authorities; for the notice itself:"))
            lines += [contact_line(x, self.en) for x in c.all()]
            return Section(self.t("向谁申报", "Where to apply"), tuple(lines), (route.clause, *dict.fromkeys(x.clause for x in c.all())))
        if a is not None and (_HOW_MANY.search(a.text.norm) or _QUOTA_SAID.search(a.text.norm)) \
                and (quotas := self._quotas(a)):  # "每个区能推几个", "听说每个区只能推5个"
            return quotas
        mail, where = (a is not None and rx.search(a.text.norm) for rx in (_MAIL_ASKED, _ADDRESS_ASKED))  # '各区的邮箱', '…在哪里办公'
        kind = kind_named(self.kb, a.text.norm) if a is not None else None  # '服务业企业找哪个单位': that kind's table
        tables = [(kind.kind, kind.items, kind.clause)] if kind else [(self.n.units.kind, self.n.units.items, self.n.units.clause), *(
            (k.kind, k.items, k.clause) for k in self.n.units.others if a is None or not first_named(self.kb, a.text.norm))]
        lines = [x for label, items, _ in tables for x in ([f"{label}：" if label and len(tables) > 1 else ""] if len(tables) > 1 else [])
                 + unit_rows(items, lambda k: self.kb.geography.districts[k].name, mail, where) if x]
        if a is not None and (place := unlisted_place(self.kb, a.text.compact, a.district.districts)):  # '温江区的企业找谁'
            if said := said_of_place(self.kb, place):  # '新民市、康平县、法库县企业，由所在地县（市）市场监督管理局推荐'
                named = [x for u in self.n.units.items if u.name in said for x in unit_lines(u, self.en)]  # '…由金普新区经济发展局负责推荐'
                named += [contact_line(pol, self.en)] if "咨询" in said and (pol := self.n.consultation.any()) else []  # '…可向…咨询'
                return Section(self.t(self.n.units.title, "Recommending units by district"), (self._unlisted(place, said), *named),
                               (self.n.units.clause, *((pol.clause,) if "咨询" in said and (pol := self.n.consultation.any()) else ())))
            near = look_alike(self.kb, place)  # '泪罗市': 汨罗市 offered, its row shown
            asking = self.t(f"您是不是指“{near}”？", f" Did you mean {near}?") if near else ""
            lines.insert(0, self._unlisted(place, other_places(self.n), asking + self.t("已列出的推荐单位如下：", " The units it lists:")))
        lines.append(self.t(f"告诉我企业所在{self.kb.place_word()}（如“{self.kb.example_place()}”），我给出对应推荐单位的地址和联系人。",
                            "Tell me your district for the full address and contact."))
        title = f"{kind.kind}推荐单位" if kind else "推荐单位及联系方式" if len(tables) > 1 else self.n.units.title
        return Section(self.t(title, "Recommending units by district"), tuple(lines), tuple(c for _, _, c in tables))

    def _unlisted(self, place: str, said: str, then: str = "") -> str:
        """That the units listed serve no such place, with what the notice says of it or of places not listed."""
        return self.t(f"通知列出的推荐单位中没有“{place}”。" + (f"通知写明：{quoted(self.n, said)}" if said else "请向通知的咨询电话确认该地企业的申报途径。"),
                      f"The notice lists no unit for {place}." + (f" It says: “{said}”" if said else " Ask the notice's hotline how firms there apply.")) + then

    def _quotas(self, a) -> Section | None:
        """Each unit's quota, the most common one said once for the rest ('其余各区不超过8项'); a number the message
        asserts that no unit has ('每个区只能推5个吧') is corrected first."""
        units = [u for u in self.n.units.items if u.quota]
        if len(units) < 2:
            return None
        common = Counter(u.quota for u in units).most_common(1)[0][0]
        lines = [f"• {u.name}：{u.quota}" for u in units if u.quota != common]
        lines.append(self.t(f"• 其余各推荐单位：{common}" if lines else f"• 各推荐单位：{common}", f"• Others: {common}"))
        said = re.search(rf"({NUM})\s*(?:个|项|家)", a.text.norm)
        quoted = {cn_number(x) for u in units for x in re.findall(rf"{NUM}", u.quota)}
        if said and cn_number(said.group(1)) not in quoted:
            lines.insert(0, self.t(f"不是{said.group(1)}个：", f"Not {said.group(1)}:"))
        where = tuple(dict.fromkeys(u.quota_clause or self.n.units.clause for u in units))
        return Section(self.t("各推荐单位推荐名额", "Quotas of the recommending units"), tuple(lines), where)


DUE = lazy(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:[^\d]{0,12}?(\d{1,2})\s*[:：]\s*(\d{2}))?")




def unit_view(kb, keys: tuple[str, ...]):
    """The knowledge base as the firms of the one unit named see it, when that unit's own date closes their whole
    application ('包河区企业须于6月11日17:00前完成平台在线提交'): that date is their deadline, the notice's is listed below."""
    units = [u for u in (kb.notice.units.items if kb.notice.units else ()) if u.whole and u.district in keys]
    if len(units) != 1 or kb.deadline is None or not (m := DUE.search(units[0].due)):
        return None
    u, sub = units[0], kb.notice.submission
    hour, minute = (int(m.group(3)), int(m.group(4))) if m.group(3) else (24, 0)
    due = dt.datetime(kb.deadline.year, int(m.group(1)), int(m.group(2)), tzinfo=kb.tz) + dt.timedelta(hours=hour, minutes=minute)
    if due == kb.deadline:  # (already that unit's view)
        return None
    whole = ExtraDeadline("通知规定的截止时间", sub.deadline, sub.clause_of("deadline"), f"{u.name}以外的企业")
    view = replace(sub, deadline=f"{due - dt.timedelta(minutes=1):%Y-%m-%d} {hour:02d}:{minute:02d}", deadline_words="", capped="",
                   deadlines=(whole, *sub.deadlines))
    return replace(kb, deadline=due, notice=replace(kb.notice, submission=view))


def unit_dues(kb, keys: tuple[str, ...], norm: str, now: dt.datetime, en: bool) -> str:
    """Each unit's own date for the firms' paper copies ('4月14日（周四）17:00'), where its table gives one: of the units
    the message names, judged by the clock; of none named, said to differ by unit."""
    units = [u for u in (kb.notice.units.items if kb.notice.units else ()) if u.due and not u.whole]  # (a whole one: unit_view)
    named = [u for u in units if u.district in keys]
    from .paper_plan import about_paper  # (paper_plan reads the units' cards)
    if not units or not (named or about_paper(norm)) or kb.deadline is None:
        return ""
    if not named:
        return ("Each recommending unit sets its own date for the paper copies; tell me your district." if en else
                "各推荐单位收纸质材料的截止时间不同（见各单位的联系方式），告诉我您在哪个区，我给出那个单位的时间。")
    out = []
    for u in named:
        m = DUE.search(u.due)
        if not m:
            continue
        when = dt.datetime(kb.deadline.year, int(m.group(1)), int(m.group(2)), tzinfo=kb.tz) + \
            (dt.timedelta(hours=int(m.group(3)), minutes=int(m.group(4))) if m.group(3) else dt.timedelta(days=1))
        days, secs = divmod(int((when - now).total_seconds()), 86400)
        left = ("passed" if en else "已经过了") if when <= now else \
            (f"{days} days {secs // 3600} hours left" if en else f"还有 {days} 天 {secs // 3600} 小时")
        out.append(f"{u.name}: paper copies due {u.due} — {left}." if en else f"{u.name}收纸质材料截止：{u.due}——按当前时间{left}。")
        if about_paper(norm) and len(named) == 1 and (plan := _planned(kb, now, norm)):  # "相城区纸质明天送过去行吗": against it
            said, first, at = plan
            moment = dt.datetime.combine(first, dt.time(0), kb.tz) + dt.timedelta(minutes=at if at is not None else 1440)
            late = moment > when if at is not None else first > when.date()
            out.append(f"{said}: {'too late' if late else 'in time'} for {u.name}." if en else
                       f"{said}（{first.month}月{first.day}日{f' {at // 60:02d}:{at % 60:02d}' if at is not None else ''}）"
                       f"{'已经过了' + u.name + '的截止，来不及' if late else '在' + u.name + '的截止之前，来得及'}。")
    return " ".join(out)


def _planned(kb, now: dt.datetime, norm: str) -> tuple[str, dt.date, int | None] | None:
    """(the words, the day, the minutes of the hour said or None) of the day a message plans or did its paper copies."""
    from .planned import asked
    day = asked(kb, now, norm)
    return (day[0], day[1], day[3][0] if day[3] else None) if day and day[1] == day[2] else None

