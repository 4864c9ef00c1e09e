"""graph, stats, new and schema as a trainer uses them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from simulator.authoring.explore import search
from simulator.authoring.probes import run_probes
from simulator.authoring.schema import scenario_schema
from simulator.cli.main import main
from simulator.loader import load_scenario
from simulator.loader.golden import CASE_KEYS, EXPECT_KEYS
from tests.authoring.doc_examples import examples

ROOT = Path(__file__).parents[2]
BASE, _ = examples()


def test_graph_draws_a_broken_scenario_with_missing_nodes(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "s.yaml"
    path.write_text(BASE.replace("{need_answered: empty_shelves}", "{need_answered: empty_shelve}"), encoding="utf-8")
    assert main(["graph", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart LR")
    assert "missing_need_empty_shelve -.->|need_answered| signal_asks_start" in out
    assert "phase_close -->|not_yet| phase_negotiation" in out
    assert main(["graph", str(path), "--format", "dot"]) == 0
    assert "missing_need_empty_shelve -> signal_asks_start" in capsys.readouterr().out


def test_stats_reports_lines_and_length(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["stats", "dental-booking"]) == 0
    out = capsys.readouterr().out
    assert "Variants per line" in out and "Estimated call:" in out


@pytest.mark.parametrize("language", ["en", "de"])
def test_new_writes_a_clean_winnable_tested_starter(language: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "starter.yaml"
    assert main(["new", str(path), "--yes", "--language", language, "--product", "TeamPlanner",
                 "--customer", "Maria Weber", "--company", "Weber Bau", "--price", "99"]) == 0
    assert main(["check", str(path), "--strict"]) == 0
    assert main(["test", str(path)]) == 0
    assert "2 passed" in capsys.readouterr().out
    scenario = load_scenario(path)
    assert search(scenario, beam=8, max_states=500).win is not None
    assert not any(probe.games_the_scenario for probe in run_probes(scenario))
    assert main(["new", str(path), "--yes"]) == 2  # never overwrites without --force


def test_schema_command_matches_the_saved_schema(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads((ROOT / "docs" / "scenario.schema.json").read_text(encoding="utf-8"))
    assert set(printed["properties"]["tests"]["items"]["properties"]) == set(CASE_KEYS)
    assert set(printed["properties"]["tests"]["items"]["properties"]["expect"]["properties"]) == set(EXPECT_KEYS)


BUNDLED = sorted(p for p in (ROOT / "scenarios").glob("*.yaml") if not p.name.endswith(".tests.yaml"))


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_files_validate_against_the_schema(path: Path) -> None:
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), scenario_schema())


def test_the_schema_rejects_what_the_loader_rejects() -> None:
    broken = yaml.safe_load(BASE.replace("  role: Owner", "  intrest: 30\n  role: Owner"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, scenario_schema())
