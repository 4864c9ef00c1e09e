"""The report as aligned tables for the terminal."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.cli.output import visible, width
from simulator.reports.cells import (
    COMPARISON_HEADERS,
    SKILL_HEADERS,
    comparison_cells,
    skill_cells,
)
from simulator.reports.model import Report


def render_text(report: Report) -> str:
    if not report.calls:
        return "No finished calls match these filters.\n"
    assert report.first is not None and report.last is not None and report.overall is not None
    parts = [
        f"{report.calls} calls from {report.first.astimezone():%Y-%m-%d} to {report.last.astimezone():%Y-%m-%d}",
        *(f"Note: scenario {s.scenario_id} changed during this period ({s.versions} versions); compare its scores with care."
          for s in report.scenarios if s.changed),
        "",
        "Trainee × scenario",
        table(COMPARISON_HEADERS, [comparison_cells(row) for row in report.comparisons], numeric_from=2),
        "",
        "Skill profile per trainee",
        table(("trainee", "team", *SKILL_HEADERS),
              [[p.trainee, p.team or "-", *skill_cells(p.skills)] for p in report.trainees], numeric_from=2),
        "",
        "Team averages",
        table(("team", "trainees", *SKILL_HEADERS),
              [[t.team or "(no team)", str(t.trainees), *skill_cells(t.skills)] for t in report.teams]
              + [["all", str(len(report.trainees)), *skill_cells(report.overall)]], numeric_from=1),
    ]
    return "\n".join(parts) + "\n"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric_from: int) -> str:
    """Columns padded to their widest cell; numbers right-aligned. Cells are shown literally."""
    cells = [list(headers), *([visible(cell) for cell in row] for row in rows)]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for row in cells:
        padded = [
            " " * (widths[i] - width(cell)) + cell if i >= numeric_from else cell + " " * (widths[i] - width(cell))
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)
