"""The call's figures: counts a team lead compares across calls."""

from __future__ import annotations

from scoring.log import EventLog
from scoring.model import Figures
from simulator.events import EventKind


def figures_of(log: EventLog) -> Figures:
    count = log.count
    said = log.of(EventKind.TRAINEE_SAID)
    moves = [str(m) for e in said for m in e.data["moves"]]  # type: ignore[attr-defined]
    trainee_words = sum(int(e.data["words"]) for e in said)  # type: ignore[call-overload]
    customer_words = sum(
        int(e.data["words"]) for e in log.of(EventKind.CUSTOMER_SAID) if not e.data["stage"]  # type: ignore[call-overload]
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
        needs_total=len(log.of(EventKind.CALL_STARTED)[0].data["need_labels"]),  # type: ignore[arg-type]
        needs_discovered=count(EventKind.NEED_DISCOVERED),
        needs_answered=len({e.data["need"] for e in log.of(EventKind.NEED_ANSWERED)}),
        objections_raised=count(EventKind.OBJECTION_RAISED),
        objections_resolved=count(EventKind.OBJECTION_RESOLVED),
        concessions=count(EventKind.CONCESSION),
        irritators=count(EventKind.IRRITATOR),
        close_attempts=count(EventKind.CLOSE_ASKED),
    )
