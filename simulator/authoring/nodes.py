"""Find values in a scenario's YAML node tree by path, so warnings point at the line that causes them."""

from __future__ import annotations

from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from simulator.loader.yaml_nodes import position


def child(node: Node | None, key: str) -> Node | None:
    """The value under `key` in a mapping, or the list entry whose `id` is `key`."""
    if isinstance(node, MappingNode):
        for key_node, value in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == key:
                return value
    if isinstance(node, SequenceNode):
        for entry in node.value:
            if child(entry, "id") is not None and getattr(child(entry, "id"), "value", None) == key:
                return entry
    return None


def find(root: Node | None, path: Sequence[str]) -> Node | None:
    node = root
    for key in path:
        node = child(node, key)
    return node


def where(root: Node | None, path: Sequence[str]) -> tuple[int, int]:
    """(line, column) of the deepest node on `path` that exists; (1, 1) when nothing does."""
    best: Node | None = None
    node = root
    for key in path:
        node = child(node, key)
        if node is None:
            break
        best = node
    return position(best.start_mark) if best is not None else (1, 1)


def plain(node: Node | None) -> object:
    """The node tree as plain data (every scalar stays text): enough for graphs of broken files."""
    if isinstance(node, MappingNode):
        return {getattr(k, "value", ""): plain(v) for k, v in node.value}
    if isinstance(node, SequenceNode):
        return [plain(item) for item in node.value]
    if isinstance(node, ScalarNode):
        return node.value
    return None
