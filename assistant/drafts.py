"""Draft pre-check in chat: pasted sections and sent files, with an offer to tick the matching items."""

from __future__ import annotations

import re

from storage.checklist import UserKey

from .types import Button, Incoming, Reply

MAX_PASTE_CHARS = 30_000  # a pasted draft section to check may be long
PASTE = re.compile(r"^(请|麻烦)?(帮我|帮忙)?(检查|预检|查一下|查查|看看|看一下)(一下)?(我的|这段|这个)?"
                   r"(?P<part>[^：:\n]{0,24}?)[：:]\s*(?P<body>.+)$", re.S)


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

    def check_pasted(self, user: UserKey, part_word: str, body: str) -> Reply:
        """“帮我检查摘要：……”: one part's rules; without a part name, the whole pasted draft."""
        from drafts.read import read_text
        from drafts.report import render
        checker = self._checker()
        key = checker.heading_of(part_word.strip())[0] if part_word.strip() else None
        draft = read_text(body)
        report = checker.check(draft, only=key) if key else checker.check(draft)
        return Reply(render(report), buttons=() if key else self._tick_offer(report, False))

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
