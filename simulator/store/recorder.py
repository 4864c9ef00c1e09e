"""Saving a call while it runs: begun before the first turn, one write per turn, finished at the end.

A failed write must not end the trainee's call: the recorder reports it once, stops writing turn
by turn, and tries again when the call is finished (the document carries every line).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from scoring import Score
from simulator.engine import Call
from simulator.record import call_document
from simulator.store.model import CallStart, StoreError, new_call_id
from simulator.store.sql import SqlStore


class Recorder:
    def __init__(self, store: SqlStore, start: CallStart, warn: Callable[[str], None]) -> None:
        self.store = store
        self.start = start
        self._warn = warn
        self._healthy = True
        store.begin_call(start)

    @classmethod
    def for_call(cls, store: SqlStore, call: Call, trainee: str, team: str, mode: str, warn: Callable[[str], None]) -> Recorder:
        scenario = call.scenario
        start = CallStart(
            call_id=new_call_id(),
            trainee=trainee,
            team=team,
            scenario_id=scenario.id,
            scenario_hash=scenario.content_hash,
            scenario_title=scenario.title,
            language=scenario.language.value,
            mode=mode,
            seed=call.seed,
            started_at=datetime.now(UTC),
        )
        return cls(store, start, warn)

    def line(self, turn: int, text: str) -> None:
        if not self._healthy:
            return
        try:
            self.store.record_line(self.start.call_id, turn, text)
        except StoreError as error:
            self._healthy = False
            self._warn(f"could not save turn {turn} ({error}); the call goes on and is saved when it ends")

    def finish(self, call: Call, result: Score | None = None) -> None:
        """Raises StoreError when the finished call cannot be saved."""
        self.store.finish_call(self.start.call_id, call_document(call, result), datetime.now(UTC))
