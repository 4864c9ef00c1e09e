"""Store operations shared by SQLite and PostgreSQL: the same SQL, one short transaction each.

Subclasses supply the connection, the transaction, the type conversions and which errors are
worth a retry; everything a user can observe is decided here, once for both databases.
"""

from __future__ import annotations

import re
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime, timedelta
from typing import Any, Self, TypeVar

from simulator.store.columns import COLUMN_NAMES, result_columns
from simulator.store.model import (
    CallStart,
    CallSummary,
    DayTotals,
    Filters,
    GroupTotals,
    ImportResult,
    RecentCall,
    ReportRows,
    StoredCall,
    StoreError,
)
from simulator.store.records import FinishedCall, from_record, to_record

T = TypeVar("T")

START = ("call_id", "trainee", "team", "scenario_id", "scenario_hash", "scenario_title", "language", "mode", "seed", "started_at")
STORED = (*START, "ended_at", "outcome", "total")
SUMMARY = CallSummary._fields
FINISHED = "ended_at IS NOT NULL"
CHILD_TABLES = ("call_lines", "call_documents")
RETRIES = 4
BACKOFF_SECONDS = 0.05
CHUNK = 500
_HEX_PREFIX = re.compile(r"[0-9a-f]{1,32}")
GROUP = ("trainee", "team", "scenario_id", "scenario_hash")


class Tx:
    """One open transaction: runs SQL written with '?' placeholders in the store's dialect."""

    def __init__(self, cursor: Any, placeholder: str) -> None:
        self._cursor = cursor
        self._placeholder = placeholder

    def run(self, sql: str, params: Sequence[object] = ()) -> int:
        self._cursor.execute(sql.replace("?", self._placeholder), tuple(params))
        return int(self._cursor.rowcount)

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        self._cursor.execute(sql.replace("?", self._placeholder), tuple(params))
        return list(self._cursor.fetchall())

    def run_many(self, sql: str, params: Sequence[Sequence[object]]) -> int:
        if not params:
            return 0
        self._cursor.executemany(sql.replace("?", self._placeholder), [tuple(p) for p in params])
        return int(self._cursor.rowcount)


