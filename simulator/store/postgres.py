"""The PostgreSQL store: the same tables and behaviour as SQLite, for a team sharing one server."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from simulator.store.model import StoreError
from simulator.store.schema import POSTGRES, SCHEMA_VERSION, newer_message, steps
from simulator.store.sql import SqlStore, Tx

CONNECT_TIMEOUT_SECONDS = 5
# Serialises schema set-up between processes that open a fresh database at the same time.
SCHEMA_LOCK = 0x53434C4C


class PostgresStore(SqlStore):
    errors = (psycopg.Error,)
    placeholder = "%s"
    document_column = "call_documents.document::text"
    # floor, not a cast: PostgreSQL rounds when casting to an integer, SQLite truncates.
    word_share_micro = "CAST(floor(trainee_word_share * 1000000 + 0.5) AS BIGINT)"
    # READ COMMITTED would let each of a report's queries see a different set of calls.
    snapshot = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"

    def __init__(self, url: str) -> None:
        self._url = url
        super().__init__(_describe(url))
        self._connection = self._connect()
        try:
            self._do(self._prepare)
        except StoreError:
            self._connection.close()
            raise

    def _connect(self) -> Any:
        try:
            return psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_SECONDS)
        except psycopg.Error as error:
            raise StoreError(f"cannot reach the PostgreSQL server {self.where}: {_first_line(error)}") from None

    def _prepare(self, tx: Tx) -> None:
        tx.run("SELECT pg_advisory_xact_lock(?)", (SCHEMA_LOCK,))
        ours, calls = tx.rows("SELECT to_regclass('salescall_schema') IS NOT NULL, to_regclass('calls') IS NOT NULL")[0]
        if not ours and calls:
            raise StoreError(f"{self.where} has a 'calls' table that salescall did not create; use another database.")
        if not ours:
            tx.run("CREATE TABLE salescall_schema (version INTEGER NOT NULL)")
            tx.run("INSERT INTO salescall_schema (version) VALUES (0)")
        current = int(tx.rows("SELECT version FROM salescall_schema")[0][0])
        if current > SCHEMA_VERSION:
            raise StoreError(newer_message(self.where, current))
        for target, statements in steps(current, POSTGRES):
            for statement in statements:
                tx.run(statement)
            tx.run("UPDATE salescall_schema SET version = ?", (target,))

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[Any]:
        with self._connection.transaction(), self._connection.cursor() as cursor:
            yield cursor

    def _is_transient(self, error: Exception) -> bool:
        errors = psycopg.errors
        return isinstance(error, (psycopg.OperationalError, errors.SerializationFailure, errors.DeadlockDetected))

    def _explain(self, error: Exception) -> str:
        if isinstance(error, psycopg.OperationalError):
            return f"lost the connection to the server ({_first_line(error)})"
        return f"database error: {_first_line(error)}"

    def _recover(self) -> None:
        if self._connection.closed or self._connection.broken:
            self._connection = self._connect()

    def _time_param(self, moment: datetime) -> object:
        return moment.astimezone(UTC)

    def _time_value(self, value: Any) -> datetime:
        return value.astimezone(UTC)  # type: ignore[no-any-return]

    def _json_param(self, document: Mapping[str, object]) -> object:
        return Jsonb(document)

    def _json_value(self, value: Any) -> Mapping[str, object]:
        return json.loads(value)  # type: ignore[no-any-return]

    def _day_sql(self) -> str:
        return "CAST((started_at AT TIME ZONE 'UTC') + CAST(? AS INTEGER) * INTERVAL '1 second' AS DATE)"

    def _day_param(self, offset: timedelta) -> object:
        return int(offset.total_seconds())

    def _day_value(self, value: Any) -> date:
        return value  # type: ignore[no-any-return]

    def close(self) -> None:
        self._connection.close()


def _describe(url: str) -> str:
    """Host and database for messages, never the password."""
    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.Error:
        return "(invalid PostgreSQL URL)"
    return f"{parts.get('host', 'localhost')}/{parts.get('dbname', '')}"


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
