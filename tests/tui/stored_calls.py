"""A tmp store filled by playing bundled scripts, as the TUI and `run --save` would store them."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from tui_helpers import SCENARIOS, script

from simulator.engine import Call
from simulator.record import call_document
from simulator.store import CallStart, new_call_id, open_store
from simulator.store.sql import SqlStore

# (trainee, team, scenario, script kind), oldest first, one call per day at noon UTC.
PLAYED = (
    ("Max", "North", "dental-booking", "talk-past"),
    ("Erika", "South", "dental-booking", "argue"),
    ("Max", "North", "dental-booking", "win"),
    ("Erika", "South", "dental-booking", "win"),
    ("Max", "North", "backup-steuerkanzlei", "win"),
    ("Erika", "South", "dental-booking", "talk-past"),
)
FIRST_DAY = datetime(2026, 1, 5, 12, tzinfo=UTC)


def play_and_store(store: SqlStore, trainee: str, team: str, scenario_id: str, kind: str, when: datetime) -> Call:
    scenario = next(s for s in SCENARIOS if s.id == scenario_id)
    call = Call(scenario, seed=0, seller=trainee)
    call_id = new_call_id()
    store.begin_call(CallStart(call_id, trainee, team, scenario.id, scenario.content_hash, scenario.title,
                               scenario.language.value, "coach", 0, when))
    for line in script(f"{scenario_id}.{kind}"):
        if call.ended:
            break
        turn = call.say(line)
        store.record_line(call_id, turn.number, line)
    if not call.ended:
        call.end()
    store.finish_call(call_id, call_document(call), when + timedelta(minutes=5))
    return call


@cache
def _template() -> Path:
    """Played once per test run (about 2 s); each test gets its own copy of the file."""
    folder = tempfile.mkdtemp()
    atexit.register(shutil.rmtree, folder, True)
    path = Path(folder) / "calls.db"
    store = open_store(str(path))
    for day, (trainee, team, scenario_id, kind) in enumerate(PLAYED):
        play_and_store(store, trainee, team, scenario_id, kind, FIRST_DAY + timedelta(days=day))
    store.close()
    return path


def filled_store(tmp_path: Path) -> SqlStore:
    copy = tmp_path / "calls.db"
    shutil.copyfile(_template(), copy)
    return open_store(str(copy))
