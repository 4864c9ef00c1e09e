"""Scenario data: what a trainer writes in YAML, as frozen, validated values.

The loader builds these; the engine only reads them. Customer lines stay template source
strings here; the engine renders them in Jinja2's sandbox.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

FORMAT_VERSION = 1


class Language(StrEnum):
    DE = "de"
    EN = "en"


class Temperament(StrEnum):
    """How strongly the customer reacts; the engine scales reactions by it."""

    FRIENDLY = "friendly"
    ANALYTICAL = "analytical"
    DOMINANT = "dominant"
    SCEPTICAL = "sceptical"


class Strength(StrEnum):
    WEAK = "weak"
    STRONG = "strong"


class ObjectionKind(StrEnum):
    """Price objections can be eased by a concession; others only by answering the reason."""

    PRICE = "price"
    OTHER = "other"


@dataclass(frozen=True)
class Condition:
    """A condition from the fixed registry in `simulator.conditions`, as data.

    `kind` names the registry entry; `value` is its argument; `children` are the operands of
    `all`, `any` and `not`.
    """

    kind: str
    value: object = None
    children: tuple[Condition, ...] = ()


ALWAYS = Condition("always", True)


@dataclass(frozen=True)
class Briefing:
    """What the trainee reads before dialling."""

    situation: str
    goal: str
    known: tuple[str, ...] = ()


@dataclass(frozen=True)
class Persona:
    name: str
    role: str
    company: str
    temperament: Temperament = Temperament.FRIENDLY
    trust: int = 40
    interest: int = 30
    patience: int = 60
    # Interest the customer needs before saying yes to the order.
    buys_at: int = 65
    # Arguing or pressure moves tolerated before the customer ends the call.
    tolerance: int = 3
    # "Not yet" answers to a close before the no becomes final.
    max_refusals: int = 2


@dataclass(frozen=True)
class Feature:
    id: str
    name: str
    keywords: tuple[str, ...]
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Price:
    amount: float
    currency: str
    unit: str = ""
    terms: str = ""
    # The lowest price the seller may concede to; below it the margin is gone.
    floor: float | None = None

    @property
    def lowest(self) -> float:
        return self.amount if self.floor is None else self.floor


@dataclass(frozen=True)
class Offer:
    product: str
    features: tuple[Feature, ...]
    price: Price


@dataclass(frozen=True)
class Need:
    """A need stays hidden until an open question touches one of its topics."""

    id: str
    label: str
    topics: tuple[str, ...]
    reveal: tuple[str, ...]
    benefits: tuple[str, ...]
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Objection:
    id: str
    trigger: Condition
    says: tuple[str, ...]
    real_reason: tuple[str, ...]
    resolved_by: tuple[str, ...]
    resolved_says: tuple[str, ...]
    argued_says: tuple[str, ...] = ()
    kind: ObjectionKind = ObjectionKind.OTHER


@dataclass(frozen=True)
class BuyingSignal:
    """A line (or *stage direction*) the customer sends when `when` holds."""

    id: str
    strength: Strength
    when: Condition
    says: tuple[str, ...]


@dataclass(frozen=True)
class Endings:
    """What the customer says when the call ends each way."""

    won: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    customer_ended: tuple[str, ...] = ()
    out_of_turns: tuple[str, ...] = ()


@dataclass(frozen=True)
class CallRules:
    max_turns: int = 40
    # Talking-past moves before an open closing window closes and its signal is missed.
    window_moves: int = 3
    # Turns an unused closing window stays open.
    window_turns: int = 4
    # Interest at which a trial close in analysis confirms interest.
    trial_close_at: int = 40


def _frozen(mapping: Mapping[str, Mapping[str, tuple[str, ...]]]) -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    return MappingProxyType({key: MappingProxyType(dict(inner)) for key, inner in mapping.items()})


@dataclass(frozen=True)
class Responses:
    """Customer lines by phase (or "any") and reaction key, defaults already merged in."""

    table: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "table", _frozen(self.table))

    def lines(self, phase: str, key: str) -> tuple[str, ...]:
        for scope in (phase, "any"):
            variants = self.table.get(scope, {}).get(key)
            if variants:
                return variants
        return ()


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    language: Language
    difficulty: int
    summary: str
    briefing: Briefing
    customer: Persona
    offer: Offer
    needs: tuple[Need, ...]
    objections: tuple[Objection, ...]
    signals: tuple[BuyingSignal, ...]
    responses: Responses
    endings: Endings
    rules: CallRules = CallRules()
    format: int = FORMAT_VERSION
    # Hash of the YAML text: a changed scenario is a different version when comparing scores.
    content_hash: str = ""

    @property
    def topic_words(self) -> tuple[str, ...]:
        """The offer's and needs' words: a hint for understanding the trainee."""
        words = {word for feature in self.offer.features for word in feature.keywords}
        words.update(word for need in self.needs for word in need.topics)
        return tuple(sorted(words))

    def need(self, need_id: str) -> Need:
        return next(need for need in self.needs if need.id == need_id)

    def objection(self, objection_id: str) -> Objection:
        return next(obj for obj in self.objections if obj.id == objection_id)
