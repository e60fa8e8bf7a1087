"""Whether a message asks of another programme or region rather than this notice's: the names it matches, read
against the places it names and against our own programme's name."""

from __future__ import annotations

import re

from .matcher import Hit

# What is asked of another programme itself (its application, its dates), and words that relate it to ours.
_ITS_OWN = re.compile(r"^[^?？。]{0,10}?(什么时候|啥时候|何时|几号|哪天|几月|怎么|如何|咋)?(申报|报名|报(?![告表])|评选|开始|截止|受理|申请)")
_RELATION = re.compile(r"同时|一起|一块|也想|也要|也报|加分|择一|影响|冲突|获得|获过|得过|拿过|拿了|拿到|获奖|已申报|报过|报了|"
                       r"的企业|企业|证书|优势|这个|本次|两个|两项|能报吗|还能报|能申报|可以申报|营收|营业收入")
_STANDING = re.compile(r"(?:不是|还不是|并非|不属于|属于|作为|是)$")
_WHEN_AFTER = re.compile(r"(?:时间|日期)?(?:是|在)?(?:哪天|什么时候|啥时候|几号|何时|几月)")  # '…截止时间是哪天'
_ITS_PAPERS = re.compile(r"[^?？。]{0,6}?(?:需要|要)?(?:准备|提交|交)(?:哪些|什么|啥)(?:材料|资料)")  # '…认定需要准备哪些材料'
_ROAD = re.compile(r"(?:路|街|弄|巷|大道|号|道)")
# The firm's own standing, said with another programme's title ('我们是专精特新企业，能报吗'): it describes the applicant.
_IDENTITY_BEFORE = re.compile(r"(?:是|作为|属于|已是|认定为|被认定|评为|获评|拿了|拿过|获得|取得|有)(?:国家级|省级|市级|区级)?(?:专精特新)?[“\"]?\s*$")
# '本公司始建于1998年，是一家…的国家高新技术企业': the firm describing itself, in a story or a pasted draft.
_DESCRIBED = re.compile(r"(?:本公司|我们公司|我司|我们|公司|本企业)[^。？?！!，,]{0,16}(?:是一家|是国内|是我国|为一家)[^。？?！!，,]{0,50}$")
# '我们是高新技术企业，注册在遵义…': the firm saying what it is, then asking something else
_SELF = re.compile(r"(?:我们|我司|本公司|我们公司|我公司|公司|本企业|我们厂|咱们|咱)(?:也|本身|已经)?"
                   r"(?:是|属于)(?:国家级|省级|市级|区级|国家)?(?:第[一二三四五六七八九十\d]{1,3}批)?$")
_RENEWED = re.compile(r"复审|认定|评定|年审|复核")  # '…是一家高新技术企业，高企复审什么时候截止': asked of that programme
_IDENTITY_AFTER = re.compile(r"^(?:企业|单位|公司|称号|资质|认定|小巨人|中小企业)")
_WRITTEN_IN = re.compile(r"(写进|写入|写在|写到|放进|放在|填进|填到|列入|列进|体现在|算进)[^。？！?!]{0,12}(吗|么|不|可以|能)")  # an award in a part
# "我们21年拿过区里的质量奖，…还有遴选标准一共几条": an award the firm won, told as its story.
_EARNED = re.compile(r"(拿过|拿了|获得过|获得了|获过|得过|得了|评过|评上过|获评过?|荣获|曾获|被评为|评为|获批)[^，,。；？?！!]{0,10}$")
_OURS_ASKED = re.compile(r"标杆|遴选|能报|能不能报|申报条件|条件|截止|推荐单位|没戏|有戏|符合")  # …and then asks of this programme
_ASK_CUE = re.compile(r"我想问(?!题)|想问一下|想问下|请问|问一下|问下|想咨询|想请教|想确认")  # what follows is the question
_MAY_APPLY = re.compile(r"能报|能申报|可以报|可以申报|能参加|可以参加|能不能(?:报|申报)|可不可以报|有资格|够格|符合|影响"
                        r"|营收.{0,12}(?:可以吗|行吗|够吗|够不够)")


_ITS_TITLE = re.compile(r"^(?:中小)?(?:企业)?(?:认定|评定|评选|称号)")
_NATIONAL = re.compile(r"(?:国家级|全国|工信部|工业和信息化部|国家的?)[^，,。？?]{0,4}质量标杆")
_PROVINCIAL = re.compile(r"(?:省级|自治区级|省里的?|省厅的?|全省|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南"
                         r"|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆)(?:省|(?:壮族|回族|维吾尔)?自治区)?级?的?)[^，,。？?]{0,2}质量标杆")
_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")


