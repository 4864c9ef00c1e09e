"""`salescall review CALL_ID`: a stored call's annotated transcript and findings."""

from __future__ import annotations

import argparse

from simulator.cli.errors import UsageError
from simulator.cli.output import visible
from simulator.cli.store_cmd import add_db_option, opened
from simulator.reports.review import render_review


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "review",
        help="show a stored call's transcript with recognised moves and findings",
        description="Show a stored call: every line with how it was understood, the outcome, score and findings.",
    )
    parser.add_argument("call_id", metavar="CALL_ID", help="the call's id or a unique start of it (see salescall history)")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened(args) as store:
        call = store.get_call(args.call_id)
    if call is None:
        raise UsageError(f"no stored call with id {visible(args.call_id)!r} (see salescall history)")
    print(render_review(call), end="")
    return 0
