"""How and by when to apply: the deadline and the other dates, the site, the form, seals, copies, the one-item rule."""

from __future__ import annotations

import re

from ..notice import PAPER_STEP
from . import dates, facts, openings
from .draft import Draft
from .outline import Node, Outline
from .seal_rules import _seals
from .sections import content_nodes, strip_end, table_row
from .sites import email_step, how_before, site_name, site_variants
from .windows import office_end, once_each, step_record, with_hours


def build_submission(d: Draft) -> None:
    o = d.outline
    # A date among the conditions qualifies the applicant ('2024年1月1日前注册'): never a deadline.
    set_by = next((x for rule in (dates.SET_BY, dates.VIA_UNITS) for n in content_nodes(o) if (x := facts.sentence_with(n.text, rule.pattern))), "")
    best, others = dates.choose(dates.dated(d, _condition_nodes(d)), set_by)
    if best is None:
        d.missing.append("申报截止时间：未找到（无法回答截止与倒计时问题）")
        return
    node, dl, sub = best.node, best.dl, {"clause": best.node.clause, "deadline": best.dl.value, "text": best.node.text}
    capped = set_by and dates.SET_BY.search(dl.sentence) and re.search(r"不得(?:晚于|迟于|超过)|最迟|最晚", dl.sentence)  # '…自行确定，但不得晚于…'
    sub |= {"capped": strip_end(dl.sentence)} if capped else {}
    if best.by_units and not capped:  # the applicant's own deadline is the units' to set: theirs is the one given
        sub["set_by"] = strip_end(set_by)
        d.ambiguous.append(f"通知没有规定申报单位的截止时间（{strip_end(set_by)}），截止与倒计时按推荐单位的截止时间（{dl.value}）回答")
    d.note("submission.deadline", dl.value, node.clause, node.start, node.end)
    if hours := (office_end(o.raw) if dl.words and "下班" in dl.words and " " not in dl.value else None):  # '…下班前': 17:30
        sub["deadline"] = f"{dl.value} {hours[0]}"
        d.ambiguous.append(f"截止时间写作“{dl.words}”，按通知写的受理时间（{hours[1]}）读作 {hours[0]}，请核对")
    elif dl.words:
        sub["deadline_words"] = dl.words
        d.ambiguous.append(f"截止时间写作“{dl.words}”，没有具体钟点（{dl.sentence}），倒计时按当天 24:00 计算；回答截止时间时请保留“{dl.words}”的原文说法")
    elif not dl.time:
        d.ambiguous.append(f"截止时间只写了日期（{dl.sentence}），按当天 24:00 计算")
    nearby = _nearby(o, node)
    # Not the site where the shortlist is published ('在…门户网站（www…）公示'); in an annex when the main text has none.
    urls = [u for text in (*(n.text for n in nearby), o.raw) for x in facts.sentences(text)
            if not _ELSEWHERE_URL.search(x) or _APPLY_URL.search(x) for u in facts.URL.findall(x)]
    if urls:
        sub["site"] = urls[0]
        d.note("submission.site", urls[0], node.clause, node.start, node.end)
        variants = site_variants(o, urls[0])
        if variants:
            sub["site_variants"] = variants
            d.repaired += [f"网址写法不一致：正文 {urls[0]}，{v['clause']} 写作 {v['url']}（已提示用户）" for v in variants]
    clauses: dict[str, str] = {}
    if seals := _seals(nearby):
        where, sub["form_seals"] = seals
        clauses["form_seals"] = "、".join(n.clause for n in where)
        d.note("submission.form_seals", sub["form_seals"], where[0].clause, where[0].start, where[0].end)
    for key, rx in _SUB_FACTS:
        hits = [(n, m) for n in nearby if (m := re.search(rx, n.text))]
        if key == "form_name":  # the form that is printed, sealed or posted, not a document sent by e-mail
            hits = [(n, m) for n in nearby for m in re.finditer(rx, n.text)
                    if re.search(r"盖章|加盖|打印|纸质|寄", facts.sentence_with(n.text, re.escape(m.group(0))) or "")] or hits
        if key == "site_name":  # the site one applies on, not '“信用中国”网站信用查询结果截图' nor where results are published
            hits = [(n, m) for n, m in hits if _APPLY_URL.search(facts.sentence_with(n.text, re.escape(m.group(0))) or "")
                    and not re.search(r"查询|截图|公示|公布|下载|查阅", _around(n.text, m))]
        if key == "form_copies":  # the firm's copies, not the units' ('推荐单位须于…将《推荐汇总表》纸质版一式两份报送…')
            hits = [h for h in hits if not dates.by_units(_before(h[0].text, h[1].group(0)))] or hits
        hits.sort(key=lambda h: any(h[1].group(0) in t and "|" in t for t, _, _ in h[0].lines))  # prose first, then a table's row
        for n, m in hits[:1]:
            sub[key] = next(g for g in m.groups() if g).strip("，,（(").strip()
            if key == "form_copies":  # (a table's row by itself: '纸质材料份数 | 一式三份 | 一式两份')
                said = next((t for t, _, _ in n.lines if sub[key] in t and "|" in t), "") or facts.sentence_with(n.text, re.escape(sub[key]))
                sub["paper_text"] = strip_end(said) + ("；".join(strip_end(c.text) for c in n.children[:6]) if said.rstrip().endswith("：") else "")
            clauses[key] = n.clause
            d.note(f"submission.{key}", sub[key], n.clause, n.start, n.end)
    if "form_copies" not in sub and sub.get("form_name") and (row := table_row(o, sub["form_name"], r"[一二两三四五六七八九十\d]{1,2}\s*份")):
        (n, line), sub["form_copies"] = row, re.search(r"[一二两三四五六七八九十\d]{1,2}\s*份", row[1]).group(0)
        sub["paper_text"], clauses["form_copies"] = line, n.clause  # a materials table's row: '申报书 | … | 2份'
    free = next(((n, x) for n in nearby if (x := facts.sentence_with(n.text, _NO_PAPER))), None)
    if free and any(not re.search(_EXCEPTION, line) and any(re.search(_PAPER_ASKED, x) and not re.search(_EARLIER, x) for x in re.split(r"[；;]", line))
                    for n in nearby for line in re.split(r"[\n。]", n.text)):
        free = None  # paper copies are asked for after all (at another stage, or of other materials), not as an exception
    if free:  # '企业和设区市均无需报送纸质材料': no copy is printed or posted, whatever form is sealed
        sub["no_paper"], clauses["no_paper"] = strip_end(free[1]), free[0].clause
        for key in ("form_copies", "paper_text"):
            sub.pop(key, None)
    sent_by = next(((n, x) for n in nearby if (x := facts.sentence_with(n.text, _UNITS_SEND))), None)
    if sent_by and not sub.get("paper_text"):  # '纸质材料由推荐单位统一寄送，申报企业无需自行寄送'
        sub["paper_text"], clauses["form_copies"] = strip_end(sent_by[1]), sent_by[0].clause
    for n, one in ((c, x) for c in nearby for x in facts.sentences(c.text) if re.search(_ONE_ITEM, x)):
        rule = re.search(_ONE_ITEM, one)
        if rule:  # what a colon leads into is the rule ('有下列情形之一的，不予受理：每家企业限报1项…' -> '每家企业限报1项…')
            # (and a colon after it leads into something else: '…限选择1个方向、申报1项…：方向1：…')
            one = re.split(r"[：:]", one[: rule.start()])[-1] + re.split(r"[：:]", one[rule.start():])[0]
        if one and re.search(r"一项|一个|1项|1个", one):
            lead = re.search(r"同一|每家|每个|各单位|每单位", one)
            near = lead and (lead.start() < 12 or one[lead.start() - 1] in "，,")  # '本年度围绕…开展遴选，每家企业限…'
            one = (one[lead.start():] if near else one).rstrip("；;。")
            sub["one_item"] = strip_end(one + _rest_of_sentence(n.text, one))
            clauses["one_item"] = n.clause
            break
    named = site_name(nearby, urls[0]) if urls else None
    if named and sub.get("site_name") != named[1]:  # the name written beside the address, over another quoted name
        sub["site_name"], clauses["site_name"] = named[1], named[0].clause
        d.note("submission.site_name", named[1], named[0].clause, named[0].start, named[0].end)
    sub.update({"clauses": clauses} if clauses else {})
    sub["online"] = strip_end(how_before(node.text, dl.sentence) + best.sentence)
    # in the deadline's clause, else a clause beside it of its own ('（一）…邮箱自6月21日起接收申报材料')
    opens = openings.opening(dl, node.text) or openings.opening(dl, "\n".join(n.text for n in nearby if n is not node and not n.children)) \
        or next((o for x in others if x.dl.date == dl.date and x.kind == best.kind and (o := openings.opening(x.dl))), "")  # '8月12日至…下班前'
    if not opens and re.search(r"即日起|(?:本)?通知(?:印发|发布|下发|公布)之日起|发文之日起", best.sentence) and d.data["meta"].get("date"):
        opens = d.data["meta"]["date"]  # '即日起至5月9日': from the day the notice is dated
    if opens:
        sub["opens"] = opens
        d.note("submission.opens", opens, node.clause, node.start, node.end)
    extra = [step_record(x) for x in others if x.dl.value not in (dl.value, dl.date.isoformat() * (not x.by_units and x.kind != "paper"))
             or x.kind == "paper" != best.kind]  # paper due with it; '请于4月10日前…发送' the deadline's day again, no hour
    same, where = next(((x, n.clause) for n in (node, *nearby) if (x := facts.sentence_with(n.text, _SAME_DAY))
                        and re.search(r"纸质|邮寄|寄送|寄达", x)), ("", node.clause))
    if same and re.search(r"纸质|邮寄|寄送|报送", same):
        # "纸质材料请于同日前报送…": the paper copies share the online deadline.
        label = "推荐单位报送" if dates.by_units(same[: re.search(_SAME_DAY, same).start()]) else PAPER_STEP
        extra.insert(0, {"label": label, "when": dl.value, "clause": where, "text": strip_end(same)})
    extra = with_hours(once_each(extra), d.outline.raw)
    if extra:
        sub["deadlines"] = sorted(extra, key=lambda x: x["when"] if " " in x["when"] else x["when"] + " 24:00")  # in the order they fall due
    d.data["submission"] = sub
    email_step(d, sub, nearby)
    d.found.append(f"截止时间：{dl.value}（{node.clause}）" + (f"，{opens} 起开放" if opens else "")
                   + (f"；另有 {len(extra)} 个日期要求：" + "、".join(f"{x['label']} {x['when']}" for x in sub["deadlines"]) if extra else ""))
    for label, key in (("申报网址", "site"), ("申报信息表", "form_name"), ("盖章要求", "form_seals"), ("纸质份数", "form_copies"),
                       ("限报项数", "one_item")):
        (d.found if key in sub else d.missing).append(f"{label}：{sub.get(key, '未找到')}")

