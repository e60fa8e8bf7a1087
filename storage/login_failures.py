"""Failed admin logins per client, in SQLite: every `serve` worker sees the same count, and a restart does not reset it."""

from __future__ import annotations

import hashlib

from .db import Store


class LoginFailures:
    """Failure times per client; clients are stored as a salted hash, never as an address."""

    def __init__(self, store: Store, salt: bytes) -> None:
        self.store, self._salt = store, salt

    def _key(self, client: str) -> str:
        return hashlib.sha256(self._salt + client.encode("utf-8", "replace")).hexdigest()[:32]

    def recent(self, client: str, since: float) -> list[float]:
        """This client's failure times after `since`, oldest first."""
        return [r[0] for r in self.store.read("SELECT at FROM login_failures WHERE client=? AND at > ? ORDER BY at",
                                              (self._key(client), since))]

    def add(self, client: str, at: float, forget_before: float) -> None:
        """Record a failure; failures older than `forget_before` (anyone's) go in the same transaction."""
        with self.store.transaction() as db:
            db.execute("DELETE FROM login_failures WHERE at < ?", (forget_before,))
            db.execute("INSERT INTO login_failures(client, at) VALUES (?, ?)", (self._key(client), at))
