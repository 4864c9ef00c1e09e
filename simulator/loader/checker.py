"""Typed readers over YAML nodes: each returns a value, or records a problem and returns None.

Returning None (never raising) lets the loader go on and report every problem in a file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from enum import StrEnum
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.loader.codes import severity_of
from simulator.loader.diagnostics import Diagnostic, ScenarioError, did_you_mean, one_of
from simulator.loader.yaml_nodes import TAG, compose, is_null, kind_of, position

E = TypeVar("E", bound=StrEnum)
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")


class Checker:
    """Collects diagnostics for one file and reads plain values out of its nodes."""

    def __init__(self, source: str, text: str, rejected: Collection[int] = ()) -> None:
        self.source = source
        self.source_text = text
        self.rejected = rejected
        self.diagnostics: list[Diagnostic] = []

    @classmethod
    def open(cls, text: str, source: str, what: str) -> tuple[Checker, MappingNode]:
        """Parse `text` and return its top-level mapping; an unreadable or empty file raises at once."""
        document = compose(text, source)
        checker = cls(source, text, document.rejected)
        checker.diagnostics.extend(document.problems)
        root = document.root
        if isinstance(root, MappingNode):
            return checker, root
        if root is not None:
            checker.error(root, f"a {what} is a group of 'key: value' lines, but this file holds {kind_of(root)}",
                          hint="start with 'format: 1' at the very left of the first line", code="SC017")
        elif not document.problems:
            checker.at(1, 1, "the file is empty", hint=f"a {what} starts with 'format: 1'", code="SC017")
        raise checker.failure()

    def failure(self) -> ScenarioError:
        """Every problem found so far, in file order."""
        return ScenarioError(sorted(self.diagnostics, key=lambda d: (d.line, d.column)))

    def error(
        self, node: Node, message: str, expected: str | None = None, hint: str | None = None, *, code: str
    ) -> None:
        self.at(*position(node.start_mark), message, expected, hint, code=code)

    def at(
        self, line: int, column: int, message: str, expected: str | None = None, hint: str | None = None, *, code: str
    ) -> None:
        self.diagnostics.append(Diagnostic(self.source, line, column, message, expected, hint, code, severity_of(code)))

    def wrong(self, node: Node, where: str, expected: str, hint: str | None = None) -> None:
        """A value of the wrong kind: say what was found and what belongs there."""
        if id(node) not in self.rejected:
            self.error(node, f"wrong value for {where}: found {kind_of(node)}", expected, hint, code="SC104")

    def mapping(
        self, node: Node, where: str, allowed: Sequence[str], required: Collection[str] = ()
    ) -> dict[str, Node] | None:
        """The keys of a mapping, with unknown, missing and empty keys reported."""
        if not isinstance(node, MappingNode):
            self.wrong(node, where, "a group of 'key: value' lines, one per line and indented below " + where)
            return None
        found: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or id(key_node) in self.rejected:
                self.wrong(key_node, where, "a key name followed by ':'")
                continue
            key = key_node.value
            if key not in allowed:
                self.error(key_node, f"unknown key '{key}' in {where}",
                           expected=one_of(allowed), hint=did_you_mean(key, allowed), code="SC101")
            elif key in found:
                continue  # reported as a duplicate while reading the YAML
            elif is_null(value_node) and id(value_node) not in self.rejected:
                if key in required:
                    self.error(key_node, f"'{key}' in {where} is empty", code="SC103")
                found.setdefault(key, value_node)
            else:
                found[key] = value_node
        missing = [f"'{key}'" for key in required if key not in found]
        if len(missing) == 1:
            self.error(node, f"{where} is missing the required key {missing[0]}", code="SC102")
        elif missing:
            self.error(node, f"{where} is missing the required keys {', '.join(missing[:-1])} and {missing[-1]}", code="SC102")
        return {key: value for key, value in found.items() if not is_null(value)}

    def sequence(self, node: Node, where: str, expected: str) -> list[Node] | None:
        if not isinstance(node, SequenceNode):
            self.wrong(node, where, expected, hint="write a list as [a, b] or as lines starting with '- '")
            return None
        return list(node.value)

    def text(self, node: Node, where: str) -> str | None:
        """Any scalar as the trainer wrote it (so `says: No` stays the word, not a yes/no value)."""
        if not isinstance(node, ScalarNode) or is_null(node) or id(node) in self.rejected:
            hint = None
            if isinstance(node, MappingNode) and node.flow_style:
                hint = "a text that starts with { (like {{ seller }}) must be in quotes"
            elif isinstance(node, SequenceNode) and node.flow_style:
                hint = "a text that starts with [ must be in quotes"
            self.wrong(node, where, "a text", hint)
            return None
        if not node.value.strip():
            self.error(node, f"{where} is empty", code="SC103")
            return None
        return node.value.strip()

    def texts(self, node: Node, where: str, non_empty: bool = True) -> tuple[str, ...] | None:
        """A list of short texts, e.g. keywords."""
        expected = "a list of words or phrases" + (" (at least one)" if non_empty else "")
        items = self.sequence(node, where, expected)
        if items is None:
            return None
        if non_empty and not items:
            self.error(node, f"{where} is an empty list", expected, code="SC109")
            return None
        values = [self.text(item, where) for item in items]
        return None if None in values else tuple(v for v in values if v is not None)

    def integer(self, node: Node, where: str, low: int, high: int | None = None) -> int | None:
        expected = f"a whole number from {low} to {high}" if high is not None else f"a whole number, {low} or more"
        if not isinstance(node, ScalarNode) or node.tag != TAG + "int" or id(node) in self.rejected:
            hint = "remove the quotes around the number" if _quoted_int(node) else None
            self.wrong(node, where, expected, hint)
            return None
        digits = node.value.replace("_", "")
        try:
            value = int(digits) if re.fullmatch(r"[-+]?[0-9]+", digits) else None
        except ValueError:  # thousands of digits
            value = None
        if value is None or value < low or (high is not None and value > high):
            self.wrong(node, where, expected)
            return None
        return value

    def amount(self, node: Node, where: str) -> float | None:
        """A positive money amount; whole or with decimals."""
        expected = "an amount greater than 0, like 189 or 189.50"
        if not isinstance(node, ScalarNode) or node.tag not in (TAG + "int", TAG + "float") or id(node) in self.rejected:
            hint = "write the currency under 'currency:', not with the amount" if _has_digits(node) else None
            self.wrong(node, where, expected, hint)
            return None
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value <= 0:
            self.wrong(node, where, expected)
            return None
        return value

    def choice(self, node: Node, where: str, enum: type[E]) -> E | None:
        allowed = [member.value for member in enum]
        word = node.value if isinstance(node, ScalarNode) and id(node) not in self.rejected else None
        if word not in allowed:
            hint = did_you_mean(word, allowed) if isinstance(word, str) else None
            self.wrong(node, where, one_of(allowed), hint)
            return None
        return enum(word)

    def ident(self, node: Node, where: str) -> str | None:
        """An id: lowercase letters, digits, '-' and '_' so it can be referred to safely."""
        value = self.text(node, where)
        if value is not None and not ID_PATTERN.fullmatch(value):
            suggestion = re.sub(r"[^a-z0-9_-]+", "_", value.lower()).strip("_-")
            self.error(node, f"{where}: '{value}' cannot be used as an id",
                       expected="lowercase letters, digits, '-' and '_', starting with a letter or digit",
                       hint=f"for example '{suggestion}'" if ID_PATTERN.fullmatch(suggestion) else None, code="SC105")
            return None
        return value

    def reference(self, node: Node, where: str, what: str, defined: Mapping[str, object]) -> str | None:
        """An id that must be defined elsewhere in the scenario."""
        value = self.text(node, where)
        if value is None or value in defined:
            return value
        expected = one_of(list(defined)) if defined else None
        hint = did_you_mean(value, defined) or (None if defined else f"this scenario defines no {what}s")
        self.error(node, f"{where} refers to the {what} '{value}', which is not defined", expected, hint, code="SC201")
        return None


def _quoted_int(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.style in ("'", '"') and node.value.strip().isdigit()


def _has_digits(node: Node) -> bool:
    return isinstance(node, ScalarNode) and any(ch.isdigit() for ch in node.value)
