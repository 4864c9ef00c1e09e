"""The call at a glance: phases as coloured spans, buying signals and close attempts as markers.

Row 1 colours each turn by its phase; row 2 marks signals (▲ sent, ✗ missed) and the trainee's
close attempts (● caught a signal, ○ without one); a missed window is a ▲ … ✗ with no ● between.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from simulator.events import Event, EventKind
from simulator.i18n import t
from simulator.tui.phase_bar import PHASE_COLOURS

MARKERS = {
    EventKind.SIGNAL_SENT: ("▲", "bold #f1c40f"),
    EventKind.SIGNAL_MISSED: ("✗", "bold #e74c3c"),
}


def phase_per_turn(events: Sequence[Event], turns: int) -> list[str]:
    """The phase each turn ended in (turn 1 … turns)."""
    phase = "rapport"
    by_turn: dict[int, str] = {}
    for event in events:
        if event.kind is EventKind.PHASE_CHANGED and str(event.data["dest"]) in PHASE_COLOURS:
            phase = str(event.data["dest"])
        by_turn[event.turn] = phase
    result, last = [], "rapport"
    for turn in range(1, turns + 1):
        last = by_turn.get(turn, last)
        result.append(last)
    return result


def markers(events: Sequence[Event]) -> list[tuple[int, str, str]]:
    """(turn, symbol, style) for every signal and close attempt."""
    found: list[tuple[int, str, str]] = []
    for event in events:
        if event.kind in MARKERS:
            found.append((event.turn, *MARKERS[event.kind]))
        elif event.kind is EventKind.CLOSE_ASKED:
            caught = bool(event.data.get("caught"))
            found.append((event.turn, "●" if caught else "○", "bold #2ecc71" if caught else "#2ecc71"))
    return found


class Timeline(Static):
    def __init__(self, events: Sequence[Event], lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.events = tuple(events)
        self.lang = lang
        self.turns = max((e.turn for e in self.events), default=0)

    def column(self, turn: int, width: int) -> int:
        if self.turns <= 0:
            return 0
        return min(width - 1, (turn - 1) * width // self.turns)

    def render(self) -> Text:
        width = max(10, self.content_size.width)
        turns = max(1, self.turns)
        phases = phase_per_turn(self.events, turns)
        spans = Text()
        for col in range(width):
            turn = min(turns, col * turns // width + 1)
            spans.append(" ", style=f"on {PHASE_COLOURS[phases[turn - 1]]}")
        marks = [" "] * width
        styles = [""] * width
        for turn, symbol, style in markers(self.events):
            col = self.column(max(1, turn), width)
            if marks[col] == "✗" and symbol != "✗":
                continue
            marks[col], styles[col] = symbol, style
        row = Text()
        for symbol, style in zip(marks, styles):
            row.append(symbol, style=style)
        legend = Text(
            f"▲ {t('signal_sent', self.lang)}  ✗ {t('signal_missed', self.lang)}  "
            f"● {t('close_caught', self.lang)}  ○ {t('close_attempt', self.lang)}",
            style="dim",
        )
        return Text("\n").join([spans, row, legend])
