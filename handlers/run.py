"""Running each channel from typed settings: the wiring bot.py's subcommands call (imports stay lazy)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from .settings import CoreSettings, Settings

logger = logging.getLogger(__name__)

BuildDialog = Callable[..., Any]  # (CoreSettings, pushers) -> the conversation core
PUSHERS_SERVE = frozenset({"telegram", "wecom"})  # replaced by the Channel protocol's can_push


def telegram(settings: Settings, webhook_url: str | None, listen: str, port: int, build: BuildDialog) -> int:
    """Long polling, or the webhook served by the same ASGI app as `serve`."""
    from .telegram import TokenRejected, build_application, check_token
    tg = settings.telegram
    if not tg or not tg.token:
        sys.stderr.write("缺少 Telegram 令牌：请设置环境变量 TELEGRAM_BOT_TOKEN（在 Telegram 中找 @BotFather 创建机器人获得）。\n"
                         "Missing token: set TELEGRAM_BOT_TOKEN (from @BotFather).\n")
        return 2
    dialog = build(settings.core, frozenset({"telegram"}))
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


def server(settings: Settings, build: BuildDialog):
    """The ASGI app for `serve`: WeCom callbacks and/or the Telegram webhook; SystemExit if nothing is configured."""
    from .server import app_from_settings
    return app_from_settings(settings, build(settings.core, PUSHERS_SERVE))


__all__ = ["CoreSettings", "server", "telegram"]
