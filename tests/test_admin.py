"""/admin over HTTP: 404 without BOT_ADMIN_TOKEN, 401 for wrong tokens, rate limiting, sessions, bad requests."""

from __future__ import annotations

import httpx
import pytest
from admin_fixtures import TOKEN, XSS, LoopbackServer, populate
from conftest import BEFORE

from assistant.router import Router
from handlers.admin.auth import MAX_FAILURES, AdminAuth
from handlers.admin.pages import AdminSite
from handlers.server import build_app
from storage.checklist import ChecklistStore
from storage.db import Store


@pytest.fixture()
def dialog(answerer, tmp_path):
    store = Store(tmp_path / "admin.sqlite3")
    d = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    populate(d)
    yield d
    store.close()


@pytest.fixture()
def server(dialog):
    with LoopbackServer(build_app(admin=AdminSite(dialog, TOKEN))) as srv:
        yield srv


def bearer(token: str = TOKEN) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_no_token_configured_means_404(dialog):
    with LoopbackServer(build_app()) as srv:
        for path in ("/admin", "/admin/login", "/admin/gaps"):
            assert httpx.get(srv.url + path).status_code == 404
        assert httpx.post(srv.url + "/admin/login", data={"token": "x"}).status_code == 404


def test_pages_for_scripts_with_a_bearer_token(server):
    for page, marker in (("", "id=\"answers-chart\""), ("/districts", "闵行区"), ("/gaps", "注册资本"), ("/feedback", "截止时间")):
        r = httpx.get(server.url + "/admin" + page, headers=bearer())
        assert r.status_code == 200 and marker in r.text, page
        assert "script-src" not in r.headers["content-security-policy"] and "default-src 'none'" in r.headers["content-security-policy"]
        assert r.headers["cache-control"] == "no-store"
    gaps = httpx.get(server.url + "/admin/gaps", headers=bearer()).text
    assert "&lt;script&gt;" in gaps and "<script>" not in gaps and "310101199001011234" not in gaps
    for secret in ("9876543", "kf0", "solo", "minhang", "pudong"):
        assert secret not in httpx.get(server.url + "/admin/districts", headers=bearer()).text


def test_wrong_tokens_get_401_then_429(server):
    url = server.url + "/admin"
    assert httpx.get(url).status_code == 401 and "管理令牌" in httpx.get(url).text  # no credentials: the login form
    for _ in range(MAX_FAILURES):
        r = httpx.get(url, headers=bearer("wrong-token"))
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    blocked = httpx.get(url, headers=bearer())  # even the right token waits once the client is blocked
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    assert httpx.post(url + "/login", data={"token": TOKEN}).status_code == 429


def test_login_sets_a_strict_httponly_session(server):
    with httpx.Client(base_url=server.url) as client:
        bad = client.post("/admin/login", data={"token": "nope"})
        assert bad.status_code == 401 and "令牌不正确" in bad.text
        ok = client.post("/admin/login", data={"token": TOKEN})
        assert ok.status_code == 303 and ok.headers["location"] == "/admin"
        cookie = ok.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and TOKEN not in cookie
        assert client.get("/admin/feedback").status_code == 200
        assert client.post("/admin/logout").status_code == 303
        client.cookies.clear()
        assert client.get("/admin/feedback").status_code == 401


@pytest.mark.parametrize("cookie", ["x", "1.2", "9999999999." + "0" * 64, "1700000000." + "a" * 64, "\u00ff" * 20])
def test_forged_cookies_are_refused(server, cookie):
    r = httpx.get(server.url + "/admin", headers={"Cookie": b"admin_session=" + cookie.encode("utf-8")})
    assert r.status_code == 401


def test_malformed_requests_are_clean_errors(server):
    url = server.url + "/admin"
    assert httpx.post(url + "/login", content=b"token=" + b"a" * 10_000,
                      headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 413
    assert httpx.post(url + "/login", content=b"\xff\xfe\x00binary").status_code in (400, 401)
    assert httpx.get(url + "/nope", headers=bearer()).status_code == 404
    assert httpx.get(url + "/../../etc/passwd", headers=bearer()).status_code in (401, 404)
    assert httpx.post(url + "/gaps", headers=bearer()).status_code == 405
    assert httpx.head(url, headers=bearer()).status_code == 200
    assert httpx.get(url, headers={"Authorization": "Basic " + "A" * 5000}).status_code == 401


def test_sessions_expire_and_do_not_hold_the_token():
    now = [1_000_000.0]
    auth = AdminAuth(TOKEN, clock=lambda: now[0])
    value = auth.session()
    assert TOKEN not in value and auth.session_ok(value)
    now[0] += 13 * 3600
    assert not auth.session_ok(value)
    assert not AdminAuth("another-token-0123456789").session_ok(auth.session())
    assert auth.token_ok(TOKEN) and not auth.token_ok(TOKEN + "x") and not auth.token_ok("")


def test_xss_fixture_is_really_stored(dialog):
    """The escaping tests above mean something only if markup reached the database."""
    assert any("<script>" in (t or "") for (t,) in dialog.store.store.read("SELECT text FROM gaps"))
    assert XSS.split(">")[0] in dialog.store.store.read("SELECT comment FROM feedback WHERE comment IS NOT NULL")[0][0]


def test_chart_never_draws_a_small_cell():
    from assistant.stats import DistrictStats
    from handlers.admin.charts import progress_chart
    from handlers.admin.pages import _chart_rows
    stats = [DistrictStats("a", "甲区", 9, 7, 2, (2, 4, 0, 1, 0, 2), 2, 4), DistrictStats("b", "乙区", 2, 1, 0, (1, 1, 0, 0, 0, 0))]
    rows, labels = _chart_rows(stats)
    assert rows == [("甲区", (0, 4, 0, 0, 0, 0, 5))] and labels[-1] == "少于 3 家的档"  # 乙区 (<3 enterprises) is not drawn
    svg = str(progress_chart(rows, labels))
    assert svg.count('class="seg"') == 2 and "乙区" not in svg and "<script" not in svg
    assert "&lt;b&gt;" in str(progress_chart([("<b>", (3,))], ("x",)))


def test_failures_are_shared_by_workers_and_survive_restarts(dialog):
    from handlers.admin.pages import AdminRequest
    first, second = AdminSite(dialog, TOKEN), AdminSite(dialog, TOKEN)  # two workers (or a restart) on one database

    def attempt(site: AdminSite, token: str) -> int:
        return site.handle(AdminRequest("GET", "/admin", {"authorization": f"Bearer {token}"}, {}, b"", "10.0.0.7")).status

    for i in range(MAX_FAILURES):
        assert attempt(first if i % 2 else second, "wrong") == 401
    assert attempt(AdminSite(dialog, TOKEN), TOKEN) == 429
    assert attempt(first, TOKEN) == 429
    other = AdminSite(dialog, TOKEN).handle(AdminRequest("GET", "/admin", {"authorization": f"Bearer {TOKEN}"}, {}, b"", "10.0.0.8"))
    assert other.status == 200  # another client is not blocked
    stored = dialog.store.store.read("SELECT client FROM login_failures")
    assert stored and all("10.0.0" not in c for (c,) in stored)  # addresses are not stored