class SqlStore(ABC):
    """The Store: every call kept, turn by turn, and what the reports read."""

    placeholder = "?"
    document_column = "call_documents.document"
    # The word share of a call in millionths, rounded half up (see model.word_share_micro).
    word_share_micro = "CAST(trainee_word_share * 1000000 + 0.5 AS INTEGER)"
    # Run first in a read transaction whose queries must all see the same calls.
    snapshot = ""

    def __init__(self, where: str) -> None:
        self.where = where
        self._lock = threading.RLock()

    # -- dialect ---------------------------------------------------------------------------------

    @abstractmethod
    def _transaction(self, write: bool) -> AbstractContextManager[Any]:
        """A cursor inside a transaction that commits on success and rolls back on error."""

    @abstractmethod
    def _is_transient(self, error: Exception) -> bool:
        """Whether trying again shortly may succeed (a lock, a dropped connection)."""

    @abstractmethod
    def _explain(self, error: Exception) -> str:
        """The database error in words a user can act on."""

    @abstractmethod
    def _recover(self) -> None:
        """Get ready for another attempt after a transient error."""

    @abstractmethod
    def _time_param(self, moment: datetime) -> object: ...

    @abstractmethod
    def _time_value(self, value: Any) -> datetime: ...

    @abstractmethod
    def _json_param(self, document: Mapping[str, object]) -> object: ...

    @abstractmethod
    def _json_value(self, value: Any) -> Mapping[str, object]: ...

    @abstractmethod
    def _day_sql(self) -> str:
        """SQL for the calendar day of started_at shifted by an offset given as the one parameter."""

    @abstractmethod
    def _day_param(self, offset: timedelta) -> object: ...

    @abstractmethod
    def _day_value(self, value: Any) -> date: ...

    @abstractmethod
    def close(self) -> None: ...

    errors: tuple[type[Exception], ...] = ()

    def _do(self, work: Callable[[Tx], T], write: bool = True) -> T:
        """Run `work` in one transaction; retry transient failures, then raise StoreError."""
        with self._lock:
            for attempt in range(RETRIES + 1):
                try:
                    with self._transaction(write) as cursor:
                        return work(Tx(cursor, self.placeholder))
                except self.errors as error:
                    if attempt < RETRIES and self._is_transient(error):
                        time.sleep(BACKOFF_SECONDS * 2**attempt)
                        self._recover()
                        continue
                    raise StoreError(f"{self.where}: {self._explain(error)}") from error
        raise AssertionError("unreachable")

    # -- a call as it happens --------------------------------------------------------------------

    def begin_call(self, start: CallStart) -> None:
        values = self._start_values(start)
        sql = f"INSERT INTO calls ({', '.join(START)}) VALUES ({_marks(START)}) ON CONFLICT (call_id) DO NOTHING"
        self._do(lambda tx: tx.run(sql, values))

    def record_line(self, call_id: str, turn: int, line: str) -> None:
        def work(tx: Tx) -> None:
            written = tx.run(
                "INSERT INTO call_lines (call_id, turn, line) SELECT ?, ?, ? WHERE EXISTS "
                "(SELECT 1 FROM calls WHERE call_id = ?) ON CONFLICT (call_id, turn) DO UPDATE SET line = excluded.line",
                (call_id, turn, line, call_id),
            )
            if not written:
                raise StoreError(f"{self.where}: no call {call_id} was begun")

        self._do(work)

    def finish_call(self, call_id: str, document: Mapping[str, object], ended_at: datetime) -> None:
        try:
            columns = result_columns(document)
        except ValueError as error:
            raise StoreError(f"cannot store call {call_id}: {error}") from None
        lines = _spoken_lines(document)
        assignments = ", ".join(f"{name} = ?" for name in ("ended_at", *COLUMN_NAMES))
        values = (self._time_param(ended_at), *columns.values(), call_id)

        def work(tx: Tx) -> None:
            if not tx.run(f"UPDATE calls SET {assignments} WHERE call_id = ?", values):
                raise StoreError(f"{self.where}: no call {call_id} was begun")
            tx.run(
                "INSERT INTO call_documents (call_id, document) VALUES (?, ?) "
                "ON CONFLICT (call_id) DO UPDATE SET document = excluded.document",
                (call_id, self._json_param(document)),
            )
            tx.run_many(
                "INSERT INTO call_lines (call_id, turn, line) VALUES (?, ?, ?) "
                "ON CONFLICT (call_id, turn) DO UPDATE SET line = excluded.line",
                [(call_id, turn, line) for turn, line in lines],
            )

        self._do(work)

    def discard_call(self, call_id: str) -> None:
        def work(tx: Tx) -> None:
            for table in CHILD_TABLES:
                tx.run(f"DELETE FROM {table} WHERE call_id = ?", (call_id,))
            tx.run("DELETE FROM calls WHERE call_id = ?", (call_id,))

        self._do(work)

    # -- reading calls back ----------------------------------------------------------------------

    def interrupted_calls(self, trainee: str | None = None) -> list[StoredCall]:
        where, params = ("ended_at IS NULL AND trainee = ?", [trainee]) if trainee is not None else ("ended_at IS NULL", [])
        return self._calls(f"WHERE {where} ORDER BY started_at DESC, call_id DESC", params)

    def history(self, trainee: str | None, limit: int | None = None) -> list[StoredCall]:
        where, params = (f"{FINISHED} AND trainee = ?", [trainee]) if trainee is not None else (FINISHED, [])
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return self._calls(f"WHERE {where} ORDER BY started_at DESC, call_id DESC{tail}", params)

    def get_call(self, call_id: str) -> StoredCall | None:
        """The call with this id or with this unique id prefix (like git)."""
        prefix = call_id.strip().lower()
        if not _HEX_PREFIX.fullmatch(prefix):
            return None
        found = self._calls("WHERE call_id >= ? AND call_id < ? ORDER BY call_id LIMIT 2", [prefix, prefix + "g"])
        if len(found) > 1:
            raise StoreError(f"call id {prefix!r} is ambiguous: give more characters")
        return found[0] if found else None

    def export(self, filters: Filters | None = None) -> Iterator[dict[str, object]]:
        """Finished calls as records, oldest first, read in chunks so memory stays flat."""
        where, params = self._filter(filters)
        after: list[object] = []
        while True:
            page = " AND (started_at, call_id) > (?, ?)" if after else ""
            chunk = self._calls(f"WHERE {where}{page} ORDER BY started_at, call_id LIMIT {CHUNK}", [*params, *after])
            for call in chunk:
                yield to_record(call)
            if len(chunk) < CHUNK:
                return
            last = chunk[-1].start
            after = [self._time_param(last.started_at), last.call_id]

    def summaries(self, filters: Filters | None = None) -> list[CallSummary]:
        """The finished calls a report covers, oldest first, without their documents."""
        where, params = self._filter(filters)
        return self._summaries(f"WHERE {where} ORDER BY started_at, call_id", params)

    def history_summaries(self, trainee: str | None, limit: int | None = None) -> list[CallSummary]:
        """`history` without documents and lines: the finished calls, newest first, as summaries."""
        where, params = (f"{FINISHED} AND trainee = ?", [trainee]) if trainee is not None else (FINISHED, [])
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return self._summaries(f"WHERE {where} ORDER BY started_at DESC, call_id DESC{tail}", params)

    def report_rows(self, filters: Filters | None = None, *, recent: int,
                    day_offset: Callable[[datetime], timedelta] | None = None) -> ReportRows:
        """The report's raw material, aggregated by the database, all read from one snapshot.

        Per trainee × team × scenario × scenario version: sums of the figures; the `recent` latest
        calls of each such group; and, when `day_offset` is given, each trainee's scores per calendar
        day, days being counted in UTC shifted by `day_offset(start of the first call)`.
        """
        where, params = self._filter(filters)
        group = ", ".join(GROUP)
        groups_sql = (
            f"SELECT {group}, COUNT(*), MIN(started_at), SUM(total), MAX(total), SUM(signals_sent), SUM(signals_caught), "
            "SUM(talk_past_close), SUM(arguing), SUM(questions_open), SUM(questions_open + questions_closed), "
            f"SUM({self.word_share_micro}), COUNT(follow_up_done), SUM(follow_up_done) "
            f"FROM calls WHERE {where} GROUP BY {group}"
        )
        # The partition and order match the calls_for_reports index, so SQLite needs no sort.
        recent_sql = (
            f"SELECT {group}, recency, started_at, call_id, scenario_title, total FROM ("
            f"SELECT {group}, started_at, call_id, scenario_title, total, ROW_NUMBER() OVER "
            f"(PARTITION BY {group} ORDER BY started_at DESC, call_id DESC) AS recency FROM calls WHERE {where}"
            f") ranked WHERE recency <= {int(recent)}"
        )
        days_sql = f"SELECT trainee, {self._day_sql()} AS day, SUM(total), COUNT(*) FROM calls WHERE {where} GROUP BY trainee, day"
        when = self._time_value

        def work(tx: Tx) -> ReportRows:
            if self.snapshot:
                tx.run(self.snapshot)
            groups = tuple(
                GroupTotals(*r[:5], when(r[5]), *(int(v or 0) for v in r[6:])) for r in tx.rows(groups_sql, params)
            )
            latest = tuple(RecentCall(*r[:5], when(r[5]), r[6], r[7], int(r[8])) for r in tx.rows(recent_sql, params))
            days = None
            if day_offset is not None and groups:
                offset = day_offset(min(g.first_started for g in groups))
                days = tuple(
                    DayTotals(r[0], self._day_value(r[1]), int(r[2]), int(r[3]))
                    for r in tx.rows(days_sql, [self._day_param(offset), *params])
                )
            return ReportRows(groups, latest, days)

        return self._do(work, write=False)

    # -- files and personal data -----------------------------------------------------------------

    def import_calls(self, records: Iterable[object]) -> ImportResult:
        """Add the calls not stored yet, all in one transaction; the rest are skipped."""
        calls: dict[str, FinishedCall] = {}
        count = 0
        for count, record in enumerate(records, start=1):
            try:
                call = from_record(record)
            except ValueError as error:
                raise StoreError(f"record {count}: {error}") from None
            calls.setdefault(call.start.call_id, call)

        def work(tx: Tx) -> int:
            ids = list(calls)
            known: set[str] = set()
            for index in range(0, len(ids), CHUNK):
                part = ids[index : index + CHUNK]
                known.update(row[0] for row in tx.rows(f"SELECT call_id FROM calls WHERE call_id IN ({_marks(part)})", part))
            new = [call for call_id, call in calls.items() if call_id not in known]
            names = (*START, "ended_at", *COLUMN_NAMES)
            added = tx.run_many(
                f"INSERT INTO calls ({', '.join(names)}) VALUES ({_marks(names)}) ON CONFLICT (call_id) DO NOTHING",
                [(*self._start_values(c.start), self._time_param(c.ended_at), *c.columns.values()) for c in new],
            )
            tx.run_many(
                "INSERT INTO call_documents (call_id, document) VALUES (?, ?) ON CONFLICT (call_id) DO NOTHING",
                [(c.start.call_id, self._json_param(c.document)) for c in new],
            )
            tx.run_many(
                "INSERT INTO call_lines (call_id, turn, line) VALUES (?, ?, ?) ON CONFLICT (call_id, turn) DO NOTHING",
                [(c.start.call_id, turn, line) for c in new for turn, line in enumerate(c.lines, start=1)],
            )
            return added

        added = self._do(work) if calls else 0
        return ImportResult(added=added, skipped=count - added)

    def forget(self, trainee: str) -> int:
        """Delete every call of a trainee; returns how many calls were deleted."""

        def work(tx: Tx) -> int:
            for table in CHILD_TABLES:
                tx.run(f"DELETE FROM {table} WHERE call_id IN (SELECT call_id FROM calls WHERE trainee = ?)", (trainee,))
            return tx.run("DELETE FROM calls WHERE trainee = ?", (trainee,))

        return self._do(work)

    # -- helpers ---------------------------------------------------------------------------------

    def _start_values(self, start: CallStart) -> tuple[object, ...]:
        return (*(getattr(start, name) for name in START[:-1]), self._time_param(start.started_at))

    def _filter(self, filters: Filters | None) -> tuple[str, list[object]]:
        filters = filters or Filters()
        clauses, params = [FINISHED], []
        for name, value in (("trainee", filters.trainee), ("team", filters.team), ("scenario_id", filters.scenario), ("mode", filters.mode)):
            if value is not None:
                clauses.append(f"{name} = ?")
                params.append(value)
        if filters.since is not None:
            clauses.append("started_at >= ?")
            params.append(self._time_param(filters.since))
        return " AND ".join(clauses), params

    def _summaries(self, tail: str, params: Sequence[object]) -> list[CallSummary]:
        sql = f"SELECT {', '.join(SUMMARY)} FROM calls {tail}"
        rows = self._do(lambda tx: tx.rows(sql, params), write=False)
        when = self._time_value
        return [CallSummary(*r[:7], when(r[7]), *r[8:17], None if r[17] is None else r[17] == 1) for r in rows]

    def _calls(self, tail: str, params: Sequence[object]) -> list[StoredCall]:
        columns = ", ".join(f"calls.{name}" for name in STORED)
        sql = f"SELECT {columns}, {self.document_column} FROM calls LEFT JOIN call_documents USING (call_id) {tail}"

        def work(tx: Tx) -> list[StoredCall]:
            rows = tx.rows(sql, params)
            lines = self._lines(tx, [row[0] for row in rows])
            return [self._stored(row, lines.get(row[0], ())) for row in rows]

        return self._do(work, write=False)

    def _lines(self, tx: Tx, ids: list[str]) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for index in range(0, len(ids), CHUNK):
            part = ids[index : index + CHUNK]
            for call_id, line in tx.rows(f"SELECT call_id, line FROM call_lines WHERE call_id IN ({_marks(part)}) ORDER BY call_id, turn", part):
                found.setdefault(call_id, []).append(line)
        return {call_id: tuple(lines) for call_id, lines in found.items()}

    def _stored(self, row: tuple[Any, ...], lines: tuple[str, ...]) -> StoredCall:
        start = CallStart(*row[:9], started_at=self._time_value(row[9]))
        return StoredCall(
            start=start,
            lines=lines,
            ended_at=None if row[10] is None else self._time_value(row[10]),
            outcome=row[11],
            total=row[12],
            document=None if row[13] is None else self._json_value(row[13]),
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _marks(items: Sequence[object]) -> str:
    return ", ".join("?" for _ in items)


def _spoken_lines(document: Mapping[str, object]) -> list[tuple[int, str]]:
    """The trainee's lines with their turn numbers, from the document's transcript."""
    transcript = document.get("transcript")
    if not isinstance(transcript, list):
        return []
    return [
        (int(entry["turn"]), str(entry["text"]))
        for entry in transcript
        if isinstance(entry, Mapping) and entry.get("speaker") == "trainee"
    ]
