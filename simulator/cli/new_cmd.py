"""`salescall new`: ask a few questions and write a starter scenario with its golden tests."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.authoring.scaffold import Answers, write
from simulator.cli.errors import UsageError

QUESTIONS = (
    ("language", "Language of the customer (en or de)", "en"),
    ("product", "What do you sell (product name)", "SmileBook"),
    ("customer", "Customer's name", "Linda Marsh"),
    ("company", "Customer's company", "Riverside Dental"),
    ("price", "Price per month (a number)", "249"),
    ("currency", "Currency", "GBP"),
)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "new",
        help="write a commented, valid, winnable starter scenario and its tests",
        description="Ask a few questions (or take them from the options with --yes) and write FILE and "
                    "FILE's .tests.yaml. The result passes `salescall check`, `test` and `explore`.",
    )
    parser.add_argument("file", type=Path, nargs="?", default=Path("my-scenario.yaml"), metavar="FILE",
                        help="where to write the scenario (default my-scenario.yaml)")
    for key, question, default in QUESTIONS:
        parser.add_argument(f"--{key}", help=f"{question.lower()} (default {default})")
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask; use the options and defaults")
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    values = {}
    for key, question, default in QUESTIONS:
        given = getattr(args, key)
        if given is None and not args.yes and sys.stdin.isatty():
            given = input(f"{question} [{default}]: ").strip() or None
        values[key] = given or default
    if values["language"] not in ("en", "de"):
        raise UsageError(f"language must be en or de, not '{values['language']}'")
    try:
        price = float(values["price"].replace(",", "."))
    except ValueError:
        raise UsageError(f"the price must be a number like 249 or 249.50, not '{values['price']}'") from None
    if price <= 0:
        raise UsageError("the price must be more than 0")
    answers = Answers(values["language"], values["product"], values["customer"], values["company"], price,
                      values["currency"])
    try:
        scenario, tests = write(answers, args.file, overwrite=args.force)
    except FileExistsError as error:
        raise UsageError(f"{error} already exists; choose another name or add --force") from None
    print(f"Wrote {scenario} and {tests}.")
    print(f"Next: salescall check {scenario} && salescall test {scenario} && salescall explore {scenario}")
    return 0
