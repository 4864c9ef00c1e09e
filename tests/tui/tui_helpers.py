"""Shared pieces of the TUI tests: an app on tmp folders and a tmp store, and driving it by keys."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Awaitable, Callable
from importlib.resources import files
from pathlib import Path

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

from simulator.catalog import bundled_scenarios
from simulator.cli.run_cmd import read_script
from simulator.store import open_store
from simulator.tui import SalesCallApp
from simulator.tui.settings import Settings

os.environ["TEXTUAL_ANIMATIONS"] = "none"

SCENARIOS = bundled_scenarios()


def synchronous(test: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async Pilot test with asyncio (no async pytest plugin needed)."""

    @functools.wraps(test)
    def run(*args: object, **kwargs: object) -> None:
        asyncio.run(test(*args, **kwargs))  # type: ignore[arg-type]

    return run


def script(name: str) -> list[str]:
    """A bundled script, e.g. `script("dental-booking.win")`."""
    return read_script((files("scenarios") / "scripts" / f"{name}.txt").read_text(encoding="utf-8"))


def make_app(tmp_path: Path, trainee: str = "Max", store: object = "tmp", **options: object) -> SalesCallApp:
    """Deterministic: no typing pause, no blinking cursor, fixed theme and seed, tmp folders."""
    settings = Settings(
        typing_pause=0,
        cursor_blink=False,
        config_dir=tmp_path / "config",
        save_dir=tmp_path / "saved",
        **options,  # type: ignore[arg-type]
    )
    if trainee:
        settings.save_trainee(trainee)
    if store == "tmp":
        store = open_store(str(tmp_path / "calls.db"))
    app = SalesCallApp(SCENARIOS, settings, store=store, theme="textual-dark")
    app.animation_level = "none"
    return app


async def open_briefing(pilot: Pilot[None], query: str) -> None:
    """On the start screen: type to filter the list, Enter picks the first match."""
    await type_keys(pilot, query)
    await pilot.press("enter")


async def type_keys(pilot: Pilot[None], text: str) -> None:
    """One key event per character, as a terminal sends them; waits once at the end.

    `pilot.press` waits for the app to go idle after every key, which costs ~60 ms a key and
    would make typing whole scripts take minutes.
    """
    for char in text:
        key = char if char.isalnum() else _character_to_key(char)
        pilot.app.post_message(events.Key(key, char))
    await pilot.pause()


async def say(pilot: Pilot[None], line: str) -> None:
    """Type a line key by key and send it with Enter."""
    await type_keys(pilot, line)
    await pilot.press("enter")
