"""Scores over time, one sparkline per trainee, on a fixed 0–100 scale.

Hand-drawn rather than a plotting library: a row per trainee fits 80×24, and a fixed scale
(unlike Textual's `Sparkline`, which stretches min..max) keeps trainees comparable.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widget import Widget

from simulator.reports.model import TraineeProfile
from simulator.tui.literal import literal

BLOCKS = "▁▂▃▄▅▆▇█"
NAME_WIDTH = 14
# Room for the latest average and the spaces around the sparkline.
TAIL_WIDTH = 6


def spark(averages: Sequence[float], width: int) -> str:
    """The newest `width` points, one block each; 0 → lowest block, 100 → full block."""
    shown = averages[-width:] if width > 0 else []
    return "".join(BLOCKS[min(len(BLOCKS) - 1, max(0, int(value / 100 * len(BLOCKS))))] for value in shown)


def colour(value: float) -> str:
    return "green" if value >= 70 else "yellow" if value >= 40 else "red"


class ScoreTrends(Widget):
    """Each trainee's average score per period (day or week, as the report groups them)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.profiles: tuple[TraineeProfile, ...] = ()

    def show(self, profiles: Sequence[TraineeProfile]) -> None:
        self.profiles = tuple(profiles)
        self.styles.height = max(1, len(self.profiles)) + 2
        self.refresh(layout=True)

    def render(self) -> Text:
        width = max(1, self.content_size.width - NAME_WIDTH - TAIL_WIDTH)
        text = Text(no_wrap=True, overflow="ellipsis")
        for index, profile in enumerate(self.profiles):
            if index:
                text.append("\n")
            name = profile.trainee if len(profile.trainee) < NAME_WIDTH else profile.trainee[: NAME_WIDTH - 2] + "…"
            text.append(literal(name.ljust(NAME_WIDTH), "bold"))
            averages = [point.average for point in profile.timeline]
            for value, block in zip(averages[-width:], spark(averages, width), strict=True):
                text.append(block, style=colour(value))
            if averages:
                text.append(f" {averages[-1]:3.0f}", style="dim")
        return text
