"""The report as CSV for Excel and LibreOffice: UTF-8 with a BOM so umlauts survive, one block per table."""

from __future__ import annotations

import csv
import io

from simulator.reports.cells import (
    COMPARISON_HEADERS,
    SKILL_HEADERS,
    comparison_cells,
    skill_cells,
)
from simulator.reports.model import Report

BOM = "\ufeff"
# A cell starting with one of these would run as a formula in a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["Trainee × scenario"])
    writer.writerow(COMPARISON_HEADERS)
    for row in report.comparisons:
        writer.writerow([_safe(row.trainee), _safe(comparison_cells(row)[1]), *comparison_cells(row)[2:]])
    writer.writerow([])
    writer.writerow(["Skill profile per trainee"])
    writer.writerow(["trainee", "team", *SKILL_HEADERS])
    for profile in report.trainees:
        writer.writerow([_safe(profile.trainee), _safe(profile.team), *skill_cells(profile.skills)])
    writer.writerow([])
    writer.writerow(["Team averages"])
    writer.writerow(["team", "trainees", *SKILL_HEADERS])
    for team in report.teams:
        writer.writerow([_safe(team.team), team.trainees, *skill_cells(team.skills)])
    return BOM + buffer.getvalue()


def _safe(text: str) -> str:
    """Names are data, never formulas."""
    return "'" + text if text.startswith(FORMULA_START) else text
