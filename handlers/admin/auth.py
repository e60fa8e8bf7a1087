"""Who may open /admin: BOT_ADMIN_TOKEN via a login form (signed HttpOnly cookie) or `Authorization: Bearer`."""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections import deque

from storage.login_failures import LoginFailures

COOKIE = "admin_session"
SESSION_SECONDS = 12 * 3600
MAX_FAILURES, FAILURE_WINDOW = 5, 600.0  # per client: 5 wrong tokens in 10 minutes, then 429 until the window passes
MAX_CLIENTS = 10_000


class AdminAuth:
    """Constant-time token checks, signed sessions (the cookie never holds the token), failures rate-limited.

    With a `ledger` (SQLite) the failure count is shared by all `serve` workers; without, it is per process.
    """

    def __init__(self, token: str, clock=time.time, ledger: LoginFailures | None = None) -> None:
        self._token = token.encode()
        self._key = hashlib.sha256(b"admin-session:" + self._token).digest()
        self.clock, self.ledger = clock, ledger
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def token_ok(self, given: str) -> bool:
        return hmac.compare_digest(hashlib.sha256(given.encode("utf-8", "replace")).digest(),
                                   hashlib.sha256(self._token).digest())

    def session(self) -> str:
        """A new session cookie value: issue time and its HMAC."""
        issued = str(int(self.clock()))
        return f"{issued}.{hmac.new(self._key, issued.encode(), hashlib.sha256).hexdigest()}"

    def session_ok(self, value: str) -> bool:
        issued, _, sig = value.partition(".")
        if not issued.isdigit() or len(issued) > 12 or len(sig) != 64:
            return False
        want = hmac.new(self._key, issued.encode(), hashlib.sha256).hexdigest()
        age = self.clock() - int(issued)
        return hmac.compare_digest(want, sig) and -60 <= age <= SESSION_SECONDS

    def blocked(self, client: str) -> float:
        """Seconds until this client may try again (0: not blocked)."""
        times = self._recent(client)
        return FAILURE_WINDOW - (self.clock() - times[0]) if len(times) >= MAX_FAILURES else 0.0

    def failed(self, client: str) -> None:
        now = self.clock()
        if self.ledger is not None:  # shared by every worker, kept across restarts
            self.ledger.add(client, now, now - FAILURE_WINDOW)
            return
        with self._lock:
            if len(self._failures) >= MAX_CLIENTS and client not in self._failures:
                self._failures.pop(next(iter(self._failures)))  # oldest client first: memory stays bounded
            times = self._failures.setdefault(client, deque(maxlen=MAX_FAILURES))
            times.append(now)

    def _recent(self, client: str) -> list[float]:
        since = self.clock() - FAILURE_WINDOW
        if self.ledger is not None:
            return self.ledger.recent(client, since)
        with self._lock:
            return [t for t in self._failures.get(client, ()) if t > since]
