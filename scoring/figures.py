"""The call's figures: counts a team lead compares across calls."""

from __future__ import annotations

from collections.abc import Sequence

from scoring.model import Figures
from simulator.events import Event, EventKind


def figures_of(events: Sequence[Event]) -> Figures:
    def count(kind: EventKind) -> int:
        return sum(1 for e in events if e.kind is kind)

    said = [e for e in events if e.kind is EventKind.TRAINEE_SAID]
    moves = [str(m) for e in said for m in e.data["moves"]]  # type: ignore[attr-defined]
    trainee_words = sum(int(e.data["words"]) for e in said)  # type: ignore[call-overload]
    customer_words = sum(
        int(e.data["words"]) for e in events if e.kind is EventKind.CUSTOMER_SAID and not e.data["stage"]  # type: ignore[call-overload]
    )
    questions_open = moves.count("open_question")
    questions_closed = moves.count("closed_question")
    total_words = trainee_words + customer_words
    return Figures(
        turns=len(said),
        signals_sent=count(EventKind.SIGNAL_SENT),
        signals_caught=count(EventKind.SIGNAL_CAUGHT),
        signals_missed=count(EventKind.SIGNAL_MISSED),
        talk_past_close=count(EventKind.TALKED_PAST_CLOSE),
        arguing=count(EventKind.ARGUED),
        pressure=count(EventKind.PRESSURED),
        questions_open=questions_open,
        questions_closed=questions_closed,
        question_share=round((questions_open + questions_closed) / len(moves), 3) if moves else 0.0,
        trainee_word_share=round(trainee_words / total_words, 3) if total_words else 0.0,
        longest_turn_words=max((int(e.data["words"]) for e in said), default=0),  # type: ignore[call-overload]
        needs_total=len(next(e for e in events if e.kind is EventKind.CALL_STARTED).data["need_labels"]),  # type: ignore[arg-type]
        needs_discovered=count(EventKind.NEED_DISCOVERED),
        needs_answered=len({e.data["need"] for e in events if e.kind is EventKind.NEED_ANSWERED}),
        objections_raised=count(EventKind.OBJECTION_RAISED),
        objections_resolved=count(EventKind.OBJECTION_RESOLVED),
        concessions=count(EventKind.CONCESSION),
        irritators=count(EventKind.IRRITATOR),
        close_attempts=count(EventKind.CLOSE_ASKED),
    )
