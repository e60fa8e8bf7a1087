"""The reply section on where and how to submit: the site, the e-mail step, the paper destination, and a channel the
user asks about that the notice does not offer ('可以用邮箱提交吗' on an online-only call).

A mixin of Renderer (knowledge/render.py): it uses the renderer's notice, clock, language and t().
"""

from __future__ import annotations

import re

from .amended import superseded
from .phrasing import Section, contact_line, deadline_text
from .values import BY_MAIL, OTHER_STAGE
from .window import not_open_yet

_SITE_ASKED, _SYSTEM = re.compile(r"网站|网址|网页|链接|系统|平台|在线|网上|\b(website|portal|online|url|link)\b", re.I), re.compile("系统|平台|网站|在线|网上")
# Any e-mail step the notice sets, of whatever document ('…以PDF格式发送至x@y', '电子邮件方式报送').
_MAILED = re.compile(r"(?:电子)?邮件(?:方式)?(?:报送|提交|发送|申报)|(?:报送|提交|发送|发)至[^。；]{0,30}(?:邮箱|@)")
_NO_MAIL = re.compile(r"(?:不接受|不受理|不接收|不予受理|不予接收|不得)[^。；]{0,16}(?:电子邮件|邮箱|邮件)[^。；]{0,12}(?:报送|提交|方式|渠道|材料)")
_ONLY_SOME = re.compile(r"涉及|涉密|秘密|除[^。；]{0,20}外|以外|例外|仅限|个别")  # a rule for some materials only, not a ban
_APP = re.compile(r"小程序|APP|App|app|客户端")
OPENS = re.compile(r"开放|开通|开始(?!准备|写|弄|做)|启动|\b(open|opens|opening|start|starts|begin|begins)\b")


class SubmitSections:
    def submit(self, a) -> Section:
        sub, fill_ = self.n.submission, self.n.consultation.filling or self.n.consultation.any()
        lines = [self.t(f"网址：{sub.site}", f"Website: {sub.site}")] if sub.site else []
        lines.append(self.t(f"{superseded(sub.online, self.n, deadline_text(self.kb))}；截止 {deadline_text(self.kb)}。" if sub.online else sub.text,
                            f"Submit the application materials{' online' if sub.site else ''} by {deadline_text(self.kb, True)}."))
        if sub.form_name and sub.online and not sub.no_paper:
            lines.append(self.t(self._form_line(), f"The {sub.form_name} (application form) goes on paper"
                                f"{' (' + sub.form_copies + ')' if sub.form_copies else ''}; see the clause for details."))
        sources = [sub.clause]
        if sub.no_paper and sub.no_paper not in "".join(lines):  # '全程通过电子邮件报送，不接收纸质材料': the channel's own limits
            lines, sources = [*lines, self.t(f"{sub.no_paper}。", "No paper copies are accepted.")], [*sources, sub.clause_of("no_paper")]
        # '可以用邮箱提交吗' where the notice gives mailboxes (the units' rows) but no e-mail step; with no mailbox at all the
        # judgement's 'not stated' section says so
        asked = a is not None and BY_MAIL.search(a.text.norm) and not OTHER_STAGE.search(a.text.norm)  # not '答辩PPT能发邮件吗'
        banned = max(((c.clause, x) for c in self.n.passages for x in re.split(r"(?<=[。；])", c.text) if _NO_MAIL.search(x) and not _ONLY_SOME.search(x)),
                     key=lambda h: len(h[0]), default=None) if asked else None  # (in its innermost clause)
        if banned:  # '本次遴选不接受电子邮件、传真方式报送申报材料': that sentence is the answer
            lines, sources = [self.t(f"不可以。通知写明：“{banned[1].strip()}”", f"No: “{banned[1].strip()}”"), *lines], [banned[0], *sources]
        elif asked and sub.site and not sub.email_text and any("@" in c.text for c in self.n.passages) \
                and not any(_MAILED.search(x) and not OTHER_STAGE.search(x) for c in self.n.passages for x in re.split(r"(?<=[。；])", c.text)):
            lines.insert(0, self.t("通知没有规定可以用电子邮件提交，提交方式按下面的规定。", "The notice provides no submission by e-mail; submit as below."))
        if a is not None and OPENS.search(a.text.norm) and (opens := not_open_yet(self.kb, self.now, self.en, True)):
            lines, sources = [*lines, opens[0]], [*sources, opens[1]]  # "系统什么时候开始申报"
        if not sub.site and _APP.search(sub.site_name):  # '仅通过“遵义工信服务”微信小程序办理': the channel, and how to find it
            name = (re.search(r"“[^”]+”", sub.site_name) or [sub.site_name])[0]
            c = max((c for c in self.n.passages if name in c.text and len(c.text) <= 320), key=lambda c: len(c.clause), default=None)
            lines, sources = ([self.t(c.text, c.text), *lines], [c.clause, *sources]) if c else (lines, sources)
        elif not sub.site and a is not None and _SITE_ASKED.search(a.text.norm):  # "在哪个网站上申报": there is none
            sources += [sub.clause_of("site_name")] if sub.site_name else []
            lines.insert(0, self.t(f"通知没有给出申报系统的网址；申报平台是{sub.site_name}。", f"No address; the platform is {sub.site_name}.") if sub.site_name
                         else self.t("通知没有给出申报系统的网址，入口按下面的原文。", "No web address is given; see below.") if _SYSTEM.search(sub.online)
                         else self.t("通知没有设网上申报系统，也没有给出申报网址；按下面的方式报送。", "The notice sets no online system; submit as below."))
        if (m := self.n.mailing) and (not sub.site or m.window) and m.address not in "".join(lines):  # no system, or a window: where paper goes
            lines, sources = [*lines, self.t(f"{m.label}：{m.address}{f'，{m.window}' if m.window else ''}",
                                             f"Paper copies to: {m.address}")], [*sources, m.clause]
        if sub.email_text and sub.email_text not in "".join(lines):  # the electronic copies by e-mail
            lines, sources = [*lines, self.t(f"{sub.email_text}。", f"Electronic copies by e-mail: {sub.email_text}.")], \
                [*sources, sub.clause_of("email_text")]
        for v in sub.site_variants if fill_ else ():
            lines.append(self.t(f"注意：{v.where}写作 {v.url}，与正文写法不同；以上按正文。如无法访问，请致电{fill_.label}："
                                f"{contact_line(fill_, label=False)}。",
                                f"Note: {v.clause} spells the address {v.url}, unlike the main text; the main text is "
                                f"given above. If it does not open, call {fill_.person} ({fill_.org}), {fill_.phone}."))
            sources += [v.clause, fill_.clause]
        return Section(self.t("在哪里、怎么提交", "Where and how to submit"), tuple(lines), tuple(sources))
