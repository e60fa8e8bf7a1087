"""Deadlines a notice counts from its own date ('自本通知印发之日起20个工作日内'), and from such a deadline ('网上填报
截止后5个工作日内'), written out as dates beside the words, so that the rest of the reading finds them as any date.

The notice's date is the one it is signed with (a date on a line of its own under the issuer's name, or '印发日期：…').
A step counted from another ('网上填报截止后…') is dated only from that step's own reckoned date; a sentence that states a
date of its own, or a step of the organiser's ('…60日内组织专家评审'), is left as written. Working
days are Monday to Friday; public holidays are not known here, so the date is marked as reckoned and the report asks
the operator to check it."""

from __future__ import annotations

import datetime as dt
import re

from ..values import NUM, cn_number

_SIGNED = re.compile(r"(?:^|\n)[\s　]*(?:(?:印发|发布|成文)日期[：:]\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                     r"[\s　]*(?:（[^）\n]{0,12}）)?[\s　]*(?=\n|$)")
_FROM_NOTICE = re.compile(rf"自本?(?:通知|公告|通告)(?:印发|发布|下发|公布|发文)之日起(?:[，,]\s*)?({NUM})\s*个?\s*(工作日|自然日|日|天)(?:以?内)?")
_AFTER = re.compile(rf"([\u4e00-\u9fff]{{2,10}}?)截止(?:之?日)?(?:后|之日起)(?:[，,]\s*)?({NUM})\s*个?\s*(工作日|自然日|日|天)(?:以?内)?")
_HOUR = re.compile(r"截止(?:当?日|时间为?)[^。；]{0,8}?(\d{1,2}[:：]\d{2})")
_ISSUER = re.compile(r"(?:局|委员会|委|厅|办公室|政府|中心|协会|管委会|小组|部|处|（印章）|（盖章）|（公章）|（签章）)\s*$")
_ABSOLUTE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_FIRM = re.compile(r"企业|申报单位|推荐单位|各单位")  # the step's subject: the organiser's own steps have none of these
_PLAIN = frozenset({"申报", "企业", "单位", "材料", "报送", "提交", "完成", "于网", "业于"})
_ORGANISER = re.compile(r"[^。；]{0,12}?(?:组织|评审|公示|公布|核查|审定|发文)")  # a step of the organiser's own
_SAME_DAY_COUNTS = re.compile(r"(?:印发|发布|下发)当日(?:计入|算起|起算)")


def _signed(text: str) -> dt.date | None:
    """The date the notice is signed with: the first date standing on a line of its own right under an issuer's name
    ('包头市工业和信息化局' / '2107年7月6日'), or after '印发日期：' (not a date in an annex's table or a supplement's)."""
    lines = [m for m in _SIGNED.finditer(text) if m.start() >= len(text) * 0.5]
    found = [m for m in lines if "日期" in m.group(0) or _ISSUER.search(text[:m.start()].rstrip().rsplit("\n", 1)[-1])] or lines[-1:]
    for m in found:  # else the last date standing alone in the second half, as a signature most often stands
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def _count(start: dt.date, n: int, unit: str, first_counts: bool) -> dt.date:
    """The last day of `n` days (or working days, Monday to Friday) counted after `start` (from it, when the notice
    says its own day counts)."""
    if unit != "工作日":
        return start + dt.timedelta(days=n - (1 if first_counts else 0))
    day, left = start - dt.timedelta(days=1) if first_counts else start, n
    while left:
        day += dt.timedelta(days=1)
        left -= day.weekday() < 5
    return day


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _step_of(text: str, begin: int) -> str:
    """The title of the step whose first sentence this is ('（一）网上填报。申报企业…'); '' for a later sentence."""
    line = text[text.rfind("\n", 0, begin) + 1:begin]
    m = re.fullmatch(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])?\s*([\u4e00-\u9fff]{2,10})[。：:]?\s*", line)
    return m.group(1) if m else ""


