"""Finds scenarios: the bundled ones (package data) and files or folders the user names."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import get_close_matches
from importlib.resources import files
from pathlib import Path

from simulator.loader import Diagnostic, ScenarioError, load_scenario, load_scenario_text
from simulator.scenario import Scenario

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Source:
    """Where a scenario comes from: a bundled id or a file path."""

    name: str
    text: str
    bundled: bool

    def load(self) -> Scenario:
        return load_scenario_text(self.text, self.name)


def bundled() -> list[Source]:
    folder = files("scenarios")
    return [
        Source(f"scenarios/{entry.name}", entry.read_text(encoding="utf-8"), bundled=True)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(SUFFIXES) and not entry.name.endswith(".tests.yaml")
    ]


def bundled_scenarios() -> list[Scenario]:
    return [source.load() for source in bundled()]


def scenario_files(path: Path) -> list[Path]:
    """A file as given, or the scenario files directly inside a folder."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and not p.name.endswith(".tests.yaml"))
    return [path]


def resolve(reference: str) -> Scenario:
    """A path to a scenario file, or the id of a bundled scenario."""
    path = Path(reference)
    if path.suffix in SUFFIXES or path.exists():
        return load_scenario(path)
    scenarios = {scenario.id: scenario for scenario in bundled_scenarios()}
    if reference in scenarios:
        return scenarios[reference]
    close = get_close_matches(reference, list(scenarios), n=1)
    raise ScenarioError(
        (
            Diagnostic(
                reference,
                1,
                1,
                f"no scenario file or bundled scenario called '{reference}'",
                expected="a path to a .yaml file or one of: " + ", ".join(sorted(scenarios)),
                hint=f"did you mean '{close[0]}'?" if close else None,
            ),
        )
    )
