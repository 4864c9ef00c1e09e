"""Read YAML text into a node tree that keeps every value's position, safely.

Nothing is ever constructed into Python objects: the loader walks nodes. Custom tags (the way
YAML names Python code), aliases, duplicate keys and syntax errors become located problems.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.loader.diagnostics import Diagnostic

TAG = "tag:yaml.org,2002:"
STANDARD_TAGS = frozenset(TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map"))
NULL = TAG + "null"
# Deeper nesting than this is never a scenario; it only exhausts Python's recursion.
MAX_DEPTH = 60


@dataclass(frozen=True)
class Document:
    """The root node (None for an empty file), problems found while reading, and nodes to skip."""

    root: Node | None
    problems: tuple[Diagnostic, ...]
    rejected: frozenset[int]


def position(mark: yaml.Mark) -> tuple[int, int]:
    """1-based (line, column) of a PyYAML mark."""
    return mark.line + 1, mark.column + 1


class _Composer(yaml.SafeLoader):
    """SafeLoader's composer, recording aliases, foreign tags and duplicate keys instead of using them."""

    def __init__(self, text: str, source: str, problems: list[Diagnostic], rejected: set[int]) -> None:
        super().__init__(text)
        self.source = source
        self.problems = problems
        self.rejected = rejected
        self.depth = 0

    def report(self, mark: yaml.Mark, message: str, hint: str | None = None) -> None:
        self.problems.append(Diagnostic(self.source, *position(mark), message, hint=hint))

    def resolve(self, kind: type[Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        """Untagged values are text, numbers, yes/no or empty; dates and '<<' stay plain text."""
        tag = super().resolve(kind, value, implicit)
        return tag if tag in STANDARD_TAGS else TAG + "str"

    def compose_node(self, parent: Node | None, index: object) -> Node:
        if self.check_event(AliasEvent):
            event = self.get_event()
            self.report(
                event.start_mark,
                f"'*{event.anchor}' is read by YAML as a reference to another value",
                hint='a line that starts with * (a stage direction) must be in quotes, e.g. "*nickt*"',
            )
            node = ScalarNode(NULL, "", event.start_mark, event.end_mark)
            self.rejected.add(id(node))
            return node
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise yaml.YAMLError("too deep")
        node = super().compose_node(parent, index)
        self.depth -= 1
        if node.tag not in STANDARD_TAGS:
            shown = node.tag.replace(TAG, "!!")
            self.report(
                node.start_mark,
                f"tags are not allowed in scenario files: '{shown}'",
                hint="a scenario holds only text, numbers, lists and keys; remove the part starting with '!'",
            )
            self.rejected.add(id(node))
        return node

    def compose_mapping_node(self, anchor: str | None) -> MappingNode:
        node = super().compose_mapping_node(anchor)
        seen: dict[str, yaml.Mark] = {}
        for key, _ in node.value:
            if not isinstance(key, ScalarNode):
                continue
            if key.value in seen:
                first = seen[key.value].line + 1
                self.report(key.start_mark, f"'{key.value}' appears twice here (first on line {first})",
                            hint="keep only one of them; YAML would silently drop the first")
            else:
                seen[key.value] = key.start_mark
        return node


def _explain(error: yaml.MarkedYAMLError) -> tuple[yaml.Mark | None, str, str | None]:
    """A plain explanation (and the best mark) for PyYAML's technical message."""
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark
    if "'\\t'" in problem:
        return mark, "tabs are not allowed for indentation; use spaces", None
    if problem.startswith("mapping values are not allowed"):
        return mark, "this value contains ': ', which YAML reads as the start of a new key", \
            'put the whole value in quotes, e.g. says: "Preis: 189 Euro"'
    if problem.startswith("could not find expected ':'"):
        return error.context_mark or mark, "this line is not a 'key: value' line", \
            "add the missing ':' or indent the line like the lines around it"
    if problem.startswith("found unexpected end of stream") and "quoted" in context:
        return error.context_mark or mark, "a quote opened here is never closed", None
    if problem.startswith("found unknown escape character"):
        return mark, "inside double quotes a backslash (\\) starts a special character", \
            "write \\\\ for a backslash, or use single quotes"
    if "alias" in context or "anchor" in context:
        return mark, "a value that starts with * or & must be in quotes", 'e.g. says: "*nickt zustimmend*"'
    if problem.startswith("found character") and "cannot start any token" in problem:
        return mark, f"a value cannot start with {problem.split()[2]}", "put the whole value in quotes"
    if "<block mapping start>" in problem or "'-'" in problem:
        return mark, "the indentation of this line does not line up with the lines above", \
            "indent keys of the same group by the same number of spaces"
    if problem.startswith("expected <block end>"):
        return mark, "unexpected text after a value", \
            "a value that starts with a quote, [ or { must end there; put the whole line in double quotes"
    if "another document" in problem:
        return mark, "a scenario file holds one scenario; this second '---' starts another", \
            "remove the '---' line, or move the second scenario to its own file"
    return mark, f"this is not valid YAML: {problem or context}", None


def _located(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def compose(text: str, source: str) -> Document:
    """Parse one YAML document into nodes without constructing any Python object."""
    problems: list[Diagnostic] = []
    rejected: set[int] = set()
    root: Node | None = None
    try:
        composer = _Composer(text, source, problems, rejected)  # checks every character first
        root = composer.get_single_node()
        composer.dispose()
    except yaml.MarkedYAMLError as error:
        mark, message, hint = _explain(error)
        line, column = position(mark) if mark else (1, 1)
        if not any(p.line == line for p in problems):
            problems.append(Diagnostic(source, line, column, message, hint=hint))
    except yaml.reader.ReaderError as error:
        line, column = _located(text, error.position)
        problems.append(Diagnostic(
            source, line, column,
            f"the file contains a special character (U+{error.character:04X}) that is not allowed",
            hint="delete it; it often comes from copying text out of another program",
        ))
    except (yaml.YAMLError, RecursionError):
        problems.append(Diagnostic(
            source, 1, 1, f"the file is nested more than {MAX_DEPTH} levels deep", hint="this is not a scenario file",
        ))
    return Document(root, tuple(problems), frozenset(rejected))


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == NULL


def kind_of(node: Node) -> str:
    """How a trainer would describe what they wrote."""
    if isinstance(node, MappingNode):
        return "a group of 'key: value' lines"
    if isinstance(node, SequenceNode):
        return "a list"
    if is_null(node):
        return "nothing"
    value = node.value if len(node.value) <= 40 else node.value[:37] + "…"
    value = value.replace("\n", "\\n")
    if node.tag == TAG + "bool":
        return f"'{value}' (YAML reads this as yes/no)"
    return f"'{value}'"
