"""A stored call brought back as a `CallSession`, so the ordinary review screen can show it.

The engine is deterministic: the scenario, seed, trainee name and lines give the same call again,
so replaying the stored lines rebuilds every event the review needs (timeline, findings, moves).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from simulator.scenario import Scenario
from simulator.tui.session import CallSession
from simulator.tui.settings import MODES


@dataclass(frozen=True)
class Rebuilt:
    """The replayed session, and the stored and current scenario versions when they differ."""

    session: CallSession
    stored_hash: str
    current_hash: str

    @property
    def changed(self) -> bool:
        return bool(self.stored_hash) and self.stored_hash != self.current_hash


def rebuild(stored: Any, scenarios: Sequence[Scenario]) -> Rebuilt | None:
    """None when the call's scenario is not among `scenarios`."""
    start = stored.start
    scenario = next((s for s in scenarios if s.id == start.scenario_id), None)
    if scenario is None:
        return None
    mode = start.mode if start.mode in MODES else "exam"
    session = CallSession(scenario, mode, int(start.seed), start.trainee, call_id=start.call_id)
    session.replay(stored.lines)
    if stored.finished and not session.call.ended:
        session.call.end()  # the trainee hung up after the last stored line
    return Rebuilt(session, start.scenario_hash, scenario.content_hash)
