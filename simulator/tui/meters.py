"""Coach meters: the customer's trust, interest and patience, 0–100."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from simulator.i18n import t

WIDTH = 10


def bar(value: int, width: int = WIDTH) -> str:
    filled = round(max(0, min(100, value)) * width / 100)
    return "█" * filled + "░" * (width - filled)


def _colour(value: int) -> str:
    return "#2ecc71" if value >= 60 else "#e0a030" if value >= 30 else "#e74c3c"


class CoachMeters(Static):
    def show(self, trust: int, interest: int, patience: int, lang: str) -> None:
        text = Text()
        for key, value in (("trust", trust), ("interest", interest), ("patience", patience)):
            if text:
                text.append("  ")
            text.append(f"{t(key, lang)} ")
            text.append(bar(value), style=_colour(value))
            text.append(f" {value:>3}")
        self.update(text)
