"""Guided mode: three suggested replies, picked with 1/2/3."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from simulator.coach import Suggestion
from simulator.tui.literal import literal


class SuggestionBox(Static):
    def show(self, suggestions: Sequence[Suggestion]) -> None:
        text = Text()
        for number, suggestion in enumerate(suggestions, start=1):
            if number > 1:
                text.append("\n")
            text.append(f"{number} ", style="bold reverse")
            text.append(" ")
            text.append(literal(suggestion.text))
        self.update(text)