_ONE_ITEM = r"原则上|限报|只能申报|只能在[1一]个|限申报|仅限|只能报|限选择?(?=[1一]个)|只能选择?(?:上述|以下|其中)?(?=[1一]个)"
# Paper copies posted by the units, not by the applicant ('纸质材料由推荐单位统一寄送，申报企业无需自行寄送').
_UNITS_SEND = r"(?:申报企业|申报单位|企业)(?:无需|不需要|不需|不必|不用)自行(?:寄送|报送|邮寄|提交)"
# The whole application needs no paper ('企业和设区市均无需报送纸质材料'); not one material's copy ('证实性材料…不要求提交纸质件').
_NO_PAPER = (r"^(?:(?!证实|证明|证书|佐证|附件|原件|其[他它]|阶段|入围).)*?(?:(?:无需|不需要|不需|无须|不必|不再|不用)(?:报送|提交|寄送|邮寄|递交|报)?"
             r"|(?:不接受|不予接收|不再接收|不接收|不收取|不收|不受理)(?:任何)?)(?:要求)?(?:报送|提交)?纸质(?:材料|版|件)")
# Paper copies due with the online submission ('于同日前报送', '须于网上申报截止时间前寄达').
_SAME_DAY = r"(?:于|在)(?:同(?:日|一天|一时间)|网上(?:申报|填报|提交)截止(?:时间|日期)?)(?:前|之前)"
# Paper copies asked for after all ('须…提交纸质材料', '纸质材料一式两份'), not '请企业勿邮寄…纸质材料'.
_PAPER_ASKED = (r"(?<![如无不必])(?:须|需|应|请)(?![^。；，,]{0,4}?(?:勿|不|无|免))[^。；]{0,24}纸质"
                r"|纸质[^。；]{0,12}一式|一式[一二两三四五六七八九十\d]{1,2}\s*份")
