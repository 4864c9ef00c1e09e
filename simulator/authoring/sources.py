"""Turn what a trainer types (a path or a bundled scenario's id) into a scenario file path."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from simulator.catalog import SUFFIXES, resolve


def bundled_folder() -> Path:
    return Path(str(files("scenarios")))


def scenario_path(reference: str) -> Path:
    """A path as given, or the bundled file of that id; an unknown id raises the catalog's error."""
    path = Path(reference)
    if path.suffix in SUFFIXES or path.exists():
        return path
    bundled = bundled_folder() / f"{reference}.yaml"
    if bundled.is_file():
        return bundled
    resolve(reference)  # raises a ScenarioError naming the bundled ids and the closest match
    raise AssertionError("unreachable: resolve found a scenario that has no file")
