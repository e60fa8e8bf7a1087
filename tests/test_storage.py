"""Storage: migrations, crash safety under SIGKILL, concurrency from threads and processes."""

from __future__ import annotations

import os
import random
import signal
import threading
import time

import pytest

from storage.checklist import ChecklistStore, UserKey
from storage.db import MIGRATIONS, USER_TABLES, Store

STEPS = [f"s{i}" for i in range(11)]


def test_migrations_create_and_are_idempotent(tmp_path):
    path = tmp_path / "m.sqlite3"
    s = Store(path)
    assert s.read("PRAGMA user_version")[0][0] == len(MIGRATIONS)
    assert s.read("PRAGMA journal_mode")[0][0] == "wal"
    tables = {r[0] for r in s.read("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(USER_TABLES) <= tables
    s.close()
    Store(path).close()  # reopening applies nothing twice


def test_upgrade_from_older_schema(tmp_path):
    path = tmp_path / "old.sqlite3"
    s = Store(path)
    s.db.execute("PRAGMA user_version=1")
    s.db.execute("DROP TABLE reminders")
    s.db.execute("DROP TABLE reminders_sent")
    s.db.execute("DROP TABLE channel_state")
    s.db.execute("DROP TABLE processed")
    s.close()
    s = Store(path)
    assert s.read("PRAGMA user_version")[0][0] == len(MIGRATIONS)
    assert {"reminders", "processed"} <= {r[0] for r in s.read("SELECT name FROM sqlite_master WHERE type='table'")}
    s.close()


def op(i: int) -> tuple[str, bool]:
    """The i-th operation of the crash child: which step, mark (True) or unmark (False)."""
    return STEPS[i % len(STEPS)], (i // len(STEPS)) % 2 == 0


def expected_state(upto: int) -> set[str]:
    state: set[str] = set()
    for i in range(upto + 1):
        step, mark = op(i)
        (state.add if mark else state.discard)(step)
    return state


def _child(path, user: str, ack_fd: int) -> None:
    store = ChecklistStore(Store(path))
    key = UserKey("console", user)
    i = 0
    while True:
        step, mark = op(i)
        (store.mark if mark else store.unmark)(key, [step])
        os.write(ack_fd, f"{i}\n".encode())  # acknowledged only after COMMIT returned
        i += 1


KILLS = int(os.environ.get("CRASH_KILLS", "200"))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_never_loses_acknowledged_changes(tmp_path):
    path = tmp_path / "crash.sqlite3"
    Store(path).close()
    rng = random.Random(1)
    total_acked = 0
    for k in range(KILLS):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: mark/unmark in a loop until killed
            os.close(r)
            try:
                _child(path, f"user{k}", w)
            finally:
                os._exit(1)
        os.close(w)
        time.sleep(rng.uniform(0.005, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        acked = b""
        while chunk := os.read(r, 65536):
            acked += chunk
        os.close(r)
        lines = acked.decode().split()
        last = int(lines[-1]) if lines else -1
        total_acked += last + 1
        check = Store(path)
        state = set(ChecklistStore(check).done(UserKey("console", f"user{k}")))
        check.close()
        # Every acknowledged change is there; at most the one in flight may also have landed.
        assert state in (expected_state(last), expected_state(last + 1)), (k, last)
    assert total_acked > KILLS * 2, "the children must have committed changes before being killed"
    s = Store(path)
    assert s.integrity_ok()
    s.close()


def test_concurrent_threads_and_processes_lose_nothing(tmp_path):
    path = tmp_path / "conc.sqlite3"
    Store(path).close()
    users_per_proc, procs = 10, 3
    thread_users = 25

    def work(store: ChecklistStore, user: str, errors: list) -> None:
        key = UserKey("console", user)
        try:
            for rnd in range(3):
                for s in STEPS:
                    store.mark(key, [s])
                store.unmark(key, STEPS[rnd::3])
                store.set_district(key, "pudong")
            store.mark(key, STEPS[:5])
        except Exception as exc:  # any error, "database is locked" included, fails the test
            errors.append(repr(exc))

    pids = []
    for p in range(procs):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                store = ChecklistStore(Store(path))
                errs: list = []
                threads = [threading.Thread(target=work, args=(store, f"p{p}u{u}", errs)) for u in range(users_per_proc)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                code = 1 if errs else 0
            finally:
                os._exit(code)
        pids.append(pid)
    store = ChecklistStore(Store(path))
    errors: list = []
    threads = [threading.Thread(target=work, args=(store, f"t{u}", errors)) for u in range(thread_users)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for pid in pids:
        assert os.waitpid(pid, 0)[1] == 0, "a worker process hit an error"
    assert not errors
    expected = (set(STEPS) - set(STEPS[2::3])) | set(STEPS[:5])
    users = [f"t{u}" for u in range(thread_users)] + [f"p{p}u{u}" for p in range(procs) for u in range(users_per_proc)]
    assert len(users) >= 50
    for user in users:
        assert set(store.done(UserKey("console", user))) == expected, user
    assert store.store.integrity_ok()


# ------------------------------------------------------------ state belongs to a round (issue 10)
OLD_SCHEMA = """
CREATE TABLE [users] ([channel] TEXT NOT NULL, [user_id] TEXT NOT NULL, [district] TEXT, [created_at] TEXT NOT NULL,
  [updated_at] TEXT NOT NULL, PRIMARY KEY ([channel], [user_id]));
CREATE TABLE [progress] ([channel] TEXT NOT NULL, [user_id] TEXT NOT NULL, [step_id] TEXT NOT NULL, [done_at] TEXT NOT NULL,
  PRIMARY KEY ([channel], [user_id], [step_id]));
CREATE TABLE [pending] ([channel] TEXT NOT NULL, [user_id] TEXT NOT NULL, [action] TEXT NOT NULL, [created_at] TEXT NOT NULL,
  PRIMARY KEY ([channel], [user_id]));
CREATE TABLE [reminders] ([channel] TEXT NOT NULL, [user_id] TEXT NOT NULL, [chat_id] TEXT NOT NULL, [enabled] INTEGER NOT NULL,
  [updated_at] TEXT, PRIMARY KEY ([channel], [user_id]));
CREATE TABLE [reminders_sent] ([channel] TEXT, [user_id] TEXT, [point] TEXT, [sent_at] TEXT, PRIMARY KEY ([channel], [user_id], [point]));
CREATE TABLE [channel_state] ([name] TEXT PRIMARY KEY, [value] TEXT);
CREATE TABLE [processed] ([channel] TEXT, [msg_id] TEXT, [at] TEXT, PRIMARY KEY ([channel], [msg_id]));
INSERT INTO users VALUES ('telegram', '42', 'minhang', '2024-02-01T00:00:00+00:00', '2024-02-01T00:00:00+00:00');
INSERT INTO progress VALUES ('telegram', '42', 's1', '2024-02-01T00:00:00+00:00'), ('telegram', '42', 's2', '2024-02-02T00:00:00+00:00');
INSERT INTO reminders VALUES ('telegram', '42', '42', 1, '2024-02-01T00:00:00+00:00');
INSERT INTO reminders_sent VALUES ('telegram', '42', 'd7', '2024-02-23T00:00:00+00:00');
INSERT INTO processed VALUES ('wecom', 'm1', '2024-02-01T00:00:00+00:00');
PRAGMA user_version=3;
"""


def test_migration_carries_old_rows_to_the_current_round(tmp_path, answerer):
    import sqlite3

    from conftest import BEFORE

    from assistant.router import Router
    from assistant.types import Incoming
    path = tmp_path / "old-schema.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(OLD_SCHEMA)
    conn.close()
    store = Store(path)
    assert store.read("PRAGMA user_version")[0][0] == len(MIGRATIONS) and store.integrity_ok()
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    key = UserKey("telegram", "42")
    assert set(d.store.done(key)) == {"s1", "s2"} and d.store.round_id == answerer.kb.round_id
    assert d.reminders.enabled(key) and d.reminders.subscribers("telegram") == [(key, "42")]
    assert not d.reminders.claim(key, ["d7"])  # already sent in that round before the upgrade
    assert d.store.district(key) == "minhang"
    assert "已完成 0/11" in d.respond(Incoming("telegram", "43", "/progress")).text
    store.close()


def test_a_new_round_starts_clean_and_the_last_one_stays_visible(tmp_path, answerer, kb):
    import dataclasses

    from conftest import BEFORE

    from assistant.router import Router
    from assistant.types import Incoming
    from knowledge.answer import Answerer
    meta = dataclasses.replace(kb.notice.meta, doc_number=kb.notice.meta.doc_number + "-next")
    next_kb = dataclasses.replace(kb, notice=dataclasses.replace(kb.notice, meta=meta))
    store = Store(tmp_path / "rounds.sqlite3")
    old = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    old.respond(Incoming("console", "u", "/done 1-3"))
    old.respond(Incoming("console", "u", "/district 闵行"))
    new = Router(Answerer(next_kb), ChecklistStore(store), lambda: BEFORE, earlier=(kb,))
    assert "已完成 0/11" in new.respond(Incoming("console", "u", "/checklist")).text
    past = new.respond(Incoming("console", "u", "/checklist 上期")).text
    assert kb.round_id in past and "已完成 3/11" in past and "✅ 1." in past
    assert new.store.district(UserKey("console", "u")) == "minhang"  # the district is the person's, not the round's
    assert "没有上一期" in old.respond(Incoming("console", "v", "/checklist 上期")).text
    store.close()
