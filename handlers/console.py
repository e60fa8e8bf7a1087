"""Console channel: the interactive default, and the scripted harness (one message per stdin line)."""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Callable
from typing import TextIO

from assistant.router import Router
from assistant.types import ChannelName, Incoming, Reply

from .channel import CannotPush, Capabilities, guarded

logger = logging.getLogger(__name__)
PROMPT = "你> "
BYE = "再见！"


class ConsoleChannel:
    """The terminal as a Channel: text only, it answers but cannot push or build share links."""

    name = ChannelName.CONSOLE
    capabilities = Capabilities()

    async def push(self, chat_id: str, reply: Reply) -> None:
        """Nobody reads the terminal between messages: reminders are declined at /remind on."""
        raise CannotPush(self.name)


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
        stdout.write(dialog.respond(Incoming(ConsoleChannel.name.value, user, "/start")).plain() + "\n（输入 exit 或按 Ctrl-D 退出）\n\n")
    read = _line_reader(stdin, stdout, interactive)
    while True:
        try:
            text = read()
        except KeyboardInterrupt:
            text = None
        if text is None or (interactive and text.strip().lower() in {"exit", "quit", "退出"}):
            break
        reply, _ = guarded(dialog, Incoming(ConsoleChannel.name.value, user, text))  # an error: logged, apologised
        stdout.write(reply.plain() + "\n\n")
        stdout.flush()
    if interactive:
        stdout.write("\n" + BYE + "\n")
        stdout.flush()
    return 0


def run_console(dialog: Router, user: str | None) -> int:
    """The console chat on standard input/output; interactive when stdin is a terminal."""
    return run(dialog, user or default_user(), sys.stdin, sys.stdout, sys.stdin.isatty())
