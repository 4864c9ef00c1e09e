"""The report as one self-contained HTML file: tables, inline SVG charts, print-friendly CSS."""

from __future__ import annotations

from datetime import datetime

import jinja2

from simulator.reports.cells import (
    COMPARISON_HEADERS,
    SKILL_HEADERS,
    comparison_cells,
    skill_cells,
)
from simulator.reports.charts import score_chart, skill_bars
from simulator.reports.html_template import TEMPLATE
from simulator.reports.model import Report

_ENVIRONMENT = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def render_html(report: Report, filters: str, generated: datetime) -> str:
    """`filters` describes what the report covers, e.g. "team red, since 2025-01-01"."""
    template = _ENVIRONMENT.from_string(TEMPLATE)
    return template.render(
        report=report,
        filters=filters,
        generated=generated,
        comparison_headers=COMPARISON_HEADERS,
        comparisons=[comparison_cells(row) for row in report.comparisons],
        skill_headers=SKILL_HEADERS,
        trainees=[
            {"profile": p, "cells": skill_cells(p.skills), "chart": score_chart(p.timeline), "bars": skill_bars(p.skills, report.trainees)}
            for p in report.trainees
        ],
        teams=[{"team": t, "cells": skill_cells(t.skills)} for t in report.teams],
        overall=skill_cells(report.overall) if report.overall else None,
    )
