"""Read golden test cases: a `tests:` section in a scenario, or a sidecar `<id>.tests.yaml` file.

A test case is trainee lines in (`say:` or a `script:` file) and expectations out. They are read
with the same located diagnostics as the rest of a scenario, so a typo in a test is found by
`salescall check` before `salescall test` runs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import Node

from simulator.loader.checker import Checker
from simulator.loader.diagnostics import did_you_mean, one_of
from simulator.loader.yaml_nodes import position
from simulator.phases import Outcome, Phase

CASE_KEYS = ("name", "say", "script", "seed", "seller", "expect")
EXPECT_KEYS = ("outcome", "phases", "score", "findings", "customer_says")


@dataclass(frozen=True)
class Expectation:
    outcome: str | None = None
    phases_contains: tuple[str, ...] | None = None
    phases_exact: tuple[str, ...] | None = None
    score_min: int | None = None
    score_max: int | None = None
    findings_present: tuple[str, ...] = ()
    findings_absent: tuple[str, ...] = ()
    customer_says: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldenCase:
    """One test case; `script` is resolved against the folder of the file that names it."""

    name: str
    file: str
    line: int
    say: tuple[str, ...]
    script: Path | None
    expect: Expectation
    seed: int = 0
    seller: str = ""


def rule_ids() -> tuple[str, ...]:
    from scoring.rules import RULES  # scoring is optional for loading a scenario; only tests need it

    return tuple(RULES)


def read_tests(c: Checker, node: Node, where: str, base: Path | None) -> tuple[GoldenCase, ...] | None:
    """The list under `tests:`; None after reporting problems."""
    items = c.sequence(node, where, "a list of test cases, each starting with '- name: …'")
    if items is None:
        return None
    cases = [_case(c, item, f"{where} → item {index}", base) for index, item in enumerate(items, 1)]
    return None if None in cases else tuple(case for case in cases if case)


def read_tests_file(text: str, source: str) -> tuple[Checker, tuple[GoldenCase, ...] | None]:
    """A sidecar file: `tests:` and optionally `scenario:` (the id it belongs to, for readers)."""
    c, root = Checker.open(text, source, "tests file")
    top = c.mapping(root, "the tests file", ("scenario", "tests"), ("tests",)) or {}
    if "scenario" in top:
        c.ident(top["scenario"], "scenario")
    cases = read_tests(c, top["tests"], "tests", Path(source).parent) if "tests" in top else None
    return c, cases


def _case(c: Checker, node: Node, where: str, base: Path | None) -> GoldenCase | None:
    keys = c.mapping(node, where, CASE_KEYS, ("name", "expect"))
    if keys is None:
        return None
    name = c.text(keys["name"], f"{where} → name") if "name" in keys else None
    where = f"tests → {name}" if name else where
    say: tuple[str, ...] | None = ()
    if "say" in keys:
        say = c.texts(keys["say"], f"{where} → say")
    script = _script(c, keys["script"], f"{where} → script", base) if "script" in keys else None
    if "say" not in keys and "script" not in keys:
        c.error(node, f"{where} has neither 'say:' nor 'script:'", code="SC102",
                hint="list the trainee's lines under 'say:', or name a script file under 'script:'")
        return None
    seed = c.integer(keys["seed"], f"{where} → seed", 0) if "seed" in keys else 0
    seller = c.text(keys["seller"], f"{where} → seller") if "seller" in keys else ""
    expect = _expect(c, keys["expect"], f"{where} → expect") if "expect" in keys else None
    if None in (name, say, expect, seed, seller) or ("script" in keys and script is None):
        return None
    line = position(node.start_mark)[0]
    return GoldenCase(str(name), c.source, line, tuple(say or ()), script, expect, int(seed or 0), str(seller))


def _script(c: Checker, node: Node, where: str, base: Path | None) -> Path | None:
    text = c.text(node, where)
    if text is None:
        return None
    path = Path(text) if base is None else base / text
    if base is not None and not path.is_file():
        c.error(node, f"{where}: there is no script file '{text}'", code="SC209",
                hint=f"the path is read from the folder {base}; one trainee line per line")
        return None
    return path


def _expect(c: Checker, node: Node, where: str) -> Expectation | None:
    keys = c.mapping(node, where, EXPECT_KEYS)
    if keys is None:
        return None
    values: dict[str, object] = {}
    ok = True
    if "outcome" in keys:
        outcome = c.choice(keys["outcome"], f"{where} → outcome", Outcome)
        ok &= outcome is not None
        values["outcome"] = outcome.value if outcome else None
    if "phases" in keys:
        phases = _phases(c, keys["phases"], f"{where} → phases")
        ok &= phases is not None
        if phases:
            values[f"phases_{phases[0]}"] = phases[1]
    if "score" in keys:
        limits = c.mapping(keys["score"], f"{where} → score", ("min", "max"))
        ok &= limits is not None
        for key, value in (limits or {}).items():
            number = c.integer(value, f"{where} → score → {key}", 0, 100)
            ok &= number is not None
            values[f"score_{key}"] = number
    if "findings" in keys:
        found = c.mapping(keys["findings"], f"{where} → findings", ("present", "absent"))
        ok &= found is not None
        for key, value in (found or {}).items():
            rules = _rules(c, value, f"{where} → findings → {key}")
            ok &= rules is not None
            values[f"findings_{key}"] = rules or ()
    if "customer_says" in keys:
        says = c.texts(keys["customer_says"], f"{where} → customer_says")
        ok &= says is not None
        values["customer_says"] = says or ()
    return Expectation(**values) if ok else None  # type: ignore[arg-type]


def _phases(c: Checker, node: Node, where: str) -> tuple[str, tuple[str, ...]] | None:
    keys = c.mapping(node, where, ("contains", "exact"))
    if keys is None:
        return None
    if len(keys) != 1:
        c.error(node, f"{where} needs exactly one of 'contains:' or 'exact:'", code="SC102",
                hint="contains: these phases in this order, others may come between; exact: the whole path")
        return None
    mode, value = next(iter(keys.items()))
    items = c.sequence(value, f"{where} → {mode}", "a list of phases")
    if items is None:
        return None
    phases = [c.choice(item, f"{where} → {mode}", Phase) for item in items]
    return None if None in phases else (mode, tuple(p.value for p in phases if p))


def _rules(c: Checker, node: Node, where: str) -> tuple[str, ...] | None:
    items = c.sequence(node, where, "a list of scoring rule ids, like [need_uncovered]")
    if items is None:
        return None
    known = rule_ids()
    found = []
    for item in items:
        rule = c.text(item, where)
        if rule is not None and rule not in known:
            c.error(item, f"{where}: '{rule}' is not a scoring rule", expected=one_of(sorted(known)),
                    hint=did_you_mean(rule, known), code="SC208")
            rule = None
        found.append(rule)
    return None if None in found else tuple(r for r in found if r)
