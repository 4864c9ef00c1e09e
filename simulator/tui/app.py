"""The Textual app: holds what all screens share (scenarios, settings, the store) and moves between them."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from simulator.i18n import t
from simulator.scenario import Scenario
from simulator.tui.confirm_screen import ConfirmScreen
from simulator.tui.session import CallSession
from simulator.tui.settings import Settings
from simulator.tui.start_screen import StartScreen
from simulator.tui.store_writer import StoreWriter

if TYPE_CHECKING:
    from simulator.tui.call_screen import CallScreen

# Imported by a worker after the start screen shows: the move classifier compiles its rules on
# import, which would otherwise delay the first screen.
HEAVY_MODULES = ("simulator.tui.call_screen", "simulator.tui.review_screen", "simulator.tui.help_screen")


def _now() -> datetime:
    return datetime.now(UTC)


class SalesCallApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "salescall"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f1", "help", "help"),
        Binding("ctrl+q", "quit", "quit", priority=True),
        Binding("q", "quit", "quit", show=False),
        Binding("ctrl+t", "toggle_theme", "light/dark", show=False),
    ]

    def __init__(
        self,
        scenarios: Sequence[Scenario],
        settings: Settings | None = None,
        store: Any = None,
        scenario: Scenario | None = None,
        theme: str = "textual-dark",
        notice: str | None = None,
    ) -> None:
        super().__init__()
        self.scenarios = tuple(scenarios)
        self.settings = settings or Settings()
        self.store = store
        self.first_scenario = scenario
        self.trainee = self.settings.load_trainee()
        self.writer: StoreWriter | None = None
        self.theme = theme
        self.notice = notice

    # -- shared state ----------------------------------------------------------------------------

    def ui_lang(self, scenario: Scenario | None = None) -> str:
        """`--ui-lang` wins; else the scenario's language; before a scenario is picked, the locale's."""
        if self.settings.ui_lang:
            return self.settings.ui_lang
        if scenario is not None:
            return scenario.language.value
        return "de" if os.environ.get("LANG", "").startswith("de") else "en"

    def remember_trainee(self, name: str) -> None:
        self.trainee = name
        self.settings.save_trainee(name)

    # -- screens -----------------------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.store is not None:
            self.writer = StoreWriter(self._store_failed)
            self.run_worker(self._write_store, thread=True, name="store-writer", group="store")
        self.push_screen(StartScreen())
        self.run_worker(self._warm_up, thread=True, name="warm-up", group="warm-up")
        if self.notice:
            self.notify(self.notice, severity="warning", timeout=8, markup=False)
        if self.first_scenario is not None and self.trainee:
            from simulator.tui.briefing_screen import BriefingScreen

            session = CallSession(self.first_scenario, self.settings.mode, self.settings.seed, self.trainee)
            self.push_screen(BriefingScreen(session, self.ui_lang(self.first_scenario)))

    def _write_store(self) -> None:
        worker = get_current_worker()
        if self.writer is not None:
            self.writer.run(lambda: worker.is_cancelled)

    @staticmethod
    def _warm_up() -> None:
        for module in HEAVY_MODULES:
            importlib.import_module(module)

    def on_unmount(self) -> None:
        if self.writer is not None:
            self.writer.close()

    def open_call(
        self, session: CallSession, lang: str, replay: Sequence[str] = (), resumed: bool = False
    ) -> None:
        from simulator.tui.call_screen import CallScreen

        screen = CallScreen(
            session,
            lang,
            replay=replay,
            resumed=resumed,
            typing_pause=self.settings.typing_pause,
            cursor_blink=self.settings.cursor_blink,
        )
        if isinstance(self.screen, StartScreen):
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def back_to_start(self) -> None:
        while len(self.screen_stack) > 2 and not isinstance(self.screen, StartScreen):
            self.pop_screen()

    def resume(self, stored: Any) -> None:
        start = stored.start
        scenario = next((s for s in self.scenarios if s.id == start.scenario_id), None)
        if scenario is None:
            self.notify(f"{t('scenario_missing', self.ui_lang())}: {start.scenario_id}", severity="error", markup=False)
            return
        if getattr(start, "scenario_hash", "") and start.scenario_hash != scenario.content_hash:
            self.notify(t("scenario_changed", self.ui_lang(scenario)), severity="warning")
        mode = start.mode if start.mode in ("coach", "exam", "guided") else self.settings.mode
        session = CallSession(scenario, mode, int(start.seed), start.trainee, call_id=start.call_id)
        self.open_call(session, self.ui_lang(scenario), replay=list(stored.lines), resumed=True)

    def discard(self, call_id: str) -> None:
        if self.writer is not None and self.store is not None:
            self.writer.submit("discard", self.store.discard_call, call_id)

    # -- the store: every write goes through the writer's worker thread -----------------------------

    def _store_failed(self, what: str, error: Exception) -> None:
        message = f"{t('store_failed', self.ui_lang())} ({what}): {error}"
        try:
            self.call_from_thread(self.notify, message, severity="error", timeout=6, markup=False)
        except RuntimeError:
            pass

    def on_call_screen_started(self, event: CallScreen.Started) -> None:
        if self.writer is None:
            return
        from simulator.store import CallStart

        session = event.session
        scenario = session.scenario
        start = CallStart(
            call_id=session.call_id,
            trainee=session.trainee,
            team="",
            scenario_id=scenario.id,
            scenario_hash=scenario.content_hash,
            scenario_title=scenario.title,
            language=scenario.language.value,
            mode=session.mode,
            seed=session.seed,
            started_at=_now(),
        )
        self.writer.submit("begin", self.store.begin_call, start)
        for number, line in enumerate(event.lines, start=1):
            self.writer.submit("line", self.store.record_line, session.call_id, number, line)

    def on_call_screen_line_said(self, event: CallScreen.LineSaid) -> None:
        if self.writer is not None:
            self.writer.submit("line", self.store.record_line, event.session.call_id, event.turn, event.line)

    def on_call_screen_finished(self, event: CallScreen.Finished) -> None:
        if self.writer is not None:
            from simulator.record import call_document

            document = call_document(event.session.call)
            self.writer.submit("finish", self.store.finish_call, event.session.call_id, document, _now())

    # -- actions -----------------------------------------------------------------------------------

    def _running_call(self) -> bool:
        return any(getattr(screen, "running", False) for screen in self.screen_stack)

    async def action_quit(self) -> None:
        if not self._running_call():
            self.exit()
            return
        if isinstance(self.screen, ConfirmScreen):
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(ConfirmScreen(t("confirm_quit", self._lang_now()), self._lang_now()), answered)

    def action_help(self) -> None:
        from simulator.tui.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self._lang_now()))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def _lang_now(self) -> str:
        for screen in reversed(self.screen_stack):
            lang = getattr(screen, "lang", None)
            if isinstance(lang, str):
                return lang
        return self.ui_lang()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from simulator.tui.call_screen import CallScreen
        from simulator.tui.review_screen import ReviewScreen

        yield from super().get_system_commands(screen)
        lang = self._lang_now()
        yield SystemCommand(t("help", lang), t("help_about", lang), self.action_help)
        yield SystemCommand(t("toggle_theme", lang), t("toggle_theme_about", lang), self.action_toggle_theme)
        if isinstance(screen, CallScreen) and screen.running:
            yield SystemCommand(t("end_call", lang), t("end_call_about", lang), screen.action_end_call)
        if isinstance(screen, ReviewScreen):
            yield SystemCommand(t("play_again", lang), t("play_again_about", lang), screen.action_again)
            yield SystemCommand(t("retry", lang), t("retry_about", lang), screen.action_retry)
            yield SystemCommand(t("save", lang), t("save_about", lang), screen.action_save)
        if not isinstance(screen, StartScreen):
            yield SystemCommand(t("back_to_start", lang), t("back_to_start_about", lang), self.back_to_start)
