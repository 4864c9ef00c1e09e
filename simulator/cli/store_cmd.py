"""Shared by the store commands (not a command itself): the --db option, opening the store, `run --save`.

Store problems are bad input from the user's point of view (a wrong URL, a damaged file), so they
leave as UsageError: a message and exit status 2.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time

from scoring import Score
from simulator.cli.errors import UsageError
from simulator.engine import Call
from simulator.store import Store, StoreError, open_store
from simulator.store.recorder import Recorder


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="URL",
        help="the store: a file path, sqlite:///PATH or postgresql://… (default: $SALESCALL_DB, else calls.db in your data folder)",
    )


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Store]:
    try:
        store = open_store(args.db)
    except StoreError as error:
        raise UsageError(str(error)) from None
    try:
        yield store
    except StoreError as error:
        raise UsageError(str(error)) from None
    finally:
        store.close()


def user_name() -> str:
    """The OS user name: the default trainee."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "trainee"


def since(text: str) -> datetime:
    """argparse type for --since: a date, meaning local midnight."""
    try:
        return datetime.combine(date.fromisoformat(text), time()).astimezone()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


def start_recording(args: argparse.Namespace, call: Call) -> Recorder | None:
    """For `run --save`: the store opened and the call begun before its first turn, or None."""
    if not args.save:
        return None
    try:
        store = open_store()
        return Recorder.for_call(store, call, args.trainee or user_name(), args.team or "", "headless", _warn)
    except StoreError as error:
        raise UsageError(str(error)) from None


def finish_recording(recorder: Recorder, call: Call, result: Score) -> None:
    try:
        recorder.finish(call, result)
    except StoreError as error:
        raise UsageError(f"the call was not saved: {error}") from None
    finally:
        recorder.store.close()
    call_id = recorder.start.call_id
    print(f"Saved as call {call_id[:8]} (salescall review {call_id[:8]}).", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"salescall: {message}", file=sys.stderr)
