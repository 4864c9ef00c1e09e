"""Run golden transcripts: trainee lines in, expected outcome, phases, score and findings out."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from simulator.authoring.check import TESTS_SUFFIX, sidecar_of
from simulator.authoring.nodes import child
from simulator.authoring.playthrough import Playthrough, play
from simulator.catalog import SUFFIXES
from simulator.cli.run_cmd import read_script
from simulator.loader import Diagnostic, ScenarioError, check_file, read_text
from simulator.loader.checker import Checker
from simulator.loader.golden import GoldenCase, read_tests, read_tests_file
from simulator.scenario import Scenario


@dataclass(frozen=True)
class Suite:
    """A scenario and the test cases written for it (in the file and in its sidecar)."""

    path: Path
    scenario: Scenario
    cases: tuple[GoldenCase, ...]


@dataclass(frozen=True)
class CaseResult:
    suite: Suite
    case: GoldenCase
    failures: tuple[str, ...]
    run: Playthrough
    seconds: float

    @property
    def passed(self) -> bool:
        return not self.failures


def suites(paths: Iterable[Path]) -> list[Suite]:
    """Every scenario under `paths` with its tests; problems in any file raise `ScenarioError`."""
    found = []
    for path in paths:
        candidates = sorted(path.iterdir()) if path.is_dir() else [path]
        for file in candidates:
            if file.name.endswith(SUFFIXES) and not file.name.endswith(TESTS_SUFFIX):
                found.append(_suite(file))
    return found


def _suite(path: Path) -> Suite:
    checked = check_file(path)
    if checked.scenario is None:
        raise ScenarioError(checked.diagnostics)
    problems: list[Diagnostic] = []
    cases: list[GoldenCase] = []
    tests_node = child(checked.root, "tests")
    if tests_node is not None:
        c = Checker(str(path), checked.text)
        cases.extend(read_tests(c, tests_node, "tests", path.parent) or ())
        problems.extend(c.diagnostics)
    sidecar = sidecar_of(path)
    if sidecar.is_file():
        c, read = read_tests_file(read_text(sidecar), str(sidecar))
        cases.extend(read or ())
        problems.extend(c.diagnostics)
    if problems:
        raise ScenarioError(problems)
    return Suite(path, checked.scenario, tuple(cases))


def lines_of(case: GoldenCase) -> list[str]:
    lines = list(case.say)
    if case.script is not None:
        lines.extend(read_script(case.script.read_text(encoding="utf-8")))
    return lines


def run_case(suite: Suite, case: GoldenCase) -> CaseResult:
    started = time.perf_counter()
    result = play(suite.scenario, lines_of(case), seed=case.seed, seller=case.seller)
    return CaseResult(suite, case, tuple(compare(case, result)), result, time.perf_counter() - started)


def compare(case: GoldenCase, run: Playthrough) -> list[str]:
    """One readable line per broken expectation: what was expected, what the call did."""
    e = case.expect
    failures = []
    if e.outcome is not None and run.outcome != e.outcome:
        failures.append(f"outcome: expected {e.outcome}, got {run.outcome}")
    path = " → ".join(run.phases)
    if e.phases_exact is not None and run.phases != e.phases_exact:
        failures.append(f"phases: expected exactly {' → '.join(e.phases_exact)}\n"
                        f"                    got {path}")
    if e.phases_contains is not None and not _in_order(e.phases_contains, run.phases):
        failures.append(f"phases: expected to pass through {' → '.join(e.phases_contains)} in this order\n"
                        f"                    got {path}")
    total = run.score.total
    if e.score_min is not None and total < e.score_min:
        failures.append(f"score: expected at least {e.score_min}, got {total}")
    if e.score_max is not None and total > e.score_max:
        failures.append(f"score: expected at most {e.score_max}, got {total}")
    rules = {f.rule for f in run.score.findings}
    for rule in e.findings_present:
        if rule not in rules:
            failures.append(f"findings: expected '{rule}', got {', '.join(sorted(rules)) or 'none'}")
    for rule in e.findings_absent:
        if rule in rules:
            turns = sorted({f.turn for f in run.score.findings if f.rule == rule})
            failures.append(f"findings: expected no '{rule}', found on turn {', '.join(map(str, turns))}")
    said = [line.lower() for line in run.customer]
    for text in e.customer_says:
        if not any(text.lower() in line for line in said):
            failures.append(f"customer_says: no customer line contains '{text}'")
    return failures


def _in_order(wanted: tuple[str, ...], path: tuple[str, ...]) -> bool:
    remaining = iter(path)
    return all(any(step == phase for step in remaining) for phase in wanted)
