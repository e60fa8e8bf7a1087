"""When things open: the online system ("申报系统于4月10日9:00开放") and a step's window of days with hours for
handing in ('2051年4月3日至4月10日（工作日8:30—17:00）'). Whether now, or the day and hour a message plans, falls
inside the window: before it opens, on a day off or outside its hours is no "来得及"."""

from __future__ import annotations

import datetime as dt
import re

from .model import Knowledge, parse_deadline
from .notice import ExtraDeadline
from .open_days import made_workday
from .paper_plan import postmark
from .phrasing import date_status, en_date, web_word, when_text, zh_date
from .planned import asked, judge_day
from .recall import _SENTENCE
from .values import DATE, cn_number, lazy

# Per notice object (kept with it, so that a reused id never serves another notice's opening).
_OPENING: dict[int, tuple[object, tuple[dt.datetime, str] | None]] = {}
_CLOCK = lazy(r"^[^。；]{0,8}?(\d{1,2})\s*[:：]\s*(\d{2})")


def opening(kb: Knowledge) -> tuple[dt.datetime, str] | None:
    """(when, clause) online applications open, where the notice says so ("申报系统于4月10日9:00开放")."""
    held = _OPENING.get(id(kb.notice))
    if held is None or held[0] is not kb.notice:
        _OPENING[id(kb.notice)] = held = (kb.notice, _find_opening(kb))
    return held[1]


def _find_opening(kb: Knowledge) -> tuple[dt.datetime, str] | None:
    sub = kb.notice.submission
    if kb.deadline is None:
        return None
    if sub and sub.opens:  # read by the ingest ("于X至Y登录…")
        day, _, clock = sub.opens.partition(" ")
        try:
            when = dt.datetime.fromisoformat(f"{day}T{clock or '00:00'}").replace(tzinfo=kb.tz)
            return (when, sub.clause) if when < kb.deadline else None
        except ValueError:
            pass
    rule = next((re.compile(u.evidence) for u in kb.lexicon.unknowns if u.opens and u.evidence), None)
    for c in kb.notice.passages if rule else ():
        for s in _SENTENCE.findall(c.text):
            if rule.search(s) and (m := DATE.search(s)):
                year = int(m.group(1)) if m.group(1) else kb.deadline.year
                clock = _CLOCK.search(s[m.end():])
                try:
                    when = dt.datetime(year, int(cn_number(m.group(2))), int(cn_number(m.group(3))),
                                       int(clock.group(1)) if clock else 0, int(clock.group(2)) if clock else 0, tzinfo=kb.tz)
                except (ValueError, OverflowError):
                    continue
                return (when, c.clause) if when < kb.deadline else None
    return None


def not_open_yet(kb: Knowledge, now: dt.datetime, en: bool = False, asked: bool = False) -> tuple[str, str] | None:
    """'现在系统能提交了吗' asked before the system opens: when it opens, with its clause. `asked`: the message asks
    when it opens ('系统啥时候开放'), so the day is said after it too."""
    opens = opening(kb)
    if not opens or (now >= opens[0] and not asked):
        return None
    when, clause = opens
    clock = f" {when:%H:%M}" if when.hour or when.minute else ""
    if now >= when:
        return ((f"Online applications opened on {en_date(when.date())}{clock}." if en else
                 f"{web_word(kb)}申报已于{zh_date(when.date())}{clock}开放。"), clause)
    return ((f"Online applications open on {en_date(when.date())}{clock}; it is not open yet." if en else
             f"{web_word(kb)}申报于{zh_date(when.date())}{clock}起开放，目前尚未开放，届时才能提交。"), clause)


_RANGE = lazy(r"(\d{1,2})[:：](\d{2})\s*(?:—|–|－|-|~|～|至|到)+\s*(?:下午\s*)?(\d{1,2})[:：](\d{2})")
_WORKDAYS = lazy(r"工作日|周一至周五|工作时间")
_WEEKDAY = "一二三四五六日"
# The paper copies count when they arrive ('以街道签收时间为准', '以实际送达时间为准，不以邮戳为准').
_ARRIVAL = lazy(r"以[^，。；]{0,10}?((?:签收|寄达|送达|收到|到达|实际送达)(?:时间|日期)?)为准")


def _arrival(kb: Knowledge) -> str:
    """What counts for the paper copies' date, when the notice says it is their arrival ('签收时间'), else ''."""
    m = next((m for c in kb.notice.passages if (m := _ARRIVAL.search(c.text))), None)
    return m.group(1) if m else ""



