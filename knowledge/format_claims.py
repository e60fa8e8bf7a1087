"""A font, size or line spacing the message asserts ("标题用黑体二号对吗"), checked against the layout rules: corrected
with the rules that set that thing, never with a rule of another thing. A mixin of premise.Checker."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import FONT, SIZE, SPACING, SUBJECT, lazy

# "图表标题放在图的上方对吧", "表格可以横版排吧": a caption's place or the page's orientation, said as a fact.
_UP, _DOWN = "上方|上面|上边|顶部|顶上|above|on top", "下方|下面|下边|底部|底下|below|underneath"
_NOUN = lazy(r"附表|表格|插图|图片|图表|图|表|tables?|figures?|charts?")
_PLACE = lazy(rf"({_NOUN.pattern})[^，,。？?！!]{{0,14}}?({_UP}|{_DOWN})")
_TURNED = {"横": lazy(r"横版|横排|横着(?:排|放|打|印)|横过来|横向(?=排|编|打印|页|纸|放|的?版)|landscape"),  # not '横向对比'
           "纵": lazy(r"竖版|竖排|竖着(?:排|放|打|印)|纵向(?=排|编|打印|页|纸|放|的?版)|portrait")}
# "正文是宋体小四吧": a size said without '号'.
_BARE_SIZE = lazy(r"(?:字号|字体|宋体|黑体|仿宋|楷体|是|用|为|改成)\s*(小[初一二三四五六])(?=吧|吗|呢|对|行|可以|[，,。？?！!\s]|$)")
_ASKS = lazy(r"还是|或者|或是|哪(个|边|里|儿)|什么位置|\bor\b|\bwhere\b")


class FormatClaims:
    """Uses the checker's notice (n) and _fix."""

    def _format(self, norm, a, intents, premise) -> Section | None:
        rules = self.n.format.rules if self.n.format else ()
        if not re.search(r"还是|或者|或是", norm):  # '行距是1.5倍吧' asserts; '是1.5倍还是单倍' asks
            norm = re.sub(r"(?:行距|行间距)\s*(?:是|为|用|设为|设置为|选)?\s*(\d(?:\.\d+)?|单|双)\s*倍(?!行距)", r"\1倍行距", norm)
        said = FONT.findall(norm) + SIZE.findall(norm) + SPACING.findall(norm) + [f"{x}号" for x in _BARE_SIZE.findall(norm)]
        if not rules or not said:
            return None
        plain = [re.sub(r"_?gb\s*2312", "", r.text.lower()).replace(" ", "") for r in rules]  # '仿宋_GB2312三号字': 仿宋三号
        wrong = []
        for s in said:  # checked against the rules of the thing it is said of ('正文是宋体': the body's), else all rules
            own = SUBJECT.findall(re.split(r"[，,；;。]", norm[:norm.find(s)])[-1]) if s in norm else []
            text = "".join(t for t in plain if any(o in t for o in own)) or "".join(plain)
            if not re.search(("" if s.startswith("小") or not SIZE.fullmatch(s) else "(?<!小)") + re.escape(s.replace(" ", "")), text):
                wrong.append(s)  # '二号' is not the rules' '小二号'
        if not wrong:
            return None
        # For each wrong value, the rules that set what it is of: a line spacing ('28磅'), a font, or a size ('三号').
        subjects, shown = SUBJECT.findall(norm), []
        for w in wrong:
            kind = SPACING if SPACING.search(w) or re.search(r"磅|pt", w) else FONT if FONT.search(w) else SIZE
            of_kind = [r.text for r, t in zip(rules, plain) if kind.search(t) or kind is SPACING and "行距" in t]
            own = SUBJECT.findall(re.split(r"[，,；;。]", norm[:norm.find(w)])[-1]) if w in norm else []  # "标题用黑体"
            of_subject = [t for t in of_kind if any(s in t for s in own or subjects)]
            if own and not of_subject and set(own) != {"正文"}:
                continue  # "大标题用方正小标宋吗" where only the body's font is set: not stated, never the body's rule
            shown += [t for t in (of_subject or of_kind) if t not in shown]
        if not shown:
            return None  # the notice sets no such thing: said as not stated, never corrected with another rule
        return self._fix(f"不是{'、'.join(wrong)}：{'；'.join(shown[:3])}。", self.n.format.clause)

    def _layout(self, norm, a, intents, premise) -> Section | None:
        rules = [r.text for r in self.n.format.rules] if self.n.format else []
        if not rules or _ASKS.search(norm):
            return None
        clauses = [c for r in rules for c in re.split(r"[，,；;。]", r) if c]
        wrong: list[str] = []
        for side, said in _TURNED.items():  # the notice's "A4 幅面纵向编辑" against "横版"
            other = "纵" if side == "横" else "横"
            if (m := said.search(norm)) and (hit := [c for c in clauses if f"{other}向" in c and f"{side}向" not in c]):
                wrong.append(f"不是{m.group(0)}：{hit[0]}")
        for m in (x for x in _PLACE.finditer(norm) if re.search(r"题|caption|title", x.group(0), re.I)):  # not '申报信息表下面'
            noun, up = _NOUN.findall(m.group(0))[-1], bool(re.fullmatch(_UP, m.group(2)))  # "图表标题放在图的上方": 图
            kinds = ("表", "图") if noun in ("图表", "charts", "chart") else ("表",) if "表" in noun or "table" in noun else ("图",)
            for kind in kinds:
                placed = [c for c in clauses if re.search(rf"(?<!图){kind}(?!表)", c) and re.search("上方|下方", c) and "题" in c]
                if placed and ("上方" in placed[0]) != up:
                    wrong.append(f"不是{m.group(2)}：{placed[0]}")
        if not wrong:
            return None
        return self._fix("；".join(dict.fromkeys(wrong)) + "。", self.n.format.clause,
                         en="Not so: " + "; ".join(dict.fromkeys(w.split("：", 1)[1] for w in wrong)) + ".")
