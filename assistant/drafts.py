"""Draft pre-check in chat: pasted sections and sent files, with an offer to tick the matching items."""

from __future__ import annotations

import re

from storage.checklist import UserKey

from .types import Button, Command, Incoming, Reply

MAX_PASTE_CHARS = 30_000  # a pasted draft section to check may be long
PASTE = re.compile(r"^(请|麻烦)?(帮我|帮忙)?(?P<verb>检查|预检|查一下|查查|看看|看一下)(一下)?(我的|这段|这个)?"
                   r"(?P<part>[^：:\n]{0,24}?)[：:]\s*(?P<body>.+)$", re.S)


# "看看摘要：要写多少字？", "查一下：闵行联系人是谁": a question after the colon, not a draft to check.
_QUESTION_END = re.compile(r"(吗|呢|嘛|么|吧|谁|什么|啥|几|多少|哪|怎么|怎样|如何|是否|能否|行不行|可不可以|[?？])[。.!！\s]*$")


def _headings(checker) -> re.Pattern | None:
    """The part headings of the notice, each followed by a colon ('摘要：'), longest first; built once per checker."""
    if not hasattr(checker, "_pasted_heads"):
        names = sorted({n for ns in checker.rules.headings.values() for n in ns}, key=len, reverse=True)
        checker._pasted_heads = re.compile("(" + "|".join(map(re.escape, names)) + ")(?=[：:])") if names else None
    return checker._pasted_heads


def pasted(checker, part_word: str, body: str, asked_to_check: bool = True):
    """“帮我检查摘要：……”: the report on one part's rules; without a part name, on the whole pasted draft. None when
    it is no draft: the words before the colon name no part, the text after it is a short question, or, after a
    mere "看看"/"查一下" (`asked_to_check` False), a short text with no part headings ("帮忙看看：我们是浦东的…")."""
    from drafts.read import read_text
    part, body = part_word.strip(), body.strip()
    key = checker.heading_of(part)[0] if part else None
    heads = _headings(checker)
    whole = heads is not None and len(heads.findall(body)) + bool(key) >= 2  # "检查质量标杆名称：…摘要：…"
    if (part and not key) or (len(body) < 200 and _QUESTION_END.search(body[-12:])) \
            or (not key and not asked_to_check and not whole and len(body) < 200):
        return None
    if whole:
        key, body = None, f"{part}：{body}" if key else body
    if not key and heads and "\n" not in body:  # one line: each heading starts its part
        body = heads.sub("\n\\1", body)
    draft = read_text(body)
    return checker.check(draft, only=key) if key else checker.check(draft)


def paste_report(checker, text: str):
    """The report on a pasted draft ("检查摘要：……", "帮我检查：<全文>"), or None when the message is no draft."""
    m = PASTE.match(text.strip())
    if not m or len(text) > MAX_PASTE_CHARS:
        return None
    return pasted(checker, m.group("part"), m.group("body"), m.group("verb") in ("检查", "预检"))


def check_guide(kb) -> str:
    """What /check does and the ways to send a draft."""
    if kb.notice.draft_rules is None:
        return "本期通知没有可供预检的稿件要求（各部分与字数），暂不能预检稿件。"
    parts = "、".join(p.title for p in kb.notice.materials.parts)
    return ("📝 稿件预检：按通知对总结材料的要求（各部分及顺序、字数、命名、格式）检查您自己写的稿件。\n"
            f"• 各部分：{parts}（{kb.notice.materials.clause}）\n"
            "• 检查一个部分：发送“检查摘要：……”（把部分名称换成您要查的部分）\n"
            "• 检查整篇：发送“/check ”加全文，或在 Telegram、企业微信里直接把 .docx / .txt / .md 文件发给我\n"
            "• 在电脑上：python bot.py check 稿件.docx")


class DraftsFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def _checker(self):
        from drafts.check import DraftChecker
        if not hasattr(self, "_draft_checker"):
            self._draft_checker = DraftChecker(self.kb)
        return self._draft_checker

    def _tick_offer(self, report, docx: bool) -> tuple[tuple[Button, ...], ...]:
        """After a passing full check, offer (never force) to tick the matching checklist items."""
        if not report.ok:
            return ()
        wanted = {"materials"} | ({"format"} if docx else set())
        numbers = [i for i, s in enumerate(self.view.steps, 1) if s.guide_from in wanted]
        return tuple((Button(f"✅ 标记第 {n} 项完成：{self.view.steps[n - 1].title}", f"/done {n}"),) for n in numbers)

    def check_pasted(self, user: UserKey, text: str) -> Reply | None:
        """“帮我检查摘要：……”: one part's rules; without a part name, the whole pasted draft; None: not a draft."""
        from drafts.report import render
        if self.kb.notice.draft_rules is None or (report := paste_report(self._checker(), text)) is None:
            return None
        return Reply(render(report), buttons=() if report.only else self._tick_offer(report, False))

    def cmd_check(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """/check: how to pre-check a draft; "/check 摘要：……" or "/check <whole draft>" checks the text given."""
        from drafts.read import read_text
        from drafts.report import render
        if not args or self.kb.notice.draft_rules is None:
            return Reply(check_guide(self.kb))
        report = paste_report(self._checker(), f"检查{args}") or self._checker().check(read_text(args))  # "/check 摘要：…"
        return Reply(render(report), buttons=() if report.only else self._tick_offer(report, False))

    def check_document(self, inc: Incoming, data: bytes, filename: str) -> Reply:
        """A .docx/.txt/.md sent in chat: the same check as `bot.py check`."""
        from drafts.read import DraftError, read_bytes
        from drafts.report import render
        try:
            draft = read_bytes(data, filename)
        except DraftError as exc:
            return Reply(f"无法检查“{filename[:60]}”：{exc}", matched=False)
        report = self._checker().check(draft)
        return Reply(render(report, filename[:60]), buttons=self._tick_offer(report, draft.source == "docx"))


COMMANDS: tuple[Command, ...] = (
    Command("check", "稿件预检：/check 加全文，或“检查摘要：……”", "Pre-check my draft", DraftsFeature.cmd_check, args="稿件"),
)
