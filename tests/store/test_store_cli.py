"""The store commands as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.store import open_store
from store.cli import salescall

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scenarios" / "scripts"


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with three calls played by `run --save`."""
    db = tmp_path_factory.mktemp("cli") / "calls.db"
    for trainee, team, scenario, script in (
        ("Jürgen", "Süd", "backup-steuerkanzlei", "backup-steuerkanzlei.win"),
        ("Jürgen", "Süd", "backup-steuerkanzlei", "backup-steuerkanzlei.argue"),
        ("Ann", "North", "dental-booking", "dental-booking.win"),
    ):
        result = salescall("run", scenario, "--script", str(SCRIPTS / f"{script}.txt"), "--save",
                           "--trainee", trainee, "--team", team, db=db)
        assert result.returncode == 0, result.stderr
        assert "Saved as call" in result.stderr
    return db


def test_history_lists_own_calls_newest_first(saved: Path) -> None:
    result = salescall("history", "--trainee", "Jürgen", db=saved)
    assert result.returncode == 0
    rows = result.stdout.splitlines()
    assert rows[0].split() == ["date", "scenario", "mode", "outcome", "score", "call"]
    assert len(rows) == 3 and all("backup-steuerkanzlei" in row and "headless" in row for row in rows[1:])


def test_review_shows_the_annotated_transcript_in_the_calls_language(saved: Path) -> None:
    with open_store(str(saved)) as store:
        [call] = store.history("Ann")
        [german, _] = store.history("Jürgen")
    english = salescall("review", call.start.call_id[:8], db=saved)
    assert english.returncode == 0
    assert "[recognised:" in english.stdout and "Customer:" in english.stdout and "Findings:" in english.stdout
    deutsch = salescall("review", german.start.call_id, db=saved)
    assert "[erkannt:" in deutsch.stdout and "Kunde:" in deutsch.stdout and "Befunde:" in deutsch.stdout
    assert salescall("review", "ffffffffffff", db=saved).returncode == 2


def test_report_compares_trainees_and_exports_csv_for_spreadsheets(saved: Path) -> None:
    table = salescall("report", db=saved)
    assert table.returncode == 0
    assert "Jürgen" in table.stdout and "Trainee × scenario" in table.stdout and "Team averages" in table.stdout
    csv = salescall("report", "--csv", db=saved).raw
    assert csv.startswith(b"\xef\xbb\xbf")
    assert "Jürgen,backup-steuerkanzlei,2," in csv.decode("utf-8")
    data = json.loads(salescall("report", "--json", "--team", "North", db=saved).stdout)
    assert [t["trainee"] for t in data["trainees"]] == ["Ann"]


def test_report_html_is_one_file_with_charts(saved: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    assert salescall("report", "--html", str(out), db=saved).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") == 2 and "Jürgen" in html and "@media print" in html
    assert "<script" not in html and "http" not in html.replace("http-equiv", "")


def test_export_import_round_trip_says_what_was_added(saved: Path, tmp_path: Path) -> None:
    exported = salescall("export", "--team", "Süd", db=saved)
    assert exported.returncode == 0 and len(exported.stdout.splitlines()) == 2
    file = tmp_path / "calls.jsonl"
    file.write_text(exported.stdout, encoding="utf-8")
    other = tmp_path / "other.db"
    assert "Imported 2 call(s); skipped 0" in salescall("import", str(file), db=other).stdout
    assert "Imported 0 call(s); skipped 2" in salescall("import", str(file), db=other).stdout


def test_an_invalid_line_names_its_number_and_imports_nothing(saved: Path, tmp_path: Path) -> None:
    lines = salescall("export", db=saved).stdout.splitlines()
    file = tmp_path / "calls.jsonl"
    file.write_text("\n".join([lines[0], lines[1], "{not json", lines[2]]) + "\n", encoding="utf-8")
    other = tmp_path / "other.db"
    result = salescall("import", str(file), db=other)
    assert result.returncode == 2
    assert "line 3: not valid JSON" in result.stderr
    with open_store(str(other)) as store:
        assert store.history(None) == []


def test_forget_needs_confirmation(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / "calls.db"
    file = tmp_path / "all.jsonl"
    file.write_text(salescall("export", db=saved).stdout, encoding="utf-8")
    salescall("import", str(file), db=copy)
    refused = salescall("forget", "--trainee", "Ann", db=copy)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = salescall("forget", "--trainee", "Ann", "--yes", db=copy)
    assert done.returncode == 0 and "Deleted 1 call(s)" in done.stdout
    assert "No finished calls" in salescall("history", "--trainee", "Ann", db=copy).stdout


def test_a_killed_call_keeps_every_turn_already_played(tmp_path: Path) -> None:
    db = tmp_path / "calls.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SALESCALL_DB": str(db)}
    process = subprocess.Popen([sys.executable, "-m", "simulator.cli.main", "run", "dental-booking", "--save", "--trainee", "kim"],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env, text=True)
    assert process.stdin is not None
    process.stdin.write("Good morning Linda, this is Sam.\nWhat made you look into this right now?\n")
    process.stdin.flush()
    deadline = time.monotonic() + 20
    lines: tuple[str, ...] = ()
    while time.monotonic() < deadline and len(lines) < 2:
        time.sleep(0.1)
        if db.exists():
            with open_store(str(db)) as store:
                calls = store.interrupted_calls("kim")
                lines = calls[0].lines if calls else ()
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert lines == ("Good morning Linda, this is Sam.", "What made you look into this right now?")
    with open_store(str(db)) as store:
        [call] = store.interrupted_calls("kim")
    assert call.lines == lines
