"""Layout rules (fonts, sizes, spacing), one per subject, and the same rules as data for the draft pre-check."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .outline import cn_int
from .sections import strip_end

FONTS = r"方正小标宋(?:简体)?|仿宋_GB2312|楷体_GB2312|仿宋|楷体|黑体|宋体|微软雅黑|Times New Roman"
# A type size: '小二号', or written in digits before a font ('标题用2号方正小标宋简体'; not '2号楼').
SIZE = re.compile(rf"(小?[初一二三四五六七八])号|(小?[1-8])号(?=\s*(?:{FONTS}))")
_DIGIT_SIZE = str.maketrans("12345678", "一二三四五六七八")
# Chinese type sizes in points (a typesetting convention, not a fact of any notice).
SIZE_PT = {"初": 42, "小初": 36, "一": 26, "小一": 24, "二": 22, "小二": 18, "三": 16, "小三": 15, "四": 14, "小四": 12,
           "五": 10.5, "小五": 9, "六": 7.5, "小六": 6.5, "七": 5.5, "八": 5}
# Words the draft check looks for (language, not facts): a unit's name, comparisons, intellectual property.
UNIT_WORDS = ("公司", "集团", "厂", "院", "所", "中心", "银行", "医院", "大学", "学校", "协会", "股份", "有限")
COMPARE_WORDS = ("竞争对手", "对标", "标杆", "同行业", "行业平均", "行业领先", "对比", "同类企业", "国内领先", "国际领先")
IP_WORDS = ("专利", "标准", "知识产权", "软件著作权")
_RULE_START = re.compile(r"^(文章标题|大标题|标题|“摘要”|摘要|正文|附表|插图|图表标题|一级标题|二级标题|三级标题|页边距|页码|全文|总结材料)")


def format_rules(text: str) -> list[dict]:
    """'文章标题为黑体小二号居中，“摘要”二字…，单倍行距。' -> one rule per subject, with its topic."""
    rules: list[str] = []
    for sent in (s for x in facts.sentences(text) for s in re.split(r"[；;]", x)):  # '…装订；正文使用仿宋…；封面加盖…'
        sent = re.sub(r"^[\u4e00-\u9fff]{0,6}(?:格式|排版)要求[：:]", "", sent.strip())  # '材料格式要求：' is no rule
        for i, frag in enumerate(re.split(r"[，,]", strip_end(sent))):
            frag = frag.strip()
            if not frag:
                continue
            if rules and i and not _RULE_START.match(frag) and not re.search(r"A4|幅面", frag):  # (after '；' a rule begins)
                rules[-1] += "，" + frag
            else:
                rules.append(frag)
    return [{"topic": _topic(r), "text": r} for r in rules]


def _topic(rule: str) -> str:
    if re.search(r"A4|幅面|纸张|纵向|横向", rule) and not re.search(FONTS, rule):
        return "page"
    if rule.startswith("“摘要”"):
        return "abstract_heading"
    if re.search(r"放置|编号", rule):
        return "captions"
    if re.match(r"(附表|插图|图表)", rule):
        return "caption_font"
    if re.match(r"(文章标题|大标题|标题)", rule):
        return "title"
    if "正文" in rule:
        return "body"
    return "other"


def style(rule: str, clause: str, label: str) -> dict:
    out: dict = {"clause": clause, "label": label}
    font = re.search(FONTS, rule)
    size = SIZE.search(rule)
    if font:
        out["font"] = font.group(0)
    name = (size.group(1) or size.group(2).translate(_DIGIT_SIZE)) if size else ""
    if name in SIZE_PT:
        out["size_name"], out["size_pt"] = name if name.startswith("小") else f"{name}号", SIZE_PT[name]
    if "加粗" in rule:
        out["bold"] = True
    if "居中" in rule:
        out["align"] = "center"
    spacing = re.search(r"(单倍|1\.5\s*倍|一倍半|双倍|2\s*倍)行距", rule)
    if spacing:
        out["line_spacing"] = {"单倍": "single", "双倍": "double", "2倍": "double"}.get(spacing.group(1).replace(" ", ""), "1.5")
    return out


def draft_rules(d: Draft, clause: str, rules: list[dict]) -> dict | None:
    by = {r["topic"]: r["text"] for r in rules}
    parts = d.data.get("materials", {}).get("parts", [])
    name = next((p for p in parts if p["key"] == "name"), None)
    results = next((p for p in parts if p["key"] == "results"), None)
    need = ("page", "title", "abstract_heading", "body", "caption_font")
    if not all(k in by for k in need) or not name or not results:
        return None
    formula = re.search(r"命名规则[为是]?[:：]?\s*([^。]+)", name["text"])
    example = re.search(r"如[:：]\s*([^。]+)", name["text"])
    suffix = re.findall(r"[（(]([^）)]+)[)）]", formula.group(1)) if formula else []
    years = re.search(r"近([一二三四五六七八九十\d])年", results["text"])
    page = by["page"]
    out = {"headings": {p["key"]: [p["title"]] for p in parts if not p["key"].startswith("part")},
           "page": {"clause": clause, "size": "A4", "width_mm": 210, "height_mm": 297,
                    "orientation": "landscape" if "横向" in page else "portrait", "label": strip_end(page)},
           "title": style(by["title"], clause, "文章标题"), "abstract_heading": style(by["abstract_heading"], clause, "“摘要”二字"),
           "body": style(by["body"], clause, "摘要及正文"), "captions": style(by["caption_font"], clause, "附表及插图标题")}
    if formula and suffix:
        out["name"] = {"clause": name["clause"], "suffix": suffix[-1], "formula": formula.group(1).strip(),
                       "example": example.group(1).strip() if example else "", "unit_words": list(UNIT_WORDS)}
    if years:
        n = cn_int(years.group(1))
        digits = {cn_int(years.group(1)): years.group(1)}
        words = [f"近{x}年" for x in dict.fromkeys([years.group(1), str(n), *digits.values()])]
        out["results"] = {"clause": results["clause"], "years": n, "year_words": words + [f"连续{years.group(1)}年"],
                          "compare_words": list(COMPARE_WORDS), "ip_words": list(IP_WORDS)}
    if "name" not in out or "results" not in out or "A4" not in page:
        return None
    return out
