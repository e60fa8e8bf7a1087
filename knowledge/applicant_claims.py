"""The applicant's own figures against the notice's numeric conditions: when it was registered ("2023年5月注册的",
"成立才一年半", "registered two years ago", "founded in March 2026") against "注册满N年", counted to the deadline
(its revenue: revenue_claims.py). A mixin of the premise Checker (uses kb, n, en).
"""

from __future__ import annotations

import datetime as dt
import re

from .assertions import sentence_around
from .notice_rule_claims import also_stated
from .phrasing import Section, last_day
from .practice_claims import before_window, practice, unset_age
from .tax_credit import tax_credit
from .tracks import named, of_kind, shown, track, tracks
from .values import EN_NUM, MONTHS, NUM, cn_number, lazy, plain

_NEED_YEARS = lazy(rf"(注册|成立|设立)[^，。；;]{{0,4}}?(?:满|已满|超过|不少于)\s*({NUM})\s*(?:年|周年)")
_SINCE_DATE = lazy(rf"(\d{{4}})\s*年\s*(?:({NUM})\s*月(?:\s*(\d{{1,2}})\s*[日号])?)?"
                   rf"(?:[^，,。？！?!\s]{{0,4}}?|在[\u4e00-\u9fff]{{1,6}}?(?:区|县|市|省|镇|街道|园区|新区))"
                   rf"(?:注册|成立|设立|(?:领|拿|办)(?:的|了|到|下)?(?:营业)?执照)(?!了?账|了?帐|了?用户)"
                   rf"|(?:注册|成立|设立)(?:日期|时间)?(?:于|在|是|为)?\s*(\d{{4}})\s*年\s*(?:({NUM})\s*月(?:\s*(\d{{1,2}})\s*[日号])?)?")
_SINCE_SPAN = lazy(rf"(注册|成立|设立)(?:了|才|刚|只有|满了|已满|已经满|已经"  # '满': the firm's own ('注册满两年了'), not '满1年就能报吧'
                   rf"|满(?=\s*{NUM}\s*(?:年|个月)半?\s*(?:了|多|[，,]?(?:可以|能不能|可不可以|能报|够不够))))?"
                   rf"(不到|不满|没到|未满|还差)?\s*({NUM})\s*(年|个月|个多月)(半)?")
_BEFORE = lazy(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(]含[）)])?\s*(?:及|或)?(?:前|之前|以前)")
# A registration cut-off day: '于2026年3月31日前注册成立', '注册成立时间在2025年12月31日之前'.
_CUT_REG = lazy(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(]含[^）)]{0,4}[）)])?\s*(?:及|或)?(?:前|之前|以前)"
                r"\s*(?:[（(]含[^）)]{0,4}[）)])?[^，。；;]{0,16}?(?:注册|成立|设立)"
                r"|(?:注册|成立|设立)[^，。；;]{0,8}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[（(]含[）)])?\s*(?:及|或)?(?:前|之前|以前)")
_SAID_CUT = lazy(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:[（(]含[^）)]{0,4}[）)])?\s*(?:前|之前|以前)[^，,。？！?!]{0,6}?(?:注册|成立|设立)")
_SAID_CUT_AFTER = lazy(r"(?:注册|成立|设立)[^，,。？！?!\d]{0,8}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:前|之前|以前)")  # a rule's cut-off
_AS_OF = lazy(r"(?:截至|截止到|截止|到)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|以\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*为(?:基准|准)")
_TO_ISSUE = lazy(r"(?:计算|截|算)至(?:本)?通知(?:发布|印发|下发|发文)之?日|以(?:本)?通知(?:发布|印发)(?:之日|日期)为准")
_EN_SINCE = lazy(r"\b(registered|founded|established|set up|incorporated)\b[^.?!]{0,30}?\b(?:in\s+)?"
                 r"(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(20\d\d)\b")
_ANOTHER, _WORKS_FOR_CLIENTS = lazy(r"(另一个|另外的?|不同的?|新的|换一?个)[^。？！?!\n]{0,4}(实践|经验|项目|方法|案例)"), lazy(
    r"[^。？！?!]{0,4}(新人|员工|职员|实习|上班|工作|做事)")  # "我是一家咨询公司的新人，帮客户…": the asker's employer
_EN_SPAN = lazy(r"\b(registered|founded|established|set up|incorporated)\b[^.?!]{0,30}?\b(\d+|one|two|three|four|five)\s+(years?|months?)\s+ago\b")


