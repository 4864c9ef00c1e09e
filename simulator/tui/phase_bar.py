"""The six phases in a row: where the call is now, where it has been, and how often it looped back."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rich.text import Text
from textual.widgets import Static

from simulator.i18n import t
from simulator.phases import PHASES

PHASE_COLOURS = {
    "rapport": "#5f9ea0",
    "analysis": "#4a9eff",
    "presentation": "#9b59b6",
    "negotiation": "#e67e22",
    "close": "#2ecc71",
    "follow_up": "#16a085",
}


def loop_backs(path: Sequence[str]) -> int:
    order = [phase.value for phase in PHASES]
    steps = [order.index(p) for p in path if p in order]
    return sum(1 for a, b in pairwise(steps) if b < a)


class PhaseBar(Static):
    """Rendered from the call's phase path (`simulator.record.phase_path`)."""

    def show(self, path: Sequence[str], lang: str) -> None:
        visited = set(path)
        phases = [p for p in path if p in PHASE_COLOURS]
        current = phases[-1] if phases else "rapport"
        text = Text()
        for index, phase in enumerate(PHASES):
            label = t(f"phase_{phase.value}", lang)
            if index:
                text.append(" › ", style="dim")
            if phase.value == current:
                text.append(f" {label} ", style=f"bold #ffffff on {PHASE_COLOURS[phase.value]}")
            elif phase.value in visited:
                text.append(label, style=PHASE_COLOURS[phase.value])
            else:
                text.append(label, style="dim")
        loops = loop_backs(path)
        if loops:
            text.append(f"  ↺{loops}", style="bold")
        self.update(text)
