"""The call engine's behaviours, each as a trainee would notice it (issue 2, §3)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import SCENARIOS, kinds, play, script
from scoring import score
from simulator.engine import Call, CallOverError
from simulator.events import EventKind

GREETING_DE = "Guten Tag Frau Hofmann, hier ist Max Berger von SafeBackup."
ASK_BACKUP_DE = "Was hat Sie dazu gebracht, sich mit dem Thema Datensicherung zu beschäftigen?"
DISCOVERY_DE = [
    GREETING_DE,
    ASK_BACKUP_DE,
    "Welche Rolle spielt der Datenschutz bei Ihren Mandantendaten?",
]


def events_of(call: Call, kind: EventKind) -> list[dict[str, object]]:
    return [dict(e.data) for e in call.events if e.kind is kind]


def test_engine_and_scoring_import_no_ui_library() -> None:
    code = (
        "import sys, simulator.engine, scoring, simulator.loader;"
        "bad = [m for m in ('textual', 'rich') if m in sys.modules];"
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"engine imported {result.stdout.strip()}"


def test_same_scenario_seed_and_lines_give_the_same_call() -> None:
    lines = script("backup-steuerkanzlei.win")
    first, second = play("backup-steuerkanzlei", lines, seed=3), play("backup-steuerkanzlei", lines, seed=3)
    assert first.events == second.events
    assert score(first.events) == score(second.events)


def test_the_seed_varies_wording_but_never_the_score() -> None:
    lines = script("dental-booking.win")
    scores = {score(play("dental-booking", lines, seed=seed).events).total for seed in range(6)}
    texts = {
        tuple(line.text for turn in play("dental-booking", lines, seed=seed).turns for line in turn.customer)
        for seed in range(6)
    }
    assert len(scores) == 1
    assert len(texts) > 1


def test_open_question_on_a_topic_uncovers_the_hidden_need() -> None:
    call = play("backup-steuerkanzlei", [GREETING_DE, ASK_BACKUP_DE])
    assert [e["need"] for e in events_of(call, EventKind.NEED_DISCOVERED)] == ["data_loss"]
    assert "Server" in " ".join(line.text for line in call.turns[-1].customer)
    assert call.phase == "analysis"


def test_closed_question_on_the_same_topic_does_not_uncover_it() -> None:
    call = play("backup-steuerkanzlei", [GREETING_DE, "Haben Sie eine Datensicherung?"])
    assert events_of(call, EventKind.NEED_DISCOVERED) == []


def test_presenting_before_any_need_is_known_leaves_the_customer_cold() -> None:
    call = play("backup-steuerkanzlei", [GREETING_DE])
    before = call.state.interest
    turn = call.say("Unser Service sichert Ihre Daten täglich verschlüsselt in zwei deutschen Rechenzentren.")
    assert EventKind.PRESENTED_COLD in [e.kind for e in turn.events]
    assert call.state.interest <= before
    cold_lines = SCENARIOS["backup-steuerkanzlei"].responses.lines(call.phase, "cold_presentation")
    assert any(line.text in " ".join(cold_lines) or line.text[:20] in " ".join(cold_lines) for line in turn.customer)


def test_a_benefit_for_a_known_need_raises_interest_much_more_than_a_bare_feature() -> None:
    with_feature = play("backup-steuerkanzlei", DISCOVERY_DE)
    before = with_feature.state.interest
    with_feature.say("Wir haben einen monatlichen Wiederherstellungstest mit Protokoll.")
    feature_gain = with_feature.state.interest - before

    with_benefit = play("backup-steuerkanzlei", DISCOVERY_DE)
    before = with_benefit.state.interest
    with_benefit.say("Das bedeutet für Sie: Nach einem Ausfall können Sie alles in wenigen Stunden wiederherstellen.")
    benefit_gain = with_benefit.state.interest - before
    assert benefit_gain >= 10
    assert benefit_gain >= 3 * max(feature_gain, 1)


def play_through(scenario: str, script_name: str, marker: str) -> Call:
    """Play a bundled script up to and including its first line containing `marker`."""
    lines = script(script_name)
    last = next(i for i, line in enumerate(lines) if marker in line)
    return play(scenario, lines[: last + 1])


def _until_strong_signal(scenario: str, lines: list[str]) -> Call:
    call = Call(SCENARIOS[scenario], seed=0)
    for line in lines:
        call.say(line)
        sent = events_of(call, EventKind.SIGNAL_SENT)
        if sent and sent[-1]["strength"] == "strong":
            return call
    raise AssertionError("the script never drew a strong buying signal")


def test_a_close_while_the_window_is_open_catches_the_signal(scenario_id: str) -> None:
    call = _until_strong_signal(scenario_id, script(f"{scenario_id}.win"))
    assert call.state.window is not None
    caught_before = len(events_of(call, EventKind.SIGNAL_CAUGHT))
    call.say("Sollen wir das so festmachen?" if call.scenario.language == "de" else "Shall we go ahead then?")
    assert len(events_of(call, EventKind.SIGNAL_CAUGHT)) == caught_before + 1
    assert call.state.window is None


def test_talking_past_the_close_cools_the_customer_and_misses_the_signal() -> None:
    call = _until_strong_signal("dental-booking", script("dental-booking.win"))
    interest = [call.state.interest]
    for line in (
        "We also have a waiting list feature that fills cancelled slots.",
        "Our dashboard shows you all the statistics in real time.",
        "And the reminders can be customised with your own logo and colours.",
    ):
        call.say(line)
        interest.append(call.state.interest)
    assert len(events_of(call, EventKind.TALKED_PAST_CLOSE)) == 3
    assert interest == sorted(interest, reverse=True) and interest[-1] < interest[0]
    assert events_of(call, EventKind.SIGNAL_MISSED)[-1]["why"] == "talked_past"
    assert call.state.window is None


def test_arguing_costs_trust_at_once_and_hardens_the_objection() -> None:
    call = play_through("dental-booking", "dental-booking.win", "249 pounds")
    assert call.state.open_objection() is not None
    trust = call.state.trust
    call.say("That's simply not true, Linda, you are wrong about that.")
    assert call.state.trust <= trust - 10
    assert events_of(call, EventKind.OBJECTION_HARDENED)
    assert not events_of(call, EventKind.OBJECTION_RESOLVED)


def test_repeated_arguing_makes_the_customer_end_the_call() -> None:
    call = play("preiserhoehung-hotel", script("preiserhoehung-hotel.argue"))
    assert call.outcome == "customer_ended"
    assert len(events_of(call, EventKind.ARGUED)) >= 2


def test_empathy_then_a_question_reveals_the_real_reason_and_answering_it_resolves() -> None:
    call = play_through("backup-steuerkanzlei", "backup-steuerkanzlei.win", "189 Euro")
    call.say("Das kann ich gut verstehen. Was genau macht Ihnen dabei Sorgen?")
    assert events_of(call, EventKind.REAL_REASON_REVEALED)
    call.say("Sie können in den ersten drei Monaten jederzeit kündigen, das heißt für Sie: kein Risiko.")
    assert [e["objection"] for e in events_of(call, EventKind.OBJECTION_RESOLVED)] == ["too_expensive"]


def test_a_concession_only_eases_a_price_objection_and_lowers_the_margin() -> None:
    call = play_through("backup-steuerkanzlei", "backup-steuerkanzlei.win", "189 Euro")
    call.say("Ich kann Ihnen zehn Prozent Rabatt geben.")
    assert events_of(call, EventKind.OBJECTION_EASED)
    assert not events_of(call, EventKind.OBJECTION_RESOLVED)
    assert call.state.price < 189
    assert events_of(call, EventKind.COUNTER_WITHOUT_ASKING)


def test_a_no_to_the_close_goes_back_to_negotiation() -> None:
    call = play_through("backup-steuerkanzlei", "backup-steuerkanzlei.win", "189 Euro")
    call.say("Sollen wir das so festmachen?")
    assert events_of(call, EventKind.ORDER_DECLINED)
    assert call.phase == "negotiation"
    assert "close" in [e["dest"] for e in events_of(call, EventKind.PHASE_CHANGED)]


def test_a_final_no_answered_with_a_friendly_farewell_ends_without_scorched_earth() -> None:
    call = play("backup-steuerkanzlei", [GREETING_DE, ASK_BACKUP_DE, "Der Preis liegt bei 189 Euro im Monat."])
    for _ in range(5):
        if call.state.final_no:
            break
        call.say("Sollen wir das so festmachen?" if _ % 2 == 0 else "Wollen wir den Vertrag gleich heute machen?")
    assert call.state.final_no
    call.say("Schade, aber ich verstehe das. Vielen Dank für Ihre Zeit und auf Wiederhören!")
    assert call.outcome == "lost"
    assert not events_of(call, EventKind.SCORCHED_EARTH)
    assert "friendly_no" in [f.rule for f in score(call.events).findings]


def test_forgetting_to_ask_for_the_order_is_visible() -> None:
    lines = [line for line in script("dental-booking.win") if "Shall we" not in line]
    call = play("dental-booking", lines)
    assert call.outcome != "won"
    assert "no_close" in [f.rule for f in score(call.events).findings]


def test_follow_up_after_a_won_order_is_rewarded(scenario_id: str) -> None:
    call = play(scenario_id, script(f"{scenario_id}.win"))
    assert call.outcome == "won"
    rules = {f.rule for f in score(call.events).findings if f.points > 0}
    assert {"follow_up_thanks", "follow_up_next_step"} <= rules


def test_persuading_after_the_yes_is_penalised() -> None:
    call = play_through("dental-booking", "dental-booking.win", "Shall we")
    assert call.state.said_yes
    call.say("And remember, we also have a waiting list feature that fills cancelled slots.")
    assert events_of(call, EventKind.PUSHED_AFTER_YES)


def test_monologues_and_off_topic_lines_wear_out_patience_until_the_customer_hangs_up() -> None:
    call = Call(SCENARIOS["dental-booking"], seed=0)
    monologue = " ".join(["We are a great company with a long history and many happy customers."] * 12)
    for index in range(40):
        if call.ended:
            break
        call.say(f"{monologue} ({index})" if index % 2 else f"Did you see the football yesterday, part {index}?")
    assert call.outcome == "customer_ended"
    assert events_of(call, EventKind.CALL_ENDED)[-1]["reason"] == "patience"


def test_a_call_always_ends_within_the_maximum_number_of_turns() -> None:
    scenario = SCENARIOS["preiserhoehung-hotel"]
    call = Call(scenario, seed=0)
    for index in range(scenario.rules.max_turns):
        call.say(f"Wie sehen Sie das Thema Nummer {index}?")
        if call.ended:
            break
    assert call.ended
    assert call.turn <= scenario.rules.max_turns
    with pytest.raises(CallOverError):
        call.say("Hallo?")


def test_repeating_the_same_line_has_no_further_effect() -> None:
    call = play("backup-steuerkanzlei", DISCOVERY_DE)
    benefit = "Das bedeutet für Sie: Nach einem Ausfall können Sie alles in wenigen Stunden wiederherstellen."
    call.say(benefit)
    interest = call.state.interest
    call.say(benefit)
    assert call.state.interest <= interest
    assert events_of(call, EventKind.REPEATED)


def test_a_benefit_that_names_nothing_the_customer_cares_about_does_not_count() -> None:
    call = play("backup-steuerkanzlei", DISCOVERY_DE)
    interest = call.state.interest
    call.say("Das bedeutet für Sie, dass Sie ein modernes Design bekommen.")
    assert call.state.interest <= interest
    assert not events_of(call, EventKind.NEED_ANSWERED)


def test_stuffing_signal_phrases_into_every_line_does_not_pay(scenario_id: str) -> None:
    stuffing = {
        "de": "Das bedeutet für Sie einen großen Vorteil. Sollen wir unterschreiben?",
        "en": "That means for you a big advantage. Shall we sign?",
    }[SCENARIOS[scenario_id].language.value]
    call = play(scenario_id, [f"{stuffing} ({n})" for n in range(40)])
    result = score(call.events)
    assert call.outcome != "won"
    assert result.total < 35


def test_each_phase_change_is_logged_and_only_along_named_transitions() -> None:
    call = play("preiserhoehung-hotel", script("preiserhoehung-hotel.win"))
    changes = [(e["source"], e["dest"]) for e in events_of(call, EventKind.PHASE_CHANGED)]
    assert changes[0] == ("rapport", "analysis")
    assert ("close", "follow_up") in changes
    assert kinds(call)[-1] in ("call_ended", "customer_said")


def test_a_not_yet_names_the_need_that_was_never_answered() -> None:
    call = play("dental-booking", script("dental-booking.win")[:6])
    call.say("It costs 249 pounds per month on a 12-month contract.")
    call.say("I understand, that is a real investment. What exactly makes you hesitate?")
    call.say("Let's put the numbers together: three saved appointments a month and it pays for itself.")
    turn = call.say("Shall we get you started next Monday?")
    assert events_of(call, EventKind.ORDER_DECLINED)
    said = " ".join(line.text for line in turn.customer)
    assert any(SCENARIOS["dental-booking"].need(need).label in said for need in call.state.needs_discovered)
