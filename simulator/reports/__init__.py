"""Team reports: pure aggregation of stored calls (pre-aggregated by the store) and the formats they are shown in."""

from simulator.reports.aggregate import build_report, report_from_rows, stored_report
from simulator.reports.data import report_data
from simulator.reports.html import render_html
from simulator.reports.model import Report
from simulator.reports.spreadsheet import render_csv
from simulator.reports.text import render_text

__all__ = ["Report", "build_report", "render_csv", "render_html", "render_text", "report_data", "report_from_rows", "stored_report"]
