"""What a team report says, as plain data every output format renders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Skills:
    """Habits the method cares about, over a set of calls (None: nothing to measure)."""

    calls: int
    average: float
    signal_catch_rate: float | None
    talk_past_per_call: float
    arguing_per_call: float
    open_question_share: float | None
    word_share: float | None
    follow_up_rate: float | None


@dataclass(frozen=True)
class Comparison:
    """One trainee on one scenario."""

    trainee: str
    scenario_id: str
    scenario_title: str
    versions: int
    attempts: int
    best: int
    latest: int
    average: float
    trend: float | None


@dataclass(frozen=True)
class ScorePoint:
    """The average score of one period (a day or a week) for the chart."""

    period: date
    average: float
    calls: int


@dataclass(frozen=True)
class TraineeProfile:
    trainee: str
    team: str
    skills: Skills
    timeline: tuple[ScorePoint, ...]


@dataclass(frozen=True)
class TeamSummary:
    team: str
    trainees: int
    skills: Skills


@dataclass(frozen=True)
class ScenarioInfo:
    scenario_id: str
    title: str
    versions: int

    @property
    def changed(self) -> bool:
        return self.versions > 1


@dataclass(frozen=True)
class Report:
    calls: int
    first: datetime | None
    last: datetime | None
    scenarios: tuple[ScenarioInfo, ...]
    comparisons: tuple[Comparison, ...]
    trainees: tuple[TraineeProfile, ...]
    teams: tuple[TeamSummary, ...]
    overall: Skills | None
