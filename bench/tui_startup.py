"""TUI figures: launch → interactive start screen, and keystroke latency on a 500-turn transcript.

Run: `.venv/bin/python bench/tui_startup.py`. Targets: interactive < 0.8 s, no keystroke > 50 ms.

Startup is measured in a fresh interpreter (imports, loading the bundled scenarios, building the
app, first layout) until the scenario list has focus. Keystrokes are timed from posting the key
event until the app has handled it and refreshed the screen (one headless render of the
compositor), on a call screen whose transcript already holds 500 turns.
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STARTUP = """
import time
t0 = time.perf_counter()
import asyncio, tempfile
from pathlib import Path
from simulator.catalog import bundled_scenarios
from simulator.tui import SalesCallApp
from simulator.tui.scenario_list import ScenarioList
from simulator.tui.settings import Settings

async def main():
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(config_dir=tmp)
    settings.save_trainee("Bench")
    app = SalesCallApp(bundled_scenarios(), settings)
    async with app.run_test(size=(80, 24)) as pilot:
        while not isinstance(app.focused, ScenarioList):
            await asyncio.sleep(0.001)
        print(time.perf_counter() - t0)

asyncio.run(main())
"""


def startup(runs: int = 5) -> tuple[list[float], list[float]]:
    inside, total = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, capture_output=True, text=True, check=True)
        total.append(time.perf_counter() - start)
        inside.append(float(out.stdout.strip().splitlines()[-1]))
    return inside, total


async def keystrokes(turns: int = 500, keys: str = "What else is important to you?") -> dict[str, float]:
    from textual import events
    from textual.keys import _character_to_key

    from simulator.catalog import bundled_scenarios
    from simulator.tui import SalesCallApp
    from simulator.tui.call_screen import CallScreen
    from simulator.tui.history_input import HistoryInput
    from simulator.tui.session import CallSession
    from simulator.tui.settings import Settings
    from simulator.tui.transcript_log import TranscriptLog

    scenario = next(s for s in bundled_scenarios() if s.id == "dental-booking")
    settings = Settings(typing_pause=0, cursor_blink=False, config_dir=Path(tempfile.mkdtemp()))
    settings.save_trainee("Bench")
    app = SalesCallApp([scenario], settings)
    latencies: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        session = CallSession(scenario, "coach", 0, "Bench")
        app.open_call(session, "en")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CallScreen)
        log = screen.query_one(TranscriptLog)
        sample = session.call
        sample.say("Good morning Linda, this is Sam from SmileBook. What made you look into reminders?")
        first = sample.turns[0]
        started = time.perf_counter()
        for number in range(1, turns + 1):
            log.add_trainee(number, first.trainee, first.moves)
            log.add_customer(first.customer)
        fill = time.perf_counter() - started
        await pilot.pause()
        line = screen.query_one(HistoryInput)
        compositor = screen._compositor
        for char in keys:
            key = char if char.isalnum() else _character_to_key(char)
            before = line.value
            start = time.perf_counter()
            app.post_message(events.Key(key, char))
            while line.value == before:
                await asyncio.sleep(0)
            compositor.render_update(full=True)
            latencies.append(time.perf_counter() - start)
        start = time.perf_counter()
        await pilot.press("enter")
        enter = time.perf_counter() - start
        await pilot.pause()
        before = log.scroll_y
        start = time.perf_counter()
        app.post_message(events.Key("pageup", None))
        while log.scroll_y == before:
            await asyncio.sleep(0)
        compositor.render_update(full=True)
        page = time.perf_counter() - start
    return {
        "lines": float(len(log.lines)),
        "fill": fill,
        "max": max(latencies),
        "median": statistics.median(latencies),
        "enter": enter,
        "pageup": page,
    }


def main() -> None:
    inside, total = startup()
    print(f"startup to interactive start screen (in process): median {statistics.median(inside) * 1000:.0f} ms, "
          f"max {max(inside) * 1000:.0f} ms over {len(inside)} runs (target < 800 ms)")
    print(f"  including interpreter start: median {statistics.median(total) * 1000:.0f} ms")
    figures = asyncio.run(keystrokes())
    print(f"500-turn transcript: {figures['lines']:.0f} log lines, filled in {figures['fill'] * 1000:.0f} ms")
    print(f"keystroke latency (handled + full screen render): median {figures['median'] * 1000:.1f} ms, "
          f"max {figures['max'] * 1000:.1f} ms (target < 50 ms)")
    print(f"  Enter (a whole turn, via pilot incl. its idle wait): {figures['enter'] * 1000:.0f} ms; "
          f"PageUp until the transcript first moves (smooth scroll): {figures['pageup'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
