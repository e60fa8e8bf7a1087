"""Where to apply online: the site's name beside its address, its other spellings, and the sentence that says how."""

from __future__ import annotations

import re

from ..values import OTHER_STAGE
from . import dates, facts
from .draft import Draft
from .outline import Node, Outline
from .sections import annex_titles, strip_end

_HOW = re.compile(r"登录|“[^”]{2,30}”|https?://|www\.|网址|填报|填写|上传")
_WHERE = re.compile(r"“[^”]{2,30}”|https?://|www\.|网址")  # a site by its name or address


def how_before(text: str, sentence: str) -> str:
    """The sentence before the deadline's when that one does not name the site and that one does
    ('申报企业登录“…系统”在线填写…。网上填报截止时间为…'): the online submission is both."""
    if _WHERE.search(sentence):
        return ""
    said = facts.sentences(text)
    i = next((k for k, x in enumerate(said) if x == sentence.strip()), 0)
    before = said[i - 1] if i > 0 else ""
    return before if _HOW.search(before) and not facts.DATE.search(before) and len(before) <= 150 else ""


def site_variants(o: Outline, main: str) -> list[dict]:
    """Other spellings of the same site elsewhere in the text (differs by a character or two)."""
    from rapidfuzz.distance import Levenshtein

    out = []
    for n in o.nodes():
        for url in facts.URL.findall(n.text):
            if url != main and 0 < Levenshtein.distance(url, main) <= 3 and url not in (v["url"] for v in out):
                title = annex_titles(o).get(n.annex, "")
                where = f"{n.clause}《{title}》" if title else n.clause
                out.append({"url": url, "clause": n.clause, "where": where})
    return out


# A site named right before its address: '登录“…平台”（https://…）', '通过…申报系统（网址：https://…）'.
_NAME_BEFORE = re.compile(r"([\u4e00-\u9fff“”]{2,40}?(?:平台|系统|网站|专栏)”?|“[^”]{2,30}”)\s*[（(]?\s*(?:网址|网站|链接|地址)?\s*[:：为]?\s*$")
_CUE = re.compile(r"^.*(?:登录|通过|进入|访问|使用|打开|在(?!线))(?=[\u4e00-\u9fff“])")
_GENERIC = re.compile(r"(?:申报|在线|网上|填报|系统|平台|网站|专栏)+")  # '申报系统' names no site in particular


def site_name(nodes: list[Node], url: str) -> tuple[Node, str] | None:
    """The name written beside the site's address, in the first clause that gives both."""
    for n in nodes:
        at = n.text.find(url)
        m = _NAME_BEFORE.search(n.text[max(0, at - 60):at]) if at >= 0 else None
        name = _CUE.sub("", m.group(1)) if m else ""
        own = re.search(r"“[^“”]{2,30}(?:平台|系统|网站)”$", name)
        name = own.group(0) if own else name  # '…门户网站“…申报系统”': the system, not the portal it is on
        if name.count("“") == name.count("”") and len(name) >= 4 and not _GENERIC.fullmatch(name):
            return n, name
    return None


# The applicant's electronic copies by e-mail: to an address, or to each unit's own mailbox ('…通过电子邮件发送至所在县
# （市、区）推荐单位电子邮箱（见附件3）', '…电子版通过电子邮件发送至所在县（市、区）经信部门').
_MAILED = re.compile(rf"(?:发送至|发至|发送到|报送至|提交至|发到)(?:[：:][^。；，,@：:]{{0,6}}[：:])?[^。；，,@]{{0,24}}?({facts.EMAIL.pattern})"
                     r"|(?:发送至|发至|发送到|报送至|提交至|发到)(所在[^。；@]{0,20}?(?:推荐单位|主管部门|部门|局|委)[^。；@]{0,4}?邮箱)"
                     r"|向(所在[^。；@]{0,36}?邮箱)(?:发送|报送|提交)"
                     r"|(?:电子邮件|邮件)[^。；]{0,6}?(?:发送至|发至|发送到|报送至)(所在[^。；@]{0,20}?(?:推荐单位|主管部门|部门))")


def email_step(d: Draft, sub: dict, nearby: list[Node]) -> None:
    """The sentence saying the applicant e-mails its copies (not the units' onward mail, nor a ban on mailing one)."""
    for n in nearby:
        # '…通过一封邮件同时发送至：' over its items ('1. 收件人：…专用邮箱 x@y；2. 抄送：…'): the lead and its items as one
        led = n.children and re.search(r"[：:]$", n.text)
        text = (n.full().split("。")[0] + "。") if led else n.text
        for mail in _MAILED.finditer(text):
            mailbox = next(g for g in mail.groups() if g)
            said = strip_end(text if led else facts.sentence_with(n.text, re.escape(mailbox)) or "")
            stage = OTHER_STAGE.search(said)  # a mailbox of another stage ('答辩PPT须于7月12日前…发送至x@y') is not this one
            if dates.by_units(said[: said.find(mailbox)]) or re.search(r"不得|请勿|不要|不予(?!受理)", said) or stage:
                continue
            sub["email_text"] = re.sub(r"^[^，。：:]{1,12}[：:]", "", said) or mail.group(0)
            sub.setdefault("clauses", {})["email_text"] = n.clause
            d.found.append(f"电子邮件提交：{mailbox}（{n.clause}）")
            return
