"""Rules a notice states that a message runs into: a hand-in where only post is taken ('只接受邮寄，不接受现场递交'), a firm whose
business is on the notice's list of industries that may not apply ('…教育培训行业的企业'), the years a firm found to have
cheated may not apply ('弄虚作假的…3年内不得申报')."""

from __future__ import annotations

import re

from .memo import per_object
from .phrasing import Section
from .recall import _SENTENCE
from .values import NUM, cn_number, lazy

# What a firm says it does ('我们是职业技能培训学校', '公司主营房地产开发').
_DOES = lazy(r"(?:我们|我司|本公司|公司|企业|单位)(?:是(?!否|不是)|属于|做|从事|主营|主要做|是做)的?([^，,。？?！!]{2,24})")
_LISTED = re.compile(r"(?:属于|从事|为)([^。；]{2,120}?)(?:行业|领域)(?:的|类)?(?:企业|单位)")
OTHER_COST = lazy(r"(?<![a-z])ca(?![a-z])|数字证书|电子签章|电子印章|ukey|u盾|快递费|邮费|运费|打印费|装订费|审计费|检测费|认证费")  # no fee to apply
_INDUSTRY_COND = re.compile(r"属于[^。；]{0,30}(?:制造业|服务业|工业)企业|(?:制造业|工业)企业或|从事[^。；]{0,20}(?:制造|生产)")
LIST_ASKED = lazy(r"负面清单|(?:行业|产业)(?:清单|名单)|清单(?:里|上)的?(?:行业|产业)|算不算[^，,。？?！!]{0,6}(?:行业|产业)"
                   r"|属于[^，,。？?！!]{0,8}(?:行业|产业)|(?:行业|产业)吗|卡掉|排除")
_GENERIC = {"经营", "开发", "服务", "行业", "企业", "管理", "生产", "制造", "相关", "其他"}

_HAND_IN = lazy(r"(?:开车|亲自|当面|直接|跑一趟|跑过去|自己)[^，,。？?！!]{0,8}(?:送|递交|交)(?:过去|到|去|给)?"
                r"[^，,。？?！!]{0,12}(?:行吗|行不行|可以吗|可以不|可不可以|行不|吧|没问题)")
# '造假被查到5年内不能再报了吧', '拉黑五年': a ban said of cheating, and the notice's own.
_CHEAT = lazy(r"造假|作假|弄虚作假|虚假|假的|假材料|失信|欺骗|骗取|不实|编造|伪造")
_BAN_SAID = lazy(rf"({NUM})\s*年(?:之内|以内|内)?[^，,。？?！!\d]{{0,6}}?(?:不能|不得|不准|不许|不让|禁止|没法|无法|不可以?)[^，,。？?！!]{{0,3}}?"
                 rf"(?:申报|报名|参评|参加|报)|(?:禁报|拉黑|禁止申报|不能报|不准报)\s*({NUM})\s*年")
_BAN_RULE = lazy(rf"(?:弄虚作假|虚假|不实|造假|失信|骗取)[^。]{{0,40}}?({NUM})\s*年(?:之内|以内|内)[^。；]{{0,8}}?(?:不得|不再|不予|禁止|不受理)")
_POST_ONLY = lazy(r"(?:只|仅)(?:接受|接收|限)(?:邮寄|快递)|不(?:接受|接收|受理)(?:现场|当面|上门)(?:递交|报送|提交|送达)?")


@per_object
def rule_sentence(n, rule) -> tuple[str, str] | None:
    """(the innermost clause, the sentence) of the notice's first sentence that `rule` finds, or None."""
    said = next((x.strip().rstrip("。；;") for c in n.passages for x in _SENTENCE.findall(c.text) if rule.search(x)), None)
    return (max((c.clause for c in n.passages if said in c.text), key=len), said) if said else None


