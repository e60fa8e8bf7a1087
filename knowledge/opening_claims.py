"""A day the message says the online system opens ('系统4月10号就开通了吧') against the notice's opening day; a platform
the message says one applies on ('是在浙江政务服务网上申报吧') against the one the notice names."""

from __future__ import annotations

import re

from .phrasing import Section, web_word, zh_date
from .values import NUM, cn_number, lazy

# '系统4月10号就开通了吧', '网上申报是4月10日开始的吧', '平台10号开放'.
_SAID_OPEN = lazy(rf"(?:系统|平台|网站|网上申报|网报|填报|申报)[^，,。？?！!]{{0,6}}?(?:(?P<m>{NUM})\s*月\s*)?(?P<d>{NUM})\s*[日号]"
                  r"[^，,。？?！!]{0,3}(?:开放|开通|开始|上线|开了|开的|就开|能登|可以登)")


class OpeningClaims:
    """Uses the checker's kb, en and _fix."""

    def _opens(self, norm, a, intents, premise) -> Section | None:
        from .window import opening  # (window imports the answer-time phrasing; imported when a message names an opening)

        m = _SAID_OPEN.search(norm)
        if m is None or (opens := opening(self.kb)) is None:
            return None
        when, clause = opens
        month, day = cn_number(m.group("m")) if m.group("m") else when.month, cn_number(m.group("d"))
        if (month, day) == (when.month, when.day):
            return None
        clock = f" {when:%H:%M}" if when.hour or when.minute else ""
        said = f"{int(month)}月{int(day)}日" if m.group("m") else f"{int(day)}日"
        return self._fix(f"不是{said}：{web_word(self.kb)}申报于{zh_date(when.date())}{clock}起开放。", clause,
                         en=f"Not the {int(day)}th: online applications open on {when:%Y-%m-%d}{clock}.")

    def _platform(self, norm, a, intents, premise) -> Section | None:
        """'是在浙江政务服务网上申报吧' where the notice names another platform (and gives no address to compare)."""
        sub = self.n.submission
        if not sub or not sub.site_name or not (m := _PLATFORM_SAID.search(norm)):
            return None
        said, own = m.group(1).strip("“”\"'"), sub.site_name.strip("“”\"'")
        core, mine = _GENERIC.sub("", said.lower()), set(_GENERIC.sub("", own.lower()))
        if said in own or own in said or said in self.body or _NO_NAME.match(said) or not core or sum(c in mine for c in core) * 5 >= len(core) * 3:
            return None  # the notice's own platform, named loosely ('质量标杆网站', '丽企通app'), or no name ('在网上申报吧')
        return self._fix(f"不是{said}：申报平台是{sub.site_name}。", sub.clause_of("site_name"), en=f"Not {said}: the platform is {sub.site_name}.")


_PLATFORM_SAID = lazy(r"(?:在|通过|用|从)\s*([\u4e00-\u9fff“”\"']{3,18}?(?:网|平台|系统|网站|小程序|APP|App|app))\s*(?:上|里)?\s*(?:申报|填报|提交|报名|报)")
_GENERIC = re.compile(r"[“”\"'（）()\s]|申报|网上|在线|网站|平台|系统|服务网|小程序|app|客户端|[省市区县]")
_NO_NAME = re.compile(r"(?:这个|那个|哪个|什么|哪|网上|线上|系统|平台|官网|网站|申报)|.*[把将在内要得周天月日前后]")  # not '两周内把网（上填报）'