class ApplicantClaims:
    """Uses the checker's kb, n, en, rules, body and _stated_elsewhere."""

    def _applicant(self, norm, a, intents, premise) -> Section | None:
        """'分公司能报吧': a kind of applicant that a condition of the notice rules out, with that condition; then each
        figure the message gives ('2060年成立，营收8亿，去年抽查不合格…'), so that a ruling-out is never hidden by them."""
        el = self.n.eligibility
        if not el or not self.rules.applying.search(norm):
            return None
        unruled, ruled = None, None  # a kind of applicant no condition of this notice speaks of; the condition that rules
        for rule in self.rules.applicants:
            m = rule.says.search(norm)
            if not m or _WORKS_FOR_CLIENTS.match(norm, m.end()) and "客户" in norm:  # the asker's employer, not the applicant
                continue
            place = m.groupdict().get("place") or ""
            if rule.place and (not place or place in self.body or place in self.n.meta.region):
                continue  # a place this notice names is one of its own
            said = norm[max(0, m.start() - 8):m.end()]  # with the year said before it ('2073年评上过')
            item = next((i for i in el.items if rule.requires.search(i.text)), None) or self._stated_elsewhere(rule.requires, said)
            unruled = unruled or (rule if item is None and rule.unruled else None)
            year = int((self.n.meta.date or "0")[:4])  # '近三年' counts back from the notice's year
            if item is not None and not self.en and (early := before_window(item.text, norm, year)):  # "2062年出过事故" vs "2063年…以来"
                ruled = Section("对照申报条件", (early,), (item.clause,))
            elif item is not None and not ("同一" in item.text and _ANOTHER.search(norm)):  # "获评过，用另一个实践再报": not the same one
                why, en = rule.why.format(place=place), rule.en.format(place=place)
                says = ("requires" if item in el.items else "says") if self.en else "要求" if item in el.items else "中写明"
                line = (f"{'No' if rule.verdict == '不符合' else 'Probably not'}: {en}, and the notice {says}: “{item.text}”." if self.en
                        else f"{rule.verdict}：{why}，而通知{says}“{item.text}”。{'' if rule.verdict == '不符合' else '是否符合，以推荐单位审核为准。'}")
                also = also_stated(self.n, rule.requires, item.clause, item.text)  # '推广多年的成熟方法'
                line += f"（通知{also[0]}还写明：“{also[1].strip('。；')}”。）" if also and not self.en else ""
                ruled = Section("Eligibility check" if self.en else "对照申报条件", (line,), (item.clause, *(also[:1] if also else ())))
            if ruled is not None:
                break
        found = [x for x in (ruled, self._registered(norm), self._revenue(norm), self._tax(norm), self._practice(norm)) if x]
        if found:  # "2028年11月成立，营收5000多万，纳税A级": each figure checked, after what rules the firm out
            lines = [line for x in found for line in x.lines]
            return Section(found[0].title, tuple(lines), tuple(dict.fromkeys(c for x in found for c in x.sources)))
        if unruled is not None:  # "做软件的，不是制造业，能参加吗" asked of a notice that says nothing of industries
            return Section("Eligibility check" if self.en else "对照申报条件",
                           (f"The notice has no condition specifically on {unruled.en}; check the conditions below." if self.en
                            else f"通知的申报条件没有专门针对“{unruled.why}”的规定，请对照下列申报条件，以推荐单位审核为准。",), ())
        return None

    def _practice(self, norm: str) -> Section | None:
        return practice(self.n, norm, self.en)

    def _tax(self, norm: str) -> Section | None:
        return tax_credit(self.n, norm, self.en)

    def _registered(self, norm: str) -> Section | None:
        """'2023年5月注册的 能报吗' / '成立才一年半' / 'registered two years ago' against '注册满两年'."""
        el, deadline = self.n.eligibility, self.kb.deadline
        need = of_kind([(m, i) for i in el.items if (m := _NEED_YEARS.search(i.text))], norm)  # the kind of firm said
        if not need:
            return self._registered_by_day(norm) or unset_age(self.n, norm, self.en)
        if deadline is None:
            return None
        years = cn_number(need[0].group(2))
        if years <= 0:
            return None
        deadline = last_day(self.kb)
        rule = sentence_around(need[1].text, need[0].start(), need[0].end())
        by, by_en = f"到申报截止（{deadline.year}年{deadline.month}月{deadline.day}日）", f"by the deadline ({deadline:%Y-%m-%d})"
        asof = _AS_OF.search(rule)  # "截至2027年12月31日注册登记满3年", "计算至本通知发布之日": counted to that day
        if asof or _TO_ISSUE.search(rule) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", self.n.meta.date):
            deadline = dt.date(*(int(x) for x in asof.groups() if x)) if asof else dt.date.fromisoformat(self.n.meta.date)  # ('以…为基准')
            by, by_en = f"到{deadline.year}年{deadline.month}月{deadline.day}日{'' if asof else '（通知发布之日）'}", f"by {deadline:%Y-%m-%d}"
        if month := _said_month(norm):
            first, last, said, said_en = month
        elif m := _SINCE_SPAN.search(norm):  # "成立才一年半", "成立不到三年": counted from now
            n = min(cn_number(m.group(3)) + (0.5 if m.group(5) else 0), 999.0)  # (not '成立10000年' at face value)
            months = n * (12 if m.group(4) == "年" else 1)
            status = ("fails" if months <= years * 12 else "depends") if m.group(2) else ("meets" if months >= years * 12 else "fails")
            return self._registered_verdict(status, years, f"成立（注册）{m.group(2) or ''}{m.group(3)}{m.group(4)}{m.group(5) or ''}", "现在",
                                            f"registered {plain(n)} {'years' if m.group(4) == '年' else 'months'} ago", "so far",
                                            rule, need[1].clause)
        elif m := _EN_SPAN.search(norm):  # "registered two years ago"
            n = float(EN_NUM.get(m.group(2)) or m.group(2))
            if not 0 <= n < 1000:
                return None
            months = n * (12 if m.group(3).startswith("year") else 1)
            return self._registered_verdict("meets" if months >= years * 12 else "fails", years,
                                            f"成立{plain(n)}{'年' if m.group(3).startswith('year') else '个月'}", "现在",
                                            f"registered {m.group(2)} {m.group(3)} ago", "so far", rule, need[1].clause)
        else:
            return None
        # The latest day one may have registered: the notice's own ("即2024年12月31日前完成注册登记"), else the
        # counting day less the years; a year or month without a day may fall either side of it.
        if cut := _BEFORE.search(rule):
            latest = dt.date(int(cut.group(1)), int(cut.group(2)), int(cut.group(3)))
            by, by_en = f"按通知的算法（{latest.year}年{latest.month}月{latest.day}日前注册才算满）", f"as the notice counts (registered by {latest})"
        else:
            latest = deadline.replace(year=deadline.year - int(years)) if deadline.month != 2 or deadline.day != 29 else \
                deadline.replace(year=deadline.year - int(years), day=28)
        status = "meets" if last <= latest else "fails" if first > latest else "depends"
        return self._registered_verdict(status, years, said, by, said_en, by_en, rule, need[1].clause)

    def _registered_by_day(self, norm: str) -> Section | None:
        """'2026年6月注册成立的能报吗' against '于2026年3月31日前注册成立': the month said against the notice's day;
        in a notice of tracks, against the day of the track the message names, or of each track."""
        items = self.n.eligibility.items
        found = [(i, m) for i in items if (m := _CUT_REG.search(i.text))]
        if _SAID_CUT.search(norm):
            return None  # "要求是2035年12月31日前成立吧": a rule said, checked by _cut_off
        month = _said_month(norm) if found else None
        if not found or not month:
            return None
        names, asked = _asked_tracks(items, found, norm)
        if len(asked) == 1:
            found = [(i, m) for i, m in found if track(i) in ("", asked[0])]
        elif not names:
            found = found[:1]
        lines = [x for i, m in found if (x := self._by_day(i, m, month, track(i) if names else ""))]
        return Section("Eligibility check" if self.en else "对照申报条件", tuple(lines),
                       tuple(i.clause for i, _ in found)) if lines else None

    def _cut_off(self, norm, a, intents, premise) -> Section | None:
        """'标杆企业要求是2035年12月31日前成立对吧': a registration cut-off day said as the rule."""
        el = self.n.eligibility
        found = [(i, m) for i in (el.items if el else ()) if (m := _CUT_REG.search(i.text))]
        rule = (_SAID_CUT.search(norm) or _SAID_CUT_AFTER.search(norm)) if found else None  # '注册时间要求…前对吧' too
        return self._cut_claim(rule, found, norm) if rule else None

    def _cut_claim(self, rule, found, norm: str) -> Section | None:
        """A registration cut-off day the message states as the rule: right, another track's, or none of the notice's."""
        said = dt.date(int(rule.group(1)), int(rule.group(2)), int(rule.group(3))) if 1 <= int(rule.group(2)) <= 12 else None
        _names, asked = _asked_tracks(self.n.eligibility.items, found, norm)
        mine = [(i, m) for i, m in found if not asked or track(i) in ("", *asked)]
        days = {(i, m): dt.date(*(int(x) for x in m.groups() if x)) for i, m in found}
        if not mine or said is None or any(days[x] == said for x in mine):
            return None
        i, m = mine[0]
        other = next((track(j) for (j, _), d in days.items() if d == said and track(j)), "")
        day = days[(i, m)]
        note = f"（{said.year}年{said.month}月{said.day}日是“{other}”的要求）" if other else ""
        who = f"申报“{track(i)}”" if track(i) else "通知"
        rule_text = sentence_around(i.text, m.start(), m.end()).rstrip("；;，,。")
        return self._fix(f"不是{said.year}年{said.month}月{said.day}日：{who}要求“{rule_text}”"
                         + ("" if f"{day.year}年{day.month}月{day.day}日" in rule_text else f"（{day.year}年{day.month}月{day.day}日前）")
                         + f"。{note}", i.clause)

    def _by_day(self, item, m, month, name: str) -> str:
        first, last, said, said_en = month
        try:
            latest = dt.date(*(int(x) for x in m.groups() if x))
        except (ValueError, TypeError):
            return ""
        rule, day = sentence_around(item.text, m.start(), m.end()), f"{latest.year}年{latest.month}月{latest.day}日"
        if name and not self.en:  # one line of a verdict per track
            verdict = "注册时间这一条符合" if last <= latest else "注册时间这一条不符合" if first > latest else "要看具体注册日期"
            return f"申报{shown(name)}：{verdict}（{said}；通知要求“{rule}”）。"
        lead = f"{name}: " if name else ""
        if last <= latest:
            line = (f"The registration condition is met: {said_en}, before {latest} (the notice: “{rule}”); other conditions below."
                    if self.en else f"注册时间这一条符合：{said}，在{day}之前（通知要求“{rule}”）；其他条件见下。")
        elif first > latest:
            line = (f"No: {said_en} is after {latest}, and the notice requires: “{rule}”." if self.en else
                    f"不符合：{said}，晚于{day}，而通知要求“{rule}”。")
        else:
            line = (f"It depends on the exact date: registration must be before {latest} (the notice: “{rule}”); check the "
                    "business licence." if self.en else f"要看具体注册日期：须在{day}前注册（通知要求“{rule}”），请核对营业执照上的成立日期。")
        return lead + line

    def _registered_verdict(self, status: str, years: float, said: str, by: str, said_en: str, by_en: str,
                            rule: str, clause: str) -> Section:
        if status == "meets":
            line = (f"The registration condition is met: {said_en} — at least {plain(years)} years {by_en} (the notice: “{rule}”); "
                    "other conditions below." if self.en else
                    f"注册时间这一条符合：{said}，{by}已满{plain(years)}年（通知要求“{rule}”）；其他条件见下。")
        elif status == "fails":
            line = (f"No: {said_en} — less than {plain(years)} years {by_en} — and the notice requires: “{rule}”." if self.en else
                    f"不符合：{said}的单位，{by}还不满{plain(years)}年，而通知要求“{rule}”。")
        else:
            line = (f"It depends on the exact date: {said_en} may or may not be {plain(years)} years {by_en}; the notice requires: "
                    f"“{rule}”. Check the date on the business licence." if self.en else
                    f"要看具体注册日期：{said}，{by}是否满{plain(years)}年取决于哪一天注册；通知要求“{rule}”，请核对营业执照上的成立日期。")
        return Section("Eligibility check" if self.en else "对照申报条件", (line,), (clause,))


