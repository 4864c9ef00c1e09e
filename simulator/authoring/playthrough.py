"""Play trainee lines through the real engine and summarise what happened, for tests and explorers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from scoring import Score, score
from simulator.engine import Call
from simulator.events import Event, EventKind
from simulator.phases import Phase
from simulator.scenario import Scenario


@dataclass(frozen=True)
class Playthrough:
    lines: tuple[str, ...]
    outcome: str
    phases: tuple[str, ...]
    score: Score
    events: tuple[Event, ...]
    customer: tuple[str, ...]

    def ids(self, kind: EventKind, key: str) -> set[str]:
        return {str(e.data[key]) for e in self.events if e.kind is kind and key in e.data}


def play(scenario: Scenario, lines: Iterable[str], seed: int = 0, seller: str = "") -> Playthrough:
    """Say each line until the call ends; a call still open afterwards is ended by the trainee."""
    call = Call(scenario, seed=seed, seller=seller)
    said = []
    for line in lines:
        if call.ended:
            break
        call.say(line)
        said.append(line)
    if not call.ended:
        call.end()
    return summarise(call, tuple(said))


def summarise(call: Call, lines: tuple[str, ...]) -> Playthrough:
    events = call.events
    return Playthrough(
        lines=lines,
        outcome=call.outcome or "",
        phases=phase_path(events),
        score=score(events),
        events=events,
        customer=tuple(str(e.data.get("text", "")) for e in events if e.kind is EventKind.CUSTOMER_SAID),
    )


def phase_path(events: Iterable[Event]) -> tuple[str, ...]:
    """The phases in the order the call went through them, starting with rapport."""
    path = [Phase.RAPPORT.value]
    path.extend(str(e.data["dest"]) for e in events if e.kind is EventKind.PHASE_CHANGED)
    return tuple(path)
