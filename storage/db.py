"""Open the SQLite file (WAL, durable commits, busy timeout) and bring its schema up to date."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from . import progress_counts

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000


def _v1(db: sqlite_utils.Database) -> None:
    db["users"].create({"channel": str, "user_id": str, "district": str, "created_at": str, "updated_at": str},
                       pk=("channel", "user_id"), not_null={"channel", "user_id", "created_at", "updated_at"})
    db["progress"].create({"channel": str, "user_id": str, "step_id": str, "done_at": str},
                          pk=("channel", "user_id", "step_id"), not_null={"channel", "user_id", "step_id", "done_at"})
    db["pending"].create({"channel": str, "user_id": str, "action": str, "created_at": str},
                         pk=("channel", "user_id"), not_null={"channel", "user_id", "action", "created_at"})


def _v2(db: sqlite_utils.Database) -> None:
    db["reminders"].create({"channel": str, "user_id": str, "chat_id": str, "enabled": int, "updated_at": str},
                           pk=("channel", "user_id"), not_null={"channel", "user_id", "chat_id", "enabled"})
    db["reminders_sent"].create({"channel": str, "user_id": str, "point": str, "sent_at": str},
                                pk=("channel", "user_id", "point"))


def _v3(db: sqlite_utils.Database) -> None:
    db["channel_state"].create({"name": str, "value": str}, pk="name", if_not_exists=True)
    db["processed"].create({"channel": str, "msg_id": str, "at": str}, pk=("channel", "msg_id"))


def _v4(db: sqlite_utils.Database) -> None:
    # The replay window lives here, so it survives restarts and is shared by every `serve` worker.
    db["nonces"].create({"key": str, "at": float}, pk="key", not_null={"key", "at"}, if_not_exists=True)
    if "outcome" not in db["processed"].columns_dict:
        db["processed"].add_column("outcome", str)


ROUND_TABLES = {  # table -> primary key once the round is part of it
    "progress": ("channel", "user_id", "round", "step_id"),
    "reminders": ("channel", "user_id", "round"),
    "reminders_sent": ("channel", "user_id", "round", "point"),
}
LEGACY_ROUND = ""  # rows written before rounds existed; the assistant hands them to their round at start-up


def _v5(db: sqlite_utils.Database) -> None:
    # State belongs to a round: progress, reminder subscriptions and sent marks gain a `round` key column.
    for table, pk in ROUND_TABLES.items():
        t = db[table]
        if "round" in t.columns_dict:
            continue
        cols = [c.name for c in t.columns]
        types = {c.name: c.type or "TEXT" for c in t.columns}
        defs = ", ".join([f"[{c}] {types[c]}" for c in cols] + [f"[round] TEXT NOT NULL DEFAULT '{LEGACY_ROUND}'"])
        db.execute(f"CREATE TABLE [{table}_v5] ({defs}, PRIMARY KEY ({', '.join(f'[{c}]' for c in pk)}))")
        names = ", ".join(f"[{c}]" for c in cols)
        db.execute(f"INSERT INTO [{table}_v5] ({names}) SELECT {names} FROM [{table}]")
        db.execute(f"DROP TABLE [{table}]")
        db.execute(f"ALTER TABLE [{table}_v5] RENAME TO [{table}]")


def _v6(db: sqlite_utils.Database) -> None:
    # Conversation context: the user's last turn, so a follow-up ("那松江呢") is read against it.
    db["context"].create({"channel": str, "user_id": str, "data": str, "at": str},
                         pk=("channel", "user_id"), not_null={"channel", "user_id", "data", "at"}, if_not_exists=True)


def _v7(db: sqlite_utils.Database) -> None:
    # Operators' tools. Gaps, feedback and daily answer counts carry no user id; the two per-user tables
    # (the last answer a user may rate, and which feedback comments a user wrote) are erased by /forget.
    db["gaps"].create({"id": int, "round": str, "at": str, "channel": str, "district": str, "text": str, "norm": str},
                      pk="id", not_null={"round", "at", "channel", "text", "norm"}, if_not_exists=True)
    db["gaps"].create_index(["at"], if_not_exists=True)
    db["feedback"].create({"id": int, "round": str, "day": str, "channel": str, "topic": str, "clause": str, "vote": int,
                           "comment": str}, pk="id", not_null={"round", "day", "channel", "topic", "clause", "vote"},
                          if_not_exists=True)
    db["feedback_owner"].create({"channel": str, "user_id": str, "feedback_id": int},
                                pk=("channel", "user_id", "feedback_id"), if_not_exists=True)
    db["answer_ref"].create({"channel": str, "user_id": str, "topic": str, "clause": str, "at": str, "awaiting": int,
                             "feedback_id": int}, pk=("channel", "user_id"), not_null={"channel", "user_id", "at"},
                            if_not_exists=True)
    db["answer_days"].create({"day": str, "round": str, "channel": str, "answers": int, "matched": int},
                             pk=("day", "round", "channel"), if_not_exists=True)
    # District statistics: counts kept by triggers (storage/progress_counts.py), users counted per district by index.
    for statement in progress_counts.DDL:
        db.execute(statement)
    db.execute("CREATE INDEX IF NOT EXISTS users_by_district ON users(district)")


def _v8(db: sqlite_utils.Database) -> None:
    # Wrong admin tokens per client (a hash of the address), shared by every `serve` worker and kept across restarts.
    db["login_failures"].create({"client": str, "at": float}, not_null={"client", "at"}, if_not_exists=True)
    db["login_failures"].create_index(["client", "at"], if_not_exists=True)


# Append only: a released migration never changes. user_version records how far a file has come.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8)
# Tables that hold a person's rows, keyed by (channel, user_id): /forget empties all of them.
USER_TABLES = ("users", "progress", "pending", "reminders", "reminders_sent", "context", "answer_ref", "feedback_owner",
              "user_progress")  # user_progress last: triggers on progress empty it first


class Store:
    """One SQLite file shared by the stores; serialises this process's writers, retries other processes' locks."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")  # an acknowledged change survives a crash
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not left in free pages
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0
        self._migrate()

    def _migrate(self) -> None:
        with self.transaction():
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                logger.info("migrating %s to schema %d", self.path, number)
                step(self.db)
                self.db.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT), retried while another process holds the lock.

        Nested calls become savepoints of the outer transaction: the outer one commits them all or none.
        """
        with self._lock:
            if self._depth:
                yield from self._savepoint()
                return
            for attempt in range(50):
                try:
                    self.db.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    time.sleep(min(0.05 * (attempt + 1), 0.5))
            else:
                self.db.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            finally:
                self._depth -= 1
            self.db.execute("COMMIT")

    def _savepoint(self) -> Iterator[sqlite_utils.Database]:
        name = f"sp{self._depth}"
        self.db.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self.db
        except BaseException:
            self.db.execute(f"ROLLBACK TO {name}")
            self.db.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        self.db.execute(f"RELEASE {name}")

    def scrub(self) -> None:
        """Copy the WAL into the database and truncate it, so erased rows linger in no file on disk."""
        with self._lock:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self.db.execute(sql, params).fetchall()

    def integrity_ok(self) -> bool:
        return self.read("PRAGMA integrity_check")[0][0] == "ok"

    def close(self) -> None:
        with self._lock:
            self.db.conn.close()
