"""The day a message plans to act on, judged against the deadline: "后天再交行不行", "我们打算3月10号交",
"3月中旬再传系统可以吧", "We plan to upload around mid-March". A day is before the deadline, its last day, or
too late; a span of days ("中旬", "end of March") may straddle it.

A date written before a submitting verb ("3月10号交") is the user's plan, not a claim about the deadline, so the
deadline check (knowledge/deadline_claims.py) does not answer it with "不是3月10日"; a date the
message does assert of the deadline ("截止是3月15号吧") is corrected there.
"""

from __future__ import annotations

import datetime as dt
import re

from .days import _DAY, _int, _span
from .model import Knowledge
from .moments import past_moment
from .phrasing import deadline_text, en_date, last_day, zh_date
from .values import lazy

# A time of day: "下午五点半", "17:30", "5:30pm".
# Minutes after an hour, as people write them: 半, 一刻, 30, 三十五, 十, 五分.
MINUTE = r"(半|一刻|\d{1,2}|[一二三四五]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九](?=分))"
_TIME = lazy(r"(上午|下午|晚上|中午|傍晚|夜里|凌晨|早上)?\s*(?<![差有快少多])(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?:点(?!点|儿)|时|[:：])\s*"
             + MINUTE + r"?(?![\d\s]*[ap]\.?m\b)"  # not the '5:30' of '5:30pm'
             r"|\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)")
_ACT_AFTER = lazy(r"^\s*(?:[日号]\s*)?(?:之|以)?前?\s*(?:左右|前后|再|才|就|开始|准备|打算|过去|去|还能|还可以|能|可以){0,2}\s*"
                  r"(交|提交|递交|报送|申报|报|寄|邮寄|寄出|上传|传|送|发|弄)"
                  r"|^\s*(?:还|也|都|应该)?\s*(?:来得及|来不及|赶得上|赶得及|赶趟|算(?:逾期|迟到|迟|晚|超时)|晚不晚|迟不迟)")  # '5点半还来得及吗'
_PLAN_BEFORE = lazy(r"(打算|准备|计划|想|预计|安排|估计|争取|最快|要到|得到|plan|planning|intend|going to|aim|expect|will|could)")
_ACT_BEFORE_EN = lazy(r"\b(submit|submitted|submitting|upload|uploaded|uploading|send|sent|sending|file|filed|filing|mail|mailed|mailing|post|posted|"
                     r"posting|apply|applied|applying|arriv\w*|"
                     r"deliver\w*|drop(?:ped)? (?:it|them) off|hand(?:ed)? (?:it|them) in|gets? there)\b")
_ASKED_AFTER = lazy(r"来得及|来不及|行不行|行吗|可以吗|可以吧|算逾期|算晚|晚不晚|还行|算按时|算准时|按时吗|算不算|超时|算数|ok\b|okay|"
                      r"too late|in time|on time|\blate\b|still")
_OTHER_EVENT = lazy(r"公示|异议|宣讲|培训会|答辩|核查|观摩|第[一二三四五六七八九十\d]场|那场|哪场")  # an event with dates of its own
_DEADLINE = r"截止|截至|最晚|最迟|deadline|due|\bclos(e|es|ed|ing)\b|cut-?off|last day"  # words said of a deadline
_CLOSING = lazy(_DEADLINE + r"|[号日]前(交|提交|递交|报|寄|送|上传)")  # a message that may claim one
# A date said of something else ("2019年3月5日成立", "成立于…") is not a claim about the deadline.
_EVENT_AFTER = lazy(r"^\s*(成立|注册|设立|投产|建厂|开业|获得|获评|获|认定|通过|颁发|发布|印发|出台|生效|开始实施|实施|才?(看到|收到|知道|得知|发现)"
                   r"|(?:就)?(?:开始|着手)(?:准备|写|弄|做|筹备|整理)|(?:就)?准备)")
_EVENT_BEFORE = lazy(r"(成立|注册|设立|投产|开业|认定|颁发|印发|发布)(于|时间|日期)?(要求|须|应|需|得|是|为|在)?(是|为|在)?\s*$")
_DONE = lazy(r"^\s*(就|已经|已|都)?\s*(?:在?(?:系统|网上|网站|平台|线上)[上里]?|在线)?\s*(?:(?:点了|按了)\s*(?:提交|上传)|"
             r"(交|提交|递交|报送|报|寄|寄出|上传|传)(了|过(?!去|来)|完了|好了|的(?!话)))")
