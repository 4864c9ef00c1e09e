"""The explorer on the bundled scenarios: winnable, everything reachable, gaming probes lose."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.authoring.explore import random_playthroughs, search
from simulator.authoring.fork import fork
from simulator.authoring.probes import PROBES, run_probes
from simulator.catalog import bundled_scenarios
from simulator.cli.run_cmd import read_script
from simulator.engine import Call

SCENARIOS = {s.id: s for s in bundled_scenarios()}
SCRIPTS = Path(__file__).parents[2] / "scenarios" / "scripts"


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_the_search_finds_a_short_win(scenario_id: str) -> None:
    found = search(SCENARIOS[scenario_id], beam=10, max_states=700)
    assert found.win is not None and len(found.win) <= 14
    assert found.win[-1].move.kind == "farewell"


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_all_content_is_reachable(scenario_id: str) -> None:
    scenario = SCENARIOS[scenario_id]
    coverage = search(scenario, beam=10, max_states=700).coverage
    randoms = random_playthroughs(scenario, runs=80, seed=1).coverage
    for name in ("phases", "discovered", "answered", "raised", "resolved", "signals"):
        getattr(coverage, name).update(getattr(randoms, name))
    assert coverage.missing(scenario) == {}


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_gaming_probes_do_not_win_well(scenario_id: str) -> None:
    results = run_probes(SCENARIOS[scenario_id])
    assert [r.name for r in results] == list(PROBES)
    assert [r.name for r in results if r.games_the_scenario] == []


def test_random_playthroughs_are_reproducible() -> None:
    scenario = SCENARIOS["dental-booking"]
    first = random_playthroughs(scenario, runs=5, seed=7)
    again = random_playthroughs(scenario, runs=5, seed=7)
    assert first.scores == again.scores and first.coverage.endings == again.coverage.endings


def test_a_forked_call_goes_on_exactly_like_the_original() -> None:
    scenario = SCENARIOS["dental-booking"]
    lines = read_script((SCRIPTS / "dental-booking.win.txt").read_text(encoding="utf-8"))
    original = Call(scenario, seed=3)
    for line in lines[:6]:
        original.say(line)
    twin = fork(original)
    for line in lines[6:]:
        original.say(line)
        twin.say(line)
    replayed = Call(scenario, seed=3)
    for line in lines:
        replayed.say(line)
    as_dicts = [[e.to_dict() for e in call.events] for call in (original, twin, replayed)]
    assert as_dicts[0] == as_dicts[1] == as_dicts[2]
