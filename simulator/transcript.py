"""What a turn produced, as the shells show it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from simulator.events import Event
from simulator.moves import MoveHit

_STAGE = re.compile(r"\*([^*\n]+)\*")


@dataclass(frozen=True)
class CustomerLine:
    """One piece of the customer's reply: spoken text or a stage direction (*nods*)."""

    text: str
    stage: bool = False


def split_stage(text: str) -> tuple[CustomerLine, ...]:
    """Split a rendered line into stage directions (*…*) and speech, in order."""
    parts: list[CustomerLine] = []
    position = 0
    for match in _STAGE.finditer(text):
        speech = text[position : match.start()].strip()
        if speech:
            parts.append(CustomerLine(speech))
        parts.append(CustomerLine(match.group(1).strip(), stage=True))
        position = match.end()
    rest = text[position:].strip()
    if rest:
        parts.append(CustomerLine(rest))
    return tuple(parts)


@dataclass(frozen=True)
class Turn:
    """One exchange: the trainee's line, what it was understood as, and the customer's answer."""

    number: int
    trainee: str
    moves: tuple[MoveHit, ...]
    customer: tuple[CustomerLine, ...]
    events: tuple[Event, ...]
    phase: str
    outcome: str | None = None

    @property
    def ended(self) -> bool:
        return self.outcome is not None
