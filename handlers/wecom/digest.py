"""The weekly digest to the officers' WeCom group robot: when it is due, posting it once across restarts and workers."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from storage.channel_state import ChannelState

from .api import GroupRobot

logger = logging.getLogger(__name__)

LAST_SENT = "digest:last_sent"


@dataclass(frozen=True)
class DigestSchedule:
    days: int = 7  # every N days; 0 = never
    weekday: int = 1  # 1 = Monday: a weekly (or N×7-day) digest goes out on this day
    hour: int = 9  # local hour in the notice's time zone


def next_due(last: dt.datetime | None, schedule: DigestSchedule, tz: dt.tzinfo, now: dt.datetime) -> dt.datetime:
    """When the next digest is due: the first slot after the last one sent (or the first slot at all)."""
    local = now.astimezone(tz)
    weekly = schedule.days % 7 == 0
    if last is None:
        day = local.date()
        if weekly:
            day -= dt.timedelta(days=(day.isoweekday() - schedule.weekday) % 7)  # this week's slot (maybe already past)
        return dt.datetime.combine(day, dt.time(schedule.hour), tz)
    day = last.astimezone(tz).date() + dt.timedelta(days=schedule.days)
    if weekly:  # back to the chosen weekday, so a late post does not shift every later one
        day -= dt.timedelta(days=(day.isoweekday() - schedule.weekday) % 7)
    return dt.datetime.combine(day, dt.time(schedule.hour), tz)


async def post_if_due(dialog: Any, robot: GroupRobot, state: ChannelState, schedule: DigestSchedule) -> bool:
    """Post the digest if a slot is due. The slot is claimed in SQLite first, so restarts and workers never post twice;
    a failed post gives the claim back and the next check retries."""
    if schedule.days <= 0:
        return False
    now = dialog.now()
    with state.store.transaction():
        raw = state.get(LAST_SENT)
        last = dt.datetime.fromisoformat(raw) if raw else None
        closed_long_ago = now > dialog.kb.deadline + dt.timedelta(days=schedule.days)
        if now < next_due(last, schedule, dialog.kb.tz, now) or (closed_long_ago and last and last >= dialog.kb.deadline):
            return False  # not yet, or the round closed and its last digest went out
        state.set(LAST_SENT, now.isoformat())
    try:
        await robot.send_markdown(dialog.digest_markdown(schedule.days))
    except Exception:
        with state.store.transaction():
            if state.get(LAST_SENT) == now.isoformat():
                state.set(LAST_SENT, raw or "")
        raise
    logger.info("digest posted to the officers' group")
    return True


async def digest_loop(dialog: Any, robot: GroupRobot, state: ChannelState, schedule: DigestSchedule, every: float) -> None:
    """Check for a due digest now and every `every` seconds, until cancelled."""
    while True:
        try:
            await post_if_due(dialog, robot, state, schedule)
        except Exception:
            logger.warning("digest could not be posted; will retry", exc_info=True)
        await asyncio.sleep(every)
