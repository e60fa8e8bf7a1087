"""Turn knowledge-base facts into reply sections, in Chinese or English. Every section names its clauses."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .amended import amendment, moved_by, said_by
from .batches import batches_line, next_batch
from .deadline_claims import weekday_labels
from .evidence import nearest
from .model import Item, Knowledge
from .paper_plan import OFFICER, PAPER_STEP, UNITS_FIRST, UNITS_STEP, asked_of, listed, paper_due, paper_undated, paper_view, postmark
from .paper_plan import signup_closed as signup_closed
from .paper_plan import units_after as units_after
from .paper_plan import units_still_due as units_still_due
from .phrasing import Section, contact_line, deadline_text, en_date, last_day, time_left, time_since, web_word, zh_date
from .recall import _SENTENCE
from .render_materials import MaterialSections
from .render_other import OtherSections
from .render_schedule import ScheduleSections
from .render_submit import OPENS, SubmitSections
from .render_units import UnitSections, unit_dues, unit_view
from .stages import missed_stage
from .track_deadline import main_group, track_view
from .values import GROUP_SAID, cn_number
from .window import judge_in_window, not_open_yet, step_status, step_when

_EXCLUDED_ASKED = re.compile(r"不能报|不能申报|不得申报|不可以报|不予受理|不予推荐|不给推荐|不推荐|不受理|"
                            r"哪些(情况|情形|企业|单位)[^。？?]{0,6}不|排除|负面清单|一票否决|否决项|否决的?情形|"
                            r"\b(cannot apply|can't apply|not eligible|ineligible|excluded|exclusions?|disqualif)", re.I)
_ONLINE = re.compile(r"系统|网上|线上|在线|网站|平台|\bonline\b|\bsystem\b")
_ONLY_SUBMITTED = ("——只适用于已按时{0}提交的单位，{1}申报已经截止。", " — only for those who submitted in time; the application itself is closed.")
_CAPPED = re.compile(r"(不得超过|不超过|最多|合计|共计|限)[^。；]{0,8}\d+\s*(项|家|个)|\d+\s*(项|家|个)以内")
# '集团…子公司可以分别申报', '集团公司与其下属子公司不得同时申报': the group's own rule
_APART = re.compile(r"分别申报|各自申报|单独申报|分别报送|可分别|不得同时申报|不能同时申报|只能由一家|只能有一家|只可由一家")
_LATE_ASKED, _LATE = re.compile(r"逾期|过了截止|晚交|迟交|补交|补报|晚了|延期|通融|\b(late|extension)\b"), re.compile(r"[^，。；,;]*逾期[^，。；,;]*")
_POSTED, _POSTMARK = re.compile(r"寄|快递|邮政|\b(post|posted|mail|mailed|courier)\b"), re.compile(r"[^，。；,;]*邮戳[^，。；,;]*")
_MAY_APPLY = re.compile(r"(能|可以|可不可以|能不能|可否|能否|够格|有资格)[^。？！?!\n]{0,4}(报|申报|申请|参加|参评)(吗|嘛|么|不|\?|？|$)")
_IN_TIME, _WHAT_TIME = re.compile(r"来得及|赶得上|赶得及|赶上|赶趟|\bin time\b|make it", re.I), re.compile(r"几点|什么时间点|哪个时间|几时|what time")
# What an English reply says before items the notice gives only in Chinese.
_ENGLISH_FRAME = {"eligibility": "The notice sets these conditions for applicants (quoted in Chinese)", "focus": "The notice names these focus areas "
                  "(quoted in Chinese)", "criteria": "The notice selects by these criteria (quoted in Chinese)"}
# "每个省能推几个", "央企能推几项": how many a recommending unit may put forward, not how many a firm may apply with.
_RECOMMENDS = re.compile(r"推(?!广|送|进)|推荐(?!单位)")
_UNIT_QUOTA = re.compile(r"推荐(?:数量|名额)[^。；]{0,12}不(?:超过|多于)|推荐[^。；，,]{0,8}?不(?:超过|多于)\s*[\d一二三四五六七八九十]"
                         r"|推荐(?:数量|名额)(?:为|是)\s*[\d一二三四五六七八九十]+\s*(?:项|个|家|名)")


_ORDINAL = re.compile(r"(?<!表)(?<!表里)(?<!表中)(?<!表的)(?<!附件)(?<!\d)第\s*([一二三四五六七八九十\d]{1,3})\s*(?:条|点|项|款|个(?!月|工作日|批|阶段))")

class Renderer(MaterialSections, OtherSections, SubmitSections, UnitSections, ScheduleSections):
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

    def deadline(self, a) -> Section:
        if a is not None and (view := track_view(self.kb, a.text.norm)) and view.notice.submission.deadlines != self.n.submission.deadlines:
            return Renderer(view, self.now, self.en, self.display).deadline(a)
        if a is not None and (view := unit_view(self.kb, a.district.districts)):  # '我们是包河区的企业': that unit's own date
            return Renderer(view, self.now, self.en, self.display).deadline(a)
        sub, left = self.n.submission, time_left(self.kb, self.now, self.en)
        now_s = f"{zh_date(self.now.date())} {self.now:%H:%M}" if not self.en else f"{en_date(self.now.date())} {self.now:%H:%M}"
        where = f"，在{sub.site_name}在线提交申报材料" if sub.site_name and not sub.capped else ""
        kind = main_group(self.kb)  # '制造业企业：…' where another kind of firm closes on its own day
        lines, sources = [self.t(f"{kind}申报截止时间：{deadline_text(self.kb)}{where}。", f"Applications{f' ({kind})' if kind else ''} must be submitted"
                                 f"{' online' if sub.site else ''} by {deadline_text(self.kb, True)}.")], [sub.clause]
        if sub.capped:  # '…由各推荐单位自行确定，但最迟不得晚于5月18日': the latest day; the unit's own may be earlier
            lines = [self.t(f"申报截止时间：最迟{deadline_text(self.kb)}（{sub.capped}）。所在推荐单位可能规定更早的时间，请向推荐单位确认。",
                            f"Applicants hand in by the date their recommending unit sets, at the latest {deadline_text(self.kb, True)}; ask yours.")]
        lines = [*([line] if (line := batches_line(self.kb, self.now, self.en)) else []), *lines]  # "第一批…（已截止）；第二批…"
        if sub.set_by:  # the applicant's deadline is the units' to set: say so, and give theirs as what it is
            lines = [self.t(f"{sub.set_by}，通知没有规定统一的申报截止时间，请向推荐单位确认。", f"The notice leaves the applicants' "
                            f"deadline to the recommending units: “{sub.set_by}”. Ask yours."),
                     self.t(f"推荐单位完成推荐的截止时间：{deadline_text(self.kb)}。",
                            f"The recommending units' own deadline: {deadline_text(self.kb, True)}.")]
        if moved := amendment(self.n, "截止时间"):  # '由1月22日延长至2月5日': the supplementary notice's words
            said = moved_by(moved.text, sub.deadline)
            lines.append(self.t(f"（{said_by(self.n)}：{said}）", f"(Supplementary notice: {said})"))
            sources.append(moved.clause)
        if " " not in sub.deadline.strip() and a is not None and _WHAT_TIME.search(a.text.norm):
            said = f"通知写的是“{sub.deadline_words}”，没有写具体钟点" if sub.deadline_words else "通知只写了日期，没有写明当天几点截止"
            lines.append(self.t(f"{said}；请尽量提前提交，具体时刻可向咨询电话确认。",
                                "The notice gives no clock time for that day; submit early, or ask the hotline."))
        view, zh, en = paper_view(self.kb, self.now, a.text.norm) if a is not None else (self.kb, "", "")
        day = judge_in_window(self.kb, view, paper_due(self.kb, a.text.norm)[0], self.now, weekday_labels(a.text.norm), self.en) \
            if a is not None else ""  # "后天再交行不行"; "纸质的周六送过去行吗" against the paper copies' window
        online = not left and a is not None and _ONLINE.search(a.text.norm)  # "现在还能在系统里提交不": no "来得及"
        later = getattr(paper_due(self.kb)[0], "label", "")  # no paper: the copies sent another way ('PDF扫描件…邮箱')
        for extra in (x for x in sub.deadlines if a is None or listed(x, a.text.norm, not left, sub.deadline)):  # judged below
            mine = asked_of(extra, a.text.norm, later)  # "网上交完了，纸质的这周寄来得及吗", "pdf扫描件还没发邮箱"
            status = step_status(self.kb, self.now, extra, "" if day or online and not mine else extra.label + extra.text)
            if not left and extra.label in (PAPER_STEP, later) and "已过" not in status[0]:  # online closed: paper only for some
                web = web_word(self.kb)  # none: the firms' own step to their units
                status = (status[0].rstrip("。") + _ONLY_SUBMITTED[0].format(web, web or "企业"), status[1] + _ONLY_SUBMITTED[1])
            lines.append(self.t(f"{extra.label}：{step_when(self.kb, extra)}（{extra.text}）{status[0]}",
                                f"Also: {step_when(self.kb, extra, True)} — {extra.text}{status[1]}"))
            sources.append(extra.clause)
            if extra.label == UNITS_STEP and a is not None and UNITS_FIRST.search(a.text.norm):
                lines.insert(0, lines.pop())
            if left and mine and "已过" in status[0]:  # "刚过五点 纸质版还能送吗" while the online step is still open: that step first
                lines.insert(0, self.t(f"{extra.label}已经截止（{step_when(self.kb, extra)}），现在已过。以下是其他时间：",
                                       f"{extra.label} has closed ({step_when(self.kb, extra, True)}). Other dates:"))
        if stage := missed_stage(self.kb, self.now, a.text.norm) if a is not None else None:  # '意向表那会儿没赶上，现在直接正式申报'
            lines, sources = [self.t(stage[0], stage[1]), *lines], [stage[2], *sources]
        if a is not None and (after := units_after(self.kb, a.text.norm)):  # '于企业申报截止后10个工作日内'
            lines, sources = [*lines, self.t(f"推荐单位报送：{after[0]}。", f"Recommending units: “{after[0]}”.")], [*sources, after[1]]
        if not left:
            pol = self.n.consultation.any()
            line = contact_line(pol) if pol else ""
            ask = self.t(f"，或{'' if line.startswith('咨询') else '咨询'}{line}", f", or ask {contact_line(pol, True)}") if pol else ""
            since = time_since(self.kb, self.now, self.en)
            paper = (due := paper_due(self.kb)[1]) is not None and due > self.now  # online closed, paper copies still due
            units = not paper and a is not None and units_still_due(self.kb, self.now, a.text.norm)  # asked of the units' step
            web, step = web_word(self.kb), "企业" if units else "本期"
            then_zh, then_en = (f"未{web or '按时'}提交的单位本期已无法申报；已{web or '按时'}提交的单位，"
                                + ("纸质材料请在上面的日期前报送。" if later == PAPER_STEP else f"请在上面的日期前完成{later}。"),
                                "; those who submitted online send the paper copies by the date above.") if paper else (
                f"推荐单位报送尚未截止，请在{step_when(self.kb, units)}前完成。", f"; the units' step is open until {step_when(self.kb, units, True)}."
            ) if units else next_batch(self.kb, self.now) or (f"后续安排请关注{self.n.meta.issuer_short or self.n.meta.issuer}的新通知{ask}。",
                                                               f" and this round is closed. Watch for the issuer's next notice{ask}.")
            lines.append(self.t(f"按当前时间（{now_s}），{(web or '企业') if paper else step}申报已经截止（{deadline_text(self.kb)}截止，"
                                f"{since}）。{then_zh}", f"As of {now_s} (Beijing time) the {'online ' if paper or units else ''}deadline has "
                                f"passed ({since}){then_en}"))
            sources += [pol.clause] if pol else []
        else:
            in_time = "还来得及：" if not day and a is not None and _IN_TIME.search(a.text.norm) and not any(
                "已过" in x for x in lines) else ""  # "现在传还赶得上不", when no date listed above has passed
            if "下班" in sub.deadline_words and self.now.date() == last_day(self.kb) and self.now.hour >= 17:  # "下班前" at 22:40
                lines.append(self.t(f"按当前时间（{now_s}），通知写的是截止当天“{sub.deadline_words}”，现在已过通常的下班时间，很可能已经"
                                    "来不及，请立即电话联系确认。", f"As of {now_s}: the notice says “{sub.deadline_words}” (end of "
                                    "office hours) on the last day; that has most likely passed. Call at once."))
            elif sub.set_by:  # the units' date is not the firm's: no "还来得及" on it
                gap = left if left.startswith("只剩") else "还有" + left.removeprefix("还有 ").strip()
                lines.append(self.t(f"按当前时间（{now_s}），推荐单位的截止时间还没到（{gap}）；企业自己的截止时间以推荐单位的"
                                    "通知为准，请尽快联系。", f"As of {now_s}, the recommending units' deadline is {left} away; ask yours "
                                    "for your own deadline."))
            elif not stage:  # (a stage missed: no countdown to a deadline that firm cannot meet)
                hurry = self.t("请抓紧提交。", " Hurry.") if left.startswith(("只剩", "only")) else ""  # the last day's hours
                firms = bool(a is not None and OFFICER.search(a.text.norm) and any(x.label == UNITS_STEP for x in sub.deadlines))  # an officer
                lines.append(self.t(f"按当前时间（{now_s}），{'企业申报' * firms}尚未截止，{in_time}距离截止{left}。{hurry}{'推荐单位的日期见上。' * firms}",
                                    f"As of {now_s}, still open: {left}.{hurry}"))
            gates = (not_open_yet(self.kb, self.now, self.en, a is not None and bool(OPENS.search(a.text.norm))),  # "系统啥时候开放"
                     a is not None and signup_closed(self.kb, self.now, a.text.norm, self.en))  # "新用户还没注册，还能报吗"
            lines, sources = [*lines, *(g[0] for g in gates if g)], [*sources, *(g[1] for g in gates if g)]
        if day and a is not None and re.search(r"的截止|for .+\.$", unit_dues(self.kb, a.district.districts, a.text.norm, self.now, self.en)):
            day = ""  # the named unit's own date judges the day asked about (below)
        if day and (undated := paper_undated(self.kb, a.text.norm, self.now)):  # the notice dates only the online submission, or one's own
            lines.append(undated[1] if self.en else undated[0])
        elif day:  # "后天再交行不行", "纸质的打算28号送到区里" (judged against the paper copies' date)
            post = postmark(self.kb, a.text.norm)  # '今天快递寄出去还算数不': by the postmark
            lines.append((en if self.en else zh) + day + (self.t(f"（通知写明：{post}。）", f" (The notice: “{post}”.)") if post else ""))
        if a is not None and (dues := unit_dues(self.kb, a.district.districts, a.text.norm, self.now, self.en)):  # "吴中区纸质几号截止"
            lines.append(dues)
        if a is not None and _POSTED.search(a.text.norm) and (post := _POSTMARK.search(" ".join([sub.text, *(x.text for x in sub.deadlines)]))):
            lines.append(self.t(f"通知写明：{post.group(0)}。", f"The notice: “{post.group(0)}” (the postmark date counts)."))
        lines += self.route_lines(a, r"\d+\s*月\s*\d+\s*日")  # '我们是市属国企，截止时间': the route's own date
        if a is not None and _LATE_ASKED.search(a.text.norm) and (late := _LATE.search(sub.text)) and late.group(0) not in "".join(lines):
            lines.append(self.t(f"通知写明：{late.group(0).strip()}。", f"The notice: “{late.group(0).strip()}”."))  # '逾期会怎样'
        return Section(self.t("截止时间", "Deadline"), tuple(lines), tuple(sources))

    def seal(self, a) -> Section:
        sub, up = self.n.submission, self.n.uploads
        copies = f"，然后提交纸质材料（{sub.form_copies}）" if sub.form_copies else ""
        lines = [self.t(f"{sub.sealed}{copies}。",
                        f"The {sub.form_name} needs these seals: {sub.form_seals}"
                        f"{'; then send it on paper (' + sub.form_copies + ')' if sub.form_copies else ''}.")]
        sources = [sub.clause_of("form_seals")]
        if up and "章" in up.text:
            lines.append(self.t(f"（{up.clause}同样规定：{up.text}）", up.en or up.text))
            sources.append(up.clause)
        lines += self.route_lines(a, "章|推荐单位意见")  # '我们是市属国企，推荐单位意见那栏谁盖章'
        if a is not None and (near := nearest(self.n.passages, a.text.compact, "章", "".join(lines))):  # "能先盖财务章吗"
            lines, sources = [*lines, self.t(f"（{near.clause}）{near.text}", near.text)], [*sources, near.clause]
        if not a.district.resolved and self.n.units and "推荐单位" in sub.form_seals:
            lines.append(self.t(f"推荐单位即企业所在{self.kb.place_word()}的主管部门；告诉我您在哪个{self.kb.place_word()}（如“{self.kb.example_place()}”），我来告诉您联系方式。",
                                "The recommending unit is your district authority: tell me your district for its contact."))
        return Section(self.t("盖章要求", "Seals"), tuple(lines), tuple(sources))

    def one_item(self, a) -> Section:
        sub = self.n.submission
        lines, sources = [self.t(f"{sub.one_item}。", "In principle each unit may apply with only one experience "
                                 f"({sub.one_item}).")], [sub.clause_of("one_item")]
        if a is not None and _RECOMMENDS.search(a.text.norm):  # "每个省能推几个": the recommending units' own quotas
            said = [(c.clause, x.strip()) for c in self.n.passages for x in _SENTENCE.findall(c.text) if _UNIT_QUOTA.search(x)]
            if said:  # each sentence once, cited by the innermost clause that says it
                each = {t: max((c for c, x in said if x == t), key=len) for t in dict.fromkeys(x for _, x in said)}
                chosen = list(each.items())[:3]
                return Section(self.t("推荐名额", "Quotas of the recommending units"), tuple(t for t, _ in chosen),
                               tuple(dict.fromkeys(c for _, c in chosen)))
        if a is not None and GROUP_SAID.search(a.text.norm):  # "集团下面3家子公司每家各报1项": the group's own cap too
            capped = [(c.clause, x.strip()) for c in self.n.passages for x in _SENTENCE.findall(c.text)
                      if "集团" in x and (_CAPPED.search(x) or _APART.search(x)) and x.strip().rstrip("。") not in sub.one_item]
            if capped:  # cited by the innermost clause that says it
                where, said = max((x for x in capped if x[1] == capped[0][1]), key=lambda x: len(x[0]))
                lines, sources = [*lines, self.t(f"（{where}）{said}", said)], [*sources, where]
        return Section(self.t("每家单位可申报几项", "How many applications"), tuple(lines), tuple(sources))

    # ------------------------------------------------------------ conditions, focus, criteria
    def _section_of(self, sec, key: str, title_zh: str, title_en: str, a) -> Section:
        picked = a.items.get(key, ()) if a is not None else ()
        if not picked and a is not None and (m := _ORDINAL.search(a.text.compact)) and 1 <= (k := int(cn_number(m.group(1)))) <= len(sec.items):
            picked = (k - 1,)  # '遴选标准第二条是什么意思': that item
        beyond = not picked and a is not None and (m := _ORDINAL.search(a.text.compact)) and int(cn_number(m.group(1))) > len(sec.items)
        intro = (sec.intro_en or _ENGLISH_FRAME[key]) if self.en else sec.intro
        lines = [*([self.t(f"通知列出的{title_zh}共{len(sec.items)}条，没有{m.group(0)}。", f"The notice lists {len(sec.items)} only.")] if beyond else []),
                 f"{intro.rstrip('：:')}{':' if self.en else '：'}", *self._items(sec.items, picked)]
        if picked and len(picked) < len(sec.items):
            others = "、".join(sec.items[i].clause for i in range(len(sec.items)) if i not in picked)
            lines.append(self.t(f"（以上是与您问题最相关的条目；其余：{others}，可问“{title_zh}”查看全部。）",
                                f"(The most relevant item is shown; ask about '{title_en}' for all of them: {others}.)"))
        clauses = tuple(sec.items[i].clause for i in picked) if picked else (sec.clause,)
        return Section(self.t(title_zh, title_en), tuple(lines), clauses)

    def eligibility(self, a) -> Section:
        if a is not None and _MAY_APPLY.search(a.text.norm):  # "…的独立法人，可以申报吗": every condition, not the nearest
            a = replace(a, items={k: v for k, v in a.items.items() if k != "eligibility"})
        sec, ex = self._section_of(self.n.eligibility, "eligibility", "申报条件", "Eligibility", a), self.n.exclusions
        if ex and a is not None and _EXCLUDED_ASKED.search(a.text.norm):  # "哪些情况不能报": the list of those cases
            return Section(self.t("不予受理的情形", "Who may not apply"), (
                self.t(ex.intro.rstrip("：:") + "：", "The notice does not accept applications in these cases (quoted in Chinese):"),
                *self._items(ex.items, ())), (ex.clause,))
        if ex:  # the conditions, and where the cases not accepted are listed
            more = self.t(f"另有{len(ex.items)}种不予受理的情形（{ex.clause}），可问“哪些情况不能报”。",
                          f"{len(ex.items)} cases are not accepted ({ex.clause}); ask 'who may not apply'.")
            return Section(sec.title, (*sec.lines, more), (*sec.sources, ex.clause))
        return sec

    def focus(self, a) -> Section:
        return self._section_of(self.n.focuses, "focus", "遴选重点", "Selection focus", a)

    def criteria(self, a) -> Section:
        return self._section_of(self.n.criteria, "criteria", "遴选标准", "Selection criteria", a)
