"""When something happened that a condition counts only within a window ("2062年出过一次较大事故" against "近3年
（2063年1月1日以来）未发生重大…事故"), and how long the practice has run, said by the applicant ("实践才实施了8个月",
"经验运行了一年半", "上线半年"), against the
notice's condition ("申报的质量管理实践已连续实施1年以上", "典型经验在本企业应用满2年"); and a minimum said as the rule
("实践要实施满2年才能报吗") that is not the notice's.
"""

from __future__ import annotations

import re

from .assertions import sentence_around
from .memo import per_object
from .phrasing import Section
from .values import EN_NUM, NUM, cn_number, lazy, plain

# The notice's condition: a practice, experience or method applied for at least N years (not the quality system's own).
_NEED = lazy(rf"(?:实践|经验|方法|技术|项目|做法)[^。；;]{{0,14}}?(?:实施|运行|应用|推行)(?:时间|周期)?\s*"
             rf"(?:不少于|不低于|满|已满|超过)?\s*\**\s*({NUM})\s*\**\s*(年|个月)")
# The applicant's own span: '实施了8个月', '才运行一年半', '上线不到两年', '用了半年'.
_OF_PRACTICE = lazy(r"经验|方法|做法|模式|技术|工具|这套|这个|推开|推行|导入|引入")
_NOT_PRACTICE = lazy(r"材料|准备|写|顾问|厂房|设备|租|聘|雇|时间")
_SAID = lazy(rf"(?<!体系)(?<!认证)(?:实施|运行|应用|推行|上线|导入|引入|推广|开展|试行|(?<![应使运费作适信采享通聘租雇])用)(?:了|才|刚|只有|大概|大约|差不多)*"
             rf"(不到|不满|没到|未满|还不到|还没到|快|将近|接近)?\s*(半|{NUM})\s*(年|个月|个多月|多月)(半|多)?")
# A minimum said as the rule: '要实施满2年才能报', '实践必须运行3年以上吧'.
_RULE = lazy(rf"(?:要|须|需|需要|必须|得|要求)(?:已|连续|持续)?(?:实施|运行|应用|推行)(?:满|超过|够)?\s*({NUM})\s*(年|个月)"
             rf"|(?:实施|运行|应用|推行)(?:满|超过|够)?\s*({NUM})\s*(年|个月)(?:以上)?[^。？！?!，,]{{0,3}}(?:才能|才可以|才行|才够|才算|的要求)")
_EN = lazy(r"\b(?:implemented|running|in use|applied|in place)\b[^.?!]{0,20}?\b(?:for\s+)?(?:only\s+)?(\d+|one|two|three|four|five|six|seven|eight)\s+"
           r"(years?|months?)\b")


@per_object
def _need(n):
    """(the item, the match) of the practice's minimum time: in the conditions, else anywhere in the notice
    ('二、…申报的质量管理实践须已实施满1年')."""
    items = n.eligibility.items if n.eligibility else ()
    return next(((i, m) for i in (*items, *n.passages) if (m := _NEED.search(i.text))), None)


def practice(n, norm: str, en: bool) -> Section | None:
    """The practice's time so far (or a minimum said as the rule) against the notice's minimum, with its words."""
    if not (found := _need(n)):
        return None
    item, need = found
    need_months = cn_number(need.group(1)) * (12 if need.group(2) == "年" else 1)
    if need_months <= 0:
        return None
    rule = sentence_around(item.text, need.start(), need.end()).strip("；;，,。 ")
    title = "Eligibility check" if en else "对照申报条件"
    if said := _RULE.search(norm):
        number, unit = (said.group(1), said.group(2)) if said.group(1) else (said.group(3), said.group(4))
        months = cn_number(number) * (12 if unit == "年" else 1)
        if months <= 0 or months == need_months:
            return None
        words = f"{number}{unit}"
        return Section("Correction" if en else "更正", (f"Not {words}: the notice requires “{rule}”." if en else
                                                       f"不是{words}：通知要求“{rule}”。",), (item.clause,))
    span = _span(norm)
    if span is None:
        return None
    months, below, words = span
    if below:
        status = "fails" if months <= need_months else "depends"
    else:
        status = "meets" if months >= need_months else "fails"
    if status == "depends":
        return None
    if en:
        line = (f"The condition on how long the practice has run is met ({words}; the notice: “{rule}”)." if status == "meets"
                else f"No: {words} is less than the notice requires: “{rule}”.")
    else:
        line = (f"实施时间这一条符合（您说的是{words}，通知要求“{rule}”）；其他条件见下。" if status == "meets" else
                f"不符合：您说的是{words}，不满通知要求的{plain(cn_number(need.group(1)))}{need.group(2)}（通知要求“{rule}”）。")
    return Section(title, (line,), (item.clause,))


