"""One call as a plain JSON record: the unit of `salescall export` and `salescall import`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from simulator.store.columns import ResultColumns, result_columns
from simulator.store.model import MODES, CallStart, StoredCall

FORMAT = "salescall.call"
FORMAT_VERSION = 1
CALL_ID = re.compile(r"[0-9a-f]{32}")
_TEXT_FIELDS = ("trainee", "team", "scenario_id", "scenario_hash", "scenario_title", "language", "mode")


@dataclass(frozen=True)
class FinishedCall:
    """A validated record, ready to be written."""

    start: CallStart
    lines: tuple[str, ...]
    ended_at: datetime
    document: Mapping[str, object]
    columns: ResultColumns


def to_record(call: StoredCall) -> dict[str, object]:
    start = call.start
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "call_id": start.call_id,
        **{name: getattr(start, name) for name in _TEXT_FIELDS},
        "seed": start.seed,
        "started_at": start.started_at.isoformat(),
        "ended_at": call.ended_at.isoformat() if call.ended_at else None,
        "lines": list(call.lines),
        "document": dict(call.document) if call.document is not None else None,
    }


def from_record(record: object) -> FinishedCall:
    """Validate an exported record; ValueError says which field is wrong."""
    if not isinstance(record, Mapping):
        raise ValueError("a record must be a JSON object")
    if record.get("format") != FORMAT:
        raise ValueError(f"not a salescall call record ('format' must be {FORMAT!r})")
    version = record.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValueError(f"record format version {version!r} is not supported (this program reads up to {FORMAT_VERSION})")
    call_id = record.get("call_id")
    if not isinstance(call_id, str) or not CALL_ID.fullmatch(call_id):
        raise ValueError("'call_id' must be 32 lowercase hex digits")
    texts = {}
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if not isinstance(value, str):
            raise ValueError(f"'{name}' must be a string")
        texts[name] = value
    if not texts["trainee"]:
        raise ValueError("'trainee' must not be empty")
    if texts["mode"] not in MODES:
        raise ValueError(f"'mode' must be one of {', '.join(MODES)}")
    seed = record.get("seed")
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise ValueError("'seed' must be an integer")
    lines = record.get("lines")
    if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
        raise ValueError("'lines' must be a list of strings")
    document = record.get("document")
    if not isinstance(document, Mapping):
        raise ValueError("'document' must be an object (only finished calls can be imported)")
    start = CallStart(call_id=call_id, seed=seed, started_at=parse_time(record.get("started_at"), "started_at"), **texts)
    return FinishedCall(start, tuple(lines), parse_time(record.get("ended_at"), "ended_at"), document, result_columns(document))


def parse_time(value: object, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"'{name}' must be an ISO 8601 date-time string")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"'{name}' is not an ISO 8601 date-time: {value!r}") from None
    if moment.tzinfo is None:
        raise ValueError(f"'{name}' needs a time zone (e.g. +00:00)")
    return moment.astimezone(UTC)