_DONE_EN = lazy(r"\b(?:we|i|they)\s+(?:already\s+|have\s+|had\s+)?"
               r"(?:submitted|uploaded|sent (?:it|them|ours?|the)|filed|mailed|posted|handed (?:it |them )?in)\b")
_DEADLINE_WORDS = lazy(_DEADLINE + r"|到期")
_HOUR_FIRST = lazy(r"^\s*(?:凌晨|早上|上午|中午|下午|晚上|傍晚)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|点(?:半|\d{1,2}分?)?)(?:\s*分)?(?:\s*[点时])?(?:\s*的)?")


def is_plan(norm: str, m: re.Match) -> bool:
    """A date the user means to act on ("3月10号交", "plan to submit on March 10"), not one said of the deadline."""
    before = norm[max(0, m.start() - 24):m.start()]
    if _DEADLINE_WORDS.search(before[-10:]) or _DEADLINE_WORDS.search(norm[m.end():m.end() + 4]):
        return False  # "3月15号截止吗" is said of the deadline, even after "想问一下"
    after = _HOUR_FIRST.sub("", norm[m.end():m.end() + 16])  # "3月2日上午10点提交": the hour said with the day
    return bool(_ACT_AFTER.search(after[:8]) or _PLAN_BEFORE.search(before[-12:]) or _ACT_BEFORE_EN.search(before))


_NOW_TOLD = lazy(r"(?:现在|眼下|这会儿?)(?:都|已经|是|快|已)?\s*$")  # not '都5点半才能交', '已经16:50提交了': the user's own


def _acted_at(norm: str, m: re.Match) -> bool:
    """An hour the user means to act at ("五点半交", "submit at 5pm"), not one said of the deadline."""
    after = re.sub(r"^\s*" + MINUTE + r"?\s*分?\s*(?:[点时]\s*)?(?:的\s*)?", "", norm[m.end():m.end() + 12])  # '23:59分点的提交'
    if re.match(r"之?前", after) and re.search(r"就(行|可以|好|没问题|算)|都(行|可以)", norm[m.end():m.end() + 16]):
        return False  # "晚上12点前交过去就行吧": the hour said of the deadline
    return bool(_ACT_AFTER.search(after) or _ACT_BEFORE_EN.search(norm[max(0, m.start() - 28):m.start()])) \
        and not _DEADLINE_WORDS.search(re.split(r"[。？！?!；;]", norm[max(0, m.start() - 8):m.start()])[-1])  # in its own sentence


def _time_of_day(norm: str) -> tuple[int, int, bool] | None:
    """(minutes after midnight, end of the match, whether morning or afternoon is said) of the first time named, not
    the present told ("现在7点多了，明天还有机会不")."""
    m = next((x for x in _TIME.finditer(norm) if not _NOW_TOLD.search(norm[max(0, x.start() - 4):x.start()])), None)
    if not m:
        return None
    if m.group(4):  # 5:30pm
        hour, minute = int(m.group(4)) % 12 + (12 if m.group(6).lower().startswith("p") else 0), int(m.group(5) or 0)
    else:
        hour = _int(m.group(2)) if m.group(2) else -1
        minute = {"半": 30, "一刻": 15}.get(m.group(3) or "", _int(m.group(3)) if m.group(3) else 0)
        if m.group(1) in ("下午", "晚上", "傍晚", "夜里") and hour < 12:
            hour += 12
        elif m.group(1) in ("晚上", "夜里") and hour == 12:  # "晚上12点": that night's midnight, not noon
            hour = 24
    return (hour * 60 + minute, m.end(), bool(m.group(1) or m.group(6))) if 0 <= hour <= 24 and 0 <= minute < 60 else None


