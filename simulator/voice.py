"""The customer's voice: picks a line variant with the call's seeded generator and renders it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.customer import CustomerState
from simulator.scenario import Language, Scenario
from simulator.templates import render


@dataclass(frozen=True)
class Speaker:
    """Template context that does not change during a call."""

    name: str
    role: str
    company: str


def format_price(amount: float, currency: str, unit: str, language: Language) -> str:
    number = f"{amount:,.2f}".rstrip("0").rstrip(".") if amount % 1 else f"{amount:,.0f}"
    if language is Language.DE:
        number = number.replace(",", "\u2009").replace(".", ",")
    return " ".join(part for part in (number, currency, unit) if part)


class Voice:
    def __init__(self, scenario: Scenario, seed: int, seller: str) -> None:
        self._scenario = scenario
        self._random = random.Random(seed)
        self._last: dict[tuple[str, ...], int] = {}
        persona = scenario.customer
        self._fixed = {
            "customer": Speaker(persona.name, persona.role, persona.company),
            "product": scenario.offer.product,
            "terms": scenario.offer.price.terms,
            "seller": seller,
        }

    def pick(self, variants: Sequence[str]) -> str:
        """A variant, never the same one twice in a row while others exist."""
        if not variants:
            return ""
        key = tuple(variants)
        choices = [i for i in range(len(variants)) if i != self._last.get(key)] or [0]
        index = choices[self._random.randrange(len(choices))]
        self._last[key] = index
        return variants[index]

    def say(self, variants: Sequence[str], state: CustomerState, need: str = "", objection: str = "") -> str:
        source = self.pick(variants)
        if not source:
            return ""
        price = self._scenario.offer.price
        context = {
            **self._fixed,
            "price": format_price(state.price, price.currency, price.unit, self._scenario.language),
            "needs": [self._scenario.need(n).label for n in state.needs_discovered],
            "need": need,
            "objection": objection,
        }
        return render(source, context)
