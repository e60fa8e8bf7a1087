"""One ASGI server for every webhook channel: WeCom callbacks, Telegram webhook, health check."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from .channel import Channel, deliver_reminders
from .settings import Settings
from .wecom.callback import Rejected, WeComChannel

logger = logging.getLogger(__name__)

MAX_BODY = 64 * 1024  # WeCom callbacks are a few KB; anything bigger is refused before parsing


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Rejected(413, "body too large")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Rejected(413, "body too large")
    return body


def _later(job) -> BackgroundTask | None:
    if job is None:
        return None

    async def run() -> None:
        try:
            await job()
        except Exception:  # logged; the request was already answered
            logger.exception("background WeCom task failed")
    return BackgroundTask(run)


async def wecom_reminders(wecom: WeComChannel, interval: float) -> None:
    """Send due deadline reminders to WeCom app users who opted in (the schedule lives in SQLite)."""
    while True:
        await deliver_reminders(wecom.dialog, wecom.app)
        await asyncio.sleep(interval)


async def maintenance(dialog: Any, every: float) -> None:
    """Purge the users of rounds closed more than BOT_RETENTION_DAYS ago, now and every `every` seconds."""
    while True:
        try:
            if gone := dialog.purge_expired():
                logger.warning("retention: erased %d users of closed rounds", gone)
        except Exception:
            logger.warning("retention purge failed", exc_info=True)
        await asyncio.sleep(every)


def admin_route(site: Any) -> Any:
    """The ASGI endpoint of the admin pages: HTTP in, AdminRequest to the framework-free site, HTTP out."""
    from .admin.pages import MAX_FORM, AdminRequest

    async def admin(request: Request) -> Response:
        try:
            body = await read_body(request, MAX_FORM) if request.method == "POST" else b""
        except Rejected as exc:
            return PlainTextResponse(exc.reason, status_code=exc.status)
        secure = request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "") == "https"
        resp = site.handle(AdminRequest(request.method, request.url.path, {k.lower(): v for k, v in request.headers.items()},
                                        dict(request.cookies), body, request.client.host if request.client else "", secure))
        out = Response(resp.body if request.method != "HEAD" else b"", status_code=resp.status)
        out.raw_headers = [(b"content-length", str(len(out.body)).encode())] + [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in resp.headers]
        return out
    return admin


def run_uvicorn(app: Any, host: str, port: int, workers: int = 1) -> None:
    """Serve an ASGI app (or, with several workers, the import string of an app factory) with our logging."""
    import uvicorn
    uvicorn.run(app, host=host, port=port, workers=workers, factory=isinstance(app, str), log_config=None,
                log_level=None, access_log=False, limit_concurrency=1000)


def serve_channels(settings: Settings) -> list[type[Channel]]:
    """The channels `serve` hosts with these settings: the WeCom app and 微信客服, and/or the Telegram webhook."""
    channels: list[type[Channel]] = []
    if settings.wecom:
        from .wecom.channels import WeComApp, WeComKf
        channels += [WeComApp, WeComKf]
    if settings.telegram and settings.telegram.webhook_url:
        from .telegram import TelegramChannel
        channels.append(TelegramChannel)
    return channels


def app_from_settings(settings: Settings, dialog: Any) -> Starlette:
    """The `serve` app from typed settings: WeCom callbacks and/or the Telegram webhook."""
    from storage.channel_state import ChannelState

    from .wecom.api import WeComAPI
    from .wecom.crypto import WeComCrypto
    wecom = None
    if settings.wecom:
        w = settings.wecom
        try:
            crypto = WeComCrypto(w.token, w.aes_key, w.corp_id)
        except ValueError as exc:
            raise SystemExit(f"WECOM_AES_KEY: {exc}") from None
        wecom = WeComChannel(dialog, crypto, WeComAPI(w.corp_id, w.secret, w.agent_id, w.api_url),
                             ChannelState(dialog.store.store), w.kf_id, w.max_skew)
    telegram_app, tg = None, settings.telegram
    if tg and tg.webhook_url:
        from .telegram import build_application
        if not tg.token or not tg.webhook_secret:
            raise SystemExit("TELEGRAM_WEBHOOK_URL 需要同时设置 TELEGRAM_BOT_TOKEN 和 TELEGRAM_WEBHOOK_SECRET")
        telegram_app = build_application(dialog, tg.token, tg.api_url, max_rate=tg.max_rate)
    ops = settings.ops
    admin = None
    if ops.admin_token:
        from .admin.pages import AdminSite
        admin = AdminSite(dialog, ops.admin_token)
    jobs = [lambda: maintenance(dialog, ops.check_every)]
    if ops.group_key and ops.digest_days > 0:
        from .wecom.api import GroupRobot
        from .wecom.digest import DigestSchedule, digest_loop
        robot = GroupRobot(ops.group_key, ops.group_api_url)
        schedule = DigestSchedule(ops.digest_days, ops.digest_weekday, ops.digest_hour)
        jobs.append(lambda: digest_loop(dialog, robot, ChannelState(dialog.store.store), schedule, ops.check_every))
    if wecom is None and telegram_app is None and admin is None and len(jobs) == 1:
        raise SystemExit("没有可服务的渠道：请设置 WECOM_CORP_ID 等企业微信变量、TELEGRAM_WEBHOOK_URL、BOT_ADMIN_TOKEN 或 "
                         "WECOM_GROUP_WEBHOOK。 Nothing to serve: set the WECOM_* variables, TELEGRAM_WEBHOOK_URL, "
                         "BOT_ADMIN_TOKEN or WECOM_GROUP_WEBHOOK.")
    url = tg.webhook_url if tg else ""
    path = (urlsplit(url).path or "/telegram/webhook") if url else "/telegram/webhook"
    interval = settings.wecom.remind_interval if settings.wecom else 60.0
    return build_app(wecom, telegram_app, tg.webhook_secret if tg else "", path, url, interval, admin, tuple(jobs))


def build_app(wecom: WeComChannel | None = None, telegram: Any = None, telegram_secret: str = "",
              telegram_path: str = "/telegram/webhook", telegram_url: str = "", remind_every: float = 60.0,
              admin: Any = None, jobs: tuple[Any, ...] = ()) -> Starlette:
    """Routes for the configured channels; `telegram` is a PTB Application when its webhook runs here.

    `admin` is the admin site (BOT_ADMIN_TOKEN set; otherwise /admin is 404); `jobs` are background loops
    (digest, retention) started with the server and cancelled when it stops.
    """

    async def healthz(request: Request) -> Response:
        return JSONResponse({"ok": True, "wecom": wecom is not None, "telegram": telegram is not None})

    async def wecom_get(request: Request) -> Response:
        try:
            return PlainTextResponse(wecom.verify_url(dict(request.query_params)))
        except Rejected as exc:
            logger.info("WeCom URL check rejected: %s", exc.reason)
            return PlainTextResponse(exc.reason, status_code=exc.status)

    async def wecom_post(request: Request) -> Response:
        try:
            result = await wecom.handle(dict(request.query_params), await read_body(request))
        except Rejected as exc:
            logger.info("WeCom callback rejected: %s", exc.reason)
            return PlainTextResponse(exc.reason, status_code=exc.status)
        except Exception:
            logger.exception("WeCom callback failed")
            return PlainTextResponse("error", status_code=500)
        return Response(result.body, status_code=result.status, media_type=result.media_type,
                        background=_later(result.later))

    async def telegram_post(request: Request) -> Response:
        from .telegram import feed_update
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not hmac.compare_digest(given.encode(), telegram_secret.encode()):
            return PlainTextResponse("forbidden", status_code=403)
        try:
            await feed_update(telegram, json.loads(await read_body(request, 1024 * 1024)))
        except (Rejected, ValueError, TypeError, KeyError):
            return PlainTextResponse("bad update", status_code=400)
        return Response(status_code=200)

    routes = [Route("/healthz", healthz)]
    if wecom is not None:
        routes += [Route("/wecom/callback", wecom_get, methods=["GET"]),
                   Route("/wecom/callback", wecom_post, methods=["POST"])]
    if telegram is not None:
        routes.append(Route(telegram_path, telegram_post, methods=["POST"]))
    if admin is not None:
        endpoint = admin_route(admin)
        routes += [Route("/admin", endpoint, methods=["GET", "HEAD", "POST"]),
                   Route("/admin/{page:path}", endpoint, methods=["GET", "HEAD", "POST"])]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        if telegram is not None:
            await telegram.initialize()
            await telegram.post_init(telegram) if telegram.post_init else None
            await telegram.start()
            if telegram_url:
                await telegram.bot.set_webhook(telegram_url, secret_token=telegram_secret)
        reminders = asyncio.create_task(wecom_reminders(wecom, remind_every)) if wecom is not None else None
        background = [asyncio.create_task(job()) for job in jobs]
        try:
            yield
        finally:
            for task in background + ([reminders] if reminders is not None else []):
                task.cancel()
            if telegram is not None:
                await telegram.stop()
                await telegram.shutdown()
            if wecom is not None:
                await wecom.api.close()

    return Starlette(routes=routes, lifespan=lifespan)
