"""`salescall check PATH...`: every problem in scenario files, located, with a way to fix it.

Exit status: 0 clean (warnings and author notes allowed), 1 warnings with --strict, 2 errors.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from simulator.authoring.check import check_path, files_in
from simulator.authoring.render import as_json, as_text, summary


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser(
        "check",
        help="check scenario files: YAML syntax, format and meaning",
        description=(
            "Check scenario files and folders (and their *.tests.yaml files). Every problem is listed as "
            "file:line:col: CODE severity: message, with the line and a way to fix it. Codes are explained "
            "in docs/diagnostics.md. Exit status: 0 no errors, 1 warnings with --strict, 2 errors."
        ),
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="scenario files or folders")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    parser.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    reports = [check_path(path) for path in files_in(args.paths)]
    found = [d for report in reports for d in report.diagnostics]
    if args.format == "json":
        print(json.dumps([as_json(d) for d in found], ensure_ascii=False, indent=2))
    else:
        for report in reports:
            for diagnostic in report.diagnostics:
                print(as_text(diagnostic, report.text))
                print()
        print(summary(found, len(reports)))
    severities = {d.severity for d in found}
    if "error" in severities:
        return 2
    return 1 if args.strict and "warning" in severities else 0
