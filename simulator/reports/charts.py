"""Geometry for the HTML report's inline SVG charts; the template only draws what this computes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from simulator.reports.cells import decimal, percent
from simulator.reports.model import ScorePoint, Skills, TraineeProfile

WIDTH, HEIGHT, MARGIN = 560, 150, 30


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    title: str


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    points: str
    dots: tuple[Dot, ...]
    grid: tuple[tuple[float, int], ...]
    labels: tuple[tuple[float, str], ...]


@dataclass(frozen=True)
class Bar:
    label: str
    text: str
    fraction: float
    bad: bool


def score_chart(timeline: Sequence[ScorePoint]) -> LineChart:
    """Scores 0–100 over time; x follows the calendar so gaps in practice show as gaps."""
    first, last = timeline[0].period, timeline[-1].period
    span = max((last - first).days, 1)
    inner_w, inner_h = WIDTH - 2 * MARGIN, HEIGHT - 2 * MARGIN

    def x(point: ScorePoint) -> float:
        return round(MARGIN + (inner_w / 2 if first == last else inner_w * (point.period - first).days / span), 1)

    def y(score: float) -> float:
        return round(HEIGHT - MARGIN - inner_h * score / 100, 1)

    dots = tuple(Dot(x(p), y(p.average), f"{p.period}: {p.average:.0f} ({p.calls} calls)") for p in timeline)
    return LineChart(
        width=WIDTH,
        height=HEIGHT,
        points=" ".join(f"{dot.x},{dot.y}" for dot in dots),
        dots=dots,
        grid=tuple((y(score), score) for score in (0, 50, 100)),
        labels=((dots[0].x, str(first)), (dots[-1].x, str(last))) if first != last else ((dots[0].x, str(first)),),
    )


def skill_bars(skills: Skills, everyone: Sequence[TraineeProfile]) -> tuple[Bar, ...]:
    """Rates fill their bar; per-call counts are scaled to the highest trainee's, so bars compare."""
    most_talk_past = max([p.skills.talk_past_per_call for p in everyone] + [1.0])
    most_arguing = max([p.skills.arguing_per_call for p in everyone] + [1.0])
    return (
        Bar("signals caught", percent(skills.signal_catch_rate), skills.signal_catch_rate or 0.0, bad=False),
        Bar("talk past close / call", decimal(skills.talk_past_per_call, 2), skills.talk_past_per_call / most_talk_past, bad=True),
        Bar("arguing / call", decimal(skills.arguing_per_call, 2), skills.arguing_per_call / most_arguing, bad=True),
        Bar("open questions", percent(skills.open_question_share), skills.open_question_share or 0.0, bad=False),
        Bar("share of words", percent(skills.word_share), skills.word_share or 0.0, bad=False),
        Bar("follow-up done", percent(skills.follow_up_rate), skills.follow_up_rate or 0.0, bad=False),
    )
