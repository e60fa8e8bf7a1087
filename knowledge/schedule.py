"""The round's timeline as the notice sets it out ('五、工作安排（一）企业申报（3月4日—3月29日）…（三）专家评审（4月下旬）'):
its stages, each with its time as written and the days it spans, so that '现在到哪一步了' and '什么时候公示' are answered
from the notice's own words, read against the clock."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from .memo import per_object
from .values import lazy

MIN_STAGES = 3  # fewer dated steps are the application's own dates, answered as the deadline
# The heading of a timeline: '时间安排', '工作安排', '申报程序和时间安排', '进度安排', '实施步骤'.
_HEAD = lazy(r"时间安排|工作安排|进度安排|日程安排|时间节点|工作步骤|实施步骤|工作程序|遴选程序|申报程序|工作流程|遴选流程|进度")
_MARK = lazy(r"^(?:（[一二三四五六七八九十]{1,3}）|\d{1,2}|（\d{1,2}）)$")  # one level below the heading's clause
_ITEM = re.compile(r"(?:^|(?<=[。；;：:]))\s*\d{1,2}\s*[.．、](?!\d)")  # '…如下：1.企业网上填报：…。2.政策宣讲：…'
_POINT = r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]|(上中旬|中下旬|上旬|中旬|下旬|初|中|底|末|份)?)(?:\s*\d{1,2}\s*[:：]\s*\d{2})?"
_END = r"(?:(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*)?(?:(\d{1,2})\s*[日号]|(上中旬|中下旬|上旬|中旬|下旬|初|底|末|份))?(?:\s*\d{1,2}\s*[:：]\s*\d{2})?"
_DAY = r"(?:\s*[（(]\s*(?:星期|周)[一二三四五六日天]\s*[)）])?"  # '8月11日（星期五）起'
_HM = r"(?:\s*\d{1,2}\s*[:：]\s*\d{2})?"
_WHEN = lazy(rf"{_POINT}{_DAY}{_HM}(?:\s*(?:—|－|-|–|~|～|至|到)+\s*{_END}(?<![至到—－\-–~～\s]){_DAY}{_HM})?\s*(前|之前|以前|止|起|开始)?|另行通知")
# What a stage is: a step of the round ('专家评审', '第一阶段'), not a rule set beside the steps ('盖章要求', '滨海新区报送路径').
_STEP = lazy(r"申报|填报|报送|提交|推荐|审核|初审|评审|答辩|核查|考察|公示|公布|发布|命名|认定|授牌|颁授|推广|培训|宣讲|解读|注册|登记"
             r"|自评|审查|遴选|评选|补正|回执|开放|截止|阶段|步|评价|审定")
_OPENS = lazy(r"[^，。；]{0,3}?(?:开放|开始|启动|开通|起)")
_CLOSES = lazy(r"[^，。；]{0,3}?(?:截止|关闭|结束|止)|前")
_DUE_BEFORE = lazy(r"(?:截止|截至|截止时间|截止日期)(?:时间|日期)?(?:为|是)?[：:]?\s*$")
_NOT_STEP = lazy(r"(?:要求|职责|路径|一览|的|企业|单位|方式|说明)$")
_TENS = {"上中旬": (1, 20), "中下旬": (11, 31), "上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "中": (11, 20),
         "下旬": (21, 31), "底": (21, 31), "末": (21, 31)}
_ASIDE = re.compile(r"[（(][^（）()]{1,8}[)）](?=[\u4e00-\u9fff])")
_BATCH = re.compile(r"^第[一二三四五六七八九十\d]批")
_BATCH_SAID = re.compile(r"第[一二三四五六七八九十\d]批")
_NAME_CUT = re.compile(r"[（(。：:，,；;|｜]")
_RESULTS = lazy(r"结果|名单|公布|出来|评上|入选|命名|授牌|\bresults?\b")
RESULT_STAGE = lazy(r"公示|公布|发布|命名|认定|授牌|名单")


_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})(?=\s*年)")
_CN_MD = re.compile(r"(?<![〇零一二三四五六七八九十两\d])([一二三四五六七八九十两]{1,3})(?=\s*(?:月|日|号))")


def _cn(s: str) -> str:
    """'十二' -> '12', '三十一' -> '31' (a month's or day's number); as written when it is none."""
    tens, _, ones = s.partition("十")
    if not _:
        return str(_CN_DIGIT[s]) if len(s) == 1 else s
    n = (_CN_DIGIT.get(tens, -99) if tens else 1) * 10 + (_CN_DIGIT.get(ones, -99) if ones else 0)
    return str(n) if 0 < n < 100 else s


def arabic(text: str) -> str:
    """Dates written in Chinese numerals in digits ('五月中旬至六月上旬' -> '5月中旬至6月上旬', '二〇九一年' -> '2091年')."""
    text = _CN_YEAR.sub(lambda m: "".join(str(_CN_DIGIT[c]) for c in m.group(1)), text)
    return _CN_MD.sub(lambda m: _cn(m.group(1)), text)


@dataclass(frozen=True)
class Stage:
    name: str  # '专家评审'
    written: str  # '4月下旬', as the notice writes it ('' when it gives no time)
    start: dt.date | None
    end: dt.date | None
    clause: str
    text: str  # the stage's sentence that gives its time


def _days(year: int, month: int, day: str | None, part: str | None) -> tuple[dt.date, dt.date]:
    last = calendar.monthrange(year, month)[1]
    if day:
        d = dt.date(year, month, min(int(day), last))
        return d, d
    lo, hi = _TENS.get(part or "", (1, 31))
    return dt.date(year, month, lo), dt.date(year, month, min(hi, last))


def _span(m: re.Match, year: int) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a time expression spans (None where it is open)."""
    y1, m1, d1, p1, y2, m2, d2, p2, edge = m.groups()
    if not m1 or not (1 <= int(m1) <= 12):
        return None, None
    year = int(y1) if y1 else year
    start, end = _days(year, int(m1), d1, p1)
    if m2 or d2 or p2:
        month2 = int(m2) if m2 else int(m1)
        if not 1 <= month2 <= 12:
            return None, None
        year2 = int(y2) if y2 else year + (month2 < int(m1))
        end = _days(year2, month2, d2, p2)[1]
    if edge in ("前", "之前", "以前", "止"):
        return None, end
    return (start, None) if edge in ("起", "开始") else (start, end)


