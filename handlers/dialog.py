"""Old import path of the conversation core, kept for scripts outside the package; the core lives in assistant/."""

from __future__ import annotations

from assistant.router import COMMANDS, Router
from assistant.types import Button, Command, Incoming, Reply

Dialog = Router

__all__ = ["COMMANDS", "Button", "Command", "Dialog", "Incoming", "Reply", "Router"]
