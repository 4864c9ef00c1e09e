"""The fixed registry of condition kinds a scenario may use.

Conditions are data (`Condition`) interpreted here; a scenario never names Python code. The
loader validates each condition's argument by its `ArgKind`, including references to ids.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from simulator.scenario import Condition


class ArgKind(StrEnum):
    TRUE = "true"
    LEVEL = "level"  # 0..100
    COUNT = "count"  # 0 or more
    NEED = "need"
    OBJECTION = "objection"
    SIGNAL = "signal"
    PHASE = "phase"
    MOVE = "move"
    CONDITIONS = "conditions"  # a list of conditions
    CONDITION = "condition"  # one nested condition


class CallView(Protocol):
    """What a condition may look at: the customer's state after the trainee's turn."""

    turn: int
    phase: str
    trust: int
    interest: int
    patience: int
    needs_discovered: Set[str]
    needs_answered: Set[str]
    objections_raised: Set[str]
    objections_resolved: Set[str]
    signals_sent: Set[str]
    last_moves: Set[str]
    features_presented: int
    price_stated: bool


@dataclass(frozen=True)
class ConditionKind:
    arg: ArgKind
    holds: Callable[[CallView, object, tuple[Condition, ...]], bool]
    doc: str


REGISTRY: dict[str, ConditionKind] = {
    "always": ConditionKind(ArgKind.TRUE, lambda v, a, c: True, "always holds"),
    "interest_at_least": ConditionKind(
        ArgKind.LEVEL, lambda v, a, c: v.interest >= a, "the customer's interest is at least N (0-100)"
    ),
    "trust_at_least": ConditionKind(ArgKind.LEVEL, lambda v, a, c: v.trust >= a, "trust is at least N (0-100)"),
    "patience_at_most": ConditionKind(
        ArgKind.LEVEL, lambda v, a, c: v.patience <= a, "patience has fallen to N or below (0-100)"
    ),
    "turn_at_least": ConditionKind(ArgKind.COUNT, lambda v, a, c: v.turn >= a, "the call has reached turn N"),
    "need_discovered": ConditionKind(
        ArgKind.NEED, lambda v, a, c: a in v.needs_discovered, "the trainee has uncovered this need"
    ),
    "need_answered": ConditionKind(
        ArgKind.NEED, lambda v, a, c: a in v.needs_answered, "a benefit has answered this need"
    ),
    "needs_discovered_at_least": ConditionKind(
        ArgKind.COUNT, lambda v, a, c: len(v.needs_discovered) >= a, "at least N needs are uncovered"
    ),
    "needs_answered_at_least": ConditionKind(
        ArgKind.COUNT, lambda v, a, c: len(v.needs_answered) >= a, "at least N needs are answered"
    ),
    "objection_raised": ConditionKind(
        ArgKind.OBJECTION, lambda v, a, c: a in v.objections_raised, "this objection has come up"
    ),
    "objection_resolved": ConditionKind(
        ArgKind.OBJECTION, lambda v, a, c: a in v.objections_resolved, "this objection is resolved"
    ),
    "signal_sent": ConditionKind(ArgKind.SIGNAL, lambda v, a, c: a in v.signals_sent, "this signal was sent"),
    "phase": ConditionKind(ArgKind.PHASE, lambda v, a, c: v.phase == a, "the call is in this phase"),
    "after_move": ConditionKind(
        ArgKind.MOVE, lambda v, a, c: a in v.last_moves, "the trainee's last line contained this move"
    ),
    "features_presented_at_least": ConditionKind(
        ArgKind.COUNT,
        lambda v, a, c: v.features_presented >= a,
        "at least N bare features were presented (bare features draw price concerns)",
    ),
    "price_stated": ConditionKind(ArgKind.TRUE, lambda v, a, c: v.price_stated, "the price has been named"),
    "all": ConditionKind(
        ArgKind.CONDITIONS, lambda v, a, c: all(holds(v, x) for x in c), "every listed condition holds"
    ),
    "any": ConditionKind(
        ArgKind.CONDITIONS, lambda v, a, c: any(holds(v, x) for x in c), "at least one listed condition holds"
    ),
    "not": ConditionKind(ArgKind.CONDITION, lambda v, a, c: not holds(v, c[0]), "the nested condition does not hold"),
}


def holds(view: CallView, condition: Condition) -> bool:
    return REGISTRY[condition.kind].holds(view, condition.value, condition.children)


def references(condition: Condition) -> list[tuple[ArgKind, str]]:
    """Every id the condition refers to, for reference checks and graphs."""
    kind = REGISTRY[condition.kind].arg
    found: list[tuple[ArgKind, str]] = []
    if kind in (ArgKind.NEED, ArgKind.OBJECTION, ArgKind.SIGNAL):
        found.append((kind, str(condition.value)))
    for child in condition.children:
        found.extend(references(child))
    return found
