"""/admin in a real headless Chromium: log in, open every page, see the charts and tables, user markup stays inert.

Chromium comes from the system package manager (`.ci/run` installs Debian's `chromium` when it is missing);
Playwright only drives it (no browser download). Set BOT_ADMIN_SCREENSHOT=docs/admin.png to refresh the README's
screenshot from this test.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from admin_fixtures import TOKEN, LoopbackServer, populate
from conftest import BEFORE

from assistant.router import Router
from handlers.admin.pages import AdminSite
from handlers.server import build_app
from storage.checklist import ChecklistStore
from storage.db import Store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (requirements-dev.txt) drives the browser")
if CHROMIUM is None:
    pytest.skip("chromium is not installed (CI installs it: apt-get install -y chromium)", allow_module_level=True)


@pytest.fixture()
def site(answerer, tmp_path):
    store = Store(tmp_path / "browser.sqlite3")
    dialog = Router(answerer, ChecklistStore(store), lambda: BEFORE)
    populate(dialog)
    with LoopbackServer(build_app(admin=AdminSite(dialog, TOKEN))) as srv:
        yield srv
    store.close()


@pytest.fixture()
def browser(tmp_path):
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True,
                                                        args=FLAGS, viewport={"width": 1200, "height": 900}, locale="zh-CN")
        try:
            yield context
        finally:
            context.close()


def test_login_pages_charts_tables_and_escaping(site, browser):
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    first = page.goto(site.url + "/admin")
    assert first.status == 401 and page.locator("input#token").is_visible()

    page.fill("#token", "not-the-token")
    with page.expect_navigation() as nav:
        page.click("button[type=submit]")
    assert nav.value.status == 401 and "令牌不正确" in page.inner_text("#login-error")

    page.fill("#token", TOKEN)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.url.rstrip("/").endswith("/admin") and page.title().startswith("总览")
    cookie = next(c for c in browser.cookies() if c["name"] == "admin_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and TOKEN not in cookie["value"]
    assert page.evaluate("document.cookie") == ""  # HttpOnly: invisible to scripts
    assert page.locator("#answers-chart svg rect.bar-all").count() == 30
    assert page.locator("#rounds tbody tr").count() >= 1 and page.inner_text("#answers-total") != "0"

    page.click("nav >> text=各区")
    assert page.locator("#progress-chart svg rect.seg").count() >= 3
    table = page.inner_text("#districts")
    assert "闵行区" in table and "浦东新区" in table and "<3" in table and "minhang" not in table
    if os.environ.get("BOT_ADMIN_SCREENSHOT"):
        page.screenshot(path=str(ROOT / os.environ["BOT_ADMIN_SCREENSHOT"]), full_page=True)

    page.click("nav >> text=知识缺口")
    texts = page.locator("#gaps .gap-text").all_inner_texts() + page.locator("#gaps .muted").all_inner_texts()
    assert any("<script>window.__xss=1</script>" in t for t in texts)  # shown as text, not run
    assert "[身份证号]" in page.inner_text("#gaps") and "310101199001011234" not in page.content()

    page.click("nav >> text=回答评价")
    assert "截止时间" in page.inner_text("#feedback") and "<img" in page.inner_text("#comments")
    assert page.evaluate("window.__xss") is None and dialogs == []
    assert page.locator("main script, main img").count() == 0

    page.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing wider than the screen
    for path in ("/admin", "/admin/districts", "/admin/gaps", "/admin/feedback"):
        page.goto(site.url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 392, path

    page.click("header button[type=submit]")  # 退出
    assert page.goto(site.url + "/admin").status == 401
