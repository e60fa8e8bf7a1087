"""An attachment the notice lists but the text leaves out (a web page's copy without its downloads: '附件：1.… 2.各县（市、区）
经信部门联系方式'): a question on what it holds is told so, with where the notice says to get it and whom to ask, rather
than answered as if the notice were silent."""

from __future__ import annotations

import re

from .memo import per_object
from .phrasing import Section, contact_line
from .values import lazy

# What each kind of attachment holds, and the words of a question on it.
_KINDS = ((lazy(r"联系方式|联系人|推荐单位|通讯录|联络"), lazy(r"找谁|电话|联系人|联系方式|手机|座机|谁负责|对接|地址")),
          (lazy(r"评分|评价|指标|打分|评审标准"), lazy(r"评分|打分|分值|多少分|权重|得分|占[^，。？?]{0,4}分|评分标准")),
          (lazy(r"申报书|模板|提纲|样表|格式"), lazy(r"模板|样表|提纲|申报书[^，。？?]{0,6}(?:格式|样式|下载|什么样|长啥样)")))
_INSIDE = r"(?:[^，。？?]{0,3}(?:里|中|上|内)|[^，。？?]{0,10}(?:内容|写了|有哪些|多少|电话|联系人))"  # what it holds ('附件2里…的电话')
_LOCAL = lazy(r"[县镇乡旗]|(?<!市)区|街道|推荐单位|各地|当地|本地")  # a unit asked for, not the city's own hotline
_GET = lazy(r"[^。；\n]*(?:附件[^。；\n]{0,30}(?:下载|获取|领取)|(?:下载|获取)[^。；\n]{0,20}附件)[^。；\n]*")


@per_object
def missing(n) -> tuple[tuple[int, str], ...]:
    """(number, title) of each attachment the notice lists that its text does not hold."""
    listed = [(int(m.group(1)), m.group(2).strip()) for x in (n.attachments.items if n.attachments else ())
              if (m := re.match(r"附件\s*(\d{1,2})\s*[:：.．、]?\s*(.*)", x))]
    held = {int(m.group(1)) for c in n.passages if (m := re.match(r"附件\s*(\d{1,2})", c.clause))}
    return tuple((k, t) for k, t in listed if k not in held and not re.search(r"见正文|见本通知|见第.{1,6}[条部分项]|详见", t))  # ('（见正文第七条）')


def missing_annex(kb, norm: str, en: bool, answered: str = "") -> Section | None:
    """The note for a question on an attachment left out of the text; for one that names an attachment ('要填附件3吗'),
    what it is and the sentence that names it, when the reply does not say so already; else None."""
    gone = missing(kb.notice)
    if (named := _named(kb.notice, norm)) and named[1] not in answered and not re.search(rf"附件\s*{named[0]}(?!\d){_INSIDE}", norm):
        k, title, said, where = named  # '我们企业要填附件3吗': what it is, and who does what with it
        line = f"附件{k}是“{title}”。" + (f"通知写明：“{said}”" if said else "") + ("（这份通知文本没有附上这个附件。）" if k in dict(gone) else "")
        return Section(f"Attachment {k}" if en else f"附件{k}", (f"Attachment {k} is “{title}”." if en else line,),
                       (kb.notice.attachments.clause, *((where,) if where else ())))
    asked = [(k, t) for k, t in gone if re.search(rf"附件\s*{k}(?!\d){_INSIDE}", norm)] or [  # not '附件4那个表谁填'
        (k, t) for k, t in gone for kind, words in _KINDS if kind.search(t) and words.search(norm)
        and not (kind is _KINDS[0][0] and (kb.notice.units or not _local(kb, norm)))]  # (a unit's, not the city's hotline)
    if not asked:
        return None
    k, title = asked[0]
    get = next((re.sub(r"^[\u4e00-\u9fff]{2,8}[：:]", "", m.group(0).strip()) for c in kb.notice.passages if (m := _GET.search(c.text))), "")
    pol = kb.notice.consultation.any()
    zh = f"这份通知文本没有附上附件{k}（{title}），其中的内容我无法给出。" + (f"通知写明：“{get}”。" if get else "") + \
        (f"也可先咨询{contact_line(pol)}。" if pol else "")
    return Section("Attachment not included" if en else "附件未附上", (f"Attachment {k} ({title}) is not included in this copy of the notice."
                                                                  if en else zh,), (kb.notice.attachments.clause,))


def _named(n, norm: str) -> tuple[int, str, str, str] | None:
    """(number, title, the sentence that names it, its clause) of the attachment a message names ('附件3'), when listed."""
    m = re.search(r"附件\s*(\d{1,2})(?!\d)", norm)
    title = next((t.split("：", 1)[-1].strip() for t in (n.attachments.items if n.attachments and m else ())
                  if re.match(rf"附件\s*{m.group(1)}\s*[:：.．、]", t)), "") if m else ""
    if not title:
        return None
    k = int(m.group(1))
    said = min(((c.clause, x.strip()) for c in n.passages if c.clause != n.attachments.clause and not c.clause.startswith("附件")
                for x in re.split(r"(?<=[。；;])", c.text) if re.search(rf"附件\s*{k}(?!\d)", x) and len(x) <= 200), key=lambda h: len(h[1]), default=("", ""))
    return k, title, said[1], said[0]


def _local(kb, norm: str) -> bool:
    """The message asks of a place's unit ('钟阳市的企业找县里谁', '京岭市经信局联系人'), not of the city's own hotline."""
    region = kb.notice.meta.region or ""
    return bool(_LOCAL.search(norm)) or any(m.group(0) not in region and region[:2] not in m.group(0)
                                            for m in re.finditer(r"(?<![找问])[\u4e00-\u9fff]{2,3}[市县区](?=[\u4e00-\u9fff])", norm))
