"""Review: score and sub-scores, figures, findings tied to the transcript, and a timeline."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Static, TabbedContent, TabPane

from scoring import score
from simulator.i18n import t
from simulator.tui.findings_list import FindingsList
from simulator.tui.markdown import call_markdown
from simulator.tui.retry_screen import RetryScreen
from simulator.tui.score_bars import FiguresPanel, ScoreBars
from simulator.tui.session import CallSession
from simulator.tui.timeline import Timeline
from simulator.tui.transcript_log import TranscriptLog

if TYPE_CHECKING:
    from simulator.tui.app import SalesCallApp


class ReviewScreen(Screen[None]):
    CSS_PATH = "review_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("o", "tab('overview')", "overview", show=False),
        Binding("f", "tab('findings')", "findings"),
        Binding("a", "again", "again"),
        Binding("r", "retry", "retry from N"),
        Binding("s", "save", "save"),
        Binding("escape", "back", "start"),
        Binding("b", "back", "start", show=False),
    ]

    def __init__(self, session: CallSession, lang: str, from_list: bool = False) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        # A stored call opened from a list: Esc goes back to that list, not to the start.
        self.from_list = from_list
        self.result = score(session.call.events)
        self._filled = False

    @property
    def sales_app(self) -> SalesCallApp:
        return cast("SalesCallApp", self.app)

    def compose(self) -> ComposeResult:
        call, lang = self.session.call, self.lang
        summary = Text.assemble(
            (f"{t('outcome', lang)}:", "bold"),
            f" {t(call.outcome or '', lang)} · ",
            (f"{t('score', lang)}:", "bold"),
            f" {self.result.total}/100 · ",
            (f"{t('turn', lang)}:", "bold"),
            f" {call.turn}",
        )
        yield Static(summary, id="summary")
        yield Timeline(call.events, lang, id="timeline")
        with TabbedContent(initial="overview", id="tabs"):
            with TabPane(t("overview", lang), id="overview"):
                with Horizontal(id="scores"):
                    bars = ScoreBars(id="bars")
                    bars.show(self.result, lang)
                    yield bars
                    figures = FiguresPanel(id="figures")
                    figures.show(self.result, lang)
                    yield figures
            with TabPane(t("findings", lang), id="findings"):
                yield FindingsList(self.result.findings, lang, id="finding-list")
                log = TranscriptLog(call.scenario.customer.name, lang, id="review-transcript")
                yield log
        yield Footer()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "findings" and not self._filled:
            self._filled = True
            self.call_after_refresh(self._fill_transcript)

    def _fill_transcript(self) -> None:
        """Written once the tab is shown: a hidden log has no width, so it cannot know its line numbers."""
        log = self.query_one("#review-transcript", TranscriptLog)
        log.add_customer(self.session.call.opening)
        for turn in self.session.call.turns:
            log.add_trainee(turn.number, turn.trainee, turn.moves)
            log.add_customer(turn.customer)
        turn = self.query_one(FindingsList).selected_turn
        if turn is not None:
            log.scroll_to_turn(turn)

    def on_findings_list_chosen(self, event: FindingsList.Chosen) -> None:
        self.query_one("#review-transcript", TranscriptLog).scroll_to_turn(event.turn)

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        if tab == "findings":
            self.query_one(FindingsList).focus()

    def action_again(self) -> None:
        self.sales_app.open_call(self.session.fresh(), self.lang)

    def action_retry(self) -> None:
        last = max(1, len(self.session.lines))
        suggested = self.query_one(FindingsList).selected_turn or last
        suggested = max(1, min(last, suggested))

        def chosen(turn: int | None) -> None:
            if turn is not None:
                self.retry_from(turn)

        self.app.push_screen(RetryScreen(suggested, last, self.lang), chosen)

    def retry_from(self, turn: int) -> None:
        """Replay the first turn−1 lines exactly (the engine is deterministic), then go on."""
        self.sales_app.open_call(self.session.fresh(), self.lang, replay=self.session.lines[: turn - 1])

    def action_save(self) -> None:
        self.save_markdown(call_markdown(self.session.call, self.result, self.lang))

    @work(thread=True, group="save")
    def save_markdown(self, text: str) -> None:
        name = f"salescall-{self.session.scenario.id}-{self.session.call_id[:8]}.md"
        for folder in self.sales_app.settings.save_dirs():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path = Path(folder) / name
                path.write_text(text, encoding="utf-8")
            except OSError:
                continue
            self.app.call_from_thread(self.notify, f"{t('saved_to', self.lang)} {path}", markup=False)
            return
        self.app.call_from_thread(self.notify, t("save_failed", self.lang), severity="error")

    def action_back(self) -> None:
        if self.from_list:
            self.app.pop_screen()
        else:
            self.sales_app.back_to_start()