def other_level(compact: str, region: str, said: str, title: str = "") -> str:
    """The words of a question about the same programme run at another level ('省级质量标杆今年什么时候开始报' to a city's
    notice, '工信部的全国质量标杆怎么申报'), not the applicant's own title ('公司2037年拿的江苏省质量标杆 这次还可以申报吗')
    nor how to reach a level the notice itself speaks of (`said`: '…组织推荐全国质量标杆'; quotes removed there and in
    `title`); when that one opens is not said."""
    for rx, ours in ((_NATIONAL, not region or "全国" in region), (_PROVINCIAL, not region.endswith("市") or region[:2] in _MUNICIPALITIES)):
        if not (m := rx.search(compact)) or ours or rx.search(title) or rx is _NATIONAL and re.search(r"工业和信息化部|工信部", title):
            continue  # none named, or the level of the notice's own title ('广东省质量标杆' forwarded by a city)
        if _ITS_OWN.search(compact[m.end():m.end() + 16]) and not _OURS_AGAIN.search(compact[m.end():]) \
                and not _EARNED.search(compact[max(0, m.start() - 14):m.start()]) and not _HELD.search(compact[max(0, m.start() - 6):m.start()]) \
                and not (rx.search(said) and not _WHEN_AFTER.search(compact, m.end())):  # how, as the notice says
            return m.group(0)
    return ""


_OURS_AGAIN = re.compile(r"这次|本次|还可以申报|还能申报|还能报|还可以报|市里|区里")  # '…这次还可以申报吗': asked of this call
_HELD = re.compile(r"(?:拿|获|得|评|获得|取得|评上)的?$")


def inside(hit: Hit, spans: tuple[tuple[int, int], ...]) -> bool:
    """The hit overlaps a place's words, and is not a longer name around them ('高新技术企业' around '高新')."""
    return any(a < hit.end and hit.start < b and not (hit.start <= a and b <= hit.end and b - a < hit.end - hit.start) for a, b in spans)


def covered(hits: list[Hit], spans: tuple[tuple[int, int], ...]) -> bool:
    """Every place's words lie inside a longer programme's name the message says."""
    return all(any(h.label in ("programme", "named") and h.start <= a and b <= h.end and b - a < h.end - h.start for h in hits)
               for a, b in spans)


def scope_hits(hits: list[Hit], compact: str, spans: tuple[tuple[int, int], ...]) -> list[Hit]:
    """The hits that name a programme or region: not part of a place ('威海路' is a road), nor a courtesy word used as a
    verb inside a question ('怎么确认对方收到了', '收到自动回复就算通过了吧'), nor thanks after a request."""
    return [h for h in hits if h.ascii or not inside(h, spans) and not (h.label == "region" and _ROAD.match(compact[h.end:h.end + 2]))
            and not (h.label == "courtesy" and (_said_as_verb(h, compact) or _REQUEST.search(compact) and len(compact) - h.end + h.start >= 6))]


_REQUEST = re.compile(r"发我|发给我|给我发|发一下|发下|求发|查一下|帮我查|帮忙查")  # '会议号发我一下，谢谢': a request, not thanks alone


_VERB_LIKE = re.compile(r"收到|明白|知道|了解|懂")
QUESTION = re.compile(r"吗|怎么|如何|什么|哪|谁|几|多少|是否|能否|呢|吧|\?")


def _said_as_verb(h: Hit, compact: str) -> bool:
    word = compact[h.start:h.end]
    if not _VERB_LIKE.match(word) or not QUESTION.search(compact):
        return False
    before, after = compact[h.start - 1:h.start] if h.start else "", compact[h.end:h.end + 1]
    return bool(re.match(r"[\u4e00-\u9fff]", before) and before not in "啊哈嗯哦噢好的") or bool(
        re.match(r"[\u4e00-\u9fff]", after) and after not in "了啦啊呀的")


_OFFICE_AFTER = re.compile(r"的?(?:总部|总公司|母公司|集团总部|办公室|出差|开会|培训)"  # where the firm's people are; an office or a firm
                           r"|(?:省|市|自治区)?(?:工信厅|工信局|经信厅|经信委|工业和信息化厅|人民政府|政府)?(?:官网|网站|门户网站)"
                           r"|[\u4e00-\u9fff]{0,16}?(?:股份有限公司|有限责任公司|有限公司|集团公司)")  # '青海雪域…股份有限公司': a firm's name
_OFFICE_BEFORE = re.compile(r"(?:总部|总公司|母公司|领导|老板|法人|董事长|公章|章)(?:在|设在|位于|还在|留在)$|(?:从|寄到|寄去|出差到|出差去)$")


