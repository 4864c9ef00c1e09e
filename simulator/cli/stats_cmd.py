"""`salescall stats SCENARIO`: how much the customer has to say, and how long a call takes."""

from __future__ import annotations

import argparse

from simulator.authoring.explore import search
from simulator.authoring.stats import SPEAKING_WPM, stats
from simulator.catalog import resolve


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "stats",
        help="lines per phase, variants per line, words, estimated call length",
        description="Numbers about a scenario's writing. The call length is estimated from a quick search "
                    "for the shortest win, at a speaking pace of 150 words a minute.",
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="bundled scenario id or path to a scenario file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    scenario = resolve(args.scenario)
    win = search(scenario, beam=8, max_states=600).win
    s = stats(scenario, estimated_turns=len(win) if win else None)
    print(f"{scenario.id}: {s.own_lines} customer lines, {s.customer_words} words")
    print("\nLines per phase (built-in and own):")
    for phase, count in s.lines_per_phase.items():
        print(f"  {phase:<26} {count:>4}")
    print("\nVariants per line written for this customer:")
    for where, count in s.variants.items():
        note = "  (one variant: it will sound the same every call)" if count == 1 else ""
        print(f"  {count:>2}  {where}{note}")
    basis = "shortest win found" if win else "a rough count of needs and objections"
    print(f"\nEstimated call: {s.estimated_turns} turns, about {s.estimated_minutes} minutes "
          f"({basis}, {SPEAKING_WPM} words a minute)")
    return 0
