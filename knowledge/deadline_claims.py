"""A deadline the message asserts ("截止是3月15号吧", "closes on March 31", "下午五点截止吧"), checked against the
notice's; dates and hours the user plans to act at ("3月10号交", "五点半交") are left to the deadline section
(knowledge/planned.py), and dates of other events ("2019年3月5日成立") are no claim at all."""

from __future__ import annotations

import datetime as dt
import re

from .paper_plan import about_paper, paper_due
from .phrasing import Section, deadline_text, en_date, first_sentence, when_text
from .planned import _CLOSING, _DEADLINE, _EVENT_AFTER, _EVENT_BEFORE, _OTHER_EVENT, MINUTE, _acted_at, is_plan
from .render_units import DUE
from .track_deadline import track_view
from .values import DATE, EN_DATE, EN_HOUR, FOR_GROUP, HOUR, MONTHS, cap, cn_number, lazy, plain

# '…4月16号了', '我们3月9号就网上交了': the day now, or a day the user acted on
_DONE_ON = re.compile(r"\s*[日号]?\s*(?:(?:就|已经|已|刚)\s*(?:在)?(?:网上|线上|系统里?|平台上?)?\s*(?:交|提交|报|申报|上传|填报|递交|寄)(?:完|出|好)?)?\s*了")
_MOVED_TO = re.compile(r"延|改|推迟|推到|提前|变|调整|截止|截至|定|是|到")  # '延到3月15号了' is a claim; '4月16号了还能报吗' is today
_BEFORE_OK = lazy(r"(?:^|[。？！?!])(?![^。？！?!]*(成立|注册|设立|投产|获得|获评))[^。？！?!]*[点号日]\s*(?:之)?前[^。？！?!]{0,4}(发|交|寄|提交|送|报|传)"
                  r"[^。？！?!]{0,4}就(行|可以|好|没问题)")  # "30号晚上12点前发过去就行吧": said of the deadline
# "2月28日之前交完应该稳妥吧", "下午5点前交肯定没问题吧": acting before a moment, not saying the deadline is then.
_ACT_BEFORE = lazy(r"^\s*[日号]?\s*(?:[^。？！?!，,]{0,10}?)(?:之|以)?前[^。？！?!]{0,6}(?:发|交|寄|提交|送|报|传|弄|搞|完成|递交)")
_SAID_DEADLINE = lazy(r"截[止至]|最晚|最迟|最后一天|deadline|due|就(?:行|可以|好|没问题|算)|关(?:闭|了|门)?|结束")  # '…前交就行吧': its end
_TODAY_SAID = lazy(r"(今天|今日|今儿|today)\s*(?:是|已经是|都|is)?\s*$")  # the date of today, said
_ABOUT_OTHER = lazy(r"纸质|纸本|寄|邮寄|送达|推荐单位|区里|区级|主管部门|推荐意见|汇总表|\bpaper\b|\bmail")


_GENERIC_STEP = lazy(r"其他|时间要求|推荐单位|报送|申报截止|纸质|系统|注册|开放")  # labels that name no step of their own words

_PART_OF_MONTH = lazy(r"(?<![\d年])(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(底|末|下旬|中旬|上旬|初)")  # '6月底截止': days of a month
_PARTS = {"底": (25, 31), "末": (25, 31), "下旬": (21, 31), "中旬": (11, 20), "上旬": (1, 10), "初": (1, 10)}
_EN_EVENT = lazy(r"\b(founded|registered|established|incorporated|set up|started|opened)\b[^.?!]{0,8}$")
_NOW_SAID = lazy(r"(现在|此刻|这会儿|目前|刚好|刚刚|已经|都|(?<![不没])才|(?<![不没])过了|刚过)[^，,。？！?!\d]{0,3}$")  # '过了十二点了'
_HOUR_EVENT = lazy(r"^\s*(半|\d{1,2}\s*分)?\s*(开完|开会|下班|吃饭|出发|回来|到|见|有会|开始上班|上班)")


def _minutes(after: str) -> tuple[int, str]:
    """The minutes written right after an hour ('半' 30, '30分' 30, '一刻' 15), as written; (0, '') when none."""
    m = re.match(r"\s*" + MINUTE + r"\s*分?", after)
    if not m:
        return 0, ""
    word = m.group(1)
    n = 30 if word == "半" else 15 if word == "一刻" else int(cn_number(word))
    return (n, m.group(0).strip()) if 0 <= n < 60 else (0, "")


