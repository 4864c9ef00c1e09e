"""Field-by-field readers that turn a scenario's node tree into `simulator.scenario` dataclasses.

Each key lists its reader and whether it is required; readers report problems and return None,
so one pass finds every problem in the file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.conditions import ArgKind
from simulator.loader.checker import Checker
from simulator.loader.conditions import read_condition
from simulator.loader.defaults import builtin, merge_responses
from simulator.loader.golden import GoldenCase, read_tests
from simulator.loader.lines import read_endings, read_lines, read_responses
from simulator.scenario import (
    FORMAT_VERSION,
    Briefing,
    BuyingSignal,
    CallRules,
    Condition,
    Endings,
    Feature,
    Language,
    Need,
    Objection,
    ObjectionKind,
    Offer,
    Persona,
    Price,
    Responses,
    Scenario,
    Strength,
    Temperament,
)

T = TypeVar("T")
Read = Callable[[Node, str], Any]
Keys = Mapping[str, tuple[Read, bool]]
TOP = "the scenario"
REQUIRED, OPTIONAL = True, False


def read_scenario(c: Checker, root: MappingNode) -> Scenario | None:
    """The whole scenario, or None when `c` has recorded problems."""
    return _Reader(c, root).scenario(root)


def _id_of(entry: Node) -> ScalarNode | None:
    """The node of an entry's `id:` value, if it has one."""
    if isinstance(entry, MappingNode):
        for key, value in entry.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                return value
    return None


def _peek_ids(node: Node | None) -> dict[str, Node]:
    """The ids written in a list section, so references can be checked before it is read."""
    ids: dict[str, Node] = {}
    for entry in node.value if isinstance(node, SequenceNode) else ():
        id_node = _id_of(entry)
        if id_node is not None:
            ids.setdefault(id_node.value, id_node)
    return ids


def _join(where: str, key: str) -> str:
    return key if where == TOP else f"{where} → {key}"


