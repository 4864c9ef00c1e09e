"""Copy a running call so the explorer can try every next move without replaying the whole call.

A generic copy that shares what is immutable (the scenario, frozen dataclasses, events) and copies
what changes; `copy.deepcopy` is both slow here and trips over the scenario's read-only tables.
`tests/authoring` checks that a forked call continues exactly like the original.
"""

from __future__ import annotations

import copy
import dataclasses
import random
from collections import Counter

from simulator.engine import Call
from simulator.phases import PhaseMachine

_ATOMS = (str, int, float, bool, bytes, tuple, frozenset, type(None))


def fork(call: Call) -> Call:
    return _clone(call)  # type: ignore[no-any-return]


def _clone(value: object) -> object:
    if isinstance(value, _ATOMS) or _frozen(value):
        return value
    if isinstance(value, PhaseMachine):
        # Creating a state machine is slow; a new model on the same machine is cheap.
        twin = PhaseMachine.__new__(PhaseMachine)
        twin._machine = value._machine
        value._machine.add_model(twin, initial=value.state)
        return twin
    if isinstance(value, random.Random):
        twin_random = random.Random()
        twin_random.setstate(value.getstate())
        return twin_random
    if isinstance(value, Counter):
        return Counter(value)
    if isinstance(value, set):
        return set(value)
    if isinstance(value, list):
        return [_clone(item) for item in value]
    if isinstance(value, dict):
        return {key: _clone(item) for key, item in value.items()}
    if hasattr(value, "__dict__"):
        twin_object = copy.copy(value)
        for name, item in vars(value).items():
            setattr(twin_object, name, _clone(item))
        return twin_object
    return copy.deepcopy(value)


def _frozen(value: object) -> bool:
    params = getattr(value, "__dataclass_params__", None)
    return dataclasses.is_dataclass(value) and params is not None and params.frozen
