"""`salescall test PATH...`: run the golden transcripts written for scenarios, like pytest does.

Exit status: 0 all passed, 1 a test failed, 2 a scenario or test file has errors.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from simulator.authoring.golden import CaseResult, run_case, suites
from simulator.authoring.junit import write_junit
from simulator.authoring.sources import bundled_folder
from simulator.cli.output import visible

SHOWN_TURNS = 4


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "test",
        help="run a scenario's golden tests (trainee lines in, expected outcome out)",
        description=(
            "Run the test cases under 'tests:' in scenario files and in their <name>.tests.yaml files. "
            "Without PATH, the bundled scenarios are tested. Exit status: 0 passed, 1 a test failed, 2 bad files."
        ),
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="scenario files or folders")
    parser.add_argument("--junit", type=Path, metavar="FILE", help="also write the results as JUnit XML")
    parser.add_argument("-k", dest="keyword", metavar="TEXT", help="only run tests whose name contains TEXT")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    results: list[CaseResult] = []
    for suite in suites(args.paths or [bundled_folder()]):
        cases = [c for c in suite.cases if not args.keyword or args.keyword in c.name]
        if not cases:
            continue
        print(f"{suite.path}")
        for case in cases:
            result = run_case(suite, case)
            results.append(result)
            _print(result)
    if args.junit:
        write_junit(results, args.junit)
    failed = sum(not r.passed for r in results)
    seconds = time.perf_counter() - started
    counts = ", ".join(part for part in (f"{failed} failed" if failed else "", f"{len(results) - failed} passed") if part)
    print(f"\n{'=' * 10} {counts or 'no tests found'} in {seconds:.2f}s {'=' * 10}")
    return 1 if failed else 0


def _print(result: CaseResult) -> None:
    run = result.run
    status = "PASS" if result.passed else "FAIL"
    print(f"  {status}  {result.case.name}  ({len(run.lines)} turns, {run.outcome}, score {run.score.total})")
    if result.passed:
        return
    print(f"        at {result.case.file}:{result.case.line}")
    for failure in result.failures:
        print(f"        - {visible(failure)}")
    print(f"        last turns of the call (seed {result.case.seed}):")
    said = [e for e in run.events if e.kind.value in ("trainee_said", "customer_said")]
    turns = sorted({e.turn for e in said})[-SHOWN_TURNS:]
    for event in (e for e in said if e.turn in turns):
        who = "trainee " if event.kind.value == "trainee_said" else "customer"
        moves = f"  [{', '.join(map(str, event.data.get('moves', [])))}]" if who == "trainee " else ""
        print(f"          {event.turn:>3} {who}: {visible(str(event.data.get('text', '')))}{moves}")
