"""The report aggregated by the database equals the pure aggregation of every call, on SQLite and
PostgreSQL alike, and a schema-1 store is upgraded in place."""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import timedelta

import psycopg
import pytest

from simulator.reports import (
    build_report,
    render_csv,
    render_text,
    report_data,
    stored_report,
)
from simulator.store import Filters, Store, new_call_id, open_store, schema
from simulator.store import postgres as postgres_module
from simulator.store import sqlite as sqlite_module
from store.factories import T0, document

TRAINEES = [("Jürgen Weiß", "Süd"), ("ann", "North"), ("Ann", "North"), ("bob", "red"), ("=cmd", "red"), ("zoë", "blue")]
SCENARIOS = {"dental-booking": ("v1", "v2"), "backup-steuerkanzlei": ("a", "b", "c"), "cold-call": ("x",)}
MODES = ("coach", "exam", "guided", "headless")


def synthetic(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Calls over half a year: several teams per trainee, scenario versions, all kinds of figures."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        trainee, team = rng.choice(TRAINEES)
        if trainee == "bob" and rng.random() < 0.3:
            team = "blue"  # bob moves between teams
        scenario = rng.choice(list(SCENARIOS))
        # ann plays only in the first three weeks: her chart stays daily, the others' become weekly
        days = rng.random() * (20 if trainee == "ann" else 180)
        started = T0 + timedelta(days=days, seconds=index)
        outcome = rng.choice(("won", "lost", "customer_ended"))
        sent = rng.randint(0, 3)
        doc = document(["line"], total=rng.randint(0, 100), outcome=outcome, sent=sent, caught=rng.randint(0, sent),
                       talk_past=rng.randint(0, 3), arguing=rng.randint(0, 2), follow_up_done=rng.random() < 0.5)
        figures = doc["score"]["figures"]  # type: ignore[index]
        figures["questions_open"], figures["questions_closed"] = rng.randint(0, 6), rng.randint(0, 4)
        figures["trainee_word_share"] = round(rng.uniform(0.2, 0.8), 3) if index % 5 else rng.random()
        records.append({
            "format": "salescall.call", "format_version": 1, "call_id": new_call_id(), "trainee": trainee, "team": team,
            "scenario_id": scenario, "scenario_hash": rng.choice(SCENARIOS[scenario]),
            "scenario_title": f"{scenario} ({index})", "language": "en", "mode": rng.choice(MODES), "seed": 0,
            "started_at": started.isoformat(), "ended_at": (started + timedelta(minutes=5)).isoformat(),
            "lines": ["line"], "document": doc,
        })
    return records


FILTERS = [
    Filters(),
    Filters(team="red"),
    Filters(trainee="bob"),
    Filters(trainee="ann"),
    Filters(scenario="backup-steuerkanzlei"),
    Filters(since=T0 + timedelta(days=90)),
    Filters(mode="exam"),
    Filters(team="blue", scenario="dental-booking", mode="coach", since=T0 + timedelta(days=30)),
    Filters(trainee="nobody"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: repr(f)[8:])
def test_the_sql_report_equals_the_pure_aggregation_of_every_call(store: Store, filters: Filters) -> None:
    store.import_calls(synthetic(400))
    summaries = store.summaries(filters)
    fast = stored_report(store, filters)
    assert fast == build_report(summaries)
    without_charts = stored_report(store, filters, timelines=False)
    assert render_text(without_charts) == render_text(fast) and render_csv(without_charts) == render_csv(fast)


def test_sqlite_and_postgresql_reports_are_identical(store_url: str, tmp_path) -> None:
    records = synthetic(300, seed=11)
    with open_store(store_url) as first, open_store(str(tmp_path / "other.db")) as second:
        first.import_calls(records)
        second.import_calls(records)
        for filters in FILTERS:
            assert json.dumps(report_data(stored_report(first, filters))) == json.dumps(report_data(stored_report(second, filters)))


def test_history_summaries_list_the_same_calls_as_history_without_documents(store: Store) -> None:
    store.import_calls(synthetic(120))
    full = store.history("bob")
    quick = store.history_summaries("bob")
    assert [s.call_id for s in quick] == [c.start.call_id for c in full]
    assert [(s.started_at, s.scenario_id, s.mode, s.outcome, s.total) for s in quick] == [
        (c.start.started_at, c.start.scenario_id, c.start.mode, c.outcome, c.total) for c in full]
    assert [s.call_id for s in store.history_summaries("bob", limit=3)] == [c.start.call_id for c in full[:3]]
    assert len(store.history_summaries(None)) == 120


def _open_at_version_1(url: str, monkeypatch: pytest.MonkeyPatch) -> Store:
    with monkeypatch.context() as patch:
        for module in (schema, sqlite_module, postgres_module):
            patch.setattr(module, "SCHEMA_VERSION", 1)
        return open_store(url)


def _indexes(url: str) -> set[str]:
    if url.startswith("postgresql"):
        with psycopg.connect(url) as connection:
            return {row[0] for row in connection.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'calls'")}
    with sqlite3.connect(url) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'calls'").fetchall()
    connection.close()
    return {row[0] for row in rows}


def _version(url: str) -> int:
    if url.startswith("postgresql"):
        with psycopg.connect(url) as connection:
            return int(connection.execute("SELECT version FROM salescall_schema").fetchone()[0])  # type: ignore[index]
    with sqlite3.connect(url) as connection:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    connection.close()
    return version


def test_a_version_1_store_is_upgraded_in_place_and_keeps_every_call(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    records = synthetic(150, seed=3)
    with _open_at_version_1(store_url, monkeypatch) as old:
        old.import_calls(records)
        before = old.summaries()
        exported = list(old.export())
    assert _version(store_url) == 1
    assert "calls_for_timelines" not in _indexes(store_url)

    with open_store(store_url) as upgraded:
        assert _version(store_url) == schema.SCHEMA_VERSION == 2
        assert {"calls_for_reports", "calls_for_timelines", "calls_by_trainee"} <= _indexes(store_url)
        assert upgraded.summaries() == before
        assert list(upgraded.export()) == exported
        assert stored_report(upgraded) == build_report(before)
        upgraded.import_calls(synthetic(10, seed=4))
        assert len(upgraded.summaries()) == 160
    with open_store(store_url) as again:  # opening an up-to-date store changes nothing
        assert len(again.history_summaries(None)) == 160
