"""A notice's dated steps: who does each (the applicant or the recommending units), whether it is the online
submission or the paper copies, which one is the applicant's deadline, and when the online system opens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..notice import GROUP_DUE, PAPER_STEP
from ..values import GROUP_LED, GROUP_STEP
from . import facts
from .draft import Draft
from .lines import row_cells, table_rows
from .outline import Node
from .sections import guide_annexes, notice_annexes
from .years import next_year, round_year


@dataclass(frozen=True)
class Dated:
    """One date something must be done by, with its clause, who does it and what it is."""

    node: Node
    dl: facts.Deadline
    by_units: bool  # the recommending units' step ('各区推荐单位完成初审后，于…前报送…'), never the applicant's deadline
    kind: str  # "online", "paper" or "other"

    @property
    def sentence(self) -> str:
        return own_sentence(self.node, self.dl.sentence)


def own_sentence(node: Node, sentence: str) -> str:
    """The sentence without its clause's title run into it ('申报方式和时间安排各区推荐单位…' -> '各区推荐单位…')."""
    head = node.heading
    if head and sentence.startswith(head + "：") and len(sentence) > len(head) + 1:  # a title on a line of its own
        return sentence[len(head) + 1:]
    if node.lines and head and not re.search(r"[。；;：:！？]$", head) and sentence.startswith(head) and len(sentence) > len(head):
        return sentence[len(head):]
    return sentence


_ASIDE = re.compile(r"[（(][^）)]*[）)]")
# Who acts in a part of a sentence: the first of these written decides.
_UNITS = re.compile(r"推荐单位|主管部门|各区|各县|各地|各镇|各街道|各园区|各推荐|各行业协会|^行业协会|各有关部门"
                    r"|(?:区|县)[^，,。；、\d]{0,10}?(?:局|委|部门|办)"
                    r"|(?:区|县)[^，,。；、\d]{0,4}?受理单位|^(?:各)?(?:区县|县区|县|区)(?:[（(][^）)]{1,8}[）)])?(?:推荐|审核|初审)"
                    r"|各市(?:\s*[（(]州[)）])?[^，,。；\d]{0,6}?(?:局|委|部门)|^市(?:\s*[（(]州[)）])?[^，,。；\d]{0,6}?(?:局|委)[^，,。；\d]{0,6}?(?:推荐|初审|审核|寄|报送)"
                    r"|^由(?!系统|平台|网站|企业|申报)|由(?:其|各|区|县|所在|推荐|主管)")  # not '由系统生成申报书'
_TIMELINE_LINE = re.compile(r"^[^，。；：:]{2,30}[：:]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^。；]{0,24}$")
_APPLICANT = re.compile(r"申报(?:企业|单位|组织|主体|人|者)|申请(?:企业|单位|人)|企业|个人|请(?:于|在|在线|登录)")
_ONLINE = re.compile(r"网上|在线|线上|系统|平台|网站|登录|上传|网址|https?://|www\.")
# Paper copies: named, or counted and bound ('一式两份', '装订成册').
_PAPER = re.compile(r"纸质|纸本|书面材料|邮寄|寄送|寄出|寄达|邮戳|一式[一二两三四五六七八九十\d]{1,2}份|装订|胶装")
# The units named after the date ('…：各推荐单位…', '5月21日17:00前县区正式推荐').
_ACTOR_AFTER = re.compile(r"^(?:[^，,。；]{0,24}?[：:]|[^，,。；]{0,20}?前)\s*(?:各)?(?:推荐单位|区县|县区|各区|区（县|县（市|市（州）)")
_ACTOR = re.compile(r"责任|主体|负责|实施|承办|执行")  # the column of a timeline table that says who does each step
_ORGAN = re.compile(r"(?:局|委员会|委|厅|办公室|管委会)$")  # who does a timeline's step, when it is an office
_SUBMITS = re.compile(r"申报|提交|报送|报名|材料|截止|关闭|受理|填报|上传")
_PRELIMINARY = re.compile(r"(?:网上|线上|在线)?(?:预登记|预申报|预报名|意向申报|意向登记|申报意向|意向表)")
_REGISTERS = re.compile(r"注册|开通账号|申请账号|获取账号|账号申请")  # a step that only opens an account ('须于4月10日前…完成企业注册')
_HANDS_IN = re.compile(r"提交|填报|填写|上传|报送|寄送|送达|递交|交至|交到")