def _name(text: str) -> str:
    """A stage's words up to the first stop, over asides in brackets inside them ('县（市、区）初审推荐')."""
    pos = 0
    while (m := _NAME_CUT.search(text, pos)) and (aside := _ASIDE.match(text, m.start())):
        pos = aside.end()
    return (text[: m.start()] if m else text).strip()


def _stage(text: str, clause: str, year: int) -> tuple[Stage, int] | None:
    """A stage from its item's words ('专家评审（4月下旬）：…', '（四）评审与发布。2169年7月至8月，…', '推荐审核。各推荐单位…
    于6月30日前…'); with the year it ends in. A named step without a time ('区县初审。…两周内…') is a stage too."""
    own = re.sub(r"^\s*(?:（[一二三四五六七八九十\d]{1,3}）|\d{1,2}\s*[.．、])\s*", "", text).strip()
    text = arabic(own)  # read in digits; quoted as written (the same sentences: digits add no '。')
    head = "".join(re.split(r"(?<=。)", text, maxsplit=3)[:3])[:240]  # its first sentences
    found = [x for x in _WHEN.finditer(head) if x.group(2)] or list(_WHEN.finditer(head))[:1]  # '另行通知' when no day is given
    if found and (found[0].group(6) or found[0].group(7) or found[0].group(8) or found[0].group(9)):
        found = found[:1]  # a span or a deadline as the stage's heading gives ('企业申报（3月4日—3月29日）'): that is its time
    m = found[0] if found else None
    after = re.sub(r"^[（(][^）)]{0,30}[)）]", "", text[m.end():].lstrip()).lstrip("，,：: ") if m else ""  # '五月底前（即…），发文认定'
    name = _name(after if m and m.start() <= 2 else text)  # '3月4日—3月29日，企业申报': named after its time
    if not 2 <= len(name) <= 14 or _WHEN.search(name) or not _STEP.search(name) or _NOT_STEP.search(name):
        return None
    lo = text.rfind("。", 0, m.start()) + 1 if m else 0
    hi = text.find("。", found[-1].end() if found else len(name) + 2)  # (no time: what the stage's next sentence says)
    sentences, first = re.split(r"(?<=。)", own), text[:lo].count("。")
    first = 0 if first == 1 and len(sentences[0]) <= len(name) + 2 else first  # '评审与发布。2169年7月至8月，…': from its name
    said = "".join(sentences[first: text[: hi + 1].count("。") if hi >= 0 else len(sentences)]).strip()
    spans = []
    for x in found[:2]:
        if x.group(2):
            first, last = _span(x, year)
            after, before = head[x.end(): x.end() + 8], head[max(0, x.start() - 8): x.start()]
            if first and first == last and not x.group(9):  # a day alone: when the step opens, its deadline, or unknown
                first, last = (first, None) if _OPENS.match(after) else (None, last) if _CLOSES.match(after) or _DUE_BEFORE.search(before) \
                    else (None, None)  # ('网上填报：3月19日' may be its first day or its last: no status is claimed)
            if head[max(0, x.start() - 2): x.start()] == "次年" and not x.group(1):  # '次年1月'
                first, last = (d.replace(year=d.year + 1) if d else None for d in (first, last))
            first = None if re.search(r"即日起?(?:至|到)\s*$", head[max(0, x.start() - 5): x.start()]) else first  # '即日起至5月9日'
            spans.append((first, last))
            year = (last or first or dt.date(year, 1, 1)).year
    starts, ends = [a for a, _ in spans if a], [b for _, b in spans if b]
    start = min(starts) if starts and all(a for a, _ in spans[:1]) else None
    end = max(ends) if ends else None
    said_at = [re.sub(r"\s+", "", x.group(0)).rstrip("，,") for x in found[:2]]
    if len(said_at) == 2 and len(spans) == 2 and spans[0][0] and spans[1][1] and spans[0][0] < spans[1][1]:
        said_at = [f"{re.sub(r'(?:起|开始)$', '', said_at[0])}至{re.sub(r'(?:之前|以前|前|止)$', '', said_at[1])}"]  # opens, then closes
    written = said_at[-1] if len(said_at) == 2 and spans[:1] == spans[1:] else "、".join(said_at)
    return Stage(name, written, start, end, clause, said), year


