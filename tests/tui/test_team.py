"""Issue 5: My calls and the Team screen on a store filled by playing the bundled scripts."""

from __future__ import annotations

from pathlib import Path

from stored_calls import filled_store
from textual.pilot import Pilot
from textual.widgets import DataTable
from tui_helpers import make_app, synchronous

from simulator.store import open_store
from simulator.tui.calls_screen import CallsScreen
from simulator.tui.review_screen import ReviewScreen
from simulator.tui.start_screen import StartScreen
from simulator.tui.team_screen import TeamScreen


async def until(pilot: Pilot[None], ready: object) -> None:
    """Wait for a store worker to fill the screen."""
    for _ in range(100):
        if ready():  # type: ignore[operator]
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


def column(table: DataTable, key: str) -> list[str]:  # type: ignore[type-arg]
    return [str(cell) for cell in table.get_column(key)]


@synchronous
async def test_my_calls_lists_the_trainees_calls_newest_first_and_opens_a_review(tmp_path: Path) -> None:
    store = filled_store(tmp_path)
    newest = store.history("Max")[0]
    app = make_app(tmp_path, trainee="Max", ui_lang="en", store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        screen = app.screen
        assert isinstance(screen, CallsScreen)
        table = screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3)
        assert column(table, "scenario")[0] == newest.start.scenario_id
        assert column(table, "date") == sorted(column(table, "date"), reverse=True)
        await pilot.press("enter")
        review = app.screen
        assert isinstance(review, ReviewScreen)
        assert review.session.call_id == newest.start.call_id
        assert review.result.total == newest.total and review.session.call.outcome == newest.outcome
        await pilot.press("escape")
        assert app.screen is screen


@synchronous
async def test_team_compares_trainees_sorts_by_a_column_and_drills_into_calls(tmp_path: Path) -> None:
    app = make_app(tmp_path, trainee="Max", ui_lang="en", store=filled_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        screen = app.screen
        assert isinstance(screen, TeamScreen)
        table = screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3)
        rows = list(zip(column(table, "trainee"), column(table, "scenario"), column(table, "attempts"),
                        column(table, "best"), strict=True))
        assert rows == [("Erika", "dental-booking", "3", "93"), ("Max", "backup-steuerkanzlei", "1", "91"),
                        ("Max", "dental-booking", "2", "93")]
        await pilot.press("3")  # attempts, most first
        assert column(table, "attempts") == ["3", "2", "1"]
        await pilot.press("3")
        assert column(table, "attempts") == ["1", "2", "3"]
        await pilot.click("#comparison", offset=(2, 0))  # the trainee header
        assert screen.sort_column == "trainee"
        table.move_cursor(row=0)
        await pilot.press("enter")
        calls = app.screen
        assert isinstance(calls, CallsScreen)
        await until(pilot, lambda: calls.query_one(DataTable).row_count == 3)
        await pilot.press("enter")
        assert isinstance(app.screen, ReviewScreen) and app.screen.session.trainee == "Erika"


@synchronous
async def test_the_team_filter_and_an_empty_store_hint(tmp_path: Path) -> None:
    app = make_app(tmp_path, trainee="Max", ui_lang="en", store=filled_store(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        app.show_team()
        await pilot.pause()
        screen = app.screen
        table = screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3)
        screen.query_one("#team-select").value = "South"
        await until(pilot, lambda: table.row_count == 1)
        assert column(table, "trainee") == ["Erika"]
    empty = make_app(tmp_path / "empty", trainee="Max", ui_lang="en", store=open_store(str(tmp_path / "empty.db")))
    async with empty.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        hint = empty.screen.query_one("#team-hint")
        await until(pilot, lambda: "No finished calls" in str(hint.render()))
        assert not empty.screen.query_one(DataTable).display
        await pilot.press("escape", "f4")
        await until(pilot, lambda: "No finished calls" in str(empty.screen.query_one("#calls-hint").render()))
        await pilot.press("escape")
        assert isinstance(empty.screen, StartScreen)


def test_team_screen_snapshot(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.press("f5")
        table = pilot.app.screen.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3)
        await pilot.press("5")  # sorted by latest score
        await pilot.pause()

    app = make_app(tmp_path, trainee="Max", ui_lang="en", store=filled_store(tmp_path))
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
