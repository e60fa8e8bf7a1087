"""Shared fixtures: the bundled knowledge base and an answerer built once per session."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.answer import Answerer  # noqa: E402
from knowledge.model import load_knowledge  # noqa: E402

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
BEFORE = dt.datetime(2024, 2, 20, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture(scope="session")
def kb():
    return load_knowledge()


@pytest.fixture(scope="session")
def answerer(kb):
    return Answerer(kb)


@pytest.fixture()
def router(answerer, tmp_path):
    """A chat router on the bundled notice with its own SQLite file, clocked before the deadline."""
    from assistant.router import Router
    from storage.checklist import ChecklistStore
    from storage.db import Store
    store = Store(tmp_path / "bot.sqlite3")
    yield Router(answerer, ChecklistStore(store), lambda: BEFORE)
    store.close()


@pytest.fixture()
def ask(answerer):
    """Ask a question before the deadline unless a time is given."""
    def _ask(question: str, now: dt.datetime = BEFORE):
        return answerer.answer(question, now)
    return _ask
