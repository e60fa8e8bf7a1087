"""A stage before the application itself ('网上预登记', '第一阶段：意向申报'): when a message names it after it has
closed, the notice's rule for those who missed it ('未进行网上预登记的，不予受理正式申报') comes first, and no countdown
to the application's own deadline that such a firm cannot meet."""

from __future__ import annotations

import datetime as dt
import re

from .model import Knowledge, parse_deadline
from .phrasing import when_text
from .values import lazy

_STAGE = lazy(r"预登记|预申报|预报名|意向")
_MISSED = lazy(r"没|未|忘|错过|来不及|赶上|漏|过了")
_DONE = lazy(r"(?:已经?|早就?|都)[^。，,？?]{0,4}(?:填|交|完成|做|报|提交)|通过(?:了)?初核|(?:完成|做完|填完|交完)了?(?:预登记|意向)")
_BARRED = lazy(r"不予受理|不得|不能|不再受理|不受理|无法")


def missed_stage(kb: Knowledge, now: dt.datetime, norm: str) -> tuple[str, str, str] | None:
    """(line, English line, clause) for the closed stage the message names, with the rule for missing it; None otherwise."""
    sub = kb.notice.submission
    if sub is None or not _STAGE.search(norm) or not _MISSED.search(norm) or _DONE.search(norm):
        return None  # not '我们已完成预登记，正式申报还剩几天'
    for x in sub.deadlines:
        if not _STAGE.search(x.label) or parse_deadline(x.when, kb.tz, kb.notice_path) > now:
            continue
        rule = next((s.strip().rstrip("。；;") for c in kb.notice.passages for s in re.split(r"(?<=[。；;])", c.text)
                     if _STAGE.search(s) and _BARRED.search(s) and re.search(r"未|没有|不(?!予|得|能|再|受)", s)), "")
        said = f"通知写明：“{rule}”" if rule else "请向推荐单位或咨询电话确认能否继续申报"
        return (f"注意：{x.label}已于{when_text(kb, x.when)}截止。{said}。",
                f"Note: the stage “{x.label}” closed on {when_text(kb, x.when, True)}." + (f" The notice: “{rule}”." if rule else ""),
                x.clause)
    return None
