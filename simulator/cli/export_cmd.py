"""`salescall export`: stored calls as JSON Lines, one call per line, for files and other stores."""

from __future__ import annotations

import argparse
import json
import sys

from simulator.cli.report_cmd import add_filter_options, filters_of
from simulator.cli.store_cmd import add_db_option, opened


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "export",
        help="write stored calls as JSON Lines to standard output",
        description="Write finished calls as JSON Lines (one call per line, oldest first); `salescall import` reads them back.",
    )
    add_filter_options(parser)
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = sys.stdout.buffer
    with opened(args) as store:
        for record in store.export(filters_of(args)):
            out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    out.flush()
    return 0
