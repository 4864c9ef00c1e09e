"""`salescall check`: located, coded diagnostics with the line, a pointer and a fix; exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.authoring.check import check_scenario_text
from simulator.cli.main import main
from simulator.loader import load_scenario_text
from tests.authoring.doc_examples import examples, merge

BASE, _ = examples()
SCENARIOS = Path(__file__).parents[2] / "scenarios"


def write(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_scenarios_and_their_tests_check_clean(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", str(SCENARIOS), "--strict"]) == 0
    assert "6 files checked: no problems found." in capsys.readouterr().out


def test_text_output_shows_code_line_pointer_and_fix(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, merge(BASE, "customer:\n  name: Ann Lee\n  role: Owner\n  company: Lee's Shop\n  intrest: 30\n"))
    assert main(["check", str(path)]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"{path}:14:3: SC101 error: unknown key 'intrest' in customer"
    assert out[1] == "   14 |   intrest: 30"
    assert out[2] == "      |   ^"
    assert out[3].startswith("      how to fix: did you mean 'interest'?")


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    broken = merge(BASE, "customer:\n  name: Ann Lee\n  role: Owner\n  company: Lee's Shop\n  trust: high\n"
                         "  name: Ann Smith\n")
    broken = broken.replace("needs: [empty_shelves]", "needs: [empty_shelfs]")
    codes = [d.code for d in check_scenario_text(broken, "s.yaml")]
    assert codes == ["SC104", "SC015", "SC201"]


def test_tabs_on_several_lines_are_each_reported(tmp_path: Path) -> None:
    text = BASE.replace("  name: Ann Lee", "\tname: Ann Lee").replace("  role: Owner", "\trole: Owner")
    tabs = [d for d in check_scenario_text(text, "s.yaml") if d.code == "SC001"]
    assert [d.line for d in tabs] == [11, 12]
    assert all(d.severity == "error" for d in tabs)


def test_did_you_mean_for_an_undefined_reference() -> None:
    text = BASE.replace("{need_answered: empty_shelves}", "{need_answered: empty_shelve}")
    (problem,) = check_scenario_text(text, "s.yaml")
    assert problem.code == "SC201" and "did you mean 'empty_shelves'?" in problem.fix


def test_warnings_exit_zero_unless_strict(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, BASE.replace("      needs: [empty_shelves]\n", ""))
    assert main(["check", str(path)]) == 0
    assert "SC304 warning" in capsys.readouterr().out
    assert main(["check", str(path), "--strict"]) == 1


def test_todo_notes_are_listed_but_do_not_fail(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, BASE.replace("    says: When could we start?", "    says: When could we start? # TODO: a variant"))
    assert main(["check", str(path), "--strict"]) == 0
    assert "SC401 author: TODO note: a variant" in capsys.readouterr().out


def test_json_output_for_editors(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path, BASE.replace("trigger: {after_move: price}", "trigger: {intrest_at_least: 50}"))
    assert main(["check", str(path), "--format", "json"]) == 2
    (item,) = json.loads(capsys.readouterr().out)
    assert set(item) == {"file", "line", "column", "code", "severity", "message", "fix"}
    assert (item["code"], item["severity"], item["line"]) == ("SC202", "error", 32)


def test_impossible_signal_and_objection_are_warnings() -> None:
    text = (BASE.replace("{need_answered: empty_shelves}", "{needs_discovered_at_least: 2}")
            .replace("{after_move: price}", "{all: [{phase: analysis}, {phase: close}]}"))
    assert [d.code for d in check_scenario_text(text, "s.yaml")] == ["SC302", "SC303"]


def test_a_signal_waiting_for_an_impossible_signal_is_impossible_too() -> None:
    text = BASE.replace("    says: When could we start?\n", "    says: When could we start?\n"
                        "  - id: nods\n    strength: weak\n    when: {signal_sent: never}\n    says: \"*nods*\"\n")
    text = text.replace("{need_answered: empty_shelves}", "{signal_sent: nods}")
    codes = [d.code for d in check_scenario_text(text, "s.yaml")]
    assert codes == ["SC201"]  # 'never' is undefined: an error; the rest can only be judged once it loads


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_scenarios_either_pass_or_get_diagnostics(data: st.DataObject) -> None:
    text = BASE
    for _ in range(data.draw(st.integers(1, 3))):
        position = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["delete", "insert", "duplicate_line"]))
        if action == "delete":
            text = text[:position] + text[position + data.draw(st.integers(1, 8)):]
        elif action == "insert":
            text = text[:position] + data.draw(st.sampled_from(["\t", ":", " ", "-", "{", "}", "*", "\n", "x", "'",
                                                                  "{{", "0"])) + text[position:]
        else:
            lines = text.splitlines(keepends=True)
            index = position % len(lines)
            text = "".join(lines[: index + 1] + lines[index:])
    diagnostics = check_scenario_text(text, "s.yaml")
    if not any(d.severity == "error" for d in diagnostics):
        load_scenario_text(text, "s.yaml")  # no error reported: it must load
    for d in diagnostics:
        assert d.code and d.fix and d.line >= 1 and d.column >= 1
