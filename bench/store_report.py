"""Store benchmark: 100,000 synthetic calls, then the time of `report` and `history`.

Run: python bench/store_report.py [--calls N] [--db PATH]   (target: full report < 2 s on SQLite)
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.cli.history_cmd import render_history
from simulator.reports import render_html, render_text, stored_report
from simulator.store import Filters, new_call_id, open_store

TEAMS = {"Nord": 12, "Süd": 12, "West": 10, "Ost": 8, "Inside Sales": 8}
SCENARIOS = {"backup-steuerkanzlei": ("de", 3), "dental-booking": ("en", 2), "preiserhoehung-hotel": ("de", 1),
             "cold-call-bakery": ("de", 1), "winback-printer": ("en", 2), "crosssell-insurance": ("de", 1)}
OUTCOMES = ("won", "lost", "customer_ended", "out_of_turns", "trainee_ended")
MODES = ("coach", "exam", "guided", "headless")
START = datetime(2024, 1, 1, tzinfo=UTC)
DAYS = 540


def record(rng: random.Random, trainee: str, team: str, skill: float) -> dict[str, object]:
    scenario = rng.choice(list(SCENARIOS))
    language, versions = SCENARIOS[scenario]
    day = rng.random() * DAYS
    started = START + timedelta(days=day)
    progress = day / DAYS
    total = max(0, min(100, int(rng.gauss(35 + 40 * skill + 15 * progress, 12))))
    outcome = "won" if total > 65 and rng.random() < 0.8 else rng.choice(OUTCOMES)
    turns = rng.randint(6, 18)
    lines = [f"Zeile {n}: Wie gehen Sie heute mit Ihren Daten um, Frau Müller?" for n in range(1, turns + 1)]
    sent = rng.randint(0, 3)
    caught = rng.randint(0, sent)
    follow_up = rng.random() < skill if outcome == "won" else False
    transcript = []
    for n, line in enumerate(lines, start=1):
        transcript.append({"turn": n, "speaker": "trainee", "text": line, "moves": ["open_question"]})
        transcript.append({"turn": n, "speaker": "customer", "text": "Das ist eine gute Frage.", "stage": False})
    document = {
        "scenario": scenario, "scenario_hash": f"{scenario[:4]}{rng.randrange(versions)}", "language": language, "seed": 0,
        "trainee_lines": lines, "transcript": transcript,
        "events": [{"turn": turns, "kind": "follow_up", "step": "next_step"}] if follow_up else [],
        "phases": ["rapport", "analysis", "presentation", "negotiation", "close"], "outcome": outcome,
        "score": {"total": total, "rapport": rng.randint(40, 100), "needs_analysis": rng.randint(20, 100),
                  "presentation": rng.randint(0, 100), "objection_handling": None, "closing": rng.randint(0, 100),
                  "follow_up": rng.randint(0, 100) if outcome == "won" else None,
                  "figures": {"turns": turns, "signals_sent": sent, "signals_caught": caught,
                              "talk_past_close": rng.choices((0, 1, 2, 3), (6, 2, 1, 1))[0], "arguing": rng.choices((0, 1, 2), (7, 2, 1))[0],
                              "questions_open": rng.randint(0, 8), "questions_closed": rng.randint(0, 5),
                              "trainee_word_share": round(rng.uniform(0.3, 0.75), 3)}},
        "findings": [{"turn": rng.randint(1, turns), "rule": "signal_missed", "category": "closing", "points": -10,
                      "message": "Kaufsignal überhört.", "method": "Die Abschlussphase"} for _ in range(rng.randint(1, 5))],
    }
    return {
        "format": "salescall.call", "format_version": 1, "call_id": new_call_id(), "trainee": trainee, "team": team,
        "scenario_id": scenario, "scenario_hash": document["scenario_hash"], "scenario_title": scenario.replace("-", " ").title(),
        "language": language, "mode": rng.choice(MODES), "seed": 0, "started_at": started.isoformat(),
        "ended_at": (started + timedelta(minutes=rng.randint(4, 25))).isoformat(), "lines": lines, "document": document,
    }


def timed(label: str, work, runs: int = 3):  # type: ignore[no-untyped-def]
    """Wall and CPU time of each run (the first run may read the file from disk)."""
    walls, cpus = [], []
    for _ in range(runs):
        began, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
    print(f"{label:<48} wall {' '.join(f'{w:6.3f}' for w in walls)} s   cpu {' '.join(f'{c:6.3f}' for c in cpus)} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--db", help="store URL (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="the store at --db is already filled: only time")
    args = parser.parse_args()
    rng = random.Random(5)
    trainees = [(f"{team.split()[0].lower()}-{i:02d}", team, rng.random()) for team, size in TEAMS.items() for i in range(size)]
    url = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")
    began = time.perf_counter()
    store = open_store(url)
    print(f"opened the store in {time.perf_counter() - began:.2f} s (includes a schema upgrade, if any)")
    if not args.reuse:
        began = time.perf_counter()
        for batch in range(0, args.calls, 10_000):
            records = [record(rng, *rng.choice(trainees)) for _ in range(min(10_000, args.calls - batch))]
            store.import_calls(records)
        print(f"inserted {args.calls:,} calls ({len(trainees)} trainees) in {time.perf_counter() - began:.1f} s")
    report = timed("report: SQL aggregation, no charts (table/CSV)", lambda: stored_report(store, timelines=False))
    timed("report: table (as `salescall report`)", lambda: render_text(stored_report(store, timelines=False)))
    timed("report: HTML with charts (as `report --html`)", lambda: render_html(stored_report(store), "all calls", datetime.now(UTC)))
    timed("report --team Süd --since 2025-01-01 (table)", lambda: render_text(stored_report(
        store, Filters(team="Süd", since=datetime(2025, 1, 1, tzinfo=UTC)), timelines=False)))
    timed("report --mode exam (table)", lambda: render_text(stored_report(store, Filters(mode="exam"), timelines=False)))
    trainee = trainees[0][0]
    calls = timed(f"history {trainee} (all of theirs)", lambda: render_history(store.history_summaries(trainee)))
    timed(f"history {trainee} --limit 20", lambda: render_history(store.history_summaries(trainee, limit=20)))
    print(f"report covered {report.calls:,} calls; history lines: {len(calls.splitlines()) - 1}")
    if not url.startswith("postgres"):
        size = sum(p.stat().st_size for p in Path(url).parent.glob(Path(url).name + "*"))
        print(f"database size: {size / 1e6:.1f} MB ({url})")
    store.close()


if __name__ == "__main__":
    main()
