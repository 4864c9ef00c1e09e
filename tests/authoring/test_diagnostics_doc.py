"""Every code in docs/diagnostics.md has an example, and `check` reports that code for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.authoring.check import check_path
from simulator.loader.codes import CODES
from tests.authoring.doc_examples import build, examples

BASE, EXAMPLES = examples()


def test_the_base_scenario_checks_clean(tmp_path: Path) -> None:
    path = tmp_path / "base.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert check_path(path).diagnostics == ()


def test_every_code_is_documented_with_one_example() -> None:
    assert [example.code for example in EXAMPLES] == list(CODES)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.code)
def test_the_example_reports_its_code(example, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = check_path(build(BASE, example, tmp_path))
    codes = [d.code for d in report.diagnostics]
    assert example.code in codes, "\n".join(f"{d.code} {d.message}" for d in report.diagnostics)
    assert all(d.severity == CODES[d.code].severity for d in report.diagnostics)
    assert all(d.fix for d in report.diagnostics)
