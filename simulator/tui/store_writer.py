"""Writes to the results store in order, on one worker thread, so the UI never waits for disk."""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

Job = tuple[str, Callable[..., Any], tuple[Any, ...]]
# How often an idle writer checks whether the app is exiting.
POLL_SECONDS = 0.05


class StoreWriter:
    """A queue drained by `run()` (a Textual thread worker); a failed write is reported, not raised."""

    def __init__(self, report: Callable[[str, Exception], None]) -> None:
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._report = report

    def submit(self, what: str, write: Callable[..., Any], *args: Any) -> None:
        self._jobs.put((what, write, args))

    def run(self, cancelled: Callable[[], bool]) -> None:
        """Write until closed, or until `cancelled()` (the app is exiting) and nothing is left."""
        while True:
            try:
                job = self._jobs.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if cancelled():
                    return
                continue
            try:
                if job is None:
                    return
                what, write, args = job
                try:
                    write(*args)
                except Exception as error:  # noqa: BLE001 -- any store failure: tell the trainee, keep the call going
                    self._report(what, error)
            finally:
                self._jobs.task_done()

    def drain(self) -> None:
        """Block until every submitted write has been tried."""
        self._jobs.join()

    def close(self) -> None:
        self._jobs.put(None)