_WEEKDAY = lazy(r"(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?\s*(?:是|为|刚好是|正好是)?\s*(?:星期|周|礼拜)([一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"
# "24:00就是当天凌晨0点吧": the end of the day read as its start.
_MIDNIGHT = lazy(r"(24\s*[:：点]\s*(00)?|二十四点)[^。？！?!]{0,12}(凌晨|0\s*[:：点]|零点|00\s*[:：]\s*00|一开始|刚开始)"
                 r"|(凌晨|零点|0\s*点)[^。？！?!]{0,8}(24\s*[:：点]|二十四点)|\bmidnight\b[^.?!]{0,30}\b(start|beginning)\b")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_labels(norm: str) -> str:
    """The message without its weekdays when it labels a date with one ('3月6号是星期五吧？也就是周五…截止'): those
    weekdays name that date, not a day of this week the user means to act on."""
    return re.sub(r"(?:星期|周|礼拜)[一二三四五六日天]", " ", norm) if _WEEKDAY.search(norm) else norm


class DeadlineClaims:
    """A deadline the message asserts ("截止是3月15号吧", "closes on March 31"), checked against the notice's; a mixin
    of premise.Checker (uses its kb, n and _fix)."""

    def _unit_due(self, norm, a) -> Section | None:
        """A date said of the paper copies of the one unit named, where that unit sets its own ('昆山纸质截止是4月12号吧'):
        corrected with the unit's date; a right one is left out of the online deadline's check (`_paper_said`)."""
        self._paper_said = ()
        units = [u for k in a.district.districts if (u := self.kb.unit_for(k)) and u.due]
        own = DUE.search(units[0].due) if len(units) == 1 and about_paper(norm) else None
        said = next((m for m in DATE.finditer(norm) if not _TODAY_SAID.search(norm[max(0, m.start() - 6):m.start()]) and re.search(
            r"纸质|纸本|纸版", clause := re.split(r"[，,；;。\s]", norm[:m.start()])[-1] + re.split(r"[，,；;。\s]", norm[m.end():])[0])
                     and not re.search(r"网上|在线|线上|系统", clause)), None)
        if not own or not said:
            return None
        self._paper_said = ((cn_number(said.group(2)), cn_number(said.group(3))),)
        if self._paper_said[0] == (int(own.group(1)), int(own.group(2))):
            return None
        return self._fix(f"不是{plain(cn_number(said.group(2)))}月{plain(cn_number(said.group(3)))}日：{units[0].name}收纸质材料截止："
                         f"{units[0].due}。", self.n.units.clause, en=f"Not that day: {units[0].name} takes paper copies until {units[0].due}.")

    def _deadline(self, norm, a, intents, premise) -> Section | None:
        sub = self.n.submission
        if not sub or self.kb.deadline is None or not ("deadline" in intents or _CLOSING.search(norm) or _BEFORE_OK.search(norm)) \
                or _OTHER_EVENT.search(norm) and not re.search(r"申报|填报|提交|材料", norm):
            return None  # ('公示是6月2号发的，今天是不是最后一天', '第一场宣讲是4月14号吧': another event's dates)
        if own := self._unit_due(norm, a):  # "昆山的纸质材料截止是4月12号吧": that unit's own date
            return own
        if (view := track_view(self.kb, norm)) is not None and view.deadline != self.kb.deadline:  # '班组也是4月20号截止吧': its own
            (other := type(self)(view, self.display, self.rules)).en = self.en
            return other._deadline(norm, a, intents, premise)
        day_s, _, time_s = sub.deadline.partition(" ")
        year, month, day = (int(x) for x in day_s.split("-"))
        said = f"申报截止时间是{deadline_text(self.kb)}。"
        said_en = f"the deadline is {deadline_text(self.kb, True)}."
        for m in EN_DATE.finditer(norm):
            if is_plan(norm, m) or _EN_EVENT.search(norm[max(0, m.start() - 24):m.start()]):
                continue  # "we plan to submit on March 10", "I was founded on May 5 2020"
            mon, d, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
            mo = MONTHS.index(mon[:3]) + 1
            if (mo, int(d)) != (month, day):
                return self._fix(f"不是{mo}月{d}日：{said}", sub.clause_of("deadline"), en=f"Not {cap(m.group(0).strip())}: {said_en}")
            if y and int(y) != year:
                return self._fix(f"不是{y}年：{said}", sub.clause_of("deadline"), en=f"Not {y}: {said_en}")
        for m in DATE.finditer(norm):
            y, mo, d = (int(m.group(1)) if m.group(1) else 0), cn_number(m.group(2)), cn_number(m.group(3))
            if is_plan(norm, m) and not _ACT_BEFORE.search(norm[m.end():]) or _EVENT_AFTER.search(norm[m.end():m.end() + 4]) \
                    or _EVENT_BEFORE.search(norm[:m.start()]) or _TODAY_SAID.search(norm[max(0, m.start() - 6):m.start()]) \
                    or _DONE_ON.match(norm[m.end():]) and not _MOVED_TO.search(norm[max(0, m.start() - 8):m.start()]) \
                    or (mo, d) in self._paper_said:
                continue  # "我们打算3月10号交", "2019年3月5日成立", "今天2月29号，还剩几天"
            if not (1 <= mo <= 12 and 1 <= d <= 31):
                continue  # no date at all ("<400个9>月1号")
            if (named := self._step_named(norm[max(0, m.start() - 30):m.start()])) and named.when[5:10] == f"{int(mo):02d}-{int(d):02d}":
                continue  # '回执4月8号之前发就行吧': that step's own date, rightly said
            if named:
                return self._fix(f"不是{plain(mo)}月{plain(d)}日：{named.label}的截止时间是{when_text(self.kb, named.when)}（{named.text}）。", named.clause)
            moved = next((x for x in self.n.amendments if any(w[5:10] == f"{int(mo):02d}-{int(d):02d}" for w in x.was)), None)
            if moved and (mo, d) != (month, day):  # the date a supplementary notice replaced, with the sentence that moved it
                own = next((x for x in re.split(r"(?<=[。；;\n])", moved.text) if re.search(rf"(?<!\d){plain(mo)}\s*月\s*{plain(d)}\s*日", x)), "")
                return self._fix(f"不是{plain(mo)}月{plain(d)}日：{own.strip() or first_sentence(moved.text)}", moved.clause)
            nxt = dt.date(year, month, day) + dt.timedelta(days=1)
            if time_s == "24:00" and (mo, d) == (nxt.month, nxt.day) and re.match(r"\s*[日号]?\s*(?:的)?\s*(凌晨|零点|0\s*[点:：]|00\s*[:：])", norm[m.end():]):
                continue  # "3月1日24点截止，也就是3月2日凌晨0点": the same moment
            if (mo, d) != (month, day) and not re.search(r"截[止至]|最晚|最后一天|deadline|due", norm) and not self._other_date(mo, d) and re.search(
                    rf"(?<!\d){plain(mo)}\s*月\s*{plain(d)}\s*日", self.body):
                continue  # '获评企业每年1月31日前要交什么': a date the notice sets for something else, not said of the deadline
            if (mo, d) != (month, day) and _ACT_BEFORE.search(norm[m.end():]) and not _SAID_DEADLINE.search(norm) \
                    and (y or year, mo, d) < (year, month, day):
                continue  # '2月28日之前交完应该稳妥吧': in time, as the deadline section says
            if (mo, d) != (month, day):
                other = self._other_date(mo, d)
                if other and set(_ABOUT_OTHER.findall(norm)) & set(_ABOUT_OTHER.findall(other.label + other.text)):
                    if fix := self._group_step(norm, other, mo, d):  # "我们在临港，纸质3月9号前送到就行吧": another area's date
                        return fix
                    continue  # "纸质材料4月3号前寄出就行吧": that is the paper date, rightly said
                note = f"（{plain(mo)}月{plain(d)}日是“{other.label}”的日期。）" if other else ""
                step = self._step_said(norm[max(0, m.start() - 30):m.start()])
                if step is not None and (other is None or step.when[:10] != other.when[:10]):  # "纸质是…我算下来是4月15号"
                    return self._fix(f"不是{plain(mo)}月{plain(d)}日：{step.label}的截止时间是{when_text(self.kb, step.when)}（{step.text}）。", step.clause)
                return self._fix(f"不是{plain(mo)}月{plain(d)}日：{said}{note}", sub.clause_of("deadline"), *((other.clause,) if other else ()))
            if y and y != year:
                return self._fix(f"不是{y}年：{said}", sub.clause_of("deadline"))
        if (part := _PART_OF_MONTH.search(norm)) and not _ABOUT_OTHER.search(norm) and (  # '是6月底截止对吧', not '7月初才能准备好'
                re.match(r"\s*(?:就|前)?\s*(?:截止|截至|结束|关闭|关网|停止)", norm[part.end():])
                or re.search(r"(?:截止|截至)(?:日期|时间)?\s*(?:是|为|在|到)\s*$", norm[:part.start()])):
            mo, lo, hi = int(cn_number(part.group(1))), *_PARTS[part.group(2)]
            if 1 <= mo <= 12 and not (month == mo and lo <= day <= hi) \
                    and not any(int(e.when[5:7]) == mo and lo <= int(e.when[8:10]) <= hi for e in sub.deadlines):
                return self._fix(f"不是{part.group(0)}：{said}", sub.clause_of("deadline"))
        hour, minute = (int(x) for x in (time_s or "24:00").split(":"))
        for m in () if self.en or not time_s else HOUR.finditer(norm):  # no hour in the notice: none is said wrong
            if _acted_at(norm, m) or _HOUR_EVENT.search(norm[m.end():m.end() + 8]) or _NOW_SAID.search(norm[max(0, m.start() - 6):m.start()]) \
                    or re.match(r"\s*(?:半|多|\d{1,2}\s*分?)?\s*了", norm[m.end():]):
                continue  # "五点半交来得及吗", "下午6点开完会", "现在刚好5点整", "下午四点半了": the user's own hours, or the time now
            if m.group(3):  # 零点 / 午夜
                h = 24 if m.group(3) == "午夜" else 0
            else:
                h = cn_number(m.group(2))
                if h < 0 or h > 24:
                    continue
                if m.group(1) in ("下午", "晚上", "傍晚", "夜里") and h < 12:
                    h += 12
                elif m.group(1) in ("晚上", "夜里") and h == 12:  # "晚上12点": midnight
                    h = 24
            clock = re.search(r"[:：]\s*(\d{2})", m.group(0))
            said_min, words = (int(clock.group(1)), "") if clock else _minutes(norm[m.end():m.end() + 6])
            # "12点" / "晚上12点" / "零点" said of a deadline at 24:00 is that midnight, not noon.
            midnight = hour == 24 and said_min == 0 and (h == 0 or h == 12 and m.group(1) not in ("上午", "中午", "下午"))
            h = h + 12 if not m.group(1) and h < 12 and h + 12 == hour else h  # "5点截止吧" of a 17:00 deadline: that 5 p.m.
            if (h, said_min) < (hour, minute) and _ACT_BEFORE.search(norm[m.end():]) and not _SAID_DEADLINE.search(norm):
                continue  # '3月1日下午5点前交肯定没问题吧' of a 24:00 deadline: before it
            if (h != hour or said_min != minute) and not midnight and not (h == 0 and hour == 24 and m.group(3) == "午夜"):
                return self._fix(f"不是{m.group(0).strip()}{words}：{said}", sub.clause_of("deadline"))
        for m in EN_HOUR.finditer(norm) if time_s else ():
            if _acted_at(norm, m) or (re.search(r"\b(on time|in time|too late|late|ok|okay|fine)\b", norm[m.end():])
                                      and not re.search(_DEADLINE, norm)):
                continue  # "Is March 1 11pm on time?": a moment asked about, not the deadline said
            if m.group(4):
                h = 24 if m.group(4) == "midnight" else 12
            else:
                h = int(m.group(1)) % 12 + (12 if m.group(3).startswith("p") else 0)
            if (h != hour or (not m.group(4) and int(m.group(2) or 0) != minute)) and not (h == 0 and hour == 24):
                return self._fix(f"不是{m.group(0).strip()}：{said}", sub.clause_of("deadline"), en=f"Not {m.group(0).strip()}: {said_en}")
        return None

    def _group_step(self, norm: str, other, mo: float, d: float) -> Section | None:
        """A paper date said that is the step of other firms than the message's ('临港新片区内企业：于3月2日前…' vs
        '其他企业：于3月9日前…'): corrected with its own step."""
        mine, _when = paper_due(self.kb, norm)
        if mine is None or mine.when[:10] == other.when[:10] or mine.label != other.label \
                or not (FOR_GROUP.match(mine.text) or FOR_GROUP.match(other.text)):
            return None
        return self._fix(f"不是{plain(mo)}月{plain(d)}日：{mine.text}。（{plain(mo)}月{plain(d)}日是另一类企业的日期：{other.text}。）",
                         mine.clause, other.clause)

    def _step_said(self, before: str):
        """The one dated later step (the paper copies, the units') the words before a date speak of, if any; none when
        its own clause says the online step ('昆山纸质4月25号截止，网上是4月30号截止吧')."""
        if re.search(r"网上|在线|线上|系统|online", re.split(r"[，,；;。]", before)[-1]):
            return None
        said = set(_ABOUT_OTHER.findall(before))
        steps = [e for e in self.n.submission.deadlines if said & set(_ABOUT_OTHER.findall(e.label + e.text))] if said else []
        return steps[0] if len(steps) == 1 else None

    def _step_named(self, before: str):
        """The one dated step whose own name the words before a date use ('回执4月18号之前发…' of the step '参会回执')."""
        steps = [e for e in self.n.submission.deadlines if len(e.label) >= 2 and not _GENERIC_STEP.search(e.label)
                 and re.split(r"[，,；;。？?]", before)[-1].find(e.label[-2:]) >= 0]
        return steps[0] if len(steps) == 1 else None

    def _other_date(self, month: float, day: float):
        """The notice's other dated step (paper copies, the units' recommendation) on that day, if any."""
        return next((e for e in self.n.submission.deadlines if e.when[5:10] == f"{int(month):02d}-{int(day):02d}"), None)

    def _weekday(self, norm, a, intents, premise) -> Section | None:
        """'3月6号是星期五吧' when the round's 3月6日 is a Thursday: the calendar's day, for a date the notice sets."""
        m = _WEEKDAY.search(norm)
        sub = self.n.submission
        if m is None or sub is None:
            return None
        month, day, said = int(m.group(1)), int(m.group(2)), m.group(3).replace("天", "日")
        dated = [(x.when, x.clause) for x in sub.deadlines] + [(sub.deadline, sub.clause_of("deadline"))]
        hit = next(((w, c) for w, c in dated if w[5:10] == f"{month:02d}-{day:02d}"), None)
        if hit is None:
            return None  # a date the notice does not set: its weekday is no fact of this round
        when = dt.date.fromisoformat(hit[0][:10])
        real = _WEEKDAYS[when.weekday()]
        if real == said:  # right: said so, with the step it is the date of
            line = f"{when.year}年{month}月{day}日确是星期{real}。" if not self.en else f"Yes, {en_date(when)} is a {_EN_DAYS[when.weekday()]}."
            return Section("Checked" if self.en else "核对", (line,), (hit[1],))
        return self._fix(f"不是星期{said}：{when.year}年{month}月{day}日是星期{real}。", hit[1],
                         en=f"Not a {_EN_DAYS[_WEEKDAYS.index(said)]}: {en_date(when)} is a {_EN_DAYS[when.weekday()]}.")

    def _midnight(self, norm, a, intents, premise) -> Section | None:
        """'3月8日24:00就是3月8号凌晨0点吧': 24:00 ends the day, it does not begin it."""
        sub = self.n.submission
        if sub is None or not sub.deadline.endswith(" 24:00") or not _MIDNIGHT.search(norm):
            return None
        day = dt.date.fromisoformat(sub.deadline[:10])
        nxt = day + dt.timedelta(days=1)
        if re.search(rf"第二天|次日|隔天|{nxt.month}\s*月\s*{nxt.day}\s*[日号]|(?<![\d月])0?{nxt.day}\s*[日号]\s*(凌晨|0|零)", norm) \
                or not re.search(rf"当天|当日|{day.month}\s*月\s*{day.day}\s*[日号]|(?<![\d月]){day.day}\s*[日号]", norm):
            return None  # "24:00截止，相当于2号零点吧" is right; a 0点 of no day said is no claim
        return self._fix(f"不是{day.month}月{day.day}日凌晨：“24:00”是{day.month}月{day.day}日当天结束的时刻（即{nxt.month}月{nxt.day}日0:00），"
                         f"{day.month}月{day.day}日全天都在截止之前。", sub.clause_of("deadline"),
                         en=f"Not the early hours of {day:%B} {day.day}: 24:00 is the end of that day ({nxt:%B} {nxt.day} 00:00); the whole "
                            f"of {day:%B} {day.day} is before the deadline.")
