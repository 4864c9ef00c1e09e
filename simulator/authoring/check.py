"""`salescall check`: every problem in scenario and test files, from YAML syntax to meaning."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from simulator.authoring.lint import lint, todo_notes
from simulator.catalog import SUFFIXES
from simulator.loader import Checked, Diagnostic, ScenarioError, check_file, check_text, read_text
from simulator.loader.golden import read_tests_file

TESTS_SUFFIX = ".tests.yaml"


@dataclass(frozen=True)
class FileReport:
    path: Path
    text: str
    diagnostics: tuple[Diagnostic, ...]


def files_in(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders contribute their scenario and tests files (not recursively)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(SUFFIXES)))
        else:
            found.append(path)
            sidecar = sidecar_of(path)
            if sidecar.is_file() and sidecar not in paths:
                found.append(sidecar)
    return list(dict.fromkeys(found))


def sidecar_of(path: Path) -> Path:
    """`dental.yaml` → `dental.tests.yaml`, the file holding its golden tests."""
    return path.with_name(path.name.rsplit(".", 1)[0] + TESTS_SUFFIX)


def check_path(path: Path) -> FileReport:
    """All diagnostics for one file, in file order."""
    if path.name.endswith(TESTS_SUFFIX):
        return _check_tests(path)
    checked = check_file(path)
    return FileReport(path, checked.text, _ordered([*checked.diagnostics, *_meaning(checked, str(path))]))


def check_scenario_text(text: str, source: str) -> tuple[Diagnostic, ...]:
    """Diagnostics for scenario text that is not on disk (editors, tests)."""
    checked = check_text(text, source)
    return _ordered([*checked.diagnostics, *_meaning(checked, source)])


def _meaning(checked: Checked, source: str) -> list[Diagnostic]:
    found = todo_notes(checked.text, source)
    if checked.scenario is not None:
        found.extend(lint(checked.scenario, checked.root, source))
    return found


def _check_tests(path: Path) -> FileReport:
    try:
        text = read_text(path)
    except ScenarioError as error:
        return FileReport(path, "", error.diagnostics)
    try:
        checker, _ = read_tests_file(text, str(path))
        problems = list(checker.diagnostics)
    except ScenarioError as error:
        problems = list(error.diagnostics)
    return FileReport(path, text, _ordered([*problems, *todo_notes(text, str(path))]))


def _ordered(diagnostics: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(sorted(dict.fromkeys(diagnostics), key=lambda d: (d.line, d.column, d.code)))
