"""`salescall schema`: print the JSON Schema of the scenario format (for editors such as VS Code)."""

from __future__ import annotations

import argparse
import json

from simulator.authoring.schema import scenario_schema


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "schema",
        help="print the JSON Schema of the scenario format",
        description="Print the JSON Schema of scenario files; docs/scenario.schema.json holds the same schema.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(scenario_schema(), ensure_ascii=False, indent=2))
    return 0
