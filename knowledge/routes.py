"""A route of its own for a kind of firm ('市属国有企业…直接向市经信委质量处申报，无需经县（市、区）经信局推荐',
'市属国有企业通过市国资委推荐'): a firm that says it is one is sent that way, with the route's own dates, seal and
contact, never to the unit of the place it is in. A place the notice leaves out ('定州市为省直管市，…不在本通知范围内',
'宁东能源化工基地内企业…通过自治区渠道申报，不适用本通知'): a firm that says it is there gets that sentence, not a unit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .memo import per_object
from .model import Knowledge
from .phrasing import Section
from .values import lazy

# A sentence that sends a kind of firm another way than through the unit of its place.
_ROUTE = lazy(r"(?<![不非无])直接(?:向|报送|申报|报|受理)|(?:不经|无需经?|不通过|不再经)[^。；，,]{0,16}推荐"
              r"|通过[^。；，,]{0,10}(?:国资委|集团|主管部门)(?:推荐|申报|报送)")
# The kinds of firm such a sentence names, and how a message says it is one.
_KINDS = (("省属", r"省属|省管|省国资"), ("市属", r"市属|市管|市国资"), ("州属", r"州属|州管|州国资"), ("区属", r"区属|区管|区国资"),
          ("中央", r"央企|中央企业|中央驻|驻[\u4e00-\u9fff]{1,2}央企|在[\u4e00-\u9fff]{1,2}央企|中央在"))
_NOT = lazy(r"(?:不是|并非|非|不属于|不在)$")
_SENT = lazy(r"[^。；;\n]+[。；;]?")
_TO = lazy(r"(?:直接向|通过|由)([^。；，,（(]{2,16}(?:处|科|局|委|厅|集团))")
_PHONE = lazy(r"(?:0\d{2,3}-?)?\d{7,8}|1[3-9]\d{9}")
# A sentence that leaves a place's firms out of this notice, and the place it names first.
_LEFT_OUT = lazy(r"不在本(?:通知|次)[^。；，,]{0,4}范围|不适用(?:于)?本(?:通知|次)|(?:本次)?不(?:受理|接收|纳入)[^。；，,]{0,8}(?:企业|申报)"
                 r"|另行(?:组织)?申报|通过(?:自治区|省)[^。；，,]{0,8}(?:渠道|申报)")
_PLACE = lazy(r"(?<![本各全该其])[\u4e00-\u9fff]{2,10}?(?:市|县|区|旗|基地|新区|园区|开发区|示范区|合作区)")
_MINE = lazy(r"(?:我们|我司|本公司|公司|企业|工厂|厂子?|单位)(?:也|都|就)?(?:在|是|位于|注册在|落户|属于|归|地处)$|^(?:在|位于|注册在)$")
_THEIRS = lazy(r"客户|供应商|合作|给|替|跟|去|到|离|以前|原来|之前|曾经|过去|做")
_SOME = lazy(r"中央|省属|市属|国有|已入选|已获|已被|已认定|获评|入选|部分")
_REPORTS = lazy(r"举报|投诉|纪委|监督电话")  # the bureau's line for reporting fraud is no contact for the route


_SELF = lazy(r"(?:我们|我司|本公司|我公司|我们公司|本单位|我单位|作为)(?:是|属于|为)?(?:一家|个)?$")
_OTHERS = lazy(r"(?:给|为|替|和|与|跟|客户|以前是|原来是|曾经是|曾是|原是)$")
_UNDER = lazy(r"^[\u4e00-\u9fff]{0,4}?(?:下属|下面|所属|控股|旗下)?的?(?:子公司|分公司|分支机构)")


def _own_kind(norm: str, m: re.Match) -> bool:
    """The message says the firm is that kind ('我们是市属国企', '央企分公司直接报的话', '市属国企也得…'), not that it works
    for, supplies, or once was one ('我们给央企做配套', '客户是省属国企', '以前是省属国企改制来的')."""
    before, after = norm[max(0, m.start() - 6):m.start()], norm[m.end():]
    if _OTHERS.search(before) or re.match(r"[\u4e00-\u9fff]{0,3}的?(?:供应商|配套|客户|合作|合资|改制)", after):
        return False
    return bool(_SELF.search(before) or m.start() <= 2 or _UNDER.match(after))


@dataclass(frozen=True)
class Route:
    kind: str
    said: tuple[tuple[str, str], ...]  # (clause, sentence) of the route: the rule, its dates, its seal, its contact


_HELD: dict[int, tuple] = {}


def _routes(kb: Knowledge) -> list[tuple[str, str, str]]:
    """(kind, clause, sentence) of every route sentence of the notice, once per notice."""
    held = _HELD.get(id(kb.notice))
    if held is None or held[0] is not kb.notice:
        clauses = [c.clause for c in kb.notice.passages]
        parent = {c.clause: any(x != c.clause and x.startswith(c.clause) for x in clauses) for c in kb.notice.passages}
        said: dict[str, str] = {}  # each sentence once, from the innermost clause that says it
        for c in sorted(kb.notice.passages, key=lambda c: parent[c.clause]):
            for x in (x.strip() for x in _SENT.findall(c.text)):
                if x and not any(x in y or y in x for y in said):
                    said[x] = c.clause
        found = [(kind, clause, x) for x, clause in said.items() if _ROUTE.search(x) for kind, _w in _KINDS  # the kind before its route
                 if any(_ROUTE.search(x, m.start()) for m in re.finditer(kind if kind != "中央" else "中央|央企", x))]
        _HELD[id(kb.notice)] = held = (kb.notice, found, [(clause, x) for x, clause in said.items()])
    return held[1]


def _said(kb: Knowledge) -> list[tuple[str, str]]:
    _routes(kb)
    return _HELD[id(kb.notice)][2]


def _line_of(kb: Knowledge, names: list[str]) -> list[tuple[str, str]]:
    """The notice's own entry naming the route's office with a phone ('市属国有企业：…国有资产监督管理委员会（联系人：周颖；电话：…）'),
    whole: an entry of the units' list whose brackets hold a '；' is cut there by sentences."""
    either = "|".join(map(re.escape, names))
    entry = re.compile(rf"(?:^|(?<=[）)。；\n]))([^（）()。；\n]{{0,16}}?(?:{either})[^（）()。；\n]{{0,30}}(?:[（(][^）)]{{0,80}}[）)])?)")
    for c in kb.notice.passages:
        for m in entry.finditer(c.text):
            if _PHONE.search(m.group(1)) and not _REPORTS.search(m.group(1)):
                return [(c.clause, m.group(1).strip())]
    return []


