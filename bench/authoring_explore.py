"""Time `salescall explore` on a bundled scenario with its default budgets (target: under 10 s).

    python bench/authoring_explore.py [SCENARIO]
"""

from __future__ import annotations

import argparse
import time

from simulator.authoring.explore import random_playthroughs, search
from simulator.authoring.probes import run_probes
from simulator.catalog import resolve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("scenario", nargs="?", default="dental-booking")
    args = parser.parse_args()
    scenario = resolve(args.scenario)
    started = time.perf_counter()
    found = search(scenario)
    searched = time.perf_counter()
    randoms = random_playthroughs(scenario, runs=100)
    played = time.perf_counter()
    probes = run_probes(scenario)
    done = time.perf_counter()
    print(f"{scenario.id}: search {searched - started:.2f} s ({found.states} moves, win in "
          f"{len(found.win) if found.win else '-'} turns), random {played - searched:.2f} s ({randoms.runs} calls), "
          f"probes {done - played:.2f} s ({len(probes)}); total {done - started:.2f} s (target < 10 s)")


if __name__ == "__main__":
    main()
