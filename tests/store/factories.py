"""Synthetic calls for store and report tests: fast, and independent of the classifier's progress."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from simulator.store import CallStart, CallSummary, new_call_id

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def start(trainee: str = "alice", team: str = "red", scenario: str = "dental-booking", *, minutes: int = 0,
          mode: str = "headless", version: str = "v1", language: str = "en") -> CallStart:
    return CallStart(
        call_id=new_call_id(),
        trainee=trainee,
        team=team,
        scenario_id=scenario,
        scenario_hash=version,
        scenario_title=f"Title of {scenario}",
        language=language,
        mode=mode,
        seed=0,
        started_at=T0 + timedelta(minutes=minutes),
    )


def document(lines: list[str], *, total: int = 70, outcome: str = "won", sent: int = 2, caught: int = 1,
             talk_past: int = 0, arguing: int = 0, follow_up_done: bool = True) -> dict[str, object]:
    transcript: list[dict[str, object]] = [{"turn": 0, "speaker": "customer", "text": "Hello?", "stage": False}]
    for turn, line in enumerate(lines, start=1):
        transcript.append({"turn": turn, "speaker": "trainee", "text": line, "moves": ["open_question"]})
        transcript.append({"turn": turn, "speaker": "customer", "text": "nods", "stage": True})
    events = [{"turn": len(lines), "kind": "follow_up", "step": "next_step"}] if follow_up_done else []
    return {
        "scenario": "dental-booking",
        "language": "en",
        "trainee_lines": lines,
        "transcript": transcript,
        "events": events,
        "outcome": outcome,
        "score": {
            "total": total, "rapport": 80, "needs_analysis": 70, "presentation": 60, "objection_handling": None,
            "closing": 50, "follow_up": 100 if outcome == "won" else None,
            "figures": {"signals_sent": sent, "signals_caught": caught, "talk_past_close": talk_past, "arguing": arguing,
                        "questions_open": 3, "questions_closed": 1, "trainee_word_share": 0.45},
        },
        "findings": [{"turn": 1, "rule": "r", "category": "rapport", "points": 5, "message": "Good opening.", "method": "m"}],
    }


def summary(trainee: str = "alice", scenario: str = "dental-booking", total: int = 70, *, day: int = 0,
            team: str = "red", version: str = "v1", **figures: object) -> CallSummary:
    base = CallSummary(
        call_id=new_call_id(), trainee=trainee, team=team, scenario_id=scenario, scenario_hash=version,
        scenario_title=f"Title of {scenario}", mode="headless", started_at=T0 + timedelta(days=day), outcome="won",
        total=total, signals_sent=2, signals_caught=1, talk_past_close=0, arguing=0, questions_open=3,
        questions_closed=1, trainee_word_share=0.5, follow_up_done=True,
    )
    return base._replace(**figures)  # type: ignore[arg-type]
