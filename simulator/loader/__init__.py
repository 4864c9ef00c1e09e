"""Load trainer-written YAML scenarios into `simulator.scenario.Scenario`, with located diagnostics.

Every problem in a file is reported at once as a `ScenarioError`; no other exception escapes.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from simulator.loader.checker import Checker
from simulator.loader.diagnostics import Diagnostic, ScenarioError
from simulator.loader.schema import read_scenario
from simulator.scenario import Scenario

__all__ = ["Diagnostic", "ScenarioError", "load_scenario", "load_scenario_text"]


def load_scenario_text(text: str, source: str = "<string>") -> Scenario:
    """Read a scenario from YAML text; `source` names it in diagnostics."""
    c, root = Checker.open(text, source, "scenario")
    scenario = read_scenario(c, root)
    if c.diagnostics or scenario is None:
        raise c.failure()
    return replace(scenario, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:16])


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario file (UTF-8)."""
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except (OSError, ValueError) as error:  # ValueError: a NUL character in the path
        reason = getattr(error, "strerror", None) or str(error)
        raise ScenarioError([Diagnostic(source, 1, 1, f"cannot read the scenario file: {reason}")]) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise ScenarioError([Diagnostic(
            source, line, column,
            f"the file is not saved as UTF-8 (byte {data[error.start]:#04x} here is not valid UTF-8)",
            hint="save it as UTF-8 in your editor (often 'Save with encoding' → UTF-8)",
        )]) from None
    return load_scenario_text(text, source)
