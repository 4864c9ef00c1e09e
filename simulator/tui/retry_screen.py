"""Asks from which turn to retry: the earlier lines are replayed exactly, then the trainee goes on."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from simulator.i18n import t


class RetryScreen(ModalScreen[int | None]):
    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel")]

    def __init__(self, suggested: int, last: int, lang: str) -> None:
        super().__init__()
        self.suggested = suggested
        self.last = last
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("retry_question", self.lang).format(last=self.last), classes="question")
            yield Input(str(self.suggested), type="integer", id="turn")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        try:
            turn = int(event.value)
        except ValueError:
            return
        if 1 <= turn <= self.last:
            self.dismiss(turn)
        else:
            self.notify(t("retry_range", self.lang).format(last=self.last), severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)
