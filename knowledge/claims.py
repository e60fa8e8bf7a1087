"""Claims about the notice itself and about the applicant, checked against the notice: the submission site ("网站是www.xxx.gov.cn吧"),
the date of issue, how many items one may submit, whether a kind of applicant (a branch office) qualifies. A mixin of the Checker."""

from __future__ import annotations

import re

from .applicant_claims import ApplicantClaims
from .model import Item
from .phrasing import Section
from .quota_claims import QuotaClaims
from .recall import _LEAD, _SENTENCE, lead_of, with_lead
from .revenue_claims import RevenueClaims
from .values import CJK_RUN_4, GROUP_SAID, NUM, cn_number, lazy, plain

_DOMAIN = lazy(r"(?<![@a-z0-9.-])(?:https?://)?((?:[a-z0-9-]+\.)+(?:cn|com|org|net|gov|edu)(?:\.cn)?)(?![a-z0-9.@-])", re.I)
_OWN = lazy(r"我们|我司|本公司|公司|企业|邮箱|email|\bour\b", re.I)  # the applicant's own site or mail
_SITE_WORDS = lazy(r"网站|网址|网页|系统|平台|链接|登录|登陆|打不开|进不去|http|www|\b(site|website|url|link|portal)\b"
                   r"|\.(cn|com|org|net)(?![a-z0-9])[^。？！?!，,]{0,6}(报|交|填|提交)"
                   r"|\b(apply|submit|file|upload)\b.{0,40}\.(cn|com|org|net)(?![a-z0-9])", re.I)  # "在xx.gov.cn上直接报就行"
_ISSUED = lazy(r"(?<!截止)(发的|发布|印发|下发|出台|发文|落款|成文|签发|\bissued\b|\bpublished\b)")
_MONTH = lazy(rf"(?:(\d{{4}})\s*年\s*)?({NUM})\s*月\s*(?:份)?(?:({NUM})\s*[日号])?")
_SEAL_KINDS = lazy(r"(合同专用章|财务专用章|业务专用章|发票专用章|人事专用章|合同章|财务章|业务章|发票章|部门章|法人章|法定代表人章|人名章|"
                   r"私章|电子签章|电子章|签字章|党委章|行政章|质量章|检验章)")
_OTHER_DOC = lazy(r"营业执照|复印件|证书|证实性|证明材料|扫描件|承诺书|总结材料")  # "营业执照复印件我们自己盖个章就行吧"
_OTHER_COUNTED = re.compile(r"(?:表|材料|指标|附件|证书|证明|条件|标准|页|内容|资料)[^，,。？?]{0,4}$")  # '自评表一共10项': not the items
_PER_FIRM = re.compile(r"一个单位|一家(企业|公司|单位)|每家|每个(单位|企业|公司|子公司)|同一(个)?(单位|家|企业)|单家")
_GROUP_TOTAL = lazy(rf"(?:一共|共|合计|总共|加起来)[^，,。？！?!\s]{{0,4}}?({NUM})\s*项")
_FIRMS, _EACH = lazy(rf"({NUM})\s*(?:家|个)(?:子公司|公司|企业|单位|下属)"), lazy(rf"(?:每家|各)[^，,。？！?!\s]{{0,4}}?({NUM})\s*项")
_GROUP_CAP = lazy(rf"(?:不得超过|不超过|最多|合计|共计|限)[^。；]{{0,8}}?({NUM})\s*项")
# Posting proposed ('顺丰寄过去就行吧'), where the notice takes paper copies by hand only ('不接受邮寄、快递方式报送').
_POSTING = lazy(r"(?:邮寄|快递|顺丰|(?<![a-z])ems|邮政|到付|寄(?:过去|给|到|出)?)[^。？！?!\n]{0,10}(?:就行|就可以|可以吗|可以吧|行吗|行不行|吧|吗|没问题)"
                r"|\b(?:by post|mail (?:it|them)|courier)\b")
_BY_POSTMARK = lazy(r"邮戳为准|以邮戳|看邮戳|按邮戳|寄出(?:就行|就可以|就算|的时间为准|日期为准)|\bpostmark")
_ARRIVE = lazy(r"^(?!.*(?:推荐单位|各区|各县|区县|县区|主管部门|各市)[^。；]{0,20}(?:须|应|需|必须|务必)于)"
               r".*(?:须|应|需|必须|务必)于[^。；]{0,24}前(?:寄达|送达|到达)")  # the applicant's, not the units' onward post
