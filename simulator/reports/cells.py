"""How report numbers read as text, shared by the terminal table, CSV and HTML."""

from __future__ import annotations

from simulator.reports.model import Comparison, Skills

SKILL_HEADERS = ("calls", "average", "signals caught", "talk past close / call", "arguing / call",
                 "open questions", "share of words", "follow-up done")
COMPARISON_HEADERS = ("trainee", "scenario", "attempts", "best", "latest", "average", "trend")


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.0f}%"


def decimal(value: float | None, places: int = 1) -> str:
    return "-" if value is None else f"{value:.{places}f}"


def signed(value: float | None) -> str:
    return "-" if value is None else f"{value:+.1f}"


def scenario_label(scenario_id: str, versions: int) -> str:
    """The id, marked when the compared calls ran against more than one version of it."""
    return f"{scenario_id} (changed: {versions} versions)" if versions > 1 else scenario_id


def skill_cells(skills: Skills) -> list[str]:
    return [
        str(skills.calls),
        decimal(skills.average),
        percent(skills.signal_catch_rate),
        decimal(skills.talk_past_per_call, 2),
        decimal(skills.arguing_per_call, 2),
        percent(skills.open_question_share),
        percent(skills.word_share),
        percent(skills.follow_up_rate),
    ]


def comparison_cells(row: Comparison) -> list[str]:
    return [
        row.trainee,
        scenario_label(row.scenario_id, row.versions),
        str(row.attempts),
        str(row.best),
        str(row.latest),
        decimal(row.average),
        signed(row.trend),
    ]
