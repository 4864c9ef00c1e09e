"""Screenshots of each screen at 80×24 (the smallest supported terminal) and the call at 120×40.

Deterministic: fixed seed and theme, no typing pause, no cursor blink, no animations, no clock.
Update with `--snapshot-update` and look at the SVGs in `__snapshots__/` before committing.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from tui_helpers import make_app, open_briefing, say, script

SMALL = (80, 24)


def _call(query: str, lines: list[str], end: bool = False):  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await open_briefing(pilot, query)
        await pilot.press("enter")
        for line in lines:
            await say(pilot, line)
        if end:
            await pilot.press("escape", "y")
        await pilot.pause()

    return run_before


def test_start_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path, ui_lang="en"), terminal_size=SMALL)


def test_briefing_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot[None]) -> None:
        await open_briefing(pilot, "dental")

    assert snap_compare(make_app(tmp_path), terminal_size=SMALL, run_before=run_before)


def test_call_screen_coach(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = script("backup-steuerkanzlei.win")[:7]
    assert snap_compare(make_app(tmp_path), terminal_size=SMALL, run_before=_call("kanzlei", lines))


def test_call_screen_exam(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = script("dental-booking.win")[:5]
    app = make_app(tmp_path, mode="exam")
    assert snap_compare(app, terminal_size=SMALL, run_before=_call("dental", lines))


def test_review_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = script("dental-booking.talk-past")[:13]
    assert snap_compare(make_app(tmp_path), terminal_size=SMALL, run_before=_call("dental", lines, end=True))


def test_call_screen_guided_large(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = script("dental-booking.win")[:8]
    app = make_app(tmp_path, mode="guided")
    assert snap_compare(app, terminal_size=(120, 40), run_before=_call("dental", lines))
