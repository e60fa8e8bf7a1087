"""The fee warning and the organisation clauses of a notice (the hotlines: hotlines.py; the mailing address: mailing.py)."""

from __future__ import annotations

import re

from . import facts
from .draft import Draft
from .sections import content_nodes, first_node, strip_end

# '不收取任何费用', '不收取申报费、评审费、培训费等任何费用', '全程免费'.
_NO_FEE = r"不(?:向[^，。；]{1,12})?收取[^，。；]{0,20}费用|不收费|严禁.{0,10}收费|(?:全程|一律|均|完全)免费|免费(?:申报|参评|参加)"


def build_fees(d: Draft) -> None:
    n = first_node(d.outline, _NO_FEE, annex=None)
    if n is None:
        d.missing.append("收费与防诈骗提醒：未找到")
        return
    text = n.body if n.body and not re.search(_NO_FEE, n.heading) else n.text  # not its title ('八、特别提醒')
    d.data["fees"] = {"clause": n.clause, "text": _fee_text(text)}
    d.note("fees", n.clause, n.clause, n.start, n.end)
    d.found.append(f"收费提醒（{n.clause}）")
    build_report(d)


# Where to report a charge or a fraud: '监督电话：0510-…', '举报邮箱：…' (never a consultation hotline).
_REPORT = re.compile(r"(?:监督|举报|投诉){1,2}(?:(?:电话|热线|邮箱|方式)[^。；\n]{0,6}?|[：:][^。；\n]{0,24}?(?:电话|热线|邮箱))\s*[：:｜|]?\s*"
                     r"(?=(?:[（(]?\d{3,4}[）)]?[-－—\s]?)?\d{7,8}|1\d{10}|[\w.\-]+@[\w\-]+\.)")


def build_report(d: Draft) -> None:
    """The line that says where to report a charge or a fraud, quoted with the fee warning: its sentence, within
    the line of the notice that says it."""
    for n in content_nodes(d.outline):
        for line in [n.heading, *(t for t, _s, _e in n.lines), n.text if n.kind == "#" else ""]:  # (a guide's row: its label, its value)
            m = _REPORT.search(line or "")
            if m is None:
                continue
            start = max(line.rfind(x, 0, m.start()) for x in "。；") + 1
            stops = [i for i in (line.find(x, m.end()) for x in "。；") if i >= 0]
            text = line[start:min(stops) if stops else len(line)].strip(" ，,。")
            d.data["report"] = {"clause": n.clause, "text": text + "。"}
            d.note("report", n.clause, n.clause, n.start, n.end)
            return


def _fee_text(text: str) -> str:
    """The fee clause as quoted: a long clause (a Q&A section) only from the question or sentence that says no fee is
    charged to the next question."""
    if len(text) <= 240:
        return text
    m = re.search(_NO_FEE, text)
    asked = [q.start() for q in re.finditer(r"问\s*[一二三四五六七八九十\d]{0,3}\s*[：:]", text)]
    start = max([a for a in asked if a < m.start()], default=max(text.rfind("。", 0, m.start()) + 1, 0))
    end = min([a for a in asked if a > m.start()], default=len(text))
    if end - start > 400:  # to the end of the sentence after the rule, never inside a number
        stop = text.find("。", m.end())
        end = stop + 1 if 0 <= stop < end else end
    return text[start:end].strip()


def build_organisation(d: Draft) -> None:
    o, org = d.outline, {}
    sub_clause = d.data.get("submission", {}).get("clause")
    for key, rx in (("mobilisation", r"积极动员|组织发动|宣传推广|培育推荐"),
                    ("review", r"现场考察|实地考察|信用查询|实地核查|现场核查|专家评审|组织专家|现场评审|材料评审|评审"),
                    ("national", r"全国.{0,6}推荐|推荐.{0,8}全国|国家级")):
        leaves = [x for x in content_nodes(o) if not x.children]
        wants = rx.split("|")
        # The words are in order of how surely they name the step: a clause that says '专家评审' is the review,
        # before one that only mentions '经评审入选的项目'; only the weakest word skips the deadline's clause.
        n = next((x for i, want in enumerate(wants) for x in leaves
                  if re.search(want, x.text) and (x.clause != sub_clause or i < len(wants) - 1)), None)
        if n is None:
            continue
        text = n.text
        if key in ("review", "national") and len(text) > 220:  # a short clause whole ('…电话通知。企业应在3个工作日内准备…')
            sent = [s for s in facts.sentences(text) if re.search(rx, s)]
            text = "".join(sent) if sent else text
        org[key] = {"clause": n.clause, "text": strip_end(text) + "。"}
        d.note(f"organisation.{key}", n.clause, n.clause, n.start, n.end)
    route = _route(o)
    if route is not None:
        org["route"] = route
    if org:
        d.data["organisation"] = org


# To whom an applicant applies: '地方企业向所在地省级工业和信息化主管部门申报', '通过集团公司（总部）申报'.
_ROUTE = re.compile(r"(?:企业|申报单位|申报主体|单位)[^。；，]{0,12}(?:向|通过|经由|经)[^。；]{2,40}?(?:申报|报送|提交|推荐)"
                    r"|(?:不直接|不得直接|无需|不再)(?:向|通过)[^。；]{2,30}?(?:申报|报送|提交)")


# Where the local offices' contacts are, when the notice does not list them ('各区联系方式见市工信局官网通知公告栏本通知页面').
_CONTACTS_AT = re.compile(r"联系方式[^。；]{0,6}(?:见|详见|可查阅|请查阅|请登录|可登录)")


def _route(o) -> dict | None:
    """The clause that says to whom applicants apply, when it says so for more than one kind of firm or says whom
    not to apply to: its sentences of the route."""
    for n in content_nodes(o):
        if n.children:
            continue
        said = [s for s in facts.sentences(n.text) if _ROUTE.search(s)]
        if len(said) >= 2 or any(re.search(r"不直接|不得直接|无需|不再", s) for s in said):  # '…，市里不直接受理企业申报'
            text = "".join(s for s in facts.sentences(n.text) if s in said or _CONTACTS_AT.search(s))  # and where their contacts are
            title = re.match(r"^[\u4e00-\u9fff]{2,8}[。：:]", text)  # '企业申报。地方企业向…'
            return {"clause": n.clause, "text": strip_end(text[title.end():] if title else text) + "。"}
    return None
