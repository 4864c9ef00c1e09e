"""The call's phases and the named transitions between them, on a `transitions` machine.

Triggers are fixed names defined here; scenario data never reaches the machine, so no string
from YAML can become a callback.
"""

from __future__ import annotations

from enum import StrEnum

from transitions import Machine


class Phase(StrEnum):
    RAPPORT = "rapport"
    ANALYSIS = "analysis"
    PRESENTATION = "presentation"
    NEGOTIATION = "negotiation"
    CLOSE = "close"
    FOLLOW_UP = "follow_up"


class Outcome(StrEnum):
    """The ending states of a call."""

    WON = "won"
    LOST = "lost"
    CUSTOMER_ENDED = "customer_ended"
    OUT_OF_TURNS = "out_of_turns"
    TRAINEE_ENDED = "trainee_ended"


PHASES: tuple[Phase, ...] = tuple(Phase)
_TALKING = [p.value for p in (Phase.RAPPORT, Phase.ANALYSIS, Phase.PRESENTATION, Phase.NEGOTIATION)]
_OPEN = [p.value for p in PHASES]

TRANSITIONS: list[dict[str, object]] = [
    {"trigger": "raise_topic", "source": Phase.RAPPORT.value, "dest": Phase.ANALYSIS.value},
    {"trigger": "confirm_interest", "source": [Phase.RAPPORT.value, Phase.ANALYSIS.value], "dest": Phase.PRESENTATION.value},
    {"trigger": "find_gap", "source": Phase.PRESENTATION.value, "dest": Phase.ANALYSIS.value},
    {"trigger": "negotiate", "source": [Phase.ANALYSIS.value, Phase.PRESENTATION.value], "dest": Phase.NEGOTIATION.value},
    {"trigger": "ask_for_order", "source": _TALKING, "dest": Phase.CLOSE.value},
    {"trigger": "not_yet", "source": Phase.CLOSE.value, "dest": Phase.NEGOTIATION.value},
    {"trigger": "win", "source": Phase.CLOSE.value, "dest": Phase.FOLLOW_UP.value},
    {"trigger": "end_won", "source": _OPEN, "dest": Outcome.WON.value},
    {"trigger": "end_lost", "source": _OPEN, "dest": Outcome.LOST.value},
    {"trigger": "customer_ends", "source": _OPEN, "dest": Outcome.CUSTOMER_ENDED.value},
    {"trigger": "run_out", "source": _OPEN, "dest": Outcome.OUT_OF_TURNS.value},
    {"trigger": "trainee_ends", "source": _OPEN, "dest": Outcome.TRAINEE_ENDED.value},
]


class PhaseMachine:
    """Holds the current phase; `fire` runs a named transition and reports the change."""

    state: str

    def __init__(self) -> None:
        self._machine = Machine(
            model=self,
            states=[*_OPEN, *(o.value for o in Outcome)],
            transitions=TRANSITIONS,
            initial=Phase.RAPPORT.value,
            auto_transitions=False,
            ignore_invalid_triggers=True,
        )

    @property
    def ended(self) -> bool:
        return self.state in Outcome.__members__.values()

    def fire(self, trigger: str) -> tuple[str, str] | None:
        """Run `trigger`; returns (from, to) when the state changed."""
        before = self.state
        self.trigger(trigger)
        return (before, self.state) if self.state != before else None

    def can(self, trigger: str) -> bool:
        return trigger in self._machine.get_triggers(self.state)
