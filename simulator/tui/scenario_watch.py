"""`play --watch`: notice when the scenario file is saved, once the writes have settled.

Polling the file's mtime and size needs no new dependency and works on every file system; an
editor that writes in several steps is checked once, after a quiet pause (the debounce).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from simulator.loader import Diagnostic

POLL_SECONDS = 0.5
DEBOUNCE_SECONDS = 0.3


class ScenarioWatch:
    """`due(now)` is True once per save, when the file has not changed for `debounce` seconds."""

    def __init__(self, path: Path, debounce: float = DEBOUNCE_SECONDS) -> None:
        self.path = path
        self.debounce = debounce
        self._seen = self._stamp()
        self._changed_at: float | None = None

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None  # mid-save (some editors delete and rewrite): wait for the next poll
        return stat.st_mtime_ns, stat.st_size

    def due(self, now: float) -> bool:
        stamp = self._stamp()
        if stamp != self._seen:
            self._seen, self._changed_at = stamp, now
            return False
        if self._changed_at is not None and stamp is not None and now - self._changed_at >= self.debounce:
            self._changed_at = None
            return True
        return False


def error_report(diagnostics: Sequence[Diagnostic]) -> str:
    """file:line:col: message, one line per error (warnings do not stop a reload)."""
    errors = [d for d in diagnostics if d.severity == "error"] or list(diagnostics)
    return "\n".join(f"{d.file}:{d.line}:{d.column}: {d.message}" for d in errors)
