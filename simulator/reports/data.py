"""The report as JSON-ready data: numbers stay numbers, times are ISO 8601."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from simulator.reports.model import Report


def report_data(report: Report) -> dict[str, object]:
    data = asdict(report)
    for scenario, info in zip(data["scenarios"], report.scenarios, strict=True):
        scenario["changed"] = info.changed
    return _plain(data)  # type: ignore[return-value]


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
