"""Operators' command-line tools: `bot.py gaps` (unanswered questions, grouped) and `bot.py eval` (a question set)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .settings import Settings


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """The `gaps` and `eval` subcommands."""
    gaps = sub.add_parser("gaps", parents=[common], help="unanswered programme questions, grouped, largest first",
                          description="列出助手没能回答的申报问题（已去除个人信息），相似的问题归为一组，按数量从多到少。"
                                      "只包含保留期（BOT_GAP_DAYS，默认 30 天）内的记录。")
    gaps.add_argument("--since", metavar="DATE", help="only questions from this date or time on (e.g. 2024-02-01)")
    gaps.add_argument("--json", action="store_true", help="print the groups as JSON")
    ev = sub.add_parser("eval", parents=[common], help="score a question set (JSON lines) against the knowledge base",
                        description="用一组问题（每行一个 JSON：id、category、q、matched、must、must_not、可选 now）检查知识库的回答，"
                                    "按类别打印通过率和每个失败的原因。退出码：0 全部通过，1 有失败，2 文件无法使用。")
    ev.add_argument("cases", help="the cases file, e.g. ../shared/eval/dev.jsonl")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")


def _since(raw: str | None, tz: dt.tzinfo) -> dt.datetime | None:
    if not raw:
        return None
    try:
        when = dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        raise SystemExit(f"--since: not a date: {raw!r} (e.g. 2024-02-01)") from None
    return when if when.tzinfo else when.replace(tzinfo=tz)


def gaps(args: argparse.Namespace, settings: Settings, build: Callable[..., Any]) -> int:
    """Print the groups of unanswered questions (text or JSON)."""
    dialog = build(settings.core)
    try:
        if dialog.gap_days <= 0:
            sys.stderr.write("BOT_GAP_DAYS=0：没有记录未能回答的问题。\n")
        groups = dialog.gap_groups(_since(args.since, dialog.kb.tz))
        name = dialog.district_name
        if args.json:
            for g in groups:
                print(json.dumps({"count": g.count, "text": g.text, "examples": list(g.examples),
                                  "channels": dict(g.channels), "districts": {name(k): n for k, n in g.districts},
                                  "first": g.first, "last": g.last}, ensure_ascii=False))
            return 0
        total = sum(g.count for g in groups)
        print(f"未能回答的申报问题：{total} 条，{len(groups)} 组（保留 {dialog.gap_days} 天），按数量排序：")
        for g in groups:
            print(f"\n{g.count:>5}  {g.text}")
            if g.examples:
                print("       其他说法：" + "；".join(g.examples))
            where = "，".join(f"{name(k)} {n}" for k, n in g.districts)
            print(f"       渠道：{'，'.join(f'{c} {n}' for c, n in g.channels)}；区：{where}；最近：{g.last[:10]}")
        return 0
    finally:
        dialog.store.store.close()


def evaluate(args: argparse.Namespace, settings: Settings, load: Callable[..., Any], clock: Callable[..., Any]) -> int:
    """Run a question set through the answering core, as `bot.py ask --json` answers; 0 all pass, 1 failures, 2 bad file."""
    from assistant.evaluate import EvalError, as_json, evaluate, load_cases, render
    answerer = load(settings.core.kb_paths)
    now = clock(settings.core, answerer)
    try:
        cases = load_cases(Path(args.cases), answerer.kb.tz)
    except EvalError as exc:
        sys.stderr.write(f"无法评估 / cannot evaluate: {exc}\n")
        return 2

    def answer(question: str, when: dt.datetime | None) -> tuple[str, bool]:
        reply = answerer.answer(question, when or now()).as_json()
        return reply["text"], bool(reply["matched"])

    report = evaluate(cases, answer)
    if args.json:
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
    else:
        print(render(report, f"评估 {Path(args.cases).name}：{report.total} 个问题，知识库 {answerer.kb.notice.meta.doc_number}"))
    return 0 if not report.failures else 1