def _day(when: str) -> dt.date:
    return dt.date.fromisoformat(when.partition(" ")[0])


def step_when(kb: Knowledge, step: ExtraDeadline, en: bool = False) -> str:
    """The step's date as the notice sets it: its window and hours where it has them."""
    if not step.opens and not step.hours:
        return when_text(kb, step.when, en)
    last = _day(step.when)
    if en:
        span = f"{en_date(_day(step.opens))} to {en_date(last)}" if step.opens else en_date(last)
        at = f", {step.when.partition(' ')[2]}" if " " in step.when and not step.hours.endswith(step.when.partition(" ")[2]) else ""
        return span + at + (f" (hand-in hours {step.hours})" if at and step.hours else f" ({step.hours})" if step.hours else "")
    first = _day(step.opens) if step.opens else None
    span = (f"{zh_date(first)}至{last.month}月{last.day}日" if first.year == last.year else f"{zh_date(first)}至{zh_date(last)}") \
        if first else zh_date(last)
    at = f" {step.when.partition(' ')[2]}" if " " in step.when and not step.hours.endswith(step.when.partition(" ")[2]) else ""
    return span + at + (f"（受理时间{step.hours}）" if at and step.hours else f"（{step.hours}）" if step.hours else "")  # '12:00（受理时间…）'


def _hours(step: ExtraDeadline) -> list[tuple[int, int]]:
    """The hand-in hours as (from, to) minutes after midnight; '下午2:30-5:30' is 14:30 to 17:30."""
    out = []
    for m in _RANGE.finditer(step.hours):
        a, b, c, d = (int(x) for x in m.groups())
        pm = 12 * 60 if re.search(r"(?:下午|晚上)\s*$", step.hours[:m.start()]) and a < 12 and c <= 12 else 0
        out.append((a * 60 + b + pm, c * 60 + d + (pm if c < 12 else 0)))
    return out


# Days the window takes nothing inside its period ('清明节假期（4月4日至6日）窗口暂停受理，4月7日起恢复正常受理').
_PAUSE = lazy(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:至|到|—|–|-|~|～)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日[）)]?"
              r"(?![^。；，,]{0,8}?(?:节假日|周末|双休|休息日))[^。；，,]{0,8}"  # not a window's own '（法定节假日不受理）'
              r"(?:暂停|停止|不)(?:受理|接收|办理|收件)")


def _paused(kb: Knowledge, day: dt.date) -> str:
    """The notice's sentence that pauses the window on that day, or ''."""
    for c in kb.notice.passages:
        for sent in _SENTENCE.findall(c.text) if "暂停" in c.text or "不受理" in c.text else ():
            for m in _PAUSE.finditer(sent):
                try:
                    first = dt.date(day.year, int(m.group(1)), int(m.group(2)))
                    last = dt.date(day.year, int(m.group(3) or m.group(1)), int(m.group(4)))
                except ValueError:
                    continue
                if first <= day <= last:
                    return sent.strip().rstrip("。；;")
    return ""


_BY_HAND = lazy(r"窗口|纸质|现场|送过去|送去|递交|交材料")
_ON_DAYS = lazy(r"(?:窗口|受理|报送|接收)[^。；]{0,30}?(每周[一二三四五六日天](?:[、和及，,至到—-]\s*(?:周|星期)?[一二三四五六日天])*)")


def _weekdays(kb: Knowledge) -> tuple[set[int], str] | None:
    """({weekday}, '每周二、周四') when the notice takes hand-ins on some days of the week only."""
    said = next((m.group(1) for c in kb.notice.passages if "每周" in c.text for m in [_ON_DAYS.search(c.text)] if m), "")
    names = re.findall(r"[一二三四五六日天]", said)
    if not names:
        return None
    index = ["一二三四五六".find(x) if x in "一二三四五六" else 6 for x in names]
    if re.search(r"[至到—-]", said) and len(index) == 2:  # '每周一至周五'
        index = list(range(index[0], index[1] + 1))
    return (set(index), said) if len(set(index)) < 5 else None


def _closed(step: ExtraDeadline, day: dt.date, minute: int | None, kb: Knowledge | None = None) -> str:
    """Why the window takes nothing then ('' when it does): a paused day, a day off, or an hour outside its hours."""
    if kb is not None and (pause := _paused(kb, day)):
        return f"在暂停受理期间（通知：“{pause}”）"
    if step.hours and _WORKDAYS.search(step.hours) and day.weekday() >= 5 and not (kb is not None and made_workday(kb, day)):
        return f"是星期{_WEEKDAY[day.weekday()]}，不是工作日"
    if kb is not None and (days := _weekdays(kb)) and day.weekday() not in days[0]:  # '每周二、周四' only
        return f"是星期{_WEEKDAY[day.weekday()]}，窗口只在{days[1]}受理"
    spans = _hours(step)
    if minute is not None and spans and not any(a <= minute <= b for a, b in spans):
        return f"{minute // 60:02d}:{minute % 60:02d}不在受理时间内"
    return ""