def _span(norm: str) -> tuple[float, bool, str] | None:
    """(months, whether said as 'less than', the words) of the practice's time the message states."""
    if m := next((x for x in _SAID.finditer(norm) if not x.group(0).startswith("用") or _OF_PRACTICE.search(norm[max(0, x.start() - 16):x.start()])
                  and not _NOT_PRACTICE.search(norm[max(0, x.start() - 6):x.end() + 6])), None):  # '用了一年半' of the practice only
        n = 0.5 if m.group(2) == "半" else cn_number(m.group(2))
        if not 0 < n < 1000:
            return None
        n += 0.5 if m.group(4) == "半" else 0
        months = n * (12 if m.group(3) == "年" else 1)
        return months, bool(m.group(1)), m.group(0)
    if m := _EN.search(norm):
        n = float(EN_NUM.get(m.group(1)) or m.group(1))
        if n <= 0:
            return None
        return n * (12 if m.group(2).startswith("year") else 1), False, m.group(0)
    return None


_SINCE = lazy(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)?\s*(?:[（(]含[^）)]{0,8}[）)])?\s*(?:以来|之后|起|后)")
_NOT_EVENT = lazy(r"[^，,。？！?!\s]{0,6}?(?:成立|注册|设立|营收|营业收入|收入|产值|度(?!\s*(?:的)?\s*(?:评|获|入选|被评)))"
                    r"|\s*(?:以后|以来|之后|起|至今)")  # '2072年以后就再没…'
_RECENT = lazy(r"去年|今年|前年|上个?月|这个?月|最近|近期|刚刚?|上周|本月")
_TO_APPLY = lazy(r"[^，,。？！?!]{0,10}?(?:报|申请|参评|参加)")
_YEAR_SAID = lazy(r"(?<!\d)(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:前|之前))")


def before_window(rule: str, norm: str, year: int = 0) -> str | None:
    """'不一定影响' when every year the message gives is before the day a condition counts from ('2063年1月1日以来',
    '2082年及以后年度'), before a window of recent years counted back from the notice's own year ('近三年' of a 2063
    notice), or before the years a condition lists ('2085年度、2086年度、2087年度获评企业')."""
    since, back = _SINCE.search(rule) or _ONWARD.search(rule), _BACK.search(rule)
    barred = next((p for p in re.split(r"[；;。]", rule) if re.search(r"不得|不再|不予|不能", p)), rule)  # not the years allowed
    listed = sorted({int(y) for y in _LISTED.findall(barred)}) if not since and not back else []
    # the years of events, not of founding or of revenue ('2055年成立，去年出过事故' is recent)
    years = [int(m.group(1)) for m in _YEAR_SAID.finditer(norm) if not _NOT_EVENT.match(norm, m.end())]
    recent = any(not _TO_APPLY.match(norm, m.end()) for m in _RECENT.finditer(norm))  # not "今年还能再报吗"
    start = int(since.group(1)) if since else year - int(cn_number(back.group(1) or back.group(2))) if back and year else listed[0] if len(listed) >= 2 else 0
    if not start or not years or max(years) >= start or recent:
        return None
    words = (f"“{since.group(1)}年" + (f"{int(since.group(2))}月{int(since.group(3))}日" if since.group(2) else "") + "以来”") if since \
        else f"“{back.group(0)}”（按通知的{year}年算，即{start}年以来）" if back else "“" + "、".join(f"{y}年度" for y in listed) + "”"
    return (f"不一定影响：您说的是{max(years)}年的事，在通知所说的{words}之前；通知要求“{rule.strip('。；; ')}”。"
            "是否符合，以推荐单位审核为准。")


_BACK = lazy(r"近([一二三四五六七八九十两\d]{1,2})年|(?:自[^。；，]{0,6}?)?起\s*([一二三四五六七八九十两\d]{1,2})\s*(?:个|年度)?年内")
_ONWARD = lazy(r"(\d{4})\s*年度?(?:及|或)?以后()()")  # '2082年及以后年度已获评…'; the empty groups: no month, no day
_LISTED = lazy(r"(\d{4})\s*年度")


# '成立不到三年的公司肯定报不了吧', '刚注册一年半': the firm's age, told of a notice that sets no age at all.
_AGE_SAID = lazy(rf"(?:成立|注册|设立|开业|开办)[^，,。？?！!\d]{{0,6}}?(?:不到|不满|没满|未满|才|刚|只有|仅|刚刚)\s*(?:半|{NUM})\s*(?:年|个月|个多月)")
_AGE_SET = lazy(r"(?:成立|注册|设立|登记|经营|运营|存续|开业)[^。；]{0,16}(?:满|以上|年以上|之前|以前|前)"
                r"|(?:满|以上)[^。；]{0,4}(?:年)[^。；]{0,6}(?:成立|注册)")


def unset_age(n, norm: str, en: bool) -> Section | None:
    """The notice sets no age of the firm ('成立不到三年…报不了吧'): said so, before its conditions are listed."""
    if not _AGE_SAID.search(norm) or re.search(r"几年|多少年|多久|多长时间", norm):  # asked how long: the rules' 'not stated'
        return None
    if any(_AGE_SET.search(c.text) for c in (*(n.eligibility.items if n.eligibility else ()), *n.passages)):
        return None
    return Section("Eligibility check" if en else "对照申报条件", ("The notice sets no minimum age of the firm; check the conditions below." if en
                                                                else "通知的申报条件没有对企业成立（注册）年限的要求，请对照下列申报条件。",), ())

