#!/usr/bin/env python3
"""标杆助手 — assistant for Shanghai's “质量标杆” applicants. Entry point: settings, wiring, one channel."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger("bot")

DEFAULT_DB = Path(__file__).resolve().parent / "data" / "bot.sqlite3"


@dataclass(frozen=True)
class Settings:
    """Everything read from flags and the environment, once, here."""

    kb_path: Path | None
    db_path: Path
    now: dt.datetime | None
    officers: frozenset[str]
    env: dict[str, str]


def _iso_time(value: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r} (e.g. 2025-01-15T09:00:00+08:00)") from None
    return parsed


def _common() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--kb", metavar="PATH", default=argparse.SUPPRESS,
                   help="knowledge base (notice YAML) to use; default: the bundled notice")
    p.add_argument("--now", metavar="ISO8601", type=_iso_time, default=argparse.SUPPRESS,
                   help="fix the bot's clock, e.g. 2025-01-15T09:00:00+08:00 (no zone = the notice's zone)")
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="SQLite file for checklists and settings (default: data/bot.sqlite3)")
    return p


def build_parser() -> argparse.ArgumentParser:
    """The command line: console chat by default, plus ask / console / telegram / serve / check."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="bot.py", parents=[common],
        description="标杆助手：上海市“质量标杆”申报问答、申报清单与稿件预检。不带子命令时启动交互式控制台对话。",
        epilog="例：python bot.py ask \"截止时间是什么时候\"；echo 申报条件 | python bot.py ask --json")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = sub.add_parser("ask", parents=[common], help="answer questions and exit",
                         description="回答问题后退出。给出问题则打印回答；--json 且不给问题时，从标准输入逐行读问题，"
                                     "每行输出一个 JSON：{\"text\", \"matched\", \"sources\"}。")
    ask.add_argument("question", nargs="*", help="the question (omit with --json to read standard input)")
    ask.add_argument("--json", action="store_true", help="print JSON objects, one per question")
    con = sub.add_parser("console", parents=[common], help="chat in the terminal (scripted when stdin is not a TTY)",
                         description="控制台对话。标准输入不是终端时逐行读消息、打印回复，读完即退出。")
    con.add_argument("--user", default=None, help="user id in the console channel (default: your login name)")
    tg = sub.add_parser("telegram", parents=[common], help="run the Telegram bot (long polling, or webhook)",
                        description="Telegram 机器人。需要环境变量 TELEGRAM_BOT_TOKEN；TELEGRAM_API_URL 可指向自建 Bot API 服务器。"
                                    "默认长轮询；给出 --webhook-url 时以 webhook 方式运行（密钥取 TELEGRAM_WEBHOOK_SECRET，未设置则随机生成）。")
    tg.add_argument("--webhook-url", metavar="URL", help="public HTTPS URL Telegram should post updates to")
    tg.add_argument("--listen", default="0.0.0.0", help="webhook listen address (default 0.0.0.0)")
    tg.add_argument("--port", type=int, default=8443, help="webhook listen port (default 8443)")
    chk = sub.add_parser("check", parents=[common], help="pre-check a 总结材料 draft (.docx, .txt, .md)",
                         description="按附件1检查总结材料：五个部分及顺序、字数、命名、格式、实施效果。"
                                     "退出码：0 没有问题，1 有问题，2 文件无法读取。")
    chk.add_argument("draft", help="the draft file")
    chk.add_argument("--json", action="store_true", help="print the findings as JSON")
    aib = sub.add_parser("wecom-bot", parents=[common], help="WeCom AI bot over the long connection (no public URL)",
                         description="企业微信智能机器人长连接：主动连到 WECOM_BOT_WS_URL（默认 wss://openws.work.weixin.qq.com），"
                                     "用 WECOM_BOT_ID 和 WECOM_BOT_SECRET 订阅，断线自动重连，适合没有公网地址的内网部署。")
    aib.add_argument("--ping", type=float, default=30.0, help="heartbeat interval in seconds (default 30)")
    srv = sub.add_parser("serve", parents=[common], help="HTTP server for webhook channels (WeCom, Telegram webhook)",
                         description="一个 ASGI 服务器承载所有 webhook 渠道：GET/POST /wecom/callback、GET /healthz，"
                                     "以及设置了 TELEGRAM_WEBHOOK_URL 时的 Telegram webhook（路径取该 URL 的路径）。")
    srv.add_argument("--host", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    srv.add_argument("--port", type=int, default=8080, help="listen port (default 8080)")
    return parser


def load_settings(args: argparse.Namespace) -> Settings:
    """Freeze flags and environment into Settings."""
    officers = frozenset(x.strip() for x in os.environ.get("BOT_OFFICERS", "").split(",") if x.strip())
    kb = getattr(args, "kb", None)
    return Settings(kb_path=Path(kb) if kb else None, db_path=Path(getattr(args, "db", DEFAULT_DB)),
                    now=getattr(args, "now", None), officers=officers, env=dict(os.environ))


def _load_answerer(settings: Settings):
    from knowledge.answer import Answerer
    from knowledge.model import KnowledgeError, load_knowledge
    try:
        kb = load_knowledge(settings.kb_path)
    except KnowledgeError as exc:
        sys.stderr.write(f"知识库有误 / knowledge base error: {exc}\n")
        raise SystemExit(3) from None
    return Answerer(kb)


def _clock(settings: Settings, answerer) -> dt.datetime | None:
    """The fixed clock from --now (a time without zone is read in the notice's zone), or None for real time."""
    now = settings.now
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=answerer.kb.tz)
    return now


