"""Prove a scenario winnable and fair: a systematic search, random playthroughs, and gaming probes.

The systematic search (like ChoiceScript's quicktest) is a beam search over abstract moves, with
calls forked rather than replayed and states deduplicated by a signature of what matters to the
customer. The random explorer (like randomtest) measures coverage and the score distribution.
"""

from __future__ import annotations

import logging
import random
import statistics
from collections import Counter
from dataclasses import dataclass, field

from simulator.authoring.fork import fork
from simulator.authoring.playthrough import summarise
from simulator.authoring.utterances import Move, Phrasebook
from simulator.engine import Call
from simulator.events import EventKind
from simulator.phases import PHASES
from simulator.scenario import Scenario
from simulator.transcript import Turn

# transitions logs every ignored trigger; the explorer tries many on purpose.
logging.getLogger("transitions").setLevel(logging.ERROR)


@dataclass(frozen=True)
class Step:
    move: Move
    line: str


@dataclass
class Coverage:
    """What a set of calls reached: ids of needs, objections, signals; phases and endings."""

    phases: set[str] = field(default_factory=set)
    discovered: set[str] = field(default_factory=set)
    answered: set[str] = field(default_factory=set)
    raised: set[str] = field(default_factory=set)
    resolved: set[str] = field(default_factory=set)
    signals: set[str] = field(default_factory=set)
    endings: Counter[str] = field(default_factory=Counter)

    def add(self, call: Call, turn: Turn | None = None) -> None:
        state = call.state
        self.phases.add(state.phase)
        for event in turn.events if turn is not None else ():
            if event.kind is EventKind.PHASE_CHANGED:
                self.phases.add(str(event.data["dest"]))
        self.discovered.update(state.needs_discovered)
        self.answered.update(state.needs_answered)
        self.raised.update(state.objections)
        self.resolved.update(o.id for o in state.objections.values() if o.resolved)
        self.signals.update(state.signals_sent)

    def missing(self, scenario: Scenario) -> dict[str, list[str]]:
        """What was never reached, by kind; empty lists are left out."""
        found = {
            "phases": [p.value for p in PHASES if p.value not in self.phases],
            "needs never uncovered": [n.id for n in scenario.needs if n.id not in self.discovered],
            "needs never answered": [n.id for n in scenario.needs if n.id not in self.answered],
            "objections never raised": [o.id for o in scenario.objections if o.id not in self.raised],
            "objections never resolved": [o.id for o in scenario.objections if o.id not in self.resolved],
            "buying signals never sent": [s.id for s in scenario.signals if s.id not in self.signals],
        }
        return {kind: ids for kind, ids in found.items() if ids}


@dataclass
class SearchResult:
    win: tuple[Step, ...] | None
    win_score: int | None
    states: int
    coverage: Coverage
    dead_ends: dict[str, tuple[Step, ...]]  # outcome → shortest line of play that ends that way


def signature(call: Call) -> tuple[object, ...]:
    """What decides how the call can go on; small differences in levels are bucketed together."""
    s = call.state
    window = (s.window.signal, s.window.talked_past) if s.window else None
    objections = tuple(sorted((o.id, o.acknowledged, o.revealed, o.resolved, o.eased, o.hardened)
                              for o in s.objections.values()))
    return (call.phase, call.outcome, tuple(sorted(s.needs_discovered)), tuple(sorted(s.needs_answered)),
            objections, tuple(sorted(s.signals_sent)), window, s.said_yes, s.final_no, s.price_stated,
            s.interest_confirmed, s.interest // 5, s.trust // 5, s.patience // 10, s.offences, s.refusals)


def _progress(call: Call) -> float:
    s = call.state
    return (100 * s.said_yes + 12 * len(s.needs_answered) + 8 * len(s.needs_discovered)
            + 8 * sum(o.resolved for o in s.objections.values()) + 3 * sum(o.revealed for o in s.objections.values())
            + 5 * len(s.signals_sent) + 3 * s.interest_confirmed + 2 * s.price_stated
            + s.interest / 5 + s.trust / 10 + s.patience / 20 - 15 * s.offences - 10 * s.refusals)


def _step(call: Call, book: Phrasebook, move: Move, uses: Counter[str], coverage: Coverage | None = None) -> Step:
    line = book.line(move, call.state, uses[str(move)])
    turn = call.say(line)
    if coverage is not None:
        coverage.add(call, turn)
    return Step(move, line)


def search(scenario: Scenario, beam: int = 24, max_states: int = 3000, seed: int = 0) -> SearchResult:
    """Beam search for a shortest win; it goes on after the win until `max_states` moves were tried,
    recording everything reached and the shortest way to each kind of lost call."""
    book = Phrasebook(scenario)
    root = Call(scenario, seed=seed)
    frontier: list[tuple[Call, tuple[Step, ...], Counter[str]]] = [(root, (), Counter())]
    seen = {signature(root)}
    coverage = Coverage()
    coverage.add(root)
    dead_ends: dict[str, tuple[Step, ...]] = {}
    win: tuple[Step, ...] | None = None
    win_score = None
    states = 0
    while frontier and states < max_states:
        children = []
        for call, path, uses in frontier:
            for move in book.moves(call.state):
                child = fork(call)
                child_uses = Counter(uses)
                step = _step(child, book, move, child_uses, coverage)
                child_uses[str(move)] += 1
                states += 1
                key = signature(child)
                if key in seen:
                    continue
                seen.add(key)
                line = (*path, step)
                if child.state.said_yes:
                    if win is None:
                        win = (*line, _step(child, book, Move("farewell"), child_uses))
                        win_score = summarise(child, tuple(s.line for s in win)).score.total
                elif child.ended:
                    dead_ends.setdefault(child.outcome or "", line)
                else:
                    children.append((child, line, child_uses))
        children.sort(key=lambda item: -_progress(item[0]))
        frontier = children[:beam]
    return SearchResult(win, win_score, states, coverage, dead_ends)


@dataclass
class RandomResult:
    seed: int
    runs: int
    coverage: Coverage
    scores: list[int]


def random_playthroughs(scenario: Scenario, runs: int = 100, seed: int = 0) -> RandomResult:
    """`runs` calls of random sensible moves; the seed makes the whole set reproducible."""
    chooser = random.Random(seed)
    book = Phrasebook(scenario)
    coverage = Coverage()
    scores = []
    for run in range(runs):
        call = Call(scenario, seed=seed + run)
        uses: Counter[str] = Counter()
        lines = []
        while not call.ended:
            move = chooser.choice(book.moves(call.state))
            lines.append(_step(call, book, move, uses, coverage).line)
            uses[str(move)] += 1
        coverage.endings[call.outcome or ""] += 1
        scores.append(summarise(call, tuple(lines)).score.total)
    return RandomResult(seed, runs, coverage, scores)


def distribution(scores: list[int]) -> dict[str, float]:
    if not scores:
        return {}
    ordered = sorted(scores)
    return {"min": ordered[0], "median": statistics.median(ordered), "mean": round(statistics.fmean(ordered), 1),
            "max": ordered[-1], "p90": ordered[int(0.9 * (len(ordered) - 1))]}