def asked(kb: Knowledge, now: dt.datetime, norm: str) -> tuple[str, dt.date, dt.date, tuple[int, int, bool] | None, bool] | None:
    """(the words, first day, last day, hour, done) of the day (or span of days) a message plans to act on or asks
    about, with the hour said with it ((minutes, end, morning or afternoon said)) and whether it was already done
    then ('3月2号交了'); None when it names none."""
    if kb.deadline is None:
        return None
    today, last = now.astimezone(kb.tz).date(), last_day(kb)
    # A calendar date counts when it is acted on or asked about ("3月10号交", "3月10号来得及吗"), never a date
    # told in passing ("2019年3月5日成立").
    found = [(*s, m.end()) for m in _DAY.finditer(norm) if (m.group("rel") or m.group("dom") or m.group("wd") or is_plan(norm, m)
                                                          or _ASKED_AFTER.search(norm[m.end():m.end() + 16]))
             and not (_DONE.match(_HOUR_FIRST.sub("", norm[m.end():])) and not _ASKED_AFTER.search(norm[m.end():m.end() + 24]))  # "3月中旬就交了"
             and not re.match(r"^\s*[日号]?\s*(?:的)?\s*" + _EVENT_AFTER.pattern.lstrip("^"), norm[m.end():m.end() + 8])  # "3月15号成立的"
             and not _EVENT_BEFORE.search(norm[:m.start()])
             and (m.group("rel") or not re.match(r"\s*[日号]?\s*(?:就|才)?\s*(?:" + _DEADLINE + ")", norm[m.end():m.end() + 8]))  # "原来不是16号截止吗"
             and not re.search(r"(?:" + _DEADLINE + r")(?:时间|日期)?\s*(?:是|为|在|定在)\s*$", norm[max(0, m.start() - 12):m.start()])  # '推荐截止是13号几点'
             and (s := _span(m, today, last))]
    # The hour said with the day asked about ("开完会6点，明天下午4点交": 16:00), else the message's only hour.
    at = _time_of_day(norm[found[-1][3]:]) if found else None
    at = at or _time_of_day(norm)
    if not found and at and (_ACT_AFTER.search(norm[at[1]:at[1] + 8]) or _ASKED_AFTER.search(norm[at[1]:at[1] + 14])):
        found = [(*s, m.end()) for m in _DAY.finditer(norm) if m.group("m") and 0 <= at[1] - m.end() <= 12 and (s := _span(m, today, last))][-1:] \
            or [("今天", today, today, at[1])]  # "五点半交来得及吗": today, at that time; "3月2号凌晨1点": that day
    if not found:
        return None
    said, first, end, pos = found[-1]  # "明天截止？那我后天再交来得及吗": the day asked about comes last
    if at and not at[2] and said.lower() in ("今晚", "明晚", "昨晚", "tonight", "last night"):  # "今晚8点": 20:00
        hour = at[0] // 60  # "今晚12点前": midnight; "昨晚1点", "昨晚12点半": after midnight, the next day's early hours
        at = (at[0] + (720 if 6 <= hour <= 12 else 1440 if hour < 6 else 0), at[1], True)
    elif at and not at[2] and at[0] // 60 == 12 and first == today and now.astimezone(kb.tz).hour >= 18:  # at 23:58, '过了12点': midnight
        at = (at[0] + 720, at[1], True)
    return said, first, end, at, bool(_DONE.match(_HOUR_FIRST.sub("", norm[pos:])) or _DONE_EN.search(norm))


_OWN_PERIOD = lazy(r"补正|整改|补齐材料")


