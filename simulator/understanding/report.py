"""Precision/recall per move and micro-F1, shared by the tests and a future `classify` CLI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from simulator.moves import Move


@dataclass(frozen=True, slots=True)
class MoveScore:
    """Scores for one move; `support` is the number of gold examples."""

    move: Move
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Report:
    """Per-move scores and micro-F1 (one label per sentence, so micro-F1 equals accuracy)."""

    per_move: tuple[MoveScore, ...]
    micro_f1: float
    total: int

    def table(self) -> str:
        """Plain-text table for humans (pytest -s, CLI)."""
        rows = [f"{'move':<16}{'P':>7}{'R':>7}{'F1':>7}{'n':>5}"]
        rows += [f"{s.move.value:<16}{s.precision:7.2f}{s.recall:7.2f}{s.f1:7.2f}{s.support:5d}" for s in self.per_move]
        rows.append(f"{'micro-F1':<16}{self.micro_f1:21.3f}{self.total:5d}")
        return "\n".join(rows)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score(pairs: Iterable[tuple[Move, Move]]) -> Report:
    """Score (gold, predicted) pairs."""
    tp: Counter[Move] = Counter()
    gold_n: Counter[Move] = Counter()
    pred_n: Counter[Move] = Counter()
    total = 0
    for gold, pred in pairs:
        total += 1
        gold_n[gold] += 1
        pred_n[pred] += 1
        if gold == pred:
            tp[gold] += 1
    per_move = []
    for move in Move:
        if not gold_n[move] and not pred_n[move]:
            continue
        p, r = _ratio(tp[move], pred_n[move]), _ratio(tp[move], gold_n[move])
        per_move.append(MoveScore(move, p, r, _ratio(2 * p * r, p + r), gold_n[move]))
    return Report(tuple(per_move), _ratio(sum(tp.values()), total), total)