def _year(notice) -> int:
    """The round's year: the notice's date, its deadline's, else its number's or title's ('…〔2171〕9号', '2171年…')."""
    said = notice.meta.date or (notice.submission.deadline if notice.submission else "") or \
        next((m.group(1) for m in (re.search(r"[〔\[【(（](\d{4})[〕\]】)）]", notice.meta.doc_number or ""),
                                    re.search(r"(\d{4})\s*年", notice.meta.title or "")) if m), "")
    return int(said[:4]) if re.match(r"\d{4}", said or "") else dt.date.today().year


@per_object
def stages(notice) -> tuple[Stage, ...]:
    """The notice's timeline, in its order (empty when it sets out none)."""
    passages, year = notice.passages, _year(notice)
    for head in (p for p in passages if _HEAD.search(p.title or "")):
        kids = [(p, "") for p in _kids(passages, head)]
        kids = [(g, b.title[:4] + " ") for b, _ in kids for g in (_kids(passages, b) if _BATCH.match(b.title or "") else ())] or kids  # '（一）第一批'
        rows = [(part.strip(" |"), head.clause, "") for part in _ROW.split(head.text)[1:] if part.count("|") >= 2]  # '1|专家评审|6月上旬|…'
        for items in ([(p.text, p.clause, lead) for p, lead in kids], [(part, head.clause, "") for part in _ITEM.split(head.text)[1:]], rows):
            found, y = [], year  # its clauses, else the items of its own text ('1.企业网上填报：2102年4月10日…。2.政策宣讲：…')
            for text, clause, lead in items:
                if got := _stage(text, clause, y):
                    found.append(replace(got[0], name=lead + got[0].name))
                    y = got[1]
            if len(found) >= MIN_STAGES and sum(bool(s.end or s.start) for s in found) >= MIN_STAGES:
                return tuple(found)
    return ()


