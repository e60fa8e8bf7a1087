#!/usr/bin/env python3
"""标杆助手 — assistant for Shanghai's “质量标杆” applicants. Entry point: settings, wiring, one channel."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from handlers import ops_cli
from handlers.settings import AIBotSettings, CoreSettings, Settings, TelegramSettings, ops_from_env, retention_from_env, wecom_from_env

logger = logging.getLogger("bot")

DEFAULT_DB = Path(__file__).resolve().parent / "data" / "bot.sqlite3"
ARGV_ENV = "BOT_SERVE_ARGV"  # how `serve --workers N` hands the command line to its worker processes


def _iso_time(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {value!r} (e.g. 2025-01-15T09:00:00+08:00)") from None


def _common() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--kb", metavar="PATH", action="append", default=argparse.SUPPRESS,
                   help="knowledge base (notice YAML) to use; default: the bundled notice")
    p.add_argument("--now", metavar="ISO8601", type=_iso_time, default=argparse.SUPPRESS,
                   help="fix the bot's clock, e.g. 2025-01-15T09:00:00+08:00 (no zone = the notice's zone)")
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                   help="SQLite file for checklists and settings (default: data/bot.sqlite3)")
    return p


def build_parser() -> argparse.ArgumentParser:
    """The command line: console chat by default, plus ask / console / telegram / serve / check / wecom-bot."""
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
                         description="按附件1检查总结材料：各部分及顺序、字数、命名、格式、实施效果（规则来自知识库）。"
                                     "退出码：0 没有问题，1 有问题，2 文件无法读取。")
    chk.add_argument("draft", help="the draft file")
    chk.add_argument("--json", action="store_true", help="print the findings as JSON")
    ing = sub.add_parser("ingest", help="read a new round's notice text into a knowledge base and print a review report",
                         description="读取一份通知原文（纯文本），生成知识库并打印审核报告：找到了什么、没找到什么、修复了什么、"
                                     "哪里有歧义。退出码：0 可直接使用，1 可用但请核对提示，2 不能使用（说明原因）。")
    ing.add_argument("notice", help="the notice as plain UTF-8 text")
    ing.add_argument("-o", "--output", metavar="KB.yaml", help="write the knowledge base to this YAML file")
    aib = sub.add_parser("wecom-bot", parents=[common], help="WeCom AI bot over the long connection (no public URL)",
                         description="企业微信智能机器人长连接：主动连到 WECOM_BOT_WS_URL（默认 wss://openws.work.weixin.qq.com），"
                                     "用 WECOM_BOT_ID 和 WECOM_BOT_SECRET 订阅，断线自动重连，适合没有公网地址的内网部署。")
    aib.add_argument("--ping", type=float, default=30.0, help="heartbeat interval in seconds (default 30)")
    srv = sub.add_parser("serve", parents=[common], help="HTTP server for webhook channels (WeCom, Telegram webhook)",
                         description="一个 ASGI 服务器承载所有 webhook 渠道：GET/POST /wecom/callback、GET /healthz，"
                                     "以及设置了 TELEGRAM_WEBHOOK_URL 时的 Telegram webhook（路径取该 URL 的路径）。")
    srv.add_argument("--host", default="127.0.0.1", help="listen address (default 127.0.0.1)")
    srv.add_argument("--port", type=int, default=8080, help="listen port (default 8080)")
    srv.add_argument("--workers", type=int, default=1, help="worker processes sharing one database (default 1)")
    ops_cli.add_parsers(sub, common)  # gaps, eval: operators' tools
    return parser


# ------------------------------------------------------------ settings: read once, here
def _remind_days(raw: str) -> tuple[int, ...]:
    try:
        days = tuple(int(x) for x in raw.split(",") if x.strip())
    except ValueError:
        raise SystemExit(f"BOT_REMIND_DAYS must be whole numbers separated by commas, got {raw!r}") from None
    return days or (7, 3, 1)


def load_settings(args: argparse.Namespace, env: Mapping[str, str]) -> Settings:
    """Freeze flags and environment into typed Settings."""
    core = CoreSettings(
        kb_paths=tuple(Path(p) for p in getattr(args, "kb", None) or ()), db_path=Path(getattr(args, "db", DEFAULT_DB)),
        now=getattr(args, "now", None), remind_days=_remind_days(env.get("BOT_REMIND_DAYS", "7,3,1")),
        officers=frozenset(x.strip() for x in env.get("BOT_OFFICERS", "").split(",") if x.strip()), **retention_from_env(env))
    telegram = TelegramSettings(env.get("TELEGRAM_BOT_TOKEN", "").strip(), env.get("TELEGRAM_API_URL", "https://api.telegram.org"),
                                env.get("TELEGRAM_WEBHOOK_URL", ""), env.get("TELEGRAM_WEBHOOK_SECRET", ""),
                                float(env.get("TELEGRAM_MAX_RATE", "30")))
    aibot = AIBotSettings(env.get("WECOM_BOT_ID", "").strip(), env.get("WECOM_BOT_SECRET", "").strip(),
                          env.get("WECOM_BOT_WS_URL", "wss://openws.work.weixin.qq.com"))
    wecom = wecom_from_env(env) if getattr(args, "command", None) == "serve" else None
    return Settings(core, telegram, wecom, aibot, env.get("LOG_LEVEL", "WARNING"), ops_from_env(env))


# ------------------------------------------------------------ wiring
def _load_answerer(paths: tuple[Path, ...], fixed: dt.datetime | None = None):
    """The rounds named by --kb (default: the bundled notice folder), ready to answer. Exits 3 on a bad KB.

    One round gives its Answerer; several give Rounds, which answers from the current round by the clock
    (`fixed` is --now) or from the round a question names."""
    from knowledge.answer import Answerer
    from knowledge.cache import IndexCache
    from knowledge.loader import load_rounds
    from knowledge.model import KnowledgeError
    cache_dir = Path(__file__).resolve().parent / "data" / "cache"  # derived files only; gitignored, safe to delete
    try:
        kbs = load_rounds(paths or None, cache_dir=cache_dir)
    except KnowledgeError as exc:
        sys.stderr.write(f"知识库有误 / knowledge base error: {exc}\n")
        raise SystemExit(3) from None
    cache = IndexCache(cache_dir)
    answerers = [Answerer(kb, cache) for kb in kbs]
    from knowledge.rounds import Rounds
    return Rounds(answerers, fixed.replace(tzinfo=fixed.tzinfo or kbs[-1].tz) if fixed else None)


def _clock(core: CoreSettings, answerer) -> Callable[[], dt.datetime]:
    """The fixed clock from --now (a time without zone is read in the notice's zone), or real time."""
    fixed = core.now
    if fixed is None:
        return answerer.now
    if fixed.tzinfo is None:
        fixed = fixed.replace(tzinfo=answerer.kb.tz)
    return lambda: fixed


def build_dialog(core: CoreSettings, pushers: frozenset[str] = frozenset()):
    """Knowledge, storage and the conversation core, wired once."""
    from assistant.router import Router
    from storage.checklist import ChecklistStore
    from storage.db import Store
    answerer = _load_answerer(core.kb_paths, core.now)
    earlier = answerer.earlier()  # past rounds: /checklist 上期
    return Router(answerer, ChecklistStore(Store(core.db_path)), _clock(core, answerer), core.officers, core.bot_name,
                  remind_days=core.remind_days, reminder_channels=pushers, earlier=earlier, gap_days=core.gap_days,
                  retention_days=core.retention_days)


# ------------------------------------------------------------ subcommands
def run_ask(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py ask`: one question from the arguments, or many from standard input with --json."""
    answerer = _load_answerer(settings.core.kb_paths, settings.core.now)
    now = _clock(settings.core, answerer)()
    if args.question:
        reply = answerer.answer(" ".join(args.question), now)
        print(json.dumps(reply.as_json(), ensure_ascii=False) if args.json else reply.text, flush=True)
        return 0
    if not args.json:
        sys.stderr.write("请给出问题，或使用 --json 从标准输入读取。 Give a question, or use --json to read stdin.\n")
        return 2
    for line in sys.stdin:
        reply = answerer.answer(line.rstrip("\r\n"), _clock(settings.core, answerer)())
        sys.stdout.write(json.dumps(reply.as_json(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py check DRAFT`: exit 0 when nothing is wrong, 1 when something is, 2 when the file cannot be read."""
    from handlers.run import check
    return check(args.draft, args.json, _load_answerer(settings.core.kb_paths).kb)


def run_console(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py [console]`: the terminal chat."""
    from handlers.console import run_console as chat
    dialog = build_dialog(settings.core)
    try:
        return chat(dialog, getattr(args, "user", None))
    finally:
        dialog.store.store.close()


def run_telegram(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py telegram`: long polling by default, webhook with --webhook-url."""
    from handlers.run import telegram
    return telegram(settings, args.webhook_url, args.listen, args.port, build_dialog)


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py serve`: uvicorn with every configured webhook channel, in one or several worker processes."""
    from handlers.server import run_uvicorn
    if args.workers > 1:  # each worker builds its own app from the same command line
        os.environ[ARGV_ENV] = json.dumps(args.argv)
        run_uvicorn("bot:worker_app", args.host, args.port, args.workers)
    else:
        run_uvicorn(build_server(settings), args.host, args.port)
    return 0


def build_server(settings: Settings):
    """The ASGI app for `serve`; SystemExit naming what is missing."""
    from handlers.run import server
    return server(settings, build_dialog)


def worker_app():
    """One `serve --workers N` worker: the same settings, read again from the parent's command line."""
    args = build_parser().parse_args(json.loads(os.environ.get(ARGV_ENV, "[]")))
    settings = load_settings(args, os.environ)
    from handlers import logs
    logs.configure(settings.log_level, settings.secrets())
    return build_server(settings)


def run_aibot(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py wecom-bot`: the AI bot long connection, until interrupted."""
    from handlers.wecom.aibot import run_bot
    return run_bot(settings, args.ping, build_dialog)


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """`bot.py ingest NOTICE.txt [-o KB.yaml]`: exit 0 clean, 1 usable with warnings, 2 unusable."""
    from knowledge.ingest.command import run
    return run(Path(args.notice), Path(args.output) if args.output else None)


SUBCOMMANDS: dict[str | None, Callable[[argparse.Namespace, Settings], int]] = {
    None: run_console, "console": run_console, "ask": run_ask, "check": run_check, "telegram": run_telegram,
    "serve": run_serve, "wecom-bot": run_aibot, "ingest": run_ingest,
    "gaps": lambda a, s: ops_cli.gaps(a, s, build_dialog), "eval": lambda a, s: ops_cli.evaluate(a, s, _load_answerer, _clock),
}


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, read settings once, run one subcommand."""
    import signal
    if hasattr(signal, "SIGPIPE"):  # `bot.py ask … | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    args.argv = argv
    settings = load_settings(args, os.environ)
    from handlers import logs
    logs.configure(settings.log_level, settings.secrets())
    return SUBCOMMANDS[args.command](args, settings)


if __name__ == "__main__":
    sys.exit(main())
