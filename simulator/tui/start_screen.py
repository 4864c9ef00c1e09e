"""Start: who is training, which customer, which mode; offers to resume an interrupted call."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, RadioButton, RadioSet, Static

from simulator.i18n import t
from simulator.tui.briefing_screen import BriefingScreen
from simulator.tui.resume_screen import ResumeScreen
from simulator.tui.scenario_list import ScenarioList
from simulator.tui.session import CallSession
from simulator.tui.settings import MODES

if TYPE_CHECKING:
    from simulator.tui.app import SalesCallApp


class StartScreen(Screen[None]):
    CSS_PATH = "start_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("f2", "next_mode", "mode"),
        Binding("f3", "edit_name", "name"),
        Binding("f4", "my_calls", "my calls"),
        Binding("f5", "team", "team"),
    ]

    @property
    def sales_app(self) -> SalesCallApp:
        return cast("SalesCallApp", self.app)

    @property
    def lang(self) -> str:
        return self.sales_app.ui_lang()

    def compose(self) -> ComposeResult:
        app = self.sales_app
        lang = self.lang
        yield Static(t("app_title", lang), id="title")
        with Horizontal(id="who"):
            yield Label(f"{t('trainee', lang)}:", id="name-label")
            name = Input(app.trainee, placeholder=t("your_name", lang), id="trainee")
            name.cursor_blink = app.settings.cursor_blink
            yield name
        yield ScenarioList(app.scenarios, lang, id="scenarios")
        with Horizontal(id="modes"):
            yield Label(f"{t('mode', lang)}:", id="mode-label")
            with RadioSet(id="mode"):
                for mode in MODES:
                    yield RadioButton(t(f"mode_{mode}", lang), value=mode == app.settings.mode, name=mode)
        yield Static(t(f"mode_{app.settings.mode}_help", lang), id="mode-help")
        yield Footer()

    def on_mount(self) -> None:
        if self.sales_app.trainee:
            self.query_one(ScenarioList).focus()
        else:
            self.query_one("#trainee", Input).focus()
        if self.sales_app.store is not None:
            self.look_for_interrupted(self.sales_app.trainee or None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._remember_name()
        self.query_one(ScenarioList).focus()

    def _remember_name(self) -> str:
        name = self.query_one("#trainee", Input).value.strip()
        if name and name != self.sales_app.trainee:
            self.sales_app.remember_trainee(name)
        return name

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        mode = str(event.pressed.name)
        self.sales_app.settings.mode = mode
        self.query_one("#mode-help", Static).update(t(f"mode_{mode}_help", self.lang))

    def action_next_mode(self) -> None:
        buttons = list(self.query(RadioButton))
        index = MODES.index(self.sales_app.settings.mode)
        buttons[(index + 1) % len(buttons)].value = True

    def action_edit_name(self) -> None:
        self.query_one("#trainee", Input).focus()

    def action_my_calls(self) -> None:
        self._remember_name()
        self.sales_app.show_my_calls()

    def action_team(self) -> None:
        self.sales_app.show_team()

    def on_scenario_list_chosen(self, event: ScenarioList.Chosen) -> None:
        name = self._remember_name()
        if not name:
            self.notify(t("name_first", self.lang), severity="warning")
            self.query_one("#trainee", Input).focus()
            return
        settings = self.sales_app.settings
        session = CallSession(event.scenario, settings.mode, settings.seed, name)
        self.app.push_screen(BriefingScreen(session, self.sales_app.ui_lang(event.scenario)))

    @work(thread=True, exclusive=True, group="resume")
    def look_for_interrupted(self, trainee: str | None) -> None:
        """A store read: off the UI thread."""
        store = self.sales_app.store
        try:
            calls = list(store.interrupted_calls(trainee)) if store is not None else []
        except Exception as error:  # noqa: BLE001 -- the store is optional for practising: report and go on
            self.app.call_from_thread(self.notify, f"{t('store_failed', self.lang)}: {error}", severity="error", markup=False)
            return
        if calls:
            self.app.call_from_thread(self._offer_resume, calls[-1])

    def _offer_resume(self, stored: object) -> None:
        start = stored.start
        lines = list(stored.lines)

        def chosen(choice: str | None) -> None:
            if choice == "resume":
                self.sales_app.resume(stored)
            elif choice == "discard":
                self.sales_app.discard(start.call_id)

        self.app.push_screen(ResumeScreen(start.scenario_title, len(lines), self.lang), chosen)
