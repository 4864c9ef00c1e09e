"""Team: every trainee × scenario (attempts, best, latest, average, trend) and scores over time.

The numbers come from `simulator.reports.build_report`, the same as `salescall report`; this
screen only sorts and shows them. Selecting a row lists that trainee's calls of the scenario.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label, Select, Static

from simulator.i18n import t
from simulator.reports import Report, build_report
from simulator.reports.cells import decimal, scenario_label, signed
from simulator.reports.model import Comparison
from simulator.tui.calls_screen import CallsScreen
from simulator.tui.literal import literal
from simulator.tui.score_trends import ScoreTrends

if TYPE_CHECKING:
    from simulator.tui.app import SalesCallApp

# Column key → how rows sort by it; numbers sort best first, names A→Z.
SORT_KEYS: dict[str, Callable[[Comparison], Any]] = {
    "trainee": lambda row: row.trainee.casefold(),
    "scenario": lambda row: row.scenario_id,
    "attempts": lambda row: row.attempts,
    "best": lambda row: row.best,
    "latest": lambda row: row.latest,
    "average": lambda row: row.average,
    "trend": lambda row: float("-inf") if row.trend is None else row.trend,
}
COLUMNS = tuple(SORT_KEYS)
NUMERIC = frozenset(COLUMNS[2:])


class TeamScreen(Screen[None]):
    CSS_PATH = "team_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "back"),
        Binding("s", "sort_next", "sort"),
        *(Binding(str(n), f"sort('{column}')", column, show=False) for n, column in enumerate(COLUMNS, start=1)),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.report: Report | None = None
        self.teams: tuple[str, ...] | None = None
        self.rows: list[Comparison] = []
        self.sort_column = "trainee"
        self.descending = False

    @property
    def sales_app(self) -> SalesCallApp:
        return cast("SalesCallApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(t("team_title", self.lang), id="team-title")
        with Horizontal(id="team-filter"):
            yield Label(f"{t('team', self.lang)}:", id="team-label")
            yield Select[str]([], prompt=t("all_teams", self.lang), compact=True, id="team-select")
        yield Static(t("loading", self.lang), id="team-hint")
        table: DataTable[str | Text] = DataTable(id="comparison", cursor_type="row", zebra_stripes=True)
        yield table
        trends = ScoreTrends(id="trends")
        trends.border_title = t("scores_over_time", self.lang)
        yield trends
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#comparison").display = False
        self.query_one("#trends").display = False
        self.load(None)

    @work(thread=True, exclusive=True, group="team")
    def load(self, team: str | None) -> None:
        """Read and aggregate off the UI thread: a team store can hold many calls."""
        store = self.sales_app.store
        if store is None:
            self.app.call_from_thread(self._show_hint, t("no_store", self.lang))
            return
        from simulator.store import Filters

        try:
            report = build_report(store.summaries(Filters(team=team)))
        except Exception as error:  # noqa: BLE001 -- show the problem, keep the app running
            self.app.call_from_thread(self._show_hint, f"{t('store_failed', self.lang)}: {error}")
            return
        self.app.call_from_thread(self._show, report)

    def _show_hint(self, text: str) -> None:
        hint = self.query_one("#team-hint", Static)
        hint.update(literal(text))
        hint.display = True

    def _show(self, report: Report) -> None:
        self.report = report
        if self.teams is None:
            self.teams = tuple(summary.team for summary in report.teams if summary.team)
            self.query_one(Select).set_options([(literal(team), team) for team in self.teams])
        if not report.calls:
            self._show_hint(t("no_team_calls", self.lang))
            self.query_one("#comparison").display = False
            self.query_one("#trends").display = False
            return
        self.query_one("#team-hint").display = False
        table = self.query_one(DataTable)
        table.display = True
        trends = self.query_one(ScoreTrends)
        trends.display = True
        trends.show(report.trainees)
        self._fill()
        table.focus()

    def _fill(self) -> None:
        """Rebuild the rows in the chosen order; the header marks the sort column."""
        if self.report is None:
            return
        table = self.query_one(DataTable)
        self.rows = sorted(self.report.comparisons, key=SORT_KEYS[self.sort_column], reverse=self.descending)
        table.clear(columns=True)
        for column in COLUMNS:
            label = t(f"col_{column}", self.lang)
            if column == self.sort_column:
                label += " ▼" if self.descending else " ▲"
            table.add_column(Text(label, justify="right" if column in NUMERIC else "left"), key=column)
        for index, row in enumerate(self.rows):
            table.add_row(
                literal(row.trainee),
                literal(scenario_label(row.scenario_id, row.versions)),
                *(Text(cell, justify="right") for cell in (
                    str(row.attempts), str(row.best), str(row.latest), decimal(row.average), signed(row.trend),
                )),
                key=str(index),
            )

    def action_sort(self, column: str) -> None:
        """The same column again flips the order; a new number column starts with the highest."""
        if column == self.sort_column:
            self.descending = not self.descending
        else:
            self.sort_column, self.descending = column, column in NUMERIC
        self._fill()

    def action_sort_next(self) -> None:
        self.action_sort(COLUMNS[(COLUMNS.index(self.sort_column) + 1) % len(COLUMNS)])

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        event.stop()
        self.action_sort(str(event.column_key.value))

    def on_select_changed(self, event: Select.Changed) -> None:
        event.stop()
        team = event.value if isinstance(event.value, str) else None
        self.load(team)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = self.rows[int(str(event.row_key.value))]
        title = f"{row.trainee} — {row.scenario_title}"
        self.app.push_screen(CallsScreen(row.trainee, self.lang, scenario_id=row.scenario_id, title=title))

    def action_back(self) -> None:
        self.app.pop_screen()
