"""Draw a scenario as Mermaid or Graphviz: phases, needs, objections, signals and what links them.

Built from the YAML node tree, not from a loaded scenario, so a file with broken references can
still be drawn; a reference to an undefined id is drawn as a red, dashed "missing" node.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from simulator.authoring.nodes import plain
from simulator.loader import Checked
from simulator.phases import PHASES, TRANSITIONS

_REFERENCE_KINDS = {"need_discovered": "need", "need_answered": "need", "objection_raised": "objection",
                    "objection_resolved": "objection", "signal_sent": "signal"}


@dataclass
class Graph:
    nodes: dict[str, tuple[str, str]] = field(default_factory=dict)  # id → (label, kind)
    edges: list[tuple[str, str, str, bool]] = field(default_factory=list)  # from, to, label, broken


def build(checked: Checked) -> Graph:
    data = plain(checked.root)
    doc = data if isinstance(data, dict) else {}
    g = Graph()
    for phase in PHASES:
        g.nodes[f"phase_{phase.value}"] = (phase.value, "phase")
    for transition in TRANSITIONS:
        sources = transition["source"] if isinstance(transition["source"], list) else [transition["source"]]
        dest = str(transition["dest"])
        if f"phase_{dest}" not in g.nodes:
            continue
        for source in sources:
            g.edges.append((f"phase_{source}", f"phase_{dest}", str(transition["trigger"]), False))
    ids = {kind: [e.get("id") for e in _entries(doc, key)] for kind, key in
           (("need", "needs"), ("objection", "objections"), ("signal", "buying_signals"))}
    for need in _entries(doc, "needs"):
        g.nodes[f"need_{need.get('id')}"] = (f"need: {need.get('id')}", "need")
        topics = need.get("topics") if isinstance(need.get("topics"), list) else []
        g.nodes[f"topics_{need.get('id')}"] = ("ask about: " + ", ".join(map(str, topics[:4])), "topic")
        g.edges.append((f"topics_{need.get('id')}", f"need_{need.get('id')}", "uncovers", False))
    offer = doc.get("offer") if isinstance(doc.get("offer"), dict) else {}
    for feature in _entries(offer, "features"):
        g.nodes[f"feature_{feature.get('id')}"] = (f"feature: {feature.get('id')}", "feature")
        for need in feature.get("needs") or []:
            _link(g, f"feature_{feature.get('id')}", "need", str(need), "answers", ids, outgoing=True)
    for objection in _entries(doc, "objections"):
        node = f"objection_{objection.get('id')}"
        g.nodes[node] = (f"objection: {objection.get('id')}", "objection")
        for kind, target, how in _references(objection.get("trigger")):
            _link(g, node, kind, target, how, ids, outgoing=False)
        words = objection.get("resolved_by") if isinstance(objection.get("resolved_by"), list) else []
        g.nodes[f"resolves_{objection.get('id')}"] = ("resolved by: " + ", ".join(map(str, words[:4])), "topic")
        g.edges.append((f"resolves_{objection.get('id')}", node, "resolves", False))
    for signal in _entries(doc, "buying_signals"):
        node = f"signal_{signal.get('id')}"
        g.nodes[node] = (f"signal: {signal.get('id')} ({signal.get('strength')})", "signal")
        for kind, target, how in _references(signal.get("when")):
            _link(g, node, kind, target, how, ids, outgoing=False)
    return g


def _entries(doc: object, key: str | None) -> list[dict[str, object]]:
    items = doc.get(key) if isinstance(doc, dict) and key else None
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _references(condition: object) -> list[tuple[str, str, str]]:
    """(kind, id, condition kind) for every id a raw condition mentions, however deeply nested."""
    found: list[tuple[str, str, str]] = []
    if isinstance(condition, dict):
        for key, value in condition.items():
            if key in _REFERENCE_KINDS:
                found.append((_REFERENCE_KINDS[key], str(value), key))
            else:
                found.extend(_references(value))
    elif isinstance(condition, list):
        for item in condition:
            found.extend(_references(item))
    return found


def _link(g: Graph, piece: str, kind: str, target: str, how: str, ids: dict[str, list[object]],
          outgoing: bool) -> None:
    """An edge between a piece and the id it refers to; an undefined id becomes a broken node."""
    node = f"{kind}_{target}"
    broken = target not in (ids.get(kind) or [])
    if broken:
        node = f"missing_{kind}_{target}"
        g.nodes[node] = (f"missing {kind}: {target}", "missing")
    g.edges.append((piece, node, how, broken) if outgoing else (node, piece, how, broken))


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)


def mermaid(g: Graph) -> str:
    shapes = {"phase": ("([", "])"), "need": ("[", "]"), "objection": ("{{", "}}"), "signal": ("[/", "/]"),
              "feature": ("[", "]"), "topic": ("(", ")"), "missing": ("[", "]")}
    lines = ["flowchart LR"]
    for node, (label, kind) in g.nodes.items():
        left, right = shapes[kind]
        lines.append(f'    {_safe(node)}{left}"{label.replace(chr(34), chr(39))}"{right}')
    for source, target, label, broken in g.edges:
        arrow = "-.->" if broken else "-->"
        lines.append(f"    {_safe(source)} {arrow}|{label}| {_safe(target)}")
    lines.append("    classDef missing fill:#fdd,stroke:#c00,stroke-dasharray: 4 2")
    missing = [_safe(n) for n, (_, kind) in g.nodes.items() if kind == "missing"]
    if missing:
        lines.append(f"    class {','.join(missing)} missing")
    return "\n".join(lines)


def dot(g: Graph) -> str:
    shapes = {"phase": "ellipse", "need": "box", "objection": "hexagon", "signal": "parallelogram",
              "feature": "box", "topic": "note", "missing": "box"}
    lines = ["digraph scenario {", "    rankdir=LR;"]
    for node, (label, kind) in g.nodes.items():
        extra = ', color=red, style="dashed,filled", fillcolor="#ffdddd"' if kind == "missing" else ""
        lines.append(f'    {_safe(node)} [label="{label.replace(chr(34), chr(39))}", shape={shapes[kind]}{extra}];')
    for source, target, label, broken in g.edges:
        style = ", style=dashed, color=red" if broken else ""
        lines.append(f'    {_safe(source)} -> {_safe(target)} [label="{label}"{style}];')
    lines.append("}")
    return "\n".join(lines)
