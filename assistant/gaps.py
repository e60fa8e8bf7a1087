"""Knowledge gaps: record programme questions the knowledge base could not answer (masked), group similar ones."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.text import prepare
from storage.checklist import UserKey
from storage.gaps import Gap, GapStore

from .masking import mask

SIMILAR = 78  # rapidfuzz ratio (0–100) at which two normalised questions count as the same question
_FILLER = re.compile(r"^(请问一下|请问|你好|您好|我想问一下|我想问|想问一下|想问|问一下|麻烦问一下)+")
_PLACEHOLDER = re.compile(r"\[[^\]]{2,5}\]")


def normalise(masked: str) -> str:
    """Comparable form: simplified, lower-case, no punctuation or spaces, no greeting or placeholder."""
    compact = prepare(_PLACEHOLDER.sub("", masked)).compact
    return _FILLER.sub("", compact) or compact


@dataclass(frozen=True)
class GapGroup:
    """Similar unanswered questions: how many, the commonest wording, a few other wordings, where and when."""

    count: int
    text: str
    examples: tuple[str, ...]
    channels: tuple[tuple[str, int], ...]
    districts: tuple[tuple[str, int], ...]  # district keys ("" = not set)
    first: str
    last: str


def group(gaps: list[Gap], examples: int = 3) -> list[GapGroup]:
    """Group by normalised text, then merge near-identical wordings (fuzzy); largest group first."""
    by_norm: dict[str, list[Gap]] = {}
    for g in gaps:
        by_norm.setdefault(g.norm, []).append(g)
    reps: list[str] = []
    members: dict[str, list[Gap]] = {}
    for norm in sorted(by_norm, key=lambda n: -len(by_norm[n])):  # frequent wordings become the representatives
        hit = process.extractOne(norm, reps, scorer=fuzz.ratio, score_cutoff=SIMILAR) if reps and norm else None
        key = hit[0] if hit else norm
        if not hit:
            reps.append(norm)
        members.setdefault(key, []).extend(by_norm[norm])
    out = []
    for items in members.values():
        texts = Counter(g.text for g in items)
        ordered = [t for t, _ in texts.most_common(examples + 1)]
        out.append(GapGroup(len(items), ordered[0], tuple(ordered[1:]),
                            tuple(Counter(g.channel for g in items).most_common()),
                            tuple(Counter(g.district for g in items).most_common()),
                            min(g.at for g in items), max(g.at for g in items)))
    return sorted(out, key=lambda g: (-g.count, g.text))


class GapsFeature:
    """Mixed into the Router; `self` is the router with its stores, knowledge and clock."""

    def record_gap(self, user: UserKey, text: str) -> None:
        """Keep an unanswered programme question for operators: masked, with channel and district, never the user id."""
        if self.gap_days <= 0:
            return
        masked = mask(text)
        norm = normalise(masked)
        if not norm:
            return
        now = self.now().astimezone(dt.UTC)  # the bot's clock: retention follows it (tests set it)
        keep_after = (now - dt.timedelta(days=self.gap_days)).isoformat(timespec="seconds")
        GapStore(self.store.store).record(self.kb.round_id, now.isoformat(timespec="seconds"), user.channel,
                                          self.store.district(user) or "", masked, norm, keep_after)

    def gap_groups(self, since: dt.datetime | None = None) -> list[GapGroup]:
        """Groups of unanswered questions within the retention window (or since a time), largest first."""
        floor = self.now().astimezone(dt.UTC) - dt.timedelta(days=max(self.gap_days, 0))
        if since is not None:
            floor = max(floor, since.astimezone(dt.UTC))
        return group(GapStore(self.store.store).since(floor.isoformat(timespec="seconds")))
