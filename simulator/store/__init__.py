"""Every call kept: SQLite by default, PostgreSQL for a shared team store.

The TUI and the CLI use only what is exported here.
"""

from simulator.store.model import (
    MODES,
    CallStart,
    CallSummary,
    Filters,
    ImportResult,
    StoredCall,
    StoreError,
    new_call_id,
)
from simulator.store.opening import default_path, open_store
from simulator.store.sql import SqlStore as Store

__all__ = [
    "MODES",
    "CallStart",
    "CallSummary",
    "Filters",
    "ImportResult",
    "Store",
    "StoreError",
    "StoredCall",
    "default_path",
    "new_call_id",
    "open_store",
]
