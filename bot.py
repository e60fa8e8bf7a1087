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
from handlers.cli import build_parser
from handlers.settings import AIBotSettings, CoreSettings, Settings, TelegramSettings, ops_from_env, retention_from_env, wecom_from_env

logger = logging.getLogger("bot")

DEFAULT_DB = Path(__file__).resolve().parent / "data" / "bot.sqlite3"
ARGV_ENV = "BOT_SERVE_ARGV"  # how `serve --workers N` hands the command line to its worker processes


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
    from knowledge import compiled
    cache_dir = Path(__file__).resolve().parent / "data" / "cache"  # derived files only; gitignored, safe to delete
    preloaded = compiled.preload(cache_dir)  # before the modules below compile their patterns
    from knowledge.answer import Answerer
    from knowledge.cache import IndexCache
    from knowledge.loader import load_rounds
    from knowledge.model import KnowledgeError
    try:
        kbs = load_rounds(paths or None, cache_dir=cache_dir)
    except KnowledgeError as exc:
        sys.stderr.write(f"知识库有误 / knowledge base error: {exc}\n")
        raise SystemExit(3) from None
    cache = IndexCache(cache_dir)
    answerers = [Answerer(kb, cache) for kb in kbs]
    from knowledge.rounds import Rounds
    rounds = Rounds(answerers, fixed.replace(tzinfo=fixed.tzinfo or kbs[-1].tz) if fixed else None)
    compiled.warm(cache_dir, rounds.answer, preloaded)  # before any user's message: exercise the answering paths, save
    return rounds


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
        reply = _ask_one(answerer, " ".join(args.question), now)
        print(json.dumps(reply, ensure_ascii=False) if args.json else reply["text"], flush=True)
        return 0
    if not args.json:
        sys.stderr.write("请给出问题，或使用 --json 从标准输入读取。 Give a question, or use --json to read stdin.\n")
        return 2
    for line in sys.stdin:
        sys.stdout.write(json.dumps(_ask_one(answerer, line.rstrip("\r\n"), _clock(settings.core, answerer)()), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def _ask_one(answerer, text: str, now: dt.datetime) -> dict:
    """One line: a pasted draft ("检查摘要：……") gets the same pre-check as in chat; anything else is answered."""
    if ("：" in text or ":" in text) and answerer.kb.notice.draft_rules:
        from assistant.drafts import paste_report
        from drafts.check import DraftChecker
        from drafts.report import render
        checker = answerer.__dict__.get("_draft_checker")
        if checker is None:  # built once per process, on the first line that may be a draft
            checker = answerer.__dict__["_draft_checker"] = DraftChecker(answerer.kb)
        if report := paste_report(checker, text):
            return {"text": render(report), "matched": True, "sources": []}
    return answerer.answer(text, now).as_json()


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
