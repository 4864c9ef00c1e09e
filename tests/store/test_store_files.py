"""A store that is not ours, damaged or too new is reported clearly and never changed."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from simulator.store import StoreError, open_store
from simulator.store.schema import APPLICATION_ID, SCHEMA_VERSION
from store.cli import salescall


def _refused(path: Path, message: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreError, match=message):
        open_store(str(path))
    result = salescall("history", "--db", str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr
    assert path.read_bytes() == before


def test_random_bytes_are_reported_as_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "calls.db"
    path.write_bytes(os.urandom(8192))
    _refused(path, "damaged or not an SQLite file")


def test_a_damaged_database_behind_a_valid_header_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "calls.db"
    open_store(str(path)).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)
    path.write_bytes(bytes(data))
    _refused(path, "damaged")


def test_another_programs_sqlite_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    connection.close()
    _refused(path, "another program")


def test_a_store_from_a_newer_salescall_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "calls.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    _refused(path, "newer salescall")


def test_an_empty_file_becomes_a_store_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "calls.db"
    path.touch()
    open_store(str(path)).close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_an_unreachable_postgresql_server_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot reach the PostgreSQL server 127.0.0.1/nowhere"):
        open_store("postgresql://someone:secret@127.0.0.1:1/nowhere")


def test_the_password_never_appears_in_messages() -> None:
    result = salescall("history", "--db", "postgresql://someone:s3cr3t@127.0.0.1:1/nowhere")
    assert result.returncode == 2
    assert "s3cr3t" not in result.stderr
