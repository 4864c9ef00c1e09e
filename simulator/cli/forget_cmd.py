"""`salescall forget --trainee NAME`: delete a trainee's calls (their personal data)."""

from __future__ import annotations

import argparse
import sys

from simulator.cli.errors import UsageError
from simulator.cli.output import visible
from simulator.cli.store_cmd import add_db_option, opened


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "forget",
        help="delete every stored call of a trainee",
        description="Delete every stored call (finished or interrupted) of a trainee. This cannot be undone.",
    )
    parser.add_argument("--trainee", metavar="NAME", required=True, help="whose calls to delete")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    name = visible(args.trainee)
    with opened(args) as store:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("forget deletes data: confirm with --yes when not running in a terminal")
            answer = input(f"Delete every stored call of {name!r} from {store.where}? This cannot be undone. [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return 0
        deleted = store.forget(args.trainee)
    print(f"Deleted {deleted} call(s) of {name!r}.")
    return 0
