"""Load trainer-written YAML scenarios into `simulator.scenario.Scenario`, with located diagnostics.

Every problem in a file is reported at once as a `ScenarioError`; no other exception escapes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from yaml.nodes import MappingNode

from simulator.loader.checker import Checker
from simulator.loader.codes import Severity
from simulator.loader.diagnostics import Diagnostic, ScenarioError
from simulator.loader.schema import read_scenario
from simulator.scenario import Scenario

__all__ = ["Checked", "Diagnostic", "ScenarioError", "check_file", "check_text", "load_scenario", "load_scenario_text"]


@dataclass(frozen=True)
class Checked:
    """Everything the loader learnt about a file, without raising: for `salescall check` and graphs."""

    text: str
    scenario: Scenario | None
    root: MappingNode | None
    diagnostics: tuple[Diagnostic, ...]


def check_text(text: str, source: str = "<string>") -> Checked:
    """Read a scenario and keep every diagnostic; `scenario` is None when there are errors."""
    try:
        c, root = Checker.open(text, source, "scenario")
    except ScenarioError as error:
        return Checked(text, None, None, error.diagnostics)
    scenario = read_scenario(c, root)
    problems = c.failure().diagnostics
    if scenario is not None and not any(d.severity == Severity.ERROR for d in problems):
        scenario = replace(scenario, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])
    else:
        scenario = None
    return Checked(text, scenario, root, problems)


def check_file(path: str | Path) -> Checked:
    """`check_text` for a file; unreadable files become diagnostics too."""
    try:
        text = read_text(path)
    except ScenarioError as error:
        return Checked("", None, None, error.diagnostics)
    return check_text(text, str(path))


def load_scenario_text(text: str, source: str = "<string>") -> Scenario:
    """Read a scenario from YAML text; `source` names it in diagnostics."""
    checked = check_text(text, source)
    if checked.scenario is None:
        raise ScenarioError(checked.diagnostics)
    return checked.scenario


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario file (UTF-8)."""
    return load_scenario_text(read_text(path), str(path))


def read_text(path: str | Path) -> str:
    """A file's text as UTF-8; problems reading it raise located `ScenarioError`s."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = getattr(error, "strerror", None) or str(error)
        raise ScenarioError([Diagnostic(source, 1, 1, f"cannot read the scenario file: {reason}", code="SC018")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise ScenarioError([Diagnostic(
            source, line, column,
            f"the file is not saved as UTF-8 (byte {data[error.start]:#04x} here is not valid UTF-8)",
            hint="save it as UTF-8 in your editor (often 'Save with encoding' → UTF-8)", code="SC012",
        )]) from None
    return text
