"""Values as people write them in messages: numbers in digits or Chinese, dates, hours, limits, copies, fonts."""

from __future__ import annotations

import re
from functools import cached_property


class LazyPattern:
    """A regular expression compiled on first use: importing a module costs nothing for patterns a run never needs."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        pattern = re.compile(self.pattern, self.flags)
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
            setattr(self, name, getattr(pattern, name))  # later calls go straight to the compiled pattern's methods
        return pattern

    def search(self, *args):
        return self.compiled.search(*args)

    def match(self, *args):
        return self.compiled.match(*args)

    def fullmatch(self, *args):
        return self.compiled.fullmatch(*args)

    def finditer(self, *args):
        return self.compiled.finditer(*args)

    def findall(self, *args):
        return self.compiled.findall(*args)

    def sub(self, *args):
        return self.compiled.sub(*args)


lazy = LazyPattern

CJK_RUN_4 = lazy(r"[\u4e00-\u9fff]{4,}")  # runs of four or more Chinese characters
CN = "零〇一二两三四五六七八九十百千万"
NUM = rf"(?:\d+(?:\.\d+)?|[{CN}]+(?:点[零〇一二三四五六七八九]+)?)"  # '一点五个亿' is 1.5
DATE = lazy(rf"(?:(\d{{4}})\s*年\s*)?({NUM})\s*月\s*({NUM})\s*[日号]?")
# Another stage of the selection than the application ('答辩PPT须于…发送至x@y'): its mailbox is not the application's.
# A section for applicants renewing a title ('二、2102年度质量标杆复评', '（一）复评'), headed at either level.
RENEWAL = lazy(r"复评|复核|复审")
OTHER_STAGE = lazy(r"答辩|PPT|ppt|演示文稿|汇报材料|现场核查|整改|推荐文件|推荐汇总表|推荐函|推荐意见")
# Submitting by e-mail asked ('可以用邮箱提交吗', 'can I send it by email'), not a mailbox asked for.
BY_MAIL = lazy(r"(?:用|通过|发|走|经)\s*(?:电子)?(?:邮箱|邮件)|(?:邮箱|邮件)[^。？！?!\n]{0,4}(?:提交|交|报送|申报|发送?材料|发过去|可以吗|行吗)"
               r"|\b(?:by|via|through) e-?mail\b|\be-?mail (?:it|them|the)\b", re.I)
_CN_DIGITS = "零〇一二两三四五六七八九十"  # "快12点" / "十二点": no hour starts inside a number ("周五17点" is one)
HOUR = lazy(rf"(上午|下午|晚上|中午|傍晚|夜里|凌晨|早上)?\s*(?<![差有快少多\d])(?!(?<=[{_CN_DIGITS}])[{_CN_DIGITS}])({NUM})\s*"
            rf"(?:[点时](?!钟以内|点|儿|半点)|[:：]\s*\d{{2}})|(零点|午夜)")
WORDS = lazy(rf"(\d+(?:\.\d+)?\s*[千万](?![千万])|{NUM})\s*(?:(?<=\d)个)?\s*字")  # '1万字' too
COPIES = lazy(rf"({NUM})\s*份")
# What a count is of; "行业标准", "团体标准" are standards a firm wrote, not the selection criteria.
_COUNTED = r"(方面|重点|方向|条件|" + "".join(f"(?<!{w})" for w in ("行业", "国家", "团体", "企业", "地方", "国际", "技术", "产品")) + r"标准|部分|领域)"
NEVER = re.compile(r"(?!x)x")  # a pattern that matches nothing: an attribute with no words or evidence of its own
GROUP_SAID = lazy(r"集团|子公司|母公司|控股公司|下属(企业|公司)|\b(group|subsidiar\w*)\b")  # a group of firms is asked about
REVOKES = lazy(r"撤销|取消[^。；]{0,6}(资格|称号|奖励)|追回|收回")  # a penalty sentence, no answer to "奖励什么时候发"
COUNT = lazy(rf"(?<![哪每某这那其第])(?!一部分|一小部分|一大部分)({NUM})\s*(?:个|项|条|大|类|点)?\s*{_COUNTED}")  # not '先贴一部分'
COUNT_AFTER = lazy(rf"{_COUNTED}[^，,。？！?]{{0,4}}?(?<!第)({NUM})\s*(?:个|项|条|大|类|点)(?!字)")
CONDITION = lazy(rf"([\u4e00-\u9fff]{{0,4}}?)({NUM})\s*(年|个月|人|名|万元|亿元|亿|万(?!\s*(?:多|余)?字|[一二两三四五六七八九千\d])|家|项|倍)")
PHONE_RUN = lazy(r"\d{7,}|\d{3,4}-\d{7,8}")  # a phone number however written: a table row, a contact line
PHONE = lazy(r"(?<!\d)(0\d{2,3}\d{7,8}|1[3-9]\d{9}|\d{8}|\d{7})(?!\d)")  # with an area code: one number
FONT = lazy(r"宋体|仿宋|黑体|楷体|微软雅黑|方正[\u4e00-\u9fff]{2,6}?(?=[吗吧呢啊呀么嘛的了还或和与、用字号？?，,。\s]|$)|times new roman|arial")
SIZE = lazy(r"(?<![零〇一二两三四五六七八九十百千\d路弄街月])小?[初一二三四五六七八]号(?![楼院门线库厂房栋])"  # not '三月一号', '六号去…'
            r"(?!\s*(?:之?前|以前|截止|当天|那天|晚|早|上午|下午|中午|凌晨|夜|交|去|送|寄|提交|报|到|过|开始|左右|前后|之后|以后))"
            r"|\d+(?:\.\d+)?\s*(?:pt|磅)")
SPACING = lazy(r"\d(?:\.\d+)?\s*倍行距|单倍行距|双倍行距|固定值")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
EN_DATE = lazy(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(20\d\d))?"
                      r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?:,?\s*(20\d\d))?")
EN_HOUR = lazy(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)|\b(midnight|noon)\b")
EN_WORDS = lazy(r"\b(\d+(?:,\d{3})*)\s*(?:words|characters|chars)\b")
EN_COPIES = lazy(r"\b(\d+|one|two|three|four|five)\s+(?:paper\s+)?cop(?:y|ies)\b")
EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
SUBJECT = lazy(r"正文|[一二三四五1-5]级标题|标题|摘要|附表|插图|图表|表格")

def cn_number(s: str) -> float:
    """'3' -> 3, '十五' -> 15, '一万' -> 10000, '两千' -> 2000, '1.5' -> 1.5; -1 when unreadable."""
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s)
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)\s*([千万])", s):  # '1万', '1.5万', '3千'
        return float(m.group(1)) * (10000 if m.group(2) == "万" else 1000)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if (whole := s.partition("点"))[1] and whole[2] and all(c in digits for c in whole[2]):  # '一点五' -> 1.5
        return -1 if (n := cn_number(whole[0])) < 0 else n + float("0." + "".join(str(digits[c]) for c in whole[2]))
    units = {"十": 10, "百": 100, "千": 1000}
    total, section, cur = 0, 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch in units:
            section += (cur or 1) * units[ch]
            cur = 0
        elif ch == "万":
            total += (section + cur or 1) * 10000
            section = cur = 0
        else:
            return -1
    if cur and len(s) >= 2 and (unit := {**units, "万": 10000}.get(s[-2], 0)) >= 100:  # '一万五', '两千五': spoken short
        cur *= unit // 10
    return total + section + cur


def plain(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def cap(s: str) -> str:
    return re.sub(r"[a-z]{3,}", lambda m: m.group(0).capitalize(), s)


def copies_en(n: float) -> str:
    return f"{plain(n)} cop{'y' if n == 1 else 'ies'}"


def cn_forms(n: float) -> set[str]:
    digits = "零一二三四五六七八九"
    if n != int(n) or not 0 < n < 100:
        return set()
    n = int(n)
    if n < 10:
        return {digits[n]} | ({"两"} if n == 2 else set())
    tens, ones = divmod(n, 10)
    return {("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")}


# A step written for the firms of one area ('位于…开发区的企业，纸质申报书须于…', '临港新片区内企业：于…前送达…').
FOR_GROUP = lazy(r"^[^，。；]{0,6}(?:(?:位于|属于|注册在|地处|其中)[^，。；]{2,60}?的|[\u4e00-\u9fff]{2,20}?(?:区|园|港)(?:内|范围内)的?)(?:企业|单位)")
# A clause written for one kind of applicant ('（一）市属国有企业：直接向市经信局申报（直报）…'): the kind, and its first
# word ('市属'), which names it in a message ('我们是市属国企').
GROUP_LED = lazy(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?(((?:市属|省属|区属|县属|央属|中央|市管|省管|在[沪京津渝]|直接申报的?|直报))"
                 r"[\u4e00-\u9fff]{0,8}?(?:企业|国企|单位))[：:，,]")
# A step written for one kind of applicant ('（三）省属企业申报。…', a timeline's '省属企业网上提交：…').
_KIND = r"(?:市属|省属|区属|县属|央属|中央|市管|省管)[\u4e00-\u9fff]{0,6}?(?:企业|国企|单位)"  # '中央驻疆企业、区属国有企业于…'
GROUP_STEP = lazy(rf"^\s*(?:[（(][一二三四五六七八九十\d]{{1,3}}[)）]\s*)?({_KIND}(?:[、和及]{_KIND})*)(?=申报|直报|网上|在线|纸质|提交|报送|于)")


def in_unit(number: float, written: str, said: str) -> float:
    """A duration written in one unit counted in another ('6个月' in 年: 0.5)."""
    if written[:1] in "万亿" and said[:1] in "万亿" and written[:1] != said[:1]:  # money: '1亿元' in 万 is 10000
        return number * 10000 if written[:1] == "亿" else number / 10000
    return number / 12 if (written, said) == ("个月", "年") else number * 12 if (written, said) == ("年", "个月") else number
