"""`salescall history`: a trainee's own finished calls, newest first."""

from __future__ import annotations

import argparse

from simulator.cli.output import visible
from simulator.cli.store_cmd import add_db_option, opened, user_name
from simulator.i18n import t
from simulator.reports.text import table
from simulator.store import CallSummary


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "history",
        help="your stored calls, newest first",
        description="List a trainee's finished calls, newest first: date, scenario, mode, outcome and score.",
    )
    parser.add_argument("--trainee", metavar="NAME", help="whose calls (default: your user name)")
    parser.add_argument("--limit", type=int, metavar="N", help="show only the newest N calls")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    trainee = args.trainee or user_name()
    with opened(args) as store:
        calls = store.history_summaries(trainee, limit=args.limit)
        interrupted = len(store.interrupted_calls(trainee))
    if not calls:
        print(f"No finished calls for {visible(trainee)}.")
    else:
        print(render_history(calls))
    if interrupted:
        print(f"\n{interrupted} interrupted call(s) not shown.")
    return 0


def render_history(calls: list[CallSummary]) -> str:
    rows = [
        [
            f"{call.started_at.astimezone():%Y-%m-%d %H:%M}",
            call.scenario_id,
            call.mode,
            t(call.outcome or "", "en"),
            str(call.total),
            call.call_id[:8],
        ]
        for call in calls
    ]
    return table(("date", "scenario", "mode", "outcome", "score", "call"), rows, numeric_from=4)