def route_for(kb: Knowledge, norm: str) -> Route | None:
    """The route of the kind of firm the message says it is ('我们是市属国企', '央企分公司'), or None."""
    for kind, words in _KINDS:
        said = [m for m in re.finditer(words, norm) if not _NOT.search(norm[max(0, m.start() - 3):m.start()]) and _own_kind(norm, m)]
        own = [(clause, s) for k, clause, s in _routes(kb) if k == kind] if said else []  # (read only when a kind is said)
        if said and own:
            to = next((m.group(1) for _c, s in own if (m := _TO.search(s))), "")
            key = re.sub(r"^.*?(?:委|局|厅)(?=[\u4e00-\u9fff]{2,})", "", to)  # '市经信委质量处' -> '质量处'; '市国资委'
            key = key if re.search(r"处|科|室|国资委|集团", key) else ""  # not the whole bureau, which every clause names
            more = [(clause, s) for clause, s in _said(kb)
                    if ("直接申报" in s or key and key in s) and s.strip() != own[0][1] and 10 <= len(s.strip()) <= 160
                    and not re.match(r"\s*各?推荐单位", s) and not _REPORTS.search(s)]  # (not the units' own step, nor where to report)
            names = [n for n in (to, to.replace("国资委", "国有资产监督管理委员会"), f"{kind}国有企业：", f"{kind}企业：") if n]
            contact = [x for x in more if _PHONE.search(x[1])][:1] or [
                (c, x) for c, x in _said(kb) if to and to in x and len(x) <= 160
                and (_PHONE.search(x) or re.search(r"\d+\s*室", x)) and not _REPORTS.search(x)][:1] or _line_of(kb, names) or [
                # (the bureau's own line, when the route names only the bureau); a row of a table run into its clause
                (clause, m.group(0)) for clause, x in _said(kb) if key and (m := re.search(
                    rf"{re.escape(key)}[\u4e00-\u9fff（）()\s]{{0,24}}?(?:{_PHONE.pattern})", x))][:1]
            said = _said(kb)
            at = said.index(contact[0]) if contact and contact[0] in said else -1  # and its address on the line after
            if 0 <= at < len(said) - 1 and said[at + 1][0] == contact[0][0] and re.search(r"地址|办公地点", said[at + 1][1]):
                contact = [(contact[0][0], f"{contact[0][1]}{said[at + 1][1]}")]
            rest = [x for x in more if x not in contact and not contact or x[1] not in contact[0][1]][:4]
            return Route(kind, tuple(dict.fromkeys([*own[:1], *rest, *contact])))
    return None


@per_object
def _left_out(n) -> tuple[tuple[str, str, str], ...]:
    """(the place, clause, sentence) of each sentence that leaves a place of the notice out of it."""
    found, served = [], {n.places[u.district].name for u in (n.units.items if n.units else ()) if u.district in n.places}
    for c in n.passages:
        for x in (x.strip() for x in _SENT.findall(c.text)):
            if (cue := _LEFT_OUT.search(x)) and (place := next((m for m in _PLACE.finditer(x, 0, cue.start())
                                                                  if m.group(0) not in n.meta.region + n.meta.issuer), None)):
                if _SOME.search(x, place.end(), cue.start()) or place.group(0) in served:
                    continue  # '…高新区内的中央在绵企业不在本通知范围内', '来凤县已入选省级…的企业': only some of its firms
                found.append((place.group(0), c.clause, x))
    inner = {x: max((c for _p, c, y in found if y == x), key=len) for _p, _c, x in found}  # '二（三）', not '二' that holds it
    return tuple(dict.fromkeys((p, inner[x], x) for p, _c, x in found))


def left_out(kb: Knowledge, norm: str) -> Route | None:
    """'我们是定州的企业', '厂在宁东，报灵武吗': the notice's sentence that leaves the firm's place out."""
    for place, clause, sentence in _left_out(kb.notice):
        for name in dict.fromkeys((place, place[:-1] if len(place) == 3 else place[:2])):  # '定州', '宁东'
            for m in re.finditer(re.escape(name), norm):
                before, after = norm[max(0, m.start() - 6):m.start()], norm[m.end():m.end() + 6]
                if _NOT.search(before) or _THEIRS.search(before):
                    continue
                if _MINE.search(before) and not re.match(r"[^，,。]{0,2}?(?:路|街|大道|特产)", after) \
                        or re.match(r"(?:[市县区旗]|基地)?(?:的)?(?:企业|公司|工厂|厂|单位)", after):  # not '定州路上', '定州特产'
                    return Route("", ((clause, sentence),))
    return None


def route_section(route: Route, en: bool) -> Section:
    lines = [f"• {s}" for _c, s in route.said]
    return Section("Application route" if en else "申报途径", ("The notice says:" if en else "通知写明：", *lines),
                   tuple(dict.fromkeys(c for c, _s in route.said)))
