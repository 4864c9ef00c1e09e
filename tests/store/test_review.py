"""`salescall review` prints what was said literally, labelled in the call's language."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from simulator.reports.review import render_review
from simulator.store import StoredCall
from store.factories import document, start


def _call(lines: list[str], language: str) -> StoredCall:
    begun = start(language=language)
    return StoredCall(begun, tuple(lines), begun.started_at + timedelta(minutes=3), "won", 70, document(lines))


def test_review_marks_moves_stage_directions_and_findings_in_german() -> None:
    text = render_review(_call(["Guten Tag!"], "de"))
    assert "  1 Sie: Guten Tag!" in text
    assert "[erkannt: open_question]" in text
    assert "Kunde: *nods*" in text
    assert "Ergebnis: Auftrag gewonnen" in text and "Befunde:" in text and "Zug  1" in text


def test_control_characters_are_shown_not_executed() -> None:
    text = render_review(_call(["\x1b[31mred\x1b[0m"], "en"))
    assert "\x1b" not in text and "\\x1b[31mred" in text


def test_an_interrupted_call_shows_its_lines_and_no_score() -> None:
    call = replace(_call(["hello"], "en"), ended_at=None, outcome=None, total=None, document=None)
    text = render_review(call)
    assert "  1 You: hello" in text and "interrupted" in text
