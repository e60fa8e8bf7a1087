"""Property-based fuzzing of the whole conversation core: any message gets a reply, invalid ones change nothing."""

from __future__ import annotations

import pytest
from conftest import BEFORE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.router import COMMANDS, Router
from assistant.types import Incoming
from storage.checklist import ChecklistStore
from storage.db import USER_TABLES, Store

NAMES = [c.name for c in COMMANDS] + ["toggle", "nosuch", "DONE"]
WEIRD = "❸①⑳❶❿➀➉⓵⓾²٣１２𝟙Ⅻ½一二十零两百-~至到,，、 第项步0123456789\x00\u200b😀'\";%_<>&/@#"
ARG = st.text(alphabet=WEIRD, max_size=12) | st.text(max_size=20)
PHRASES = ["第3项完成了", "撤销第2项", "第二步做完了", "我做到哪一步了", "下一步", "我是闵行的", "漕河泾", "确认", "取消",
           "盖章已经办好了", "截止时间", "帮我检查摘要：", "我该找谁", "ddl", "浦东电话"]
MESSAGE = st.one_of(
    st.builds(lambda name, at, arg: f"/{name}{at} {arg}", st.sampled_from(NAMES), st.sampled_from(["", "@bot", "@x y"]), ARG),
    st.builds(lambda p, tail: p + tail, st.sampled_from(PHRASES), ARG),
    st.text(max_size=40),
    st.text(alphabet=WEIRD, max_size=30),
)


def snapshot(store: Store) -> list:
    """Every record about users. Left out: a pending /forget confirmation (any other reply cancels it, as documented)
    and the conversation context (every answered message replaces it; it is not a record a command changes)."""
    return [store.read(f"SELECT * FROM [{t}] ORDER BY 1, 2") for t in USER_TABLES if t not in ("pending", "context")]


@pytest.fixture(scope="module")
def core(answerer, tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    yield Router(answerer, ChecklistStore(store), lambda: BEFORE, frozenset({"console:officer"}))
    store.close()


@settings(max_examples=10_000, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(text=MESSAGE, user=st.sampled_from(["u1", "u2", "officer"]), channel=st.sampled_from(["console", "telegram"]),
       group=st.booleans())
def test_any_message_gets_a_reply_and_invalid_ones_change_nothing(core, text, user, channel, group):
    before = snapshot(core.store.store)
    reply = core.respond(Incoming(channel, user, text, is_group=group, addressed=not group or text.startswith("/")))
    if group and not text.startswith("/"):
        assert not reply.plain()
    else:
        assert reply.plain().strip()
    if not reply.matched:
        assert snapshot(core.store.store) == before, text
