"""Console channel: the interactive default, and the scripted harness (one message per stdin line)."""

from __future__ import annotations

import getpass
import logging
import sys
from typing import TextIO

from .dialog import Dialog, Incoming

logger = logging.getLogger(__name__)
PROMPT = "你> "


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "local"


def run(dialog: Dialog, user: str, stdin: TextIO, stdout: TextIO, interactive: bool) -> int:
    """Read messages until end of input; print each reply."""
    if interactive:
        stdout.write(dialog.respond(Incoming("console", user, "/start")).plain() + "\n（输入 exit 或按 Ctrl-D 退出）\n\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.rstrip("\r\n")
        if interactive and text.strip().lower() in {"exit", "quit", "退出"}:
            break
        try:
            out = dialog.respond(Incoming("console", user, text)).plain()
        except Exception:  # the edge of the channel: log, apologise, keep going
            logger.exception("console message failed")
            out = "抱歉，处理这条消息时出错了，请稍后再试。"
        stdout.write(out + "\n\n")
        stdout.flush()
    return 0


def run_console(dialog: Dialog, user: str | None) -> int:
    """The console chat on standard input/output; interactive when stdin is a terminal."""
    return run(dialog, user or default_user(), sys.stdin, sys.stdout, sys.stdin.isatty())