def preliminary(x: Dated) -> str:
    """The words that make a step a stage before the application itself ('网上预登记', '意向申报'), or ''."""
    m = _PRELIMINARY.search(x.node.heading[:20]) or not re.search(r"全部|申报书|申报材料|正式", x.dl.lead) and _PRELIMINARY.search(x.dl.lead)
    return m.group(0) if m else ""


def registers(x: Dated) -> bool:
    return bool(_REGISTERS.search(x.sentence)) and not _HANDS_IN.search(x.sentence)


def group_of(x: Dated) -> str:
    """The kind of applicant a step is for ('（一）市属国有企业：…', '省属企业网上提交：…'): its date is theirs alone."""
    untitled = re.sub(r"^\s*[^，。；：:]{2,10}[。：:]", "", x.node.text)  # '直接申报。中央在遵企业、省属国有企业于…'
    m = GROUP_LED.match(x.node.text) or GROUP_STEP.match(x.node.text) or GROUP_STEP.match(own_sentence(x.node, x.dl.lead)) or GROUP_STEP.match(untitled)
    return m.group(1) if m else ""


_UNITS_STEP = re.compile(r"[^。，,]{0,10}?(?:推荐|初审|审核|复核)(?:报送|上报)?")  # a clause titled for the units' step
_FIRM_ACTS = re.compile(r"申报(?:企业|单位|主体)|企业(?:须|应|需|于|要)")


def by_units(lead: str) -> bool:
    """The words before the date name the units as who acts: in the nearest part led by '由' ('…，由其出具推荐意见后，于…
    前统一报送'), else the first naming anyone; not one that reviews or receives ('经推荐单位审核盖章后', '报送至…推荐单位')."""
    parts = [p for p in re.split(r"[，,]", _ASIDE.sub("", lead)) if p.strip()]
    if parts and re.match(r"\s*(?:申报)?(?:企业|单位)(?:应|须|需|要|于|在|务必)", parts[-1]):
        return False  # '由推荐部门通知企业补正，企业应在…前完成补正': the firm acts by that date
    for p in reversed(parts):
        if re.match(r"\s*(?:再|并|后|然后)?由", p):  # not '由申报企业或推荐单位工作人员…递交': the firm's own step
            return _acting_unit(p) is not None and not ((a := _APPLICANT.search(p)) and p[a.end():a.end() + 1] in ("或", "和", "及", "、"))
    for p in parts:
        u, a = _acting_unit(p), _APPLICANT.search(p)
        if u is not None or a:
            return u is not None and (not a or u < a.start())
    return False


_OBJECT = re.compile(r"(?:经|向|至|到|给|交|送|送达|寄达|报送|从)(?:企业)?(?:注册地)?(?:所在|所属|本|各|其)?$")


def _acting_unit(part: str) -> int | None:
    """Where the part names a recommending unit as its actor, not as whom something goes to or passes through."""
    return next((m.start() for m in _UNITS.finditer(part) if not _OBJECT.search(part[: m.start()])), None)


# '在线申报完成后，从系统中下载打印…': the online step before this one, and where the form is printed from.
_BEFORE_STEP = re.compile(r"(?:完成)?(?:在线|网上|系统)[^，,。；]{0,8}?(?:完成)?后|(?:从|在|通过)(?:系统|平台|网站)中?(?:下载|导出)")


