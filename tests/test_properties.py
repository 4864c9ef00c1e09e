"""Properties: whatever a trainee types, the engine stays valid and the score stays in bounds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SCENARIOS
from scoring import score
from simulator.engine import Call
from simulator.phases import PHASES, Outcome

NASTY = [
    "",
    "   ",
    "[bold]Kaufen Sie jetzt![/bold]",
    "\x1b[31mrot\x1b[0m",
    "\x00\x07\x08\r\n\t",
    "😀👍🏽 Sollen wir? 🤝",
    "x" * 10_000,
    "Was? " * 2_000,
    "{{ seller }} {% for x in y %}",
    "ÄÖÜ äöü ß",
]
utterance = st.one_of(st.text(max_size=300), st.sampled_from(NASTY))
VALID_STATES = {p.value for p in PHASES} | {o.value for o in Outcome}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    scenario_id=st.sampled_from(sorted(SCENARIOS)),
    lines=st.lists(utterance, max_size=50),
    seed=st.integers(0, 2**32 - 1),
)
def test_any_sequence_of_utterances_keeps_the_call_valid(scenario_id: str, lines: list[str], seed: int) -> None:
    scenario = SCENARIOS[scenario_id]
    call = Call(scenario, seed=seed)
    for line in lines:
        if call.ended:
            break
        turn = call.say(line)
        state = call.state
        assert call.phase in VALID_STATES
        assert all(0 <= value <= 100 for value in (state.trust, state.interest, state.patience))
        assert turn.number <= scenario.rules.max_turns
        assert all(isinstance(part.text, str) for part in turn.customer)
    if len(lines) >= scenario.rules.max_turns:
        assert call.ended
    result = score(call.events)
    assert 0 <= result.total <= 100
    assert all(value is None or 0 <= value <= 100 for value in result.categories.values())


@settings(max_examples=15, deadline=None)
@given(scenario_id=st.sampled_from(sorted(SCENARIOS)), seed=st.integers(0, 1000))
def test_a_silent_or_garbled_trainee_still_reaches_an_ending(scenario_id: str, seed: int) -> None:
    scenario = SCENARIOS[scenario_id]
    call = Call(scenario, seed=seed)
    for index in range(scenario.rules.max_turns):
        call.say(NASTY[index % len(NASTY)])
        if call.ended:
            break
    assert call.ended
    assert call.outcome in {o.value for o in Outcome}
