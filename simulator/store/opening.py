"""Which store a URL means: SQLite by default, PostgreSQL for postgresql:// URLs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from simulator.store.sql import SqlStore

ENV = "SALESCALL_DB"


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("salescall")) / "calls.db"


def open_store(url: str | None = None) -> SqlStore:
    """None → $SALESCALL_DB, else calls.db in the user data folder. Raises StoreError."""
    target = url or os.environ.get(ENV) or str(default_path())
    if target.startswith(("postgresql://", "postgres://")):
        from simulator.store.postgres import (
            PostgresStore,  # only PostgreSQL users pay for the driver import
        )

        return PostgresStore(target)
    from simulator.store.sqlite import SqliteStore

    return SqliteStore(Path(target.removeprefix("sqlite://")).expanduser())
