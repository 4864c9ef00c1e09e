"""Shared helpers: bundled scenarios and their scripts, and a way to play lines through a call."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files

import pytest

from simulator.catalog import bundled_scenarios
from simulator.cli.run_cmd import read_script
from simulator.engine import Call
from simulator.scenario import Scenario

SCENARIOS = {scenario.id: scenario for scenario in bundled_scenarios()}


def script(name: str) -> list[str]:
    """A bundled script, e.g. `script("dental-booking.win")`."""
    return read_script((files("scenarios") / "scripts" / f"{name}.txt").read_text(encoding="utf-8"))


def play(scenario: Scenario | str, lines: Iterable[str], seed: int = 0) -> Call:
    """Say each line until the call ends; a call still open afterwards stays open."""
    call = Call(SCENARIOS[scenario] if isinstance(scenario, str) else scenario, seed=seed, seller="Max")
    for line in lines:
        if call.ended:
            break
        call.say(line)
    return call


def kinds(call: Call) -> list[str]:
    return [event.kind.value for event in call.events]


@pytest.fixture(params=sorted(SCENARIOS))
def scenario_id(request: pytest.FixtureRequest) -> str:
    return str(request.param)
