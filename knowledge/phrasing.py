"""Phrasing shared by replies, the checklist and reminders: dates, time left, contacts, units, step guidance."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .model import Knowledge, Step, Unit
from .values import PHONE_RUN


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[str, ...]
    sources: tuple[str, ...]
    whole: str = ""  # a correction quoting the notice's own sentence, needing no topic beside it: 'alone' if nothing else is asked

    def render(self, en: bool) -> str:
        src = "、".join(dict.fromkeys(self.sources))
        tail = f"(Source: {src})" if en else f"（出处：{src}）"
        head = f"[{self.title}]" if en else f"【{self.title}】"
        return "\n".join((head, *self.lines, tail)) if self.sources else "\n".join((head, *self.lines))


def zh_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def en_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"  # "March 1, 2024": the month first, as English readers search for it


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
    sub = kb.notice.submission
    if not sub:
        return ""
    if sub.deadline_words and " " not in sub.deadline.strip():  # "6月30日下班前": the notice's words, no clock time
        return f"{when_text(kb, sub.deadline, en)} ({sub.deadline_words})" if en else f"{when_text(kb, sub.deadline)}{sub.deadline_words}"
    return when_text(kb, sub.deadline, en)


def last_day(kb: Knowledge) -> dt.date:
    """The deadline's own day: '24:00' and '下班前' end that day, not the next."""
    return (kb.deadline - dt.timedelta(seconds=1)).astimezone(kb.tz).date()


def time_left(kb: Knowledge, now: dt.datetime, en: bool = False) -> str:
    """'还有 4 天 12 小时' / '只剩 3 小时 30 分钟（今天 24:00 截止）' before the deadline; '' once it has passed."""
    if kb.deadline is None:
        return ""
    seconds = int((kb.deadline - now).total_seconds())
    if seconds <= 0:
        return ""
    days, rem = divmod(seconds, 86400)
    hours, minutes = rem // 3600, rem % 3600 // 60
    gap = (last_day(kb) - now.astimezone(kb.tz).date()).days
    time_s = kb.notice.submission.deadline.partition(" ")[2]  # none written: counted to the day's end, never said as an hour
    if en:
        at = f" at {time_s}" if time_s else " (the notice gives no hour)"
        when = {0: f" (closes today{at})", 1: f" (closes tomorrow{at})"}.get(gap, "")
        return (f"only {hours} hours {minutes} minutes left{when}" if days == 0 else f"{days} days {hours} hours left{when}")
    at = f" {time_s} " if time_s else "，通知未写具体钟点，按当天结束计"
    when = {0: f"（今天{at}截止）" if time_s else f"（今天截止{at}）", 1: f"（明天{at}截止）" if time_s else f"（明天截止{at}）"}.get(gap, "")
    if not time_s and not when:
        when = "（通知未写具体钟点，按截止当天结束计）"
    return f"只剩 {hours} 小时 {minutes} 分钟{when}" if days == 0 else f"还有 {days} 天 {hours} 小时{when}"


def time_since(kb: Knowledge, now: dt.datetime, en: bool = False) -> str:
    """'已过去 2 天 12 小时' once the deadline has passed ('' before it)."""
    if kb.deadline is None or now < kb.deadline:
        return ""
    days, rem = divmod(int((now - kb.deadline).total_seconds()), 86400)
    hours, minutes = rem // 3600, rem % 3600 // 60
    if en:
        return f"{days} days ago" if days > 30 else f"{days} days {hours} hours ago" if days else f"{hours} hours {minutes} minutes ago"
    return f"已过去 {days} 天" if days > 30 else f"已过去 {days} 天 {hours} 小时" if days else f"已过去 {hours} 小时 {minutes} 分钟"


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


def _label_en(label: str) -> str:
    """An English name for a hotline the notice labels only in Chinese ('政策咨询', '填报咨询', '系统技术支持')."""
    if "政策" in label:
        return "Policy questions"
    if any(w in label for w in ("填报", "报送")) or label == "填报咨询":
        return "Filling-in and online system"
    if any(w in label for w in ("系统", "技术", "平台", "操作", "上传")):
        return "Online system support"
    if any(w in label for w in ("邮箱",)):
        return "Filling-in and online system"
    return "Contact" if label else ""


def contact_line(c, en: bool = False, label: bool = True) -> str:
    """'政策咨询：ORG PERSON PHONE 邮箱：…' from a Contact, leaving out what the notice does not give."""
    mail = c.email
    if en:
        return (f"{c.label_en or _label_en(c.label)}: " if label else "") + _join(
            c.person, c.org, c.phone, f"e-mail {mail}" if mail else "", c.channel, sep=", ")
    phone = _MASKED.sub(r"\1（部分隐去，无法直接拨打）", c.phone)  # ('139****6621')
    return (f"{c.label}：" if label else "") + _join(c.org, c.person, phone, f"邮箱：{mail}" if mail else "", c.channel)


def web_word(kb: Knowledge) -> str:
    """'网上' of a notice with an online system or site; '' of one that takes e-mail or paper only ('不设网上申报系统')."""
    sub = kb.notice.submission
    said = " ".join(c.text for c in kb.notice.passages if "不设" in c.text)
    return "" if not sub or re.search(r"不设(?:置)?(?:网上|在线|线上)?(?:申报)?(?:系统|平台)", said) or not (
        sub.site or re.search(r"系统|平台|网站|在线|网上|线上", f"{sub.online} {sub.text}")) else "网上"


