"""The scenario loader as a trainer meets it: values, defaults, and located, readable errors."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2 import meta

from simulator.loader import Diagnostic, ScenarioError, load_scenario, load_scenario_text
from simulator.conditions import REGISTRY
from simulator.loader.defaults import merge_responses
from simulator.moves import Move
from simulator.phases import Phase
from simulator.reactions import Reaction
from simulator.scenario import Condition, Endings, Language, ObjectionKind, Scenario, Strength, Temperament
from simulator.templates import ENVIRONMENT, TEMPLATE_VARIABLES

DATA = Path(__file__).parent / "data" / "scenarios"
DOC = Path(__file__).parent.parent / "docs" / "SCENARIO_FORMAT.md"
VALID_DE = (DATA / "valid_de.yaml").read_text(encoding="utf-8")
VALID_EN = (DATA / "valid_en.yaml").read_text(encoding="utf-8")
ENDING_KEYS = ("won", "lost", "customer_ended", "out_of_turns")


def problems(text: str) -> tuple[Diagnostic, ...]:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(text, "s.yaml")
    return caught.value.diagnostics


def only(text: str) -> Diagnostic:
    found = problems(text)
    assert len(found) == 1, "\n".join(map(str, found))
    return found[0]


def edit(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def line_of(text: str, fragment: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if fragment in line)


# --- valid files -----------------------------------------------------------------------------


def test_german_fixture_loads_with_its_values() -> None:
    scenario = load_scenario(DATA / "valid_de.yaml")
    assert scenario.id == "backup-tax-office"
    assert scenario.language is Language.DE
    assert scenario.briefing.known == ("12 Mitarbeitende", "eigener Server im Keller")
    assert scenario.briefing.situation.startswith("Sie rufen Dr. Petra Hofmann an")
    customer = scenario.customer
    assert (customer.temperament, customer.trust, customer.patience, customer.buys_at) == (
        Temperament.ANALYTICAL, 45, 60, 70,
    )
    assert scenario.offer.price.amount == 189 and scenario.offer.price.floor == 160
    assert scenario.offer.features[0].needs == ("data_loss",)
    assert scenario.need("compliance").reveal == ("Wir müssen Mandantenunterlagen zehn Jahre aufbewahren – revisionssicher.",)
    assert scenario.need("data_loss").hints == ("Wir hatten da mal so ein Erlebnis mit unserem Server …",)
    assert scenario.objection("too_expensive").kind is ObjectionKind.PRICE
    assert scenario.objection("too_expensive").trigger == Condition("after_move", "price")
    assert scenario.objection("cloud_fear").trigger == Condition("all", None, (
        Condition("need_discovered", "data_loss"),
        Condition("not", None, (Condition("objection_resolved", "too_expensive"),)),
    ))
    assert scenario.objection("cloud_fear").kind is ObjectionKind.OTHER
    assert [s.strength for s in scenario.signals] == [Strength.STRONG, Strength.WEAK]
    assert scenario.signals[1].says == ("*lehnt sich zurück und nickt*",)
    assert (scenario.rules.max_turns, scenario.rules.window_moves, scenario.rules.trial_close_at) == (30, 3, 45)


def test_scenario_lines_win_and_builtin_lines_fill_the_rest() -> None:
    scenario = load_scenario(DATA / "valid_de.yaml")
    assert scenario.responses.lines("rapport", "greeting") == ("Hallo {{ seller }}, was kann ich für Sie tun?", "Ja, Hofmann hier.")
    assert scenario.responses.lines("presentation", "feature") == ("Aha. Und was habe ich davon?",)
    assert len(scenario.responses.lines("analysis", "cold_presentation")) >= 3
    assert "Moment, Sie wissen doch noch gar nicht" in scenario.responses.lines("analysis", "cold_presentation")[0]
    assert scenario.endings.won == ("Gut, dann machen wir das so.",)
    assert len(scenario.endings.lost) >= 2


def test_minimal_english_fixture_gets_defaults() -> None:
    scenario = load_scenario(str(DATA / "valid_en.yaml"))
    assert scenario.customer.temperament is Temperament.FRIENDLY
    assert (scenario.customer.trust, scenario.customer.interest, scenario.customer.tolerance) == (40, 30, 3)
    assert scenario.objections == () and scenario.signals == ()
    assert scenario.offer.price.floor is None and scenario.offer.price.unit == "per month"
    assert scenario.rules.max_turns == 40
    assert all(scenario.responses.lines("close", reaction) for reaction in Reaction)
    assert all(getattr(scenario.endings, key) for key in ENDING_KEYS)
    assert "Hold on, you don't even know what we need yet." in scenario.responses.lines("analysis", "cold_presentation")


def test_a_scenario_line_for_any_phase_beats_a_builtin_line_for_one_phase() -> None:
    merged = merge_responses({"any": {"feature": ("d",)}, "close": {"feature": ("dc",), "price": ("p",)}},
                             {"any": {"feature": ("mine",)}})
    assert merged == {"any": {"feature": ("mine",)}, "close": {"price": ("p",)}}


def test_a_single_string_becomes_one_variant_and_an_unquoted_no_stays_a_word() -> None:
    scenario = load_scenario_text(VALID_EN + "endings:\n  lost: No\n  won: [Deal., '*nods*']\n")
    assert scenario.endings.lost == ("No",)
    assert scenario.endings.won == ("Deal.", "*nods*")


def test_dates_and_plain_words_in_text_fields_stay_text() -> None:
    scenario = load_scenario_text(edit(VALID_EN, "title: Managed printing for a small law firm", "title: 2024-01-01"))
    assert scenario.title == "2024-01-01"


def test_other_format_versions_are_refused() -> None:
    text = edit(VALID_EN, "format: 1", "format: 2")
    problem = only(text)
    assert (problem.line, problem.column) == (1, 9) and "format 2" in problem.message


# --- the trainers' reference -----------------------------------------------------------------


def test_the_documented_example_loads_and_uses_every_condition_kind() -> None:
    doc = DOC.read_text(encoding="utf-8")
    example = doc.split("## A complete example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    scenario = load_scenario_text(example, "SCENARIO_FORMAT.md example")
    used: set[str] = set()

    def walk(condition: Condition) -> None:
        used.add(condition.kind)
        for child in condition.children:
            walk(child)

    for condition in [o.trigger for o in scenario.objections] + [s.when for s in scenario.signals]:
        walk(condition)
    assert used == set(REGISTRY)


def test_the_reference_names_every_reaction_condition_placeholder_phase_and_move() -> None:
    doc = DOC.read_text(encoding="utf-8")
    names = [*Reaction, *REGISTRY, *Phase, *Move, *ENDING_KEYS]
    assert [name for name in names if f"`{name}`" not in doc] == []
    assert [name for name in TEMPLATE_VARIABLES if f"{{{{ {name}" not in doc] == []


# --- built-in default lines ------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_defaults_cover_every_reaction_and_ending_with_valid_templates(language: Language) -> None:
    import yaml

    text = (files("simulator") / "defaults" / f"{language.value}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    lines = data["responses"]["any"]
    assert set(lines) == {reaction.value for reaction in Reaction}
    assert all(3 <= len(lines[reaction]) <= 5 for reaction in lines), "3-5 variants per reaction"
    assert set(data["endings"]) == set(ENDING_KEYS) == {f for f in Endings.__dataclass_fields__}
    assert all(2 <= len(variants) <= 3 for variants in data["endings"].values())
    every_line = [line for scope in data["responses"].values() for vs in scope.values() for line in vs]
    every_line += [line for vs in data["endings"].values() for line in vs]
    for line in every_line:
        assert isinstance(line, str) and line.strip()
        assert meta.find_undeclared_variables(ENVIRONMENT.parse(line)) <= set(TEMPLATE_VARIABLES), line


def test_german_defaults_use_formal_address() -> None:
    text = (files("simulator") / "defaults" / "de.yaml").read_text(encoding="utf-8").lower()
    for informal in (" du ", " dich ", " dir ", " dein"):
        assert informal not in text


# --- located errors --------------------------------------------------------------------------


def test_wrong_type_names_what_was_found_and_what_is_expected() -> None:
    text = edit(VALID_EN, "  company: Evans & Reed Solicitors\n", "  company: Evans & Reed Solicitors\n  trust: hoch\n")
    problem = only(text)
    assert (problem.line, problem.column) == (line_of(text, "trust: hoch"), 10)
    assert "found 'hoch'" in problem.message and "trust" in problem.message
    assert problem.expected == "a whole number from 0 to 100"
    assert str(problem).splitlines() == [
        f"s.yaml:{problem.line}:10: wrong value for customer → trust: found 'hoch'",
        "    expected: a whole number from 0 to 100",
    ]


@pytest.mark.parametrize("value", ["true", "40.0", '"40"', "101", "-1"])
def test_levels_are_whole_numbers_in_range_and_a_yes_is_not_a_number(value: str) -> None:
    text = edit(VALID_EN, "  company: Evans & Reed Solicitors\n", f"  company: Evans & Reed Solicitors\n  trust: {value}\n")
    assert only(text).line == line_of(text, "trust:")


def test_misspelt_key_gets_did_you_mean_and_the_allowed_keys() -> None:
    text = edit(VALID_EN, "  role: Office manager", "  rolle: Office manager")
    found = problems(text)
    unknown = next(p for p in found if "unknown key" in p.message)
    assert (unknown.line, unknown.column) == (line_of(text, "rolle:"), 3)
    assert unknown.hint == "did you mean 'role'?"
    assert unknown.expected is not None and "temperament" in unknown.expected
    missing = next(p for p in found if "missing" in p.message)
    assert "'role'" in missing.message and missing.line == line_of(text, "name: Mark Evans")


def test_missing_required_key_is_reported_at_its_parent() -> None:
    text = edit(VALID_EN, "  goal: Get the order for the managed printing service.\n", "")
    problem = only(text)
    assert problem.message == "briefing is missing the required key 'goal'"
    assert (problem.line, problem.column) == (line_of(text, "situation:"), 3)


def test_duplicate_key_is_an_error_not_silently_dropped() -> None:
    text = edit(VALID_EN, "difficulty: 1\n", "difficulty: 1\ndifficulty: 2\n")
    problem = only(text)
    assert problem.line == line_of(text, "difficulty: 2")
    assert f"first on line {line_of(text, 'difficulty: 1')}" in problem.message


def test_duplicate_ids_are_errors() -> None:
    feature = "    - id: toner_auto\n      name: another\n      keywords: [x]\n"
    text = edit(VALID_EN, "needs:\n  - id: downtime", feature + "needs:\n  - id: downtime")
    problem = only(text)
    assert problem.line == line_of(text, "name: another") - 1
    assert "feature id 'toner_auto' is used twice" in problem.message


def test_undefined_reference_suggests_a_defined_id() -> None:
    text = edit(VALID_DE, "when: {all: [{need_answered: data_loss}", "when: {all: [{need_answered: data_los}")
    problem = only(text)
    assert problem.line == line_of(text, "need_answered: data_los}")
    assert "'data_los', which is not defined" in problem.message
    assert problem.hint == "did you mean 'data_loss'?"
    assert problem.expected == "one of data_loss, compliance"


def test_several_problems_in_one_file_are_all_reported_in_file_order() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(DATA / "multi_error.yaml")
    found = [(p.line, p.column) for p in caught.value.diagnostics]
    assert found == [(5, 13), (8, 3), (13, 10), (14, 3), (22, 15), (31, 15), (40, 11), (43, 5), (45, 14)]
    hints = [p.hint for p in caught.value.diagnostics]
    assert "did you mean 'interest'?" in hints and "did you mean 'greeting'?" in hints
    assert "did you mean 'downtime'?" in hints and "did you mean 'seller'?" in hints
    assert str(caught.value).count("multi_error.yaml:") == 9


def test_tabs_get_a_plain_explanation() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(DATA / "tabs.yaml")
    (problem,) = caught.value.diagnostics
    assert (problem.line, problem.column) == (5, 1)
    assert problem.message == "tabs are not allowed for indentation; use spaces"


def test_yaml_syntax_error_is_located_and_explained() -> None:
    text = edit(VALID_EN, 'reveal: "Last week the printer', "reveal: Note: last week the printer")
    problem = only(text)
    assert problem.line == line_of(text, "Note: last week")
    assert "': '" in problem.message and problem.hint is not None and "quotes" in problem.hint


def test_unquoted_stage_direction_is_explained() -> None:
    text = VALID_EN + "endings:\n  won: *nickt*\n"
    problem = problems(text)[0]
    assert problem.line == line_of(text, "won: *nickt*")
    assert "quotes" in str(problem)


def test_not_utf8_empty_and_non_mapping_files_are_located() -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(DATA / "not_utf8.yaml")
    (problem,) = caught.value.diagnostics
    assert (problem.line, problem.column) == (3, 23) and "UTF-8" in problem.message
    assert only("").message == "the file is empty"
    assert only("# just a comment\n").message == "the file is empty"
    problem = only("- format: 1\n")
    assert (problem.line, problem.column) == (1, 1) and "holds a list" in problem.message


def test_missing_file_is_a_scenario_error(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        load_scenario(tmp_path / "nope.yaml")
    (problem,) = caught.value.diagnostics
    assert (problem.line, problem.column) == (1, 1) and "cannot read" in problem.message


# --- security --------------------------------------------------------------------------------


def test_python_tag_is_rejected_and_never_executed(tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    text = VALID_EN + f"endings:\n  won: !!python/object/apply:os.system ['touch {target}']\n"
    problem = only(text)
    assert not target.exists()
    assert problem.line == line_of(text, "!!python") and problem.message.startswith("tags are not allowed")
    text = f"!!python/object/apply:os.system ['touch {target}']\n"
    assert problems(text)[0].message.startswith("tags are not allowed")
    assert not target.exists()


@pytest.mark.parametrize("trigger", ["{os.system: ls}", "os.system", "subprocess.run", "{builtins.eval: '1'}"])
def test_dotted_names_are_not_conditions(trigger: str) -> None:
    text = VALID_DE.replace("trigger: {after_move: price}", f"trigger: {trigger}")
    problem = only(text)
    assert problem.line == line_of(text, f"trigger: {trigger}")
    assert "conditions are data from a fixed list" in problem.message
    assert problem.expected is not None and "interest_at_least" in problem.expected


@pytest.mark.parametrize("key", ["callbacks", "before", "after", "on_enter", "conditions"])
def test_code_looking_keys_are_unknown_keys(key: str) -> None:
    text = edit(VALID_DE, "    kind: price\n", f"    kind: price\n    {key}: os.system\n")
    assert only(text).message == f"unknown key '{key}' in objections → too_expensive"


def test_condition_mistakes() -> None:
    text = edit(VALID_DE, "{interest_at_least: 60}", "{interest_at_least: 160}, {intrest_at_least: 6}, {phase: closing}")
    found = problems(text)
    assert [p.line for p in found] == [line_of(text, "intrest_at_least")] * 3
    assert found[1].hint == "did you mean 'interest_at_least'?"
    assert found[2].hint == "did you mean 'close'?"
    text = edit(VALID_DE, "trigger: {after_move: price}", "trigger: {after_move: price, price_stated: true}")
    assert "exactly one kind" in only(text).message


# --- templates -------------------------------------------------------------------------------


def test_template_syntax_error_points_at_the_line_inside_a_block() -> None:
    block = '    reveal: |\n      Letztes Jahr\n      ist {{ seller } passiert.\n'
    text = edit(VALID_DE, '    reveal: "Wir müssen Mandantenunterlagen zehn Jahre aufbewahren – revisionssicher."\n', block)
    problem = only(text)
    assert (problem.line, problem.column) == (line_of(text, "ist {{ seller }"), 7)
    assert "cannot be read" in problem.message


def test_unknown_template_variable_gets_did_you_mean() -> None:
    text = edit(VALID_DE, 'says: "Das ist aber eine Menge Geld."', 'says: "{{ prodcut }} ist teuer, {{ customer.nmae }}."')
    first, second = problems(text)
    assert first.line == second.line == line_of(text, "prodcut")
    assert first.hint == "did you mean 'product'?" and "'{{ prodcut }}'" in first.message
    assert second.hint == "did you mean 'name'?"


# --- robustness ------------------------------------------------------------------------------

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def loads_or_explains(text: str) -> None:
    try:
        assert isinstance(load_scenario_text(text), Scenario)
    except ScenarioError as error:
        assert error.diagnostics and all(d.line >= 1 and d.column >= 1 for d in error.diagnostics)


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:- \n\t{}[]'\"*&!%|>#,?@`\\0123456789.") + ["\x00", "é"]))


@FUZZ
@given(st.one_of(st.text(), YAMLISH))
def test_any_text_loads_or_gives_scenario_error(text: str) -> None:
    loads_or_explains(text)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from([VALID_DE, VALID_EN])).splitlines()
    index = draw(st.integers(0, len(lines) - 1))
    other = draw(st.integers(0, len(lines) - 1))
    junk = draw(st.one_of(YAMLISH, st.text(max_size=20)))
    action = draw(st.sampled_from(["delete", "duplicate", "swap", "value", "insert"]))
    if action == "delete":
        del lines[index]
    elif action == "duplicate":
        lines.insert(other, lines[index])
    elif action == "swap":
        lines[index], lines[other] = lines[other], lines[index]
    elif action == "value":
        key, _, _ = lines[index].partition(":")
        lines[index] = f"{key}: {junk}"
    else:
        at = draw(st.integers(0, len(lines[index])))
        lines[index] = lines[index][:at] + junk + lines[index][at:]
    return "\n".join(lines)


@FUZZ
@given(mutated())
def test_mutated_scenarios_load_or_give_scenario_error(text: str) -> None:
    loads_or_explains(text)
