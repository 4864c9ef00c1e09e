"""Read a condition (`{kind: value}`) from YAML into `Condition` data, checked against the registry.

A condition names an entry in the fixed `simulator.conditions.REGISTRY`; it can never name Python
code, so anything else (`os.system`, `subprocess.run`, …) is reported, with the valid kinds.
"""

from __future__ import annotations

from collections.abc import Mapping

from yaml.nodes import MappingNode, Node, ScalarNode

from simulator.conditions import REGISTRY, ArgKind
from simulator.loader.checker import Checker
from simulator.loader.diagnostics import did_you_mean, one_of
from simulator.moves import Move
from simulator.phases import Phase
from simulator.scenario import Condition

KINDS = list(REGISTRY)
# More nesting than this is unreadable for people and only risks exhausting recursion.
MAX_NESTING = 12
_REFERENCES = {ArgKind.NEED: "need", ArgKind.OBJECTION: "objection", ArgKind.SIGNAL: "buying signal"}


def read_condition(
    c: Checker, node: Node, where: str, ids: Mapping[ArgKind, Mapping[str, object]], depth: int = 0
) -> Condition | None:
    """One condition mapping, or None after reporting why it is not one."""
    if isinstance(node, ScalarNode) and node.value in REGISTRY:
        c.error(node, f"{where}: a condition is written as 'kind: value'",
                hint=f"for example {{{node.value}: {_example(REGISTRY[node.value].arg)}}}", code="SC204")
        return None
    if isinstance(node, ScalarNode) and id(node) not in c.rejected:
        _unknown_kind(c, node, node.value, where)
        return None
    if not isinstance(node, MappingNode) or not node.value:
        c.wrong(node, where, "a condition like {interest_at_least: 60}")
        return None
    if len(node.value) > 1:
        c.error(node, f"{where}: a condition has exactly one kind, this one has {len(node.value)}",
                hint="to require several conditions, list them under 'all:' (or 'any:' for one of them)", code="SC204")
        return None
    key_node, value_node = node.value[0]
    kind = key_node.value if isinstance(key_node, ScalarNode) else None
    if kind not in REGISTRY:
        _unknown_kind(c, key_node, kind, where)
        return None
    if depth >= MAX_NESTING:
        c.error(key_node, f"{where}: conditions are nested more than {MAX_NESTING} levels deep", code="SC205")
        return None
    inner = f"{where} → {kind}"
    arg = REGISTRY[kind].arg
    if arg is ArgKind.CONDITIONS:
        items = c.sequence(value_node, inner, "a list of conditions")
        if items is None:
            return None
        if not items:
            c.error(value_node, f"{inner} is an empty list", expected="at least one condition", code="SC109")
            return None
        children = [read_condition(c, item, inner, ids, depth + 1) for item in items]
        if None in children:
            return None
        return Condition(kind, None, tuple(child for child in children if child))
    if arg is ArgKind.CONDITION:
        child = read_condition(c, value_node, inner, ids, depth + 1)
        return Condition(kind, None, (child,)) if child else None
    value = _argument(c, value_node, inner, arg, ids)
    return None if value is None else Condition(kind, value)


def _argument(
    c: Checker, node: Node, where: str, arg: ArgKind, ids: Mapping[ArgKind, Mapping[str, object]]
) -> object | None:
    if arg is ArgKind.TRUE:
        if isinstance(node, ScalarNode) and node.tag.endswith(":bool") and node.value.lower() == "true":
            return True
        c.wrong(node, where, "true")
        return None
    if arg is ArgKind.LEVEL:
        return c.integer(node, where, 0, 100)
    if arg is ArgKind.COUNT:
        return c.integer(node, where, 0)
    if arg is ArgKind.PHASE:
        phase = c.choice(node, where, Phase)
        return None if phase is None else phase.value
    if arg is ArgKind.MOVE:
        move = c.choice(node, where, Move)
        return None if move is None else move.value
    return c.reference(node, where, _REFERENCES[arg], ids[arg])


def _unknown_kind(c: Checker, node: Node, kind: str | None, where: str) -> None:
    if kind is None:
        c.wrong(node, where, "a condition like {interest_at_least: 60}")
    elif any(ch in kind for ch in ".()/:"):
        c.error(node, f"{where}: '{kind}' is not a condition; conditions are data from a fixed list, not program code",
                expected=one_of(KINDS), code="SC203")
    else:
        c.error(node, f"{where}: unknown condition '{kind}'", expected=one_of(KINDS), hint=did_you_mean(kind, KINDS), code="SC202")


def _example(arg: ArgKind) -> str:
    return {ArgKind.TRUE: "true", ArgKind.LEVEL: "60", ArgKind.COUNT: "2", ArgKind.PHASE: "negotiation",
            ArgKind.MOVE: "price"}.get(arg, "…")
