"""Briefing: the customer, the goal, what is known, and the six phases as a reminder."""

from __future__ import annotations

from typing import ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from simulator.i18n import t
from simulator.phases import PHASES
from simulator.tui.literal import literal
from simulator.tui.phase_bar import PHASE_COLOURS
from simulator.tui.session import CallSession


def reflow(text: str) -> str:
    """YAML block text keeps the author's line breaks; let the terminal wrap paragraphs instead."""
    paragraphs = [" ".join(part.split()) for part in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def briefing_text(session: CallSession, lang: str) -> Text:
    scenario = session.scenario
    customer = scenario.customer
    brief = scenario.briefing
    text = Text()
    text.append(literal(scenario.title, "bold underline"))
    text.append(f"\n\n{t('customer', lang)}: ", style="bold")
    text.append(literal(f"{customer.name}, {customer.role} – {customer.company}"))
    text.append("\n\n")
    text.append(literal(reflow(brief.situation)))
    text.append(f"\n\n{t('goal', lang)}: ", style="bold")
    text.append(literal(brief.goal))
    if brief.known:
        text.append(f"\n\n{t('known', lang)}:", style="bold")
        for fact in brief.known:
            text.append("\n  • ")
            text.append(literal(fact))
    text.append(f"\n\n{t('phases', lang)}: ", style="bold")
    for index, phase in enumerate(PHASES):
        if index:
            text.append(" › ", style="dim")
        text.append(t(f"phase_{phase.value}", lang), style=PHASE_COLOURS[phase.value])
    text.append(f"\n\n{t('mode', lang)}: ", style="bold")
    text.append(t(f"mode_{session.mode}", lang))
    text.append(f" – {t(f'mode_{session.mode}_help', lang)}", style="dim")
    return text


class BriefingScreen(Screen[None]):
    CSS_PATH = "briefing_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start_call", "start the call", priority=True),
        Binding("escape", "back", "back"),
    ]

    def __init__(self, session: CallSession, lang: str) -> None:
        super().__init__()
        self.session = session
        self.lang = lang

    def compose(self) -> ComposeResult:
        self.sub_title = t("briefing", self.lang)
        with VerticalScroll(id="briefing"):
            yield Static(briefing_text(self.session, self.lang), id="brief")
        yield Static(t("press_enter_to_call", self.lang), id="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#briefing").focus()

    def action_start_call(self) -> None:
        from simulator.tui.app import SalesCallApp

        cast(SalesCallApp, self.app).open_call(self.session, self.lang)

    def action_back(self) -> None:
        self.app.pop_screen()