def _kind(node: Node, sentence: str, dl: facts.Deadline, above: str = "") -> str:
    """Paper when the words up to the date's own part name paper copies (or the clause, or the one it is listed under
    (`above`: '（三）纸质材料报送。…1．…：于…前送达…'), is titled for them and names no site); online for the system or site."""
    window = _BEFORE_STEP.sub("", _ASIDE.sub("", own_sentence(node, dl.lead) + re.split(r"[，,]", dl.local)[-1]))
    if _PAPER.search(window):
        return "paper"
    if _ONLINE.search(window):
        return "online"
    for heading in (node.heading, above):
        title = facts.sentences(heading)[:1]
        if title and _PAPER.search(title[0]) and not _ONLINE.search(_BEFORE_STEP.sub("", sentence)):
            return "paper"
    if _PAPER.search(sentence) and not _ONLINE.search(sentence):  # '…企业，于5月24日至5月28日…，将纸质材料一式两份送至…'
        return "paper"
    title = facts.sentences(node.heading)[:1]  # '（一）在线申报。申报企业于…至…，登录…': the online step
    return "online" if title and _ONLINE.search(title[0]) and len(title[0]) <= 12 and not _PAPER.search(sentence) else "other"


def dated(d: Draft, skip: set[Node]) -> list[Dated]:
    """Every date of this round something must be done by, in the order of the text."""
    o = d.outline
    year = round_year(d)
    forwarded, guides = notice_annexes(o), guide_annexes(o)
    out = []
    above = {c: p.heading for p in o.nodes() for c in p.children}
    for n in o.nodes():
        if n.annex and n.annex not in forwarded or n.children and n.body == "" or n in skip:
            continue
        text, actor = n.text, None
        rows = table_rows(n.lines)
        if sum(bool(_TIMELINE_LINE.match(t)) for t, _, _ in n.lines) >= 2:  # '省属企业网上提交：2076年5月22日17:00前': a line each
            text = n.heading + "\n" + "\n".join(t for t, _, _ in n.lines)
        if len(rows) >= 2:  # a timeline table: a sentence a row
            text = n.heading + "\n" + "\n".join(t for t, _, _ in n.lines)
            head = row_cells(rows[0])  # '环节 | 时间 | 责任主体 | 要求': who does it
            actor = next((i for i, x in enumerate(head) if _ACTOR.search(x)), None) if not re.search(r"\d", rows[0]) else None
        for dl in map(lambda x: next_year(d, x), facts.deadlines(text, year)):
            if _due(d, dl, n.heading if dl.start <= len(n.heading) + 2 and not re.search(r"[|\t]", dl.sentence) else ""):
                sent = own_sentence(n, dl.sentence)
                # A table row's last columns: who does it (the units, or the organiser: '市工业和信息化局').
                row = [x.strip() for x in re.split(r"[|\t]", dl.sentence)[-2:]] if re.search(r"[|\t]", dl.sentence) else []
                line = next((t for t in rows if dl.sentence.strip()[:16] in t), "") if actor is not None else ""
                cells = row_cells(line)
                row = [cells[actor]] if line and actor < len(cells) else row
                units = bool(n.annex) and n.annex not in guides or by_units(own_sentence(n, dl.lead)) \
                    or any(by_units(x) or _ORGAN.search(x) and not _APPLICANT.search(x) for x in row) \
                    or bool(_ACTOR_AFTER.match(dl.sentence[len(dl.lead):])) \
                    or bool(_UNITS_STEP.fullmatch(n.heading.split("。")[0].strip())) and not _FIRM_ACTS.search(dl.lead)  # '（三）区县推荐。…请于…
                out.append(Dated(n, dl, units, _kind(n, sent, dl, above.get(n, ""))))
    return out


