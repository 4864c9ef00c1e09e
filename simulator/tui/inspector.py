"""The trainer's view into the customer: state, needs, objections, signals, window, last moves.

Shows what the engine knows after each turn, so a trainer writing a scenario sees why the
customer reacted as it did. Everything from the scenario is shown literally.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from simulator.engine import Call
from simulator.i18n import t
from simulator.tui.literal import literal


def _heading(text: Text, label: str) -> None:
    text.append(f"\n{label}\n", style="bold underline")


def inspect(call: Call, lang: str) -> Text:
    """Plain text with styles: one section per part of the customer's state."""
    state, scenario = call.state, call.scenario
    text = Text()
    text.append(f"{t('phase', lang)}: ", style="bold")
    text.append(t(call.outcome or "", lang) if call.ended else t(f"phase_{call.phase}", lang))
    text.append(f"\n{t('trust', lang)} {state.trust} · {t('interest', lang)} {state.interest} · {t('patience', lang)} {state.patience}")

    _heading(text, t("needs_heading", lang))
    for need in scenario.needs:
        if need.id in state.needs_answered:
            mark, style, status = "✓", "green", t("answered", lang)
        elif need.id in state.needs_discovered:
            mark, style, status = "●", "yellow", t("uncovered", lang)
        else:
            mark, style, status = "○", "dim", t("hidden", lang)
        text.append(f"{mark} ", style=style)
        text.append(literal(need.id))
        text.append(f" – {status}\n", style=style)

    _heading(text, t("objections", lang))
    if not state.objections:
        text.append("–\n", style="dim")
    for objection in state.objections.values():
        flags = [name for name, on in (("acknowledged", objection.acknowledged), ("revealed", objection.revealed),
                                       ("eased", objection.eased)) if on]
        if objection.hardened:
            flags.append(f"hardened×{objection.hardened}")
        text.append("✓ " if objection.resolved else "! ", style="green" if objection.resolved else "red")
        text.append(literal(objection.id))
        text.append(f" – {t('resolved' if objection.resolved else 'open', lang)}", style="bold")
        text.append(f" {', '.join(flags)}\n" if flags else "\n", style="dim")

    _heading(text, t("signals_heading", lang))
    for signal in scenario.signals:
        sent = signal.id in state.signals_sent
        text.append("▲ " if sent else "· ", style="yellow" if sent else "dim")
        text.append(literal(signal.id))
        text.append(f" – {t('sent' if sent else 'pending', lang)}\n", style="dim")
    window = state.window
    text.append(f"{t('window', lang)}: ", style="bold")
    if window is None:
        text.append("–\n", style="dim")
    else:
        text.append(literal(f"{window.signal} ({window.strength}), {t('turn', lang)} {window.opened_turn}"))
        text.append(f", {t('talk_past', lang)}: {window.talked_past}\n")

    _heading(text, t("last_moves", lang))
    turns = call.turns
    if not turns or not turns[-1].moves:
        text.append("–", style="dim")
    for hit in turns[-1].moves if turns else ():
        text.append(t(f"move_{hit.move.value}", lang), style="bold")
        if hit.evidence:
            text.append(": ")
            text.append(literal(", ".join(hit.evidence), "italic"))
        text.append("\n")
    return text


class Inspector(VerticalScroll):
    """Hidden until toggled; `show()` is called after every turn while it is visible."""

    def compose(self) -> ComposeResult:
        yield Static(id="inspector-body")

    def show(self, call: Call, lang: str) -> None:
        self.query_one("#inspector-body", Static).update(inspect(call, lang))