def _date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def reckoned(text: str) -> tuple[str, list[str]]:
    """The text with each relative deadline followed by its date ('…20个工作日内（即2107年8月3日17:00前，按工作日推算）'), and a
    line for the operator per date reckoned."""
    if not (_FROM_NOTICE.search(text) or _MONTH_WORD.search(text)) or not (signed := _signed(text)):
        return text, []
    text, by_month = _month_words(text, signed)
    if not _FROM_NOTICE.search(text):
        return text, by_month
    first_counts = bool(_SAME_DAY_COUNTS.search(text))
    ends: list[tuple[str, str, dt.date]] = []  # (its step's title, the words before it, its date) of each reckoned, in order
    notes: list[str] = []
    out, at = [], 0
    for m in sorted([*_FROM_NOTICE.finditer(text), *_AFTER.finditer(text)], key=lambda m: m.start()):
        if m.re is _FROM_NOTICE:
            n, unit, start = cn_number(m.group(1)), m.group(2), signed
        else:
            n, unit = cn_number(m.group(2)), m.group(3)
            head = m.group(1)[-6:]
            pairs = _pairs(head) - _PLAIN
            earlier = [d for title, _, d in ends if pairs & _pairs(title)] or [d for _, words, d in ends if pairs & _pairs(words)] \
                or ([d for _, _, d in ends] if len(ends) == 1 else [])  # else the one step counted before it
            # '网上填报截止后', '纸质材料报送截止后': that step's own date (by its title first), or none
            if not earlier:
                continue
            start = earlier[-1]
        stop = min([i for i in (text.find(x, m.end()) for x in "。；\n") if i >= 0] or [len(text)])
        begin = max(text.rfind(x, 0, m.start()) for x in "。；\n") + 1
        if n <= 0 or n != int(n) or n > 366 or _ABSOLUTE.search(text[begin:stop]) or _ORGANISER.match(text, m.end()) and not _FIRM.search(text, begin, m.end()):
            continue  # '…10个工作日内完成注册，并于8月24日前完成填报': its own date; '60日内组织专家评审': not the firms'
        due = _count(start, int(n), unit, first_counts and m.re is _FROM_NOTICE)
        kind = "按工作日推算" if unit == "工作日" else "按日历日推算"
        hour = _HOUR.search(text, m.end(), text.find("。", m.end()) if "。" in text[m.end():] else len(text))  # '系统于截止日17:00关闭'
        out += [text[at:m.end()], f"（即{_date(due)}{hour.group(1).replace('：', ':') if hour else ''}前，{kind}）"]
        at = m.end()
        ends.append((_step_of(text, begin), text[begin:m.start()], due))
        said = m.group(0)[max(0, len(m.group(1)) - 4):] if m.re is _AFTER else m.group(0)
        notes.append(f"相对期限：“{said}”按通知落款日期 {_date(signed)} 推算为 {_date(due)}（{kind}，未计法定节假日调整），请核对")
    return "".join(out) + text[at:], by_month + notes


# '本月底前', '下月10日中午十二时前': a day of the notice's own month or the next, with the hour in words after it.
_MONTH_WORD = re.compile(r"(?<![每上\d一二三四五六七八九十年])(本月|下月|次月|下个月|(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月)"
                         r"(底|末|([\d一二三四五六七八九十]{1,3})\s*[日号])")  # '6月底前' too: the month's last day
_WORD_HOUR = re.compile(r"(?:前)?\s*[（(]?\s*(?:当日|当天)?\s*(上午|中午|下午|晚上)?\s*([\d一二三四五六七八九十]{1,3})\s*[时点](?:整)?"
                        r"\s*(?:前|之前|以前)?\s*[)）]?")


def _month_words(text: str, signed: dt.date) -> tuple[str, list[str]]:
    """The text with each day named by its month relative to the notice's ('本月底', '下月10日') followed by its date
    and hour ('（即2118年6月10日12:00前）'), and a line for the operator per date reckoned."""
    out, at, notes = [], 0, []
    for m in _MONTH_WORD.finditer(text):
        if _ABSOLUTE.match(text, m.end() + 1) or _ABSOLUTE.match(text, m.end() + 2):  # '本月底（5月31日）前': said already
            continue
        if re.search(r"(?:后|截至)\s*$", text[max(0, m.start() - 4):m.start()]):
            continue  # '公示结束后次月15日前': counted from another event; '截至本月1日': a reference date, no deadline
        if named := m.group(1)[0] not in "本下次":  # '6月底前': that month of the notice's year (of the next, when long past)
            if m.group(3) is not None or not re.match(r"\s*(?:前|之前|以前)", text[m.end():]):
                continue  # '6月10日' is a date as written; '6月底公示' sets no deadline
            month = int(cn_number(m.group(1)[:-1]))
            year = signed.year + (signed.month - month >= 6)
        else:
            year, month = divmod(signed.year * 12 + signed.month - (m.group(1) == "本月"), 12)
            month += 1
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        day = last if m.group(3) is None else int(cn_number(m.group(3)) or 0)
        if not 1 <= day <= last:
            continue
        if re.match(r"\s*(?:起|开始|开放|启动|[至到—\-~～]\s*[\d一二三四五六七八九十])", text[m.end():]):
            continue  # '本月15日起开放', '下月10日至20日期间': no deadline of its own
        hour = _WORD_HOUR.match(text, m.end())
        h = int(cn_number(hour.group(2)) or -1) if hour else -1
        h += 12 if hour and hour.group(1) in ("下午", "晚上") and 1 <= h < 12 else 0
        end = hour.end() if 0 <= h <= 24 else m.end() + (text.startswith("前", m.end()))
        clock = f"{h:02d}:00" if 0 <= h <= 24 else ""
        if digits := re.match(r"\s*(\d{1,2})[:：](\d{2})\s*(?:前|之前|以前)?", text[m.end():]):  # '下月10日17:30前'
            end, clock = m.end() + digits.end(), f"{int(digits.group(1)):02d}:{digits.group(2)}"
        out += [text[at:end], f"（即{year}年{month}月{day}日{clock}前）"]
        at = end
        notes.append(f"{'月底日期' if named else '相对日期'}：“{m.group(0)}”按通知落款日期 {_date(signed)} 推算为 {year}年{month}月{day}日，请核对")
    return "".join(out) + text[at:], notes
