"""The weekly digest to the officers' WeCom group robot, against the fake WeCom API with an injected clock."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from admin_fixtures import free_port, populate
from fake_wecom import ROBOT_KEY, FakeWeCom

from assistant.router import Router
from assistant.types import Incoming
from handlers.wecom.api import GroupRobot, WeComError
from handlers.wecom.digest import LAST_SENT, DigestSchedule, next_due, post_if_due
from storage.channel_state import ChannelState
from storage.checklist import ChecklistStore
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent
TZ = dt.timezone(dt.timedelta(hours=8))
MONDAY = dt.datetime(2024, 2, 19, 10, 0, tzinfo=TZ)  # before the deadline of the bundled notice


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def open_dialog(answerer, path: Path, clock: Clock) -> Router:
    return Router(answerer, ChecklistStore(Store(path)), clock)


WEEKLY = DigestSchedule()


def post(dialog: Router, fake: FakeWeCom, key: str = ROBOT_KEY, schedule: DigestSchedule = WEEKLY) -> bool:
    async def run() -> bool:
        robot = GroupRobot(key, fake.url)
        try:
            return await post_if_due(dialog, robot, ChannelState(dialog.store.store), schedule)
        finally:
            await robot.close()
    return asyncio.run(run())


def test_weekly_digest_once_per_week_across_restarts(answerer, tmp_path):
    clock = Clock(MONDAY)
    db = tmp_path / "digest.sqlite3"
    dialog = open_dialog(answerer, db, clock)
    populate(dialog)
    with FakeWeCom() as fake:
        assert post(dialog, fake)
        (msg,) = fake.sent("webhook/send")
        assert msg["msgtype"] == "markdown"
        text = msg["markdown"]["content"]
        assert "闵行区：7｜7｜0" in text and "浦东新区：4｜＜3｜＜3" in text and "松江区：＜3｜0｜0" in text and "<3" not in text
        assert "注册资本" in text and "👍 2　👎 <3" not in text and "👍 2　👎 1" in text and "距离截止还有" in text
        assert "<script>" not in text and "＜script＞" in text  # user text made inert in markdown
        for leaked in ("minhang", "9876543", "kf0", "310101199001011234"):
            assert leaked not in text
        assert not post(dialog, fake)  # same slot: nothing more
        dialog.store.store.close()
        restarted = open_dialog(answerer, db, clock)  # a restart (or another worker) finds the slot taken
        assert not post(restarted, fake)
        clock.now = MONDAY + dt.timedelta(days=6, hours=22)  # next Monday 08:00: before the hour
        assert not post(restarted, fake)
        clock.now = MONDAY + dt.timedelta(days=7)
        assert post(restarted, fake) and len(fake.sent("webhook/send")) == 2
        restarted.store.store.close()


def test_failed_post_is_retried(answerer, tmp_path):
    clock = Clock(MONDAY)
    dialog = open_dialog(answerer, tmp_path / "d.sqlite3", clock)
    with FakeWeCom() as fake:
        with pytest.raises(WeComError):
            post(dialog, fake, key="wrong-key")
        assert ChannelState(dialog.store.store).get(LAST_SENT) in (None, "")
        assert post(dialog, fake) and len([p for p in fake.sent("webhook/send") if p]) == 2
    dialog.store.store.close()


def test_schedule():
    weekly = DigestSchedule(7, 1, 9)
    assert next_due(None, weekly, TZ, MONDAY) == dt.datetime(2024, 2, 19, 9, 0, tzinfo=TZ)
    wednesday = dt.datetime(2024, 2, 21, 15, 0, tzinfo=TZ)
    assert next_due(None, weekly, TZ, wednesday) == dt.datetime(2024, 2, 19, 9, 0, tzinfo=TZ)  # first start: post now
    assert next_due(wednesday, weekly, TZ, wednesday) == dt.datetime(2024, 2, 26, 9, 0, tzinfo=TZ)  # back to Monday
    daily = DigestSchedule(1, 1, 18)
    assert next_due(MONDAY, daily, TZ, MONDAY) == dt.datetime(2024, 2, 20, 18, 0, tzinfo=TZ)
    friday = DigestSchedule(14, 5, 9)
    assert next_due(dt.datetime(2024, 2, 23, 9, 1, tzinfo=TZ), friday, TZ, MONDAY) == dt.datetime(2024, 3, 8, 9, 0, tzinfo=TZ)


def test_no_digest_long_after_the_round_closed(answerer, tmp_path):
    clock = Clock(dt.datetime(2024, 3, 4, 10, 0, tzinfo=TZ))  # the Monday after the deadline: one last digest
    dialog = open_dialog(answerer, tmp_path / "d.sqlite3", clock)
    dialog.respond(Incoming("console", "u", "申报需要多少注册资本"))
    with FakeWeCom() as fake:
        assert post(dialog, fake) and "已经截止" in fake.sent("webhook/send")[0]["markdown"]["content"]
        clock.now += dt.timedelta(days=7)
        assert not post(dialog, fake)
        assert not post(dialog, fake, schedule=DigestSchedule(0))
    dialog.store.store.close()


def test_serve_posts_the_digest_and_keeps_admin_closed_without_a_token(tmp_path):
    db = tmp_path / "serve.sqlite3"
    with FakeWeCom() as fake:
        def serve() -> subprocess.Popen:
            port = free_port()
            env = {k: v for k, v in os.environ.items() if not k.startswith(("WECOM_", "TELEGRAM_", "BOT_"))}
            env["WECOM_GROUP_WEBHOOK"] = f"{fake.url}/cgi-bin/webhook/send?key={ROBOT_KEY}"
            proc = subprocess.Popen([sys.executable, "bot.py", "serve", "--port", str(port), "--db", str(db),
                                     "--now", MONDAY.isoformat()], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            end = time.monotonic() + 30
            while time.monotonic() < end and proc.poll() is None:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            assert proc.poll() is None, proc.stderr.read().decode()
            assert httpx.get(f"http://127.0.0.1:{port}/admin").status_code == 404
            return proc

        proc = serve()
        assert len(fake.wait("webhook/send")) == 1
        proc.terminate()
        proc.wait(30)
        proc = serve()  # restarted within the same week: no second post
        time.sleep(1.0)
        proc.terminate()
        proc.wait(30)
    assert len(fake.sent("webhook/send")) == 1


def test_an_over_long_digest_drops_its_smallest_districts(answerer, tmp_path, monkeypatch):
    import assistant.reports as reports
    dialog = open_dialog(answerer, tmp_path / "d.sqlite3", Clock(MONDAY))
    populate(dialog)
    full = dialog.digest_markdown()
    monkeypatch.setattr(reports, "DIGEST_LIMIT", len(full.encode()) - 10)
    short = dialog.digest_markdown()
    assert len(short.encode()) <= reports.DIGEST_LIMIT
    assert [line for line in full.splitlines() if line not in short.splitlines()] == ["松江区：＜3｜0｜0"]
    dialog.store.store.close()
