"""Module fixtures for one fictional notice: its ingested data and an answerer over it, shared by the layout tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.answer import Answerer
from knowledge.ingest import ingest
from knowledge.loader import _shared
from knowledge.model import load_knowledge


def notice_fixtures(path: Path):
    """(data, bot): the notice as ingested (a dict) and an answerer built on it, each once per module."""

    @pytest.fixture(scope="module")
    def data() -> dict:
        return ingest(path.read_text(encoding="utf-8"), _shared()[1]).data

    @pytest.fixture(scope="module")
    def bot() -> Answerer:
        return Answerer(load_knowledge(path))

    return data, bot
