"""One call as the app holds it: the engine's `Call` plus who plays it, how, and under which id."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from simulator.scenario import Scenario

if TYPE_CHECKING:
    from simulator.engine import Call
    from simulator.transcript import Turn


def new_id() -> str:
    """The store's id scheme when the store is installed, else a random one (nothing is saved then)."""
    try:
        from simulator.store import new_call_id
    except ImportError:
        return uuid.uuid4().hex
    return str(new_call_id())


@dataclass
class CallSession:
    """Deterministic: the same scenario, seed, trainee and lines always give the same call."""

    scenario: Scenario
    mode: str
    seed: int
    trainee: str
    call_id: str = field(default_factory=new_id)
    call: Call = field(init=False)

    def __post_init__(self) -> None:
        from simulator.engine import (
            Call,  # the start screen must not wait for the classifier
        )

        self.call = Call(self.scenario, seed=self.seed, seller=self.trainee)

    @property
    def lines(self) -> list[str]:
        return [turn.trainee for turn in self.call.turns]

    @property
    def language(self) -> str:
        return self.scenario.language.value

    def replay(self, lines: Iterable[str]) -> list[Turn]:
        """Say earlier lines again (retry, resume) until the call ends."""
        turns = []
        for line in lines:
            if self.call.ended:
                break
            turns.append(self.call.say(line))
        return turns

    def fresh(self) -> CallSession:
        """A new call on the same scenario, mode, seed and trainee."""
        return CallSession(self.scenario, self.mode, self.seed, self.trainee)
