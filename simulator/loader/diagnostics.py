"""Located, trainer-readable problems found while loading a scenario."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Diagnostic:
    """One problem at a 1-based line and column, in words a trainer understands."""

    file: str
    line: int
    column: int
    message: str
    expected: str | None = None
    hint: str | None = None
    # A stable code from `simulator.loader.codes`; its severity decides whether loading fails.
    code: str = "SC011"
    severity: str = "error"

    @property
    def fix(self) -> str:
        """One plain 'how to fix' sentence: the specific hint, what belongs there, else the code's advice."""
        from simulator.loader.codes import CODES

        parts = [part for part in (self.hint, f"expected {self.expected}" if self.expected else None) if part]
        if not parts and self.code in CODES:
            parts.append(CODES[self.code].fix)
        return "; ".join(parts)

    def __str__(self) -> str:
        parts = [f"{self.file}:{self.line}:{self.column}: {self.message}"]
        if self.expected:
            parts.append(f"    expected: {self.expected}")
        if self.hint:
            parts.append(f"    {self.hint}")
        return "\n".join(parts)


class ScenarioError(Exception):
    """A scenario file could not be loaded; `diagnostics` lists every problem found."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """A 'did you mean …?' hint for a misspelt key or id, or None if nothing is close."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not close and word.lower() != word:
        close = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def one_of(choices: Sequence[str]) -> str:
    """The allowed words, listed for an 'expected:' line."""
    return "one of " + ", ".join(choices)
