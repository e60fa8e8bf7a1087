"""The admin pages as a plain function of the request: auth, routing, rendering (the server only adapts HTTP)."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from assistant.reports import CHANNEL_NAMES
from assistant.stats import BUCKETS, SMALL, shown
from storage.login_failures import LoginFailures

from .auth import COOKIE, SESSION_SECONDS, AdminAuth
from .charts import answers_chart, progress_chart

logger = logging.getLogger(__name__)

MAX_FORM = 4096
SHOW_GAPS = 100  # the largest groups; `bot.py gaps` lists them all
PAGES = {"": "总览", "districts": "各区", "gaps": "知识缺口", "feedback": "回答评价"}
SECURITY_HEADERS = (
    ("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
    # No script may run on these pages at all; styles are inline, charts are inline SVG.
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
                                "frame-ancestors 'none'; base-uri 'none'"),
)


@dataclass(frozen=True)
class AdminRequest:
    method: str
    path: str  # under /admin, e.g. "/admin/gaps"
    headers: dict[str, str]  # lower-case names
    cookies: dict[str, str]
    body: bytes = b""
    client: str = ""
    secure: bool = False


@dataclass
class AdminResponse:
    status: int
    body: str = ""
    headers: list[tuple[str, str]] = field(default_factory=lambda: list(SECURITY_HEADERS))


class AdminSite:
    """Login, the four pages, logout; every value from users is escaped by the template engine."""

    def __init__(self, dialog: Any, token: str, auth: AdminAuth | None = None) -> None:
        self.dialog = dialog
        ledger = LoginFailures(dialog.store.store, hashlib.sha256(b"login-failures:" + token.encode()).digest())
        self.auth = auth or AdminAuth(token, ledger=ledger)
        self.env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), undefined=StrictUndefined,
                               autoescape=select_autoescape(default=True, default_for_string=True))
        self.env.globals.update(shown=shown, pages=PAGES, channel_name=lambda c: CHANNEL_NAMES.get(c, c))

    # ------------------------------------------------------------ entry
    def handle(self, req: AdminRequest) -> AdminResponse:
        """Answer one request under /admin; never raises for bad input."""
        page = req.path.removeprefix("/admin").strip("/")
        if page == "login" and req.method == "POST":
            return self._login(req)
        if page == "logout" and req.method == "POST":
            resp = self._redirect("/admin/login")
            resp.headers.append(("Set-Cookie", f"{COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0"))
            return resp
        authed = self._authenticated(req)
        if isinstance(authed, AdminResponse):
            return authed
        if page == "login":
            return self._redirect("/admin") if authed else self._render(401, "login.html", error="")
        if not authed:
            return self._render(401, "login.html", error="")
        if req.method not in ("GET", "HEAD") or page not in PAGES:
            return self._render(404 if req.method in ("GET", "HEAD") else 405, "error.html", message="没有这个页面。")
        return self._render(200, f"{page or 'overview'}.html", current=page, **self._data(page))

    def _authenticated(self, req: AdminRequest) -> bool | AdminResponse:
        if self.auth.session_ok(req.cookies.get(COOKIE, "")):
            return True
        given = req.headers.get("authorization", "")
        if not given:
            return False
        if (wait := self.auth.blocked(req.client)) > 0:
            return self._too_many(wait)
        scheme, _, token = given.partition(" ")
        if scheme.lower() == "bearer" and token and self.auth.token_ok(token.strip()):
            return True
        self.auth.failed(req.client)
        logger.warning("admin: wrong bearer token")
        resp = self._render(401, "error.html", message="令牌不正确。")
        resp.headers.append(("WWW-Authenticate", 'Bearer realm="admin"'))
        return resp

    def _login(self, req: AdminRequest) -> AdminResponse:
        if (wait := self.auth.blocked(req.client)) > 0:
            return self._too_many(wait)
        if len(req.body) > MAX_FORM:
            return self._render(413, "error.html", message="请求太大。")
        try:
            form = parse_qs(req.body.decode("utf-8"), max_num_fields=8, strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            return self._render(400, "error.html", message="表单无法读取。")
        token = (form.get("token") or [""])[0]
        if not token or not self.auth.token_ok(token):
            self.auth.failed(req.client)
            logger.warning("admin: wrong token at login")
            return self._render(401, "login.html", error="令牌不正确，请重试。")
        resp = self._redirect("/admin")
        resp.headers.append(("Set-Cookie", f"{COOKIE}={self.auth.session()}; Path=/admin; HttpOnly; SameSite=Strict; "
                                           f"Max-Age={SESSION_SECONDS}" + ("; Secure" if req.secure else "")))
        return resp

    # ------------------------------------------------------------ pages
    def _data(self, page: str) -> dict[str, Any]:
        d = self.dialog
        if page == "":
            o = d.overview(30)
            return {"o": o, "chart": answers_chart(o.days)}
        if page == "districts":
            stats = d.district_stats()
            return {"stats": stats, "buckets": BUCKETS, "small": SMALL, "steps": d.view.steps,
                    "chart": progress_chart(*_chart_rows(stats)) if any(s.users >= SMALL for s in stats) else ""}
        if page == "gaps":
            groups = d.gap_groups()
            return {"groups": groups[:SHOW_GAPS], "total_groups": len(groups), "total": sum(g.count for g in groups),
                    "gap_days": d.gap_days, "district_name": d.district_name}
        rows, comments = d.feedback_table()
        return {"rows": rows, "comments": comments}

    def render_page(self, page: str) -> str:
        """One page's HTML for an authenticated viewer (the benchmark's entry)."""
        return self.env.get_template(f"{page or 'overview'}.html").render(current=page, round=self.dialog.kb, **self._data(page))

    def _render(self, status: int, template: str, **context: Any) -> AdminResponse:
        context.setdefault("current", None)
        return AdminResponse(status, self.env.get_template(template).render(round=self.dialog.kb, **context))

    def _redirect(self, to: str) -> AdminResponse:
        resp = AdminResponse(303)
        resp.headers.append(("Location", to))
        return resp

    def _too_many(self, wait: float) -> AdminResponse:
        resp = self._render(429, "error.html", message="尝试次数过多，请稍后再试。")
        resp.headers.append(("Retry-After", str(max(1, int(wait)))))
        return resp


def _chart_rows(stats: list) -> tuple[list[tuple[str, tuple[int, ...]]], tuple[str, ...]]:
    """Districts with at least SMALL enterprises; buckets below SMALL merge into one grey segment (no small cell drawn)."""
    rows = []
    for s in stats:
        if s.users < SMALL:
            continue
        big = tuple(n if n >= SMALL else 0 for n in s.buckets)
        rows.append((s.name, (*big, sum(n for n in s.buckets if 0 < n < SMALL))))
    return rows, (*BUCKETS, "少于 3 家的档")
