"""The call transcript: one virtualised log, however long the call, pinned to the newest line."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import RichLog

from simulator.i18n import t
from simulator.moves import MoveHit
from simulator.transcript import CustomerLine
from simulator.tui.literal import literal

TRAINEE_STYLE = "bold #4a9eff"
CUSTOMER_STYLE = "bold #e0a030"
MOVES_STYLE = "#7f8c9a"
NOTE_STYLE = "bold #e0a030"


class TranscriptLog(RichLog):
    """A `RichLog` (renders lines once, draws only the visible ones) that remembers where turns start."""

    def __init__(self, customer: str, lang: str, *, id: str | None = None) -> None:
        super().__init__(wrap=True, markup=False, highlight=False, auto_scroll=True, min_width=20, id=id)
        self.customer = customer
        self.lang = lang
        self.turn_lines: dict[int, int] = {}
        self.can_focus = True

    def on_mount(self) -> None:
        self.anchor()

    def add_customer(self, lines: Sequence[CustomerLine]) -> None:
        for line in lines:
            if line.stage:
                self.write(literal(line.text, "italic"))
            else:
                self.write(Text.assemble((f"{self.customer}: ", CUSTOMER_STYLE), literal(line.text)))

    def add_trainee(self, number: int, text: str, moves: Sequence[MoveHit] | None) -> None:
        """`moves` None hides what the engine recognised (exam mode)."""
        self.turn_lines[number] = len(self.lines)
        self.write(Text.assemble((f"{number:>3} {t('you', self.lang)}: ", TRAINEE_STYLE), literal(text)))
        if moves is not None:
            shown = ", ".join(t(f"move_{hit.move.value}", self.lang) for hit in moves) or "-"
            self.write(Text(f"      {t('recognised', self.lang)}: {shown}", style=MOVES_STYLE))

    def add_note(self, text: str) -> None:
        self.write(Text(f"  ⚑ {text}", style=NOTE_STYLE))

    def scroll_to_turn(self, number: int) -> None:
        line = self.turn_lines.get(number)
        if line is None:
            return
        self.release_anchor()
        self.scroll_to(y=line, animate=False)
