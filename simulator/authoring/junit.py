"""JUnit XML for golden tests, so a scenario repository's CI shows them like any other tests."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

from simulator.authoring.golden import CaseResult


def write_junit(results: Sequence[CaseResult], path: Path) -> None:
    suites = ET.Element("testsuites", name="salescall")
    by_file: dict[str, list[CaseResult]] = {}
    for result in results:
        by_file.setdefault(str(result.suite.path), []).append(result)
    for file, items in by_file.items():
        suite = ET.SubElement(suites, "testsuite", name=file, tests=str(len(items)),
                              failures=str(sum(not r.passed for r in items)),
                              time=f"{sum(r.seconds for r in items):.3f}")
        for result in items:
            case = ET.SubElement(suite, "testcase", classname=result.suite.scenario.id, name=result.case.name,
                                 file=result.case.file, line=str(result.case.line), time=f"{result.seconds:.3f}")
            if not result.passed:
                failure = ET.SubElement(case, "failure", message=result.failures[0].splitlines()[0])
                failure.text = "\n".join(result.failures)
    ET.indent(suites)
    ET.ElementTree(suites).write(path, encoding="utf-8", xml_declaration=True)
