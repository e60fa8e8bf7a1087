"""Answer feedback: 👍/👎 under each answer (“有用 / 没用” on text channels), one optional masked comment after 👎."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from storage.checklist import UserKey
from storage.feedback import FeedbackStore, LastAnswer
from storage.stats import StatsStore

from .masking import mask
from .types import Button, Command, Incoming, Reply, ReplyKind

UP_WORDS = frozenset({"有用", "有帮助", "很有用", "👍", "赞", "好评", "useful", "helpful"})
DOWN_WORDS = frozenset({"没用", "没有用", "无用", "没帮助", "没有帮助", "不对", "👎", "差评", "notuseful", "useless"})
SKIP_WORDS = frozenset({"跳过", "不用了", "算了", "没有", "skip"})
RATE_WINDOW = dt.timedelta(hours=24)  # "有用" long after an answer is not about it
COMMENT_WINDOW = dt.timedelta(minutes=30)
MAX_CLAUSE = 40
_PUNCT = re.compile(r"[\s!！。.,，~～、]+")
ASK_COMMENT = ("收到，抱歉这次没帮上忙。可以用一句话告诉我们哪里不对吗？\n"
               "（下一条消息会作为意见记录下来、不会被回答；请勿写电话等个人信息。回复“跳过”即可跳过。）")


def _word(text: str) -> str:
    return _PUNCT.sub("", text).lower()


class FeedbackFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def _iso_now(self) -> str:
        return self.now().astimezone(dt.UTC).isoformat(timespec="seconds")

    def after_answer(self, user: UserKey, text: str, reply: Reply) -> Reply:
        """Count the answer, keep a gap for operators, and offer 👍/👎 under an answer about a topic."""
        now = self.now()
        with self.store.store.transaction():  # one commit for the counter, the gap and the rateable answer
            StatsStore(self.store.store).count_answer(now.astimezone(self.kb.tz).date().isoformat(), self.kb.round_id,
                                                      user.channel, reply.matched)
            if reply.gap:
                self.record_gap(user, text)
            if not (reply.topic and reply.matched and not reply.buttons and reply.kind == ReplyKind.TEXT):
                return reply
            clause = reply.clause[:MAX_CLAUSE]
            FeedbackStore(self.store.store).remember(user, reply.topic, clause, self._iso_now())
        return dataclasses.replace(reply, buttons=((self._rate_button(True, reply.topic, clause),
                                                     self._rate_button(False, reply.topic, clause)),))

    def _rate_button(self, up: bool, topic: str, clause: str) -> Button:
        data = f"/rate {'up' if up else 'down'} {topic} {clause}".strip()
        if len(data.encode()) > 64:  # Telegram's callback_data limit: rate "the last answer" instead
            data = f"/rate {'up' if up else 'down'}"
        return Button("👍 有用" if up else "👎 没用", data, "有用" if up else "没用")

    def feedback_talk(self, user: UserKey, text: str) -> Reply | None:
        """A typed 有用/没用 about the last answer, or the comment after a 👎; None when the message is neither."""
        last = FeedbackStore(self.store.store).last(user)
        if last is None:
            return None
        age = self.now().astimezone(dt.UTC) - dt.datetime.fromisoformat(last.at)
        word = _word(text)
        if last.awaiting and last.feedback_id is not None and age <= COMMENT_WINDOW and not text.startswith("/"):
            if word in SKIP_WORDS:
                FeedbackStore(self.store.store).stop_waiting(user)
                return Reply("好的，不写意见也没关系。有问题随时问我。")
            if word in UP_WORDS | DOWN_WORDS:
                return self._vote(user, last, word in UP_WORDS, last.topic, last.clause)
            masked = mask(text, 500)
            if not masked.strip():
                return Reply("意见是空的，没有记录。可以再写一句，或回复“跳过”。", matched=False)
            FeedbackStore(self.store.store).comment(user, last.feedback_id, masked)
            return Reply("谢谢，您的意见已记录（电话、邮箱、证件号等个人信息已去除），我们会据此完善回答。")
        if word in UP_WORDS | DOWN_WORDS and age <= RATE_WINDOW:
            return self._vote(user, last, word in UP_WORDS, last.topic, last.clause)
        return None

    def cmd_rate(self, user: UserKey, args: str, inc: Incoming) -> Reply:
        """A 👍/👎 button: `/rate up|down [topic clause]` (without a topic it rates the last answer)."""
        vote, _, rest = args.strip().partition(" ")
        if vote not in ("up", "down"):
            return Reply("用法：在回答下面点 👍 或 👎，或直接回复“有用”“没用”。", matched=False)
        store = FeedbackStore(self.store.store)
        last = store.last(user)
        topic, _, clause = rest.strip().partition(" ")
        if not topic:
            if last is None:
                return Reply("没有找到要评价的回答：请先提一个问题。", matched=False)
            topic, clause = last.topic, last.clause
        known = getattr(getattr(self.kb, "lexicon", None), "intents", {}) or {}
        if topic not in known or len(clause) > MAX_CLAUSE or not clause.isprintable():
            return Reply("这个评价按钮已失效，请直接回复“有用”或“没用”。", matched=False)
        return self._vote(user, last, vote == "up", topic, clause)

    def _vote(self, user: UserKey, last: LastAnswer | None, up: bool, topic: str, clause: str) -> Reply:
        same = last is not None and last.topic == topic and last.clause == clause
        now = self.now()
        FeedbackStore(self.store.store).vote(user, self.kb.round_id, now.astimezone(self.kb.tz).date().isoformat(), topic,
                                             clause, up, self._iso_now(), last.feedback_id if same else None)
        if up:
            return Reply("👍 谢谢您的评价！", kind=ReplyKind.ACK)
        return Reply(ASK_COMMENT, buttons=((Button("跳过", "跳过"),),))


HIDDEN: tuple[Command, ...] = (
    Command("rate", "评价回答（👍/👎 按钮）", "Rate an answer", FeedbackFeature.cmd_rate, menu=False, args="up|down"),
)