_ROW = re.compile(r"(?<![\d|:：.])\d{1,2}\s*\|(?=[^|\d])")  # a timeline table's row, by its number ('…新账号2|申报辅导培训|…')


def _kids(passages, head) -> list:
    return [p for p in passages if p.clause != head.clause and p.clause.startswith(head.clause) and _MARK.match(p.clause[len(head.clause):])]


def status(stages_: tuple[Stage, ...], today: dt.date) -> list[str]:
    """'done' / 'now' / 'ahead' / '' per stage: where the round stands today, claimed only as far as its times say:
    over after its last day, under way between a first and a last day it gives, ahead before a first day it gives."""
    out = []
    for s in stages_:
        if s.end and today > s.end:
            out.append("done")
        elif s.start and today < s.start:
            out.append("ahead")
        elif s.start and s.end:
            out.append("now")
        else:
            out.append("")
    return out


def named(stages_: tuple[Stage, ...], norm: str) -> list[int]:
    """The stages a message names ('什么时候公示', '专家评审在几月', '结果啥时候出'), best first."""
    scores, batch = [], _BATCH_SAID.search(norm)
    for i, s in enumerate(stages_):
        lead, _, own = s.name.rpartition(" ")  # ('第一批 市级评审': the batch the message names, then the stage)
        if batch and lead and not lead.startswith(batch.group(0)):
            continue
        grams = {own[j:j + 2] for j in range(len(own) - 1)} - {"企业", "工作", "材料", "阶段", "市级", "县区"}
        score = sum(g in norm for g in grams) + (bool(_RESULTS.search(norm)) and bool(RESULT_STAGE.search(own)))
        scores.append((score, i))
    best = max((sc for sc, _ in scores), default=0)
    return [i for sc, i in scores if sc and sc == best]


# Asked when or whether a stage happens ('经验推广开始了吗', '专家评审在几月', 'when is the expert review').
_WHEN_ASKED = re.compile(r"什么时候|啥时候|何时|几月|哪天|几号|什么时间|时间段|哪段时间"
                         r"|开始了|结束了|开始没|结束没|持续到|到什么时候|进行了|\bwhen\b|\bstarted\b", re.I)
# Or how long, of a step with no date of its own ('补正期限多久': 接到通知之日起5个工作日内); a dated step's is the deadline's.
_LENGTH_ASKED = re.compile(r"期限|时限|多久|多长时间|几天|几个工作日|截止|截至")
_PUBLISHED = re.compile(r"结果|名单|公布|公示|\bresults?\b")
_OWN_STEP = re.compile(r"申报|填报|报送|提交|注册|开放|截止|材料")  # the applicant's own steps: their dates are the deadline's answer
_STAGE_EN = {"review": "评审", "public notice": "公示", "publicity": "公示", "naming": "命名", "recommend": "推荐", "defen": "答辩", "site visit": "核查"}


def stage_asked(notice, norm: str) -> bool:
    """The message asks when (or whether) a stage after the application happens, by the stage's own words."""
    when, length = _WHEN_ASKED.search(norm), _LENGTH_ASKED.search(norm)
    if not (when or length) or not (st := stages(notice)):
        return False
    said = norm + "".join(zh for en, zh in _STAGE_EN.items() if en in norm.lower())
    return any(not _OWN_STEP.search(st[i].name) and (when or not st[i].written) for i in named(st, said)) \
        and not _PUBLISHED.search(norm)  # (the results: their own answer)
