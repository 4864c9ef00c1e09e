"""The store API as the CLI and the TUI use it, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import multiprocessing
from datetime import timedelta

import pytest

from simulator.store import Filters, Store, StoreError, open_store
from store.factories import T0, document, start


def save(store: Store, lines: list[str], **kwargs: object) -> str:
    begun = start(**kwargs)  # type: ignore[arg-type]
    store.begin_call(begun)
    for turn, line in enumerate(lines, start=1):
        store.record_line(begun.call_id, turn, line)
    store.finish_call(begun.call_id, document(lines), begun.started_at + timedelta(minutes=5))
    return begun.call_id


def test_turns_are_kept_as_they_happen_and_an_unfinished_call_shows_as_interrupted(store: Store) -> None:
    begun = start()
    store.begin_call(begun)
    store.record_line(begun.call_id, 1, "Hallo, schön dass es klappt")
    store.record_line(begun.call_id, 2, "Was beschäftigt Sie?")
    store.record_line(begun.call_id, 2, "Was beschäftigt Sie?")  # a retried write adds nothing

    [interrupted] = store.interrupted_calls("alice")
    assert interrupted.start == begun
    assert interrupted.lines == ("Hallo, schön dass es klappt", "Was beschäftigt Sie?")
    assert interrupted.ended_at is None and interrupted.document is None
    assert store.history("alice") == []
    assert store.interrupted_calls("bob") == []

    store.discard_call(begun.call_id)
    assert store.interrupted_calls() == []


def test_a_finished_call_is_in_the_history_with_its_result(store: Store) -> None:
    older = save(store, ["one"], minutes=0)
    newer = save(store, ["two", "three"], minutes=10)
    save(store, ["other"], trainee="bob")

    history = store.history("alice")
    assert [call.start.call_id for call in history] == [newer, older]
    assert history[0].lines == ("two", "three")
    assert history[0].outcome == "won" and history[0].total == 70
    assert history[0].document is not None and history[0].document["findings"]
    assert history[0].ended_at == T0 + timedelta(minutes=15)
    assert [c.start.call_id for c in store.history("alice", limit=1)] == [newer]
    assert store.interrupted_calls() == []


def test_a_call_is_found_by_a_unique_prefix_of_its_id(store: Store) -> None:
    call_id = save(store, ["hi"])
    found = store.get_call(call_id[:6])
    assert found is not None and found.start.call_id == call_id
    assert store.get_call(call_id.upper()) is not None
    assert store.get_call("not-an-id") is None
    assert store.get_call("0" * 32 if not call_id.startswith("0") else "f" * 32) is None


def test_an_ambiguous_prefix_is_refused(store: Store) -> None:
    template = _record(store)
    store.import_calls([{**template, "call_id": "abc1" + "0" * 28}, {**template, "call_id": "abc2" + "0" * 28}])
    with pytest.raises(StoreError, match="ambiguous"):
        store.get_call("abc")
    found = store.get_call("abc2")
    assert found is not None and found.start.call_id == "abc2" + "0" * 28


def test_writing_to_a_call_that_was_never_begun_is_an_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no call"):
        store.record_line("ab" * 16, 1, "hello")
    with pytest.raises(StoreError, match="no call"):
        store.finish_call("ab" * 16, document(["x"]), T0)


def test_export_then_import_into_another_store_is_idempotent(store: Store, tmp_path) -> None:
    save(store, ["Grüß Gott"], trainee="jürgen", team="süd", minutes=0)
    save(store, ["hello"], trainee="bob", team="blue", scenario="backup-steuerkanzlei", minutes=1)
    records = list(store.export())
    assert [r["trainee"] for r in records] == ["jürgen", "bob"]

    with open_store(str(tmp_path / "other.db")) as other:
        first = other.import_calls(records)
        again = other.import_calls(records)
        assert (first.added, first.skipped) == (2, 0)
        assert (again.added, again.skipped) == (0, 2)
        [call] = other.history("jürgen")
        assert call.lines == ("Grüß Gott",) and call.start.team == "süd"
        assert list(other.export()) == records


def test_export_filters_by_trainee_team_scenario_and_date(store: Store) -> None:
    save(store, ["a"], trainee="alice", team="red", minutes=0)
    save(store, ["b"], trainee="bob", team="blue", scenario="backup-steuerkanzlei", minutes=60 * 24 * 3)
    assert [r["trainee"] for r in store.export(Filters(team="blue"))] == ["bob"]
    assert [r["trainee"] for r in store.export(Filters(scenario="dental-booking"))] == ["alice"]
    assert [r["trainee"] for r in store.export(Filters(since=T0 + timedelta(days=1)))] == ["bob"]
    assert list(store.export(Filters(trainee="nobody"))) == []


def test_an_invalid_record_imports_nothing(store: Store) -> None:
    good = {**_record(store), "call_id": "1" * 32}
    bad = {**good, "call_id": "2" * 32, "started_at": "yesterday"}
    with pytest.raises(StoreError, match="record 2: 'started_at'"):
        store.import_calls([good, bad])
    assert store.get_call("1" * 32) is None


def test_forget_deletes_every_call_of_one_trainee_only(store: Store) -> None:
    save(store, ["a"], trainee="alice")
    save(store, ["b"], trainee="alice")
    store.begin_call(start(trainee="alice"))
    save(store, ["c"], trainee="bob")
    assert store.forget("alice") == 3
    assert store.history("alice") == [] and store.interrupted_calls("alice") == []
    assert len(store.history("bob")) == 1


def test_summaries_carry_the_report_figures_and_honour_filters(store: Store) -> None:
    save(store, ["a"], trainee="alice", mode="exam")
    save(store, ["b"], trainee="alice", mode="coach", minutes=5)
    [exam] = store.summaries(Filters(mode="exam"))
    assert (exam.trainee, exam.total, exam.signals_sent, exam.signals_caught, exam.follow_up_done) == ("alice", 70, 2, 1, True)
    assert exam.trainee_word_share == pytest.approx(0.45)
    assert [s.mode for s in store.summaries()] == ["exam", "coach"]


def _record(store: Store) -> dict[str, object]:
    save(store, ["template"], trainee="template")
    [record] = list(store.export(Filters(trainee="template")))
    return record


def _save_many(url: str, worker: int, count: int) -> None:
    with open_store(url) as store:
        for index in range(count):
            save(store, [f"worker {worker} line {index}", "second line"], trainee=f"worker{worker}", minutes=index)


def test_two_processes_saving_at_once_lose_nothing(store_url: str) -> None:
    open_store(store_url).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_save_many, args=(store_url, worker, 50)) for worker in (1, 2)]
    for process in workers:
        process.start()
    for process in workers:
        process.join(60)
        assert process.exitcode == 0
    with open_store(store_url) as store:
        for worker in (1, 2):
            calls = store.history(f"worker{worker}")
            assert len(calls) == 50
            assert all(len(call.lines) == 2 for call in calls)