def judge_day(kb: Knowledge, now: dt.datetime, norm: str, en: bool = False) -> str:
    """Whether the day (or span of days) the message names comes before the deadline."""
    if (day := asked(kb, now, norm)) is None or _OWN_PERIOD.search(norm):
        return ""  # ('今天区里通知我们要补正，期限里周末算不算': a period counted from its own notice, not the application's)
    said, first, end, at, done = day
    today, last = now.astimezone(kb.tz).date(), last_day(kb)
    done = done and first <= today  # "3月2号凌晨1点提交的算按时吗" asked beforehand: a moment supposed, not one past
    if done and at and first == end:  # "昨晚11点半提交的，算按时吧": that moment against the deadline
        return past_moment(kb, said, first, at, en)
    if done and not at and first == end:  # "我3月2号交了，算逾期吗": the day it was done, against the deadline
        verdict = ("是截止当天：在{}之前提交的算按时，之后的算逾期" if first == last else "已经过了截止时间，算逾期" if first > last
                   else "在截止之前，按时提交，不算逾期").format(deadline_text(kb))
        late = "on time" if first < last else "late" if first > last else "on time only if before that hour"
        return f"{en_date(first)} vs the deadline {deadline_text(kb, True)}: {late}." if en else f"{said}（{zh_date(first)}）{verdict}。"
    if end < today:  # "2月10号交可以吗" asked on 20 February: that day is gone
        return (f"{en_date(first)} has already passed; what is left is the time until {deadline_text(kb, True)}." if en else
                f"{said}（{zh_date(end)}）已经过去了，现在离截止（{deadline_text(kb)}）还剩的时间见上。")
    if at and first == end == last:  # "今天下午五点半交": the hour decides on the last day
        minutes, local = at[0], now.astimezone(kb.tz)
        minutes += 720 if not at[2] and 60 <= minutes < 420 and (first != today or minutes < local.hour * 60 + local.minute) else 0  # 5:30 at 16:20
        when, clock = dt.datetime.combine(first, dt.time(0), kb.tz) + dt.timedelta(minutes=minutes), f"{minutes // 60:02d}:{minutes % 60:02d}"
        if when > kb.deadline:
            return (f"{en_date(first)} {clock} is after the deadline ({deadline_text(kb, True)}): too late." if en else
                    f"{said}{clock}已经过了截止时间（{deadline_text(kb)}），来不及。")
        at_it, before = ("正是截止时刻", "，须在此之前提交完毕，请提前") if when == kb.deadline else ("还在截止时间", "之前，来得及，但请尽早")
        return (f"{en_date(first)} {clock} is {'the deadline itself' if at_it[0] == '正' else 'before the deadline'} "
                f"({deadline_text(kb, True)})." if en else f"{said}{clock}{at_it}（{deadline_text(kb)}）{before}。")  # "24点整"
    when = zh_date(first) if first == end else f"{zh_date(first)}至{zh_date(end)}"
    when_en = en_date(first) if first == end else f"{en_date(first)} to {en_date(end)}"
    if first > last:
        return (f"{when_en} is after the deadline: too late." if en else
                f"{said}（{when}）已经过了截止时间，来不及。")
    if first == end == last:  # asked on that day: in time before the hour, too late after it
        local, words = now.astimezone(kb.tz), kb.notice.submission.deadline_words if kb.notice.submission else ""
        if first == local.date() and (now >= kb.deadline or "下班" in words and local.hour >= 17):
            return (f"{when_en} is the last day, and the deadline ({deadline_text(kb, True)}) has {'most likely ' if now < kb.deadline else ''}"
                    "passed: too late." if en else f"{said}（{when}）是截止当天，现在{'很可能' if now < kb.deadline else ''}已经过了截止时间"
                    f"（{deadline_text(kb)}），来不及。")
        soon = "现在还来得及，" if first == local.date() else ""
        return (f"{when_en} is the last day: submit before {deadline_text(kb, True)}." if en else
                f"{said}（{when}）是截止当天，{soon}须在{deadline_text(kb)}前提交。")
    if end >= last:
        return (f"{when_en} runs past the deadline: submit by {deadline_text(kb, True)}." if en else
                f"{said}（{when}）跨过了截止时间，须在{deadline_text(kb)}前提交，晚了就来不及。")
    from .window import opening  # (window reads this module)
    if (op := opening(kb)) and now < op[0] and first < op[0].astimezone(kb.tz).date():  # "今天能交吗" before the system opens
        start = f"{zh_date(op[0].astimezone(kb.tz).date())}{op[0]:%H:%M}"
        if re.search(r"纸质|纸本|寄|快递|送过去|送到", norm):  # the system's opening, not one the notice sets for paper copies
            return (f"{when_en}: online submissions open only on {en_date(op[0].date())}; the notice sets no separate start for "
                    "paper copies." if en else f"{said}（{when}）网上申报还没开放（{start}起）；通知没有另写纸质材料从哪天开始接收。")
        return (f"{when_en} is before submissions open ({en_date(op[0].date())})." if en else
                f"{said}（{when}）还没开始受理：{start}起才能提交。")
    from .open_days import shut_on, window_only  # (a hand-in on a day the window is closed: said with the verdict)

    if not en and first == end and (shut := shut_on(kb, first)):
        paper_only = not (kb.notice.submission and kb.notice.submission.site_name) or window_only(kb) \
            or re.search(r"纸质|纸本|送过去|送到|去交|窗口|现场|递交", norm)
        return f"{said}（{when}）不能送交纸质材料：{shut}。" if paper_only else f"{said}（{when}）网上提交还在截止之前；但{shut}，这天不能送交纸质材料。"
    return f"{when_en} is before the deadline." if en else f"{said}（{when}）还在截止之前，来得及。"
