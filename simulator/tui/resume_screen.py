"""Offers to resume a call that was interrupted (ctrl+c, a crash, a lost SSH session)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from simulator.i18n import t
from simulator.tui.literal import literal


class ResumeScreen(ModalScreen[str]):
    """Dismisses with "resume", "discard" or "later"."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "choose('resume')", "resume"),
        Binding("d", "choose('discard')", "discard"),
        Binding("escape,l", "choose('later')", "later"),
    ]

    def __init__(self, title: str, lines: int, lang: str) -> None:
        super().__init__()
        self.call_title = title
        self.line_count = lines
        self.lang = lang

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(t("resume_question", self.lang), classes="question")
            yield Static(literal(f"{self.call_title} — {self.line_count} {t('lines', self.lang)}"))
            with Horizontal(classes="buttons"):
                yield Button(t("resume", self.lang), id="resume", variant="primary")
                yield Button(t("discard", self.lang), id="discard", variant="error")
                yield Button(t("later", self.lang), id="later")

    def on_mount(self) -> None:
        self.query_one("#resume", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(str(event.button.id))

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
