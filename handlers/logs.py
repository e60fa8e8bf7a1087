"""Logging set-up: secrets never reach a log line; platform libraries never log message texts or tokens."""

from __future__ import annotations

import logging

# Libraries that log request URLs (with the bot token) or request bodies (with message texts) at DEBUG/INFO.
CAPPED = {"httpx": logging.WARNING, "httpcore": logging.WARNING, "telegram": logging.INFO, "uvicorn": logging.INFO,
          "websockets": logging.INFO, "hpack": logging.WARNING, "apscheduler": logging.INFO, "asyncio": logging.INFO,
          "aiohttp": logging.WARNING}


class RedactSecrets(logging.Filter):
    """Replaces any known secret in a record's message (and traceback) with ***."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = tuple(sorted(set(secrets), key=len, reverse=True))

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            record.msg, record.args = self._clean(record.getMessage()), ()
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = self._clean(record.exc_text)
        return True


def configure(level: str, secrets: tuple[str, ...]) -> None:
    """Root handler with the redaction filter; library loggers capped so DEBUG shows only our own texts."""
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger().getEffectiveLevel()
    for name, floor in CAPPED.items():
        logging.getLogger(name).setLevel(max(root, floor))
