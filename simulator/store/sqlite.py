"""The SQLite store: one file, WAL mode, safe with several processes writing at once.

Before anything is written the file is inspected read-only, so a damaged file, somebody else's
database or a store from a newer salescall is reported and left exactly as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from simulator.store.model import StoreError
from simulator.store.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE,
    newer_message,
    steps,
)
from simulator.store.sql import SqlStore

HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class SqliteStore(SqlStore):
    errors = (sqlite3.Error,)

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path
        version = _inspect(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"{path}: cannot open the store ({error})") from None
        self._setup(version)

    def _setup(self, version: int) -> None:
        def prepare(tx: Any) -> None:
            current = int(tx.rows("PRAGMA user_version")[0][0])
            if current > SCHEMA_VERSION:
                raise StoreError(newer_message(self.where, current))
            for target, statements in steps(current, SQLITE):
                for statement in statements:
                    tx.run(statement)
                tx.run(f"PRAGMA user_version = {target}")
            tx.run(f"PRAGMA application_id = {APPLICATION_ID}")

        try:
            self._connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA synchronous = NORMAL")
            self._connection.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            self._connection.close()
            raise StoreError(f"{self.where}: {self._explain(error)}") from None
        if version < SCHEMA_VERSION:
            try:
                self._do(prepare)
            except StoreError:
                self._connection.close()
                raise

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[sqlite3.Cursor]:
        cursor = self._connection.cursor()
        cursor.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield cursor
        except BaseException:
            self._connection.rollback()
            raise
        else:
            cursor.execute("COMMIT")
        finally:
            cursor.close()

    def _is_transient(self, error: Exception) -> bool:
        return isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error))

    def _explain(self, error: Exception) -> str:
        if isinstance(error, sqlite3.DatabaseError) and "malformed" in str(error):
            return "the database file is damaged (restore a backup or move it away and start a new store)"
        if self._is_transient(error):
            return "the database stayed locked by another salescall process; try again"
        return f"database error: {error}"

    def _recover(self) -> None:
        if self._connection.in_transaction:
            self._connection.rollback()

    def _time_param(self, moment: datetime) -> object:
        return moment.astimezone(UTC).isoformat(timespec="microseconds")

    def _time_value(self, value: Any) -> datetime:
        return datetime.fromisoformat(value)

    def _json_param(self, document: Mapping[str, object]) -> object:
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))

    def _json_value(self, value: Any) -> Mapping[str, object]:
        return json.loads(value)  # type: ignore[no-any-return]

    def _day_sql(self) -> str:
        return "date(started_at, ?)"

    def _day_param(self, offset: timedelta) -> object:
        return f"{int(offset.total_seconds()):+d} seconds"

    def _day_value(self, value: Any) -> date:
        return date.fromisoformat(value)

    def close(self) -> None:
        self._connection.close()


def _inspect(path: Path) -> int:
    """The schema version of an existing store (0 for a new or empty file); never writes."""
    try:
        with path.open("rb") as file:
            header = file.read(len(HEADER))
    except FileNotFoundError:
        return 0
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not a salescall database file") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read the store ({error.strerror})") from None
    if not header:
        return 0
    if header != HEADER:
        raise StoreError(f"{path} is not a salescall database: the file is damaged or not an SQLite file. It was left untouched.")
    try:
        connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            tables = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: the database file is damaged ({error}). It was left untouched.") from None
    if application_id != APPLICATION_ID:
        if tables:
            raise StoreError(f"{path} is an SQLite database of another program, not a salescall store. It was left untouched.")
        return 0
    if version > SCHEMA_VERSION:
        raise StoreError(newer_message(str(path), version))
    return int(version)
