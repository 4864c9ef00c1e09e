"""The tables, their version and the steps that bring an older store up to date.

Each step is applied once, in order, inside the transaction that records the new version, so a
store is either fully at a version or untouched. Only a store this program recognises as its own
is ever migrated.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.store.columns import FIGURES, SUB_SCORES

REPORTED = ("trainee", "team", "scenario_id", "scenario_hash", "scenario_title", "mode", "outcome", "total", *FIGURES,
            "follow_up_done", "ended_at")

SCHEMA_VERSION = 2
# PRAGMA application_id marks an SQLite file as a salescall store ("SCLL").
APPLICATION_ID = 0x53434C4C


@dataclass(frozen=True)
class Types:
    """Column types that differ between SQLite and PostgreSQL."""

    time: str
    json: str
    real: str
    integer: str


SQLITE = Types(time="TEXT", json="TEXT", real="REAL", integer="INTEGER")
POSTGRES = Types(time="TIMESTAMPTZ", json="JSONB", real="DOUBLE PRECISION", integer="BIGINT")


def _version_1(types: Types) -> tuple[str, ...]:
    """Documents live apart from the calls so report queries scan narrow rows only."""
    sub_scores = ", ".join(f"{name} {types.integer}" for name in SUB_SCORES)
    figures = ", ".join(f"{name} {types.real if name == 'trainee_word_share' else types.integer}" for name in FIGURES)
    return (
        f"""CREATE TABLE calls (
            call_id TEXT PRIMARY KEY,
            trainee TEXT NOT NULL,
            team TEXT NOT NULL,
            scenario_id TEXT NOT NULL,
            scenario_hash TEXT NOT NULL,
            scenario_title TEXT NOT NULL,
            language TEXT NOT NULL,
            mode TEXT NOT NULL,
            seed {types.integer} NOT NULL,
            started_at {types.time} NOT NULL,
            ended_at {types.time},
            outcome TEXT,
            total {types.integer},
            {sub_scores},
            {figures},
            follow_up_done {types.integer}
        )""",
        f"""CREATE TABLE call_documents (
            call_id TEXT PRIMARY KEY REFERENCES calls (call_id) ON DELETE CASCADE,
            document {types.json} NOT NULL
        )""",
        """CREATE TABLE call_lines (
            call_id TEXT NOT NULL REFERENCES calls (call_id) ON DELETE CASCADE,
            turn INTEGER NOT NULL,
            line TEXT NOT NULL,
            PRIMARY KEY (call_id, turn)
        )""",
        "CREATE INDEX calls_by_time ON calls (started_at)",
        "CREATE INDEX calls_by_trainee ON calls (trainee, started_at)",
        "CREATE INDEX calls_by_team ON calls (team, started_at)",
        "CREATE INDEX calls_by_scenario ON calls (scenario_id, started_at)",
        # Covers the report query, so a report over every call reads this index only, in order.
        f"CREATE INDEX calls_for_reports ON calls (started_at, call_id, {', '.join(REPORTED)}) WHERE ended_at IS NOT NULL",
    )


def _version_2(types: Types) -> tuple[str, ...]:
    """Indexes for reports aggregated in SQL (GROUP BY, window functions) and summary-only history.

    calls_for_reports is ordered like the report's groups (trainee, team, scenario, version) and,
    within a group, newest first, so SQLite aggregates and ranks every call in one pass without a
    sort; calls_for_timelines does the same for the per-day scores. Both cover every filter column;
    mode (four values) gets no index of its own: fetching a quarter of the rows through one is slower.
    """
    rest = [name for name in REPORTED if name not in ("trainee", "team", "scenario_id", "scenario_hash", "outcome", "ended_at")]
    return (
        "DROP INDEX calls_for_reports",
        "DROP INDEX calls_by_trainee",
        "DROP INDEX calls_by_time",
        "CREATE INDEX calls_by_time ON calls (started_at, call_id)",
        "CREATE INDEX calls_by_trainee ON calls (trainee, started_at, call_id)",
        (
            "CREATE INDEX calls_for_reports ON calls (trainee, team, scenario_id, scenario_hash, started_at DESC, call_id DESC, "
            f"{', '.join(rest)}) WHERE ended_at IS NOT NULL"
        ),
        "CREATE INDEX calls_for_timelines ON calls (trainee, started_at, total, team, scenario_id, mode) WHERE ended_at IS NOT NULL",
    )


MIGRATIONS = {1: _version_1, 2: _version_2}


def steps(current: int, types: Types) -> list[tuple[int, tuple[str, ...]]]:
    """The migrations still to apply to a store at version `current`, oldest first."""
    return [(version, MIGRATIONS[version](types)) for version in range(current + 1, SCHEMA_VERSION + 1)]


def newer_message(where: str, version: int) -> str:
    return (
        f"{where} was written by a newer salescall (store schema {version}; this program knows up to "
        f"{SCHEMA_VERSION}). Upgrade salescall to use it; the store was left untouched."
    )
