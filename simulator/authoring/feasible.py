"""Which conditions can ever hold in a call: a cheap static judgement, used to warn about dead content.

It errs on the side of "can hold": a warning must never be wrong, a missed one is only a pity.
What it knows about the engine: objections and signals are only raised before the order is given,
signals only outside the close, counts of needs cannot exceed the needs there are, and a turn
beyond `max_turns` never comes.
"""

from __future__ import annotations

from simulator.conditions import REGISTRY, ArgKind
from simulator.phases import Phase
from simulator.scenario import Condition, Scenario
from simulator.understanding import mentions, stems

# Phases in which the engine looks at signal (and objection) conditions at all.
_NO_SIGNAL_PHASES = frozenset({Phase.CLOSE.value, Phase.FOLLOW_UP.value})
_NO_OBJECTION_PHASES = frozenset({Phase.FOLLOW_UP.value})


def has_words(phrase: str, language: str) -> bool:
    """Whether a trainee's line can ever match the phrase: it must hold at least one non-stop word."""
    return mentions(stems(phrase, language), phrase, language)


class Feasibility:
    """Answers "can this ever happen?" for needs, objections, signals and conditions of one scenario."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.language = scenario.language.value
        self._busy: set[tuple[str, str]] = set()

    def uncoverable(self, need_id: str) -> bool:
        need = self.scenario.need(need_id)
        return any(has_words(topic, self.language) for topic in need.topics)

    def answerable(self, need_id: str) -> bool:
        need = self.scenario.need(need_id)
        by_feature = any(
            need_id in feature.needs and any(has_words(k, self.language) for k in feature.keywords)
            for feature in self.scenario.offer.features
        )
        return self.uncoverable(need_id) and (by_feature or any(has_words(b, self.language) for b in need.benefits))

    def raisable(self, objection_id: str) -> bool:
        return self._guarded("objection", objection_id, lambda: self.holds_ever(
            self.scenario.objection(objection_id).trigger, signal=False))

    def resolvable(self, objection_id: str) -> bool:
        objection = self.scenario.objection(objection_id)
        return self.raisable(objection_id) and any(has_words(w, self.language) for w in objection.resolved_by)

    def sendable(self, signal_id: str) -> bool:
        signal = next(s for s in self.scenario.signals if s.id == signal_id)
        return self._guarded("signal", signal_id, lambda: self.holds_ever(signal.when, signal=True))

    def holds_ever(self, condition: Condition, signal: bool) -> bool:
        kind, value = condition.kind, condition.value
        needs = self.scenario.needs
        if kind == "all":
            phases = {c.value for c in condition.children if c.kind == "phase"}
            negated = [c.children[0] for c in condition.children if c.kind == "not"]
            contradiction = len(phases) > 1 or any(n in condition.children for n in negated)
            return not contradiction and all(self.holds_ever(c, signal) for c in condition.children)
        if kind == "any":
            return any(self.holds_ever(c, signal) for c in condition.children)
        if kind == "not":
            return not self.always(condition.children[0])
        if kind == "phase":
            return value not in (_NO_SIGNAL_PHASES if signal else _NO_OBJECTION_PHASES)
        if kind == "turn_at_least":
            return int(value) <= self.scenario.rules.max_turns  # type: ignore[call-overload]
        if kind == "needs_discovered_at_least":
            return int(value) <= sum(self.uncoverable(n.id) for n in needs)  # type: ignore[call-overload]
        if kind == "needs_answered_at_least":
            return int(value) <= sum(self.answerable(n.id) for n in needs)  # type: ignore[call-overload]
        arg = REGISTRY[kind].arg
        if arg is ArgKind.NEED:
            known = any(n.id == value for n in needs)
            return known and (self.uncoverable(str(value)) if kind == "need_discovered" else self.answerable(str(value)))
        if arg is ArgKind.OBJECTION:
            if not any(o.id == value for o in self.scenario.objections):
                return False
            return self.raisable(str(value)) if kind == "objection_raised" else self.resolvable(str(value))
        if arg is ArgKind.SIGNAL:
            return any(s.id == value for s in self.scenario.signals) and self.sendable(str(value))
        return True

    def always(self, condition: Condition) -> bool:
        """Whether a condition holds from the first turn on, whatever happens (for `not:`)."""
        kind, value = condition.kind, condition.value
        if kind == "always":
            return True
        if kind in ("needs_discovered_at_least", "needs_answered_at_least", "features_presented_at_least",
                    "interest_at_least", "trust_at_least", "turn_at_least"):
            return value == 0
        if kind == "patience_at_most":
            return value == 100
        if kind == "all":
            return all(self.always(c) for c in condition.children)
        if kind == "any":
            return any(self.always(c) for c in condition.children)
        return False

    def _guarded(self, what: str, ident: str, check: object) -> bool:
        """A cycle (A needs B raised, B needs A raised) can never start, so it counts as impossible."""
        key = (what, ident)
        if key in self._busy:
            return False
        self._busy.add(key)
        try:
            return bool(check())  # type: ignore[operator]
        finally:
            self._busy.discard(key)
