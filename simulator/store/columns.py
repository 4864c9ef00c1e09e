"""The queryable columns of a finished call, taken from its document (`simulator.record`).

Reports filter and aggregate these columns in SQL instead of parsing every call's JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scoring import Category

SUB_SCORES = tuple(category.value for category in Category)
FIGURES = (
    "signals_sent",
    "signals_caught",
    "talk_past_close",
    "arguing",
    "questions_open",
    "questions_closed",
    "trainee_word_share",
)
# Follow-up counts as completed once the next contact is agreed (won) or the door left open (final no).
FOLLOW_UP_DONE_STEPS = frozenset({"next_step", "door_open"})


@dataclass(frozen=True)
class ResultColumns:
    outcome: str
    total: int
    sub_scores: tuple[int | None, ...]
    figures: tuple[int | float, ...]
    follow_up_done: bool | None

    def values(self) -> tuple[object, ...]:
        done = None if self.follow_up_done is None else int(self.follow_up_done)
        return (self.outcome, self.total, *self.sub_scores, *self.figures, done)


COLUMN_NAMES = ("outcome", "total", *SUB_SCORES, *FIGURES, "follow_up_done")


def result_columns(document: Mapping[str, object]) -> ResultColumns:
    """Raise ValueError naming the first missing or mistyped field."""
    outcome = document.get("outcome")
    if not isinstance(outcome, str):
        raise ValueError("document: 'outcome' must be a string (was the call finished?)")
    score = _mapping(document.get("score"), "document.score")
    figures = _mapping(score.get("figures"), "document.score.figures")
    total = _number(score.get("total"), "document.score.total", int)
    subs = tuple(
        None if score.get(name) is None else _number(score.get(name), f"document.score.{name}", int)
        for name in SUB_SCORES
    )
    values = tuple(
        _number(figures.get(name), f"document.score.figures.{name}", float if name == "trainee_word_share" else int)
        for name in FIGURES
    )
    done = None
    if score.get("follow_up") is not None:
        events = document.get("events")
        steps = {e.get("step") for e in events if isinstance(e, Mapping) and e.get("kind") == "follow_up"} if isinstance(events, list) else set()
        done = bool(steps & FOLLOW_UP_DONE_STEPS)
    return ResultColumns(outcome, total, subs, values, done)


def _mapping(value: object, name: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{name} must be an object")
    return value


def _number(value: object, name: str, kind: type) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise ValueError(f"{name} must be {'an integer' if kind is int else 'a number'}")
    return kind(value)