_EARLIER = r"原通知|首轮|上一轮|上一期|上期|上年度|去年|往年"  # the rule of an earlier call, as this one changes it
# Paper asked for only by way of exception ('涉密材料纸质件：仅适用于…例外情形；一式2份'): the rule stays 'no paper'.
_EXCEPTION = r"例外|仅适用于|涉密|国家秘密|不宜通过互联网|备查|留存|存档"  # (or kept by the firm, not sent: '自行留存…纸质原件备查')
# Facts of how to submit, each read from the first clause near the deadline that states it.
_FORM = r"((?:申报|申请|推荐)(?:信息表|表|书)|信息表|申请表|推荐表)"
_SUB_FACTS = (
    ("site_name", r"(“[^”]{1,20}”\s*(?:申报网站|申报系统|申报平台|网站|平台|系统|(?:微信)?小程序|APP|App|app|客户端)"
                  r"|“[^”]{2,30}(?:系统|平台|网站)(?:[（(][^）)”]{1,12}[）)])?”)"),  # '“丽水市企业综合服务平台（丽企通）”'
    ("form_name", _FORM),
    ("form_how", r"(在线填(?:写|报)[^，。；]{0,4}[，、]?\s*(?:后)?下载打印|(?:填写完成后|填写后)下载打印|下载打印)"),
    ("form_copies", r"(一式[一二两三四五六七八九十\d]{1,2}\s*份)|纸质[^。；，]{0,15}?([一二两三四五六七八九十\d]{1,2}\s*份)"),
    ("rest_online", r"(其[他它][^。；]{0,6}材料[^。；]*?(?:网上|在线|线上)[^。；]*)"),
    ("procedure_ref", r"((?:申报|网上申报)?流程见附件\s*\d)"),
)


