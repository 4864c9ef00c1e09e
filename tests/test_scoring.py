"""Scoring orderings and findings a trainee and a team lead rely on (issue 2, §5)."""

from __future__ import annotations

from conftest import SCENARIOS, play, script
from scoring import Category, score


def test_closing_on_the_first_strong_signal_beats_presenting_on(scenario_id: str) -> None:
    closing = score(play(scenario_id, script(f"{scenario_id}.win")).events)
    talking = score(play(scenario_id, script(f"{scenario_id}.talk-past")).events)
    assert closing.total > talking.total
    assert closing.categories[Category.CLOSING] > talking.categories[Category.CLOSING]
    assert talking.figures.talk_past_close >= 3
    assert "signal_missed" in {f.rule for f in talking.findings}


def test_a_call_with_arguing_scores_below_the_same_call_without_it(scenario_id: str) -> None:
    calm = score(play(scenario_id, script(f"{scenario_id}.win")).events)
    arguing = score(play(scenario_id, script(f"{scenario_id}.argue")).events)
    assert arguing.total < calm.total
    assert arguing.figures.arguing >= 2
    assert any(f.rule == "argued" and f.points < 0 for f in arguing.findings)


def test_the_winning_scripts_win_with_a_good_score(scenario_id: str) -> None:
    call = play(scenario_id, script(f"{scenario_id}.win"))
    result = score(call.events)
    assert call.outcome == "won"
    assert result.total >= 70
    assert result.figures.signals_caught >= 1
    assert result.figures.signals_missed == 0


def test_every_score_is_within_bounds_and_every_finding_is_explained(scenario_id: str) -> None:
    for kind in ("win", "talk-past", "argue"):
        result = score(play(scenario_id, script(f"{scenario_id}.{kind}")).events)
        assert 0 <= result.total <= 100
        assert all(value is None or 0 <= value <= 100 for value in result.categories.values())
        for finding in result.findings:
            assert finding.message and finding.method and finding.turn >= 0


def test_findings_speak_the_scenario_language() -> None:
    german = score(play("backup-steuerkanzlei", script("backup-steuerkanzlei.win")).events)
    english = score(play("dental-booking", script("dental-booking.win")).events)
    assert any("Bedarf aufgedeckt" in f.message for f in german.findings)
    assert any("Need uncovered" in f.message for f in english.findings)


def test_irritators_when_stating_the_price_are_penalised() -> None:
    lines = script("dental-booking.win")
    price_turn = next(i for i, line in enumerate(lines) if "249 pounds" in line)
    plain = play("dental-booking", lines[: price_turn + 1])
    praised = play(
        "dental-booking",
        [*lines[:price_turn], "It costs 249 pounds per month, which is a really fair price and a generous offer."],
    )
    assert score(praised.events).figures.irritators >= 1
    assert "irritator" in {f.rule for f in score(praised.events).findings}
    assert score(praised.events).total < score(plain.events).total


def test_figures_count_questions_and_the_trainees_share_of_words() -> None:
    result = score(play("backup-steuerkanzlei", script("backup-steuerkanzlei.win")).events)
    figures = result.figures
    assert figures.questions_open >= 3
    assert 0 < figures.trainee_word_share < 1
    assert figures.longest_turn_words > 10
    assert figures.needs_discovered == len(SCENARIOS["backup-steuerkanzlei"].needs)


def test_a_talkative_trainee_gets_the_talk_share_finding() -> None:
    long = (
        "Wir sind ein Unternehmen mit langer Tradition und vielen zufriedenen Kunden in ganz Deutschland, "
        "und unsere Techniker sind bestens ausgebildet und jederzeit für Sie da."
    )
    call = play("backup-steuerkanzlei", [long + f" Punkt {n}." for n in range(6)])
    result = score(call.events)
    assert result.figures.trainee_word_share > 0.65
    assert "talk_share" in {f.rule for f in result.findings}
