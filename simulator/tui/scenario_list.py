"""The scenarios to pick from; typing filters the list (title, customer, summary, id)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from simulator.i18n import t
from simulator.scenario import Scenario
from simulator.tui.literal import literal


def describe(scenario: Scenario) -> Text:
    customer = scenario.customer
    text = Text()
    text.append(literal(scenario.title, "bold"))
    text.append(f"  {scenario.language.value.upper()} {'★' * scenario.difficulty}", style="#e0a030")
    text.append("\n  ")
    text.append(literal(f"{customer.name} · {customer.company}", "italic"))
    text.append("\n  ")
    text.append(literal(scenario.summary, "dim"))
    return text


def matches(scenario: Scenario, query: str) -> bool:
    haystack = " ".join(
        (scenario.id, scenario.title, scenario.summary, scenario.customer.name, scenario.customer.company)
    ).lower()
    return all(word in haystack for word in query.lower().split())


class ScenarioList(OptionList):
    query: reactive[str] = reactive("")

    class Chosen(Message):
        def __init__(self, scenario: Scenario) -> None:
            super().__init__()
            self.scenario = scenario

    def __init__(self, scenarios: Sequence[Scenario], lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.scenarios = tuple(scenarios)
        self.lang = lang
        self.shown: list[Scenario] = []

    def on_mount(self) -> None:
        self._refill()

    def watch_query(self) -> None:
        self._refill()

    def _refill(self) -> None:
        self.shown = [s for s in self.scenarios if matches(s, self.query)]
        self.clear_options()
        self.add_options([Option(describe(s), id=s.id) for s in self.shown])
        if self.shown:
            self.highlighted = 0
        title = t("scenarios", self.lang)
        self.border_title = literal(
            f"{title} — {t('filter', self.lang)}: {self.query}▏" if self.query else f"{title} — {t('type_to_filter', self.lang)}"
        )

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character and event.character not in "\r\n":
            event.stop()
            event.prevent_default()
            self.query += event.character
        elif event.key == "backspace" and self.query:
            event.stop()
            event.prevent_default()
            self.query = self.query[:-1]
        elif event.key == "escape" and self.query:
            event.stop()
            event.prevent_default()
            self.query = ""

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self.shown[event.option_index]))

    @property
    def current(self) -> Scenario | None:
        index = self.highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None
