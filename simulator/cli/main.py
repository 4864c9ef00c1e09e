"""Entry point: parses the command line and maps failures to exit statuses.

0 success, 2 bad input (with a message naming what is wrong), 1 anything unexpected.
Each command lives in `simulator/cli/<name>_cmd.py` and is imported only when it is used, so
`salescall classify` does not pay for the TUI and `salescall play` not for the store reports.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from simulator import __version__
from simulator.cli.errors import UsageError

# Command name → what it is for, in the order `--help` lists them.
COMMANDS: tuple[str, ...] = (
    "play",
    "run",
    "scenarios",
    "classify",
    "history",
    "review",
    "report",
    "export",
    "import",
    "forget",
    # Authoring: tools for trainers who write scenarios.
    "check",
    "test",
    "explore",
    "graph",
    "stats",
    "new",
    "schema",
)
DEFAULT_COMMAND = "play"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="salescall",
        description="Practise sales calls against scripted customers (German or English).",
    )
    parser.add_argument("--version", action="version", version=f"salescall {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if only is None or name == only:
            importlib.import_module(f"simulator.cli.{name}_cmd").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        arguments = [DEFAULT_COMMAND]
    first = arguments[0]
    # Only `--help` needs every command; `--version` needs none, a command only itself.
    chosen = first if first in COMMANDS else ("" if first.startswith("-") and first not in ("-h", "--help") else None)
    args = build_parser(chosen).parse_args(arguments)
    if args.command is None:
        args = build_parser(DEFAULT_COMMAND).parse_args([DEFAULT_COMMAND, *arguments])
    from simulator.loader import ScenarioError
    from simulator.store.model import StoreError

    try:
        return int(args.func(args) or 0)
    except (ScenarioError, StoreError) as error:
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
