"""The meaning pass: pieces a trainer wrote that a trainee can never meet, and the author's TODO notes.

These are warnings, not errors: the scenario still plays, but part of it is dead weight or, worse,
the trainee is blamed for missing something they could never have found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from yaml.nodes import Node

from simulator.authoring.feasible import Feasibility, has_words
from simulator.authoring.nodes import where
from simulator.loader import Diagnostic
from simulator.loader.codes import severity_of
from simulator.scenario import Scenario

_TODO = re.compile(r"\bTODO\b:?\s*(.*)")


def lint(scenario: Scenario, root: Node | None, source: str) -> list[Diagnostic]:
    """Warnings about unreachable or unusable content, each located at the piece it is about."""
    return list(_warnings(scenario, root, source))


def todo_notes(text: str, source: str) -> list[Diagnostic]:
    """Every `TODO` in the file, in comments or inside customer lines, as a note for the author."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        match = _TODO.search(line)
        if match:
            note = match.group(1).strip().strip("\"'") or "(no text)"
            found.append(_diag(source, (number, match.start() + 1), "SC401", f"TODO note: {note}",
                               "finish this part and remove the TODO before trainees see the scenario"))
    return found


def _diag(source: str, at: tuple[int, int], code: str, message: str, hint: str) -> Diagnostic:
    return Diagnostic(source, at[0], at[1], message, hint=hint, code=code, severity=severity_of(code))


def _warnings(scenario: Scenario, root: Node | None, source: str) -> Iterator[Diagnostic]:
    feasible = Feasibility(scenario)
    language = scenario.language.value
    for need in scenario.needs:
        if not feasible.uncoverable(need.id):
            yield _diag(source, where(root, ("needs", need.id, "topics")), "SC301",
                        f"needs → {need.id}: no question can uncover this need; its topics hold only "
                        f"small words like 'the' or 'und' that are ignored",
                        "add topics a trainee would really ask about, e.g. the problem's everyday words")
        elif not feasible.answerable(need.id):
            yield _diag(source, where(root, ("needs", need.id, "benefits")), "SC306",
                        f"needs → {need.id}: no benefit can answer this need; its benefits hold only small "
                        f"words and no feature is tied to it",
                        "add benefit words, or list the need under a feature's 'needs:'")
    for feature in scenario.offer.features:
        if not feature.needs:
            yield _diag(source, where(root, ("offer", "features", feature.id)), "SC304",
                        f"offer → features → {feature.id}: this feature is tied to no need, so presenting it "
                        f"can only ever be a bare feature",
                        "add 'needs: [...]' with the needs it answers, or remove the feature")
    for objection in scenario.objections:
        if not feasible.raisable(objection.id):
            yield _diag(source, where(root, ("objections", objection.id, "trigger")), "SC302",
                        f"objections → {objection.id}: its trigger can never hold, so the customer never "
                        f"raises this objection",
                        "check the numbers and ids in the trigger; e.g. a count above the number of needs")
        elif not any(has_words(word, language) for word in objection.resolved_by):
            yield _diag(source, where(root, ("objections", objection.id, "resolved_by")), "SC305",
                        f"objections → {objection.id}: nothing a trainee says can resolve it; resolved_by "
                        f"holds only small words that are ignored",
                        "add words that answer the real reason")
    for signal in scenario.signals:
        if not feasible.sendable(signal.id):
            yield _diag(source, where(root, ("buying_signals", signal.id, "when")), "SC303",
                        f"buying_signals → {signal.id}: its condition can never hold, so the customer never "
                        f"sends this signal",
                        "check the numbers and ids in 'when'; e.g. a count above the number of needs, or "
                        "a phase in which no signals are sent (close, follow_up)")
