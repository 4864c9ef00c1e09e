"""`salescall import FILE`: add exported calls; calls already stored are skipped, so importing twice is safe."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from simulator.cli.errors import UsageError
from simulator.cli.store_cmd import add_db_option, opened
from simulator.store.records import from_record


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "import",
        help="add calls from a JSON Lines file made by salescall export",
        description=(
            "Add the calls in FILE ('-' for standard input). Calls whose id is already stored are skipped. "
            "If any line is invalid nothing is imported."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="a .jsonl file written by salescall export, or '-'")
    add_db_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    records = read_records(args.file)
    with opened(args) as store:
        result = store.import_calls(records)
    print(f"Imported {result.added} call(s); skipped {result.skipped} already stored.")
    return 0


def read_records(name: str) -> list[object]:
    """Every record of the file, checked before anything is written; errors name the line."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        raise UsageError(f"{name}: cannot read the file ({error.strerror})") from None
    records = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            from_record(record)
        except UnicodeDecodeError as error:
            raise UsageError(f"{name} line {number}: not UTF-8 text ({error.reason})") from None
        except json.JSONDecodeError as error:
            raise UsageError(f"{name} line {number}: not valid JSON ({error.msg} at column {error.colno})") from None
        except ValueError as error:
            raise UsageError(f"{name} line {number}: {error}") from None
        records.append(record)
    return records
