"""Customer lines: one line or a list of variants, each a checked template; `responses:` and `endings:`.

Shared by scenario files and the built-in defaults files, which use the same shape.
"""

from __future__ import annotations

from dataclasses import fields

from yaml.nodes import Node, ScalarNode, SequenceNode

from simulator.loader.checker import Checker
from simulator.loader.template_check import check_line
from simulator.phases import Phase
from simulator.reactions import Reaction
from simulator.scenario import Endings

SCOPES = ("any", *(phase.value for phase in Phase))
REACTIONS = tuple(reaction.value for reaction in Reaction)
ENDINGS = tuple(f.name for f in fields(Endings))

Table = dict[str, dict[str, tuple[str, ...]]]


def read_lines(c: Checker, node: Node, where: str) -> tuple[str, ...] | None:
    """A line, or a list of variants the customer picks from; every one is a checked template."""
    items = node.value if isinstance(node, SequenceNode) else [node]
    if not items:
        c.error(node, f"{where} is an empty list", expected="at least one line", code="SC109")
        return None
    lines = []
    for item in items:
        text = c.text(item, where)
        if text is not None and isinstance(item, ScalarNode) and check_line(c, item, where):
            lines.append(text)
    return tuple(lines) if len(lines) == len(items) else None


def read_responses(c: Checker, node: Node, where: str = "responses") -> Table | None:
    """`responses:` — scope ("any" or a phase) → reaction → lines."""
    scopes = c.mapping(node, where, SCOPES)
    if scopes is None:
        return None
    table: Table = {}
    for scope, scope_node in scopes.items():
        reactions = c.mapping(scope_node, f"{where} → {scope}", REACTIONS)
        if reactions is None:
            continue
        table[scope] = {}
        for key, lines_node in reactions.items():
            lines = read_lines(c, lines_node, f"{where} → {scope} → {key}")
            if lines is not None:
                table[scope][key] = lines
    return table


def read_endings(c: Checker, node: Node, where: str = "endings") -> dict[str, tuple[str, ...]] | None:
    """`endings:` — how the call ends → lines."""
    endings = c.mapping(node, where, ENDINGS)
    if endings is None:
        return None
    read = {key: read_lines(c, value, f"{where} → {key}") for key, value in endings.items()}
    return {key: lines for key, lines in read.items() if lines is not None}