def _asked_tracks(items, found, norm: str) -> tuple[list[str], list[str]]:
    """(the tracks that have a cut-off of their own, those of them the message names)."""
    names = [t for t in tracks(items) if any(track(i) == t for i, _ in found)]
    return names, named(names, norm) if names else []


def _said_month(norm: str) -> tuple[dt.date, dt.date, str, str] | None:
    """(first and last day it may have been, Chinese and English words) of a registration the message states
    ('2023年5月注册的': all of May; '2058年1月5日注册的': that day)."""
    day = 0
    if m := _SINCE_DATE.search(norm):
        y, month = int(m.group(1) or m.group(4)), m.group(2) or m.group(5)
        mo = cn_number(month) if month else 0
        if month and not 1 <= mo <= 12:
            return None
        mo, day = int(mo), int(m.group(3) or m.group(6) or 0)
    elif m := _EN_SINCE.search(norm):
        y, mo = int(m.group(3)), MONTHS.index(m.group(2)[:3].lower()) + 1 if m.group(2) else 0
    else:
        return None
    if not 1900 <= y <= 2999:  # "0001年注册": no year to check
        return None
    try:
        first = dt.date(y, mo or 1, day or 1)
        last = first if day else dt.date(y + (mo or 12) // 12, (mo or 12) % 12 + 1, 1) - dt.timedelta(days=1)
    except ValueError:
        return None
    said = f"{y}年{mo}月{day}日注册" if day else f"{y}年{mo}月注册" if mo else f"{y}年注册"
    return first, last, said, f"registered on {first}" if day else f"registered in {y}-{mo:02d}" if mo else f"registered in {y}"
