"""Which seals the application needs, read from the clauses near the deadline: the sentence naming the most seals, each
other seal said elsewhere with its subject, seals said in brackets after a document, and a table's seal column."""

from __future__ import annotations

import re

from . import facts
from .outline import Node
from .sections import strip_end

_FORM = r"((?:申报|申请|推荐)(?:信息表|表|书)|信息表|申请表|推荐表)"

_SEAL = re.compile(r"((?:(?<=[，,])[\u4e00-\u9fff]{1,4}(?=加盖))?(?:(?:由|需|须|应|经(?![验济营费理办历])|可)[^。；，（(]{0,16}?)?"
                   r"加盖[^。；]*?章(?:[^。；]*?章)*"
                   r"|(?:须经|需经|应经|经)[^。；，]{0,30}?盖章"
                   # '纸质材料上的单位公章和推荐单位印章均须为实物鲜章': what kind of seal each must be
                   r"|[^。；，]{0,24}?章[^。；，]{0,6}?(?:须为|应为|必须为|须使用|应使用|必须使用)[^。；，]{0,8}?(?:鲜章|实物章|原章|电子(?:公章|印章|签章)))"
                   r"(?=后提交|后寄|后报送|[^。；章]*$|[，。；）)（(]|$)")


_SUBJECT = re.compile(r"(?:^|[，,；;：:。])\s*([^，,；;：:。]{1,24})$")
_SEALED = re.compile(r"(?:封面|首页|[表书函件页]|材料)[》”）)]?$")
_NOT_SUBJECT = re.compile(r"请|于|将|报送|提交|上传|打印|以下|如下|要求|后$|时$|前$|^(?:上述|以上|前述|下列|所有|全部)")
_SEAL_KIND = re.compile(r"(\S)章")  # 公章, 骑缝章, 专用章, 法人章: told apart by the character before 章


def _seals(nearby: list[Node]) -> tuple[list[Node], str] | None:
    """Which seals the application needs: the sentence part naming the most seals (nearest first), then each other
    sentence that names a kind of seal it does not ('…装订成册后须在封面加盖公章，并加盖骑缝章'), with its subject."""
    found = []
    for n in nearby:
        for sent in (re.sub(r"\s*\d+\s*$|^(?:是|需要?)[（(]|[)）]$", "", cell) for x in [*_rows(n), *facts.sentences(n.text)] for cell in _cells(x)  # cells
                     for cell in _asides(cell)):
            m = _SEAL.search(sent)
            if m:
                phrase = re.sub(r"^(?:同时|并|请|将)+", "", m.group(1)).strip("，, ")
                found.append((phrase.count("章"), n, phrase, sent, m))
    if not found:
        return None
    # The form's own seals lead (the answer reads '申报表' + them); a sentence about the bound copies comes after.
    form = [x for x in found if re.search(_FORM, x[3])] or found
    top = max(x[0] for x in form)
    _c, n, phrase, _s, _m = next(x for x in form if x[0] == top)
    said = _SUBJECT.search(_s[:_m.start(1)])  # '申报书封面、信用承诺书须加盖…': what is sealed, kept with the rule
    subject = re.sub(r"(?:均|都|一律|统一)$", "", said.group(1).strip().rstrip("（(")) if said else ""  # '区推荐表（由…加盖公章）'
    if _SEALED.search(subject) and (not _NOT_SUBJECT.search(subject) or phrase.startswith("可")):
        phrase = subject + phrase  # '网上提交的申报信息表和承诺书可加盖电子公章': what may bear it, kept
    kinds, parts, where = _seal_kinds(phrase), [phrase], [n]
    titled = re.search(r"盖章|印章|用印", n.heading)  # a clause of its own on seals: every rule of it, in its order
    for _c, other, said, sent, m in found:
        new = _seal_kinds(said) - kinds
        if not (new or titled and other is n and said not in phrase and not any(said in x for x in parts)) or other.annex:
            continue
        lead, title = sent[:m.end(1)], re.sub(r"[（(][^）)]*[)）]|[：:]$", "", (other.heading or "").split("。")[0])  # its run-in title
        if other.heading and lead.startswith(other.heading) and not re.search(r"[。；：:]$", other.heading):
            lead = lead[len(other.heading):].lstrip("：")  # a heading ('盖章要求') run into its first sentence
        lead = title + lead if re.match(r"(?:由|须|应|需)", lead) and 2 <= len(title) <= 12 else lead  # '（三）信用承诺书。由…签字并加盖…'
        parts.append(strip_end(lead) if len(lead) <= 60 else said)
        kinds |= new
        where.append(other)
    return list(dict.fromkeys(where)), "；".join(p + "）" * (p.count("（") - p.count("）")) for p in parts)  # '（电子签章）'


def _rows(n: Node) -> list[str]:
    """The rows of a table in a clause's own lines ('2 | 营业执照 | 1份 | 加盖公章 | 复印件'), header rows left out."""
    return [t for t, _, _ in n.lines if t.count("|") + t.count("｜") >= 3 and not re.search(r"[|｜]\s*(?:是否盖章|盖章要求|材料名称)\s*[|｜]", t)]


def _cells(text: str) -> list[str]:
    """A table row's item with each of its seal cells ('营业执照加盖公章'); a text run through several rows gives none."""
    if text.count("|") + text.count("｜") < 3:
        return text.split("\t")
    cells = [c.strip() for c in re.split(r"[|｜]", text) if c.strip() and not re.fullmatch(r"\d{1,2}[.．、]?", c.strip())]
    if "\n" in text.strip() or len(cells) > 8 or not cells:
        return []
    return [f"{cells[0]}{c}" for c in cells[1:] if "章" in c and not re.match(r"(?:无需|不需|不必|免|—)", c)]


_ASIDE_SEAL = re.compile(r"([^（()）、，,；;：:]{2,24}?)[（(]([^（()）]*?加盖[^（()）]*?章[^（()）]*)[）)]")


def _asides(sent: str) -> list[str]:
    """A sentence, and each seal said in brackets after a document ('推荐函（加盖推荐单位公章）、…申报信息表（…加盖企业
    公章）') as a sentence of its own ('推荐函加盖推荐单位公章'); the sentence itself without them."""
    found = [m.group(1).removeprefix("以及").removeprefix("及") + m.group(2) for m in _ASIDE_SEAL.finditer(sent)]
    return [*found, _ASIDE_SEAL.sub(lambda m: m.group(1), sent)] if found else [sent]


def _seal_kinds(phrase: str) -> set[str]:
    """The kinds of seal a phrase names (公章, 骑缝章…), and whether another body seals it ('经推荐单位…加盖公章')."""
    return set(_SEAL_KIND.findall(phrase)) | ({"经"} if re.search(r"(?:经|由)[^。；]{0,30}?(?:盖章|加盖)", phrase) else set())
