"""`salescall report`: compare trainees, scenarios and time for a team lead."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from simulator.cli.errors import UsageError
from simulator.cli.store_cmd import add_db_option, opened, since
from simulator.reports import (
    render_csv,
    render_html,
    render_text,
    report_data,
    stored_report,
)
from simulator.store import MODES, Filters


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "report",
        help="compare trainees across scenarios and time (for team leads)",
        description=(
            "Compare stored calls: a trainee × scenario table (attempts, best, latest, average, trend), "
            "a skill profile per trainee and team averages. Prints a table, or CSV, JSON or an HTML file."
        ),
    )
    add_filter_options(parser)
    parser.add_argument("--mode", choices=MODES, help="only calls played in this mode")
    formats = parser.add_mutually_exclusive_group()
    formats.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, for Excel and LibreOffice)")
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--html", type=Path, metavar="FILE", help="write a self-contained HTML report with charts")
    add_db_option(parser)
    parser.set_defaults(func=run)


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trainee", metavar="NAME", help="only this trainee's calls")
    parser.add_argument("--team", metavar="NAME", help="only this team's calls")
    parser.add_argument("--scenario", metavar="ID", help="only calls of this scenario")
    parser.add_argument("--since", type=since, metavar="YYYY-MM-DD", help="only calls from this day on")


def filters_of(args: argparse.Namespace) -> Filters:
    return Filters(trainee=args.trainee, team=args.team, scenario=args.scenario, since=args.since, mode=getattr(args, "mode", None))


def describe(filters: Filters) -> str:
    parts = [f"{name} {value}" for name, value in (("trainee", filters.trainee), ("team", filters.team),
             ("scenario", filters.scenario), ("mode", filters.mode)) if value is not None]
    if filters.since is not None:
        parts.append(f"since {filters.since:%Y-%m-%d}")
    return ", ".join(parts) or "all calls"


def run(args: argparse.Namespace) -> int:
    filters = filters_of(args)
    with opened(args) as store:
        # The table and CSV show no charts: skip the per-day scores they would need.
        report = stored_report(store, filters, timelines=bool(args.html or args.json))
    if args.html:
        try:
            args.html.write_text(render_html(report, describe(filters), datetime.now().astimezone()), encoding="utf-8")
        except OSError as error:
            raise UsageError(f"{args.html}: cannot write the report ({error.strerror})") from None
        print(f"Wrote {args.html} ({report.calls} calls).")
    elif args.csv:
        sys.stdout.flush()
        sys.stdout.buffer.write(render_csv(report).encode("utf-8"))
    elif args.json:
        print(json.dumps(report_data(report), ensure_ascii=False, indent=2))
    else:
        print(render_text(report), end="")
    return 0