def step_status(kb: Knowledge, now: dt.datetime, step: ExtraDeadline, about: str) -> tuple[str, str]:
    """Whether the step is ahead: not open yet (before its first day), or open but not at this hour."""
    if step.opens and now.astimezone(kb.tz).date() < _day(step.opens):
        return (f"——尚未开始受理，{zh_date(_day(step.opens))}起才能报送。", f" (not open yet: from {en_date(_day(step.opens))})")
    zh, en = date_status(kb, now, step.when, about)
    if "来得及" in zh and (rule := _arrival(kb)) and parse_deadline(step.when, kb.tz, kb.notice_path) - now < dt.timedelta(hours=36):
        zh = zh.rstrip("。") + f"，但通知以{rule}为准：须在截止前送达，不是截止前寄出，寄送请预留路上的时间。"
        en += f" (but {rule} counts: it must arrive by then, not merely be posted)"
    local = now.astimezone(kb.tz)
    if step.hours and "已过" not in zh and (why := _closed(step, local.date(), local.hour * 60 + local.minute, kb)):
        zh = zh.rstrip("。") + f"；现在（{why}）不受理，受理时间为{step.hours}。"
        en += f" (not now: hand-in hours are {step.hours})"
    return zh, en


def judge_in_window(kb: Knowledge, view: Knowledge, step: ExtraDeadline | None, now: dt.datetime, norm: str,
                    en: bool = False) -> str:
    """The day (and hour) a message plans, judged against the window of the step the view is about: before it opens,
    a day off or an hour outside its hours is said so; otherwise as against its last day."""
    day = asked(view, now, norm) if step is not None and view is not kb and (step.opens or step.hours) and not postmark(kb, norm, step) else None
    if day is None and not en and (one := asked(view, now, norm)) and one[1] == one[2] and one[1] <= view.deadline.date() \
            and (pause := _paused(kb, one[1])):  # '6月15号去送行吧' where the notice pauses hand-ins then ('端午节假期…暂停受理')
        return f"{one[0]}（{zh_date(one[1])}）在暂停受理期间，不受理（通知：“{pause}”）。"
    if day is None and not en and (one := asked(view, now, norm)) and one[1] == one[2] and (days := _weekdays(kb)) \
            and one[1].weekday() not in days[0] and one[1] <= view.deadline.date() and (view is not kb or _BY_HAND.search(norm)):
        return f"{one[0]}（{zh_date(one[1])}）是星期{_WEEKDAY[one[1].weekday()]}，窗口只在{days[1]}受理，这天不受理。"
    if day is None or day[1] != day[2]:
        return judge_day(view, now, norm, en)
    said, first, _end, at, _done = day
    window = step_when(kb, step, en)
    if step.opens and first < _day(step.opens):
        return (f"{en_date(first)} is before the window opens ({window})." if en else
                f"{said}（{zh_date(first)}）还没开始受理：受理时间为{window}。")
    local = now.astimezone(kb.tz)  # "今天还能送吗" without an hour: today from now on
    if at and not at[2] and first == local.date() and 60 <= at[0] < min(420, local.hour * 60 + local.minute):
        at = (at[0] + 720, at[1], True)  # '一点钟上去送' said at noon: 13:00, not the hour past
    due = dt.datetime.combine(first, dt.time(0), kb.tz) + dt.timedelta(minutes=at[0]) if at else None
    minute = at[0] if at else local.hour * 60 + local.minute if first == local.date() else None
    over = minute is not None and dt.datetime.combine(first, dt.time(0), kb.tz) + dt.timedelta(minutes=minute) >= view.deadline
    if first <= _day(step.when) and not (due and due > view.deadline) and not over and (why := _closed(step, first, minute, kb)):
        hours = window if step.opens else f"{step.hours}，截止{when_text(kb, step.when)}"  # no window of days: its hours
        return (f"{en_date(first)}: nothing is taken then ({window})." if en else
                f"{said}（{zh_date(first)}）{why}，不受理：受理时间为{hours}，请在此期间报送。")
    return judge_day(view, now, norm, en)
