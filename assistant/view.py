"""The applicant's checklist as the user sees it: views, item numbers, and checklist talk in plain Chinese."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from knowledge.matcher import Entry, PhraseMatcher
from knowledge.model import Knowledge, Step
from knowledge.phrasing import countdown, step_guide
from knowledge.schedule import stages
from knowledge.text import prepare

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"([0-9]+|[一二两三四五六七八九十]+)"
_DONE_WORDS = r"(完成|做完|搞定|办好|弄好|做好|好了|盖好|寄出|寄了|交了|提交了|上传了|写好|写完|排好|准备好|打印好|填好|办完|弄完|ok|done|finished)"
_NEGATION = re.compile(r"(没|未|还没|尚未|不)(有)?(完成|做|办|好|写|寄|交|盖|上传|准备)")
# A step only planned: a plan word, or a time word without a sign that it is done ("纸质材料今天下午寄出", "马上寄出").
_PLAN = re.compile(r"打算|准备(?!好)|计划|预计|将要|下周|下个?月|明天|后天|明早|回头|过几天|想要?|要去|马上|待会|一会儿?|等下|稍后")
_WHEN = re.compile(r"今天|今晚|上午|下午|晚上|周[一二三四五六日天]|星期|礼拜|\d+\s*[号日]|月底|月初")
_DONE_MARK = re.compile(r"了|已|过|完|好")
_ASKS = re.compile(r"吗|吧|呢|来得及|赶得上|行不行|可不可以|能不能|是否|怎么|多少|几[点号天个]|哪")
RE_DONE_N = re.compile(rf"^(第)?{_NUM}(项|步|条|个)?(已经?|也|都)?{_DONE_WORDS}|^(已经?)?(完成|做完|搞定)了?第{_NUM}(项|步|条)")
RE_UNDO_N = re.compile(rf"^(撤销|取消|撤回|恢复)(第)?{_NUM}|^第?{_NUM}(项|步|条)(还)?(没|未)(有)?(完成|做|办)")
_MINE = re.compile(r"我|咱|自己|清单|完成了?多少|还差|还剩|checklist|progress", re.I)
RE_PROGRESS = re.compile(r"(做到|进行到|到了?|走到)哪(一)?步|进度|完成了?多少|还差(几|多少)|还剩(几|哪些)(项|步)|我的清单|申报清单|清单|checklist|progress")
RE_NEXT = re.compile(r"下一步|接下来(该|要)?(做|干|办)?(什么|啥)|接着(做|干)(什么|啥)|next")
RE_SELF_DISTRICT = re.compile(r"(我|我们|公司|企业|单位|本单位|我司)(是|在|属于|位于|注册在|地处)|所在区是|我的区是|我是.{1,12}的")
RE_WHO = re.compile(r"我(该|应该|要)?找谁|找谁盖章|我的推荐单位|谁给我盖章")


def cn_number(text: str) -> int | None:
    """'12' -> 12, '十一' -> 11, '三' -> 3, '❸' -> 3; None when it is not a number."""
    if text.isdecimal():  # not isdigit(): '❸' and '²' are digits that int() refuses
        return int(text) if len(text) <= 4 else None
    if len(text) == 1 and text not in _CN_DIGITS and text != "十":
        value = unicodedata.numeric(text, None)  # circled and other single-character numbers: ①, ❸, ⓾
        return int(value) if value is not None and value == int(value) and 0 <= value < 10_000 else None
    if not text or any(c not in _CN_DIGITS and c != "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS[text] if len(text) == 1 else None


def parse_numbers(args: str, count: int) -> tuple[list[int], str]:
    """'1 3', '1-4', '1,3', '一' -> item numbers; an error message instead if any part is not a valid number."""
    cleaned = prepare(args).norm.replace("，", ",").replace("、", ",").replace("~", "-").replace("至", "-").replace("到", "-")
    parts = [p for p in re.split(r"[\s,]+", cleaned) if p]
    if not parts:
        return [], f"请告诉我第几项，例如 /done 3、/done 1 3 或 /done 1-4（共 {count} 项）。"
    out: list[int] = []
    for part in parts:
        m = re.fullmatch(r"第?(\S+?)(?:-(\S+?))?(项|步)?", part)
        lo = cn_number(m.group(1)) if m else None
        hi = cn_number(m.group(2)) if m and m.group(2) else lo
        if lo is None or hi is None:
            return [], f"“{part[:20]}”不是有效的编号。请用 1 到 {count} 之间的数字，例如 /done 3 或 /done 1-4。"
        if not (1 <= lo <= count and 1 <= hi <= count) or hi < lo or hi - lo > count:
            return [], f"编号 {part[:20]} 超出范围：清单共 {count} 项，请用 1 到 {count}。"
        out.extend(range(lo, hi + 1))
    return list(dict.fromkeys(out)), ""


class TalkKind(StrEnum):
    NONE = ""
    DONE = "done"
    UNDO = "undo"
    PROGRESS = "progress"
    NEXT = "next"
    DISTRICT = "district"
    WHO = "who"


@dataclass(frozen=True)
class Talk:
    """What a plain-language message says about the checklist."""

    kind: TalkKind
    numbers: tuple[int, ...] = ()
    steps: tuple[int, ...] = ()  # candidate steps named by description (1-based)


class ChecklistView:
    """Renders the checklist and reads checklist talk; all steps come from the knowledge base."""

    def __init__(self, kb: Knowledge) -> None:
        self.kb = kb
        self.steps: tuple[Step, ...] = kb.notice.checklist
        entries = [Entry(p, str(i), fuzzy=False) for i, s in enumerate(self.steps, 1) for p in (*s.match, s.title)]
        self._matcher = PhraseMatcher(entries)

    def read(self, text: str) -> Talk:
        """Classify a message as checklist talk (or not)."""
        t = prepare(text)
        c = t.compact
        if len(c) > 60:
            return Talk(TalkKind.NONE)
        if m := RE_UNDO_N.search(c):
            n = next((cn_number(g) for g in m.groups()[1:] if g and cn_number(g) is not None), None)
            return Talk(TalkKind.UNDO, (n,)) if n else Talk(TalkKind.NONE)
        if m := RE_DONE_N.search(c):
            n = next((cn_number(g) for g in m.groups() if g and cn_number(g) is not None), None)
            return Talk(TalkKind.DONE, (n,)) if n else Talk(TalkKind.NONE)
        if RE_NEXT.search(c):
            return Talk(TalkKind.NEXT)
        if RE_PROGRESS.search(c):  # ('现在到哪一步了' of a notice with a timeline asks where the round stands, not one's list)
            return Talk(TalkKind.NONE if stages(self.kb.notice) and not _MINE.search(c) else TalkKind.PROGRESS)
        if RE_WHO.search(c):
            return Talk(TalkKind.WHO)
        # "盖章已经办好了": the clauses that say a step is done; never a plan ("纸质的打算3月5号寄出") nor a message
        # that also asks something ("网上已经交了，纸质的…来得及吧"), which is answered instead.
        said = [x for x in re.split(r"[，,；;。.！!\s]", c) if re.search(_DONE_WORDS, x) and not _PLAN.search(x)
                and not (_WHEN.search(x) and not _DONE_MARK.search(x))]
        if said and not _NEGATION.search(c) and not _ASKS.search(c) and "?" not in t.norm:
            found = tuple(dict.fromkeys(int(h.label) for h in self._matcher.find(prepare("，".join(said)))))
            if found:
                return Talk(TalkKind.DONE, steps=found)
        if RE_SELF_DISTRICT.search(c) and len(c) <= 30:
            return Talk(TalkKind.DISTRICT)
        return Talk(TalkKind.NONE)

    # ------------------------------------------------------------ views
    def checklist(self, done: dict[str, str], now: dt.datetime, unit_line: str = "") -> str:
        total, count = len(self.steps), sum(1 for s in self.steps if s.id in done)
        lines = [f"📋 申报清单　已完成 {count}/{total}", progress_bar(count, total)]
        for i, s in enumerate(self.steps, 1):
            mark = "✅" if s.id in done else "⬜"
            extra = f"（{unit_line}）" if s.involves_unit and unit_line else ""
            lines.append(f"{mark} {i}. {s.title}{extra}")
        lines.append(f"⏳ {countdown(self.kb, now)}")
        lines.append("用 /done 编号 标记完成（如 /done 1 3、/done 1-4），/undo 编号 撤销，/next 看下一步该做什么。")
        return "\n".join(lines)

    def progress(self, done: dict[str, str], now: dt.datetime) -> str:
        total, count = len(self.steps), sum(1 for s in self.steps if s.id in done)
        nxt = self.first_open(done)
        lines = [f"已完成 {count}/{total}", progress_bar(count, total)]
        lines.append(f"下一步：{nxt}. {self.steps[nxt - 1].title}" if nxt else "🎉 清单上的步骤都已完成！")
        lines.append(f"⏳ {countdown(self.kb, now)}")
        return "\n".join(lines)

    def first_open(self, done: dict[str, str]) -> int | None:
        return next((i for i, s in enumerate(self.steps, 1) if s.id not in done), None)

    def guide(self, number: int, unit_text: str, district_known: bool) -> str:
        s = self.steps[number - 1]
        lines = [f"👉 第 {number} 项：{s.title}", step_guide(self.kb, s), f"（出处：{s.clause}）"]
        if s.involves_unit:
            lines.append(unit_text if district_known else
                         f"推荐单位是企业所在区的主管部门。告诉我您的区（如 /district {self.kb.example_place()}），我给出联系方式。")
        lines.append(f"完成后发送 /done {number}。")
        return "\n".join(lines)


def progress_bar(count: int, total: int, width: int = 10) -> str:
    filled = round(width * count / total) if total else 0
    return f"{'▓' * filled}{'░' * (width - filled)} {round(100 * count / total) if total else 0}%"
