"""The findings: turn, points, rule and explanation; choosing one asks for its turn in the transcript."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from scoring import Finding
from simulator.i18n import t
from simulator.tui.literal import literal


class FindingsList(OptionList):
    class Chosen(Message):
        def __init__(self, turn: int) -> None:
            super().__init__()
            self.turn = turn

    def __init__(self, findings: Sequence[Finding], lang: str, **kwargs: object) -> None:
        self.findings = tuple(findings)
        options = [Option(self._prompt(finding, lang), id=str(index)) for index, finding in enumerate(self.findings)]
        super().__init__(*options, **kwargs)  # type: ignore[arg-type]

    @staticmethod
    def _prompt(finding: Finding, lang: str) -> Text:
        colour = "#2ecc71" if finding.points > 0 else "#e74c3c" if finding.points < 0 else "#7f8c9a"
        text = Text()
        text.append(f"{t('turn', lang)} {finding.turn:>2} ", style="bold")
        text.append(f"{finding.points:+4d} ", style=f"bold {colour}")
        text.append(literal(finding.method, "italic"))
        text.append("\n")
        text.append(literal(finding.message))
        return text

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._choose(event.option_index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int) -> None:
        if 0 <= index < len(self.findings):
            self.post_message(self.Chosen(self.findings[index].turn))

    @property
    def selected_turn(self) -> int | None:
        index = self.highlighted
        return self.findings[index].turn if index is not None and index < len(self.findings) else None