_NO_POST = lazy(r"不接受(?:邮寄|快递)|不(?:得|予|能|可)(?:邮寄|快递)|勿邮寄|不接收邮寄|(?:只|仅)(?:接受|限|能)现场")
_PAPER_ONLY = lazy(r"只(交|寄|报|提交|送)[^，,。？！?!]{0,4}纸质|直接(交|寄|送|报)纸质"
                  r"|(不|不用|不需要|不必|不在)(在)?(网上|线上|在线|系统里?|网站上?)(提交|申报|交|报|填)?"
                  r"|光(交|寄)纸质|\bpaper only\b|only (on |by )?paper|without (applying |submitting )?online", re.I)
_NO_PAPER_SAID = lazy(r"纸质(?:的|材料|版|件)?[^，,。？！?!]{0,6}?(?:是不是|是否)?(?:就)?(?:不用|不需要|不必|可以不|免|没必要)(?:再)?(?:交|提交|报送|送|寄|报)")
_BOTH = lazy(r"缺一不可|(?:网上|线上|在线)(?:申报|填报|提交)[^。；]{0,6}(?:和|与|及|并|同时)[^。；]{0,6}纸质[^。；]{0,12}(?:相结合|都须|均须|同时)")
_ALL_PAPER = lazy(r"(所有|全部|都要|全都|整套|每一?份)[^，,。？！?!]{0,10}(打印|纸质|寄)|(总结材料|证实性材料|证明材料|佐证材料|营业执照|"
                 r"专利证书|获奖证书|其他材料|其它材料)[^，,。？！?!]{0,12}(也|都)[^，,。？！?!]{0,8}(打印|纸质|寄)|"
                 r"\b(all|every)\b.{0,30}\b(on paper|printed|by post|mailed)", re.I)
_UNIT_SEAL_DENIED = lazy(r"(?:不用|不需要|无需|不必)(?:区里|区上|推荐单位|区县|主管部门|别人|别的单位|其他单位)[^，,。？?]{0,3}盖"
                         r"|只(?:需|要)?盖(?:我们|自己|公司|单位)的?公?章"
                         r"|(?:我们|自己|公司)[^，,。？?]{0,4}盖(?:个|一下|上)?章就(?:完事|行|可以|好|够)"
                         r"|(?:区里|推荐单位|主管部门)[^，,。？?]{0,6}(?:不用|不需要|无需|不必)(?:再)?盖")
_SAID_PAGES, _PAGE_LIMIT = lazy(rf"({NUM})\s*页"), lazy(rf"(?:不超过|不多于|最多|限)\s*({NUM})\s*页|({NUM})\s*页以内")
_UNIT_SEAL_ON = lazy(r"(?:推荐单位|区里|区经委|区商务委|主管部门)的?(?:章|公章|盖章)[^。？！?!]{0,6}(?:盖在|盖到|盖于|是在)[^。？！?!]{0,4}?"
                     r"(总结材料|申报书|证实性材料|营业执照)")  # a document of its own, not the form's cover or the whole
_ITEMS = lazy(rf"(?:报|申报|限报|可报|能报|最多|同时|一共|总共)[^，,。？！?!\s寄送交印表书料]{{0,6}}?(?<!第)({NUM})\s*(?:项|个|条|份)"
              rf"(?!月|字|汉字|方向|重点|领域|方面|条件|标准|部分|附件|推荐单位|渠道|单位|账号|区|工作日|自然日|天)"
              rf"|({NUM})\s*(?:项|个|条)\s*(?:经验|案例|典型经验|管理方法)")


def _host(url: str) -> str:
    m = _DOMAIN.search(url.lower())
    return m.group(1).removeprefix("www.") if m else ""


# A sentence that sets a rule, not one that only mentions its words ("推动制造业高质量发展").
# "是不是必须设首席质量官才能申报", "一定要有ISO9001认证才可以报吗": a requirement the message supposes.
_REQUIRED = lazy(r"(?:必须|一定要|非得|非要|需要|得)(?:先)?(?:有|设|设立|建立|具备|取得|通过|获得|拿到|持有)"
                 r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:才能|才可以|才能够|才可)(?:申报|报|参加|参评|申请)")
_SAID_WEIGHT = lazy(r"([\u4e00-\u9fff]{2,8}?)(?:占|是|有|为|给|算|能拿|满分)?\s*(\d{1,3})\s*分")
_RULE_WORDS = lazy(r"不得|不予|不再|不能|只能|择一|须|需(?!要时)|应当|应|要求|限于|仅限|只限|满足|具备|具有|符合|以上|以下|"
                   r"不低于|不少于|不在[^。；]{0,8}范围|的$")


