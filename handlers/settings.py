"""Typed, frozen settings for each channel. bot.py reads flags and the environment into these once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from knowledge.records import record

WECOM_REQUIRED = ("WECOM_CORP_ID", "WECOM_TOKEN", "WECOM_AES_KEY", "WECOM_SECRET", "WECOM_AGENT_ID")


@record
class CoreSettings:
    """What every channel shares: knowledge, database, clock, officers, reminder points."""

    kb_paths: tuple[Path, ...]
    db_path: Path
    now: dt.datetime | None
    officers: frozenset[str]
    remind_days: tuple[int, ...] = (7, 3, 1)
    bot_name: str = "标杆助手"
    gap_days: int = 30  # BOT_GAP_DAYS: how long unanswered questions are kept; 0 = not recorded
    retention_days: int = 365  # BOT_RETENTION_DAYS: users of a round closed longer ago are purged by `serve`


@record
class TelegramSettings:
    token: str = field(repr=False)
    api_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_secret: str = field(default="", repr=False)
    max_rate: float = 30.0


@record
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


@record
class AIBotSettings:
    bot_id: str
    secret: str = field(repr=False)
    ws_url: str = "wss://openws.work.weixin.qq.com"


@record
class OpsSettings:
    """Operators' tools in `serve`: the admin page, the weekly digest to the officers' WeCom group, retention."""

    admin_token: str = field(default="", repr=False)  # BOT_ADMIN_TOKEN; empty: /admin answers 404
    group_key: str = field(default="", repr=False)  # the key of WECOM_GROUP_WEBHOOK
    group_api_url: str = "https://qyapi.weixin.qq.com"
    digest_days: int = 7  # BOT_DIGEST_DAYS; 0 = no digest
    digest_weekday: int = 1  # BOT_DIGEST_WEEKDAY, 1 = Monday (weekly digests start on this day)
    digest_hour: int = 9  # BOT_DIGEST_HOUR, in the notice's time zone
    check_every: float = 300.0  # seconds between checks for a due digest and for users to purge


@record
class Settings:
    """Everything read from flags and the environment, once, in bot.py."""

    core: CoreSettings
    telegram: TelegramSettings | None = None
    wecom: WeComSettings | None = None
    aibot: AIBotSettings | None = None
    log_level: str = "WARNING"
    ops: OpsSettings = field(default_factory=OpsSettings)

    def secrets(self) -> tuple[str, ...]:
        """Every secret value, for the log filter that keeps them out of all log lines."""
        found = []
        if self.telegram:
            found += [self.telegram.token, self.telegram.webhook_secret]
        if self.wecom:
            found += [self.wecom.secret, self.wecom.token, self.wecom.aes_key]
        if self.aibot:
            found += [self.aibot.secret]
        found += [self.ops.admin_token, self.ops.group_key]
        return tuple(s for s in found if len(s) >= 4)


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = env.get(name, "").strip()
    try:
        value = int(raw) if raw else default
    except ValueError:
        raise SystemExit(f"{name} 必须是整数 / must be a whole number, got {raw!r}") from None
    if not low <= value <= high:
        raise SystemExit(f"{name} 必须在 {low}–{high} 之间 / must be between {low} and {high}, got {value}")
    return value


def retention_from_env(env: Mapping[str, str]) -> dict[str, int]:
    """BOT_GAP_DAYS (default 30, 0 = off) and BOT_RETENTION_DAYS (default 365) for CoreSettings."""
    return {"gap_days": _int(env, "BOT_GAP_DAYS", 30, 0, 3650), "retention_days": _int(env, "BOT_RETENTION_DAYS", 365, 1, 36500)}


def ops_from_env(env: Mapping[str, str]) -> OpsSettings:
    """BOT_ADMIN_TOKEN, WECOM_GROUP_WEBHOOK (the robot's URL or just its key) and the BOT_DIGEST_* schedule."""
    token = env.get("BOT_ADMIN_TOKEN", "").strip()
    if token and len(token) < 16:
        raise SystemExit("BOT_ADMIN_TOKEN 太短：至少 16 个字符（建议 python -c \"import secrets; print(secrets.token_urlsafe(32))\"）")
    hook, base = env.get("WECOM_GROUP_WEBHOOK", "").strip(), "https://qyapi.weixin.qq.com"
    key = hook
    if "://" in hook:
        parts = urlsplit(hook)
        key, base = (parse_qs(parts.query).get("key") or [""])[0], f"{parts.scheme}://{parts.netloc}"
        if not key:
            raise SystemExit("WECOM_GROUP_WEBHOOK 中没有 key=…：请粘贴群机器人的完整 Webhook 地址")
    return OpsSettings(token, key, base, _int(env, "BOT_DIGEST_DAYS", 7, 0, 365), _int(env, "BOT_DIGEST_WEEKDAY", 1, 1, 7),
                       _int(env, "BOT_DIGEST_HOUR", 9, 0, 23))


def wecom_from_env(env: Mapping[str, str]) -> WeComSettings | None:
    """The self-built app's settings, None when none is set; SystemExit naming what is missing."""
    if not any(env.get(k) for k in WECOM_REQUIRED):
        return None
    missing = [k for k in WECOM_REQUIRED if not env.get(k, "").strip()]
    if missing:
        raise SystemExit(f"缺少企业微信配置 / missing WeCom setting: {', '.join(missing)}")
    return WeComSettings(env["WECOM_CORP_ID"], env["WECOM_AGENT_ID"], env["WECOM_SECRET"], env["WECOM_TOKEN"],
                         env["WECOM_AES_KEY"], env.get("WECOM_KF_ID", ""), env.get("WECOM_API_URL", "https://qyapi.weixin.qq.com"),
                         int(env.get("WECOM_MAX_SKEW", "300")), float(env.get("WECOM_REMIND_INTERVAL", "60")))
