"""The trainee's input line: up/down recall earlier lines, like a shell."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class HistoryInput(Input):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "history(-1)", "previous line", show=False),
        Binding("down", "history(1)", "next line", show=False),
    ]

    class Activity(Message):
        """Any key: lets the screen skip the customer's typing pause."""

    class Shortcut(Message):
        """A shortcut key pressed while the line is empty (guided mode picks a suggestion)."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, shortcuts: frozenset[str] = frozenset(), **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.history: list[str] = []
        self.shortcuts = shortcuts
        self._index = 0

    def remember(self, line: str) -> None:
        self.history.append(line)
        self._index = len(self.history)

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        self._index = max(0, min(len(self.history), self._index + step))
        self.value = self.history[self._index] if self._index < len(self.history) else ""
        self.cursor_position = len(self.value)

    async def _on_key(self, event: events.Key) -> None:
        self.post_message(self.Activity())
        if not self.value and event.key in self.shortcuts:
            event.stop()
            event.prevent_default()
            self.post_message(self.Shortcut(event.key))
            return
        await super()._on_key(event)
