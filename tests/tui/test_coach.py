"""Guided mode's suggestions, tested without Textual: the good one works, the tempting one is noticed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tui_helpers import SCENARIOS, script

from scoring import score
from simulator.coach import situation, suggest
from simulator.engine import Call
from simulator.understanding import classify

BY_ID = {scenario.id: scenario for scenario in SCENARIOS}
# Situations the win scripts pass through, with the scripted turns that lead there.
MOMENTS = ("open", "discover", "trial_close", "close", "objection", "after_yes")


def calls_along(scenario_id: str) -> list[Call]:
    """The call after 0, 1, 2 … lines of the win script, one fresh call each."""
    lines = script(f"{scenario_id}.win")
    calls = []
    for count in range(len(lines)):
        call = Call(BY_ID[scenario_id], seed=0, seller="Max")
        for line in lines[:count]:
            call.say(line)
        if call.ended:
            break
        calls.append(call)
    return calls


def replay_and_say(call: Call, text: str) -> tuple[Call, int]:
    again = Call(call.scenario, seed=call.seed, seller=call.seller)
    for turn in call.turns:
        again.say(turn.trainee)
    return again, again.say(text).number


def test_the_coach_imports_no_ui_library() -> None:
    code = "import sys, simulator.coach; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("scenario_id", sorted(BY_ID))
def test_three_different_moves_exactly_one_good(scenario_id: str) -> None:
    for call in calls_along(scenario_id):
        picks = suggest(call)
        assert len({pick.move for pick in picks}) == 3
        assert sum(pick.good for pick in picks) == 1
        assert all(pick.text and "{" not in pick.text for pick in picks)


@pytest.mark.parametrize("scenario_id", sorted(BY_ID))
def test_the_good_suggestion_is_understood_as_meant_and_helps(scenario_id: str) -> None:
    seen = set()
    for call in calls_along(scenario_id):
        moment = situation(call)
        if moment not in MOMENTS:
            continue
        seen.add(moment)
        good = next(pick for pick in suggest(call) if pick.good)
        language = call.scenario.language.value
        assert good.move in {hit.move for hit in classify(good.text, language, call.scenario.topic_words)}, good
        after, turn = replay_and_say(call, good.text)
        gained = [f for f in score(after.events).findings if f.turn == turn and f.points > 0]
        assert gained, (moment, good.text)
    assert {"open", "discover", "objection"} <= seen


@pytest.mark.parametrize("scenario_id", sorted(BY_ID))
def test_the_tempting_mistake_is_noticed_by_the_scoring(scenario_id: str) -> None:
    for call in calls_along(scenario_id):
        moment = situation(call)
        if moment not in MOMENTS:
            continue
        tempting = next(pick for pick in suggest(call) if not pick.good and pick.move.value in _MISTAKES[moment])
        after, turn = replay_and_say(call, tempting.text)
        lost = [f for f in score(after.events).findings if f.turn == turn and f.points < 0]
        assert lost, (moment, tempting.text)


# The mistake the method warns about in each moment, by move.
_MISTAKES = {
    "open": {"feature"},
    "discover": {"feature"},
    "trial_close": {"feature"},
    "close": {"feature"},
    "objection": {"argue"},
    "after_yes": {"feature"},
}


def test_german_and_english_templates_use_the_scenario_data() -> None:
    english = Call(BY_ID["dental-booking"], seller="Sam")
    german = Call(BY_ID["backup-steuerkanzlei"], seller="Max")
    assert any("Linda Marsh" in pick.text and "Sam" in pick.text for pick in suggest(english))
    assert any("Guten Tag" in pick.text for pick in suggest(german))
