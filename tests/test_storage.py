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
