"""Show diagnostics as a trainer reads them (line, pointer, how to fix) or as JSON for editors and CI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from simulator.cli.output import visible
from simulator.loader import Diagnostic


def as_text(diagnostic: Diagnostic, text: str) -> str:
    """`file:line:col: CODE severity: message`, the YAML line with a ^ under the column, how to fix."""
    d = diagnostic
    parts = [f"{d.file}:{d.line}:{d.column}: {d.code} {d.severity}: {visible(d.message)}"]
    lines = text.splitlines()
    if 1 <= d.line <= len(lines):
        shown = visible(lines[d.line - 1].replace("\t", " "))
        gutter = f"{d.line:>5} | "
        parts.append(gutter + shown)
        parts.append(" " * (len(gutter) - 2) + "| " + " " * (d.column - 1) + "^")
    fix = d.fix
    if fix:
        parts.append(f"      how to fix: {visible(fix)}")
    return "\n".join(parts)


def as_json(diagnostic: Diagnostic) -> dict[str, object]:
    d = diagnostic
    return {"file": d.file, "line": d.line, "column": d.column, "code": d.code, "severity": d.severity,
            "message": d.message, "fix": d.fix}


def summary(diagnostics: Iterable[Diagnostic], files: int) -> str:
    counts = Counter(d.severity for d in diagnostics)
    if not counts:
        return f"{files} file{'s' * (files != 1)} checked: no problems found."
    names = {"error": "error", "warning": "warning", "author": "author note"}
    found = [f"{counts[key]} {name}{'s' * (counts[key] != 1)}" for key, name in names.items() if counts[key]]
    return f"{files} file{'s' * (files != 1)} checked: " + ", ".join(found) + "."
