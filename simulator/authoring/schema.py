"""A JSON Schema of the scenario format, generated from the same lists the loader checks against.

Editors (VS Code with the YAML extension) use it to complete keys and flag typos while typing;
`salescall check` remains the authority, since a schema cannot check references or placeholders.
"""

from __future__ import annotations

from typing import Any

from simulator.conditions import REGISTRY, ArgKind
from simulator.loader.lines import ENDINGS, REACTIONS, SCOPES
from simulator.moves import Move
from simulator.phases import Outcome, Phase
from simulator.scenario import Language, ObjectionKind, Strength, Temperament

# Where the saved schema is published; the modeline in `salescall new` files points here.
SCHEMA_URL = "https://raw.githubusercontent.com/salescall/salescall/main/docs/scenario.schema.json"
_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"}
_TEXT = {"type": "string", "minLength": 1}
_WORDS = {"type": "array", "items": _TEXT, "minItems": 1}
_LINES = {"oneOf": [_TEXT, {"type": "array", "items": _TEXT, "minItems": 1}]}
_LEVEL = {"type": "integer", "minimum": 0, "maximum": 100}


def _object(properties: dict[str, Any], required: tuple[str, ...] = (), description: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        found["required"] = list(required)
    if description:
        found["description"] = description
    return found


def _condition_argument(arg: ArgKind) -> dict[str, Any]:
    return {
        ArgKind.TRUE: {"const": True},
        ArgKind.LEVEL: _LEVEL,
        ArgKind.COUNT: {"type": "integer", "minimum": 0},
        ArgKind.NEED: _ID, ArgKind.OBJECTION: _ID, ArgKind.SIGNAL: _ID,
        ArgKind.PHASE: {"enum": [p.value for p in Phase]},
        ArgKind.MOVE: {"enum": [m.value for m in Move]},
        ArgKind.CONDITIONS: {"type": "array", "items": {"$ref": "#/$defs/condition"}, "minItems": 1},
        ArgKind.CONDITION: {"$ref": "#/$defs/condition"},
    }[arg]


def scenario_schema() -> dict[str, Any]:
    condition = {"oneOf": [
        _object({kind: {**_condition_argument(entry.arg), "description": entry.doc}}, (kind,))
        for kind, entry in REGISTRY.items()
    ]}
    responses = _object({scope: _object({key: _LINES for key in REACTIONS}) for scope in SCOPES})
    tests = {"type": "array", "items": _object({
        "name": _TEXT, "say": _WORDS, "script": _TEXT, "seed": {"type": "integer", "minimum": 0}, "seller": _TEXT,
        "expect": _object({
            "outcome": {"enum": [o.value for o in Outcome]},
            "phases": _object({mode: {"type": "array", "items": {"enum": [p.value for p in Phase]}}
                               for mode in ("contains", "exact")}),
            "score": _object({"min": _LEVEL, "max": _LEVEL}),
            "findings": _object({"present": {"type": "array", "items": _ID}, "absent": {"type": "array", "items": _ID}}),
            "customer_says": _WORDS,
        }),
    }, ("name", "expect"))}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        "title": "salescall scenario",
        "description": "A practice customer for salescall; see docs/SCENARIO_FORMAT.md.",
        "$defs": {"condition": condition},
        **_object({
            "format": {"const": 1},
            "id": _ID, "title": _TEXT, "language": {"enum": [lang.value for lang in Language]},
            "difficulty": {"type": "integer", "minimum": 1, "maximum": 5}, "summary": _TEXT,
            "briefing": _object({"situation": _TEXT, "goal": _TEXT, "known": {"type": "array", "items": _TEXT}},
                                ("situation", "goal")),
            "customer": _object({
                "name": _TEXT, "role": _TEXT, "company": _TEXT,
                "temperament": {"enum": [t.value for t in Temperament]},
                "trust": _LEVEL, "interest": _LEVEL, "patience": _LEVEL, "buys_at": _LEVEL,
                "tolerance": {"type": "integer", "minimum": 1}, "max_refusals": {"type": "integer", "minimum": 1},
            }, ("name", "role", "company")),
            "offer": _object({
                "product": _TEXT,
                "price": _object({"amount": {"type": "number", "exclusiveMinimum": 0}, "currency": _TEXT,
                                  "unit": _TEXT, "terms": _TEXT, "floor": {"type": "number", "exclusiveMinimum": 0}},
                                 ("amount", "currency")),
                "features": {"type": "array", "minItems": 1, "items": _object(
                    {"id": _ID, "name": _TEXT, "keywords": _WORDS, "needs": {"type": "array", "items": _ID}},
                    ("id", "name", "keywords"))},
            }, ("product", "price", "features")),
            "needs": {"type": "array", "minItems": 1, "items": _object(
                {"id": _ID, "label": _TEXT, "topics": _WORDS, "reveal": _LINES, "benefits": _WORDS, "hints": _LINES},
                ("id", "label", "topics", "reveal", "benefits"))},
            "objections": {"type": "array", "items": _object({
                "id": _ID, "kind": {"enum": [k.value for k in ObjectionKind]},
                "trigger": {"$ref": "#/$defs/condition"}, "says": _LINES, "real_reason": _LINES,
                "resolved_by": _WORDS, "resolved_says": _LINES, "argued_says": _LINES,
            }, ("id", "trigger", "says", "real_reason", "resolved_by", "resolved_says"))},
            "buying_signals": {"type": "array", "items": _object({
                "id": _ID, "strength": {"enum": [s.value for s in Strength]},
                "when": {"$ref": "#/$defs/condition"}, "says": _LINES,
            }, ("id", "strength", "when", "says"))},
            "responses": responses,
            "endings": _object({key: _LINES for key in ENDINGS}),
            "rules": _object({
                "max_turns": {"type": "integer", "minimum": 5, "maximum": 200},
                "window_moves": {"type": "integer", "minimum": 1}, "window_turns": {"type": "integer", "minimum": 1},
                "trial_close_at": _LEVEL,
            }),
            "tests": tests,
        }, ("format", "id", "title", "language", "difficulty", "summary", "briefing", "customer", "offer", "needs")),
    }
