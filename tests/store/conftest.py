"""The same store tests run against SQLite and a real PostgreSQL server.

PostgreSQL comes from $SALESCALL_TEST_PG; without it those tests are skipped, except on CI
(CI=true), where a missing server is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from simulator.store import Store, open_store

PG = os.environ.get("SALESCALL_TEST_PG")


def reset_postgres(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TABLE IF EXISTS call_lines, call_documents, calls, salescall_schema")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "calls.db")
    if not PG:
        if os.environ.get("CI") == "true":
            pytest.fail("SALESCALL_TEST_PG is not set: CI must test the PostgreSQL store")
        pytest.skip("set SALESCALL_TEST_PG=postgresql://… to test the PostgreSQL store")
    reset_postgres(PG)
    return PG


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()
