"""What a score is made of: categories, findings and figures."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Category(StrEnum):
    """The sub-scores, one per phase of the method."""

    RAPPORT = "rapport"
    NEEDS_ANALYSIS = "needs_analysis"
    PRESENTATION = "presentation"
    OBJECTION_HANDLING = "objection_handling"
    CLOSING = "closing"
    FOLLOW_UP = "follow_up"


# How much each category weighs in the total; categories that did not apply drop out.
WEIGHTS: dict[Category, int] = {
    Category.RAPPORT: 10,
    Category.NEEDS_ANALYSIS: 25,
    Category.PRESENTATION: 20,
    Category.OBJECTION_HANDLING: 15,
    Category.CLOSING: 20,
    Category.FOLLOW_UP: 10,
}


@dataclass(frozen=True)
class Finding:
    """One reward or deduction, tied to a turn and to the method rule behind it."""

    turn: int
    rule: str
    category: Category
    points: int
    message: str
    method: str

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "category": self.category.value}


@dataclass(frozen=True)
class Figures:
    turns: int
    signals_sent: int
    signals_caught: int
    signals_missed: int
    talk_past_close: int
    arguing: int
    pressure: int
    questions_open: int
    questions_closed: int
    question_share: float
    trainee_word_share: float
    longest_turn_words: int
    needs_total: int
    needs_discovered: int
    needs_answered: int
    objections_raised: int
    objections_resolved: int
    concessions: int
    irritators: int
    close_attempts: int


@dataclass(frozen=True)
class Score:
    total: int
    categories: dict[Category, int | None]
    figures: Figures
    findings: tuple[Finding, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "total": self.total,
            **{category.value: value for category, value in self.categories.items()},
            "figures": asdict(self.figures),
        }
