"""Typed, frozen settings for each channel. bot.py reads flags and the environment into these once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class CoreSettings:
    """What every channel shares: knowledge, database, clock, officers, reminder points."""

    kb_paths: tuple[Path, ...]
    db_path: Path
    now: dt.datetime | None
    officers: frozenset[str]
    remind_days: tuple[int, ...] = (7, 3, 1)
    bot_name: str = "标杆助手"


@dataclass(frozen=True)
class TelegramSettings:
    token: str = field(repr=False)
    api_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    max_rate: float = 30.0


@dataclass(frozen=True)
class WeComSettings:
    corp_id: str
    agent_id: str
    secret: str = field(repr=False)
    token: str = field(repr=False)
    aes_key: str = field(repr=False)
    kf_id: str = ""
    api_url: str = "https://qyapi.weixin.qq.com"
    max_skew: int = 300
    remind_interval: float = 60.0


@dataclass(frozen=True)
class AIBotSettings:
    bot_id: str
    secret: str = field(repr=False)
    ws_url: str = "wss://openws.work.weixin.qq.com"


@dataclass(frozen=True)
class Settings:
    """Everything read from flags and the environment, once, in bot.py."""

    core: CoreSettings
    telegram: TelegramSettings | None = None
    wecom: WeComSettings | None = None
    aibot: AIBotSettings | None = None
    log_level: str = "WARNING"

    def secrets(self) -> tuple[str, ...]:
        """Every secret value, for the log filter that keeps them out of all log lines."""
        found = []
        if self.telegram:
            found += [self.telegram.token, self.telegram.webhook_secret]
        if self.wecom:
            found += [self.wecom.secret, self.wecom.token, self.wecom.aes_key]
        if self.aibot:
            found += [self.aibot.secret]
        return tuple(s for s in found if len(s) >= 4)