class Claims(ApplicantClaims, RevenueClaims, QuotaClaims):
    """Uses the Checker's kb, notice (n), body, judge rules and _fix."""

    def _doc_number(self, norm, a, intents, premise) -> Section | None:
        """'文号是沪经信技〔2023〕1204号对吗': the notice's number, when the one said differs."""
        own, number = self.n.meta.doc_number, r"([\u4e00-\u9fff]{0,12}?)[〔\[［(（](\d{4})[〕\]］)）]\s*第?\s*(\d{1,4})\s*号"
        said, have = re.search(number, norm), [(m.group(1), m.group(2), int(m.group(3))) for m in re.finditer(number, own)]
        if not said or not have or any((said.group(2), int(said.group(3))) == x[1:] and (not said.group(1) or x[0].endswith(said.group(1)[-2:]))
                                       for x in have) or f"〔{said.group(2)}〕{said.group(3)}号" in self.body.replace(" ", ""):
            return None  # (a number of another notice it names)
        shown = re.sub(r"^.*(?:是|为)", "", said.group(0))  # '文号是衡工信〔2169〕27号': the number as said
        return self._fix(f"不是{shown}：本通知的文号是{own}。", self.n.meta.clause, en=f"Not {shown}: the notice is {own}.")

    def _website(self, norm, a, intents, premise) -> Section | None:
        sub = self.n.submission
        if not sub or not sub.site or not _SITE_WORDS.search(norm):
            return None
        known = {_host(sub.site), *(_host(v.url) for v in sub.site_variants)}
        body = self.body.lower()
        for m in _DOMAIN.finditer(norm):
            host = m.group(1).lower().removeprefix("www.")
            if host in known or host in body or _OWN.search(norm[max(0, m.start() - 8):m.start()]):
                continue
            also = "".join(f"（{v.where or v.clause}写作 {v.url}，与正文不一致；打不开时请致电填报咨询确认）" for v in sub.site_variants[:1])
            return self._fix(f"不是{m.group(0)}：申报网站是 {sub.site}。{also}", sub.clause_of("site"),
                             en=f"Not {m.group(0)}: the application site is {sub.site}." + (
                                 f" ({sub.site_variants[0].url} elsewhere in the notice.)" if sub.site_variants else ""))
        return None

    def _issued(self, norm, a, intents, premise) -> Section | None:
        meta = self.n.meta
        if not meta.date or not _ISSUED.search(norm) or re.search(r"截止|截至|deadline|\bdue\b|公示|名单|结果|宣讲|培训|答辩|核查|补正|异议", norm):
            return None
        y, mo, d = (int(x) for x in meta.date.split("-"))
        said = f"本通知（{meta.doc_number}）于{y}年{mo}月{d}日印发。" if meta.doc_number else f"本通知于{y}年{mo}月{d}日印发。"
        for m in _MONTH.finditer(norm):
            y2 = int(m.group(1)) if m.group(1) else 0
            mo2, d2 = cn_number(m.group(2)), (cn_number(m.group(3)) if m.group(3) else 0)
            if not 0 < mo2 <= 12:
                continue
            if (y2 and y2 != y) or mo2 != mo or (d2 and d2 != d):
                return self._fix(f"不是{m.group(0).strip()}：{said}", meta.date_clause,
                                 en=f"Not {m.group(0).strip()}: the notice was issued on {meta.date}.")
        return None

    def _one_item(self, norm, a, intents, premise) -> Section | None:
        sub = self.n.submission
        have = re.search(rf"({NUM})\s*项", sub.one_item) if sub and sub.one_item else None
        if have and GROUP_SAID.search(norm) and (over := self._group_over(norm)):
            return over
        if not have or GROUP_SAID.search(norm) and not _PER_FIRM.search(norm):  # "集团一共报4项": the group's count
            return None
        for m in _ITEMS.finditer(norm):
            said = cn_number(m.group(1) or m.group(2))
            if said > 0 and said != cn_number(have.group(1)) and not _OTHER_COUNTED.search(norm[max(0, m.start() - 8):m.start()]):
                return self._fix(f"不是{plain(said)}项：{sub.one_item}。", sub.clause_of("one_item"),
                                 en=f"Not {plain(said)}: one applicant may in principle submit {plain(cn_number(have.group(1)))}.")
        return None

    def _group_over(self, norm: str) -> Section | None:
        """'集团一共报4项' / '5家子公司每家报1项' where the notice caps a group ('集团…合计申报不超过3项'): not allowed."""
        total = _GROUP_TOTAL.search(norm)
        firms, each = _FIRMS.search(norm), _EACH.search(norm)
        said = cn_number(total.group(1)) if total else cn_number(firms.group(1)) * cn_number(each.group(1)) if firms and each else 0
        caps = [(c.clause, x.strip()) for c in self.n.passages for x in _SENTENCE.findall(c.text)
                if "集团" in x and (cap := _GROUP_CAP.search(x)) and said > cn_number(cap.group(1)) > 0]
        if not caps:
            return None
        where, x = max((c for c in caps if c[1] == caps[0][1]), key=lambda c: len(c[0]))  # the innermost clause that says it
        return self._fix(f"不可以，超过了集团的上限：{x}", where, en=f"No: that is more than a group may submit ({x}).")

    def _channels(self, norm, a, intents, premise) -> Section | None:
        """'只交纸质、不在网上交行吗' / '所有材料都要寄纸质版吗': the notice's split between online and paper."""
        sub = self.n.submission
        if not sub or not sub.online:
            return None
        if _POSTING.search(norm) and (rule := next((x.strip() for c in self.n.passages for x in re.split(r"(?<=[。；])", c.text)
                                                     if _NO_POST.search(x)), "")):  # '顺丰寄过去就行吧' when none is taken by post
            clause = next(c.clause for c in self.n.passages if rule in c.text)
            return self._fix(f"不能邮寄：通知写明：“{rule.rstrip('。；')}”。", clause, en=f"No: the notice takes no paper copies by post: “{rule}”")
        said = " ".join(c.text for c in self.n.passages)
        if _BY_POSTMARK.search(norm) and "邮戳" not in said and (arrive := next((x.strip() for c in self.n.passages for x in re.split(r"(?<=[。；])", c.text)
                                                                               if _ARRIVE.search(x)), "")):  # '以邮戳为准吧' where it must arrive
            return self._fix(f"不是以邮戳为准：通知写明：“{arrive.rstrip('。；')}”。", max((c.clause for c in self.n.passages if arrive in c.text), key=len),
                             en=f"No, not the postmark: the notice says the copies must arrive by then: “{arrive}”")
        only, none = _PAPER_ONLY.search(norm), _NO_PAPER_SAID.search(norm)  # the both-required sentence, read only then
        both = next(((c.clause, x.strip("。； ")) for c in self.n.passages for x in _SENTENCE.findall(c.text) if _BOTH.search(x)), 0) if only or none else 0
        if only:  # '网上没赶上，直接送纸质行不行': the notice's both-required sentence, else its online step
            return self._fix(f"不可以：{both[1] if both else sub.online}。", both[0] if both else sub.clause_of("online"), en="No: it is submitted online.")
        if none and not sub.no_paper and both:  # '网上交了，纸质的不用交了吧'
            return self._fix(f"不是，纸质材料也要交：{both[1]}。", both[0], en=f"No, the paper copies are required too: “{both[1]}”")
        if _ALL_PAPER.search(norm) and sub.rest_online:
            paper = sub.paper_text or f"{sub.sealed}后提交纸质材料（{sub.form_copies}）"
            return self._fix(f"不需要：{paper}；{sub.rest_online}。", sub.clause_of("rest_online"),
                             en="No: only the signed and sealed form goes on paper; everything else is submitted online.")
        return None

    def _pages(self, norm, a, intents, premise) -> Section | None:
        """'证实性材料最多20页是吧' where the clause naming that thing sets another page limit."""
        m = _SAID_PAGES.search(norm)
        if not m:
            return None
        said = cn_number(m.group(1))
        words = {run[i:i + 4] for run in CJK_RUN_4.findall(norm[:m.start()]) for i in range(len(run) - 3)}
        for c in self.n.passages:
            limit = _PAGE_LIMIT.search(c.text)
            named = [i for w in words if (i := c.text.rfind(w, 0, limit.start())) >= 0] if limit else []
            start = min((i for i in named if i >= max(named) - 4), default=-1)  # "证实性材料", not "实性材料"
            if limit and start >= 0 and cn_number(limit.group(1) or limit.group(2)) != said > 0:
                end = min([i for i in (c.text.find(x, limit.end()) for x in "。；;") if i >= 0] or [len(c.text) - 1]) + 1
                quote = c.text[start:end].strip()
                return self._fix(f"不是{m.group(0)}：{quote}", c.clause, en=f"Not {m.group(1)} pages: {quote}")
        return None

    def _required(self, norm, a, intents, premise) -> Section | None:
        """'是不是必须设首席质量官才能申报' where no condition asks for it: say so, and where the notice names it."""
        m = _REQUIRED.search(norm)
        el = self.n.eligibility
        if m is None or el is None:
            return None
        what = m.group(1)
        grams = {what[i:i + 4] for i in range(max(len(what) - 3, 1))}  # '成熟应用的经验' shares '成熟应用' with a condition
        ruled = [s for c in (*el.items, *self.n.passages) for s in _SENTENCE.findall(c.text)
                 if _RULE_WORDS.search(s) and len(s) <= 160 and "□" not in s]  # rules, not a form's checkboxes
        if any(g in s for g in grams for s in ruled):
            return None  # a condition or another rule of the notice asks for it
        where = next((c for c in self.n.passages if what in c.text), None)
        named = f"{where.clause}（{where.title.rstrip('。：:')}）" if where and where.title else where.clause if where else ""
        also = f"通知在{named}提到“{what}”，那不是申报条件。" if where else ""
        return self._fix(f"不是：申报条件中没有“{what}”这一项要求。{also}", el.clause,
                         en=f"No: the conditions do not ask for “{what}”.")

    def _weight(self, norm, a, intents, premise) -> Section | None:
        """'方法先进性占35分对吗' where the criteria give it another weight ('方法先进性（30分）')."""
        crit = self.n.criteria
        for m in _SAID_WEIGHT.finditer(norm) if crit else ():
            for it in crit.items:
                named = re.sub(r"[（(][^）)]*[)）]", "", it.title or "")
                stated = re.search(r"(\d{1,3})\s*分", f"{it.title}{it.text[:20]}")
                if named and stated and m.group(1) in named and int(stated.group(1)) != int(m.group(2)):
                    return self._fix(f"不是{m.group(2)}分：{it.title}。", it.clause,
                                     en=f"Not {m.group(2)} points: {it.title}.")
        return None

    def _seal(self, norm, a, intents, premise) -> Section | None:
        """'盖个合同专用章就行吧' where the notice asks for the unit's official seal (公章)."""
        sub = self.n.submission
        seals = sub.form_seals if sub else ""
        if "推荐单位" in seals and (m := _UNIT_SEAL_DENIED.search(norm)) and not (m.group(0).startswith(("我们", "自己", "公司"))
                                                                            and _OTHER_DOC.search(norm)):  # "只盖我们公司的章就行了吧，不用区里盖？"
            return self._fix(f"不行：{sub.sealed}。", sub.clause_of("form_seals"), en="No: the recommending unit's seal is needed too.")
        if "推荐单位" in seals and (m := _UNIT_SEAL_ON.search(norm)) and sub.form_name and sub.form_name not in m.group(1):
            return self._fix(f"不是{m.group(1)}：{sub.sealed}。", sub.clause_of("form_seals"),  # '推荐单位的章是盖在总结材料封面上吧'
                             en=f"Not the {m.group(1)}: the recommending unit's seal goes on the {sub.form_name}.")
        if "公章" not in seals:
            return None
        for m in _SEAL_KINDS.finditer(norm):  # an e-seal is the notice's to allow or not ('能否使用电子印章'), no wrong kind
            if m.group(1) not in self.body and not m.group(1).startswith("电子"):
                return self._fix(f"不是{m.group(1)}：{sub.sealed}。", sub.clause_of("form_seals"),
                                 en=f"Not a {m.group(1)}: the {sub.form_name} must bear the unit's official seal (公章).")
        return None

    def _stated_elsewhere(self, requires: re.Pattern, said: str = "") -> Item | None:
        """A condition outside the list ("已获评…的单位，不得以同一经验重复申报"): of several, the one sharing most words with `said`."""
        found = []
        for c in self.n.passages:
            for s in _SENTENCE.findall(c.text):
                if requires.search(s):  # '有下列情形之一的，不予受理：…的；': the list's lead-in, in this clause or above it
                    leads = list(_LEAD.finditer(c.text[:max(c.text.find(s), 0)]))
                    s = with_lead(s, leads[-1].group(0).strip() if leads else lead_of(c, self.n.passages))
                head, _, tail = s.partition("：")
                if tail and requires.search(tail) and _RULE_WORDS.search(tail) and not requires.search(head) \
                        and not tail.rstrip("。；; ").endswith("的"):
                    s = tail  # a list's lead-in run into the sentence after the list ('…的企业：同一企业…不得同时申报')
                if requires.search(s) and len(s) <= 160 and _RULE_WORDS.search(s):
                    found.append(Item(c.clause, s.strip().rstrip("；;。")))
        pairs, years = {said[i:i + 2] for i in range(len(said) - 1)}, set(re.findall(r"\d{4}", said))  # '2073年评上过': 2073's rule
        return max(found, key=lambda it: (sum(p in it.text for p in pairs) + 3 * sum(y in it.text for y in years), len(it.clause)),
                   default=None)