_ELSEWHERE_URL = re.compile(r"公示|公布|发布|下载|查阅|查询|详见|了解|关注")
_APPLY_URL = re.compile(r"申报|填报|提交|登录|注册|报名|上传|报送")


def _around(text: str, m: re.Match) -> str:
    """The words of the clause a match stands in ('“信用中国”网站信用查询结果截图'), to the nearest comma or stop."""
    start = max((text.rfind(x, 0, m.start()) for x in "，,。；;\n"), default=-1) + 1
    ends = [i for i in (text.find(x, m.end()) for x in "，,。；;\n") if i >= 0]
    return text[start:min(ends, default=len(text))]


def _nearby(o: Outline, node: Node) -> list[Node]:
    """The deadline's clause, then its siblings and their items, then the rest of the main text."""
    parent = next((n for n in o.nodes() if node in n.children), None)
    near = [*node.walk(), *(parent.walk() if parent else ())]
    rest = [n for n in content_nodes(o) if n not in near]
    return list(dict.fromkeys([*near, *rest]))


_SCHEDULE = re.compile(r"时间安排|工作安排|进度安排|日程|报送方式|申报程序|工作程序|工作流程|申报流程|实施步骤|时间节点")


def _condition_nodes(d: Draft) -> set[Node]:
    """The clauses of the eligibility conditions, focuses and criteria: their dates describe applicants, not steps."""
    out: set[Node] = set()
    for key in ("eligibility", "focuses", "criteria"):
        node = d.outline.find(d.data.get(key, {}).get("clause", "")) if key in d.data else None
        out.update(node.walk() if node is not None and not _SCHEDULE.search(node.heading) else ())  # not '五、时间安排和报送方式'
    return out


def _before(text: str, part: str) -> str:
    """The words of `part`'s sentence before it."""
    said = facts.sentence_with(text, re.escape(part)) or ""
    return said[: max(said.find(part), 0)]


def _rest_of_sentence(text: str, part: str) -> str:
    """The parts after `part` up to the end of its sentence ('…限报1项；集团与子公司可分别申报，但…'): a rule's
    exceptions and conditions, written after a semicolon, are part of the rule."""
    at = text.find(part)
    if at < 0:
        return ""
    end = text.find("。", at + len(part))
    rest = text[at + len(part): end if end >= 0 else len(text)]
    return rest if rest.startswith(("；", ";")) and len(rest) <= 120 else ""
