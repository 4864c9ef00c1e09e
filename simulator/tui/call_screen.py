"""The call: transcript, input line, phase bar, turn counter and (coach, guided) live help.

The engine is pure and fast, so `say()` runs on the UI thread; the store write after every turn
is announced with a message and done by the app in a worker thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static

from simulator.coach import Suggestion, suggest
from simulator.events import EventKind
from simulator.i18n import t
from simulator.record import phase_path
from simulator.transcript import CustomerLine, Turn
from simulator.tui.confirm_screen import ConfirmScreen
from simulator.tui.history_input import HistoryInput
from simulator.tui.inspector import Inspector
from simulator.tui.literal import literal
from simulator.tui.meters import CoachMeters
from simulator.tui.phase_bar import PhaseBar
from simulator.tui.session import CallSession
from simulator.tui.suggestions import SuggestionBox
from simulator.tui.transcript_log import TranscriptLog

SIGNAL_FLASH_SECONDS = 2.0


class CallScreen(Screen[None]):
    CSS_PATH = "call_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "end_call", "end call"),
        Binding("f2", "toggle_inspector", "inspector"),
        Binding("pageup", "scroll_transcript(-1)", "scroll", show=False),
        Binding("pagedown", "scroll_transcript(1)", "scroll", show=False),
    ]

    class Started(Message):
        """A new call (or a retry) began; `lines` were replayed into it already."""

        def __init__(self, session: CallSession, lines: Sequence[str]) -> None:
            super().__init__()
            self.session = session
            self.lines = tuple(lines)

    class LineSaid(Message):
        def __init__(self, session: CallSession, turn: int, line: str) -> None:
            super().__init__()
            self.session = session
            self.turn = turn
            self.line = line

    class Finished(Message):
        def __init__(self, session: CallSession) -> None:
            super().__init__()
            self.session = session

    def __init__(
        self,
        session: CallSession,
        lang: str,
        replay: Sequence[str] = (),
        resumed: bool = False,
        typing_pause: float = 0.0,
        cursor_blink: bool = True,
        inspector: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.replay_lines = tuple(replay)
        self.resumed = resumed
        self.typing_pause = typing_pause
        self.cursor_blink = cursor_blink
        self.inspector_allowed = inspector
        self.hints = session.mode != "exam"
        self.guided = session.mode == "guided"
        self.suggestions: tuple[Suggestion, ...] = ()
        self._pending: tuple[CustomerLine, ...] | None = None
        self._pending_turn: Turn | None = None
        self._timer: Timer | None = None
        self._finished = False

    @property
    def running(self) -> bool:
        return not self.session.call.ended

    def compose(self) -> ComposeResult:
        scenario = self.session.scenario
        with Horizontal(id="status"):
            yield PhaseBar(id="phases")
            yield Static(id="turns")
        if self.hints:
            yield CoachMeters(id="meters")
        if self.inspector_allowed:
            inspector = Inspector(id="inspector")
            inspector.border_title = t("inspector", self.lang)
            inspector.display = False
            yield inspector
        log = TranscriptLog(scenario.customer.name, self.lang, id="transcript")
        log.border_title = literal(f"{scenario.customer.name} · {scenario.customer.company}")
        yield log
        yield Static(t("typing", self.lang).format(name=scenario.customer.name), id="typing")
        if self.guided:
            yield SuggestionBox(id="suggestions")
        shortcuts = frozenset({"1", "2", "3"}) if self.guided else frozenset()
        line = HistoryInput(placeholder=t("say_something", self.lang), id="line", shortcuts=shortcuts)
        line.cursor_blink = self.cursor_blink
        yield line
        yield Footer()

    def on_mount(self) -> None:
        log = self.query_one(TranscriptLog)
        log.add_customer(self.session.call.opening)
        for turn in self.session.replay(self.replay_lines):
            self._show_trainee(turn)
            self._show_customer(turn)
            self.query_one(HistoryInput).remember(turn.trainee)
        if not self.resumed:
            self.post_message(self.Started(self.session, self.session.lines))
        self._refresh_status()
        self.query_one(HistoryInput).focus()
        if self.session.call.ended:
            self._call_over()

    # -- a turn ------------------------------------------------------------------------------------

    def on_history_input_activity(self, event: HistoryInput.Activity) -> None:
        event.stop()
        self._reveal()

    def on_history_input_shortcut(self, event: HistoryInput.Shortcut) -> None:
        event.stop()
        index = int(event.key) - 1
        if 0 <= index < len(self.suggestions):
            line = self.query_one(HistoryInput)
            line.value = self.suggestions[index].text
            line.cursor_position = len(line.value)

    def on_input_submitted(self, event: HistoryInput.Submitted) -> None:
        event.stop()
        self._reveal()
        if not self.running:
            self.show_review()
            return
        text = event.value.strip()
        if not text:
            return
        line = self.query_one(HistoryInput)
        line.value = ""
        line.remember(text)
        turn = self.session.call.say(text)
        self.post_message(self.LineSaid(self.session, turn.number, turn.trainee))
        self._show_trainee(turn)
        if self.typing_pause > 0:
            self._pending, self._pending_turn = turn.customer, turn
            self.query_one("#typing").display = True
            self._timer = self.set_timer(self.typing_pause, self._reveal)
        else:
            self._show_customer(turn)
        self._refresh_status()

    def _reveal(self) -> None:
        """Show the customer's pending reply now (the pause ran out, or the trainee pressed a key)."""
        if self._pending_turn is None:
            return
        turn = self._pending_turn
        self._pending, self._pending_turn = None, None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.query_one("#typing").display = False
        self._show_customer(turn)
        self._refresh_status()

    def _show_trainee(self, turn: Turn) -> None:
        self.query_one(TranscriptLog).add_trainee(turn.number, turn.trainee, turn.moves if self.hints else None)

    def _show_customer(self, turn: Turn) -> None:
        log = self.query_one(TranscriptLog)
        log.add_customer(turn.customer)
        if self.hints and any(event.kind is EventKind.SIGNAL_SENT for event in turn.events):
            log.add_note(t("signal_flash", self.lang))
            log.add_class("-signal")
            self.set_timer(SIGNAL_FLASH_SECONDS, lambda: log.remove_class("-signal"))
        if turn.ended:
            self._call_over()

    def _call_over(self) -> None:
        if self._finished:
            return
        self._finished = True
        call = self.session.call
        log = self.query_one(TranscriptLog)
        log.add_note(f"{t('call_over', self.lang)}: {t(call.outcome or '', self.lang)} — {t('enter_for_review', self.lang)}")
        self.query_one(HistoryInput).placeholder = t("enter_for_review", self.lang)
        self.post_message(self.Finished(self.session))

    def _refresh_status(self) -> None:
        call = self.session.call
        self.query_one(PhaseBar).show(phase_path(call), self.lang)
        turns = self.query_one("#turns", Static)
        turns.update(f"{t('turn', self.lang)} {call.turn}/{call.scenario.rules.max_turns}")
        if self.hints:
            state = call.state
            self.query_one(CoachMeters).show(state.trust, state.interest, state.patience, self.lang)
        if self.guided:
            self.suggestions = suggest(call) if self.running else ()
            self.query_one(SuggestionBox).show(self.suggestions)
        if self.inspector_allowed:
            inspector = self.query_one(Inspector)
            if inspector.display:
                inspector.show(call, self.lang)

    def action_toggle_inspector(self) -> None:
        inspector = self.query_one(Inspector)
        inspector.display = not inspector.display
        self._refresh_status()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F2 exists (and is listed) only where the inspector is allowed: never in a plain exam."""
        return self.inspector_allowed if action == "toggle_inspector" else True

    # -- leaving -----------------------------------------------------------------------------------

    def action_end_call(self) -> None:
        if not self.running:
            self.show_review()
            return

        def answered(yes: bool | None) -> None:
            if yes and self.running:
                self._reveal()
                self.session.call.end()
                self._call_over()
                self.show_review()

        self.app.push_screen(ConfirmScreen(t("confirm_end_call", self.lang), self.lang), answered)

    def show_review(self) -> None:
        from simulator.tui.review_screen import ReviewScreen

        if self.running:
            return
        self.app.switch_screen(ReviewScreen(self.session, self.lang))

    def action_scroll_transcript(self, direction: int) -> None:
        log = self.query_one(TranscriptLog)
        if direction < 0:
            log.scroll_page_up()
        else:
            log.scroll_page_down()
