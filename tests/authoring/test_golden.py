"""`salescall test`: the bundled scenarios' golden transcripts pass; failures are readable; JUnit XML."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from simulator.authoring.golden import run_case, suites
from simulator.authoring.sources import bundled_folder
from simulator.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures"
BUNDLED = suites([bundled_folder()])


def test_every_bundled_scenario_carries_win_talk_past_and_argue_tests() -> None:
    assert len(BUNDLED) == 3
    for suite in BUNDLED:
        assert {"win", "talk-past", "argue"} <= {case.name for case in suite.cases}


@pytest.mark.parametrize("case", [(s, c) for s in BUNDLED for c in s.cases], ids=lambda p: f"{p[0].scenario.id}:{p[1].name}")
def test_bundled_golden_transcript(case) -> None:  # type: ignore[no-untyped-def]
    result = run_case(*case)
    assert result.passed, "\n".join(result.failures)


def test_failures_print_a_diff_and_exit_one(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    for name in ("failing.yaml", "failing.tests.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    junit = tmp_path / "junit.xml"
    assert main(["test", str(tmp_path), "--junit", str(junit)]) == 1
    out = capsys.readouterr().out
    assert "FAIL  expects-too-much" in out and "PASS  holds" in out
    assert "outcome: expected won, got trainee_ended" in out
    assert "phases: expected exactly rapport → close" in out
    assert "score: expected at least 90" in out
    assert "findings: expected 'order_won'" in out
    assert "findings: expected no 'need_uncovered', found on turn 2" in out
    assert "customer_says: no customer line contains 'never said'" in out
    assert "1 failed, 1 passed" in out
    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None and (suite.get("tests"), suite.get("failures")) == ("2", "1")


def test_a_typo_in_a_test_is_a_located_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    shutil.copy(FIXTURES / "failing.yaml", tmp_path / "failing.yaml")
    text = (FIXTURES / "failing.tests.yaml").read_text(encoding="utf-8").replace("[order_won]", "[order_wonn]")
    (tmp_path / "failing.tests.yaml").write_text(text, encoding="utf-8")
    assert main(["test", str(tmp_path)]) == 2
    assert "did you mean 'order_won'?" in capsys.readouterr().err
