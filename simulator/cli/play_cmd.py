"""`salescall play` (and bare `salescall`): the interactive terminal app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from simulator.catalog import bundled_scenarios, resolve, scenario_files
from simulator.cli.errors import UsageError
from simulator.loader import load_scenario
from simulator.scenario import Scenario
from simulator.tui.settings import MODES, Settings


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "play",
        help="practise a call in the interactive app (what bare `salescall` does)",
        description=(
            "Open the interactive app: pick a customer, read the briefing, hold the call, learn from the "
            "review. SCENARIO (a bundled id or a path) skips the list and opens its briefing."
        ),
    )
    parser.add_argument("scenario", nargs="?", metavar="SCENARIO", help="bundled scenario id or path to a scenario file")
    parser.add_argument("--scenarios", type=Path, metavar="DIR", help="also offer the scenarios in this folder")
    parser.add_argument("--ui-lang", choices=("de", "en"), help="language of the app (default: the scenario's)")
    parser.add_argument("--mode", choices=MODES, default="coach", help="coach (live help), exam (no hints) or guided")
    parser.add_argument("--seed", type=int, default=0, help="seed for the customer's line variants (default 0)")
    parser.add_argument("--db", metavar="URL", help="results store (default: the store's own default)")
    parser.add_argument(
        "--watch", action="store_true",
        help="reload SCENARIO (a file) when it is saved and replay the call so far; errors are shown in the app",
    )
    parser.set_defaults(func=run)


def scenarios_for(folder: Path | None) -> list[Scenario]:
    scenarios = bundled_scenarios()
    if folder is not None:
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder")
        scenarios += [load_scenario(path) for path in scenario_files(folder)]
    return scenarios


def open_results_store(url: str | None) -> tuple[Any, str | None]:
    """The store, or None and why: practising works without one, only resuming and history need it."""
    try:
        from simulator.store import StoreError, open_store
    except ImportError:
        return None, "results store not installed: calls are not saved"
    try:
        return open_store(url), None
    except StoreError as error:
        return None, f"results store unavailable ({error}): calls are not saved"


def run(args: argparse.Namespace) -> int:
    from simulator.tui import SalesCallApp

    watch = None
    if args.watch:
        watch = Path(args.scenario) if args.scenario else None
        if watch is None or not watch.is_file():
            raise UsageError("--watch needs SCENARIO to be a scenario file")
    scenarios = scenarios_for(args.scenarios)
    first = resolve(args.scenario) if args.scenario else None
    if first is not None and all(s.id != first.id for s in scenarios):
        scenarios.append(first)
    store, problem = open_results_store(args.db)
    settings = Settings(ui_lang=args.ui_lang, mode=args.mode, seed=args.seed, watch=watch)
    app = SalesCallApp(scenarios, settings, store=store, scenario=first, notice=problem)
    app.run()
    return 0
