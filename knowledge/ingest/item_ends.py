"""Where a numbered item of the outline ends: a paragraph after a blank line that speaks of the whole list."""

from __future__ import annotations

import re

from .tree import Node


def leaves_item(stack: list[Node], text: str) -> bool:
    """The paragraph `text`, after a blank line, belongs to the list's clause rather than to its last item."""
    return (_closed_item(stack) or _field_block_done(stack, text)) and not _leads_on(stack[-1], text)


def _leads_on(item: Node, text: str) -> bool:
    """A lead-in to a list that goes on about the item above ('（三）市级专家评审。…' / '专家评审主要依据以下标准：'),
    not about the whole list ('有下列情形之一的，不予推荐：'): it ends with a colon and shares the item's title words."""
    title = re.split(r"[。，；]", item.heading)[0][:12]
    return text.endswith(("：", ":")) and any(title[i:i + 2] in text for i in range(len(title) - 1))


def _closed_item(stack: list[Node]) -> bool:
    """The innermost clause is a numbered item (with a parent) written on one line that ends its sentence."""
    top = stack[-1]
    return len(stack) >= 2 and top.level >= 2 and stack[-2].level >= 1 and not top.lines and not top.children \
        and (top.heading.endswith(("。", "；", ";")) or _CONTACT_END.search(top.heading)) and len(stack[-2].children) >= 2


_CONTACT_END = re.compile(r"(?:@[\w-]+(?:\.[\w-]+)+|\d{3,4}-?\d{7,8})\s*$")  # a contact's row ends with its mailbox or phone

# A unit's field line ('联系人：…', '电话：…', '地址：…').
_FIELD_LINE = re.compile(r"^\s*(?:联系人|联络人|联系电话|电话|手机|办公电话|地址|办公地址|联系地址|邮箱|电子邮箱|传真|邮编)\s*(?:及电话)?\s*[:：]")


def _field_block_done(stack: list[Node], text: str) -> bool:
    """The last item is a unit's block of field lines under its name ('（十）…经济发展局' / '联系人：…' / '地址：…'), among
    siblings, and the paragraph is no field of it ('政策咨询：…'): the list's, not the unit's."""
    top = stack[-1]
    return len(stack) >= 2 and top.level >= 2 and not top.children and len(stack[-2].children) >= 2 and bool(top.lines) \
        and all(_FIELD_LINE.match(t) for t, _, _ in top.lines) and not _FIELD_LINE.match(text)
