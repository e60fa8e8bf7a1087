"""The command line of bot.py: its subcommands and options (parsing only; bot.py reads settings and runs one)."""

from __future__ import annotations

import argparse
import datetime as dt

from . import ops_cli


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
