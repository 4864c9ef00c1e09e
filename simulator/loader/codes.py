"""Stable diagnostic codes: one per kind of problem, so editors, CI and docs can refer to them.

Codes never change meaning once published; `docs/diagnostics.md` documents each with a failing
example (which the test suite also runs). The first digit is the pass that finds the problem:
0 YAML syntax, 1 schema, 2 meaning (errors), 3 meaning (warnings), 4 notes for the author.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    AUTHOR = "author"  # a note the trainer left for themselves, e.g. a TODO


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    title: str
    # Used when a diagnostic has no more specific hint: every problem comes with a way out.
    fix: str


_E, _W, _A = Severity.ERROR, Severity.WARNING, Severity.AUTHOR

CODES: dict[str, Code] = {c.code: c for c in (
    Code("SC001", _E, "tab used for indentation", "replace the tab at the start of the line with spaces"),
    Code("SC002", _E, "': ' inside a value", "put the whole value in double quotes"),
    Code("SC003", _E, "not a 'key: value' line", "add the missing ':' or indent the line like its neighbours"),
    Code("SC004", _E, "quote never closed", "add the closing quote at the end of the value"),
    Code("SC005", _E, "backslash inside double quotes", "write \\\\ for a backslash, or use single quotes"),
    Code("SC006", _E, "unquoted * or & at the start of a value", 'put the value in quotes, e.g. "*nods*"'),
    Code("SC007", _E, "a value starts with a reserved character", "put the whole value in double quotes"),
    Code("SC008", _E, "indentation does not line up", "indent keys of the same group by the same number of spaces"),
    Code("SC009", _E, "text after a quoted value", "put the whole line in double quotes"),
    Code("SC010", _E, "more than one document in a file", "remove the second '---' line"),
    Code("SC011", _E, "YAML cannot read the file", "compare the line with the examples in docs/SCENARIO_FORMAT.md"),
    Code("SC012", _E, "file not saved as UTF-8", "save the file as UTF-8 in your editor"),
    Code("SC013", _E, "invisible special character", "delete the character; it often comes from copying text"),
    Code("SC014", _E, "nested far too deeply", "this is not a scenario file; start from `salescall new`"),
    Code("SC015", _E, "key written twice", "keep only one of the two lines"),
    Code("SC016", _E, "YAML tag used", "remove the part starting with '!'"),
    Code("SC017", _E, "empty file or not a scenario", "start the file with 'format: 1' at the left edge"),
    Code("SC018", _E, "file cannot be read", "check the file name and that the file exists"),
    Code("SC101", _E, "unknown key", "fix the spelling or the indentation of the key"),
    Code("SC102", _E, "required key missing", "add the missing key to this group"),
    Code("SC103", _E, "empty value", "write a value after the colon, or remove the key if it is optional"),
    Code("SC104", _E, "wrong kind of value", "write a value of the kind named under 'expected'"),
    Code("SC105", _E, "not a valid id", "use lowercase letters, digits, '-' and '_' only"),
    Code("SC106", _E, "id used twice", "give each entry of the list its own id"),
    Code("SC107", _E, "unsupported format version", "write 'format: 1'"),
    Code("SC108", _E, "lowest price above the price", "make 'floor' at most the 'amount'"),
    Code("SC109", _E, "empty list", "add at least one entry, or remove the key if it is optional"),
    Code("SC201", _E, "reference to an id that is not defined", "use an id defined in the scenario (check the spelling)"),
    Code("SC202", _E, "unknown condition", "use a condition from the list in docs/SCENARIO_FORMAT.md#conditions"),
    Code("SC203", _E, "program code instead of a condition", "use a condition from the fixed list"),
    Code("SC204", _E, "condition written wrongly", "write a condition as {kind: value}; combine several with all:"),
    Code("SC205", _E, "condition nested too deeply", "simplify the condition"),
    Code("SC206", _E, "customer line cannot be read", "write placeholders as {{ name }}"),
    Code("SC207", _E, "unknown placeholder", "use one of the placeholders listed in docs/SCENARIO_FORMAT.md"),
    Code("SC208", _E, "test names an unknown scoring rule", "use a rule id from a call's findings (salescall run --json)"),
    Code("SC209", _E, "test script file missing", "check the path; it is relative to the file holding the test"),
    Code("SC301", _W, "need can never be uncovered", "give the need topics with real words a trainee would ask about"),
    Code("SC302", _W, "objection can never come up", "give the objection a trigger that can hold during a call"),
    Code("SC303", _W, "buying signal can never be sent", "give the signal a 'when' condition that can hold"),
    Code("SC304", _W, "feature tied to no need", "list the needs this feature answers under 'needs:'"),
    Code("SC305", _W, "objection can never be resolved", "give 'resolved_by' real words that answer the reason"),
    Code("SC306", _W, "need can never be answered", "give 'benefits' real words, or tie a feature to the need"),
    Code("SC401", _A, "TODO note", "finish the part, then remove the TODO"),
)}


def severity_of(code: str) -> Severity:
    return CODES[code].severity if code in CODES else Severity.ERROR
