"""`salescall graph SCENARIO`: the scenario as a Mermaid or Graphviz diagram (works on broken files too)."""

from __future__ import annotations

import argparse

from simulator.authoring.graph import build, dot, mermaid
from simulator.authoring.sources import scenario_path
from simulator.loader import ScenarioError, check_file


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "graph",
        help="draw a scenario: phases, needs, objections, signals (Mermaid or Graphviz)",
        description="Print the scenario as a diagram. Broken references are drawn as red dashed 'missing' nodes.",
    )
    parser.add_argument("scenario", metavar="SCENARIO", help="bundled scenario id or path to a scenario file")
    parser.add_argument("--format", choices=("mermaid", "dot"), default="mermaid", help="mermaid (default) or dot")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    checked = check_file(scenario_path(args.scenario))
    if checked.root is None:
        raise ScenarioError(checked.diagnostics)
    graph = build(checked)
    print(mermaid(graph) if args.format == "mermaid" else dot(graph))
    return 0