def out_of_scope(hits: list[Hit], compact: str, resolved: bool) -> tuple[str, str]:
    """('programme' | 'region' | '', the words) of what the message asks of another programme or region."""
    labels = {h.label for h in hits}
    for h in (h for h in hits if h.label == "home"):  # the bundled city named to another city's notice: only its programme
        if its := _regions_own(h, hits, compact):  # ('上海的质量标杆…'), never where the firm's people or papers are
            return "programme", its
    for kind in ("programme", "region"):
        hit = next((h for h in hits if h.label == kind and not (kind == "region" and (_OFFICE_AFTER.match(compact, h.end)
                                                                                     or _OFFICE_BEFORE.search(compact[:h.start])))
                    and not (kind == "programme" and (_story(h, compact) or any(p.label == kind and p.end == h.start and _story(p, compact)
                                                                                   for p in hits)))), None)  # "我们是专精特新(小巨人)企业": its standing
        if hit is None or kind == "region" and resolved:  # (not '公章在北京总部', '领导在北京出差': where the firm's people or
            continue  # papers are; a later mention may still ask of that region: '老板在深圳开会，深圳的质量标杆截止了吗')
        # Naming our programme overrides another programme's name, not another region, unless when or how to apply
        # for the other is asked before ours is named ("质量金奖什么时候申报？和质量标杆能一起报吗").
        own = _ITS_OWN.search(compact[hit.end:hit.end + 16]) if kind == "programme" and not hit.ascii else None
        asked = own is not None and (own.group(1) or _WHEN_AFTER.match(compact, hit.end + own.end())) or _ITS_PAPERS.match(compact, hit.end)
        ahead = bool(asked) and all(h.start >= hit.end + (own.end() if own else 0) for h in hits if h.label == "ours")
        if not (kind == "programme" and "ours" in labels and not ahead):
            if kind == "region" and (its := _regions_own(hit, hits, compact)):
                return "programme", its  # '上海的质量标杆申报条件' to another city's notice: that city's programme
            return kind, compact[hit.start:hit.end] if not hit.ascii else hit.phrase
    # A named programme asked about on its own, not said as the applicant's standing ("不是小巨人，能申报吗").
    named = next((h for h in hits if h.label == "named" and not _STANDING.search(compact[:h.start])), None)
    after = _ITS_TITLE.sub("", compact[named.end:]) if named else ""  # '专精特新企业认定什么时候申报': the programme's own
    if named and "ours" not in labels and _ITS_OWN.search(after[:16]) \
            and not _RELATION.search(compact[:named.start] + "|" + after):  # not "…也想报，两个能一起报吗"
        return "programme", compact[named.start:named.end]
    return "", ""


def _story(hit: Hit, compact: str) -> bool:
    """Another programme named as the applicant's own standing ('我们是专精特新企业，能报吗', '我们是高新技术企业，注册在…'),
    an award in a part of its materials, or a story ('…拿了区里的质量奖，…我想问…'), not asked about."""
    return bool(_applicant(hit, compact) or _asked_after(compact, hit.end) or _WRITTEN_IN.search(compact, hit.end)
                or (_DESCRIBED.search(compact[max(0, hit.start - 70):hit.start]) or _SELF.search(compact[max(0, hit.start - 8):hit.start])
                    and (_IDENTITY_AFTER.match(compact[hit.end:]) or compact[:hit.end].endswith(("企业", "单位"))))
                and not _RENEWED.search(compact, hit.end)
                or _EARNED.search(compact[max(0, hit.start - 14):hit.start]) and len(compact) - hit.end >= 8
                and compact.count(compact[hit.start:hit.end]) == 1 and _OURS_ASKED.search(compact, hit.end))


def _regions_own(hit: Hit, hits: list[Hit], compact: str) -> str:
    """The region's own run of our programme ('上海的质量标杆', '深圳市质量标杆'), not one the firm won ('拿过上海的质量标杆')."""
    ours = next((h for h in hits if h.label == "ours" and hit.end <= h.start <= hit.end + 2), None)
    if ours is None or not re.fullmatch(r"[市的省区]{0,2}", compact[hit.end:ours.start]) or _EARNED.search(compact[max(0, hit.start - 14):hit.start]):
        return ""
    return compact[hit.start:ours.end]


def _applicant(hit: Hit, compact: str) -> bool:
    """Another programme's title said of the applicant itself, in a question whether it may apply."""
    if hit.ascii or not _MAY_APPLY.search(compact[hit.end:]):
        return False
    return bool(_IDENTITY_BEFORE.search(compact[max(0, hit.start - 12):hit.start]) or _IDENTITY_AFTER.match(compact[hit.end:]))


def _asked_after(compact: str, at: int) -> bool:
    """A question cued after a place in the message ('…我想问实施效果…'): what came before it is the story."""
    return any(len(compact) - m.end() >= 6 for m in _ASK_CUE.finditer(compact, at))
