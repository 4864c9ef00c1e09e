"""The Textual app: holds what all screens share (scenarios, settings, the store) and moves between them."""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from simulator.i18n import t
from simulator.scenario import Scenario
from simulator.tui.confirm_screen import ConfirmScreen
from simulator.tui.scenario_watch import POLL_SECONDS, ScenarioWatch, error_report
from simulator.tui.session import CallSession
from simulator.tui.settings import Settings
from simulator.tui.start_screen import StartScreen
from simulator.tui.store_writer import StoreWriter

if TYPE_CHECKING:
    from simulator.loader import Checked
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
        self.scenario_watch: ScenarioWatch | None = None

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
        if self.settings.watch is not None:
            self.scenario_watch = ScenarioWatch(self.settings.watch)
            self.set_interval(POLL_SECONDS, self._poll_scenario)
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
            inspector=self.settings.inspector_allowed(session.mode),
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

    def open_stored_review(self, stored: Any) -> None:
        """Replay a stored call into the review; say so when its scenario has changed since."""
        from simulator.tui.review_screen import ReviewScreen
        from simulator.tui.stored_session import rebuild

        rebuilt = rebuild(stored, self.scenarios)
        lang = self._lang_now()
        if rebuilt is None:
            self.notify(f"{t('scenario_missing', lang)}: {stored.start.scenario_id}", severity="error", markup=False)
            return
        if rebuilt.changed:
            message = t("stored_version_changed", lang).format(stored=rebuilt.stored_hash[:8], current=rebuilt.current_hash[:8])
            self.notify(message, severity="warning", timeout=8)
        self.push_screen(ReviewScreen(rebuilt.session, self.ui_lang(rebuilt.session.scenario), from_list=True))

    def show_my_calls(self) -> None:
        from simulator.tui.calls_screen import CallsScreen

        if not self.trainee:
            self.notify(t("name_first", self._lang_now()), severity="warning")
            return
        self.push_screen(CallsScreen(self.trainee, self._lang_now()))

    def show_team(self) -> None:
        from simulator.tui.team_screen import TeamScreen

        self.push_screen(TeamScreen(self._lang_now()))

    # -- play --watch: reload the scenario on save ---------------------------------------------------

    def _poll_scenario(self) -> None:
        if self.scenario_watch is not None and self.scenario_watch.due(time.monotonic()):
            self._check_scenario()

    @work(thread=True, exclusive=True, group="watch")
    def _check_scenario(self) -> None:
        """Parsing and checking YAML is file work: off the UI thread."""
        from simulator.loader import check_file

        assert self.settings.watch is not None
        self.call_from_thread(self._scenario_checked, check_file(self.settings.watch))

    def _scenario_checked(self, checked: Checked) -> None:
        lang = self._lang_now()
        if checked.scenario is None:
            message = f"{t('scenario_invalid', lang)}\n{error_report(checked.diagnostics)}"
            self.notify(message, severity="error", timeout=15, markup=False)
            return
        self.reload_scenario(checked.scenario)

    def reload_scenario(self, scenario: Scenario) -> None:
        """Swap in the new version; a running call restarts on it with the trainee's lines so far."""
        from simulator.tui.briefing_screen import BriefingScreen
        from simulator.tui.call_screen import CallScreen

        old = self.first_scenario
        old_id = old.id if old is not None else scenario.id
        self.scenarios = tuple(scenario if s.id == old_id else s for s in self.scenarios)
        self.first_scenario = scenario
        screen = self.screen
        lang = self.ui_lang(scenario)
        if isinstance(screen, CallScreen) and screen.session.scenario.id == old_id:
            session = screen.session
            self.discard(session.call_id)
            fresh = CallSession(scenario, session.mode, session.seed, session.trainee)
            self.open_call(fresh, lang, replay=session.lines)
            self.notify(t("scenario_reloaded_call", lang).format(lines=len(session.lines)))
        elif isinstance(screen, BriefingScreen) and screen.session.scenario.id == old_id:
            session = screen.session
            self.switch_screen(BriefingScreen(CallSession(scenario, session.mode, session.seed, session.trainee), lang))
            self.notify(t("scenario_reloaded", lang))
        else:
            self.notify(t("scenario_reloaded", lang))

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
        if isinstance(screen, CallScreen) and screen.inspector_allowed:
            yield SystemCommand(t("inspector", lang), t("inspector_about", lang), screen.action_toggle_inspector)
        if isinstance(screen, ReviewScreen):
            yield SystemCommand(t("play_again", lang), t("play_again_about", lang), screen.action_again)
            yield SystemCommand(t("retry", lang), t("retry_about", lang), screen.action_retry)
            yield SystemCommand(t("save", lang), t("save_about", lang), screen.action_save)
        if isinstance(screen, StartScreen):
            yield SystemCommand(t("my_calls", lang), t("my_calls_about", lang), self.show_my_calls)
            yield SystemCommand(t("team_title", lang), t("team_about", lang), self.show_team)
        if not isinstance(screen, StartScreen):
            yield SystemCommand(t("back_to_start", lang), t("back_to_start_about", lang), self.back_to_start)
