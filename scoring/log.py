"""The event log indexed by kind, so each rule reads only the events it is about."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from simulator.events import Event, EventKind


class EventLog:
    def __init__(self, events: Sequence[Event]) -> None:
        self.events = events
        self._by_kind: dict[EventKind, list[Event]] = defaultdict(list)
        for event in events:
            self._by_kind[event.kind].append(event)

    def of(self, kind: EventKind) -> list[Event]:
        return self._by_kind.get(kind, [])

    def count(self, kind: EventKind) -> int:
        return len(self._by_kind.get(kind, ()))
