"""`salescall scenarios`: list the bundled scenarios and any given files or folders."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from simulator.catalog import bundled_scenarios, scenario_files
from simulator.loader import load_scenario
from simulator.scenario import Scenario


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "scenarios",
        help="list available scenarios",
        description="List the bundled scenarios and those in the given files or folders.",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="scenario files or folders to add")
    parser.add_argument("--json", action="store_true", help="print a JSON list of objects")
    parser.set_defaults(func=list_scenarios)


def list_scenarios(args: argparse.Namespace) -> int:
    found: list[Scenario] = bundled_scenarios()
    for path in args.paths:
        found.extend(load_scenario(file) for file in scenario_files(path))
    rows = [
        {"id": s.id, "language": s.language.value, "difficulty": s.difficulty, "title": s.title} for s in found
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    id_width = max((len(row["id"]) for row in rows), default=2)
    print(f"{'id':<{id_width}}  lang  diff  title")
    for row in rows:
        print(f"{row['id']:<{id_width}}  {row['language']:<4}  {row['difficulty']:>4}  {row['title']}")
    return 0
