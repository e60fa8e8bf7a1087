"""A populated dialog and the `serve` app on a loopback port, shared by the admin tests."""

from __future__ import annotations

import socket
import threading
import time

import uvicorn

from assistant.router import Router
from assistant.types import Incoming

TOKEN = "admin-token-for-tests-0123456789"
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


def populate(d: Router) -> None:
    """Enterprises on three channels in two districts, gaps (one carrying markup), votes and a comment with markup."""
    for i in range(7):
        d.respond(Incoming("telegram", f"9876543{i}", "/start minhang"))
        d.respond(Incoming("telegram", f"9876543{i}", f"/done 1-{1 + i % 5}"))
    for i in range(4):
        d.respond(Incoming("wecom-kf", f"kf{i}", "/start pudong"))
    d.respond(Incoming("wecom-kf", "kf0", "/done 1-11"))
    d.respond(Incoming("wecom", "solo", "/district 松江"))
    for i in range(9):
        d.respond(Incoming("wecom", f"xh{i}", "/district 徐汇"))
        d.respond(Incoming("wecom", f"xh{i}", f"/done 1-{3 + i}") if i % 3 else Incoming("wecom", f"xh{i}", "/progress"))
    for i in range(5):
        d.respond(Incoming("telegram", f"5550{i}", "/start jiading"))
        d.respond(Incoming("telegram", f"5550{i}", f"/done 1-{10 + i % 2}"))
    for i, q in enumerate(["申报需要多少注册资本", "申报企业需要多少注册资本", "质量标杆有奖金吗", f"质量标杆有奖金吗{XSS}",
                           "申报需要多少注册资本 我的身份证310101199001011234"]):
        d.respond(Incoming("console", f"c{i}", q))
    for i in range(3):
        d.respond(Incoming("console", f"r{i}", "截止时间是什么时候"))
        d.respond(Incoming("console", f"r{i}", "有用" if i else "没用"))
    d.respond(Incoming("console", "r0", f"看不懂{XSS}"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackServer:
    """uvicorn serving an ASGI app in a thread on 127.0.0.1 (lifespan included) until closed."""

    def __init__(self, app) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_config=None, access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LoopbackServer:
        self.thread.start()
        end = time.monotonic() + 20
        while not self.server.started and time.monotonic() < end:
            time.sleep(0.02)
        assert self.server.started, "server did not start"
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