def choose(steps: list[Dated], set_by: str = "") -> tuple[Dated | None, list[Dated]]:
    """The applicant's deadline and the other steps. The applicant's online submission comes first, then another
    submission of theirs, then their paper copies (a paper-only notice); the units' steps are never it, nor is a date
    of a notice forwarded as an attachment, unless the notice leaves the applicant's deadline to the units (`set_by`)."""
    ranked = [(registers(x) or bool(preliminary(x)), bool(group_of(x)), ("online", "other", "paper").index(x.kind), i) for i, x in enumerate(steps)
              if not x.by_units and _SUBMITS.search(x.sentence)]  # (not '网上预登记…6月27日', '第一阶段：意向申报' before the application)
    if not ranked and set_by:  # '企业的填报截止时间由各推荐单位自行确定': the units' own deadline is the one the notice sets
        ranked = [(not SET_BY.search(x.sentence), registers(x), ("online", "other", "paper").index(x.kind), i) for i, x in enumerate(steps)
                  if x.by_units and _SUBMITS.search(x.sentence)]
    if not ranked:
        return None, steps
    best = steps[min(ranked)[-1]]
    if not best.dl.time:  # '申报时间：…至5月15日。…系统于5月15日24:00关闭': the same day, with its hour
        best = next((x for x in steps if x.dl.date == best.dl.date and x.dl.time and x.kind == best.kind and not x.by_units), best)
    # the same time where the notice says it in full ('在线填报截止时间为…17:00'), not a flowchart's step ('在线填报（3月31日17:00前）→')
    best = next((x for x in steps if x.dl.value == best.dl.value and x.kind == best.kind and not x.by_units and re.search(r"截止|截至", x.dl.sentence)
                 and not re.search(r"截止|截至", best.dl.sentence)), best)
    return best, [x for x in steps if x is not best]

_FOR_KIND = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,2}[)）])?\s*([\u4e00-\u9fff“”/／、]{2,24}?(?:企业|项目|班组|类|类别))\s*[：:]")


def label(x: Dated) -> str:
    """What a second date is for, named for who does it."""
    if x.by_units:  # a units' step that recommends nobody ('报送拟申报企业名单') is not their recommendation's date
        return "推荐单位报送" if re.search(r"推荐(?!单位)|初审|审核", x.sentence) else "推荐单位其他时间要求"
    if group := group_of(x):
        return f"{group}{PAPER_STEP}" if x.kind == "paper" else f"{group}{GROUP_DUE}"
    if x.kind != "paper" and (first := preliminary(x)):  # '网上预登记': a stage before the application
        return first
    if x.kind != "paper" and not registers(x) and (m := _STEP_TITLE.match(x.node.heading)) and _TO_DO.search(m.group(1)):
        return m.group(1)  # '（二）电子扫描件报送。网上填报完成后，企业须于…': the step its clause names
    if x.kind != "paper" and (m := _FOR_KIND.match(x.sentence)):  # '质量标杆班组：…网上填报截止时间提前至…': that kind's
        return f"{m.group(1)}{GROUP_DUE}"
    if re.search(r"预约[^。；，,\d]{0,6}(?:截止|截至)[^。；，,]{0,4}$", x.dl.lead):
        return "预约截止"  # '预约截止2167年6月16日12:00': booking a hand-in, not the hand-in
    return PAPER_STEP if x.kind == "paper" else "系统注册" if registers(x) else "其他时间要求"


_STEP_TITLE = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])?\s*"
                         r"((?:[\u4e00-\u9fff]|[A-Za-z]{2,4}(?=[\u4e00-\u9fff])){2,10})[。：:]")  # '（五）答辩PPT报送：'


# The applicant's deadline left to others: '企业的填报截止时间由各推荐单位自行确定'.
SET_BY = re.compile(r"(?:企业|申报单位|申报主体)[^。；]{0,12}(?:截止|时间|期限)[^。；]{0,10}由[^。；]{1,40}?(?:自行)?(?:确定|规定|安排|另行通知)"
                    r"|各[^。；，]{1,12}?(?:可|自行|根据)[^。；]{0,16}?确定[^。；]{0,8}?(?:企业)?(?:报送|申报|提交)?(?:截止)?(?:时间|期限)")
# Or only that firms hand in to their unit ('企业向所在县（市）、区工信局…报送申报材料'), when no date of theirs is given.
VIA_UNITS = re.compile(r"(?:企业|申报单位|申报主体)[^。；，,]{0,4}向(?:所在|所属|注册地)[^。；]{2,30}?(?:报送|提交|申报)")


