"""Running each channel from typed settings: the wiring bot.py's subcommands call (imports stay lazy)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from .channel import pushers
from .settings import CoreSettings, Settings

logger = logging.getLogger(__name__)

BuildDialog = Callable[..., Any]  # (CoreSettings, the names of the channels that can push) -> the conversation core


def telegram(settings: Settings, webhook_url: str | None, listen: str, port: int, build: BuildDialog) -> int:
    """Long polling, or the webhook served by the same ASGI app as `serve`."""
    from .telegram import TelegramChannel, TokenRejected, build_application, check_token
    tg = settings.telegram
    if not tg or not tg.token:
        sys.stderr.write("缺少 Telegram 令牌：请设置环境变量 TELEGRAM_BOT_TOKEN（在 Telegram 中找 @BotFather 创建机器人获得）。\n"
                         "Missing token: set TELEGRAM_BOT_TOKEN (from @BotFather).\n")
        return 2
    dialog = build(settings.core, pushers([TelegramChannel]))
    app = build_application(dialog, tg.token, tg.api_url, max_rate=tg.max_rate)
    try:
        username = asyncio.run(check_token(app))
    except TokenRejected:
        sys.stderr.write("Telegram 拒绝了这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否与 @BotFather 给出的一致。\n"
                         "Telegram rejected the token: check TELEGRAM_BOT_TOKEN.\n")
        return 2
    except Exception as exc:
        sys.stderr.write(f"无法连接 Telegram Bot API（{tg.api_url}）：{type(exc).__name__}\n检查网络或 TELEGRAM_API_URL。\n")
        return 2
    logger.warning("Telegram bot @%s running (%s)", username, "webhook" if webhook_url else "polling")
    if not webhook_url:
        app.run_polling()
        return 0
    from .server import build_app, run_uvicorn
    secret = tg.webhook_secret or secrets.token_urlsafe(32)
    path = urlsplit(webhook_url).path or "/telegram/webhook"
    run_uvicorn(build_app(None, app, secret, path, webhook_url), listen, port)
    return 0


def check(path: str, as_json: bool, kb: Any) -> int:
    """Pre-check one draft file against the knowledge base's rules; print the report; 0 ok, 1 findings, 2 unreadable."""
    import json
    from pathlib import Path

    from drafts.check import DraftChecker
    from drafts.read import DraftError, read_draft
    from drafts.report import render
    try:
        draft = read_draft(path)
    except DraftError as exc:
        if as_json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        sys.stderr.write(f"无法检查 {path}：{exc}\n")
        return 2
    report = DraftChecker(kb).check(draft)
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if as_json else render(report, Path(path).name))
    return 0 if report.ok else 1


def server(settings: Settings, build: BuildDialog):
    """The ASGI app for `serve`: WeCom callbacks and/or the Telegram webhook; SystemExit if nothing is configured."""
    from .server import app_from_settings, serve_channels
    return app_from_settings(settings, build(settings.core, pushers(serve_channels(settings))))


__all__ = ["CoreSettings", "server", "telegram"]
