"""The `salescall` command as a user runs it: output, JSON contracts and exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scenarios" / "scripts"


def salescall(*args: str, stdin: str = "", cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "simulator.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_version() -> None:
    result = salescall("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("salescall ")


@pytest.mark.parametrize("command", ["run", "classify", "scenarios"])
def test_every_command_has_help(command: str) -> None:
    result = salescall(command, "--help")
    assert result.returncode == 0
    assert "usage: salescall" in result.stdout


def test_scenarios_json_lists_the_bundled_scenarios() -> None:
    result = salescall("scenarios", "--json")
    rows = json.loads(result.stdout)
    assert {row["id"] for row in rows} >= {"backup-steuerkanzlei", "dental-booking", "preiserhoehung-hotel"}
    assert all(set(row) == {"id", "language", "difficulty", "title"} for row in rows)
    assert {row["language"] for row in rows} == {"de", "en"}


def test_scenarios_adds_given_files(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    text = (ROOT / "scenarios" / "dental-booking.yaml").read_text(encoding="utf-8")
    extra.write_text(text.replace("id: dental-booking", "id: my-copy"), encoding="utf-8")
    result = salescall("scenarios", str(tmp_path))
    assert result.returncode == 0
    assert "my-copy" in result.stdout


def test_run_with_a_script_prints_one_json_document() -> None:
    result = salescall("run", "dental-booking", "--script", str(SCRIPTS / "dental-booking.win.txt"), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert {"transcript", "events", "phases", "outcome", "score", "findings"} <= set(document)
    assert document["outcome"] == "won"
    assert 0 <= document["score"]["total"] <= 100
    assert document["phases"][0] == "rapport" and "follow_up" in document["phases"]
    assert {"signals_sent", "signals_caught", "talk_past_close"} <= set(document["score"]["figures"])
    assert all({"turn", "rule", "message"} <= set(f) for f in document["findings"])


def test_run_reads_lines_from_standard_input_and_shows_them_literally() -> None:
    lines = "Guten Tag Frau Hofmann!\n\n[bold]Was beschäftigt Sie?[/bold] \x1b[31m\nAuf Wiederhören!\n"
    result = salescall("run", "backup-steuerkanzlei", stdin=lines)
    assert result.returncode == 0, result.stderr
    assert "[bold]Was beschäftigt Sie?[/bold]" in result.stdout
    assert "\x1b" not in result.stdout
    assert "\\x1b[31m" in result.stdout
    assert "Punkte:" in result.stdout


def test_an_invalid_scenario_is_reported_with_file_line_and_column(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = (ROOT / "scenarios" / "dental-booking.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("difficulty: 2", "difficulty: hard\ncolour: blue"), encoding="utf-8")
    result = salescall("run", str(broken), stdin="")
    assert result.returncode == 2
    assert f"{broken}:" in result.stderr
    assert "difficulty" in result.stderr and "colour" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_scenario_and_missing_script_are_bad_input(tmp_path: Path) -> None:
    unknown = salescall("run", "dental-bookin")
    assert unknown.returncode == 2
    assert "dental-booking" in unknown.stderr
    missing = salescall("run", "dental-booking", "--script", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert "no such script file" in missing.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr


def test_classify_prints_one_json_object_per_input_line() -> None:
    result = salescall("classify", "--lang", "en", "--json", stdin="Hello Linda!\nWhat matters most to you?\n\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["text"] for row in rows] == ["Hello Linda!", "What matters most to you?", ""]
    assert rows[0]["moves"] == ["greeting"]
    assert rows[1]["moves"] == ["open_question"]
    assert rows[2]["moves"] == []


def test_classify_rejects_an_unknown_language() -> None:
    result = salescall("classify", "--lang", "fr", stdin="Bonjour")
    assert result.returncode == 2


def test_installed_command_finds_bundled_scenarios_outside_the_source_tree(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "salescall"
    if not command.exists():
        pytest.skip("salescall is not installed in this environment")
    result = subprocess.run(
        [str(command), "scenarios", "--json"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) >= 3


def test_the_same_call_gives_the_same_document_in_every_process() -> None:
    script = str(SCRIPTS / "preiserhoehung-hotel.talk-past.txt")
    documents = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-m", "simulator.cli.main", "run", "preiserhoehung-hotel", "--script", script, "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        documents.append(json.loads(result.stdout))
    assert documents[0] == documents[1]
