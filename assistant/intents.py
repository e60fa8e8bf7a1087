"""Plain-language messages: checklist talk (“第3项完成了”), district talk, and questions for the knowledge base."""

from __future__ import annotations

import datetime as dt
import os

from knowledge.context import Turn
from storage.checklist import UserKey
from storage.context import ContextStore

from .types import Button, Incoming, Reply
from .view import TalkKind

CONTEXT_MINUTES = 10  # a follow-up is read against the previous turn for this long (BOT_CONTEXT_MINUTES)


def context_ttl() -> dt.timedelta:
    """BOT_CONTEXT_MINUTES (default 10; 0 turns conversation context off)."""
    try:
        minutes = float(os.environ.get("BOT_CONTEXT_MINUTES", CONTEXT_MINUTES))
    except ValueError:
        minutes = CONTEXT_MINUTES
    return dt.timedelta(minutes=max(0.0, min(minutes, 24 * 60)))


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
        now, contexts = self.now(), self._contexts()
        saved = contexts.get(user, now)
        answer = self.answerer.answer(text, now, home=self.store.district(user),
                                      context=Turn.from_json(saved) if saved else None)
        if answer.turn:
            contexts.put(user, answer.turn.as_json(), now)
        buttons = tuple((self._district_button(k),) for k in answer.district_choices)
        buttons += tuple((Button(label, said),) for label, said in answer.choices)
        return Reply(prefix + answer.text, buttons=buttons, matched=answer.matched or bool(prefix),
                     topic=answer.intents[0] if answer.intents else "", clause=answer.sources[0] if answer.sources else "",
                     gap=answer.gap)

    def _contexts(self) -> ContextStore:
        """Each person's last turn, in the same database as their checklist."""
        store = self.__dict__.get("_context_store")
        if store is None:
            store = self.__dict__["_context_store"] = ContextStore(self.store.store, context_ttl())
        return store
