"""A trainee's stored calls, newest first (My calls, or one trainee × scenario from the Team screen).

Selecting a call replays it into the ordinary review screen (see `stored_session`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from simulator.i18n import t
from simulator.tui.literal import literal

if TYPE_CHECKING:
    from simulator.tui.app import SalesCallApp

COLUMNS = ("date", "scenario", "mode", "outcome", "score")


class CallsScreen(Screen[None]):
    CSS_PATH = "calls_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "back")]

    def __init__(self, trainee: str, lang: str, scenario_id: str | None = None, title: str | None = None) -> None:
        super().__init__()
        self.trainee = trainee
        self.lang = lang
        self.scenario_id = scenario_id
        self.heading = title or f"{t('my_calls', lang)} — {trainee}"
        self.calls: list[Any] = []

    @property
    def sales_app(self) -> SalesCallApp:
        return cast("SalesCallApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(literal(self.heading), id="calls-title")
        yield Static(t("loading", self.lang), id="calls-hint")
        table: DataTable[str | Text] = DataTable(id="calls", cursor_type="row", zebra_stripes=True)
        table.display = False
        yield table
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in COLUMNS:
            table.add_column(t(f"col_{column}", self.lang), key=column)
        self.load()

    @work(thread=True, exclusive=True, group="calls")
    def load(self) -> None:
        """A store read: off the UI thread."""
        store = self.sales_app.store
        try:
            calls = list(store.history(self.trainee)) if store is not None else []
        except Exception as error:  # noqa: BLE001 -- show the problem, keep the app running
            self.app.call_from_thread(self._show_hint, f"{t('store_failed', self.lang)}: {error}")
            return
        if self.scenario_id is not None:
            calls = [call for call in calls if call.start.scenario_id == self.scenario_id]
        self.app.call_from_thread(self._fill, calls)

    def _show_hint(self, text: str) -> None:
        self.query_one("#calls-hint", Static).update(literal(text))

    def _fill(self, calls: list[Any]) -> None:
        self.calls = calls
        if not calls:
            hint = "no_store" if self.sales_app.store is None else "no_calls_yet"
            self._show_hint(t(hint, self.lang))
            return
        self.query_one("#calls-hint").display = False
        table = self.query_one(DataTable)
        table.display = True
        for call in calls:
            start = call.start
            table.add_row(
                f"{start.started_at.astimezone():%Y-%m-%d %H:%M}",
                literal(start.scenario_id),
                t(f"mode_{start.mode}", self.lang) if start.mode != "headless" else start.mode,
                t(call.outcome or "", self.lang),
                Text(str(call.total), justify="right"),
                key=start.call_id,
            )
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        chosen = next((c for c in self.calls if c.start.call_id == event.row_key.value), None)
        if chosen is not None:
            self.sales_app.open_stored_review(chosen)

    def action_back(self) -> None:
        self.app.pop_screen()
