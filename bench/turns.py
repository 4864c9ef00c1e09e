"""Per-turn latency of classify + engine + scoring over 10,000 turns.

Plays the bundled scenarios' scripts round-robin, starting a new call whenever one ends, and
times each turn: `Call.say()` (which classifies the line and runs the engine); the turn that ends
a call also scores it, as the review does. Target (issue 2): p99 under 1 ms.

    python bench/turns.py [--turns 10000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from importlib.resources import files

from scoring import score
from simulator.catalog import bundled_scenarios
from simulator.cli.run_cmd import read_script
from simulator.engine import Call


def scripts() -> dict[str, list[list[str]]]:
    folder = files("scenarios") / "scripts"
    found: dict[str, list[list[str]]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        scenario_id = entry.name.split(".")[0]
        found.setdefault(scenario_id, []).append(read_script(entry.read_text(encoding="utf-8")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=10_000)
    args = parser.parse_args()
    scenarios = bundled_scenarios()
    by_id = scripts()
    plays = [(s, lines) for s in scenarios for lines in by_id.get(s.id, [])]
    timings: list[float] = []
    play = 0
    while len(timings) < args.turns:
        scenario, lines = plays[play % len(plays)]
        call = Call(scenario, seed=play)
        play += 1
        for line in lines:
            started = time.perf_counter()
            call.say(line)
            if call.ended:
                score(call.events)
            timings.append(time.perf_counter() - started)
            if call.ended or len(timings) >= args.turns:
                break
    timings.sort()
    median = statistics.median(timings) * 1000
    p99 = timings[int(len(timings) * 0.99) - 1] * 1000
    print(f"turns: {len(timings)}  calls: {play}")
    print(f"per turn (classify + engine + scoring): median {median:.3f} ms  p99 {p99:.3f} ms  max {timings[-1] * 1000:.3f} ms")


if __name__ == "__main__":
    main()
