"""A finished (or running) call as one plain document: for `--json`, files and the store."""

from __future__ import annotations

from scoring import Score, score
from simulator.engine import Call
from simulator.events import EventKind


def transcript(call: Call) -> list[dict[str, object]]:
    """The spoken lines in order, derived from the event log (its single source of truth)."""
    lines: list[dict[str, object]] = []
    for event in call.events:
        if event.kind is EventKind.TRAINEE_SAID:
            lines.append({"turn": event.turn, "speaker": "trainee", "text": event.data["text"], "moves": event.data["moves"]})
        elif event.kind is EventKind.CUSTOMER_SAID:
            lines.append({"turn": event.turn, "speaker": "customer", "text": event.data["text"], "stage": event.data["stage"]})
    return lines


def phase_path(call: Call) -> list[str]:
    """Every phase the call went through, in order, loop-backs included."""
    path = ["rapport"]
    for event in call.events:
        if event.kind is EventKind.PHASE_CHANGED:
            path.append(str(event.data["dest"]))
    return path


def call_document(call: Call, result: Score | None = None) -> dict[str, object]:
    result = result or score(call.events)
    return {
        "scenario": call.scenario.id,
        "scenario_hash": call.scenario.content_hash,
        "language": call.scenario.language.value,
        "seed": call.seed,
        "trainee_lines": [turn.trainee for turn in call.turns],
        "transcript": transcript(call),
        "events": [event.to_dict() for event in call.events],
        "phases": phase_path(call),
        "outcome": call.outcome,
        "score": result.to_dict(),
        "findings": [finding.to_dict() for finding in result.findings],
    }
