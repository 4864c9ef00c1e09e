"""Issue 4: `play --watch` reloads the scenario on save; the trainer's inspector."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

from textual.pilot import Pilot
from tui_helpers import make_app, open_briefing, say, script, synchronous

from simulator.loader import load_scenario
from simulator.tui import SalesCallApp
from simulator.tui.call_screen import CallScreen
from simulator.tui.inspector import Inspector
from simulator.tui.transcript_log import TranscriptLog

OLD, NEW = "Thirty-odd a month", "Forty-odd a month"


def watched_app(tmp_path: Path, mode: str = "coach") -> tuple[SalesCallApp, Path]:
    """The app as `salescall play COPY --watch` opens it: on the briefing of a tmp copy."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "dental.yaml"
    shutil.copyfile(str(files("scenarios") / "dental-booking.yaml"), path)
    app = make_app(tmp_path, watch=path, mode=mode)
    app.first_scenario = load_scenario(path)
    return app, path


def transcript(screen: object) -> str:
    return " ".join(strip.text for strip in screen.query_one(TranscriptLog).lines)  # type: ignore[attr-defined]


async def until(pilot: Pilot[None], ready: object, seconds: float = 4.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if ready():  # type: ignore[operator]
            return
        await pilot.pause(0.05)
    raise AssertionError("timed out")


@synchronous
async def test_a_saved_change_restarts_the_call_with_the_same_lines_and_errors_keep_it_running(tmp_path: Path) -> None:
    app, path = watched_app(tmp_path)
    lines = script("dental-booking.win")[:2]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        for line in lines:
            await say(pilot, line)
        first = app.screen
        assert isinstance(first, CallScreen) and OLD in transcript(first)
        path.write_text(path.read_text(encoding="utf-8").replace(OLD, NEW), encoding="utf-8")
        await until(pilot, lambda: isinstance(app.screen, CallScreen) and app.screen is not first and app.screen.is_mounted)
        await pilot.pause()
        second = app.screen
        assert second.session.lines == lines and second.session.seed == first.session.seed
        assert NEW in transcript(second) and OLD not in transcript(second)
        assert second.session.scenario.content_hash != first.session.scenario.content_hash

        path.write_text(path.read_text(encoding="utf-8") + "\nbroken: [unclosed\n", encoding="utf-8")
        await until(pilot, lambda: any("dental.yaml:" in str(n.message) for n in app._notifications))
        assert app.screen is second
        await say(pilot, script("dental-booking.win")[2])
        assert second.session.call.turn == 3


@synchronous
async def test_the_inspector_shows_an_uncovered_need_after_the_line_that_uncovers_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_briefing(pilot, "dental")
        await pilot.press("enter")
        screen = app.screen
        inspector = screen.query_one(Inspector)
        assert not inspector.display
        await pilot.press("f2")
        assert inspector.display
        body = lambda: str(inspector.query_one("#inspector-body").render())
        assert "– uncovered" not in body()
        for line in script("dental-booking.win")[:2]:
            await say(pilot, line)
        need = screen.session.call.state.needs_discovered[0]
        assert f"{need} – uncovered" in body()
        assert "open question" in body()


@synchronous
async def test_no_inspector_in_an_exam_unless_watching(tmp_path: Path) -> None:
    app = make_app(tmp_path, mode="exam")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_briefing(pilot, "dental")
        await pilot.press("enter", "f2")
        assert not app.screen.query(Inspector)
    watched, _ = watched_app(tmp_path / "w", mode="exam")
    async with watched.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "f2")
        assert watched.screen.query_one(Inspector).display
