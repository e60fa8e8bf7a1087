"""Small readers of facts inside one sentence: dates and deadlines, phones, URLs, e-mails, copies, word limits."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .outline import CN_NUM, cn_int

DATE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_WEEKDAY = re.compile(r"^\s*[（(]\s*(?:星期|周|礼拜)[一二三四五六日天]\s*[)）]")
_TIME = re.compile(r"^\s*(上午|下午|晚上|中午|傍晚)?\s*(\d{1,2})\s*(?:[:：]\s*(\d{2})|[时点]\s*(?:(\d{1,2})\s*分|(半)|[整正])?)")
# A time of day in words, not a clock time: the notice's own wording is kept, never turned into an hour.
_DAY_PART = re.compile(r"^\s*((?:当天|当日)?(?:下班|工作时间结束|办公时间结束|工作日结束)(?:前|之前|以前)?)")
# '…前', '…止', or the system closing then ('系统于…开放，…17:30关闭'): the day is a deadline.
_INCLUSIVE = re.compile(r"^\s*[（(]\s*含(?:当日|当天|本日)?\s*[）)]")
_CUE_AFTER = re.compile(r"^\s*(?:前|之前|以前|止|截止|为止|截至|(?:准时|正式|自动|统一|将)?(?:系统|平台)?关闭|(?:停止|结束)(?:受理|申报|接收|提交|填报))")
# … or a range's end ('4月20日—5月18日18时', a timeline table's cell)
_CUE_BEFORE = re.compile(r"(截止|截至|最迟|最晚|至|到|期限|关闭时间|结束时间|不得晚于|不晚于|不迟于)[^，。；\d]{0,8}$"
                         r"|[日号]\s*(?:\d{1,2}\s*(?:[:：]\s*\d{2}|[时点]))?\s*[—–~～－]{1,2}\s*$"
                         r"|(?:截止|截至)(?:时间|日期)[^。；\d]{0,20}[，,]\s*(?:为|是)\s*$")  # '…截止时间与网上申报截止时间一致，为5月6日17:00'

PHONE = re.compile(r"(?<![\d-])(?:[48]00[-\s]?\d{3}[-\s]?\d{4}|(?:(?:[（(]0\d{2,3}[)）]|0\d{2,3})(?:\s*[-－—]\s*|\s)?)?"  # '（0572）5337218'
                   r"(?:1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|1[3-9]\d\*{4}\d{4}|\d{3,4}\*{3,4}|\d{4}[\s-]?\d{4}|\d{7}))"  # '139****6621': partly hidden
                   r"(?:\s*(?:-|转|分机)\s*\d{1,6})?(?![\d*])")
URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9./?=&_%:#~+-]+[A-Za-z0-9/]"  # or a bare domain ('网址：zlbg.xmgxj-demo.cn'), not a mailbox's
                 r"|(?:(?<=网址)|(?<=网址：)|(?<=网址:)|(?<=网址为)|(?<=登录)|(?<=平台)|(?<=系统)|(?<=平台（)|(?<=系统（)|(?<=网址（)|(?<=”（)|(?<=\"（))"
                 r"(?:[A-Za-z0-9-]+\.){2,}(?:cn|com|org|net)(?![A-Za-z0-9.@＠-])(?:/[A-Za-z0-9./?=&_%:#~+-]*[A-Za-z0-9/])?")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
COPIES = re.compile(rf"([{CN_NUM}\d]{{1,3}})\s*份")
LIMIT = re.compile(rf"(?:([{CN_NUM}千\d.]{{1,6}})\s*(万)?\s*个?字(?:以内|之内|以下)"  # '3千字以内', '三十个字以内'
                   rf"|(?:不超过|不多于|不得超过|限|最多|控制在)\s*([{CN_NUM}千\d.]{{1,6}})\s*(万)?\s*个?字(?![符节母]))")  # not '40个字符'
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{2,12}[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*\d{1,5}\s*号")
# A bracket is read whole: '（工作日；5月19日、20日为双休日，不受理）' does not end the sentence at its '；'.
# A flowchart's arrow ('企业网上注册（3月1日起）→ 在线填报（3月31日17:00前）→ …') ends a step as a full stop ends a sentence.
SENTENCE = re.compile(r"(?:[^。；;！!？?\n（(→↓⇒➔]|[（(][^（()）\n]*[)）]|[（(])+[。；;！!？?→↓⇒➔]?")


@dataclass(frozen=True)
class Deadline:
    """A date (and time, when stated) that the text says something must happen before."""

    date: dt.date
    time: str  # "17:00", "24:00" or "" when the sentence names only the day
    sentence: str
    start: int  # offset of the sentence inside the text it was read from
    local: str = ""  # the words around the date: its own comma-separated part and the one before it
    words: str = ""  # a time of day the notice words without a clock time ('下班前'), as written
    lead: str = ""  # the sentence's words before the date: who acts, and what (a range's first day is here too)

    @property
    def value(self) -> str:
        return f"{self.date.isoformat()} {self.time}" if self.time else self.date.isoformat()


def time_after(rest: str) -> tuple[str, int]:
    """The clock time opening `rest` ('17:00', '下午4点', '17时') and how many characters it took."""
    m = _TIME.match(rest)
    if not m:
        return "", 0
    half, hour = m.group(1), int(m.group(2))
    minute = int(m.group(3) or m.group(4) or (30 if m.group(5) else 0))
    if half in ("下午", "晚上", "傍晚") and hour < 12:
        hour += 12
    if hour > 24 or minute > 59:
        return "", 0
    return f"{hour:02d}:{minute:02d}", m.end()


def date_value(words: str, year: int, last: bool = False) -> str:
    """'2038年2月5日17:00' as '2038-02-05 17:00': the first date of `words` (the last with `last`: '5月6日至6月12日17:00'),
    in `year` when it names none; '' when there is none."""
    found = list(DATE.finditer(words))
    if not found:
        return ""
    m = found[-1] if last else found[0]
    try:
        day = dt.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return ""
    rest = words[m.end():]
    clock, _ = time_after(rest[w.end():] if (w := _WEEKDAY.match(rest)) else rest)  # '9月26日（星期一）17:00'
    return f"{day.isoformat()} {clock}" if clock else day.isoformat()


def deadlines(text: str, year: int) -> list[Deadline]:
    """Every deadline in a passage: '于Y年M月D日HH:MM前', '截止日期为…17时', '即日起至…', '…前寄送'."""
    found = []
    text = text.replace("||", "|\n")  # a table's rows run together ('…| 2月28日 || 推荐单位审核 | 3月8日前 |'): one row each
    for sm in SENTENCE.finditer(text):
        sent = sm.group(0)
        last_year = year
        for m in DATE.finditer(sent):
            rest = sent[m.end():]
            w = _WEEKDAY.match(rest)
            if w:
                rest = rest[w.end():]
            rest = _INCLUSIVE.sub("", rest, count=1)  # '4月17日（含当日）前': that day counts
            time_s, used = time_after(rest)
            words = _DAY_PART.match(rest) if not time_s else None
            after = rest[words.end():] if words else rest[used:]
            if m.group(1):
                last_year = int(m.group(1))
            by_then = bool(words and re.search(r"前$", words.group(1)))
            if not (by_then or _CUE_AFTER.match(after) or _CUE_BEFORE.search(sent[:m.start()])):
                continue
            y = int(m.group(1)) if m.group(1) else last_year  # '2027年3月1日至4月15日': the year written before
            try:
                day = dt.date(y, int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            parts = re.split(r"[，,]", sent[:m.start()])
            local = "，".join(parts[-2:]) + re.split(r"[，,]", sent[m.start():])[0]
            lead = sent[:m.start()].lstrip()
            found.append(Deadline(day, time_s, sent.strip(), sm.start(), local, words.group(1) if words else "", lead))
    return found


def notice_date(text: str) -> dt.date | None:
    """The last full date of a text (the signature date)."""
    dates = [m for m in DATE.finditer(text) if m.group(1)]
    for m in reversed(dates):
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def phones(text: str) -> list[str]:
    """Phone numbers as written, without spaces around an extension dash."""
    return [re.sub(r"\s*([-转])\s*", r"\1", m.group(0)).strip() for m in PHONE.finditer(text)]


# What may stand between two numbers of one contact: '021-…、138…', '电话：…，手机：…', '… / …'.
_PHONE_JOIN = re.compile(r"\s*(?:[、,，/／]|或|\s)\s*(?:(?:手机|移动电话|座机|电话|办公电话|联系电话)(?:号码)?\s*[:：]?\s*)?")


def phone_run(text: str) -> str:
    """The first phone number of a text with the numbers written right after it, as the text writes them
    ('021-…、138…', '…，手机：138…'): every value of the knowledge base is a span of the notice."""
    first = m = PHONE.search(text)
    if first is None:
        return ""
    end = first.end()
    while m:
        end = m.end()
        j = _PHONE_JOIN.match(text, m.end())
        m = PHONE.match(text, j.end()) if j else None
    return re.sub(r"\s+", " ", re.sub(r"\s*([-转])\s*", r"\1", text[first.start():end])).strip()


def copies(text: str) -> str:
    m = COPIES.search(text)
    return m.group(0) if m else ""


def limit(text: str) -> int:
    """The word limit stated in a heading like '摘要（500 字以内）', '（不超过600字）' or '控制在3万字以内'; 0 if none."""
    m = LIMIT.search(text.replace(" ", ""))
    return _limit_value(m) if m else 0


def limits(text: str) -> list[tuple[int, str]]:
    """Every word limit in a passage, with the words that state it ('3万字', '15000字')."""
    flat = text.replace(" ", "")
    return [(_limit_value(m), f"{m.group(1) or m.group(3)}{m.group(2) or m.group(4) or ''}字") for m in LIMIT.finditer(flat)
            if _limit_value(m)]


def _limit_value(m: re.Match) -> int:
    num, wan = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    try:
        value = float(num) if re.fullmatch(r"\d+(\.\d+)?", num) else cn_int(num)
    except ValueError:
        return 0
    return int(round(value * (10000 if wan else 1)))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def sentence_with(text: str, *words: str) -> str:
    """The first sentence containing any of the words (regex alternatives allowed)."""
    rx = re.compile("|".join(words))
    return next((s for s in sentences(text) if rx.search(s)), "")


# A person's name: two to four characters, or a name written with a middle dot ('艾尔肯·吐尔逊', '阿布都热合曼·买买提').
DOTTED = r"[\u4e00-\u9fff]{1,8}[·•・‧][\u4e00-\u9fff]{1,8}(?:[·•・‧][\u4e00-\u9fff]{1,8})?"
_PERSON_END = re.compile(rf"({DOTTED}|[\u4e00-\u9fff]{{2,4}})\s*[,，、:：]?\s*(?:电话|联系电话|手机|办公电话)?\s*[:：]?\s*$")
# An office (or a label ending in 咨询/联系) immediately followed by a two- or three-character name.
_ORG_THEN_NAME = re.compile(r"^(.*(?:科|处|室|部|中心|局|委|办|所|院|公司|站|队|组|会|厅|咨询|联系))([\u4e00-\u9fff]{2,3})$")
_LABELLED_PERSON = re.compile(rf"(?:联系人|收件人|联络人)\s*[:：为是]?\s*({DOTTED}|[\u4e00-\u9fff]{{2,4}}?)"
                              r"(?=[\s,，、;；:：（(]|电话|手机|$|\d|先生|女士|小姐|博士)")


def contact_in(text: str) -> tuple[str, str, str]:
    """(organisation, person, phone) from a line like '市经济信息化委 吴敏 23119416' or '联系人：王某，电话：…'."""
    text = re.sub(r"[（(]\s*收\s*[)）]", "", text)
    ph = phones(text)
    if not ph:
        return "", "", ""
    phone = phone_run(text)  # a desk phone with a mobile after it: both are the contact's
    before = text[: PHONE.search(text).start()]
    labelled = _LABELLED_PERSON.search(text)
    if labelled:
        person = labelled.group(1)
        org = text[: labelled.start()]
    else:
        tokens = [t for t in re.split(r"[\s,，、:：;；]+", before) if t]
        tokens = [t for t in tokens if not re.fullmatch(r"(电话|联系电话|手机|办公电话|[\u4e00-\u9fff]{0,4}联系人|地址)", t)]
        person = tokens[-1] if tokens and re.fullmatch(rf"{DOTTED}|[\u4e00-\u9fff]{{2,4}}", tokens[-1]) \
            and not re.search(r"拨打|致电|请打|咨询|联系|电话$", tokens[-1]) else ""
        org = " ".join(tokens[:-1]) if person else " ".join(tokens)
        run = _ORG_THEN_NAME.match(tokens[-1]) if tokens and not person else None
        if run:
            # "区经委企业发展科宋雨桐": an office written straight before the person's name.
            person = run.group(2)
            org = " ".join([*tokens[:-1], "" if re.search(r"(咨询|联系)$", run.group(1)) else run.group(1)]).strip()
    org = re.sub(r"^.*?(?:请联系|请与|联系)(?=[\u4e00-\u9fff]{2})", "", org) if re.search(r"请联系|请与", org) else org
    org = re.sub(r"^(政策咨询|填报咨询|业务咨询|技术咨询|咨询|联系方式)\s*[:：]?", "", org).strip(" ：:，,。")
    org = re.sub(r"[，,]?\s*(联系人|电话)\s*[:：]?$|^注\s+|请?(?:拨打|致电)$", "", org).strip(" ：:，,。")
    if not org and not person and (office := _OFFICE_AFTER.match(text[PHONE.search(text).end():])):
        org = office.group(1)  # '0592-7701234（市工业和信息化局质量科）': the office in brackets after the number
    return org, person, phone


_OFFICE_AFTER = re.compile(r"\s*[（(]([^（）()，,]{2,30}?(?:局|委|科|处|室|中心|办公室))[，,）)]")
