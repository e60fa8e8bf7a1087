"""Recommending units by industry, not by place ('汽车产业链｜市汽车产业链办公室｜覃卫东｜0772-…', with each chain's scope
written in the text: '1.汽车产业链：整车…、汽车零部件（座椅、…、汽车电子…）'): a firm that says what it makes
('我们做汽车座椅的，厂在柳江区，找谁报') is given its chain's office, whatever its district. A mixin of Answerer."""

from __future__ import annotations

import re

from .phrasing import Section
from .values import lazy

_ROW = re.compile(r"[^。；;|\n]+(?:\|[^。；;|\n]*){2,}")
_KIND_HEAD = lazy(r"产业链|行业|领域|产业|类别")
_ASKS_WHO = lazy(r"找谁|找哪|哪个部门|哪个单位|哪个办|向谁|报给谁|交给谁|交哪|报哪|走哪|哪条链|算哪|归哪|属于哪|推荐|渠道|报名|申报|找[^，。？?]{0,10}报")
_MAKES = lazy(r"(?:做|生产|造|搞|经营|主营|产品是|主要是|我们是|是做)([\u4e00-\u9fff]{2,12})")
_PHONE = lazy(r"\d{3,4}-?\d{7,8}")


class IndustryRoutes:
    """Uses the answerer's kb."""

    def _industry_route(self, norm: str, en: bool) -> Section | None:
        if en or not _ASKS_WHO.search(norm) or not (made := _MAKES.findall(norm)):
            return None
        rows = self.__dict__.get("_industry_rows")
        if rows is None:
            rows = self.__dict__["_industry_rows"] = self._industry_table()
        if not rows:
            return None
        body = "\n".join(c.text for c in self.kb.notice.passages)
        scopes = {name: (m.group(1), cells, clause) for name, cells, clause in rows
                  if (m := re.search(re.escape(name) + r"[：:]([^。\n]{4,300})", body))}
        moved = {m.group(2) for m in re.finditer(r"(\S{2,8}?)归入([\u4e00-\u9fff]{2,10}?(?:产业链|行业|领域))", body) if m.group(1) in norm}
        runs = sorted({w[i:i + k] for w in made for k in range(2, len(w) + 1) for i in range(len(w) - k + 1)}, key=len, reverse=True)
        for run in runs:  # the longest run of the product that one scope alone names ('座椅', not '汽车' of '汽车用钢')
            names = [n for n, (scope, _, _) in scopes.items() if run in scope and not re.search(re.escape(run) + r"[^，,、；。]{0,4}除外", scope)]
            names = [n for n in names if n in moved] or names
            if len(names) == 1:
                name, hit = names[0], run
                break
        else:
            return None
        scope, cells, clause = scopes[name]
        rule = next((s.strip() for s in re.findall(r"[^。：:\n]*不论[^。\n]*。", body)), "")
        lines = [f"做“{hit}”的企业属于“{name}”（通知写明：{name}：{scope.strip()}）。", f"{name}的推荐单位：{'｜'.join(cells)}"]
        lines += [f"通知写明：{rule}"] if rule else []
        said = next((c.clause for c in self.kb.notice.passages if scope in c.text and name in c.text), "")  # ('四（一）1')
        return Section("申报渠道", tuple(lines), tuple(x for x in (said, clause) if x))

    def _industry_table(self) -> list[tuple[str, list[str], str]]:
        """(kind, its row's cells, clause) of each row of a table whose first column is a kind of industry and whose rows
        give a phone: '汽车产业链｜市汽车产业链办公室…｜覃卫东｜0772-2826301｜…'."""
        for c in self.kb.notice.passages:
            header, out = [], []
            for m in _ROW.finditer(c.text):
                cells = [x.strip() for x in m.group(0).split("|")]
                lead = re.split(r"[：:]", cells[0])[-1].strip()
                if not header and _KIND_HEAD.fullmatch(lead):
                    header = [lead, *cells[1:]]
                elif header and len(cells) == len(header) and _PHONE.search(m.group(0)):
                    out.append((cells[0], cells[1:], c.clause))
            if len(out) >= 2:
                return out
        return []