def build_dialog(settings: Settings, bot_name: str = "标杆助手"):
    """Knowledge, storage and the conversation core, wired once."""
    from handlers.dialog import Dialog
    from storage.checklist import ChecklistStore
    from storage.db import Store
    answerer = _load_answerer(settings)
    fixed = _clock(settings, answerer)
    now = (lambda: fixed) if fixed else answerer.now
    return Dialog(answerer, ChecklistStore(Store(settings.db_path)), now, settings.officers, bot_name,
                  remind_days=_remind_days(settings))


def _remind_days(settings: Settings) -> tuple[int, ...]:
    raw = settings.env.get("BOT_REMIND_DAYS", "7,3,1")
    try:
        days = tuple(int(x) for x in raw.split(",") if x.strip())
    except ValueError:
        raise SystemExit(f"BOT_REMIND_DAYS must be whole numbers separated by commas, got {raw!r}") from None
    return days or (7, 3, 1)


def run_telegram(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py telegram`: long polling by default, webhook with --webhook-url."""
    import asyncio
    import secrets
    from urllib.parse import urlsplit

    from telegram.error import InvalidToken

    from handlers.telegram import build_application, check_token
    token = settings.env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        sys.stderr.write("缺少 Telegram 令牌：请设置环境变量 TELEGRAM_BOT_TOKEN（在 Telegram 中找 @BotFather 创建机器人获得）。\n"
                         "Missing token: set TELEGRAM_BOT_TOKEN (from @BotFather).\n")
        return 2
    api_url = settings.env.get("TELEGRAM_API_URL", "https://api.telegram.org")
    dialog = build_dialog(settings)
    app = build_application(dialog, token, api_url, max_rate=float(settings.env.get("TELEGRAM_MAX_RATE", "30")))
    try:
        username = asyncio.run(check_token(app))
    except InvalidToken:
        sys.stderr.write("Telegram 拒绝了这个令牌：请检查 TELEGRAM_BOT_TOKEN 是否与 @BotFather 给出的一致。\n"
                         "Telegram rejected the token: check TELEGRAM_BOT_TOKEN.\n")
        return 2
    except Exception as exc:
        sys.stderr.write(f"无法连接 Telegram Bot API（{api_url}）：{exc}\n检查网络或 TELEGRAM_API_URL。\n")
        return 2
    logger.warning("Telegram bot @%s running (%s)", username, "webhook" if args.webhook_url else "polling")
    if args.webhook_url:
        secret = settings.env.get("TELEGRAM_WEBHOOK_SECRET") or secrets.token_urlsafe(32)
        path = urlsplit(args.webhook_url).path.lstrip("/")
        app.run_webhook(listen=args.listen, port=args.port, url_path=path, webhook_url=args.webhook_url,
                        secret_token=secret)
    else:
        app.run_polling()
    return 0


WECOM_REQUIRED = ("WECOM_CORP_ID", "WECOM_TOKEN", "WECOM_AES_KEY", "WECOM_SECRET", "WECOM_AGENT_ID")


def build_server(settings: Settings):
    """The ASGI app for `serve`, from the environment; SystemExit naming the variable if one is missing."""
    from urllib.parse import urlsplit

    from handlers.server import build_app
    env = settings.env
    dialog = build_dialog(settings)
    wecom = None
    if any(env.get(k) for k in WECOM_REQUIRED):
        missing = [k for k in WECOM_REQUIRED if not env.get(k, "").strip()]
        if missing:
            raise SystemExit(f"缺少企业微信配置 / missing WeCom setting: {', '.join(missing)}")
        from handlers.wecom.api import WeComAPI
        from handlers.wecom.callback import WeComChannel
        from handlers.wecom.crypto import WeComCrypto
        from storage.channel_state import ChannelState
        try:
            crypto = WeComCrypto(env["WECOM_TOKEN"], env["WECOM_AES_KEY"], env["WECOM_CORP_ID"])
        except ValueError as exc:
            raise SystemExit(f"WECOM_AES_KEY: {exc}") from None
        api = WeComAPI(env["WECOM_CORP_ID"], env["WECOM_SECRET"], env["WECOM_AGENT_ID"],
                       env.get("WECOM_API_URL", "https://qyapi.weixin.qq.com"))
        wecom = WeComChannel(dialog, crypto, api, ChannelState(dialog.store.store), env.get("WECOM_KF_ID", ""),
                             int(env.get("WECOM_MAX_SKEW", "300")))
    telegram, secret, url = None, "", env.get("TELEGRAM_WEBHOOK_URL", "")
    if url:
        from handlers.telegram import build_application
        token, secret = env.get("TELEGRAM_BOT_TOKEN", ""), env.get("TELEGRAM_WEBHOOK_SECRET", "")
        if not token or not secret:
            raise SystemExit("TELEGRAM_WEBHOOK_URL 需要同时设置 TELEGRAM_BOT_TOKEN 和 TELEGRAM_WEBHOOK_SECRET")
        telegram = build_application(dialog, token, env.get("TELEGRAM_API_URL", "https://api.telegram.org"),
                                     max_rate=float(env.get("TELEGRAM_MAX_RATE", "30")))
    if wecom is None and telegram is None:
        raise SystemExit("没有可服务的渠道：请设置 WECOM_CORP_ID 等企业微信变量，或 TELEGRAM_WEBHOOK_URL。 "
                         f"Nothing to serve: set {', '.join(WECOM_REQUIRED)} or TELEGRAM_WEBHOOK_URL.")
    path = (urlsplit(url).path or "/telegram/webhook") if url else "/telegram/webhook"
    return build_app(wecom, telegram, secret, path, url, float(env.get("WECOM_REMIND_INTERVAL", "60")))


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py serve`: uvicorn with every configured webhook channel."""
    import uvicorn
    app = build_server(settings)
    uvicorn.run(app, host=args.host, port=args.port, log_level=settings.env.get("LOG_LEVEL", "warning").lower(),
                access_log=False, limit_concurrency=1000)
    return 0


def run_aibot(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py wecom-bot`: the AI bot long connection, until interrupted."""
    import asyncio

    from handlers.wecom.aibot import DEFAULT_URL, AIBotClient, AuthFailed
    missing = [k for k in ("WECOM_BOT_ID", "WECOM_BOT_SECRET") if not settings.env.get(k, "").strip()]
    if missing:
        sys.stderr.write(f"缺少企业微信智能机器人配置 / missing setting: {', '.join(missing)}\n")
        return 2
    client = AIBotClient(build_dialog(settings), settings.env["WECOM_BOT_ID"], settings.env["WECOM_BOT_SECRET"],
                         settings.env.get("WECOM_BOT_WS_URL", DEFAULT_URL), ping_interval=args.ping)
    try:
        asyncio.run(client.run())
    except AuthFailed as exc:
        sys.stderr.write(f"企业微信拒绝了机器人凭证，请检查 WECOM_BOT_ID / WECOM_BOT_SECRET：{exc}\n")
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py check DRAFT`: exit 0 when nothing is wrong, 1 when something is, 2 when the file cannot be read."""
    from drafts.check import DraftChecker
    from drafts.read import DraftError, read_draft
    from drafts.report import render
    kb = _load_answerer(settings).kb
    try:
        draft = read_draft(args.draft)
    except DraftError as exc:
        if args.json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False))
        sys.stderr.write(f"无法检查 {args.draft}：{exc}\n")
        return 2
    report = DraftChecker(kb).check(draft)
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else render(report, Path(args.draft).name))
    return 0 if report.ok else 1


def run_ask(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py ask`: one question from the arguments, or many from standard input with --json."""
    answerer = _load_answerer(settings)
    now = _clock(settings, answerer)
    if args.question:
        reply = answerer.answer(" ".join(args.question), now)
        print(json.dumps(reply.as_json(), ensure_ascii=False) if args.json else reply.text, flush=True)
        return 0
    if not args.json:
        sys.stderr.write("请给出问题，或使用 --json 从标准输入读取。 Give a question, or use --json to read stdin.\n")
        return 2
    for line in sys.stdin:
        reply = answerer.answer(line.rstrip("\r\n"), now)
        sys.stdout.write(json.dumps(reply.as_json(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    import signal
    if hasattr(signal, "SIGPIPE"):  # `bot.py ask … | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    settings = load_settings(args)
    if args.command == "ask":
        return run_ask(args, settings)
    if args.command == "telegram":
        return run_telegram(args, settings)
    if args.command == "serve":
        return run_serve(args, settings)
    if args.command == "check":
        return run_check(args, settings)
    if args.command == "wecom-bot":
        return run_aibot(args, settings)
    from handlers.console import run_console
    dialog = build_dialog(settings)
    try:
        return run_console(dialog, getattr(args, "user", None))
    finally:
        dialog.store.store.close()


if __name__ == "__main__":
    sys.exit(main())
