"""`salescall explore SCENARIO`: is the scenario winnable, is all of it reachable, can it be gamed?

Exit status: 0 winnable and no gaming probe wins; 1 no win found or a probe wins with a high
score; 2 the scenario has errors.
"""

from __future__ import annotations

import argparse
import time

from simulator.authoring.explore import Coverage, distribution, random_playthroughs, search
from simulator.authoring.probes import FLAG_SCORE, run_probes
from simulator.catalog import resolve
from simulator.cli.output import visible


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "explore",
        help="prove a scenario winnable and fair: search, random calls, gaming probes",
        description=(
            "Search for a shortest winning line of play, play random calls for coverage and the score "
            "distribution, and run gaming probes (keyword stuffing, closing on every line, …). "
            f"Exit status 1 if no win is found or a probe wins with a score of {FLAG_SCORE} or more."
        ),
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="bundled scenario id or path to a scenario file")
    parser.add_argument("--beam", type=int, default=24, help="states kept per search step (default 24)")
    parser.add_argument("--budget", type=int, default=3000, help="moves the search may try (default 3000)")
    parser.add_argument("--runs", type=int, default=100, help="random calls to play (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="seed for the random calls (default 0)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    scenario = resolve(args.scenario)
    started = time.perf_counter()
    found = search(scenario, beam=args.beam, max_states=args.budget, seed=args.seed)
    print(f"Exploring {scenario.id}: {found.states} moves tried (beam {args.beam}, budget {args.budget})\n")
    if found.win:
        print(f"Winnable: shortest win found in {len(found.win)} turns (score {found.win_score}):")
        for number, step in enumerate(found.win, 1):
            print(f"  {number:>3}. {str(step.move):<28} {visible(step.line)}")
    else:
        print("NOT WINNABLE within the search budget: no line of play got the order.")
    if found.dead_ends:
        print("\nWays the call is lost (shortest line to each):")
        for outcome, steps in sorted(found.dead_ends.items()):
            print(f"  {outcome}: {' → '.join(str(step.move) for step in steps)}")
    randoms = random_playthroughs(scenario, runs=args.runs, seed=args.seed)
    print(f"\nRandom calls: {randoms.runs} (seed {randoms.seed})")
    print("  endings: " + ", ".join(f"{k} {v}" for k, v in randoms.coverage.endings.most_common()))
    print("  score:   " + ", ".join(f"{k} {v:g}" for k, v in distribution(randoms.scores).items()))
    merged = _merge(found.coverage, randoms.coverage)
    missing = merged.missing(scenario)
    print("\nNever reached by any call:" if missing else "\nEvery phase, need, objection and signal was reached.")
    for kind, ids in missing.items():
        print(f"  {kind}: {', '.join(ids)}")
    probes = run_probes(scenario, seed=args.seed)
    print(f"\nGaming probes (flagged when won with a score of {FLAG_SCORE} or more):")
    for probe in probes:
        flag = "FLAG" if probe.games_the_scenario else "ok  "
        print(f"  {flag} {probe.name:<22} {probe.run.outcome:<15} score {probe.run.score.total:>3}  "
              f"({probe.description})")
    gamed = [p for p in probes if p.games_the_scenario]
    print(f"\nDone in {time.perf_counter() - started:.1f}s.")
    if gamed:
        print("A probe wins with a high score: the scenario (or an engine rule) rewards gaming; see docs/AUTHORING.md.")
    return 1 if found.win is None or gamed else 0


def _merge(first: Coverage, second: Coverage) -> Coverage:
    merged = Coverage()
    for name in ("phases", "discovered", "answered", "raised", "resolved", "signals"):
        getattr(merged, name).update(getattr(first, name), getattr(second, name))
    merged.endings.update(second.endings)
    return merged
