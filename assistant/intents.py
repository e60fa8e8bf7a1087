"""Plain-language messages: checklist talk (“第3项完成了”), district talk, and questions for the knowledge base."""

from __future__ import annotations

from storage.checklist import UserKey

from .types import Button, Incoming, Reply
from .view import TalkKind


class TalkFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def _talk(self, user: UserKey, text: str, inc: Incoming) -> Reply:
        talk = self.view.read(text)
        if talk.kind == TalkKind.DONE and talk.numbers:
            return self.cmd_done(user, str(talk.numbers[0]), inc)
        if talk.kind == TalkKind.UNDO and talk.numbers:
            return self.cmd_undo(user, str(talk.numbers[0]), inc)
        if talk.kind == TalkKind.DONE and talk.steps:
            if len(talk.steps) == 1:
                return self.cmd_done(user, str(talk.steps[0]), inc)
            options = [Button(f"{n}. {self.view.steps[n - 1].title}", f"/done {n}") for n in talk.steps]
            return Reply("您指的是哪一项？请回复 /done 编号：\n" + "\n".join(b.label for b in options),
                         buttons=tuple((b,) for b in options))
        if talk.kind == TalkKind.PROGRESS:
            return self.cmd_progress(user, "", inc)
        if talk.kind == TalkKind.NEXT:
            return self.cmd_next(user, "", inc)
        prefix = ""
        if talk.kind == TalkKind.DISTRICT:
            res = self.answerer.resolver.resolve(text)
            if res.resolved and len(res.districts) == 1:
                self.store.set_district(user, res.districts[0])
                prefix = f"📍 已记住：您所在区为{self.answerer.resolver.display_name(res.districts[0])}。\n\n"
        answer = self.answerer.answer(text, self.now(), home=self.store.district(user))
        buttons = tuple((self._district_button(k),) for k in answer.district_choices)
        return Reply(prefix + answer.text, buttons=buttons, matched=answer.matched or bool(prefix))