def first_sentence(text: str) -> str:
    """The sentence that opens `text`, with its stop."""
    head = re.match(r"[^。；;]+[。；;]?", text)
    return head.group(0) if head else text


_MASKED = re.compile(r"(1\d{2}\*{4}\d{4}|\d{3,4}[-－]?\d{3,4}\*{3,4})")  # a number the notice publishes partly hidden ('139****6621')


def unit_lines(unit: Unit, en: bool, fields: tuple[str, ...] = (), quota: bool = False) -> tuple[str, ...]:
    """A unit's card; with `fields` (a follow-up such as "电话呢") only its name and the details asked for; its
    quota when `quota` (the question asks how many it may recommend)."""
    rows = (("name", "推荐单位", "Recommending unit", unit.name), ("address", "地址", "Address", unit.address),
            ("person", "联系人", "Contact person", unit.person),
            ("phone", "电话", "Phone", _MASKED.sub(r"\1 (partly hidden)" if en else r"\1（部分隐去，无法直接拨打）", unit.phone)
             or ("（通知未列出，仅限邮箱）" if unit.email else "")),
            ("email", "邮箱", "E-mail", unit.email), ("qq", "QQ", "QQ", unit.qq), ("wechat", "微信号", "WeChat", unit.wechat),
            ("fax", "传真", "Fax", unit.fax),
            ("hours", "办公时间", "Office hours", unit.hours),
            ("note", "通知写明", "The notice says", unit.note),
            ("due", "本单位企业申报截止" if unit.whole else "本单位收纸质材料截止", "Due at this unit", unit.due),
            ("quota", "推荐名额", "Quota", unit.quota if quota else ""))
    wanted = set(fields) | ({"person"} if "phone" in fields else set())  # a phone number comes with whom to ask for
    shown = [r for r in rows if not fields or r[0] == "name" or r[0] in wanted]
    people, numbers = unit.person.split("、"), unit.phone.split("、")
    if len(people) > 1 and len(people) == len(numbers) and {"person", "phone"} <= {r[0] for r in shown}:
        # '沈建明、章丽萍' and '0572-2101234、13905721234': each person with their own number
        both = ("; " if en else "；").join(f"{p} {x}" for p, x in zip(people, numbers))
        shown = [("person", "联系人及电话", "Contacts", both) if r[0] == "person" else r for r in shown if r[0] != "phone"]
    return tuple(f"{en_label}: {v}" if en else f"{zh}：{v}" for _, zh, en_label, v in shown if v)


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
        return "；".join(f"{p.title}（{p.bound()}）" if p.limit else p.title for p in n.materials.parts) + "。"
    if src == "format":
        return "；".join(r.text for r in n.format.rules) + "。"
    if src == "supporting":
        return n.supporting.text
    if src == "uploads":
        return n.uploads.text
    return f"{n.submission.sealed}。"  # seals


def date_status(kb: Knowledge, now: dt.datetime, when: str, about: str = "") -> tuple[str, str]:
    """Whether a later date of the notice (paper copies, recommendations) is still ahead, by the bot's clock;
    "还来得及" only for what the applicant does (mailing paper), not for the districts' own steps."""
    try:
        day_s, _, time_s = when.partition(" ")
        hour, minute = (int(x) for x in (time_s or "24:00").split(":"))
        due = dt.datetime.combine(dt.date.fromisoformat(day_s), dt.time(0, 0), kb.tz) + dt.timedelta(hours=hour,
                                                                                                       minutes=minute)
    except ValueError:
        return "", ""
    if due <= now:
        return "——该日期已过。", " (this date has passed)"
    days = ((due - dt.timedelta(minutes=1)).date() - now.astimezone(kb.tz).date()).days  # calendar days: 18:30 to tomorrow noon is 1
    if re.search(r"纸质|寄|邮寄|递交|送达|扫描件|发送至", about) and not re.search(r"推荐|初审|名单|区.{0,6}报送", about):
        return (f"——按当前时间还来得及（还有 {days} 天）。" if days else "——按当前时间还来得及（今天截止）。",
                f" (still ahead: {days} days left)" if days else " (still ahead: due today)")
    return (f"——距该日期 {days} 天。" if days else "——该日期就是今天。",
            f" ({days} days from now)" if days else " (that is today)")


def said_in(sentence: str, text: str) -> bool:
    """The sentence is in the text already, whatever its punctuation ('…纸质材料（一份），其他…' in '…（一份）；其他…')."""
    return re.sub(r"[\W_]", "", sentence) in re.sub(r"[\W_]", "", text)


def unheaded(text: str) -> str:
    """A sentence without the short heading run into it ('文件命名。文件统一按…命名' -> '文件统一按…命名')."""
    head, _, rest = text.partition("。")
    return rest if rest and len(head) <= 8 else text


def hotline_named(n, said: str):
    """The hotline a text sends people to without its number ('请及时向政策咨询热线反映'), or None."""
    line = n.consultation.policy or n.consultation.any() if n.consultation else None
    if line and line.phone and re.search(r"咨询热线|咨询电话|热线", said) and "12345" not in said and not PHONE_RUN.search(said):
        return line
    return None
