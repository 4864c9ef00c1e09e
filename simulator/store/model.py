"""What the store keeps and hands back: plain frozen records, no database types."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

MODES = ("coach", "exam", "guided", "headless")


class StoreError(Exception):
    """A store problem worth telling the user about (the message says what and what to do)."""


@dataclass(frozen=True)
class CallStart:
    """What is known when a call begins; written before the first turn so nothing is lost."""

    call_id: str
    trainee: str
    team: str
    scenario_id: str
    scenario_hash: str
    scenario_title: str
    language: str
    mode: str
    seed: int
    started_at: datetime


@dataclass(frozen=True)
class StoredCall:
    """A call as stored: finished calls have an end time, outcome, total and document."""

    start: CallStart
    lines: tuple[str, ...]
    ended_at: datetime | None
    outcome: str | None
    total: int | None
    document: Mapping[str, object] | None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None


class CallSummary(NamedTuple):
    """One finished call reduced to the numbers the team reports compare (a tuple: reports read 100,000s)."""

    call_id: str
    trainee: str
    team: str
    scenario_id: str
    scenario_hash: str
    scenario_title: str
    mode: str
    started_at: datetime
    outcome: str
    total: int
    signals_sent: int
    signals_caught: int
    talk_past_close: int
    arguing: int
    questions_open: int
    questions_closed: int
    trainee_word_share: float
    follow_up_done: bool | None


class GroupTotals(NamedTuple):
    """Sums over the finished calls of one trainee, team, scenario and scenario version (a report group)."""

    trainee: str
    team: str
    scenario_id: str
    scenario_hash: str
    calls: int
    first_started: datetime
    score: int
    best: int
    signals_sent: int
    signals_caught: int
    talk_past_close: int
    arguing: int
    questions_open: int
    questions: int
    word_share_micro: int  # the sum of trainee_word_share in millionths (exact, the same in every database)
    follow_up_due: int
    follow_up_done: int


class RecentCall(NamedTuple):
    """One of the latest calls of a report group; recency 1 is the newest."""

    trainee: str
    team: str
    scenario_id: str
    scenario_hash: str
    recency: int
    started_at: datetime
    call_id: str
    scenario_title: str
    total: int


class DayTotals(NamedTuple):
    """The scores of one trainee on one (local) calendar day."""

    trainee: str
    day: date
    score: int
    calls: int


@dataclass(frozen=True)
class ReportRows:
    """What a report is computed from: small per-group results instead of every call.

    `days` is None when the report needs no score-over-time charts.
    """

    groups: tuple[GroupTotals, ...]
    recent: tuple[RecentCall, ...]
    days: tuple[DayTotals, ...] | None


def word_share_micro(share: float) -> int:
    """A word share in millionths, rounded half up, as the SQL of both databases computes it."""
    return int(share * 1000000 + 0.5)


@dataclass(frozen=True)
class Filters:
    """Which calls an export or a report covers; None means no restriction."""

    trainee: str | None = None
    team: str | None = None
    scenario: str | None = None
    since: datetime | None = None
    mode: str | None = None


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int


def new_call_id() -> str:
    return uuid.uuid4().hex