class _Reader:
    def __init__(self, c: Checker, root: MappingNode) -> None:
        self.c = c
        top = {key.value: value for key, value in root.value if isinstance(key, ScalarNode)}
        self.ids: dict[ArgKind, Mapping[str, object]] = {
            ArgKind.NEED: _peek_ids(top.get("needs")),
            ArgKind.OBJECTION: _peek_ids(top.get("objections")),
            ArgKind.SIGNAL: _peek_ids(top.get("buying_signals")),
        }

    def section(self, node: Node, where: str, make: Callable[..., T], keys: Keys) -> T | None:
        """A mapping whose keys become keyword arguments of `make`."""
        required = [key for key, (_, needed) in keys.items() if needed]
        found = self.c.mapping(node, where, list(keys), required)
        if found is None:
            return None
        values = {key: keys[key][0](value, _join(where, key)) for key, value in found.items()}
        if None in values.values() or any(key not in values for key in required):
            return None
        return make(**values)

    def items(self, node: Node, where: str, what: str, read: Read, non_empty: bool) -> tuple[Any, ...] | None:
        """A list of entries with ids; ids must be unique within the list."""
        expected = f"a list of {what}s, each starting with '- id: …'"
        entries = self.c.sequence(node, where, expected)
        if entries is None:
            return None
        if non_empty and not entries:
            self.c.error(node, f"{where} is an empty list", expected, code="SC109")
            return None
        seen: dict[str, Node] = {}
        built = []
        for index, entry in enumerate(entries, 1):
            id_node = _id_of(entry)
            ident = id_node.value if id_node is not None else None
            if id_node is not None and id_node.value in seen:
                first = seen[id_node.value].start_mark.line + 1
                self.c.error(id_node, f"the {what} id '{ident}' is used twice (first on line {first})",
                             hint="every id in a list must be different", code="SC106")
                built.append(None)
            elif id_node is not None:
                seen[id_node.value] = id_node
            built.append(read(entry, f"{where} → {ident or f'item {index}'}"))
        return None if None in built else tuple(built)

    def scenario(self, node: MappingNode) -> Scenario | None:
        c = self.c
        return self.section(node, TOP, self._scenario, {
            "format": (self.format, REQUIRED),
            "id": (c.ident, REQUIRED),
            "title": (c.text, REQUIRED),
            "language": (lambda n, w: c.choice(n, w, Language), REQUIRED),
            "difficulty": (lambda n, w: c.integer(n, w, 1, 5), REQUIRED),
            "summary": (c.text, REQUIRED),
            "briefing": (self.briefing, REQUIRED),
            "customer": (self.customer, REQUIRED),
            "offer": (self.offer, REQUIRED),
            "needs": (lambda n, w: self.items(n, w, "need", self.need, non_empty=True), REQUIRED),
            "objections": (lambda n, w: self.items(n, w, "objection", self.objection, non_empty=False), OPTIONAL),
            "buying_signals": (lambda n, w: self.items(n, w, "buying signal", self.signal, non_empty=False), OPTIONAL),
            "responses": (lambda n, w: read_responses(c, n, w), OPTIONAL),
            "endings": (lambda n, w: read_endings(c, n, w), OPTIONAL),
            "rules": (self.rules, OPTIONAL),
            "tests": (self.tests, OPTIONAL),
        })

    def _scenario(self, **values: Any) -> Scenario | None:
        """Merge the built-in lines for the language under the scenario's own, then assemble."""
        default_table, default_endings = builtin(values["language"])
        responses = merge_responses(default_table, values.pop("responses", {}))
        endings = {**default_endings, **values.pop("endings", {})}
        if self.c.diagnostics:
            return None
        values.pop("tests", None)  # golden tests are run by `salescall test`, not part of the call
        values["signals"] = values.pop("buying_signals", ())
        values.setdefault("objections", ())
        return Scenario(**values, responses=Responses(responses), endings=Endings(**endings))

    def format(self, node: Node, where: str) -> int | None:
        expected = f"format: {FORMAT_VERSION}"
        if not (isinstance(node, ScalarNode) and node.tag.endswith(":int") and node.value.isdigit()):
            self.c.wrong(node, where, expected)
            return None
        version = int(node.value)
        if version != FORMAT_VERSION:
            self.c.error(node, f"this file uses format {version}, but this version of salescall reads format "
                               f"{FORMAT_VERSION}", expected=expected, code="SC107")
            return None
        return version

    def briefing(self, node: Node, where: str) -> Briefing | None:
        c = self.c
        return self.section(node, where, Briefing, {
            "situation": (c.text, REQUIRED),
            "goal": (c.text, REQUIRED),
            "known": (lambda n, w: c.texts(n, w, non_empty=False), OPTIONAL),
        })

    def customer(self, node: Node, where: str) -> Persona | None:
        c = self.c

        def level(n: Node, w: str) -> int | None:
            return c.integer(n, w, 0, 100)

        def at_least_one(n: Node, w: str) -> int | None:
            return c.integer(n, w, 1)

        return self.section(node, where, Persona, {
            "name": (c.text, REQUIRED),
            "role": (c.text, REQUIRED),
            "company": (c.text, REQUIRED),
            "temperament": (lambda n, w: c.choice(n, w, Temperament), OPTIONAL),
            "trust": (level, OPTIONAL),
            "interest": (level, OPTIONAL),
            "patience": (level, OPTIONAL),
            "buys_at": (level, OPTIONAL),
            "tolerance": (at_least_one, OPTIONAL),
            "max_refusals": (at_least_one, OPTIONAL),
        })

    def offer(self, node: Node, where: str) -> Offer | None:
        return self.section(node, where, Offer, {
            "product": (self.c.text, REQUIRED),
            "price": (self.price, REQUIRED),
            "features": (lambda n, w: self.items(n, w, "feature", self.feature, non_empty=True), REQUIRED),
        })

    def price(self, node: Node, where: str) -> Price | None:
        c = self.c
        price = self.section(node, where, Price, {
            "amount": (c.amount, REQUIRED),
            "currency": (c.text, REQUIRED),
            "unit": (c.text, OPTIONAL),
            "terms": (c.text, OPTIONAL),
            "floor": (c.amount, OPTIONAL),
        })
        if price is not None and price.floor is not None and price.floor > price.amount:
            floor_node = next(value for key, value in node.value if getattr(key, "value", None) == "floor")
            c.error(floor_node, f"{where} → floor: the lowest price ({price.floor:g}) is above the price "
                                f"({price.amount:g})", expected=f"a floor from above 0 up to {price.amount:g}", code="SC108")
            return None
        return price

    def feature(self, node: Node, where: str) -> Feature | None:
        c = self.c
        return self.section(node, where, Feature, {
            "id": (c.ident, REQUIRED),
            "name": (c.text, REQUIRED),
            "keywords": (c.texts, REQUIRED),
            "needs": (self.need_ids, OPTIONAL),
        })

    def need_ids(self, node: Node, where: str) -> tuple[str, ...] | None:
        items = self.c.sequence(node, where, "a list of need ids, like [data_loss]")
        if items is None:
            return None
        found = [self.c.reference(item, where, "need", self.ids[ArgKind.NEED]) for item in items]
        return None if None in found else tuple(ref for ref in found if ref)

    def need(self, node: Node, where: str) -> Need | None:
        c = self.c
        return self.section(node, where, Need, {
            "id": (c.ident, REQUIRED),
            "label": (c.text, REQUIRED),
            "topics": (c.texts, REQUIRED),
            "reveal": (self.lines, REQUIRED),
            "benefits": (c.texts, REQUIRED),
            "hints": (self.lines, OPTIONAL),
        })

    def objection(self, node: Node, where: str) -> Objection | None:
        c = self.c
        return self.section(node, where, Objection, {
            "id": (c.ident, REQUIRED),
            "kind": (lambda n, w: c.choice(n, w, ObjectionKind), OPTIONAL),
            "trigger": (self.condition, REQUIRED),
            "says": (self.lines, REQUIRED),
            "real_reason": (self.lines, REQUIRED),
            "resolved_by": (c.texts, REQUIRED),
            "resolved_says": (self.lines, REQUIRED),
            "argued_says": (self.lines, OPTIONAL),
        })

    def signal(self, node: Node, where: str) -> BuyingSignal | None:
        c = self.c
        return self.section(node, where, BuyingSignal, {
            "id": (c.ident, REQUIRED),
            "strength": (lambda n, w: c.choice(n, w, Strength), REQUIRED),
            "when": (self.condition, REQUIRED),
            "says": (self.lines, REQUIRED),
        })

    def rules(self, node: Node, where: str) -> CallRules | None:
        c = self.c
        return self.section(node, where, CallRules, {
            "max_turns": (lambda n, w: c.integer(n, w, 5, 200), OPTIONAL),
            "window_moves": (lambda n, w: c.integer(n, w, 1), OPTIONAL),
            "window_turns": (lambda n, w: c.integer(n, w, 1), OPTIONAL),
            "trial_close_at": (lambda n, w: c.integer(n, w, 0, 100), OPTIONAL),
        })

    def tests(self, node: Node, where: str) -> tuple[GoldenCase, ...] | None:
        source = Path(self.c.source)
        return read_tests(self.c, node, where, source.parent if source.is_file() else None)

    def lines(self, node: Node, where: str) -> tuple[str, ...] | None:
        return read_lines(self.c, node, where)

    def condition(self, node: Node, where: str) -> Condition | None:
        return read_condition(self.c, node, where, self.ids)