@per_object
def also_stated(n, requires, clause: str, text: str) -> tuple[str, str] | None:
    """(its clause, the phrase) of the longest-claused short phrase outside `clause` that `requires` finds and `text` (the
    condition's own words) does not hold: '推广多年的成熟方法' beside the condition that rules a firm out."""
    return max(((c.clause, x) for c in n.passages if c.clause != clause for x in re.split(r"[。；，]", c.text)
                if len(x) <= 60 and requires.search(x) and x not in text), key=lambda y: len(y[0]), default=None)


class HandInClaims:
    """Uses the checker's n, en and _fix."""

    def _hand_in(self, norm, a, intents, premise) -> Section | None:
        if not _HAND_IN.search(norm):
            return None
        if (rule := rule_sentence(self.n, _POST_ONLY)) is None:
            return None
        return self._fix(f"不可以当面递交：通知写明“{rule[1]}”。", rule[0], en=f"No hand-in: the notice says “{rule[1]}”.")


class BanClaims:
    """Uses the checker's n, en and _fix."""

    def _ban(self, norm, a, intents, premise) -> Section | None:
        """'造假被查到5年内都不能再报了？' against '…弄虚作假的，…3年内不得申报…': the notice's years, or that it sets none."""
        if not _CHEAT.search(norm) or not (said := _BAN_SAID.search(norm)):
            return None
        years = cn_number(said.group(1) or said.group(2))
        rule = rule_sentence(self.n, _BAN_RULE)
        if rule is None:
            return self._fix(f"通知没有写明弄虚作假后几年内不得申报，没有“{said.group(0)}”这样的规定。", en="The notice sets no such number of years.")
        if cn_number(_BAN_RULE.search(rule[1]).group(1)) == years:  # said right: the notice's words, and no other check's guess
            return Section("Per the notice" if self.en else "通知写明", (f"“{rule[1]}”。",), (rule[0],))
        return self._fix(f"不是{said.group(1) or said.group(2)}年：通知写明“{rule[1]}”。", rule[0], en=f"Not {years:g} years: the notice says “{rule[1]}”.")


class IndustryClaims:
    """Uses the checker's n, en and rules."""

    def _industry(self, norm, a, intents, premise) -> Section | None:
        """'我们是职业培训学校', '做ATM机具生产的，算金融吗': the notice's list of industries that may not apply, with the
        condition on the industries that may ('属于制造业企业或软件和信息技术服务业企业'); the business is the firm's to judge."""
        ex, el = self.n.exclusions, self.n.eligibility
        if not self.rules.applying.search(norm) and not LIST_ASKED.search(norm) or not (does := _DOES.search(norm)):
            return None
        cond = next((i for i in (el.items if el else ()) if _INDUSTRY_COND.search(i.text)), None)
        said = [f"申报条件{cond.clause}写明：“{cond.text.rstrip('；;。')}”。"] if cond else []
        listed = [(it, m) for it in (ex.items if ex else ()) if (m := _LISTED.search(it.text))]
        lead = ex.intro.rstrip("：:") if ex and ex.intro else "通知写明"
        for it, m in listed:
            terms = [re.sub(r"[（(][^）)]*[）)]", "", x).strip() for x in re.split(r"[、，,和及与或]", m.group(1))]
            keys = {k for t in terms for k in (t, t[:2], t[-2:]) if len(k) >= 2 and k not in _GENERIC}
            if any(k in does.group(1) for k in keys):
                return Section("Please check" if self.en else "请注意", (f"{lead}：“{it.text.rstrip('；;。')}”。", *said, "请对照您企业的主营业务。"),
                               (it.clause, *([cond.clause] if cond else [])))
        if cond and listed and LIST_ASKED.search(norm):  # '不在负面清单里，那应该能报吧': both rules, by the firm's main business
            it = listed[0][0]
            return Section("Please check" if self.en else "请注意", (*said, f"{lead}：“{it.text.rstrip('；;。')}”。", "两条都按企业的主营业务判断，请对照。"),
                           (cond.clause, it.clause))
        return None
