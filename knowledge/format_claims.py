"""A font, size or line spacing the message asserts ("标题用黑体二号对吗"), checked against the layout rules: corrected
with the rules that set that thing, never with a rule of another thing. A mixin of premise.Checker."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import FONT, SIZE, SPACING, SUBJECT


class FormatClaims:
    """Uses the checker's notice (n) and _fix."""

    def _format(self, norm, a, intents, premise) -> Section | None:
        rules = self.n.format.rules if self.n.format else ()
        if not re.search(r"还是|或者|或是", norm):  # '行距是1.5倍吧' asserts; '是1.5倍还是单倍' asks
            norm = re.sub(r"(?:行距|行间距)\s*(?:是|为|用|设为|设置为|选)?\s*(\d(?:\.\d+)?|单|双)\s*倍(?!行距)", r"\1倍行距", norm)
        said = FONT.findall(norm) + SIZE.findall(norm) + SPACING.findall(norm)
        if not rules or not said:
            return None
        text = "".join(r.text for r in rules).lower()
        wrong = [s for s in said if not re.search(("" if s.startswith("小") or not SIZE.fullmatch(s) else "(?<!小)") + re.escape(
            s.replace(" ", "")), text.replace(" ", ""))]  # '二号' is not the rules' '小二号'
        if not wrong:
            return None
        # For each wrong value, the rules that set what it is of: a line spacing ('28磅'), a font, or a size ('三号').
        subjects, shown = SUBJECT.findall(norm), []
        for w in wrong:
            kind = SPACING if SPACING.search(w) or re.search(r"磅|pt", w) else FONT if FONT.search(w) else SIZE
            of_kind = [r.text for r in rules if kind.search(r.text) or kind is SPACING and "行距" in r.text]
            own = SUBJECT.findall(re.split(r"[，,；;。]", norm[:norm.find(w)])[-1]) if w in norm else []  # "标题用黑体"
            of_subject = [t for t in of_kind if any(s in t for s in own or subjects)]
            if own and not of_subject and set(own) != {"正文"}:
                continue  # "大标题用方正小标宋吗" where only the body's font is set: not stated, never the body's rule
            shown += [t for t in (of_subject or of_kind) if t not in shown]
        if not shown:
            return None  # the notice sets no such thing: said as not stated, never corrected with another rule
        return self._fix(f"不是{'、'.join(wrong)}：{'；'.join(shown[:3])}。", self.n.format.clause)
