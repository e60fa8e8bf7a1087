"""Console channel: the interactive default, and the scripted harness (one message per stdin line)."""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Callable
from typing import TextIO

from assistant.router import Router
from assistant.types import Incoming

logger = logging.getLogger(__name__)
PROMPT = "你> "
BYE = "再见！"
APOLOGY = "抱歉，处理这条消息时出错了，请稍后再试。"


def default_user() -> str:
    """The login name, or 'local' where there is none."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "local"


def _line_reader(stdin: TextIO, stdout: TextIO, interactive: bool) -> Callable[[], str | None]:
    """Interactive terminals get readline's line editing and history; scripts are read line by line."""
    if interactive and stdin is sys.stdin and stdout is sys.stdout:
        try:
            import readline  # noqa: F401  (importing it gives input() editing and history)
        except ImportError:  # not on every platform
            pass

        def ask() -> str | None:
            try:
                return input(PROMPT)
            except EOFError:
                return None
        return ask

    def read() -> str | None:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        return line.rstrip("\r\n") if line else None
    return read


def run(dialog: Router, user: str, stdin: TextIO, stdout: TextIO, interactive: bool) -> int:
    """Read messages until end of input (Ctrl-D) or Ctrl-C; print each reply."""
    if interactive:
        stdout.write(dialog.respond(Incoming("console", user, "/start")).plain() + "\n（输入 exit 或按 Ctrl-D 退出）\n\n")
    read = _line_reader(stdin, stdout, interactive)
    while True:
        try:
            text = read()
        except KeyboardInterrupt:
            text = None
        if text is None or (interactive and text.strip().lower() in {"exit", "quit", "退出"}):
            break
        try:
            out = dialog.respond(Incoming("console", user, text)).plain()
        except Exception:  # the edge of the channel: log, apologise, keep going
            logger.exception("console message failed")
            out = APOLOGY
        stdout.write(out + "\n\n")
        stdout.flush()
    if interactive:
        stdout.write("\n" + BYE + "\n")
        stdout.flush()
    return 0


def run_console(dialog: Router, user: str | None) -> int:
    """The console chat on standard input/output; interactive when stdin is a terminal."""
    return run(dialog, user or default_user(), sys.stdin, sys.stdout, sys.stdin.isatty())