# What the words around a date must say for it to be a time requirement: something to be done by then.
# A closure ('五一假期不受理'), not a window's own '（法定节假日不受理）'.
_CLOSED = re.compile(r"(?:假期|放假|休假|(?<!法定)节假日|春节|国庆|清明|劳动节|端午|中秋|元旦)[^。；，,]{0,24}(?:不受理|暂停受理|不接收|不办理)")
_ORGANISER_ACTS = re.compile(r"公布|公示|评审|核查|组织专家|初审|审查|答辩(?!PPT|ppt|材料|视频|名单确认)|宣讲|培训会|培训班|座谈会|观摩会|召开|举办")
_OTHERS_ACT = re.compile(r"(?:区|县)级?[^。；，,|]{0,6}(?:受理单位|推荐单位|主管部门)"
                         r"|提交|报送|报出|寄|送达|送至|交至|上传|填报|报名|推荐(?!单位|企业|材料)|出具|反馈|登录|办理|截止|关闭|确认")
_TO_DO = re.compile(r"回执|补正|不得晚于|提交|报送|报出|寄|送达|送至|交至|上传|完成|截止|截至|申报|报名|推荐|填报|登录|办理|反馈|受理|关闭|出具|初审|审核")
_FIRM_THEN = re.compile(r"[，,]\s*(?:登录|通过|在|向)[^。；]{0,72}?(?:提交|上传|报送|填报)")  # the firm's own act after the date

# A period defined, not a step ('上年度（自然年度1月1日至12月31日）数据').
_PERIOD = re.compile(r"(?:自然年度?|会计年度|年度|统计期|期间)[（(：:为是]?\s*(?:\d{4}\s*年\s*)?1\s*月\s*1\s*日\s*(?:至|到|—|－|-|~|～)\s*$")
# A date advised, not required ('尽量于4月30日前完成纸质材料报送'): the deadline is the one the notice sets.
_BINDING = re.compile(r"逾期|截止|关闭|不予受理|不再受理|须于|必须")  # ('请各企业尽量于…前完成网上申报，逾期系统自动关闭'): binding after all
# Or a yearly duty after the award ('认定后每年12月31日前报送…年度总结'): no step of this round.
_ADVISED = re.compile(r"(?:尽量|尽可能|最好|争取|鼓励|建议)[^，,。；]{0,6}$|每年(?:的)?$")
# A date the notice says is someone else's ('…系对各省主管部门的时间要求，并非企业申报截止时间').
_NOT_OURS = re.compile(r"(?:并非|不是|不作为|不属于)[^。；;，,]{0,8}企业[^。；;，,]{0,6}(?:截止|截至)(?:时间|日期)|(?:不|并不)适用于[^。；;，,]{0,6}企业")


def _due(d: Draft, dl: facts.Deadline, heading: str = "") -> bool:
    """A date is a time requirement of this round when something is to be done by then, and it is not before the
    notice was issued (an earlier date is a condition or history: '成立于2024年1月1日前', '2023年12月31日以前取得').
    A span's last day right under a heading that names the step ('（一）网上申报。2月17日9:00至3月20日17:00，…') is one."""
    issued = d.data.get("meta", {}).get("date", "")
    if issued and dl.date.isoformat() < issued or _NOT_OURS.search(dl.sentence) or _PERIOD.search(dl.lead) \
            or _ADVISED.search(dl.lead) and not _BINDING.search(dl.sentence):
        return False
    if _CLOSED.search(dl.local) or _CLOSED.search(dl.lead) or _ORGANISER_ACTS.search(dl.local) and not _OTHERS_ACT.search(dl.sentence):
        return False  # '材料初审：6月27日至7月9日，7月10日前公布…名单', '现场答辩：7月16日至18日': the organiser's, no one's deadline
    after = dl.sentence[dl.sentence.find(dl.local) + len(dl.local):][:80] if dl.local else ""  # '企业于7月15日17:00前，登录…上传…'
    return bool(_TO_DO.search(dl.local or dl.sentence) or re.search(r"企业|单位", dl.local) and _FIRM_THEN.match(after)
                and not re.search(r"培训|查看|公示|结果|参加|观看", after) or re.search(r"(?:至|到|—|－|-|~|～)\s*$", dl.lead) and _TO_DO.search(heading))

