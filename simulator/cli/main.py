"""Entry point: parses the command line and maps failures to exit statuses.

0 success, 2 bad input (with a message naming what is wrong), 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from simulator import __version__
from simulator.cli import (
    classify_cmd,
    export_cmd,
    forget_cmd,
    history_cmd,
    import_cmd,
    report_cmd,
    review_cmd,
    run_cmd,
    scenarios_cmd,
)
from simulator.cli.errors import UsageError
from simulator.loader import ScenarioError

COMMANDS = (run_cmd, classify_cmd, scenarios_cmd, history_cmd, review_cmd, report_cmd, export_cmd, import_cmd, forget_cmd)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salescall",
        description="Practise sales calls against scripted customers (German or English).",
    )
    parser.add_argument("--version", action="version", version=f"salescall {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except ScenarioError as error:
        print(error, file=sys.stderr)
        return 2
    except UsageError as error:
        print(f"salescall: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # the last line of defence: a message, not a traceback
        print(f"salescall: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        print("Please report this together with the command you ran.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
