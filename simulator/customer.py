"""The customer's changing state during a call."""

from __future__ import annotations

from dataclasses import dataclass, field

from simulator.scenario import Persona, Temperament


def clamp(value: float) -> int:
    return max(0, min(100, round(value)))


@dataclass
class ObjectionState:
    """An objection once raised: what the trainee has done about it so far."""

    id: str
    raised_turn: int
    acknowledged: bool = False
    asked_turn: int | None = None
    revealed: bool = False
    eased: bool = False
    resolved: bool = False
    hardened: int = 0

    @property
    def open(self) -> bool:
        return not self.resolved


@dataclass
class ClosingWindow:
    """Open from a buying signal until the trainee closes, talks past it or lets it go."""

    signal: str
    strength: str
    opened_turn: int
    talked_past: int = 0


# Gains and losses are scaled by temperament: a sceptic warms slowly and minds arguing more.
GAIN = {Temperament.FRIENDLY: 1.15, Temperament.ANALYTICAL: 1.0, Temperament.DOMINANT: 1.0, Temperament.SCEPTICAL: 0.8}
SENSITIVITY = {
    Temperament.FRIENDLY: 0.8,
    Temperament.ANALYTICAL: 1.0,
    Temperament.DOMINANT: 1.25,
    Temperament.SCEPTICAL: 1.2,
}


@dataclass
class CustomerState:
    """Everything the customer remembers; conditions read it through `CallView`'s names."""

    persona: Persona
    price: float
    turn: int = 0
    phase: str = "rapport"
    trust: int = 0
    interest: int = 0
    patience: int = 0
    needs_discovered: list[str] = field(default_factory=list)
    needs_answered: set[str] = field(default_factory=set)
    objections: dict[str, ObjectionState] = field(default_factory=dict)
    signals_sent: set[str] = field(default_factory=set)
    last_moves: set[str] = field(default_factory=set)
    features_presented: int = 0
    price_stated: bool = False
    refusals: int = 0
    offences: int = 0
    interest_confirmed: bool = False
    said_yes: bool = False
    final_no: bool = False
    window: ClosingWindow | None = None

    def __post_init__(self) -> None:
        self.trust = self.persona.trust
        self.interest = self.persona.interest
        self.patience = self.persona.patience

    @property
    def objections_raised(self) -> set[str]:
        return set(self.objections)

    @property
    def objections_resolved(self) -> set[str]:
        return {oid for oid, state in self.objections.items() if state.resolved}

    def open_objection(self) -> ObjectionState | None:
        """The most recent unresolved objection: the one the customer is thinking about."""
        pending = [state for state in self.objections.values() if state.open]
        return pending[-1] if pending else None

    def gain(self, amount: float) -> float:
        return amount * GAIN[self.persona.temperament]

    def hurt(self, amount: float) -> float:
        return amount * SENSITIVITY[self.persona.temperament]

    def add(self, *, trust: float = 0, interest: float = 0, patience: float = 0) -> None:
        self.trust = clamp(self.trust + trust)
        self.interest = clamp(self.interest + interest)
        self.patience = clamp(self.patience + patience)
