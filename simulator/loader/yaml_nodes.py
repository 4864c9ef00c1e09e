"""Read YAML text into a node tree that keeps every value's position, safely.

Nothing is ever constructed into Python objects: the loader walks nodes. Custom tags (the way
YAML names Python code), aliases, duplicate keys and syntax errors become located problems.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from yaml.cyaml import CParser
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


class _Checks:
    """Composer hooks recording aliases, foreign tags and duplicate keys instead of using them."""

    source: str
    problems: list[Diagnostic]
    rejected: set[int]
    depth: int

    def setup(self, source: str, problems: list[Diagnostic], rejected: set[int]) -> None:
        self.source = source
        self.problems = problems
        self.rejected = rejected
        self.depth = 0

    def report(self, mark: yaml.Mark, message: str, hint: str | None, code: str) -> None:
        self.problems.append(Diagnostic(self.source, *position(mark), message, hint=hint, code=code))

    def resolve(self, kind: type[Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        """Untagged values are text, numbers, yes/no or empty; dates and '<<' stay plain text."""
        tag = super().resolve(kind, value, implicit)
        return tag if tag in STANDARD_TAGS else TAG + "str"

    def compose_node(self, parent: Node | None, index: object) -> Node:  # type: ignore[misc]
        if self.check_event(AliasEvent):
            event = self.get_event()
            self.report(
                event.start_mark,
                f"'*{event.anchor}' is read by YAML as a reference to another value",
                hint='a line that starts with * (a stage direction) must be in quotes, e.g. "*nickt*"',
                code="SC006",
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
                code="SC016",
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
                            hint="keep only one of them; YAML would silently drop the first", code="SC015")
            else:
                seen[key.value] = key.start_mark
        return node


class _Composer(_Checks, yaml.SafeLoader):
    """The pure-Python reader: slower, but its error messages are the ones `_explain` translates."""

    def __init__(self, text: str, source: str, problems: list[Diagnostic], rejected: set[int]) -> None:
        yaml.SafeLoader.__init__(self, text)
        self.setup(source, problems, rejected)


class _FastComposer(_Checks, yaml.composer.Composer, yaml.resolver.Resolver, CParser):  # type: ignore[misc]
    """The same hooks over libyaml's parser; used for files that read without a YAML error."""

    def __init__(self, text: str, source: str, problems: list[Diagnostic], rejected: set[int]) -> None:
        CParser.__init__(self, text)
        yaml.composer.Composer.__init__(self)
        yaml.resolver.Resolver.__init__(self)
        self.setup(source, problems, rejected)


def _explain(error: yaml.MarkedYAMLError) -> tuple[yaml.Mark | None, str, str | None, str]:
    """A plain explanation (and the best mark) for PyYAML's technical message."""
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark
    if "'\\t'" in problem:
        return mark, "tabs are not allowed for indentation; use spaces", None, "SC001"
    if problem.startswith("mapping values are not allowed"):
        return mark, "this value contains ': ', which YAML reads as the start of a new key", \
            'put the whole value in quotes, e.g. says: "Preis: 189 Euro"', "SC002"
    if problem.startswith("could not find expected ':'"):
        return error.context_mark or mark, "this line is not a 'key: value' line", \
            "add the missing ':' or indent the line like the lines around it", "SC003"
    if problem.startswith("found unexpected end of stream") and "quoted" in context:
        return error.context_mark or mark, "a quote opened here is never closed", None, "SC004"
    if problem.startswith("found unknown escape character"):
        return mark, "inside double quotes a backslash (\\) starts a special character", \
            "write \\\\ for a backslash, or use single quotes", "SC005"
    if "alias" in context or "anchor" in context:
        return mark, "a value that starts with * or & must be in quotes", 'e.g. says: "*nickt zustimmend*"', "SC006"
    if problem.startswith("found character") and "cannot start any token" in problem:
        return mark, f"a value cannot start with {problem.split()[2]}", "put the whole value in quotes", "SC007"
    if "<block mapping start>" in problem or "'-'" in problem:
        return mark, "the indentation of this line does not line up with the lines above", \
            "indent keys of the same group by the same number of spaces", "SC008"
    if problem.startswith("expected <block end>"):
        return mark, "unexpected text after a value", \
            "a value that starts with a quote, [ or { must end there; put the whole line in double quotes", "SC009"
    if "another document" in problem:
        return mark, "a scenario file holds one scenario; this second '---' starts another", \
            "remove the '---' line, or move the second scenario to its own file", "SC010"
    return mark, f"this is not valid YAML: {problem or context}", None, "SC011"


def _located(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def _tab_indents(text: str, source: str) -> list[Diagnostic]:
    """Every line indented with a tab; YAML itself stops at the first, or sometimes accepts one silently."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            found.append(Diagnostic(source, number, indent.index("\t") + 1,
                                    "tabs are not allowed for indentation; use spaces",
                                    hint="replace the tab with spaces (most editors can 'convert tabs to spaces')",
                                    code="SC001"))
    return found


def _compose_fast(text: str, source: str, problems: list[Diagnostic], rejected: set[int]) -> Document | None:
    """libyaml is several times faster; on any YAML problem return None so the Python reader explains it."""
    if not getattr(yaml, "__with_libyaml__", False):
        return None
    if yaml.reader.Reader.NON_PRINTABLE.search(text):  # the Python reader names the character and its place
        return None
    try:
        composer = _FastComposer(text, source, problems, rejected)
        root = composer.get_single_node()
        composer.dispose()
    except (yaml.YAMLError, RecursionError):
        rejected.clear()
        return None
    return Document(root, tuple(problems), frozenset(rejected))


def compose(text: str, source: str) -> Document:
    """Parse one YAML document into nodes without constructing any Python object."""
    problems: list[Diagnostic] = list(_tab_indents(text, source))
    rejected: set[int] = set()
    fast = _compose_fast(text, source, list(problems), rejected)
    if fast is not None:
        return fast
    root: Node | None = None
    try:
        composer = _Composer(text, source, problems, rejected)  # checks every character first
        root = composer.get_single_node()
        composer.dispose()
    except yaml.MarkedYAMLError as error:
        mark, message, hint, code = _explain(error)
        line, column = position(mark) if mark else (1, 1)
        if not any(p.line == line for p in problems):
            problems.append(Diagnostic(source, line, column, message, hint=hint, code=code))
    except yaml.reader.ReaderError as error:
        line, column = _located(text, error.position)
        problems.append(Diagnostic(
            source, line, column,
            f"the file contains a special character (U+{error.character:04X}) that is not allowed",
            hint="delete it; it often comes from copying text out of another program", code="SC013",
        ))
    except (yaml.YAMLError, RecursionError):
        problems.append(Diagnostic(
            source, 1, 1, f"the file is nested more than {MAX_DEPTH} levels deep", hint="this is not a scenario file",
            code="SC014",
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
